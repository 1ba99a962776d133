"""What a speaker makes of a thing ('called the accord a win for farmers': an attribution whatever the label word,
dyad/quotes/complements.py _opinion), and forces withdrawing from a kind of ground the lexicon did not list (a
river bank, heights, a port: verb_patterns.tsv 0874, no target needed). Sentences written for these tests."""

import pytest

from dyad import extract


@pytest.mark.parametrize("text, speaker, content", [
    ("Senator Amy Walsh called the trade accord a win for farmers.", "Amy Walsh", "the trade accord a win for farmers"),
    ("Mayor Jonas Berg, a Liberal, called the stadium deal a gift to developers.", "Jonas Berg",
     "the stadium deal a gift to developers"),
])
def test_a_label_with_an_indefinite_article_after_called_is_the_speakers_view(text, speaker, content):
    quotes = extract(text, published="2024-03-01").quotes
    assert any(q.speaker is not None and q.speaker.name == speaker and q.text == content for q in quotes), \
        [(q.speaker and q.speaker.name, q.text) for q in quotes]


@pytest.mark.parametrize("text", [
    "The couple called their daughter Maya.",
    "Mayor Jonas Berg called the meeting to order.",
])
def test_a_name_given_is_no_view(text):
    assert extract(text, published="2024-03-01").quotes == []


@pytest.mark.parametrize("text, source", [
    ("Serbian troops withdrew from the eastern bank of the river overnight.", "SRBMIL"),
    ("Eritrean troops withdrew from the port after the ceasefire.", "ERIMIL"),
])
def test_forces_withdrawing_from_ground_retreat_with_no_target_needed(text, source):
    events = extract(text, published="2024-03-01").events
    assert any(e.source.code == source and e.cameo == "0874" for e in events), \
        [(e.source.code, e.cameo, e.target and e.target.code) for e in events]
