"""Read articles from text, JSON, JSONL, HTML, WARC archives, news-please output, RSS/Atom feeds, a
directory of those, or stdin.

``read_articles(source)`` streams one :class:`~dyad.records.Article` or one
:class:`~dyad.records.ExtractionError` per input (a JSONL line, a file, a page of a WARC, a feed item, or
stdin as one text), so that ``articles + errors == inputs`` and one bad input never stops a run. What is
no input (a WARC request record, an image, a 404 capture, an item older than ``since``) gets no record
but is counted in a :class:`ReadSummary` and logged, never dropped silently. Error codes (stage
``"ingest"``):

- ``E001`` malformed JSON: a JSONL line or ``.json`` file that is not one JSON object;
- ``E002`` no text: ``text`` (news-please: ``maintext``) missing, not a string, or blank; an HTML page
  (a file, a WARC record, a feed item's page) with no article text;
- ``E003`` bad ``published`` date: not ISO ``YYYY-MM-DD`` (an ISO datetime is accepted), or impossible
  (``2023-02-30``); the article is skipped, as a wrong date would misplace all its relative dates;
- ``E004`` undecodable bytes: binary data (NUL bytes, mostly control characters), or bytes that are
  neither UTF-8 nor cp1252. JSON and JSONL must be UTF-8 (RFC 8259); plain text and HTML fall back to
  cp1252/Latin-1 when UTF-8 fails and the bytes are valid cp1252;
- ``E005`` unreadable file (permissions, vanished while reading).
- ``E006`` the reader itself failed on this input (a missing optional dependency, a bug in an HTML
  extractor): the message names the exception and what to do; the other inputs are still read.
- ``E030`` not English: the language rule (:mod:`dyad.ingest.language`) found another language; the
  message names it and the detector's confidence (or says the input declared it);
- ``E031`` damaged WARC archive: reading stopped at the byte offset named; earlier records were read;
- ``E032`` a feed that cannot be fetched (HTTP error, timeout) or is no RSS/Atom feed.

Ids: the input's ``id`` (news-please: its ``url``; a WARC page: its ``WARC-Target-URI``; a feed item: its
``guid``/``id``, else its link); else, for a file, its path relative to the directory given (or its name
when a file was given) without the suffix, e.g. ``"2023/oct/cohen"``; else ``"sha1:" + sha1(text)[:16]``.

Text is kept as read. Above ``max_chars`` (a memory guard, 2M characters by default) it is cut by
:func:`truncate_text`; the pipeline calls :func:`truncate_text` again with its own, smaller cap and sets
``ArticleResult.truncated``, so that flag is right whenever the pipeline cap is at most ``max_chars``.

Parts: :mod:`~dyad.ingest.articles` (records, ids, dates, decoding, HTML), :mod:`~dyad.ingest.files`
(files, directories, stdin, :func:`read_articles`), :mod:`~dyad.ingest.warc`,
:mod:`~dyad.ingest.newsplease`, :mod:`~dyad.ingest.feeds`, :mod:`~dyad.ingest.language`.
"""

from dyad.ingest.articles import (STAGE, IngestError, ReadOptions, ReadSummary, article_id_for, decode_text,
                                  html_article, normalize_date, reader_failure, text_sha1, truncate_text)
from dyad.ingest.files import SUFFIXES, OnSkip, is_readable_name, read_articles

__all__ = ["STAGE", "SUFFIXES", "IngestError", "OnSkip", "ReadOptions", "ReadSummary", "article_id_for",
           "decode_text", "html_article", "is_readable_name", "normalize_date", "read_articles",
           "reader_failure", "text_sha1", "truncate_text"]
