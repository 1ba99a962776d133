"""Files, directories and standard input: which reader reads what, and :func:`read_articles`.

Text, JSON, JSONL and HTML are read here; WARC archives (:mod:`dyad.ingest.warc`), news-please JSON
(:mod:`dyad.ingest.newsplease`) and RSS/Atom feeds (:mod:`dyad.ingest.feeds`) by their own modules.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import IO, Callable, Iterator, Optional

from dyad.ingest import feeds, newsplease, warc
from dyad.ingest.articles import (IngestError, PathLike, ReadOptions, ReadSummary, _error, _make, _opt_str,
                                  _Undecodable, decode_text, html_article, normalize_date, reader_failure)
from dyad.records import Article, ExtractionError

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm") + warc.SUFFIXES + feeds.SUFFIXES

OnSkip = Callable[[Path, str], None]
"""``on_skip(path, reason)``: told about each file or folder of a directory that is not read as an input."""

log = logging.getLogger("dyad.ingest")


def _log_skip(path: Path, reason: str) -> None:
    log.info("skipped: %s (%s)", path, reason)


def _kind(path: PathLike) -> str:
    """The suffix that decides how a file is read: ``'.warc.gz'`` for ``crawl.warc.gz``, else the last."""
    name = Path(path).name.lower()
    for long in (s for s in SUFFIXES if s.count(".") > 1):
        if name.endswith(long):
            return long
    return Path(name).suffix


def is_readable_name(path: PathLike) -> bool:
    """True when ``path``'s suffix is one Dyad reads (``SUFFIXES``, any case) or it has none (plain text)."""
    suffix = _kind(path)
    return suffix == "" or suffix in SUFFIXES


def _from_mapping(obj: object, *, origin: str, fallback_id: Optional[str], opts: ReadOptions,
                  meta: Optional[dict] = None) -> Article | ExtractionError:
    """One Article from a decoded JSON value (a JSONL line or a ``.json`` file): Dyad's fields
    (``id, text, published, url, source, language``) or a news-please record (``maintext``, ...)."""
    if not isinstance(obj, dict):
        return _error(fallback_id or origin, "E001", f"expected a JSON object, got {type(obj).__name__}", origin)
    name = "text"
    if newsplease.is_record(obj):
        obj, name = newsplease.as_fields(obj), "maintext"
    given_id = _opt_str(obj.get("id"))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else ("empty" if isinstance(text, str) else f"a {type(text).__name__}")
        return _error(given_id or fallback_id or origin, "E002", f"'{name}' is {what}; each article needs text",
                      origin)
    fields = dict(meta or {})
    for key in ("published", "url", "source", "language"):
        if key in obj:
            fields[key] = obj[key]
    if "url" not in obj and "source_url" in obj:
        fields["url"] = obj["source_url"]
    return _make(text, given_id=given_id, fallback_id=fallback_id, origin=origin,
                 published=fields.get("published"), url=fields.get("url"), source=fields.get("source"),
                 default_published=opts.default_published, max_chars=opts.max_chars,
                 language=fields.get("language"))


def _read_text(path: Path, origin: str, file_id: str, *, allow_cp1252: bool = True) -> str | ExtractionError:
    """A file's text, or its one error: E005 unreadable, E004 binary or undecodable."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return _error(file_id, "E005", f"cannot read file: {e.strerror or e}", origin)
    try:
        return decode_text(data, allow_cp1252=allow_cp1252)
    except _Undecodable as e:
        return _error(file_id, "E004", str(e), origin)


def _read_txt(path: Path, origin: str, file_id: str, opts: ReadOptions,
              meta: Optional[dict] = None) -> Article | ExtractionError:
    text = _read_text(path, origin, file_id)
    if isinstance(text, ExtractionError):
        return text
    if not text.strip():
        return _error(file_id, "E002", "the file holds no text", origin)
    meta = meta or {}
    return _make(text, given_id=None, fallback_id=file_id, origin=origin, published=meta.get("published"),
                 url=meta.get("url") or meta.get("source_url"), source=meta.get("source"),
                 default_published=opts.default_published, max_chars=opts.max_chars)


def _read_json(path: Path, origin: str, file_id: str, opts: ReadOptions) -> Article | ExtractionError:
    text = _read_text(path, origin, file_id, allow_cp1252=False)
    if isinstance(text, ExtractionError):
        return text
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return _error(file_id, "E001", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}", origin)
    return _from_mapping(obj, origin=origin, fallback_id=file_id, opts=opts)


def _read_html(path: Path, origin: str, file_id: str, opts: ReadOptions) -> Article | ExtractionError:
    html = _read_text(path, origin, file_id)
    if isinstance(html, ExtractionError):
        return html
    return html_article(html, article_id=file_id, origin=origin, default_published=opts.default_published,
                        max_chars=opts.max_chars)


def _iter_jsonl_lines(lines: Iterator[bytes], name: str, opts: ReadOptions,
                      first_line_no: int = 1) -> Iterator[Article | ExtractionError]:
    for line_no, raw in enumerate(lines, first_line_no):
        origin = f"{name}:{line_no}"
        if not raw.strip():
            continue
        try:
            line = decode_text(raw, allow_cp1252=False)  # utf-8-sig: a BOM on line 1 is dropped
            obj = json.loads(line)
        except _Undecodable as e:
            yield _error(origin, "E004", str(e), origin)
            continue
        except json.JSONDecodeError as e:
            yield _error(origin, "E001", f"malformed JSON line: {e.msg} at column {e.colno}", origin)
            continue
        try:
            yield _from_mapping(obj, origin=origin, fallback_id=None, opts=opts)
        except Exception as exc:  # one line's failure is its error record
            yield reader_failure(origin, exc, origin)


def _read_jsonl(path: Path, origin: str, opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    try:
        with path.open("rb") as fh:  # streamed line by line; never the whole file in memory
            yield from _iter_jsonl_lines(iter(fh), origin, opts)
    except OSError as e:
        yield _error(origin, "E005", f"cannot read file: {e.strerror or e}", origin)


def _read_file(path: Path, origin: str, file_id: str, opts: ReadOptions,
               meta: Optional[dict] = None) -> Iterator[Article | ExtractionError]:
    kind = _kind(path)
    if kind == ".jsonl":
        yield from _read_jsonl(path, origin, opts)
        return
    if kind in warc.SUFFIXES:
        yield from warc.read_warc(path, origin, opts)
        return
    if kind in feeds.SUFFIXES:
        yield from feeds.read_feed(path, origin, opts)
        return
    reader = {".json": _read_json, ".html": _read_html, ".htm": _read_html}.get(kind)
    try:
        if reader is None:
            yield _read_txt(path, origin, file_id, opts, meta)
        else:
            yield reader(path, origin, file_id, opts)
    except Exception as exc:  # one input's failure is its error record, never the end of the batch
        yield reader_failure(file_id, exc, origin)


def _sidecar(json_path: Path) -> Optional[dict]:
    """The metadata of a ``.json`` without ``text`` beside a same-named ``.txt`` (the news-dev layout:
    ``NN-slug.txt`` is the article, ``NN-slug.json`` its gold with ``published`` and ``source_url``)."""
    if not json_path.with_suffix(".txt").is_file():
        return None
    try:
        obj = json.loads(json_path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(obj, dict) and "text" not in obj:
        return obj
    return None


def _walk(root: Path, on_skip: OnSkip) -> list[Path]:
    """The input files under ``root``, sorted by relative path; ``on_skip`` hears of every other entry."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for d in sorted(d for d in dirnames if d.startswith(".")):
            on_skip(here / d, "hidden folder")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = here / name
            if name.startswith("."):
                on_skip(path, "hidden file")
            elif not is_readable_name(path):
                on_skip(path, f"unsupported file type {path.suffix!r}")
            else:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _read_directory(root: Path, files: list[Path], sidecars: dict[Path, dict],
                    opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    for path in files:
        stem = path.with_suffix("")
        rel = path.relative_to(root)
        meta = sidecars.get(stem) if path.suffix.lower() == ".txt" else None
        yield from _read_file(path, str(path), rel.with_suffix("").as_posix(), opts, meta)


def _list_directory(root: Path, on_skip: OnSkip) -> tuple[list[Path], dict[Path, dict]]:
    """The inputs of a directory and the sidecar metadata of its ``.txt`` files (by path without suffix);
    a ``.json`` that is a sidecar is reported to ``on_skip`` and is not an input."""
    files = _walk(root, on_skip)
    sidecars = {p.with_suffix(""): meta for p in files if p.suffix.lower() == ".json"
                for meta in [_sidecar(p)] if meta is not None}
    inputs = []
    for path in files:
        if path.suffix.lower() == ".json" and path.with_suffix("") in sidecars:
            on_skip(path, f"metadata of {path.with_suffix('.txt').name}")
        else:
            inputs.append(path)
    return inputs, sidecars


def _read_stdin(stream: IO, opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    """JSONL when the first non-empty line is a JSON object with ``text``; else one plain-text article.

    Deciding on the first line keeps JSONL streaming; a later malformed line is then an E001 error, as it
    is in a ``.jsonl`` file.
    """
    buffer = getattr(stream, "buffer", stream)
    head: list[bytes] = []
    for raw in buffer:
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        head.append(raw)
        if raw.strip():
            break
    first = head[-1] if head else b""
    is_jsonl = False
    try:
        obj = json.loads(first.lstrip(b"\xef\xbb\xbf").decode("utf-8"))
        is_jsonl = isinstance(obj, dict) and "text" in obj
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    rest = (r.encode("utf-8") if isinstance(r, str) else r for r in buffer)
    if is_jsonl:
        yield from _iter_jsonl_lines(iter([first]), "-", opts, first_line_no=len(head))
        yield from _iter_jsonl_lines(rest, "-", opts, first_line_no=len(head) + 1)
        return
    data = b"".join(head) + b"".join(rest)
    try:
        text = decode_text(data)
    except _Undecodable as e:
        yield _error("-", "E004", str(e), "-")
        return
    if not text.strip():
        yield _error("-", "E002", "standard input holds no text", "-")
        return
    yield _make(text, given_id=None, fallback_id=None, origin="-", published=None, url=None, source=None,
                default_published=opts.default_published, max_chars=opts.max_chars)


def _since(items: Iterator[Article | ExtractionError], opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    """Drop (and count) the articles published before ``opts.since``; articles without a date are kept."""
    for item in items:
        if opts.since and isinstance(item, Article) and item.published and item.published < opts.since:
            opts.summary.skip("published before --since")
            continue
        yield item


def read_articles(source: PathLike, *, default_published: Optional[str] = None,
                  max_chars: Optional[int] = 2_000_000, on_skip: Optional[OnSkip] = None,
                  since: Optional[str] = None, timeout: float = 10.0,
                  summary: Optional[ReadSummary] = None) -> Iterator[Article | ExtractionError]:
    """Stream articles from ``source``: a ``.txt``, ``.json``, ``.jsonl`` or ``.html``/``.htm`` file, a
    WARC archive (``.warc``, ``.warc.gz``), an RSS or Atom feed (``.rss``, ``.atom``, or an ``http(s)://``
    URL), a file without a suffix (read as plain text), a directory (recursively, sorted by relative
    path), or ``"-"`` for stdin. ``.json`` and ``.jsonl`` may hold news-please records (``maintext``).

    Yields exactly one Article or one ExtractionError per input: per non-blank JSONL line, per file, per
    HTML page of a WARC, per feed item, or for stdin's text. WARC records that hold no article (requests,
    revisits, metadata, non-HTML or non-200 responses) and articles published before ``since`` (ISO
    date) get no record: they are counted in ``summary`` (a :class:`ReadSummary`, filled while the
    iterator is consumed) and each file's counts are logged at INFO on the ``dyad.ingest`` logger.
    Every article passes the language rule (:mod:`dyad.ingest.language`): a non-English one becomes an
    ``E030`` error record. ``default_published`` (ISO date) fills ``published`` where the input has none.
    ``max_chars`` cuts longer texts with :func:`truncate_text` (None: never). ``timeout``: seconds per
    network operation when fetching a feed or its pages. A ``.json`` without ``text``
    next to a same-named ``.txt`` is that text's metadata (``published``, ``url`` or ``source_url``,
    ``source``), in a directory and for a ``.txt`` named on its own; in a directory it is not an input.

    One rule for file names, at the top and inside a directory: the suffixes above (any case) are read by
    their kind, a name without a suffix (``README``, ``0001``) as plain text, and any other suffix
    (``.pdf``, ``.md``) is not read. In a directory such a file is skipped, as are hidden files and
    folders (names starting with ``.``) and sidecar ``.json`` files: the directory is listed when
    ``read_articles`` is called, and each skipped entry is passed to ``on_skip(path, reason)``, by default
    logged at INFO on the ``dyad.ingest`` logger as ``skipped: PATH (REASON)`` (the CLI prints these on
    stderr). A file given by name is read even when hidden.

    Raises IngestError when ``source`` does not exist or is a file with an unsupported suffix, and
    ValueError for a bad ``default_published`` or ``since``.

    Example: ``for a in read_articles("crawl.warc.gz", since="2024-01-01"): print(a.id, a.url)``
    """
    opts = ReadOptions(default_published=normalize_date(default_published), max_chars=max_chars,
                       since=normalize_date(since), timeout=timeout,
                       summary=summary if summary is not None else ReadSummary())
    return _since(_source(source, opts, on_skip), opts)


def _source(source: PathLike, opts: ReadOptions, on_skip: Optional[OnSkip]) -> Iterator[Article | ExtractionError]:
    """The reader of ``source``; raises IngestError now (not when first iterated) for a bad source."""
    if str(source) == "-":
        return _read_stdin(sys.stdin, opts)
    if feeds.is_url(str(source)):
        return feeds.read_feed(str(source), str(source), opts)
    path = Path(source)
    if path.is_dir():
        files, sidecars = _list_directory(path, on_skip or _log_skip)
        return _read_directory(path, files, sidecars, opts)
    if not path.exists():
        raise IngestError(f"{path}: no such file or directory")
    if not path.is_file():
        raise IngestError(f"{path}: not a regular file or directory")
    if not is_readable_name(path):
        raise IngestError(f"{path}: unsupported file type {path.suffix!r}; Dyad reads {', '.join(SUFFIXES)} "
                          "files and files without a suffix (as plain text), and feed URLs; pipe other text "
                          "to standard input (-)")
    meta = _sidecar(path.with_suffix(".json")) if _kind(path) == ".txt" else None
    return _read_file(path, str(path), path.stem, opts, meta)
