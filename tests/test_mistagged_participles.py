"""A participle the tagger read as a past tense ('was taken to a police station and detained for questioning':
dyad/events/tokens.py _mistagged_participle): conjoined to a passive with no subject, auxiliary or object of its
own, an act only an institution does is passive too, done to the first verb's subject by that institution, not
done by that subject. Sentences written for these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


@pytest.mark.parametrize("text, expected", [
    ("The blogger was taken to a police station and detained for questioning in Bulawayo.",
     ("ZWECOP", "173", "ZWEMED")),
    ("The suspect was produced before a magistrate in Kisumu and remanded in custody for ten days.",
     ("KENJUD", "173", "KENCRM")),
])
def test_a_past_form_conjoined_to_a_passive_is_done_to_its_subject(text, expected):
    events = _events(text)
    assert expected in events, events
    assert not any(c.startswith("17") and not s.endswith(("COP", "JUD")) for s, c, _ in events), events

