"""A text that names no state still tells who used force on whom: the police of an agentless arrest, the
police behind 'police firing', the crowd police fired on, the court that sentenced, each of no state (codes
of their sector alone), as issue 15 asks ('actors without a state keep their events'). Sentences written for
these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.implicit) for e in extract(text).events]


@pytest.mark.parametrize("text, expected", [
    ("Two farmers were detained after the scuffle at the mandi.", ("COP", "173", "AGR", True)),
    ("The smugglers were arrested near the jetty on Tuesday.", ("COP", "173", "CRM", True)),
    ("The gangster was killed in police firing.", ("COP", "18", "CRM", False)),
    ("Troops opened fire on the crowd outside the depot.", ("MIL", "175", "OPP", False)),
    ("Constables fired tear gas shells at the protesters near the square.", ("COP", "175", "OPP", False)),
    ("The blogger was sentenced to three years in jail.", ("JUD", "116", "", True)),
    ("Constables caned the students outside the hostel.", ("COP", "182", "EDU", False)),
    ("Commandos neutralised two militants in the orchard.", ("", "1823", "REB", False)),
    ("The trader was tortured in police custody, his family alleged.", ("COP", "1822", "", True)),
    ("Police charged the procession with lathis near the temple.", ("COP", "175", "", False)),
    ("Officers detained her at the bus stand for questioning.", ("COP", "173", "", False)),
])
def test_the_act_is_kept_with_its_parties_of_no_state(text, expected):
    source, code, target, implicit = expected
    events = _events(text)
    assert any((not source or s == source) and c.startswith(code) and (not target or t == target) and i == implicit
               for s, c, t, i in events), events


def test_a_fire_is_still_no_ones_act():
    assert _events("Two workers were killed in a fire at the mill.") == []


def test_neutralising_a_threat_is_no_killing():
    assert not any(c.startswith("18") for _, c, _, _ in _events("The army said it had neutralised the threat to the dam."))


def test_a_baton_charge_is_no_legal_charge():
    assert not any(c.startswith("173") for _, c, _, _ in _events("Police charged the crowd with batons outside the mill."))
