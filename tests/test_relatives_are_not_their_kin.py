"""A person named by their relation to another ('relatives of the jailed activist', 'the son of a dissident
cleric') is an unnamed person of that other's state, never the other (dyad/events/arguments.py _relation_words,
EventCoder.kin_of). Sentences written for these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.target.name if e.target else None)
            for e in extract(text, published="2024-03-01").events]


@pytest.mark.parametrize("text, source, target", [
    ("Saudi security forces detained relatives of the exiled dissident Omar Zahrani in Riyadh.", "SAUCOP", "SAUCVL"),
    ("Belarus jailed the brother of an exiled opposition blogger.", "BLR", "BLRCVL"),
    ("Gunmen abducted the daughter of a Nigerian senator in Kaduna.", "NGAREB", "NGACVL"),
])
def test_a_relative_is_a_person_of_the_others_state(text, source, target):
    events = _events(text)
    assert any(s == source and t == target for s, _, t, _ in events), events
    assert not any(name and ("Zahrani" in name or "blogger" in name or "senator" in name)
                   for _, _, _, name in events), events
