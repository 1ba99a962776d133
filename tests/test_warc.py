"""WARC archives: every HTML page captured with status 200 is one article or one error record; every other
record is counted by reason, never dropped silently. The archives are written here with warcio."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyad.ingest import ReadSummary, read_articles
from dyad.records import Article, ExtractionError
from news_pages import ENGLISH, FOREIGN, page

SITE = "https://news.example.test"


def _response(writer, uri: str, body: str | bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
              warc_date: str = "2024-03-05T08:00:00Z"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))],
                               protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=BytesIO(data), http_headers=headers,
                                     warc_headers_dict={"WARC-Date": warc_date})


def write_crawl(path: Path) -> None:
    """A small crawl: warcinfo, a request, two English pages (one dated by the page, one not), a 404 page,
    an image, a revisit, a metadata record, a Spanish page and a page without article text."""
    gz = path.name.endswith(".gz")
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dyad-tests"}))
        request = StatusAndHeaders("GET /2024/harbour HTTP/1.1", [("Host", "news.example.test")], is_http_request=True)
        writer.write_record(writer.create_warc_record(f"{SITE}/2024/harbour", "request", payload=BytesIO(b""),
                                                      http_headers=request))
        title, body = ENGLISH["harbour"]
        writer.write_record(_response(writer, f"{SITE}/2024/harbour", page(title, body, date="2024-03-04")))
        title, body = ENGLISH["drought"]
        writer.write_record(_response(writer, f"{SITE}/2024/drought", page(title, body),
                                      warc_date="2024-03-06T10:30:00Z"))
        writer.write_record(_response(writer, f"{SITE}/gone", "<html><body><h1>Not found</h1></body></html>",
                                      status="404 Not Found"))
        writer.write_record(_response(writer, f"{SITE}/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
                                      content_type="image/png"))
        writer.write_record(writer.create_revisit_record(f"{SITE}/2024/harbour", digest="sha1:AAAA",
                                                         refers_to_uri=f"{SITE}/2024/harbour",
                                                         refers_to_date="2024-03-05T08:00:00Z"))
        writer.write_record(writer.create_warc_record(f"{SITE}/2024/harbour", "metadata",
                                                      payload=BytesIO(b"outlinks: /2024/drought"),
                                                      warc_content_type="text/anvl"))
        title, body = FOREIGN["es"]
        writer.write_record(_response(writer, f"{SITE}/es/pesca", page(title, body, date="2024-03-05", lang="es")))
        writer.write_record(_response(writer, f"{SITE}/empty", "<html><body><script>load()</script></body></html>"))


@pytest.fixture(params=["crawl.warc", "crawl.warc.gz"])
def crawl(request, tmp_path) -> Path:
    path = tmp_path / request.param
    write_crawl(path)
    return path


def test_warc_pages_become_articles_or_errors_and_other_records_are_counted(crawl):
    summary = ReadSummary()
    records = list(read_articles(crawl, summary=summary))
    articles = [r for r in records if isinstance(r, Article)]
    errors = [r for r in records if isinstance(r, ExtractionError)]
    assert [a.id for a in articles] == [f"{SITE}/2024/harbour", f"{SITE}/2024/drought"]
    harbour, drought = articles
    assert harbour.url == f"{SITE}/2024/harbour" and harbour.language == "en"
    assert harbour.text.startswith("Ferry operators strike over port fees\n\n")
    assert "Cookie notice" not in harbour.text and "tracker" not in harbour.text
    assert harbour.published == "2024-03-04"  # the page's own date wins over the capture date
    assert drought.published == "2024-03-06"  # no page date: the WARC-Date of the capture
    assert harbour.origin == f"{crawl}#3"  # the third record of the archive
    assert [(e.article_id, e.code) for e in errors] == [(f"{SITE}/es/pesca", "E030"), (f"{SITE}/empty", "E002")]
    assert "language es" in errors[0].message and "confidence" in errors[0].message
    assert dict(summary.skipped) == {"warcinfo record": 1, "request record": 1, "HTTP status 404": 1,
                                     "non-HTML response (image/png)": 1, "revisit record": 1,
                                     "metadata record": 1}


def test_warc_since_passes_over_older_pages(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    summary = ReadSummary()
    articles = [r for r in read_articles(path, since="2024-03-05", summary=summary) if isinstance(r, Article)]
    assert [a.id for a in articles] == [f"{SITE}/2024/drought"]
    assert summary.skipped["published before --since"] == 1


def test_damaged_warc_keeps_the_records_before_the_damage(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_crawl(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)] + b"this is not gzip data" * 4)
    records = list(read_articles(cut))
    assert isinstance(records[0], Article) and records[0].id == f"{SITE}/2024/harbour"
    assert isinstance(records[-1], ExtractionError) and records[-1].code == "E031"
    assert "damaged WARC archive after record" in records[-1].message


def test_warc_in_a_directory_is_read_with_the_other_files(tmp_path):
    write_crawl(tmp_path / "crawl.warc.gz")
    (tmp_path / "note.txt").write_text(ENGLISH["drought"][1], encoding="utf-8")
    ids = [r.id for r in read_articles(tmp_path) if isinstance(r, Article)]
    assert ids == [f"{SITE}/2024/harbour", f"{SITE}/2024/drought", "note"]
