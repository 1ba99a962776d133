"""Blocking any way of passage is obstruction in protest (CAMEO 144): the road words of one class,
word_classes.tsv @thoroughfares, serve block, blockade and obstruct alike. Sentences written for these tests."""

from dyad import extract


def _codes(text: str) -> list[str]:
    return [e.cameo for e in extract(text, published="2025-08-19").events]


def test_an_intersection_or_avenue_blocked_by_protesters_is_obstruction():
    assert "144" in _codes("Angry traders in Lagos blocked a busy intersection to protest the new market levy.")
    assert "144" in _codes("Striking teachers in Nairobi obstructed the avenue leading to parliament.")


def test_farmers_blockading_crossings_protest_rather_than_use_force():
    codes = _codes("Romanian farmers blockaded two crossings on the border with Moldova for a third day.")
    assert "144" in codes and "191" not in codes
