"""The committed JSON schema equals the one the records generate (a drift is a schema change)."""

import json
from pathlib import Path

from dyad.records import ArticleResult

SCHEMA = Path(__file__).resolve().parents[1] / "dyad" / "schema" / "article.schema.json"


def test_schema_matches_records():
    generated = ArticleResult.model_json_schema()
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == generated, "run: python -m dyad.schema to regenerate, and bump SCHEMA_VERSION on a rename"


def test_schema_round_trip_of_a_coded_article(news_text):
    from dyad import extract

    result = extract(news_text, published="2024-06-17", article_id="lake-accord-talks")
    assert result.events and result.quotes and result.actors  # every kind of record goes through the JSON
    again = ArticleResult.model_validate_json(result.model_dump_json())
    assert again == result
