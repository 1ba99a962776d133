"""news-please output (a JSON file per article, or JSON lines) read as Dyad articles."""

from __future__ import annotations

import json

from dyad.ingest import ReadSummary, read_articles
from dyad.records import Article, ExtractionError
from news_pages import ENGLISH, FOREIGN


def record(key: str, *, url: str, date: str | None = "2024-05-02 07:45:00", language: str | None = "en",
           texts=ENGLISH) -> dict:
    title, body = texts[key]
    return {"authors": ["Staff"], "date_download": "2024-05-03 12:00:00", "date_modify": None,
            "date_publish": date, "description": body.split(". ")[0], "filename": url.rsplit("/", 1)[-1] + ".json",
            "image_url": None, "language": language, "localpath": None, "source_domain": "news.example.test",
            "maintext": body, "title": title, "title_page": None, "title_rss": None, "url": url}


def test_newsplease_files_in_a_directory(tmp_path):
    (tmp_path / "harbour.json").write_text(json.dumps(record("harbour", url="https://news.example.test/harbour")),
                                           encoding="utf-8")
    undated = record("drought", url="https://news.example.test/drought", date=None, language=None)
    (tmp_path / "drought.json").write_text(json.dumps(undated), encoding="utf-8")
    (tmp_path / "title-only.json").write_text(json.dumps({**undated, "maintext": None, "url": None}),
                                              encoding="utf-8")
    records = list(read_articles(tmp_path, default_published="2024-05-01"))
    drought, harbour, title_only = records
    assert isinstance(harbour, Article) and harbour.id == "https://news.example.test/harbour"
    assert harbour.text.startswith("Ferry operators strike over port fees\n\nFerry crews in the northern harbour")
    assert (harbour.published, harbour.source, harbour.language) == ("2024-05-02", "news.example.test", "en")
    assert drought.published == "2024-05-01"  # no date_publish (date_download is the crawl, not the story)
    assert drought.language == "en"  # not declared: detected
    assert isinstance(title_only, ExtractionError) and title_only.code == "E002"
    assert title_only.article_id == "title-only" and "'maintext' is missing" in title_only.message


def test_newsplease_json_lines_and_foreign_records(tmp_path):
    lines = [record("names", url="https://news.example.test/envoys"),
             record("de", url="https://news.example.test/hochwasser", language="de", texts=FOREIGN),
             record("fr", url="https://news.example.test/enseignants", language=None, texts=FOREIGN),
             record("drought", url="https://news.example.test/d2", date="3 May 2024")]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    envoys, german, french, bad_date = read_articles(path)
    assert isinstance(envoys, Article) and envoys.id == "https://news.example.test/envoys"
    assert (german.code, german.article_id) == ("E030", "https://news.example.test/hochwasser")
    assert "language de (declared by the input)" in german.message
    assert french.code == "E030" and "language fr (detected, confidence" in french.message
    assert bad_date.code == "E003" and bad_date.source == f"{path}:4"


def test_newsplease_since(tmp_path):
    lines = [record("harbour", url="https://a.test/1", date="2024-04-30 23:00:00"),
             record("drought", url="https://a.test/2", date="2024-05-02 01:00:00")]
    path = tmp_path / "np.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    summary = ReadSummary()
    assert [a.id for a in read_articles(path, since="2024-05-01", summary=summary)] == ["https://a.test/2"]
    assert dict(summary.skipped) == {"published before --since": 1}
