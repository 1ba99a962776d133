"""The pipeline: one article in, entities + quotations + events + counts out.

``extract`` reads as the list of stages: parse → actors → quotes → events → counts. ``extract_many``
streams a corpus through ``nlp.pipe`` (ids travel with texts) and turns any article that fails into an
:class:`ExtractionError` instead of stopping the batch.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import logging
import os
import sys
import threading
from typing import Callable, Iterable, Iterator, Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc

from dyad import actors as actors_stage
from dyad import counts as counts_stage
from dyad import events as events_stage
from dyad import quotes as quotes_stage
from dyad.ingest import article_id_for, text_sha1, truncate_text
from dyad.codebooks import ActorDictionary, VerbLexicon, actor_dictionary, verb_lexicon
from dyad.nlp import load_pipeline, quoted_ranges
from dyad.records import Article, ArticleResult, DateRef, ExtractionError
from dyad.temporal import NO_PUBLISHED_WARNING, needs_anchor, parse_published, resolve
from dyad.wire import Wire, detect

# Resource bounds, measured in benchmarks/bench_bounds.py (docs/reliability.md). The coding stages cost
# about 0.2 s per 1,000 characters of news text, and grow with the square of a sentence's length, so:
# an article is cut at DEFAULT_MAX_CHARS (about 30 s and 0.6 GB at the cap; 25 times a long news story),
# and no sentence is longer than MAX_SENTENCE_TOKENS (a 1M-character line with no sentence end took
# hours as one sentence; split, it codes at the speed of ordinary text).
DEFAULT_MAX_CHARS = 100_000
MAX_SENTENCE_TOKENS = 200
log = logging.getLogger("dyad")


class InputError(ValueError):
    """An article that cannot be coded as given (empty, binary, bad date); the message says why."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(f"[{code}] {message}")


class CodingError(RuntimeError):
    """A coding stage failed on an article that was valid input (a bug to report with the text)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(f"[{code}] {message}")


def bound_sentences(doc: Doc, nlp, max_tokens: int = MAX_SENTENCE_TOKENS) -> Doc:
    """``doc`` when no sentence is longer than ``max_tokens`` tokens; else the text parsed again with every
    sentence start of ``doc`` kept and a start forced into each over-long run, at most ``max_tokens`` tokens
    apart (after the last punctuation or space token in the second half of the window, else at the limit).

    Ordinary news never reaches the limit, so its parse is untouched; a run-on line (a table dump, text with
    no punctuation) is coded in bounded pieces instead of as one sentence whose coding cost is quadratic.
    """
    if all(len(sent) <= max_tokens for sent in doc.sents):
        return doc
    fresh = nlp.make_doc(doc.text)
    for sent in doc.sents:
        fresh[sent.start].is_sent_start = True
        start = sent.start
        while sent.end - start > max_tokens:
            limit = start + max_tokens
            cut = next((i + 1 for i in range(limit - 1, start + max_tokens // 2, -1)
                        if doc[i].is_punct or doc[i].is_space), limit)
            fresh[cut].is_sent_start = True
            start = cut
    return nlp(fresh)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError("E004", f"article text must be str, got {type(text).__name__}")
    if not text.strip():
        raise InputError("E002", "article text is empty or whitespace only")
    if "\x00" in text:
        raise InputError("E004", "article text holds NUL bytes: binary data, not text")
    return text


def wire_text(text: str) -> tuple[str, Wire]:
    """(the text to parse, the article's dateline and credits): agency copy has its dateline and credit
    lines blanked to spaces (:mod:`dyad.wire`), so no stage codes them and offsets stay those of ``text``."""
    wire = detect(text)
    return wire.mask(text), wire


def code_doc(doc: Doc, *, article_id: str, published: Optional[dt.date], url: Optional[str] = None,
             source: Optional[str] = None, truncated: bool = False,
             dictionary: Optional[ActorDictionary] = None, lexicon: Optional[VerbLexicon] = None,
             text: Optional[str] = None, wire: Optional[Wire] = None, wide_attribution: bool = False) -> ArticleResult:
    """Every stage after the parse, on one parsed article. ``wide_attribution``: report as indirect quotations
    also what an attribution corpus counts and the news gold does not: commitments ('vowed to retaliate'),
    rejected claims ('denied reports that ...'), 'made it clear that' (the 'wide' rows of cue_complements.tsv),
    one word quoted as a speaker's label ('called the strikers "saboteurs"'). ``text``: the article text, where
    the caller has it (Doc.text rebuilds it from every token). With ``wire`` (from :func:`wire_text`), ``doc`` was
    parsed from ``wire.mask(text)``: the stages read that masked text, the dateline's date fills a
    missing ``published`` (and so anchors relative dates), and the result records dateline and agency."""
    dictionary = dictionary or actor_dictionary()
    lexicon = lexicon or verb_lexicon()
    original = doc.text if text is None else text
    text = wire.mask(original) if wire is not None else original
    warnings = ["text truncated at the configured cap"] if truncated else []
    dateline_date = None
    if wire is not None and wire.month is not None:
        dateline_date, year_rule = wire.date_for(original, reference=published)
        if published is None and dateline_date is not None:
            published = dateline_date
            warnings.append(f"publication date {published.isoformat()} taken from the dateline "
                            f"{wire.date_text!r}" + (f" (year: {year_rule})" if year_rule else ""))
    quoted = quoted_ranges(text)
    index = actors_stage.resolve_actors(doc, dictionary=dictionary, published=published, quoted=quoted,
                                        home=wire.country if wire is not None else None,
                                        seat=wire.seat if wire is not None else None, text=text)
    finder = quotes_stage.QuoteFinder(doc, index, quoted, lexicon.speech_cues, text,  # per-Doc tables, read once
                                      wide_attribution=wide_attribution)
    quotes = quotes_stage.quotations(doc, index, quoted=quoted, cues=lexicon.speech_cues, text=text, finder=finder)
    attributions = quotes_stage.attributions(doc, index, quoted, text, finder=finder)
    events = events_stage.events(doc, index, lexicon=lexicon, published=published, quoted=quoted,
                                 article_id=article_id, attributions=attributions, quotations=quotes, text=text)
    counts = list(counts_stage.counts(doc))
    events, counts = link_counts(events, counts)
    dates = []
    unanchored = False
    for start_char, end_char in _date_entities(doc):
        expression = text[start_char:end_char]
        resolved = resolve(expression, published)
        unanchored = unanchored or (published is None and resolved is None and needs_anchor(expression))
        dates.append(DateRef(text=expression, date=resolved.isoformat() if resolved else None,
                             start_char=start_char, end_char=end_char))
    if unanchored or (published is None and any(e.date is None and e.date_text for e in events)):
        warnings.append(NO_PUBLISHED_WARNING)
    return ArticleResult(
        article_id=article_id, published=published.isoformat() if published else None, url=url, source=source,
        text_sha1=text_sha1(original), truncated=truncated, n_tokens=len(doc),
        dateline=wire.dateline_text if wire else None, dateline_place=wire.place if wire else None,
        dateline_country=wire.country if wire else None,
        dateline_date=dateline_date.isoformat() if dateline_date else None, agency=wire.agency if wire else None,
        entities=index.entities, actors=index.actors, quotes=quotes, events=events, counts=counts, dates=dates,
        warnings=warnings,
    )


def link_counts(events, counts):
    """Attach killed/wounded figures to the violent event of the same sentence (roots 18–20)."""
    linked_counts = []
    by_event: dict[str, dict[str, int]] = {}
    for count in counts:
        event = next((e for e in events if e.start_char <= count.start_char < e.end_char
                      and e.cameo_root in ("17", "18", "19", "20")), None)
        if event is not None and count.kind in ("kill", "wound"):
            field = "dead" if count.kind == "kill" else "injured"
            by_event.setdefault(event.id, {})[field] = by_event.get(event.id, {}).get(field, 0) + count.number
            count = count.model_copy(update={"event_id": event.id})
        linked_counts.append(count)
    linked_events = [e.model_copy(update=by_event[e.id]) if e.id in by_event else e for e in events]
    return linked_events, linked_counts


def _date_entities(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the DATE entities, in order: ``doc.ents`` filtered by label, read from the IOB
    array (``doc.ents`` builds a Span for every entity). An entity starts at a B tag and runs up to the
    first token after it that is not tagged I."""
    rows = doc.to_array([ENT_IOB, ENT_TYPE]).reshape(len(doc), 2)
    date = numpy.uint64(doc.vocab.strings["DATE"])
    starts = numpy.flatnonzero((rows[:, 0] == 3) & (rows[:, 1] == date)).tolist()
    if not starts:
        return []
    stops = numpy.flatnonzero(rows[:, 0] != 1).tolist() + [len(doc)]
    found = []
    for start in starts:
        last = doc[stops[bisect.bisect_right(stops, start)] - 1]
        found.append((doc[start].idx, last.idx + len(last)))
    return found


def extract(text: str, *, published: Optional[str] = None, article_id: Optional[str] = None,
            url: Optional[str] = None, source: Optional[str] = None, max_chars: int = DEFAULT_MAX_CHARS,
            actors: Optional[ActorDictionary] = None, verbs: Optional[VerbLexicon] = None,
            wide_attribution: bool = False) -> ArticleResult:
    """Code one article. ``published`` (ISO date) anchors relative dates such as 'last week'.
    ``wide_attribution``: commitments ('vowed to retaliate') and rejected claims are quotations too (see :func:`code_doc`).

    Raises :class:`InputError` for text that cannot be coded (empty, binary, impossible date), and
    :class:`CodingError` (``E020``, the original exception chained) when a coding stage fails. Text over
    ``max_chars`` is cut at a paragraph or sentence end (``truncated=True`` and a warning).
    """
    text = _check_text(text)
    try:
        published_date = parse_published(published)
    except ValueError as exc:
        raise InputError("E003", str(exc)) from None
    text, truncated = truncate_text(text, max_chars)
    article_id = article_id or article_id_for(text)
    nlp = load_pipeline()
    masked, wire = wire_text(text)
    doc = bound_sentences(nlp(masked), nlp)
    try:
        return code_doc(doc, article_id=article_id, published=published_date, url=url, source=source,
                        truncated=truncated, dictionary=actors, lexicon=verbs, text=text, wire=wire,
                        wide_attribution=wide_attribution)
    except Exception as exc:
        raise CodingError("E020", f"coding failed for {article_id}: {type(exc).__name__}: {exc}") from exc


def extract_many(articles: Iterable[Article | ExtractionError], *, n_process: int = 1, batch_size: int = 32,
                 max_chars: int = DEFAULT_MAX_CHARS, actors: Optional[ActorDictionary] = None,
                 verbs: Optional[VerbLexicon] = None, transform: Optional[Callable] = None,
                 wide_attribution: bool = False) -> Iterator[tuple[Article, ArticleResult] | ExtractionError]:
    """Stream articles through the parser and the coder; yield (article, result) pairs or one error per
    bad article, in input order.

    Errors from reading (already :class:`ExtractionError`) pass through in order, so
    ``results + errors == inputs`` holds for any input. With ``n_process > 1`` whole batches are parsed
    *and coded* in worker processes: coding in the parent would leave it the bottleneck while the
    parsers wait. ``transform`` (a module-level function, so it pickles) is applied to every yielded item
    where it is produced, in the worker: ``dyad.store.to_rows`` hands the writer plain rows instead of
    records it would have to rebuild. ``wide_attribution``: commitments and rejected claims are quotations
    too, in every process (see :func:`code_doc`).
    """
    if n_process <= 1:
        stream = _code_batch_stream(articles, batch_size=batch_size, max_chars=max_chars, actors=actors,
                                    verbs=verbs, wide_attribution=wide_attribution)
        yield from (map(transform, stream) if transform else stream)
        return
    yield from _parallel(articles, n_process=n_process, batch_size=batch_size, max_chars=max_chars,
                         actors=actors, verbs=verbs, transform=transform, wide_attribution=wide_attribution)


def _prepared(item: Article | ExtractionError, max_chars: int
              ) -> tuple[str, tuple[Article | ExtractionError, Optional[dt.date], bool, str, Optional[Wire]]]:
    """(text to parse, context) for one input; the context carries the article text too, as ``doc.text``
    would rebuild it from the tokens, and its dateline and credits (the parsed text has them blanked:
    :func:`wire_text`). Bad inputs become their error with empty text."""
    if isinstance(item, ExtractionError):
        return "", (item, None, False, "", None)
    try:
        text = _check_text(item.text)
        published = parse_published(item.published)
    except InputError as exc:
        return "", (ExtractionError(article_id=item.id, stage="extract", code=exc.code, message=str(exc),
                                    source=item.origin), None, False, "", None)
    except ValueError as exc:
        return "", (ExtractionError(article_id=item.id, stage="extract", code="E003", message=str(exc),
                                    source=item.origin), None, False, "", None)
    text, truncated = truncate_text(text, max_chars)
    masked, wire = wire_text(text)
    return masked, (item, published, truncated, text, wire)


def _coding_failure(item: Article, exc: BaseException) -> ExtractionError:
    log.error("coding failed for %s", item.id, exc_info=exc)  # also outside an except block
    return ExtractionError(article_id=item.id, stage="extract", code="E020",
                           message=f"[E020] {type(exc).__name__}: {exc}; the article was valid input, so this is "
                                   "a bug in Dyad: report it with the article text", source=item.origin)


def _parsed(nlp, ready: list, batch_size: int) -> Iterator[tuple]:
    """(doc or exception, context) for one batch of prepared inputs: ``nlp.pipe`` over the batch, and
    only when that raises, each article parsed alone so that the failure stays with the article that
    caused it."""
    done = 0
    try:
        for parsed in nlp.pipe(ready, as_tuples=True, batch_size=batch_size):
            done += 1
            yield parsed
        return
    except Exception:  # noqa: BLE001 - narrowed below, article by article
        log.warning("parsing a batch failed; parsing its remaining articles one by one")
    for text, context in ready[done:]:
        try:
            yield nlp(text), context
        except Exception as exc:  # noqa: BLE001 - that article's error record
            yield exc, context


def _code_batch_stream(articles: Iterable[Article | ExtractionError], *, batch_size: int, max_chars: int,
                       actors: Optional[ActorDictionary], verbs: Optional[VerbLexicon],
                       wide_attribution: bool = False) -> Iterator[tuple[Article, ArticleResult] | ExtractionError]:
    """The one-process path: ``nlp.pipe`` over the stream in batches, then every stage after the parse.
    Any exception on one article, in preparing, parsing or coding it, becomes that article's error
    record; the batch goes on."""
    import itertools

    nlp = load_pipeline()
    dictionary = actors or actor_dictionary()
    lexicon = verbs or verb_lexicon()
    iterator = iter(articles)
    while True:
        batch = list(itertools.islice(iterator, batch_size))
        if not batch:
            return
        ready = []
        for item in batch:
            try:
                ready.append(_prepared(item, max_chars))
            except Exception as exc:  # noqa: BLE001
                ready.append(("", (_coding_failure(item, exc), None, False, "", None)))
        for doc, (item, published, truncated, text, wire) in _parsed(nlp, ready, batch_size):
            if isinstance(item, ExtractionError):
                yield item
                continue
            if isinstance(doc, Exception):
                yield _coding_failure(item, doc)
                continue
            try:
                doc = bound_sentences(doc, nlp)
                result = code_doc(doc, article_id=item.id, published=published, url=item.url,
                                  source=item.source, truncated=truncated, dictionary=dictionary,
                                  lexicon=lexicon, text=text, wire=wire, wide_attribution=wide_attribution)
                if item.language:
                    result = result.model_copy(update={"language": item.language})
            except Exception as exc:  # one article's failure must not stop a corpus; it is recorded, not hidden
                yield _coding_failure(item, exc)
                continue
            yield item, result


_WORKER_OPTIONS: dict = {}
# Allocations between young-generation collections in a worker (CPython's default: 700). Coding one article
# builds thousands of short-lived containers (per-Doc token tables, records) that die with it; at the
# default the collector ran about 4 times per article and took 4-5 % of coding, at 10,000 0.3 %.
WORKER_GC_THRESHOLD = 10_000


# A sentence that wakes every lazy table of the coder (dictionaries, matchers, gazetteer, dateparser).
_WARM_UP_TEXT = ("Turkish President Recep Tayyip Erdogan said on Tuesday that Israel killed 12 people in Gaza, "
                 "according to Reuters.")


# How often a worker without PR_SET_PDEATHSIG (macOS, or a pool forked from a thread other than the main
# one) checks that the process that started it is still its parent.
PARENT_POLL_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _set_parent_death_signal(signum: int) -> bool:
    """Ask Linux to send ``signum`` to this process when the thread that forked it ends; False where the
    call is unavailable (not Linux, no libc) or refused."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (AttributeError, OSError):
        return False


def _watch_parent(parent_pid: int, poll_seconds: float) -> None:
    import time

    while os.getppid() == parent_pid:
        time.sleep(poll_seconds)
    os._exit(1)


def exit_with_parent(parent_pid: int, *, forked_by_main_thread: bool = True,
                     poll_seconds: float = PARENT_POLL_SECONDS, use_prctl: bool = True) -> str:
    """Make this worker process end when ``parent_pid``, the process that started it, ends — also when
    that process is killed with SIGKILL and has no chance to shut its pool down (a worker orphaned that
    way stayed alive, ~280 MB each, until killed by hand).

    On Linux the kernel sends SIGKILL at once (``prctl(PR_SET_PDEATHSIG)``). That signal follows the
    *thread* that forked: a ``ProcessPoolExecutor`` with the fork method forks its workers in the thread
    that first submits, so it is set only when that was the main thread (``forked_by_main_thread``);
    otherwise a thread ending while its process lives on would kill the pool. Elsewhere, and in that case,
    a daemon thread checks ``os.getppid()`` every ``poll_seconds`` and calls ``os._exit`` once the worker
    has another parent. Either way the parent is checked right after, in case it died before the worker
    got here. Returns how the worker watches: ``"pdeathsig"`` or ``"watchdog"``.
    """
    import signal

    if use_prctl and forked_by_main_thread and _set_parent_death_signal(signal.SIGKILL):
        how = "pdeathsig"
    else:
        threading.Thread(target=_watch_parent, args=(parent_pid, poll_seconds), name="dyad-parent-watch",
                         daemon=True).start()
        how = "watchdog"
    if os.getppid() != parent_pid:  # the parent died before the signal was asked for
        os._exit(1)
    return how


def _init_worker(max_chars: int, actors: Optional[ActorDictionary], verbs: Optional[VerbLexicon],
                 parent_pid: Optional[int] = None, forked_by_main_thread: bool = True,
                 wide_attribution: bool = False) -> None:
    """Tie the worker's life to its parent's (:func:`exit_with_parent`, when ``parent_pid`` is given),
    load the coder's tables now (a no-op for tables a forking parent loaded already), then move
    everything alive out of the cyclic garbage collector's reach (``gc.freeze``): its full passes walked
    the model, dictionaries and gazetteer again and again, 10 % of coding time in a worker (3.5 % frozen);
    young collections are made rarer (``WORKER_GC_THRESHOLD``). Only for worker processes, whose objects
    and collector settings Dyad owns. A worker forked from a parent that froze its heap for the fork
    (:func:`_frozen_for_fork`) skips the collection: it would walk the inherited tables once more and, writing
    to every object's header, copy every page the worker shares with its parent."""
    if parent_pid is not None:
        exit_with_parent(parent_pid, forked_by_main_thread=forked_by_main_thread)
    _WORKER_OPTIONS.update(max_chars=max_chars, actors=actors, verbs=verbs, wide_attribution=wide_attribution)
    warm_up(actors, verbs, wide_attribution=wide_attribution)
    if not gc.get_freeze_count():
        gc.collect()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def warm_up(actors: Optional[ActorDictionary] = None, verbs: Optional[VerbLexicon] = None, *,
            wide_attribution: bool = False) -> None:
    """Load the spaCy pipeline and every table the coder loads lazily (dictionaries, matchers, gazetteer,
    dateparser data: about 1 s) by coding one sentence, so that the first article pays nothing extra.

    Call it before timing a run, or before forking workers that should share the loaded tables
    (``wide_attribution``: also the table of wide cue complements, as those runs will code).

    The cyclic garbage collector is paused meanwhile: the tables are some 400,000 long-lived objects made in a
    burst, and each full pass it started while they grew walked all made so far (1.5 of the 4 CPU s). One
    collection at the end moves them to the oldest generation at once, rather than through each younger one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        code_doc(load_pipeline()(_WARM_UP_TEXT), article_id="warm-up", published=dt.date(2023, 11, 1),
                 dictionary=actors, lexicon=verbs, wide_attribution=wide_attribution)
        gc.collect()
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _frozen_for_fork():
    """The parent's heap frozen (``gc.freeze``) while a pool forks its workers, as the gc module advises for
    fork without exec: the workers inherit it frozen, so their collector never walks nor writes to the
    model and tables they share with the parent. Thawed again after, for the parent's own collector; left
    alone when the caller has frozen objects of its own."""
    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _code_chunk(chunk: list[Article | ExtractionError], batch_size: int, transform: Optional[Callable]) -> list:
    stream = _code_batch_stream(chunk, batch_size=batch_size, **_WORKER_OPTIONS)
    return list(map(transform, stream) if transform else stream)


def _parallel(articles: Iterable[Article | ExtractionError], *, n_process: int, batch_size: int, max_chars: int,
              actors: Optional[ActorDictionary], verbs: Optional[VerbLexicon], transform: Optional[Callable],
              wide_attribution: bool = False) -> Iterator[tuple[Article, ArticleResult] | ExtractionError]:
    """Chunks of ``batch_size`` articles coded in a process pool, at most two chunks per worker in
    flight (memory stays bounded on any corpus), results yielded in input order. The workers end with
    this process, even when it is killed (:func:`exit_with_parent`). A worker that dies (killed, out of
    memory) costs only the chunk it died on: the chunks in flight are coded again one at a time in a fresh
    pool, and the one that kills a worker alone becomes E020 error records."""
    import collections
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    iterator = iter(articles)
    # Chunks that were in flight when a worker died: coded again one at a time in a fresh pool, so that
    # the chunk that kills a worker on its own is found and only its articles become error records.
    suspects: collections.deque = collections.deque()
    while True:
        pending: collections.deque = collections.deque()  # (chunk, future), oldest first
        # The pool starts its workers on the first submit, below, in this same step of the generator: in the
        # thread that runs it now.
        forked_by_main_thread = threading.current_thread() is threading.main_thread()
        with ProcessPoolExecutor(max_workers=n_process, mp_context=context, initializer=_init_worker,
                                 initargs=(max_chars, actors, verbs, os.getpid(), forked_by_main_thread,
                                           wide_attribution)) as pool:
            forked = False

            def submit(chunk: list):
                nonlocal forked
                if forked:
                    return pool.submit(_code_chunk, chunk, batch_size, transform)
                forked = True
                with _frozen_for_fork():  # the first submit forks every worker (fork start method)
                    return pool.submit(_code_chunk, chunk, batch_size, transform)

            while True:
                alone = bool(suspects)
                if alone:
                    chunk = suspects.popleft()
                    pending.append((chunk, submit(chunk)))
                while not alone and len(pending) < 2 * n_process:
                    chunk = list(itertools.islice(iterator, batch_size))
                    if not chunk:
                        break
                    pending.append((chunk, submit(chunk)))
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    done = future.result()
                except BrokenProcessPool as exc:  # a worker died (killed, out of memory)
                    if alone:
                        yield from _chunk_failure(chunk, exc, transform)  # it died on this chunk alone
                    else:
                        suspects.extend([chunk, *(c for c, _ in pending)])
                    pending.clear()
                    break
                except Exception as exc:  # noqa: BLE001 - the chunk's articles become error records
                    done = _chunk_failure(chunk, exc, transform)
                yield from done


def _chunk_failure(chunk: list[Article | ExtractionError], exc: BaseException,
                   transform: Optional[Callable]) -> list:
    """One error record per article of a chunk whose worker failed as a whole (not one article's coding,
    which :func:`_code_batch_stream` records itself)."""
    log.error("a worker failed on a chunk of %d articles: %s: %s", len(chunk), type(exc).__name__, exc)
    errors = [item if isinstance(item, ExtractionError) else ExtractionError(
        article_id=item.id, stage="extract", code="E020",
        message=f"[E020] the worker process coding this article's batch failed ({type(exc).__name__}: {exc}); "
                "run this article again alone, and report it if it fails again", source=item.origin)
        for item in chunk]
    return list(map(transform, errors)) if transform else errors
