"""A person titled by a body with a code of its own ('a senior Hamas official, X', 'a Hezbollah commander, X')
takes the body's state with its code: the code said PSEREB while the state was empty, so every rule that
compares states (sides of a dispute, own-state targets) missed him (dyad/actors/codes.py, _set_role).
Sentences written for these tests."""

import pytest

from dyad import extract
from tests.coded import events


@pytest.mark.parametrize("text, name, state", [
    ("A senior Hamas official, Basem Naim, accused Israel of blocking aid.", "Basem Naim", "PSE"),
    ("A Hezbollah commander, Ali Darwish, said the group had fired rockets.", "Ali Darwish", "LBN"),
    ("A Taliban spokesman, Qari Yousaf, said the group would not attend.", "Qari Yousaf", "AFG"),
])
def test_a_member_titled_by_a_coded_body_has_its_state(text, name, state):
    person = next(a for a in extract(text, published="2025-03-01").actors if a.name == name)
    assert person.country == state and person.code.startswith(state)


def test_a_members_accusation_makes_him_one_of_both_sides():
    coded = events("Egypt said on Monday that the talks would resume. A senior Hamas official, Basem Naim, accused "
                   "Israel of blocking aid. Jordan urged both sides to show restraint.")
    urged = {target for code, _, target in coded if code.startswith("02")}
    assert urged == {"PSEREB", "ISR"}
