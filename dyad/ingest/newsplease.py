"""news-please output: its JSON records read as Dyad articles.

news-please (https://github.com/fhamborg/news-please) writes one JSON file per article, or JSON lines,
with ``title, description, maintext, date_publish, url, source_domain, language, authors, ...``. A JSON
object with ``maintext`` and no ``text`` is such a record wherever Dyad reads JSON (a ``.json`` file, a
``.jsonl`` line, a directory of them). It becomes Dyad's fields:

- ``text``: the ``title`` as the first paragraph, then ``maintext`` (no ``maintext``: error ``E002``;
  the title alone is not an article);
- ``published``: ``date_publish`` (``'2023-10-28 09:30:00'``; never ``date_download``, the crawl date);
- ``url``, ``source`` (``source_domain``), ``language`` (news-please's own guess, trusted over Dyad's);
- ``id``: the ``url``, the article's identity across crawls; else the usual fallback (file name, sha1).
"""

from __future__ import annotations

from typing import Any


def is_record(obj: dict) -> bool:
    """True for a news-please record: ``maintext`` present, Dyad's ``text`` absent."""
    return "maintext" in obj and "text" not in obj


def as_fields(obj: dict) -> dict[str, Any]:
    """Dyad's article fields (``id, text, published, url, source, language``) from a news-please record."""
    maintext = obj.get("maintext")
    title = obj.get("title")
    text: Any = maintext
    if isinstance(maintext, str) and maintext.strip():
        paragraphs = [p.strip() for p in maintext.splitlines() if p.strip()]
        if isinstance(title, str) and title.strip() and paragraphs[0] != title.strip():
            paragraphs.insert(0, title.strip())
        text = "\n\n".join(paragraphs) + "\n"
    url = obj.get("url")
    return {"id": url if isinstance(url, str) and url.strip() else None, "text": text,
            "published": obj.get("date_publish"), "url": url, "source": obj.get("source_domain"),
            "language": obj.get("language")}
