"""Cues of manner of speaking (joked, quipped, pleaded), of inquiry (inquired whether), of knowing and worrying
(officials know / worry that, the paper has learned that; gated like 'believe') and of implying report what
they introduce (dyad/data/speech_cues.tsv). Sentences written for these tests."""

import pytest

from dyad import extract


def _quotes(text: str):
    return [(q.speaker.name if q.speaker else None, q.cue, q.text) for q in extract(text).quotes]


@pytest.mark.parametrize("text, speaker, content", [
    ("The governor joked that the new stadium would be finished before the old one fell down.",
     "governor", "the new stadium would be finished"),
    ("Several Democratic aides worry that the spending bill could stall in the House.",
     "Democratic aides", "the spending bill could stall"),
    ("The Boston Globe has learned that the mayor plans to step down in June.",
     "Boston Globe", "the mayor plans to step down"),
    ("Her lawyer implied that the charges had been brought for political reasons.",
     "Her lawyer", "the charges had been brought"),
    ("Councillor Ray Doyle wondered whether the city could afford the new tram line.",
     "Ray Doyle", "the city could afford"),
])
def test_the_cue_reports_its_clause(text, speaker, content):
    quotes = _quotes(text)
    assert any(s and speaker in s and content in t for s, _, t in quotes), quotes


def test_the_gate_of_belief_still_holds_for_the_new_cues():
    assert _quotes("I know that we can win this seat.") == []  # (the speaker's own, in the first person)
    assert _quotes("Nobody knew what the vote would bring.") == []  # (an open question, held by no one)
