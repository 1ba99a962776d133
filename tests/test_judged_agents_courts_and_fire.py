"""Three argument readings: a judged thing's doer named by its participle ('the tariffs imposed by Ottawa were
unfair': dyad/events/evaluations.py _evaluated), the party taken to court (not the court: verb_patterns.tsv 115
'take X to court'), and 'fire' with no object as shooting ('had fired first'), but not a gerund the parser hangs
on a noun ('in police firing'). Sentences written for these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


@pytest.mark.parametrize("text, expected", [
    ("Mexico said the tariffs imposed by Ottawa were unfair.", ("MEX", "111", "CANGOV")),
    ("Bolivia said the restrictions announced by Chile were unacceptable.", ("BOL", "111", "CHL")),
])
def test_a_judged_things_doer_is_named_by_its_participle(text, expected):
    events = _events(text)
    assert expected in events, events


@pytest.mark.parametrize("text, expected", [
    ("Nicaragua took Germany to the International Court of Justice over arms sales.", ("NIC", "115", "DEU")),
    ("Belize said it would take Guatemala to an international tribunal.", ("BLZ", "115", "GTM")),
])
def test_the_party_taken_to_court_is_sued_not_the_court(text, expected):
    events = _events(text)
    assert expected in events, events
    assert not any(t and t.startswith("IGO") for _, _, t in events), events


def test_fire_with_no_object_is_shooting_and_its_report_accuses():
    events = _events("The Armenian defence ministry said Azerbaijani soldiers had fired first.")
    assert ("ARMGOV", "112", "AZEMIL") in events, events
    assert any(s == "AZEMIL" and c == "190" for s, c, _ in events), events


def test_a_gerund_of_firing_hung_on_a_noun_is_no_second_act():
    events = _events("Three villagers were wounded in police firing in Sylhet.")
    assert not any(c == "190" for _, c, _ in events), events
    assert any(s == "BGDCOP" and c.startswith("18") for s, c, _ in events), events
