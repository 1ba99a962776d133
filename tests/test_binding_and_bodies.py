"""Who a reflexive, an object 'them', a bare 'the army' and a role's noun modifier refer to; a conjunct is never its
fellow; the people of a body are that body's side; a name the tagger mistakes for a law is still a body; the words
of a relative clause a cue interrupts (dyad/actors/coreference.py, mentions.py, codes.py, organisations.py;
dyad/quotes/indirect.py)."""

from dyad import extract
from tests.coded import events

PUBLISHED = "2024-06-10"


def test_a_reflexive_is_bound_in_its_clause_and_the_next_object_pronoun_follows_it():
    result = extract("QUITO — A judge ordered the detention of former minister Lucia Vera on Friday.\n\n"
                     "A businesswoman, Carla Mena, testified last year that she had paid officials.\n\n"
                     "Several other former ministers have been investigated. Rosa Paz was jailed in 2017, and Lucia "
                     "Vera shot herself in 2019 as police arrived to arrest her.", published=PUBLISHED)
    arrests = [e for e in result.events if e.verb == "arrest"]
    assert arrests and all(e.target.name == "Lucia Vera" for e in arrests)
    assert not [e for e in result.events if e.cameo.startswith("18")]  # she harmed no one else


def test_a_role_named_by_a_body_noun_is_of_the_body_just_named():
    result = extract("OSLO — Norway's coast guard seized an Icelandic trawler on Sunday.\n\n"
                     "Iceland's fisheries ministry summoned the Norwegian ambassador on Monday. \"The vessel was "
                     "fishing legally,\" a ministry official said.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["ISLGOV"]


def test_object_them_of_an_act_of_force_is_the_people_named_before():
    coded = events("Thousands of opposition supporters gathered outside the party offices in Dhaka, where riot "
                   "police fired rubber bullets and tear gas to disperse them.")
    assert ("175", "BGDCOP", "BGDOPP") in coded


def test_the_army_is_the_body_named_an_army_not_the_latest_armed_force():
    result = extract("KHARTOUM — A truce between Sudan's army and the Rapid Support Forces collapsed on Sunday.\n\n"
                     "The army said RSF fighters had shelled its positions near the airport.", published=PUBLISHED)
    speakers = [q.speaker.name for q in result.quotes]
    assert speakers == ["Sudanese Armed Forces"]
    shelled = [e for e in result.events if e.verb == "shelled"]
    assert shelled and shelled[0].target.name == "Sudanese Armed Forces"  # 'its' is not the shelling side's


def test_two_conjoined_forces_are_two_actors():
    result = extract("Fighting between the Sudanese army and the paramilitary forces has killed hundreds.",
                     published=PUBLISHED)
    fights = [e for e in result.events if e.cameo.startswith("19")]
    assert fights and all(e.source.actor_id != e.target.actor_id for e in fights)
    assert {e.source.name for e in fights} == {"Sudanese Armed Forces", "paramilitary forces"}


def test_a_party_name_read_as_a_law_is_still_a_party_and_gives_its_member_a_side():
    result = extract("HARARE - Tendai Moyo of the Citizens Coalition for Change rejected the result.",
                     published=PUBLISHED)
    codes = {a.name: a.code for a in result.actors}
    assert codes.get("Citizens Coalition for Change") == "ZWEPTY" and codes.get("Tendai Moyo") == "ZWEPTY"


def test_a_cue_inside_a_relative_clause_reports_only_what_follows_it():
    result = extract("Colombia carried out raids on jungle camps that the guerrillas said killed four farmers.",
                     published=PUBLISHED)
    assert [q.text for q in result.quotes] == ["killed four farmers"]
    result = extract("Police arrested a man who officials said had planned to bomb the parliament in Nairobi.",
                     published=PUBLISHED)
    assert [q.text for q in result.quotes] == ["had planned to bomb the parliament in Nairobi"]


def test_kin_of_a_named_person_speak_as_private_people_of_the_persons_state():
    result = extract("DHAKA — Police arrested opposition leader Rafiq Hossain on Saturday.\n\nHossain was taken from "
                     "his home before dawn, his wife told reporters.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["BGDCVL"]
