"""Helpers for tests that code one text: its events as (code, source, target) triples and its actors' codes
by mention text."""

from dyad import extract

PUBLISHED = "2024-06-10"


def events(text: str) -> list[tuple]:
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events]


def actor_codes(text: str) -> dict[str, str]:
    result = extract(text, published=PUBLISHED)
    return {m.text: a.code for a in result.actors for m in a.mentions}


def state_triples(text: str, published: str = PUBLISHED) -> list[tuple]:
    """Events as (source, target, code), each side by its state where it has one (else its code)."""
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo)
            for e in extract(text, published=published).events]


def triples(text: str, published: str = PUBLISHED) -> list[tuple]:
    """Events as (source code, CAMEO code, target code), in the order a reader writes a dyad."""
    return result_triples(extract(text, published=published))


def result_triples(result) -> list[tuple]:
    """A coded result's events as :func:`triples` gives them."""
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events]
