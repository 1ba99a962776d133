"""The aim of a coded act is toward that act's target, not the story's main state; an envoy sent is the
proxy, not the target; 'two <nationality> men' are new people, not the last pair named; the trust family of
adjectives praises."""

from dyad import extract
from tests.coded import state_triples


_events = state_triples


def test_an_aim_without_an_object_actor_is_toward_the_acts_target():
    found = _events("Speaking in Nairobi, the Turkish president said he would send his foreign minister to "
                    "Somalia to back the peace effort.")
    assert ("TUR", "SOM", "036") in found
    assert not [t for t in found if t[1] == "KEN"]  # where the speech was given is no target


def test_an_envoy_sent_is_not_the_target():
    found = _events("The Brazilian president sent his special adviser to Venezuela for talks on the election.")
    assert ("BRA", "VEN", "042") in found
    assert not [t for t in found if t[0] == t[1] == "BRA"]


def test_two_men_with_their_own_nationality_are_new_people():
    found = _events("Kenya's president met Uganda's president in Kampala on Monday. A court in Nairobi issued arrest "
                    "warrants for two Somali men wanted over the hotel bombing.")
    assert ("KEN", "SOM", "173") in found
    assert not [t for t in found if t[2] == "173" and t[1] == "UGA"]


def test_a_reliable_partner_is_praise():
    assert ("TZA", "IND", "051") in _events("Speaking in Dodoma, Tanzania's president said India had been a "
                                            "reliable partner.")


def test_a_recalled_envoy_is_not_the_target():
    # a headline without 'its': the phrase 'ambassador from Argentina' would make the envoy Argentine
    result = extract("Chile recalls ambassador from Argentina\n\nChile recalled its ambassador from Argentina on "
                     "Friday after a row over fishing rights.", published="2024-03-11")
    recalls = [(e.source.code, e.target.code) for e in result.events if e.cameo == "161"]
    assert recalls and set(recalls) == {("CHL", "ARG")}
    ordered = _events("Kenya's foreign minister ordered the return of its diplomats from Somalia.")
    assert ("KEN", "SOM", "161") in ordered


def test_an_officials_trip_at_home_is_no_visit():
    found = _events("After a tour of West Africa, the Japanese prime minister flew back to Japan on Sunday.")
    assert not [t for t in found if t[2] == "042" and t[1] == "JPN"]
    assert ("JPN", "KEN", "042") in _events("The Japanese prime minister visited Kenya on Sunday.")
