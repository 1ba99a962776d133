"""Repression of dissent is done to the repressing state's own people, and a rights group's report of a
state's coercion accuses that state wherever the report stands (dyad/events/implicit.py, reported.py)."""

import pytest

from dyad import extract


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-14").events}


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan stifled dissent ahead of the vote.", ("AZE", "175", "AZE")),
    ("Nicaraguan police crushed the protests in Managua.", ("NICCOP", "175", "NIC")),
    ("Cuba quashed the demonstrations within hours.", ("CUB", "175", "CUB")),
])
def test_repressed_dissent_is_the_states_own_people(text, expected):
    assert expected in _codes(text)


def test_quashing_a_verdict_is_no_repression():
    assert not any(code == "175" for _, code, _ in _codes("A Kenyan court quashed the conviction of the activist."))


@pytest.mark.parametrize("text, expected", [
    ("Turkmenistan is jailing critics on fabricated charges, Human Rights Watch said.", ("NGO", "112", "TKM")),
    ("According to Amnesty International, the Bahraini authorities have detained dozens of activists.",
     ("NGO", "112", "BHRGOV")),
    ("\"Tajikistan is using the courts to crush dissent,\" Amnesty International said.", ("NGO", "112", "TJK")),
])
def test_a_rights_groups_report_of_coercion_accuses(text, expected):
    assert expected in _codes(text)


def test_a_rights_groups_count_of_a_bombing_stays_a_report():
    codes = _codes("Russian jets bombed a market in Idlib, Human Rights Watch said.")
    assert not any(code.startswith("112") for _, code, _ in codes)


def test_soldiers_killed_with_no_named_perpetrator_after_an_armed_groups_attack():
    # a state does not kill its own soldiers: the armed group told attacking them did
    codes = _codes("Jihadists attacked an army post near Djibo on Sunday. Twelve Burkinabe soldiers were killed, "
                   "the government said.")
    assert any(s.endswith("REB") and c.startswith("18") and t == "BFAMIL" for s, c, t in codes)
    assert not any(s == "BFA" and t == "BFAMIL" for s, c, t in codes)
