"""Idioms of stance, support, rejection and consultation that a state's or body's reaction is told in, each
with its CAMEO code. Sentences written for these tests (other states, other wording than any evaluation)."""

import pytest

from tests.coded import events


@pytest.mark.parametrize("phrase, code", [
    ("complained about", "114"), ("registered a protest with", "114"), ("came out against", "110"),
    ("pushed back against", "110"), ("took issue with", "110"), ("cast doubt on", "110"),
    ("found fault with", "111"), ("poured scorn on", "111"), ("threw its support behind", "051"),
    ("spoke in favour of", "051"), ("gave its blessing to", "051"), ("came to the defence of", "052"),
    ("shrugged off", "120"), ("engaged with", "040"),
])
def test_an_idiom_of_reaction_codes_its_act(phrase, code):
    assert (code, "URY", "PRY") in events(f"Uruguay {phrase} Paraguay on Thursday.")


def test_firing_across_or_into_is_force_and_reported_it_accuses():
    found = events("Azerbaijan's defence ministry said Armenian troops fired across the border overnight.")
    assert ("190", "ARMMIL", "AZE") in found and ("112", "AZEGOV", "ARMMIL") in found
    assert ("190", "SDNMIL", "TCD") in events("Sudanese troops fired into Chad on Monday.")


def test_a_body_named_as_the_modifier_of_what_a_state_sends_is_its_own():
    found = events("Officials in Quito said Colombia would send thirty police trainers to Ecuador next month.")
    assert found and all(target in ("ECU", "ECUGOV") for _, _, target in found)
