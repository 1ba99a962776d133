"""Repairs of the small English pipeline's named entities that every later stage relies on.

A state whose name is written with a hyphen ('Guinea-Bissau', 'Timor-Leste', 'Congo-Brazzaville') is split by the
tokenizer at the hyphen, and the entity recogniser then tags only the first part ('Guinea', 'Timor', 'Congo'): a
different state, or none, that the story then seems to be about. Here the whole hyphenated name becomes one
entity wherever it is a state's name or demonym in the country table (:func:`dyad.gazetteer.country_names`).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyad.gazetteer import country_names
from dyad.parse_repairs import _positions

HYPHENS = ("-", "‑")


@Language.component("dyad_hyphened_states", assigns=["doc.ents"])
def hyphened_states(doc: Doc) -> Doc:
    """One GPE (or NORP, for an adjective: 'Bissau-Guinean troops') entity over a hyphenated state name written
    without spaces, replacing what the recogniser tagged inside it."""
    hyphens = _positions(doc, ORTH, HYPHENS) if len(doc) >= 3 else []
    if not hyphens:
        return doc
    names = country_names()
    found = []
    for h in hyphens:
        if not 0 < h < len(doc) - 1 or doc[h - 1].whitespace_ or doc[h].whitespace_:
            continue
        left, right = doc[h - 1], doc[h + 1]
        if not (left.is_alpha and right.is_alpha and left.text[:1].isupper() and right.text[:1].isupper()):
            continue
        if f"{left.lower_}-{right.lower_}" not in names:
            continue
        label = "NORP" if right.tag_ == "JJ" or right.dep_ == "amod" else "GPE"
        found.append(Span(doc, h - 1, h + 2, label=label))
    if not found:
        return doc
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [ent for ent in doc.ents if not covered.intersection(range(ent.start, ent.end))]
    doc.ents = sorted(kept + found, key=lambda span: span.start)
    return doc
