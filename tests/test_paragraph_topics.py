"""A blank line ends a paragraph's topic: a titled official with no state who opens a new paragraph is not of the
state the last paragraph ended on (dyad/nlp.py paragraph_break_after: a sentence's span takes in the blank line
after it, so the break was never seen). Sentences written for these tests."""

from dyad import extract


def _speakers(text: str) -> dict[str, str]:
    return {q.speaker.name: q.speaker.code for q in extract(text, published="2025-06-10").quotes if q.speaker}


def test_a_new_paragraphs_official_is_the_story_states():
    text = ("Thousands of farmers blocked roads around Vilnius on Monday against the new fuel tax. Sweden said it "
            "was following the protests closely.\n\nPrime Minister Ruta Kairiene said the tax would stay.")
    assert _speakers(text).get("Ruta Kairiene") == "LTUGOV"


def test_within_a_paragraph_the_topic_state_still_speaks():
    text = ("Thousands of farmers blocked roads around Vilnius on Monday against the new fuel tax. Sweden said it "
            "was following the protests closely. Foreign Minister Lars Holm said the talks would go on.")
    assert _speakers(text).get("Lars Holm") == "SWEGOV"
