"""'according to' a document of evidence (an analysis, data, a tally: EVIDENCE_WORDS) names its issuer as the
speaker, also a body the dictionaries do not know ('an analysis by the Lakeshore Budget Institute'); a document
with no issuer named relays and names no one. Sentences written for these tests."""

import pytest

from dyad import extract


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in extract(text, published="2024-03-01").quotes]


@pytest.mark.parametrize("text, speaker", [
    ("The levy would raise $900 million a year, according to an analysis by the Lakeshore Budget Institute.",
     "Lakeshore Budget Institute"),  # (a named institute: organisation_heads.tsv)
    ("Inflation fell to 4 percent in May, according to data from the Uganda Bureau of Statistics.",
     "Uganda Bureau of Statistics"),
])
def test_according_to_a_document_names_its_issuer(text, speaker):
    quotes = _quotes(text)
    assert any(name == speaker for name, _ in quotes), quotes


def test_according_to_a_document_with_no_issuer_names_no_one():
    assert _quotes("Inflation fell to 4 percent in May, according to the data.") == []
