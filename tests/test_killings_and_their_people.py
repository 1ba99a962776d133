"""How a killing is told and whom it is done to: a resultative ('shot dead', 'beaten to death') is a killing
(CAMEO 1823), not an assault; an armed confrontation named by its side ('a police encounter', 'a shootout with
troops') gives the agentless passive its agent; unnamed people an act is done to are their state's people
(civilians), and a suspect is a criminal; a relative or neighbour of a person is never that person
(verb_patterns.tsv, word_classes.tsv, roles.tsv; dyad/events/implicit.py people_as_target, dyad/actors/index.py).
Sentences written for these tests."""

import pytest

from dyad import extract
from tests.coded import events

PUBLISHED = "2025-09-14"


def _events(text):
    return extract(text, published=PUBLISHED).events


@pytest.mark.parametrize("text", [
    "Sri Lankan soldiers shot dead a fisherman near the lagoon in Mannar.",
    "A trader was shot dead by Bangladeshi border guards in Jessore.",
    "Paraguayan policemen shot dead two cattle thieves at a ranch in Concepcion.",
])
def test_shot_dead_is_a_killing_not_an_assault(text):
    codes = [e.cameo for e in _events(text)]
    assert "1823" in codes and "182" not in codes


@pytest.mark.parametrize("text", [
    "A mob beat the schoolteacher to death in Jalalabad.",
    "The pastor was stabbed to death by gunmen in Benue state.",
])
def test_killed_by_a_manner_of_assault_to_death_is_a_killing(text):
    assert any(e.cameo == "1823" for e in _events(text))


def test_a_plain_shooting_stays_an_assault():
    codes = [e.cameo for e in _events("Honduran police shot two protesters in Tegucigalpa.")]
    assert "182" in codes and "1823" not in codes


@pytest.mark.parametrize("text, source", [
    ("A wanted smuggler was killed in a police encounter in Moradabad.", "INDCOP"),
    ("Two suspected kidnappers were killed in a police shootout in Katsina.", "NGACOP"),
])
def test_an_encounter_or_shootout_of_one_side_names_the_killer(text, source):
    assert any(e.source.code == source and e.cameo.startswith("18") for e in _events(text))


def test_a_suspect_is_a_criminal_actor():
    coded = _events("Police in Quetta arrested a suspect in the murder of a lawyer.")
    arrests = [e for e in coded if e.cameo == "173"]
    assert arrests and all(e.target.code == "PAKCRM" and "suspect" in e.target.name for e in arrests)


@pytest.mark.parametrize("text, target", [
    ("Police in Rajasthan arrested four men over the riot.", "INDCVL"),
    ("Peruvian police detained dozens of farmers near the mine.", "PERAGR"),
    ("Burmese police detained twelve people outside the court.", "MMRCVL"),
])
def test_unnamed_people_with_no_place_are_their_states_people(text, target):
    coded = [e for e in _events(text) if e.cameo == "173"]
    assert coded and all(e.target.code == target for e in coded)


def test_unnamed_people_keep_their_words_as_the_target_name():
    coded = [e for e in _events("Indian police arrested four men over the riot.") if e.cameo == "173"]
    assert coded and all(e.target.name == "four men" for e in coded)


def test_a_relatives_act_is_not_the_persons_own():
    coded = events("The former senator's son attacked a journalist in Manila.")
    assert not any(source.endswith("LEG") or source.endswith("ELI") for _, source, _ in coded)


def test_killed_by_her_neighbour_is_not_her_own_act():
    coded = _events("The woman was stabbed by her neighbour in Rawalpindi.")
    assert not any(e.source.name.lower() in ("woman", "her") for e in coded)



@pytest.mark.parametrize("text, code, target", [
    ("Riot police broke up the march in Maputo on Sunday.\n\nAt least twenty people were detained, the police chief "
     "said.", "173", "MOZCVL"),
    ("A young man died in police custody in Cochabamba, his family said.", "1823", "BOLCVL"),
])
def test_unnamed_people_an_implicit_agent_acts_on_are_their_states_people(text, code, target):
    coded = [e for e in _events(text) if e.cameo == code]
    assert coded and all(e.target.code == target for e in coded)
