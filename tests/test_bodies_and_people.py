"""Who people and bodies are: a name after a classifying noun ('the militant group X'), 'the agency', a role
before a person's name or a body one works at, a region's officials, a partitive beside a noun, kin, supporters
and opponents (dyad/actors/organisations.py, coreference.py, mentions.py, codes.py, index.py;
dyad/events/implicit.py, arguments.py; dyad/quotes/speakers.py, outlets.py)."""

import pytest

from dyad import extract
from tests.coded import events


# ---------------------------------------------------------------- a name after a classifying noun
@pytest.mark.parametrize("text, party", [
    ("Guinea and the West African bloc ECOWAS agreed on a timetable for elections.", "IGOECOWAS"),
    ("The European Union and the Southern African bloc SADC condemned the coup in Lesotho.", "IGOSADC"),
])
def test_a_classifier_and_the_name_after_it_are_one_party(text, party):
    assert party in {code for event in events(text) for code in event[1:]}


def test_the_classifiers_role_word_is_no_actor_of_its_own():
    result = extract("Somalia and the militant group al-Shabaab exchanged prisoners.", published="2024-06-10")
    assert [a.name for a in result.actors if a.code == "SOMREB"] == ["al-Shabaab"]
    assert {e.target.name for e in result.events if e.source.code == "SOM"} == {"al-Shabaab"}


# ---------------------------------------------------------------- 'the agency'
def _speakers(text):
    return [(q.speaker.name, q.speaker.code) for q in extract(text, published="2024-06-10").quotes if q.speaker]


def test_the_agency_is_a_states_agency_named_before():
    speakers = _speakers("A Ukrainian blogger was detained by officers of the Security Service of Ukraine, his "
                         "mother said. Human Rights Watch condemned the arrest.\n\nThe service said the blogger had "
                         "spied for Moscow.\n\nThe agency later said in a statement that he would be charged.")
    assert speakers[-1][1] != "NGO"


def test_the_agency_is_not_a_body_named_after_an_uncoded_agency():
    speakers = _speakers("Officers of the Maritime Enforcement Agency seized a fishing boat near Sabah, its owner "
                         "said. Greenpeace criticised the seizure.\n\nThe agency said the crew had fished illegally.")
    assert ("Greenpeace", "NGO") not in speakers


# ---------------------------------------------------------------- a role before the name, kin, adherents
def test_a_role_of_the_group_before_the_name_affiliates_the_person():
    text = ("Human Rights Watch urged Ghana to free the activists. \"Locking up critics is a disgrace,\" said the "
            "group's West Africa director, Ama Mensah.")
    assert ("Ama Mensah", "NGO") in _speakers(text)


def test_a_coordinator_for_a_body_speaks_for_it():
    text = "\"Jailing bloggers is unacceptable,\" said Musa Okafor, coordinator for Amnesty International."
    assert ("Musa Okafor", "NGO") in _speakers(text)


def test_kin_of_a_journalist_speak_as_civilians():
    result = extract("Police detained a Nepali cartoonist in Kathmandu on Friday, his sister said.",
                     published="2024-06-10")
    speaker = result.quotes[0].speaker
    assert speaker.code == "NPLCVL"
    assert all(e.attribution != "his" for e in result.events)


def test_supporters_of_a_government_are_not_the_government():
    coded = events("Thousands of supporters of the junta rallied in Ouagadougou on Thursday.")
    assert coded and all(source != "BFAGOV" for _, source, _ in coded)
    assert ("141", "BFACVL", "BFAGOV") in coded


def test_a_partitive_beside_a_noun_refers_to_that_noun():
    coded = events("Maltese navy boats, a fishing trawler and cargo ships rescued 45 survivors, most of them from Sudan.")
    assert all(target is None or "BUS" not in target for _, _, target in coded)


def test_opponents_of_a_body_protest_against_it_and_are_not_it():
    coded = events("Hundreds of critics of the Tunisian parliament protested on Saturday.")
    assert ("140", "TUNOPP", "TUNLEG") in coded


# ---------------------------------------------------------------- bodies people work at, regions
def test_officials_at_an_international_body_are_its_people():
    coded = events("Prosecutors at the International Criminal Court requested an arrest warrant for the Libyan "
                   "commander.")
    assert coded and all(source.startswith("IGOICC") for _, source, _ in coded)


def test_a_regional_officials_title_keeps_its_sector():
    result = extract("Borno state police spokesman Daso Nahum said four gunmen were arrested.", published="2024-06-10")
    assert result.quotes[0].speaker.code == "NGACOP"


def test_a_leader_of_a_coalition_named_before_its_noun_is_of_that_coalition():
    coded = events("Algerian police detained Karim Tabbou, a leader of the Democratic Alternative Front coalition, "
                   "in Algiers.")
    assert ("173", "DZACOP", "DZAPTY") in coded
