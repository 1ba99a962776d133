"""Regenerate dyad/schema/article.schema.json from the records."""

import json
from pathlib import Path

from dyad.records import ArticleResult

path = Path(__file__).with_name("article.schema.json")
path.write_text(json.dumps(ArticleResult.model_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {path}")
