"""Making records: an input becomes one :class:`~dyad.records.Article` or one
:class:`~dyad.records.ExtractionError` here, whichever reader found it (files, WARC, news-please, feeds).

Shared by every reader: ids, ISO dates, byte decoding, HTML extraction, the language rule
(:mod:`dyad.ingest.language`) and :class:`ReadSummary`, the count of what a read passed over.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections import Counter
from datetime import date, datetime
from dataclasses import dataclass, field
from typing import Optional, Union

from dyad.ingest.language import judge
from dyad.records import Article, ExtractionError

STAGE = "ingest"

PathLike = Union[str, "os.PathLike[str]"]

log = logging.getLogger("dyad.ingest")


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


def _make(text: str, *, given_id: Optional[str], fallback_id: Optional[str], origin: str, published: object,
          url: object, source: object, default_published: Optional[str],
          max_chars: Optional[int], language: object = None) -> Article | ExtractionError:
    """The one place every reader turns text into a record: id, date check (E003), the language rule
    (E030), the memory cap. ``language``: the language the input declares, if any."""
    article_id = given_id or fallback_id or article_id_for(text)
    try:
        day = normalize_date(published)
    except ValueError as e:
        return _error(article_id, "E003", f"{e}; give an ISO date such as 2023-10-28, or leave it out", origin)
    if max_chars is not None:
        text, _ = truncate_text(text, max_chars)
    verdict = judge(text, declared=language)
    if not verdict.english:
        how = ("declared by the input" if verdict.confidence is None
               else f"detected, confidence {verdict.confidence:.2f}")
        return _error(article_id, "E030", f"not English: language {verdict.language} ({how}); Dyad codes "
                      "English news only, so the article is not coded", origin)
    return Article(id=article_id, text=text, published=day or default_published, url=_opt_str(url),
                   source=_opt_str(source), origin=origin, language=verdict.language)


def html_article(html: str | bytes, *, article_id: Optional[str] = None, origin: str = "-",
                 default_published: Optional[str] = None, max_chars: Optional[int] = 2_000_000,
                 url: Optional[str] = None, source: Optional[str] = None) -> Article | ExtractionError:
    """An Article from an HTML page: main text by ``trafilatura.extract`` (scripts, navigation and
    boilerplate dropped), paragraphs separated by blank lines, the title as the first paragraph; the
    page's date, site name and canonical URL from trafilatura's metadata where present. ``url`` (where
    the page was fetched from) wins over the canonical URL; ``source`` is used when the page names no
    site; ``default_published`` when the page gives no date."""
    import trafilatura  # slow import; only HTML needs it

    body = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not body or not body.strip():
        return _error(article_id or url or origin, "E002", "no article text found in the HTML page", origin)
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
                 url=url or (meta.url if meta else None), source=(meta.sitename if meta else None) or source,
                 default_published=default_published, max_chars=max_chars)


@dataclass
class ReadSummary:
    """What a read passed over, counted by reason, so that nothing is dropped silently.

    skipped: inputs that are no article and so get no record (a WARC request or revisit record, an
    image, a 404 page, a feed item older than ``since``); notes: articles read in a second-best way
    (a feed item coded from its summary because its page could not be fetched).
    """

    skipped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def note(self, what: str) -> None:
        self.notes[what] += 1

    def merge(self, other: "ReadSummary") -> None:
        self.skipped.update(other.skipped)
        self.notes.update(other.notes)

    def __bool__(self) -> bool:
        return bool(self.skipped or self.notes)

    def describe(self) -> str:
        """``'skipped 7 (request record: 3, HTTP status 404: 2, ...); feed item coded from its summary: 1'``"""
        parts = []
        if self.skipped:
            parts.append(f"skipped {sum(self.skipped.values())} ("
                         + ", ".join(f"{why}: {n}" for why, n in self.skipped.most_common()) + ")")
        if self.notes:
            parts.append(", ".join(f"{what}: {n}" for what, n in self.notes.most_common()))
        return "; ".join(parts) or "nothing skipped"


def reader_failure(article_id: str, exc: BaseException, origin: str) -> ExtractionError:
    """E006 for an exception raised while reading one input: it becomes that input's error record (the
    rest of the batch is read), with a message that says what to do about it."""
    if isinstance(exc, ImportError):
        advice = ("a library Dyad needs to read this input is missing or broken; reinstall Dyad "
                  "(pip install -e .) so that its dependencies are installed")
    else:
        advice = "the reader failed on this input; report it with the file attached"
    return _error(article_id, "E006", f"{type(exc).__name__}: {exc}; {advice}", origin)




@dataclass(frozen=True)
class ReadOptions:
    """How one :func:`~dyad.ingest.read_articles` call reads, handed to every reader it uses.

    default_published: ISO date for articles that give none; max_chars: memory cap (None: none);
    since: ISO date, articles published before it are skipped; timeout: seconds per network operation
    when fetching feeds and their pages; summary: where the readers count what they pass over.
    """

    default_published: Optional[str] = None
    max_chars: Optional[int] = 2_000_000
    since: Optional[str] = None
    timeout: float = 10.0
    summary: ReadSummary = field(default_factory=ReadSummary)


def finish_file(name: str, local: ReadSummary, opts: ReadOptions) -> None:
    """Add one file's counts to the run's summary and log them (the CLI prints the line on stderr)."""
    opts.summary.merge(local)
    if local:
        log.info("read %s: %s", name, local.describe())
