"""Places are not agents: a capital stands for its government only where it acts or is addressed, and a
meeting's venue is no party to it (see README, "How the coder works")."""

import pytest

from dyad import extract


def _events(text):
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-10").events]


def test_capital_as_subject_of_a_statement_is_the_government():
    found = _events("Ottawa protested the detention of two Canadian diplomats.")
    assert any(c.startswith("14") and s == "CANGOV" for c, s, _ in found), found


def test_capital_addressed_by_a_verbal_act_is_the_government():
    found = _events("Beijing warned Manila against new patrols in the disputed waters.")
    assert ("130", "CHNGOV", "PHLGOV") in found, found


@pytest.mark.parametrize("text, code, source, target", [
    ("Insurgents fired rockets at Kabul on Sunday.", "195", "AFGREB", "AFG"),
    ("The Peruvian president arrived in Quito on Monday.", "042", "PERGOV", "ECU"),
    ("The army lifted the curfew in Bamako on Sunday.", "0813", "MLIMIL", "MLI"),
])
def test_capital_as_a_place_is_the_state_not_its_government(text, code, source, target):
    assert (code, source, target) in _events(text)


def test_violence_placed_in_a_capital_is_the_state_s():
    found = _events("A bomb exploded in Nairobi on Friday, killing six people.")
    assert found and all(s == "KEN" for _, s, _ in found), found


@pytest.mark.parametrize("text, target", [
    ("The Kenyan foreign minister met his Ugandan counterpart in Nairobi on Monday.", "UGAGOV"),  # the counterpart is a role
    ("The Chilean president met Bolivian officials in Santiago on Monday.", "BOLGOV"),
])
def test_the_venue_of_a_meeting_is_no_party(text, target):
    found = [(c, t) for c, _, t in _events(text) if c.startswith("04")]
    assert found and all(t == target for _, t in found), found


def test_a_locative_modifier_gives_the_subject_its_state_not_a_role():
    found = _events("Police in Accra arrested twelve opposition activists on Tuesday.")
    assert ("173", "GHACOP", "GHAOPP") in found, found
