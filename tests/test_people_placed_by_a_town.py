"""Unnamed people placed by a town are the state's people, not the town (dyad/events/arguments.py,
_people_there): a place named in a prepositional phrase is never the party an act is done to. Sentences
written for these tests."""

from dyad import extract

PUBLISHED = "2025-08-04"


def _targets(text):
    return [(e.cameo[:2], e.target) for e in extract(text, published=PUBLISHED).events if e.target is not None]


def test_people_arrested_in_a_town_are_its_states_civilians():
    targets = _targets("Police detained 25 people in Bulawayo on Saturday.")
    assert targets and all(t.code == "ZWECVL" and "people" in t.name for _, t in targets)


def test_a_crowd_fired_on_in_a_town_is_the_states_opposition():
    targets = _targets("Police fired tear gas at the crowd in Mombasa.")
    assert targets and all(t.code == "KENOPP" and t.name != "Mombasa" for _, t in targets)


def test_a_named_group_in_a_town_stays_the_target():
    targets = _targets("Kenyan police arrested three Ugandan traders in Mombasa.")
    assert any(t.code.startswith("UGA") for _, t in targets)
    assert not any(t.name == "Mombasa" for _, t in targets)


def test_people_harmed_by_an_act_placed_in_a_district_are_its_states_people():
    # the place hangs on the noun of the act ('firing'), the victims are the passive subject
    targets = _targets("Four villagers were killed in police firing in Bogra district on Sunday.")
    assert targets and all(t.code == "BGDCVL" and "villagers" in t.name for _, t in targets)


def test_a_crowd_fired_on_in_a_town_is_the_target_not_the_town():
    targets = _targets("Soldiers opened fire on rioters in Kandy.")
    assert targets and all(t.code == "LKAOPP" for _, t in targets)

