"""Corpus runs: stream a corpus through the coder into a DuckDB database, resumably.

``ingest_corpus(source, db=...)`` reads articles (:func:`dyad.ingest.read_articles`), skips those already
stored with the same text (``text_sha1``), codes the rest (:func:`dyad.pipeline.extract_many`) and writes
them with :func:`dyad.store.write_results`, one transaction per batch. Every input ends as one article row
or one ``errors`` row, and a run that was killed is finished by running it again: committed batches are
skipped as unchanged, nothing is stored twice.

Two engines give the same rows:

- ``"local"``: one process reads and writes; spaCy parses in ``n_process`` worker processes;
- ``"dask"``: chunks of ``batch_size * 4`` articles are coded by Dask workers (a ``distributed`` cluster at
  ``scheduler``, or a ``LocalCluster`` of ``n_process`` single-threaded worker processes), each writing
  one Parquet part (:func:`dyad.store.write_parquet_partition`); the client then loads the parts into
  DuckDB (:func:`dyad.store.load_parquet`), which only one process may write. With a remote scheduler,
  ``parquet_dir`` must be on storage that the workers and the client share.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import duckdb
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from dyad.grouping import settings_for_write
from dyad.ingest import ReadSummary, read_articles, text_sha1, truncate_text
from dyad.pipeline import DEFAULT_MAX_CHARS, extract_many
from dyad.records import Article, ExtractionError
from dyad.store import StoredRows, batches, connect, existing_ids, load_parquet, to_rows, write_parquet_partition, write_results

ENGINES = ("local", "dask")
PathLike = Union[str, "os.PathLike[str]"]


class CorpusError(Exception):
    """A corpus run cannot start or finish: bad options, a Parquet folder in use, a Dask task that failed."""


@dataclass
class IngestStats:
    """What a corpus run did. ``articles + errors`` is the number of inputs read.

    articles: inputs stored as an article (coded now, or skipped because already stored unchanged);
    errors: inputs stored as an error record instead (unreadable, empty, bad date, coding failed);
    skipped_unchanged: articles not coded again because the database holds the same id and text;
    inserted / replaced: articles written new / over an earlier version with another text;
    seconds: wall time of the run; tokens: spaCy tokens parsed in this run (unchanged articles are not parsed).
    passed_over: inputs that are no article, by reason (WARC request records, non-HTML or non-200
    responses, items before ``since``; :class:`dyad.ingest.ReadSummary`); notes: articles read in a
    second-best way, by kind (a feed item coded from its summary).
    """

    articles: int = 0
    errors: int = 0
    skipped_unchanged: int = 0
    inserted: int = 0
    replaced: int = 0
    seconds: float = 0.0
    tokens: int = 0
    passed_over: dict[str, int] = field(default_factory=dict)
    notes: dict[str, int] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


def _content_sha1(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The ``text_sha1`` the pipeline will store for ``text`` (hashed after the pipeline's own cut)."""
    return text_sha1(truncate_text(text, max_chars)[0])


class RateColumn(ProgressColumn):
    """Articles and tokens per second over the run so far (a stream's total is unknown, so no bar and no ETA)."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.fields["articles"] / elapsed if elapsed > 0 else 0.0
        tokens = task.fields.get("tokens", 0) / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} articles/s, {tokens:,.0f} tokens/s", style="progress.data.speed")


class _Tally:
    """Counts and the progress display of one run (a Rich bar on stderr, or nothing)."""

    def __init__(self, show: bool):
        self.articles = self.errors = self.skipped = self.tokens = 0
        self._progress = None
        if show:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("ingest"),
                TextColumn("{task.fields[articles]:,} articles ({task.fields[skipped]:,} unchanged), "
                           "{task.fields[errors]:,} errors"),
                RateColumn(), TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self._task = self._progress.add_task("ingest", total=None, articles=0, errors=0, skipped=0, tokens=0)

    def __enter__(self) -> "_Tally":
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def add(self, *, articles: int = 0, errors: int = 0, skipped: int = 0, tokens: int = 0) -> None:
        self.tokens += tokens
        self.articles += articles + skipped
        self.errors += errors
        self.skipped += skipped
        if self._progress is not None:
            self._progress.update(self._task, advance=articles + errors + skipped, articles=self.articles,
                                  errors=self.errors, skipped=self.skipped, tokens=self.tokens)


def _pending(articles: Iterable[Article | ExtractionError], known: dict[str, str],
             tally: _Tally) -> Iterator[Article | ExtractionError]:
    """The inputs that need coding: all but the articles stored with the same id and text."""
    for item in articles:
        if isinstance(item, Article) and item.id in known and known[item.id] == _content_sha1(item.text):
            tally.add(skipped=1)
            continue
        yield item


def _counted(items: Iterable, tally: _Tally) -> Iterator:
    for item in items:
        if isinstance(item, ExtractionError):
            tally.add(errors=1)
        else:
            tally.add(articles=1, tokens=_tokens(item))
        yield item


def _tokens(item) -> int:
    """Tokens parsed for one coded article, from its rows or its result."""
    if isinstance(item, StoredRows):
        return item.rows["articles"][0].get("n_tokens") or 0
    result = item[1] if isinstance(item, tuple) else item
    return result.n_tokens


def code_chunk(chunk: list[Article | ExtractionError], parquet_dir: str, part_name: str,
               batch_size: int, wide_attribution: bool = False) -> tuple[int, int, int]:
    """One Dask task: code a chunk in this worker (one process) and write it as one Parquet part.

    Returns (articles, errors, tokens parsed) of the chunk.
    """
    items = list(extract_many(chunk, n_process=1, batch_size=batch_size, wide_attribution=wide_attribution))
    write_parquet_partition(items, parquet_dir, part_name)
    errors = sum(isinstance(item, ExtractionError) for item in items)
    tokens = sum(_tokens(item) for item in items if not isinstance(item, ExtractionError))
    return len(items) - errors, errors, tokens


def _check_parts_folder(folder: Path) -> None:
    stale = [p for table in ("articles", "errors") for p in (folder / table).glob("*.parquet")]
    if stale:
        raise CorpusError(f"{folder} already holds Parquet parts ({stale[0]}, …) of another run; "
                          "load them with `dyad load` and remove them, or give an empty --parquet-dir")


def _run_local(con, pending, tally: _Tally, *, n_process: int, batch_size: int, stats: IngestStats,
               grouping=None, wide_attribution: bool = False) -> None:
    coded = extract_many(pending, n_process=n_process, batch_size=batch_size, transform=to_rows,
                         wide_attribution=wide_attribution)
    written = write_results(con, _counted(coded, tally), batch_size=batch_size, grouping=grouping)
    stats.inserted, stats.replaced = written.inserted, written.replaced


def _run_dask(con, pending, tally: _Tally, *, n_process: int, batch_size: int, scheduler: Optional[str],
              parquet_dir: Optional[PathLike], stats: IngestStats, grouping=None,
              wide_attribution: bool = False) -> None:
    from distributed import Client, LocalCluster, as_completed

    own_dir = parquet_dir is None
    folder = Path(tempfile.mkdtemp(prefix="dyad-parts-")) if own_dir else Path(parquet_dir)
    try:
        if not own_dir:
            _check_parts_folder(folder)
            folder.mkdir(parents=True, exist_ok=True)
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            # The nannies run in this process; each worker process they start holds the read end of a pipe
            # whose write end only this process has, and exits (os._exit) when it reads end-of-file:
            # distributed.process.AsyncProcess._immediate_exit_when_closed. So the workers end within a
            # fraction of a second of this process, even when it is killed with SIGKILL
            # (tests/test_process_hygiene.py::test_dask_workers_exit_when_ingest_is_sigkilled).
            cluster = LocalCluster(n_workers=n_process, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})) or n_process)
            max_in_flight = 2 * workers  # every worker busy, one chunk queued behind each; the rest unread
            running = as_completed()
            in_flight = parts = 0

            def collect(future) -> None:
                try:
                    articles, errors, tokens = future.result()
                except Exception as exc:
                    raise CorpusError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc
                tally.add(articles=articles, errors=errors, tokens=tokens)

            for n, chunk in enumerate(batches(pending, batch_size * 4)):
                running.add(client.submit(code_chunk, chunk, str(folder), f"part-{n:05d}", batch_size,
                                          wide_attribution, pure=False))
                parts += 1
                in_flight += 1
                while in_flight >= max_in_flight:
                    collect(next(running))
                    in_flight -= 1
            for future in running:
                collect(future)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        if parts:
            loaded = load_parquet(con, folder, grouping=grouping)
            stats.inserted, stats.replaced = loaded.inserted, loaded.replaced
    finally:
        if own_dir:
            shutil.rmtree(folder, ignore_errors=True)


def ingest_corpus(source: PathLike, *, db: Union[PathLike, duckdb.DuckDBPyConnection], n_process: Optional[int] = None,
                  batch_size: int = 32, engine: str = "local", scheduler: Optional[str] = None,
                  parquet_dir: Optional[PathLike] = None, progress: bool = True,
                  default_published: Optional[str] = None, since: Optional[str] = None,
                  grouping=None, wide_attribution: bool = False) -> IngestStats:
    """Code every article of ``source`` into the database ``db`` (a path, created if missing, or an open
    connection); return what the run did.

    source: what :func:`dyad.ingest.read_articles` reads (a file, a directory, ``"-"`` for stdin).
    n_process: parser processes (local) or Dask workers of the LocalCluster; None: ``os.cpu_count()``.
    batch_size: articles per ``nlp.pipe`` batch and per database transaction; Dask chunks hold four batches.
    engine: ``"local"`` or ``"dask"``; scheduler: a ``distributed`` scheduler address (dask only; None
    starts a LocalCluster). parquet_dir: where Dask workers write their parts (kept after the run; must be
    empty or new); None: a temporary folder, removed after loading.
    progress: show a progress bar with the article rate on stderr.
    default_published: ISO date for articles that give none; since: ISO date, older articles are passed over.
    grouping: :class:`dyad.grouping.GroupingSettings` of duplicate groups and event clusters, assigned as
    each batch is stored (both engines alike); None: the database's own, else the defaults.
    wide_attribution: also store commitments ('vowed to retaliate') and rejected claims ('denied reports
    that ...') as quotations (:func:`dyad.pipeline.code_doc`), in both engines. It applies to the articles
    coded in this run: those skipped as already stored unchanged keep the quotations they were coded with.

    Raises IngestError (source missing or unsupported), ValueError (bad option or date), CorpusError,
    StoreError, and ModelError when the spaCy model is not installed.

    Example: ``ingest_corpus("corpus.jsonl", db="news.duckdb")``
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if scheduler and engine != "dask":
        raise ValueError("a scheduler address needs engine='dask'")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    n_process = n_process or os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    summary = ReadSummary()
    articles = read_articles(source, default_published=default_published, since=since,
                             summary=summary)  # raises before anything is opened

    started = time.perf_counter()
    con = db if isinstance(db, duckdb.DuckDBPyConnection) else connect(db)
    stats = IngestStats()
    try:
        known = existing_ids(con)
        settings_for_write(con, grouping)  # refuse other grouping settings before coding anything
        with _Tally(progress) as tally:
            pending = _pending(articles, known, tally)
            if engine == "local":
                _run_local(con, pending, tally, n_process=n_process, batch_size=batch_size, stats=stats,
                           grouping=grouping, wide_attribution=wide_attribution)
            else:
                _run_dask(con, pending, tally, n_process=n_process, batch_size=batch_size, scheduler=scheduler,
                          parquet_dir=parquet_dir, stats=stats, grouping=grouping,
                          wide_attribution=wide_attribution)
    finally:
        if con is not db:
            con.close()
    stats.articles, stats.errors, stats.skipped_unchanged = tally.articles, tally.errors, tally.skipped
    stats.tokens = tally.tokens
    stats.passed_over, stats.notes = dict(summary.skipped), dict(summary.notes)
    stats.seconds = time.perf_counter() - started
    return stats
