"""RSS 2.0 and Atom feeds, as files and as URLs, served with their article pages from a local HTTP server:
each item's page is fetched and extracted; an unreadable page (404, timeout) falls back to the item's
summary with a warning; ``since`` passes over older items before anything is fetched."""

from __future__ import annotations

import logging

import pytest

from dyad.ingest import ReadSummary, read_articles
from dyad.records import Article, ExtractionError
from news_pages import ENGLISH, FOREIGN, Site, page


def rss(base: str) -> str:
    def item(guid, link, date, title, summary):
        return (f"<item><guid>{guid}</guid><link>{base}{link}</link><pubDate>{date}</pubDate>"
                f"<title>{title}</title><description><![CDATA[<p>{summary}</p>]]></description></item>")

    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Gazette World</title>'
            f"<link>{base}/</link><description>World news</description>"
            + item("tg-1", "/world/harbour", "Mon, 04 Mar 2024 09:00:00 GMT", ENGLISH["harbour"][0], "Ferry crews stop work.")
            + item("tg-2", "/world/missing", "Tue, 05 Mar 2024 09:00:00 GMT", ENGLISH["drought"][0], ENGLISH["drought"][1])
            + item("tg-3", "/slow", "Tue, 05 Mar 2024 10:00:00 GMT", ENGLISH["names"][0], ENGLISH["names"][1])
            + item("tg-4", "/world/pesca", "Wed, 06 Mar 2024 09:00:00 GMT", FOREIGN["es"][0], "Protesta en el puerto.")
            + item("tg-5", "/world/old", "Fri, 02 Feb 2024 09:00:00 GMT", "An old story", "Old news about a bridge.")
            + "</channel></rss>")


def atom(base: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Test Gazette Atom</title><id>{base}/atom</id><updated>2024-03-06T00:00:00Z</updated>'
            f'<entry><id>urn:tg:drought</id><link href="{base}/world/drought"/><title>{ENGLISH["drought"][0]}</title>'
            '<updated>2024-03-05T12:00:00Z</updated><summary>Farmers ask for loans.</summary></entry>'
            f'<entry><id>urn:tg:teachers</id><link href="{base}/world/enseignants"/><title>{FOREIGN["fr"][0]}</title>'
            '<updated>2024-03-06T12:00:00Z</updated><summary>Manifestation.</summary></entry>'
            "</feed>")


@pytest.fixture(scope="module")
def site():
    routes = {}
    with Site(routes) as served:
        routes.update({
            "/feed.rss": (200, "application/rss+xml", rss(served.url)),
            "/feed.atom": (200, "application/atom+xml", atom(served.url)),
            "/world/harbour": (200, "text/html; charset=utf-8", page(*ENGLISH["harbour"], date="2024-03-04")),
            "/world/drought": (200, "text/html; charset=utf-8", page(*ENGLISH["drought"])),
            "/world/pesca": (200, "text/html; charset=utf-8", page(*FOREIGN["es"], lang="es")),
            "/world/enseignants": (200, "text/html; charset=utf-8", page(*FOREIGN["fr"], lang="fr")),
            "/world/old": (200, "text/html; charset=utf-8", page("An old story", ENGLISH["harbour"][1])),
        })
        yield served


def test_rss_url_items_become_articles_with_fallbacks_and_since(site, caplog):
    summary = ReadSummary()
    with caplog.at_level(logging.INFO, logger="dyad.ingest"):
        # /slow answers after 2 s; a 1.5 s timeout leaves the other pages room on a loaded machine
        records = list(read_articles(f"{site.url}/feed.rss", since="2024-03-01", timeout=1.5, summary=summary))
    harbour, drought, envoys, pesca = records
    assert isinstance(harbour, Article) and harbour.id == "tg-1" and harbour.url == f"{site.url}/world/harbour"
    assert harbour.text.startswith(ENGLISH["harbour"][0]) and "Ferry crews in the northern harbour" in harbour.text
    assert harbour.published == "2024-03-04" and harbour.source == "Test Gazette"  # the page's site name
    # 404 and timeout: the item's own text, title first, dated by the feed, with a warning saying why
    assert isinstance(drought, Article) and drought.text.startswith(ENGLISH["drought"][0] + "\n\nFarmers in the")
    assert drought.published == "2024-03-05" and drought.source == "Test Gazette World"
    assert isinstance(envoys, Article) and envoys.url == f"{site.url}/slow"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("#2: page " in w and "(HTTP 404)" in w and "coded the feed's own summary" in w for w in warnings)
    assert any("#3: page " in w and "timed out" in w for w in warnings)
    assert isinstance(pesca, ExtractionError) and pesca.code == "E030" and "language es" in pesca.message
    assert dict(summary.skipped) == {"feed item dated before --since": 1}
    assert dict(summary.notes) == {"feed items coded from their summary (page unreadable)": 2}
    assert site.user_agents and all(ua.startswith("Dyad/") for ua in site.user_agents)
    assert any("read " in r.getMessage() and "feed item dated before --since: 1" in r.getMessage()
               for r in caplog.records)


def test_atom_file_with_links_to_the_site(site, tmp_path):
    path = tmp_path / "world.atom"
    path.write_text(atom(site.url), encoding="utf-8")
    drought, teachers = read_articles(path)
    assert isinstance(drought, Article) and drought.id == "urn:tg:drought"
    assert drought.published == "2024-03-05" and "maize harvest" in drought.text
    assert drought.origin == f"{path}#1"
    assert isinstance(teachers, ExtractionError) and teachers.code == "E030" and "language fr" in teachers.message


def test_feed_that_cannot_be_fetched_or_parsed_is_one_e032_record(site, tmp_path):
    [missing] = read_articles(f"{site.url}/no-such-feed.rss")
    assert missing.code == "E032" and "HTTP 404" in missing.message
    junk = tmp_path / "junk.rss"
    junk.write_text("this is not a feed at all", encoding="utf-8")
    [bad] = read_articles(junk)
    assert bad.code == "E032" and "not a readable RSS or Atom feed" in bad.message
