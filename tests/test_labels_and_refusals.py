"""A label the parser hangs on the object ('called [the raid] [an illegal act]'), 'a threat to peace' as a
denunciation, and refusals through a preposition ('balked at recognising') (dyad/events/evaluations.py,
modality_rules.py)."""

import pytest

from dyad import extract


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.negated)
            for e in extract(text, published="2024-05-14").events]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam called China's seizure of the fishing boat an illegal act.", ("VNM", "111", "CHN", False)),
    ("Greece described the Turkish naval exercises as a threat to regional stability.", ("GRC", "111", "TUR", False)),
])
def test_labels_of_an_actors_act(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    ("Cyprus balked at recognising Kosovo.", ("CYP", "120", "XKX", False)),
    ("Romania baulked at signing the accord with Moldova.", ("ROU", "127", "MDA", False)),
])
def test_refused_through_a_preposition(text, expected):
    assert expected in _events(text)


def test_a_refrained_criticism_is_not_a_criticism():
    events = _events("Malaysia refrained from criticising Myanmar over the election.")
    assert not [e for e in events if e[1].startswith("11") and not e[3]]
