"""Saying another side manipulated or tampered with something is an accusation (CAMEO 112): the fraud verbs
of @wrongdoing (word_classes.tsv) beside 'rig' and 'falsify'. Sentences written for these tests."""

import pytest

from tests.coded import events


@pytest.mark.parametrize("text, expected", [
    ("Guinea's opposition said the ruling party had manipulated the voter roll.", ("112", "GINOPP")),
    ("Observers in Lilongwe said election officials had tampered with the tally sheets.", ("112", None)),
])
def test_saying_another_manipulated_or_tampered_is_an_accusation(text, expected):
    code, source = expected
    assert any(c == code and (source is None or s == source) for c, s, _ in events(text))
