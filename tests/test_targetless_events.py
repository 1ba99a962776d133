"""Acts CAMEO codes without a target (verb_patterns.tsv target 'optional'): surrendering, declaring a
ceasefire, going on a hunger strike stand alone where the sentence names no one they are done to."""

import pytest

from dyad import extract


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events}


@pytest.mark.parametrize("text, expected", [
    ("The Burmese rebels called a truce.", ("MMRREB", "0871", None)),
    ("The Colombian army declared a unilateral ceasefire on Sunday.", ("COLMIL", "0871", None)),
    ("Kenyan teachers went on a hunger strike on Monday.", ("KENEDU", "142", None)),
    ("Thousands of Kenyan teachers went on strike.", ("KENEDU", "143", None)),
])
def test_targetless_acts_stand_alone(text, expected):
    assert expected in _codes(text)


def test_a_named_target_is_kept():
    assert ("MMRREB", "0874", "MMRMIL") in _codes("The Burmese rebels surrendered to the Myanmar army.")


@pytest.mark.parametrize("text", [
    "The Colombian army said it would declare a ceasefire.",  # an intent needs someone it is addressed to
    "The rebels declared a ceasefire.",  # no state, no actor: too little to count
])
def test_targetless_acts_need_a_fact_and_a_known_source(text):
    assert not any(code == "0871" for _, code, _ in _codes(text)), _codes(text)


@pytest.mark.parametrize("text, code", [
    ("The Gambian opposition conceded defeat in Saturday's vote.", "080"),
    ("Bangladesh's interim government eased restrictions on street rallies.", "081"),
    ("Nigerian nurses ended their strike on Monday after the pay deal.", "082"),
])
def test_yields_that_name_no_other_side_keep_their_event(text, code):
    codes = [e.cameo for e in extract(text, published="2024-06-10").events]
    assert code in codes, codes


def test_conceding_a_point_in_words_is_no_yield():
    codes = [e.cameo for e in extract("Peru's finance minister conceded that the deficit target would be missed.",
                                      published="2024-06-10").events]
    assert "080" not in codes, codes


def test_where_force_is_launched_from_is_not_what_it_hits():
    assert not [c for c in _codes("Insurgents fired mortars from Malian territory on Sunday.") if c[2] == "MLI"]
    assert not [c for c in _codes("Armenia said the drones were launched from Azerbaijani soil.") if c[2] == "AZE"]
    # (taking people from a place is done there)
    assert [c for c in _codes("Gunmen kidnapped nine farmers from a village in Katsina state.") if c[1] == "181"]
