"""What a speaker names another side's act: the crimes of international law as labels ('amounted to ethnic
cleansing', 'collective punishment': dyad/data/evaluations.tsv), and a possessed noun the parser took for a
verb after 'called'/'branded' ("called Georgia's move a provocation": dyad/parse_repairs.py named_objects).
Sentences written for these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


@pytest.mark.parametrize("text, expected", [
    ("Bosnia said the Serbian blockade of the valley amounted to ethnic cleansing.", ("BIH", "1124", "SRB")),
    ("The UN said the Ethiopian siege of the town was collective punishment.", ("IGOUNO", "1124", "ETH")),
])
def test_crimes_of_international_law_named_as_what_an_act_was(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    ("Moldova called Russia's move a provocation.", ("MDA", "111", "RUS")),
    ("Vietnam called China's visit to the islands a provocation.", ("VNM", "111", "CHN")),
    ("Eritrea branded Ethiopia's move a declaration of war.", ("ERI", "1123", "ETH")),
])
def test_a_possessed_noun_after_a_verb_of_naming_is_what_is_named(text, expected):
    events = _events(text)
    assert expected in events, events
    assert not any(code.startswith("04") for _, code, _ in events)  # ('called ... visit' is no visit)


def test_a_place_an_act_of_force_was_done_to_is_not_who_did_it():
    """(dyad/events/arguments.py _state_of_harm, act_owner): the act told before on that place names the doer;
    with none told, no one."""
    events = _events("Saudi Arabia bombed Sanaa on Friday. Iran said the bombing of Sanaa was a crime against humanity.")
    assert ("IRN", "1124", "SAU") in events, events
    assert not any(s == "IRN" and t == "YEM" for s, _, t in events), events
    events = _events("Qatar said the blockade of Yemen was collective punishment.")
    assert not any(s == "QAT" and t == "YEM" for s, _, t in events), events
