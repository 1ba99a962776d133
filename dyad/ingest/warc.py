"""WARC archives (``.warc``, ``.warc.gz``): the HTML pages a crawl captured, read as articles with warcio.

A ``response`` record (or a ``resource`` record, a page stored without its HTTP exchange) holding an HTML
page with status 200 is an input: its text is extracted by trafilatura (:func:`html_article`) and becomes
one Article or one error record (``E002`` nothing extracted, ``E004`` undecodable, ``E030`` not English).
Its id and ``url`` are the record's ``WARC-Target-URI``; ``published`` is the page's own date (trafilatura's
metadata), else the capture day (``WARC-Date``). Every other record holds no article and is counted by
reason in the run's :class:`ReadSummary`: ``request``, ``revisit`` (a capture whose content did not change
since an earlier one), ``metadata``, ``warcinfo`` records, responses with another status (``HTTP status
404``, redirects) and non-HTML responses (images, scripts). An archive damaged part-way (a cut gzip member,
a bad header) ends in one ``E031`` error record; the records before the damage are kept. Origins
name a record by its place in the archive: ``crawl.warc.gz#7``.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator, Optional

from dyad.ingest.articles import (ReadOptions, ReadSummary, _error, _Undecodable, decode_text, finish_file,
                                  html_article, normalize_date, reader_failure)
from dyad.records import Article, ExtractionError

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_ARTICLE_RECORDS = ("response", "resource")


def _decode(data: bytes, content_type: str) -> str:
    """The page's text: by the charset the server named, else UTF-8 or cp1252 (:func:`decode_text`)."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                return data.decode(value.strip().strip("'\""))
            except (LookupError, UnicodeDecodeError):
                break  # a wrong or unknown charset label: guess as for files
    return decode_text(data)


def _capture_day(record) -> Optional[str]:
    try:
        return normalize_date(record.rec_headers.get_header("WARC-Date"))
    except ValueError:
        return None


def _record(record, origin: str, opts: ReadOptions, local: ReadSummary) -> Article | ExtractionError | None:
    """One WARC record as an Article or error record, or None (counted in ``local``) when it is no page."""
    kind = record.rec_type
    if kind not in _ARTICLE_RECORDS:
        local.skip(f"{kind} record")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    if kind == "response":
        if record.http_headers is None:
            local.skip("response without HTTP headers")  # dns:, ftp: and other non-HTTP captures
            return None
        status = record.http_headers.get_statuscode()
        if status != "200":
            local.skip(f"HTTP status {status}")
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        local.skip(f"non-HTML {kind} ({mime or 'no content type'})")
        return None
    article_id = uri or origin
    try:
        html = _decode(record.content_stream().read(), content_type)
    except _Undecodable as e:
        return _error(article_id, "E004", str(e), origin)
    return html_article(html, article_id=article_id, origin=origin, url=uri,
                        default_published=_capture_day(record) or opts.default_published, max_chars=opts.max_chars)


def _gzip_damage(path: Path) -> Optional[str]:
    """Why a ``.warc.gz`` is damaged (a cut member, trailing bytes that are not gzip), or None. warcio ends
    its iteration quietly at a cut member, so the file is checked on its own after the records are read."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as e:
        return f"{type(e).__name__}: {e}"
    return None


def read_warc(path: Path, name: str, opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    """Every page of the archive at ``path``, streamed record by record; origins name the record by its
    place in the archive (``crawl.warc.gz#7``: the seventh record)."""
    from warcio.archiveiterator import ArchiveIterator

    local = ReadSummary()
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield _error(name, "E005", f"cannot read file: {e.strerror or e}", name)
        return
    n = 0
    with fh:
        try:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                origin = f"{name}#{n}"
                try:
                    item = _record(record, origin, opts, local)
                except Exception as exc:  # one record's failure is its error record; the archive goes on
                    item = reader_failure(record.rec_headers.get_header("WARC-Target-URI") or origin, exc, origin)
                if item is not None:
                    yield item
            damage = _gzip_damage(path) if name.lower().endswith(".gz") else None
        except Exception as exc:  # the archive itself is damaged: what was read stands, the rest is reported
            damage = f"{type(exc).__name__}: {exc}"
    if damage:
        yield _error(f"{name}#{n + 1}", "E031", f"damaged WARC archive after record {n}: {damage}; the records "
                     "before it were read, the rest were not", name)
    finish_file(name, local, opts)
