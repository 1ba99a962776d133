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
