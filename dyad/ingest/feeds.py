"""RSS and Atom feeds (``.rss``/``.atom`` files or ``http(s)://`` URLs): each item's linked page, read as an
article.

The feed is parsed by feedparser from bytes Dyad fetched itself (feedparser never goes to the network).
Each item is one input: its ``link`` is fetched (urllib, a timeout per network operation, a User-Agent
naming Dyad, one request at a time) and extracted by trafilatura (:func:`html_article`); when the page
cannot be fetched (HTTP error, timeout, not HTML) or yields no text, the item's own content or summary
(with its title) is coded instead, a warning on the ``dyad.ingest`` logger says so, and the run's
:class:`ReadSummary` counts it. The id is the item's ``id``/``guid``, else its link; ``published`` the
page's date, else the item's; ``source`` the page's site name, else the feed's title. With ``since``,
items the feed dates before it are skipped before anything is fetched (counted). A feed that cannot be
fetched or parsed is one ``E032`` error record.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator, Optional, Union

from dyad import __version__
from dyad.ingest.articles import (ReadOptions, ReadSummary, _error, _make, _Undecodable, decode_text,
                                  finish_file, html_article, log, reader_failure)
from dyad.records import Article, ExtractionError

SUFFIXES = (".rss", ".atom")
USER_AGENT = f"Dyad/{__version__} (news event coder; fetches a feed's articles one at a time)"
MAX_BYTES = 20_000_000
"""A page or feed larger than this is not read (a memory guard)."""
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A URL could not be fetched: the message says why (``HTTP 404``, ``timed out``)."""


def is_url(source: str) -> bool:
    return bool(re.match(r"https?://", source, re.I))


def fetch(url: str, *, timeout: float) -> tuple[bytes, str]:
    """``(body, content type)`` of a 200 answer from ``url``; raises FetchError otherwise."""
    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status != 200:
                raise FetchError(f"HTTP {response.status}")
            body = response.read(MAX_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        raise FetchError(f"HTTP {e.code}") from None
    except urllib.error.URLError as e:
        raise FetchError(f"{e.reason}") from None
    except (TimeoutError, OSError) as e:  # socket.timeout is TimeoutError
        raise FetchError("timed out" if isinstance(e, TimeoutError) else str(e)) from None
    if len(body) > MAX_BYTES:
        raise FetchError(f"larger than {MAX_BYTES:,} bytes")
    return body, content_type


def _day(entry, *keys: str) -> Optional[str]:
    for key in keys:
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _plain(html: str) -> str:
    """Text of an HTML fragment (a feed's summary), paragraphs kept apart."""
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    return "\n\n".join(p.strip() for p in root.text_content().split("\n\n") if p.strip())


def _feed_text(entry) -> str:
    """Title, then the fullest text the item carries (``content``, else ``summary``)."""
    bodies = [c.get("value", "") for c in entry.get("content") or []] + [entry.get("summary") or ""]
    body = max((_plain(b) for b in bodies), key=len, default="")
    title = (entry.get("title") or "").strip()
    parts = [title] if title and not body.startswith(title) else []
    return "\n\n".join(parts + ([body] if body else []))


def _page(link: str, *, article_id: str, origin: str, source: Optional[str], published: Optional[str],
          opts: ReadOptions) -> Article | ExtractionError:
    """The linked page as an article; raises FetchError when it cannot be fetched or is not HTML."""
    body, content_type = fetch(link, timeout=opts.timeout)
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        raise FetchError(f"not an HTML page ({mime})")
    try:
        html = decode_text(body)
    except _Undecodable as e:
        raise FetchError(str(e)) from None
    return html_article(html, article_id=article_id, origin=origin, url=link, source=source,
                        default_published=published or opts.default_published, max_chars=opts.max_chars)


def _item(entry, origin: str, feed_title: Optional[str], opts: ReadOptions,
          local: ReadSummary) -> Article | ExtractionError | None:
    link = (entry.get("link") or "").strip() or None
    article_id = (entry.get("id") or "").strip() or link or origin
    published = _day(entry, "published_parsed", "updated_parsed")
    if opts.since and published and published < opts.since:
        local.skip("feed item dated before --since")
        return None
    why = "the item has no link"
    if link:
        try:
            page = _page(link, article_id=article_id, origin=origin, source=feed_title, published=published,
                         opts=opts)
            if isinstance(page, Article) or page.code != "E002":
                return page
            why = "no article text found in the page"
        except FetchError as e:
            why = str(e)
    text = _feed_text(entry)
    if not text.strip():
        return _error(article_id, "E002", f"the feed item has no text and its page could not be read ({why})",
                      origin)
    log.warning("warning: %s: page %s could not be read (%s); coded the feed's own summary of it instead",
                origin, link or "-", why)
    local.note("feed items coded from their summary (page unreadable)")
    return _make(text, given_id=article_id, fallback_id=None, origin=origin, published=published, url=link,
                 source=feed_title, default_published=opts.default_published, max_chars=opts.max_chars)


def read_feed(source: Union[str, Path], name: str, opts: ReadOptions) -> Iterator[Article | ExtractionError]:
    """Every item of the feed at ``source`` (a file path or an http(s) URL); ``name`` starts each origin
    (``news.rss#3``: the third item)."""
    import feedparser

    local = ReadSummary()
    try:
        data = fetch(source, timeout=opts.timeout)[0] if is_url(str(source)) else Path(source).read_bytes()
    except FetchError as e:
        yield _error(name, "E032", f"cannot fetch the feed: {e}", name)
        return
    except OSError as e:
        yield _error(name, "E005", f"cannot read file: {e.strerror or e}", name)
        return
    feed = feedparser.parse(data)
    if not feed.entries and (feed.bozo or not feed.get("version")):
        reason = feed.get("bozo_exception") or "no RSS or Atom items found"
        yield _error(name, "E032", f"not a readable RSS or Atom feed: {reason}", name)
        return
    feed_title = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        origin = f"{name}#{n}"
        try:
            item = _item(entry, origin, feed_title, opts, local)
        except Exception as exc:  # one item's failure is its error record; the feed goes on
            item = reader_failure(entry.get("link") or origin, exc, origin)
        if item is not None:
            yield item
    finish_file(name, local, opts)
