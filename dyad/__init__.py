"""Dyad: who did what to whom, when, where, who said what, and according to whom — from news text."""

from dyad.records import (  # noqa: F401
    Actor, ActorRef, Article, ArticleResult, Count, DateRef, Entity, Event, ExtractionError, Mention, Place,
    Quotation, SCHEMA_VERSION,
)

__version__ = "0.1.0"


def __getattr__(name):
    # The pipeline pulls in spaCy; import it lazily so `import dyad` stays cheap for the store and CLI help.
    if name in ("extract", "extract_many"):
        from dyad import pipeline

        return getattr(pipeline, name)
    if name == "ingest_corpus":
        from dyad import corpus

        return corpus.ingest_corpus
    raise AttributeError(name)
