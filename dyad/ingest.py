"""Read articles from text, JSON, JSONL, HTML, a directory of those, or stdin.

``read_articles(source)`` streams one :class:`~dyad.records.Article` or one
:class:`~dyad.records.ExtractionError` per input (a JSONL line, a file, or stdin as one text), so that
``articles + errors == inputs`` and one bad input never stops a run. Error codes (stage ``"ingest"``):

- ``E001`` malformed JSON: a JSONL line or ``.json`` file that is not one JSON object;
- ``E002`` no text: ``text`` missing, not a string, or blank; an HTML page with no article text;
- ``E003`` bad ``published`` date: not ISO ``YYYY-MM-DD`` (an ISO datetime is accepted), or impossible
  (``2023-02-30``); the article is skipped, as a wrong date would misplace all its relative dates;
- ``E004`` undecodable bytes: binary data (NUL bytes, mostly control characters), or bytes that are
  neither UTF-8 nor cp1252. JSON and JSONL must be UTF-8 (RFC 8259); plain text and HTML fall back to
  cp1252/Latin-1 when UTF-8 fails and the bytes are valid cp1252;
- ``E005`` unreadable file (permissions, vanished while reading).
- ``E006`` the reader itself failed on this input (a missing optional dependency, a bug in an HTML
  extractor): the message names the exception and what to do; the other inputs are still read.

Ids: the input's ``id``; else, for a file, its path relative to the directory given (or its name when a
file was given) without the suffix, e.g. ``"2023/oct/cohen"``; else ``"sha1:" + sha1(text)[:16]``.

Text is kept as read. Above ``max_chars`` (a memory guard, 2M characters by default) it is cut by
:func:`truncate_text`; the pipeline calls :func:`truncate_text` again with its own, smaller cap and sets
``ArticleResult.truncated``, so that flag is right whenever the pipeline cap is at most ``max_chars``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO, Callable, Iterator, Optional, Union

from dyad.records import Article, ExtractionError

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
STAGE = "ingest"

PathLike = Union[str, "os.PathLike[str]"]
OnSkip = Callable[[Path, str], None]
"""``on_skip(path, reason)``: told about each file or folder of a directory that is not read as an input."""

log = logging.getLogger(__name__)


def _log_skip(path: Path, reason: str) -> None:
    log.info("skipped: %s (%s)", path, reason)


def is_readable_name(path: PathLike) -> bool:
    """True when ``path``'s suffix is one Dyad reads (``SUFFIXES``, any case) or it has none (plain text)."""
    suffix = Path(path).suffix.lower()
    return suffix == "" or suffix in SUFFIXES


class IngestError(Exception):
    """The source as a whole cannot be read (it does not exist, or is not a supported kind of file)."""


def text_sha1(text: str) -> str:
    """sha1 hex digest of the UTF-8 text: the identity of an article's content (``ArticleResult.text_sha1``)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """The id of an article that came with none: ``"sha1:" + sha1(text)[:16]``."""
    return "sha1:" + text_sha1(text)[:16]


# A sentence end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


def truncate_text(text: str, max_chars: int) -> tuple[str, bool]:
    """Cut ``text`` to at most ``max_chars`` characters at a paragraph or sentence boundary.

    Returns ``(text, False)`` when it fits, else ``(prefix, True)``. The prefix is a prefix of ``text``, so
    character offsets computed on it are valid in the full text. The cut is the last paragraph break
    (blank line) in the second half of the window, else the last sentence end there, else the last
    whitespace, else exactly ``max_chars`` (one enormous word).
    """
    if max_chars <= 0:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    if len(text) <= max_chars:
        return text, False
    window = text[:max_chars]
    half = max_chars // 2
    cut = window.rfind("\n\n")
    if cut < half:
        ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
        cut = ends[-1] if ends else -1
    if cut < half:
        cut = max(window.rfind(" "), window.rfind("\n"))
    if cut < half:
        cut = max_chars
    return window[:cut].rstrip(), True


def normalize_date(value: object) -> Optional[str]:
    """``'2023-10-28'`` from an ISO date or datetime (``'2023-10-28T09:30:00Z'``); None for None/blank.

    Raises ValueError for anything else, including impossible dates such as ``2023-02-30``.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, got {type(value).__name__} {value!r}")
    s = value.strip()
    if not s:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return date.fromisoformat(s).isoformat()
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]", s):
        return datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00")).date().isoformat()
    raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)")


# --------------------------------------------------------------------------------------------- decoding

class _Undecodable(ValueError):
    pass


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:8192]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and control / len(sample) > 0.1


def decode_text(data: bytes, *, allow_cp1252: bool = True) -> str:
    """Decode file bytes: UTF-8 (a BOM is dropped), else cp1252 when allowed; raise for binary data."""
    if _looks_binary(data):
        raise _Undecodable("binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    if allow_cp1252:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        raise _Undecodable(f"neither UTF-8 nor cp1252/Latin-1 ({utf8_error.reason} at byte {utf8_error.start});"
                           " convert the file to UTF-8")
    raise _Undecodable(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); JSON must be UTF-8")


# --------------------------------------------------------------------------------------------- records

def _error(article_id: str, code: str, message: str, origin: str) -> ExtractionError:
    return ExtractionError(article_id=article_id, stage=STAGE, code=code, message=f"[{code}] {message}",
                           source=origin)


def _opt_str(value: object) -> Optional[str]:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _from_mapping(obj: object, *, origin: str, fallback_id: Optional[str], default_published: Optional[str],
                  max_chars: Optional[int], meta: Optional[dict] = None) -> Article | ExtractionError:
    """One Article from a decoded JSON value (a JSONL line or a ``.json`` file)."""
    if not isinstance(obj, dict):
        return _error(fallback_id or origin, "E001", f"expected a JSON object, got {type(obj).__name__}", origin)
    given_id = _opt_str(obj.get("id"))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else ("empty" if isinstance(text, str) else f"a {type(text).__name__}")
        return _error(given_id or fallback_id or origin, "E002", f"'text' is {what}; each article needs text",
                      origin)
    fields = dict(meta or {})
    for key in ("published", "url", "source"):
        if key in obj:
            fields[key] = obj[key]
    if "url" not in obj and "source_url" in obj:
        fields["url"] = obj["source_url"]
    return _make(text, given_id=given_id, fallback_id=fallback_id, origin=origin,
                 published=fields.get("published"), url=fields.get("url"), source=fields.get("source"),
                 default_published=default_published, max_chars=max_chars)


def _make(text: str, *, given_id: Optional[str], fallback_id: Optional[str], origin: str, published: object,
          url: object, source: object, default_published: Optional[str],
          max_chars: Optional[int]) -> Article | ExtractionError:
    article_id = given_id or fallback_id or article_id_for(text)
    try:
        day = normalize_date(published)
    except ValueError as e:
        return _error(article_id, "E003", f"{e}; give an ISO date such as 2023-10-28, or leave it out", origin)
    if max_chars is not None:
        text, _ = truncate_text(text, max_chars)
    return Article(id=article_id, text=text, published=day or default_published, url=_opt_str(url),
                   source=_opt_str(source), origin=origin)


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


def _read_txt(path: Path, origin: str, file_id: str, default_published, max_chars,
              meta: Optional[dict] = None) -> Article | ExtractionError:
    text = _read_text(path, origin, file_id)
    if isinstance(text, ExtractionError):
        return text
    if not text.strip():
        return _error(file_id, "E002", "the file holds no text", origin)
    meta = meta or {}
    return _make(text, given_id=None, fallback_id=file_id, origin=origin, published=meta.get("published"),
                 url=meta.get("url") or meta.get("source_url"), source=meta.get("source"),
                 default_published=default_published, max_chars=max_chars)


def _read_json(path: Path, origin: str, file_id: str, default_published, max_chars) -> Article | ExtractionError:
    text = _read_text(path, origin, file_id, allow_cp1252=False)
    if isinstance(text, ExtractionError):
        return text
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return _error(file_id, "E001", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}", origin)
    return _from_mapping(obj, origin=origin, fallback_id=file_id, default_published=default_published,
                         max_chars=max_chars)


def _read_html(path: Path, origin: str, file_id: str, default_published, max_chars) -> Article | ExtractionError:
    html = _read_text(path, origin, file_id)
    if isinstance(html, ExtractionError):
        return html
    return html_article(html, article_id=file_id, origin=origin, default_published=default_published,
                        max_chars=max_chars)


def html_article(html: str, *, article_id: Optional[str] = None, origin: str = "-",
                 default_published: Optional[str] = None,
                 max_chars: Optional[int] = 2_000_000) -> Article | ExtractionError:
    """An Article from an HTML page: main text by ``trafilatura.extract`` (scripts, navigation and
    boilerplate dropped), paragraphs separated by blank lines, the title as the first paragraph; the
    page's date, site name and canonical URL from trafilatura's metadata where present."""
    import trafilatura  # slow import; only HTML needs it

    body = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not body or not body.strip():
        return _error(article_id or origin, "E002", "no article text found in the HTML page", origin)
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "").strip() if meta else ""
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs) + "\n"
    published = None
    if meta and meta.date:
        try:
            published = normalize_date(meta.date)
        except ValueError:
            published = None  # trafilatura's guess; the page date is optional, so fall back to the default
    return _make(text, given_id=None, fallback_id=article_id, origin=origin, published=published,
                 url=meta.url if meta else None, source=meta.sitename if meta else None,
                 default_published=default_published, max_chars=max_chars)


def _iter_jsonl_lines(lines: Iterator[bytes], name: str, default_published, max_chars,
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
            yield _from_mapping(obj, origin=origin, fallback_id=None, default_published=default_published,
                                max_chars=max_chars)
        except Exception as exc:  # one line's failure is its error record
            yield reader_failure(origin, exc, origin)


def _read_jsonl(path: Path, origin: str, default_published, max_chars) -> Iterator[Article | ExtractionError]:
    try:
        with path.open("rb") as fh:  # streamed line by line; never the whole file in memory
            yield from _iter_jsonl_lines(iter(fh), origin, default_published, max_chars)
    except OSError as e:
        yield _error(origin, "E005", f"cannot read file: {e.strerror or e}", origin)


def reader_failure(article_id: str, exc: BaseException, origin: str) -> ExtractionError:
    """E006 for an exception raised while reading one input: it becomes that input's error record (the
    rest of the batch is read), with a message that says what to do about it."""
    if isinstance(exc, ImportError):
        advice = ("a library Dyad needs to read this input is missing or broken; reinstall Dyad "
                  "(pip install -e .) so that its dependencies are installed")
    else:
        advice = "the reader failed on this input; report it with the file attached"
    return _error(article_id, "E006", f"{type(exc).__name__}: {exc}; {advice}", origin)


def _read_file(path: Path, origin: str, file_id: str, default_published, max_chars,
               meta: Optional[dict] = None) -> Iterator[Article | ExtractionError]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, origin, default_published, max_chars)
        return
    reader = {".json": _read_json, ".html": _read_html, ".htm": _read_html}.get(suffix)
    try:
        if reader is None:
            yield _read_txt(path, origin, file_id, default_published, max_chars, meta)
        else:
            yield reader(path, origin, file_id, default_published, max_chars)
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


def _read_directory(root: Path, files: list[Path], sidecars: dict[Path, dict], default_published,
                    max_chars) -> Iterator[Article | ExtractionError]:
    for path in files:
        stem = path.with_suffix("")
        rel = path.relative_to(root)
        meta = sidecars.get(stem) if path.suffix.lower() == ".txt" else None
        yield from _read_file(path, str(path), rel.with_suffix("").as_posix(), default_published, max_chars, meta)


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


def _read_stdin(stream: IO, default_published, max_chars) -> Iterator[Article | ExtractionError]:
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
        yield from _iter_jsonl_lines(iter([first]), "-", default_published, max_chars, first_line_no=len(head))
        yield from _iter_jsonl_lines(rest, "-", default_published, max_chars, first_line_no=len(head) + 1)
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
                default_published=default_published, max_chars=max_chars)


def read_articles(source: PathLike, *, default_published: Optional[str] = None,
                  max_chars: Optional[int] = 2_000_000,
                  on_skip: Optional[OnSkip] = None) -> Iterator[Article | ExtractionError]:
    """Stream articles from ``source``: a ``.txt``, ``.json``, ``.jsonl`` or ``.html``/``.htm`` file, a
    file without a suffix (read as plain text), a directory (recursively, sorted by relative path), or
    ``"-"`` for stdin.

    Yields exactly one Article or one ExtractionError per input: per non-blank JSONL line, per file, or
    for stdin's text. ``default_published`` (ISO date) fills ``published`` where the input has none.
    ``max_chars`` cuts longer texts with :func:`truncate_text` (None: never). A ``.json`` without ``text``
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
    ValueError for a bad ``default_published``.

    Example: ``for a in read_articles("corpus/"): print(a.id)``
    """
    default_published = normalize_date(default_published)
    if str(source) == "-":
        return _read_stdin(sys.stdin, default_published, max_chars)
    path = Path(source)
    if path.is_dir():
        files, sidecars = _list_directory(path, on_skip or _log_skip)
        return _read_directory(path, files, sidecars, default_published, max_chars)
    if not path.exists():
        raise IngestError(f"{path}: no such file or directory")
    if not path.is_file():
        raise IngestError(f"{path}: not a regular file or directory")
    if not is_readable_name(path):
        raise IngestError(f"{path}: unsupported file type {path.suffix!r}; Dyad reads {', '.join(SUFFIXES)} "
                          "files and files without a suffix (as plain text); pipe other text to standard "
                          "input (-)")
    meta = _sidecar(path.with_suffix(".json")) if path.suffix.lower() == ".txt" else None
    return _read_file(path, str(path), path.stem, default_published, max_chars, meta)
