"""Where a pattern by the object's kind and one by a complement's kind tie, the complement decides: 'sent the
former minister to jail' is custody (173), not an envoy's visit by proxy (042), though 'minister' is an envoy word
(dyad/events/predicates.py _match). Sentences written for these tests."""

from coded import triples


def test_sent_to_jail_is_custody_whoever_is_sent():
    coded = triples("A court in Peshawar sent the former minister to jail on Tuesday.", published="2025-12-05")
    assert [c for _, c, _ in coded] == ["173"]
