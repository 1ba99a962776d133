"""`dyad ingest` and `dyad extract` end to end on a WARC archive, news-please JSON and a served feed."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from dyad.cli import app
from news_pages import ENGLISH, FOREIGN, Site, page
from test_newsplease import record
from test_warc import SITE, write_crawl

runner = CliRunner()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_cli_ingest_warc_into_duckdb(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl)
    db = tmp_path / "news.duckdb"
    result = runner.invoke(app, ["ingest", str(crawl), "--db", str(db), "--processes", "1"])
    assert result.exit_code == 0, result.output
    err = flat(result.stderr)
    assert "2 articles (2 new" in err and "2 errors" in err
    assert ("passed over (no article): HTTP status 404: 1, metadata record: 1, non-HTML response (image/png): 1, "
            "request record: 1, revisit record: 1, warcinfo record: 1") in err
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT article_id, published, language, n_events FROM articles ORDER BY 1").fetchall()
        errors = con.execute("SELECT article_id, code FROM errors ORDER BY 1").fetchall()
    finally:
        con.close()
    assert [(a, str(p), lang) for a, p, lang, _ in articles] == [
        (f"{SITE}/2024/drought", "2024-03-06", "en"), (f"{SITE}/2024/harbour", "2024-03-04", "en")]
    assert errors == [(f"{SITE}/empty", "E002"), (f"{SITE}/es/pesca", "E030")]


def test_cli_extract_feed_url_since_and_news_please(tmp_path):
    routes = {}
    with Site(routes) as site:
        items = "".join(
            f"<item><guid>g{n}</guid><link>{site.url}{link}</link><pubDate>{day} Mar 2024 09:00:00 GMT</pubDate>"
            f"<title>{title}</title><description>{summary}</description></item>"
            for n, (link, day, title, summary) in enumerate([
                ("/a/harbour", "Mon, 04", ENGLISH["harbour"][0], "Ferry crews stop work."),
                ("/a/gone", "Tue, 05", ENGLISH["drought"][0], ENGLISH["drought"][1]),
                ("/a/old", "Fri, 01", "An old story", "Old news.")], 1))
        routes["/feed.rss"] = (200, "application/rss+xml", f'<rss version="2.0"><channel><title>TG</title>{items}'
                                                           "</channel></rss>")
        routes["/a/harbour"] = (200, "text/html", page(*ENGLISH["harbour"], date="2024-03-04"))
        result = runner.invoke(app, ["extract", f"{site.url}/feed.rss", "--since", "2024-03-02", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["article_id"], d["published"], d["language"]) for d in docs] == [
        ("g1", "2024-03-04", "en"), ("g2", "2024-03-05", "en")]
    err = flat(result.stderr)
    assert f"warning: {site.url}/feed.rss#2: page {site.url}/a/gone could not be read (HTTP 404)" in err
    assert "feed item dated before --since: 1" in err

    folder = tmp_path / "np"
    folder.mkdir()
    (folder / "harbour.json").write_text(json.dumps(record("harbour", url="https://np.test/h")), encoding="utf-8")
    (folder / "fr.json").write_text(json.dumps(record("fr", url="https://np.test/fr", language=None, texts=FOREIGN)),
                                    encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["article_id"], doc["source"], doc["language"]) == ("https://np.test/h", "news.example.test", "en")
    assert "error: https://np.test/fr [ingest] [E030] not English: language fr" in flat(result.stderr)
