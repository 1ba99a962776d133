"""Dyad's command line: thin Typer shells over the public Python functions.

stdout carries data only; progress, warnings and errors go to stderr. Exit 0 when the run completed
(bad articles are counted on stderr and kept as error records), 1 when it could not run, 2 on usage errors.
"""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(name="dyad", help="Code news text into entities, quotations, CAMEO/PLOVER events and counts.",
                  no_args_is_help=True, add_completion=False)
evaluate_app = typer.Typer(help="Score Dyad against gold-standard suites.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

err = Console(stderr=True)


def main() -> None:  # pragma: no cover - entry point
    app()


# --- store, export and aggregates: `dyad export`, `dyad dyads`, `dyad network`, `dyad load` ---------------

from contextlib import contextmanager  # noqa: E402
from enum import Enum  # noqa: E402
from pathlib import Path  # noqa: E402


class RecordFormat(str, Enum):
    """How a command that prints records prints them (one option for every such command)."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"


def print_records(rows: list[dict], fmt: RecordFormat, *, title: str | None = None) -> None:
    """Print flat rows to stdout as JSON, JSONL, CSV or a Rich table."""
    import csv
    import json
    import sys

    if fmt is RecordFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is RecordFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is RecordFormat.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(title=title)
        for name in (rows[0] if rows else []):
            table.add_column(name, overflow="fold")  # wrapped, never cut to "Türki…"
        for row in rows:
            table.add_row(*("" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v)
                            for v in row.values()))
        Console().print(table)


def _fail(message: str) -> typer.Exit:
    """Say why on stderr; the caller raises the returned Exit (1: the command could not run)."""
    err.print(f"Error: {message}", markup=False, highlight=False)
    return typer.Exit(1)


def _open_db(db: Path, *, read_only: bool):
    from dyad.store import StoreError, connect

    try:
        return connect(db, read_only=read_only)
    except StoreError as e:
        raise _fail(str(e)) from None


@app.command("export")
def export_cli(
    out: Path = typer.Argument(..., help="File to write"),
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database"),
    table: str = typer.Option("events", "--table", help="articles, events, quotes, actors, entities, counts, "
                              "dates or errors"),
    fmt: ExportFormat = typer.Option(ExportFormat.parquet, "--format", help="File format"),
) -> None:
    """Write one table of the database to a Parquet, CSV or JSONL file.

    Example: dyad export --db news.duckdb --table events --format csv events.csv
    """
    from dyad.store import StoreError, export_table

    con = _open_db(db, read_only=True)
    try:
        n = export_table(con, table, fmt.value, out)
    except StoreError as e:
        raise _fail(str(e)) from None
    finally:
        con.close()
    err.print(f"wrote {n} {table} rows to {out}")


@app.command("dyads")
def dyads_cli(
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database"),
    source: str = typer.Option(..., "--source", help="Source actor: code prefix (ISR, ISRGOV) or country"),
    target: str = typer.Option(..., "--target", help="Target actor: code prefix (TUR, TURGOV) or country"),
    freq: Freq = typer.Option(Freq.day, "--freq", help="Period length"),
    date_from: str | None = typer.Option(None, "--from", help="First day (ISO date)"),
    date_to: str | None = typer.Option(None, "--to", help="Last day (ISO date)"),
    fill_gaps: bool = typer.Option(False, "--fill-gaps", help="Add zero rows for periods without events"),
    plot: Path | None = typer.Option(None, "--plot", help="Also draw the series to this PNG file"),
    fmt: RecordFormat = typer.Option(RecordFormat.table, "--format", help="Output format"),
    mentions: bool = typer.Option(False, "--mentions", help="Count every coded event (each article's report) "
                                  "instead of event clusters (one per happening)"),
) -> None:
    """Print the event time series of one dyad: events, quad classes and Goldstein per period.

    By default `events` counts event clusters: the reports of one happening count once (README: "What a
    cluster is"); --mentions counts every coded event.

    Example: dyad dyads --db news.duckdb --source ISR --target TUR --freq week --plot isr-tur.png
    """
    from dyad.aggregate import dyad_series, plot_series
    from dyad.store import StoreError, iso_day

    for name, value in (("--from", date_from), ("--to", date_to)):
        try:
            iso_day(value, name)
        except StoreError as e:
            raise typer.BadParameter(str(e), param_hint=name) from None
    con = _open_db(db, read_only=True)
    try:
        rows = dyad_series(con, source=source, target=target, freq=freq.value, date_from=date_from,
                           date_to=date_to, fill_gaps=fill_gaps, count="mentions" if mentions else "clusters")
    finally:
        con.close()
    print_records(rows, fmt, title=f"{source.upper()} → {target.upper()} per {freq.value}")
    if plot is not None:
        plot_series(rows, plot, title=f"{source.upper()} → {target.upper()} per {freq.value}")
        err.print(f"plot written to {plot}")
    if not rows:
        err.print(f"no events from {source} to {target}")


@app.command("network")
def network_cli(
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database"),
    out: Path = typer.Option(..., "--out", help="GraphML file to write"),
    min_count: int = typer.Option(1, "--min-count", help="Keep edges with at least this many events"),
) -> None:
    """Write the actor network (actor codes; edges weighted by event count and mean Goldstein) as GraphML.

    Example: dyad network --db news.duckdb --out actors.graphml
    """
    from dyad.aggregate import actor_network, write_graphml

    con = _open_db(db, read_only=True)
    try:
        graph = actor_network(con, min_count=min_count)
    finally:
        con.close()
    write_graphml(graph, out)
    err.print(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {out}")


@app.command("load")
def load_cli(
    parquet_dir: Path = typer.Argument(..., help="Folder of Parquet parts (<table>/<part>.parquet)"),
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database (created if missing)"),
) -> None:
    """Load Parquet parts written by a distributed run into the database (same upsert rule as ingest).

    Example: dyad load run-parts/ --db news.duckdb
    """
    from dyad.store import StoreError, load_parquet

    con = _open_db(db, read_only=False)
    try:
        stats = load_parquet(con, parquet_dir)
    except StoreError as e:
        raise _fail(str(e)) from None
    finally:
        con.close()
    err.print(f"articles: {stats.inserted} new, {stats.replaced} replaced, {stats.unchanged} unchanged; "
              f"{stats.errors} errors")


@app.command("clusters")
def clusters_cli(
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database"),
    source: str | None = typer.Option(None, "--source", help="Source actor code prefix (ISR, ISRGOV)"),
    target: str | None = typer.Option(None, "--target", help="Target actor code prefix (TUR, TURGOV)"),
    limit: int = typer.Option(20, "--limit", min=1, help="Largest clusters to list"),
    min_articles: int = typer.Option(1, "--min-articles", min=1, help="Only clusters reported by this many "
                                     "articles or more"),
    fmt: RecordFormat = typer.Option(RecordFormat.table, "--format", help="Output format"),
) -> None:
    """List the largest event clusters: the happenings reported by the most articles, with their sources,
    sites, first report and earliest date.

    Example: dyad clusters --db news.duckdb --source KEN --min-articles 2
    """
    from dyad.clusters import cluster_summaries
    from dyad.store import has_grouping

    con = _open_db(db, read_only=True)
    try:
        if not has_grouping(con):
            raise _fail(f"{db} has no event clusters yet (made before them); build them with "
                        f"`dyad regroup --db {db}`")
        rows = cluster_summaries(con, source=source, target=target, limit=limit, min_articles=min_articles)
    finally:
        con.close()
    if fmt is RecordFormat.table:  # what fits a terminal; json/jsonl/csv carry every column, URLs included
        rows = [{"cluster": r["cluster_id"], "dyad": f"{r['source_code']} → {r['target_code'] or '–'}",
                 "code": f"{r['cameo_root']} {r['plover'] or ''}".strip(), "articles": r["articles"],
                 "mentions": r["mentions"], "stories": r["stories"], "sites": r["sites"],
                 "first report": r["first_report"], "earliest": r["earliest_date"]} for r in rows]
    elif fmt is RecordFormat.csv:
        rows = [{**r, "urls": " ".join(r["urls"] or []), "cameo_codes": " ".join(r["cameo_codes"] or [])}
                for r in rows]
    print_records(rows, fmt, title="event clusters, largest first")
    if not rows:
        err.print("no clusters match")


def _grouping_options(threshold: float | None, window_days: int | None, any_place: bool):
    """GroupingSettings from the command's options; None when none was given (the database's own apply)."""
    from dyad.clusters import ClusterSettings
    from dyad.dedup import DedupSettings
    from dyad.grouping import GroupingSettings

    if threshold is None and window_days is None and not any_place:
        return None
    defaults = GroupingSettings()
    try:
        return GroupingSettings(
            DedupSettings(threshold=threshold if threshold is not None else defaults.dedup.threshold),
            ClusterSettings(window_days=window_days if window_days is not None else defaults.clusters.window_days,
                            match_place=not any_place))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


_THRESHOLD_HELP = "Least word-shingle Jaccard similarity of near-duplicate articles [default: 0.6]"
_WINDOW_HELP = "Most days between the events of one cluster [default: 2]"
_PLACE_HELP = "Let events at different places join one cluster"


@app.command("regroup")
def regroup_cli(
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database"),
    threshold: float | None = typer.Option(None, "--duplicate-threshold", help=_THRESHOLD_HELP),
    window_days: int | None = typer.Option(None, "--window-days", help=_WINDOW_HELP),
    any_place: bool = typer.Option(False, "--any-place", help=_PLACE_HELP),
) -> None:
    """Rebuild every duplicate group and event cluster of the database (with new settings, or its own).

    Example: dyad regroup --db news.duckdb --window-days 3
    """
    from dyad.grouping import regroup, stored_settings

    settings = _grouping_options(threshold, window_days, any_place)
    con = _open_db(db, read_only=False)
    try:
        n = regroup(con, settings)
        used = stored_settings(con)
    finally:
        con.close()
    err.print(f"grouped {n:,} articles ({used.describe()})", highlight=False)


# --- coding articles: `dyad extract` ------------------------------------------------------------------------


def _actor_cell(ref) -> str:
    """``Eli Cohen (ISRGOV)``: the name as the text gives it, then its code (never cut: cells fold)."""
    return f"{ref.name} ({ref.code})" if ref.code and ref.code != ref.name else ref.name


def _article_tables(result, console: Console) -> None:
    """One article's events, quotations and counts as Rich tables that fit the terminal (stdout: this is
    the requested output). Cells wrap at spaces and fold long words, never end in an ellipsis; short
    fields that must stay whole (dates, Goldstein scores, numbers) do not wrap, and who → whom, the CAMEO
    code with its name and the quoted text share the rest of the width."""
    from rich import box
    from rich.table import Table

    def table(title: str) -> Table:
        return Table(title=title, box=box.SQUARE, show_lines=True, title_justify="left",
                     width=min(console.width, 120))  # the terminal's width; lines past 120 are hard to follow

    def flat(text: str) -> str:  # one paragraph per cell: line breaks of the article would leave gaps
        return " ".join(text.split())

    aid = result.article_id
    if result.events:
        events = table(f"Events — {aid} ({len(result.events)})")
        events.add_column("who → whom", overflow="fold", ratio=4, min_width=12)
        events.add_column("event", overflow="fold", ratio=5, min_width=14)
        events.add_column("date", no_wrap=True, min_width=10)
        events.add_column("Goldstein", justify="right", no_wrap=True)
        for e in result.events:
            dyad = _actor_cell(e.source) + ("\n→ " + _actor_cell(e.target) if e.target else "")
            what = [f"{e.cameo} {e.cameo_name}", f"“{flat(e.verb)}”" + (f" · {e.plover}" if e.plover else "")]
            flags = [f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical), ("implicit", e.implicit)) if on]
            if flags:
                what.append(", ".join(flags))
            events.add_row(dyad, "\n".join(what), e.date or "—", f"{e.goldstein:+.1f}")
        console.print(events)
    else:
        console.print(f"Events — {aid}: none", highlight=False)
    if result.quotes:
        quotes = table(f"Quotations — {aid} ({len(result.quotes)})")
        quotes.add_column("speaker", overflow="fold", ratio=2, min_width=10)
        quotes.add_column("how", overflow="fold", ratio=2, min_width=10)
        quotes.add_column("text", overflow="fold", ratio=5, min_width=20)
        for q in result.quotes:
            how = [f"{q.cue or '—'} ({q.kind})"]
            if q.medium:
                how.append(f"on {q.medium}")
            if q.according_to:
                how.append(f"according to {q.according_to}")
            quotes.add_row(_actor_cell(q.speaker) if q.speaker else "?", "\n".join(how), flat(q.text))
        console.print(quotes)
    else:
        console.print(f"Quotations — {aid}: none", highlight=False)
    if result.counts:
        counts = table(f"Counts — {aid} ({len(result.counts)})")
        counts.add_column("kind", overflow="fold", min_width=6)
        counts.add_column("number", justify="right", overflow="fold",
                          min_width=max(len(f"{c.number:,}") for c in result.counts))
        counts.add_column("who", overflow="fold", ratio=2, min_width=8)
        counts.add_column("text", overflow="fold", ratio=3, min_width=12)
        for c in result.counts:
            number = (f"{c.qualifier} " if c.qualifier else "") + f"{c.number:,}"
            counts.add_row(c.kind, number, flat(c.who or ""), flat(c.text))
        console.print(counts)
    else:
        console.print(f"Counts — {aid}: none", highlight=False)


_WIDE_HELP = ("Also report commitments ('vowed to retaliate'), rejected claims ('denied reports that ...') and "
              "'made it clear that' as indirect quotations, and one word quoted as a speaker's label "
              "('called the strikers \"saboteurs\"') as a direct one")


def _published_option(value: str | None) -> str | None:
    """Typer callback of ``--published``: an ISO date, else a usage error that quotes the value."""
    from dyad.ingest import normalize_date

    try:
        return normalize_date(value)
    except ValueError as exc:
        detail = "" if repr(value) in str(exc) else f" ({exc})"
        raise typer.BadParameter(f"{value!r} is not a valid ISO date{detail}; give one such as 2023-10-28") from None


@contextmanager
def _report_skips():
    """Print each entry a directory run skips (``dyad.ingest`` logs it) on stderr as ``skipped: PATH (WHY)``."""
    import logging

    class ToStderr(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            err.print(record.getMessage(), markup=False, highlight=False, soft_wrap=True)

    logger = logging.getLogger("dyad.ingest")
    handler, level = ToStderr(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def csv_event_rows(results) -> list[dict]:
    """The rows of ``dyad extract --format csv``: one per event, ``article_id`` first, then the columns of
    the database's ``events`` table (:func:`dyad.store.event_row`), with the actor ids qualified by the
    article (``seed#A2``): ``A2`` is local to its article, so in a file of many articles only the
    qualified id names one actor."""
    from dyad.store import event_row

    rows = []
    for r in results:
        for e in r.events:
            row = {"article_id": r.article_id, **event_row(e, r.article_id)}
            for column in ("source_actor_id", "target_actor_id"):
                if row[column] is not None:
                    row[column] = f"{r.article_id}#{row[column]}"
            rows.append(row)
    return rows


@app.command("extract")
def extract_cli(
    source: str = typer.Argument(..., help="A .txt/.html/.json/.jsonl file (news-please JSON too; a file "
                                 "without a suffix is plain text), a .warc/.warc.gz archive, an .rss/.atom feed "
                                 "or feed URL, a directory, or - for stdin"),
    published: str | None = typer.Option(None, "--published", callback=_published_option,
                                         help="Publication date (ISO) for relative dates, where the input gives none"),
    fmt: RecordFormat = typer.Option(RecordFormat.json, "--format", help="json: one document (a list for "
                                     "several articles); jsonl: one per line; csv: events, one per row; "
                                     "table: Rich tables that fit the terminal"),
    since: str | None = typer.Option(None, "--since", callback=_published_option,
                                     help="Only articles published on or after this ISO date (feed items, WARC "
                                     "pages, any input with a date)"),
    wide_attribution: bool = typer.Option(False, "--wide-attribution", help=_WIDE_HELP),
) -> None:
    """Code articles and print entities, quotations, events and counts.

    Example: dyad extract ../shared/corpus/seed-israel-turkey.txt --published 2023-11-01 --format json
    """
    import json
    import sys

    from dyad.ingest import IngestError, read_articles
    from dyad.nlp import ModelError
    from dyad.pipeline import extract_many
    from dyad.records import ExtractionError

    with _report_skips():  # open while inputs are read: WARC and feed readers report as they go
        try:
            articles = read_articles(source, default_published=published, since=since)
        except IngestError as exc:
            raise typer.BadParameter(str(exc), param_hint="'SOURCE'") from None
        results, failures = [], 0
        try:
            for item in extract_many(articles, wide_attribution=wide_attribution):
                if isinstance(item, ExtractionError):
                    failures += 1
                    err.print(f"error: {item.article_id} [{item.stage}] {item.message}", markup=False, highlight=False)
                    continue
                _, result = item
                # each article's warnings on stderr (no publication date, a date taken from the dateline, a cut)
                for warning in result.warnings:
                    print(f"warning: {result.article_id}: {warning}", file=sys.stderr)
                if fmt is RecordFormat.jsonl:
                    sys.stdout.write(result.model_dump_json() + "\n")
                else:
                    results.append(result)
        except ModelError as exc:
            raise _fail(str(exc)) from None
    if fmt is RecordFormat.json:
        docs = [r.model_dump(mode="json") for r in results]
        sys.stdout.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n")
    elif fmt is RecordFormat.csv:
        print_records(csv_event_rows(results), fmt)
    elif fmt is RecordFormat.table:
        console = Console()
        for result in results:
            _article_tables(result, console)
    if failures:
        err.print(f"{failures} article(s) could not be coded; see the errors above")


# --- evaluation against PETRARCH2's unit tests: `dyad evaluate petrarch` -----------------------------------


@evaluate_app.command("petrarch")
def evaluate_petrarch_cli(
    records: Path = typer.Argument(..., help="PETRARCH unit-test records, e.g. ../shared/petrarch2/"
                                   "PETR.UnitTest.records.xml"),
    actors: Path | None = typer.Option(None, "--actors", help="PETRARCH actor dictionary (default: the "
                                       "<Actorfile> the records name, beside them)"),
    agents: Path | None = typer.Option(None, "--agents", help="PETRARCH agent dictionary (default: <Agentfile>)"),
    verbs: Path | None = typer.Option(None, "--verbs", help="PETRARCH verb dictionary (default: <Verbfile>)"),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON"),
    misses: bool = typer.Option(False, "--misses", help="Also list the sentences not coded exactly right"),
    category: list[str] | None = typer.Option(None, "--category", help="Only sentences of this category "
                                              "(repeatable; e.g. VERB, COMPOUND)"),
) -> None:
    """Code PETRARCH2's validation sentences with Dyad and score the events at three levels.

    Levels: code (exact CAMEO code), root (two digits), triple (source, target, root; actor codes exact)
    and triple_relaxed (actor codes agree on the first three letters). Sentences with non-CAMEO gold
    codes and error= records are counted, not scored (see dyad.evaluate.petrarch).

    Example: dyad evaluate petrarch ../shared/petrarch2/PETR.UnitTest.records.xml --misses
    """
    import json
    import sys

    from rich.table import Table

    from dyad.codebooks import DictionaryError
    from dyad.evaluate.petrarch import LEVELS, evaluate_petrarch
    from dyad.nlp import ModelError

    try:
        report = evaluate_petrarch(records, actors=actors, agents=agents, verbs=verbs, categories=category,
                                   progress=not as_json and sys.stderr.isatty())
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    except DictionaryError as exc:
        raise _fail(f"cannot read {records}:\n  " + "\n  ".join(exc.problems)) from None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    if report.dictionary_problems:
        err.print(f"{len(report.dictionary_problems)} dictionary line(s) skipped:", markup=False, highlight=False)
        for problem in report.dictionary_problems[:10]:
            err.print(f"  {problem}", markup=False, highlight=False)
        if len(report.dictionary_problems) > 10:
            err.print(f"  ... and {len(report.dictionary_problems) - 10} more (see --json)")
    for warning in report.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)
    for failure in report.failures:
        err.print(f"coding failed: {failure}", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(misses=misses), ensure_ascii=False, indent=2)
                         + "\n")
        return

    console = Console()
    scope = report.scope
    levels = Table(title=f"PETRARCH unit tests — {scope['scored']} sentences scored "
                   f"({scope['non_cameo']} with non-CAMEO gold codes, {scope['skipped_error']} error records, "
                   f"{scope['skipped_include']} not in <Include>: not scored)")
    for column in ("level", "precision", "recall", "F1", "tp", "fp", "fn", "F1, all sentences"):
        levels.add_column(column, justify="left" if column == "level" else "right")
    every = report.levels_all
    for name, prf in report.levels.items():
        levels.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.tp),
                       str(prf.fp), str(prf.fn), f"{every[name].f1:.3f}")
    console.print(levels)
    cats = Table(title="Per category (F1; in-scope sentences)")
    for column in ("category", "sentences", "gold", "predicted", *LEVELS):
        cats.add_column(column, justify="left" if column == "category" else "right")
    counts: dict[str, int] = {}
    for outcome in report.scored:
        counts[outcome.category] = counts.get(outcome.category, 0) + 1
    for name, scores in report.categories.items():
        triple = scores["triple"]
        cats.add_row(name, str(counts[name]), str(triple.tp + triple.fn), str(triple.tp + triple.fp),
                     *(f"{scores[level].f1:.3f}" for level in LEVELS))
    console.print(cats)
    if misses:
        table = Table(title="Misses (triple level)", show_lines=True)
        for column in ("id", "text", "gold", "predicted"):
            table.add_column(column, overflow="fold")
        for outcome in report.misses(include_out_of_scope=True):
            def show(triples):
                return "\n".join(" ".join(t) for t in triples) or "—"
            table.add_row(outcome.id + ("" if outcome.in_scope else "\n(non-CAMEO)"), outcome.text,
                          show(outcome.gold), show(outcome.predicted) if not outcome.failure else outcome.failure)
        console.print(table)


# --- corpus runs: `dyad ingest` -------------------------------------------------------------------------------


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("ingest")
def ingest_cli(
    corpus: str = typer.Argument(..., help="A .txt/.html/.json/.jsonl file (news-please JSON too; a file "
                                 "without a suffix is plain text), a .warc/.warc.gz archive, an .rss/.atom feed "
                                 "or feed URL, a directory, or - for stdin"),
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database (created if missing)"),
    processes: int | None = typer.Option(None, "--processes", min=1, help="Parser processes or Dask workers "
                                         "[default: all cores]"),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per parser batch and transaction"),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine; dask: Dask workers "
                                  "writing Parquet parts, loaded at the end"),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a "
                                         "LocalCluster)"),
    parquet_dir: Path | None = typer.Option(None, "--parquet-dir", help="Folder for the Dask engine's Parquet "
                                            "parts, kept after the run (default: a temporary folder)"),
    published: str | None = typer.Option(None, "--published", callback=_published_option,
                                         help="Publication date (ISO) for articles that give none"),
    since: str | None = typer.Option(None, "--since", callback=_published_option,
                                     help="Only articles published on or after this ISO date"),
    threshold: float | None = typer.Option(None, "--duplicate-threshold", help=_THRESHOLD_HELP),
    window_days: int | None = typer.Option(None, "--window-days", help=_WINDOW_HELP),
    any_place: bool = typer.Option(False, "--any-place", help=_PLACE_HELP),
    wide_attribution: bool = typer.Option(False, "--wide-attribution", help=_WIDE_HELP),
) -> None:
    """Code a corpus into the database; articles already stored with the same text are skipped, so an
    interrupted run is finished by running it again. Written articles join duplicate groups and their
    events join event clusters as each batch is stored (the grouping options apply to a new database;
    `dyad regroup` changes them later).

    Example: dyad ingest corpus.jsonl --db news.duckdb --processes 2
    """
    from dyad.corpus import CorpusError, ingest_corpus
    from dyad.ingest import IngestError
    from dyad.nlp import ModelError
    from dyad.store import StoreError

    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    try:
        with _report_skips():
            stats = ingest_corpus(corpus, db=db, n_process=processes, batch_size=batch_size, engine=engine.value,
                                  scheduler=scheduler, parquet_dir=parquet_dir, progress=True,
                                  default_published=published, since=since,
                                  grouping=_grouping_options(threshold, window_days, any_place),
                                  wide_attribution=wide_attribution)
    except IngestError as exc:
        raise typer.BadParameter(str(exc), param_hint="'CORPUS'") from None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    except (CorpusError, StoreError, ModelError) as exc:
        raise _fail(str(exc)) from None
    err.print(f"{stats.articles:,} articles ({stats.inserted:,} new, {stats.replaced:,} replaced, "
              f"{stats.skipped_unchanged:,} unchanged), {stats.errors:,} errors in {stats.seconds:.1f} s: "
              f"{stats.articles_per_second:,.1f} articles/s, {stats.tokens_per_second:,.0f} tokens/s",
              highlight=False)
    for label, counts in (("passed over (no article)", stats.passed_over), ("notes", stats.notes)):
        if counts:
            err.print(f"{label}: " + ", ".join(f"{why}: {n:,}" for why, n in sorted(counts.items())),
                      markup=False, highlight=False)
    if stats.errors:
        err.print(f"{stats.errors:,} input(s) could not be coded; see the errors table "
                  f"(dyad export --db {db} --table errors --format csv errors.csv)", markup=False, highlight=False)


# --- scoring against gold suites: `dyad evaluate plover`, `dyad evaluate news` -------------------------------


def _ratio_cell(acc) -> str:
    return f"{acc.value:.3f} ({acc.correct}/{acc.total})" if acc.total else "—"


@evaluate_app.command("plover")
def evaluate_plover_cli(
    path: Path = typer.Argument(..., help="PLOVER gold-standard JSON, e.g. ../shared/plover/PLOVER_GSR_dev.json"),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON"),
    misses: bool = typer.Option(False, "--misses", help="Also list every record whose category+source+target "
                                "is wrong, with gold and predicted events"),
) -> None:
    """Score Dyad on the PLOVER gold records: category, actors, sector, mode, context, location, casualties.

    Example: dyad evaluate plover ../shared/plover/PLOVER_GSR_dev.json --misses
    """
    import json
    import sys

    from rich.table import Table

    from dyad.evaluate.plover import evaluate_plover
    from dyad.nlp import ModelError

    if not path.is_file():
        raise typer.BadParameter(f"{path} is not a file", param_hint="PATH")
    try:
        report = evaluate_plover(path, progress=not as_json)
    except (ValueError, KeyError) as exc:
        raise _fail(f"cannot read {path}: {exc}") from None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(misses=misses), ensure_ascii=False, indent=2)
                         + "\n")
        return
    console = Console()
    cats = Table(title=f"PLOVER per gold category — {report.n_records} records")
    for column in ("category", "records", "category acc.", "category+source+target"):
        cats.add_column(column, justify="left" if column == "category" else "right")
    for name, row in report.categories.items():
        cats.add_row(name, str(row["category"].total), _ratio_cell(row["category"]), _ratio_cell(row["triple"]))
    console.print(cats)
    totals = Table(title="PLOVER totals (accuracy over records whose gold has the field)")
    totals.add_column("field")
    totals.add_column("accuracy", justify="right")
    for name, acc in report.totals.items():
        totals.add_row(name, _ratio_cell(acc))
    totals.add_row("event precision", _ratio_cell(report.event_precision))
    totals.add_row("records without any event", str(report.no_event))
    console.print(totals)
    if misses:
        table = Table(title="Misses (category+source+target wrong)", show_lines=True)
        for column in ("id", "why", "text", "gold", "predicted"):
            table.add_column(column, overflow="fold")
        for m in report.misses:
            table.add_row(m["id"], m["reason"], m["text"], m["gold"], "\n".join(m["predicted"]) or "—")
        console.print(table)


@evaluate_app.command("news")
def evaluate_news_cli(
    directory: Path = typer.Argument(..., help="Folder of NN-slug.txt + NN-slug.json pairs, e.g. ../shared/news-dev"),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON"),
    misses: bool = typer.Option(False, "--misses", help="Also list every missed or spurious event, quotation "
                                "and count with its sentence"),
    select: str | None = typer.Option(None, "--select", help="Score only these article numbers, e.g. 13-28 or "
                                      "1,4-6 (the NN of NN-slug)"),
    group: list[str] = typer.Option([], "--group", help="Also total these article numbers on their own, e.g. "
                                    "--group 1-12 --group 13-28 (repeatable; one column each)"),
    wide_attribution: bool = typer.Option(False, "--wide-attribution", help=_WIDE_HELP + " (the gold counts "
                                          "none of them: this measures what the option costs in precision)"),
) -> None:
    """Score Dyad on gold-annotated news articles: events, quotations (speaker, relaying outlet) and counts.

    Example: dyad evaluate news ../shared/news-dev --group 1-12 --group 13-28 --misses
    """
    import json
    import sys

    from rich.table import Table

    from dyad.evaluate.news import evaluate_news, parse_selection
    from dyad.nlp import ModelError

    if not directory.is_dir():
        raise typer.BadParameter(f"{directory} is not a directory", param_hint="DIRECTORY")
    try:
        selected = parse_selection(select) if select else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--select") from None
    try:
        groups = {spec: parse_selection(spec) for spec in group}
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--group") from None
    try:
        report = evaluate_news(directory, select=selected, progress=not as_json, wide_attribution=wide_attribution)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    except (ValueError, KeyError) as exc:
        raise _fail(f"cannot read the gold files: {exc}") from None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(misses=misses, groups=groups), ensure_ascii=False, indent=2)
                         + "\n")
        return
    console = Console(width=max(Console().width, 100))  # eleven score columns: never squeeze them to "0.…"
    table = Table(title=f"news-dev per article ({len(report.articles)} articles; ratios, — where nothing to score)")
    columns = ("article", "ev R req", "ev R all", "ev P", "q R dir", "q R ind", "q R span", "q P", "acc. to",
               "cnt R", "cnt P")
    for column in columns:
        table.add_column(column, justify="left" if column == "article" else "right")

    def value(acc) -> str:
        return f"{acc.value:.3f}" if acc.total else "—"

    def prf_cells(c) -> list[str]:
        return [f"{c.recall:.3f}" if c.tp + c.fn else "—", f"{c.precision:.3f}" if c.tp + c.fp else "—"]

    total = report.total
    for a in [*report.articles, total]:
        table.add_row(a.name.split("-")[0], value(a.events_required), value(a.events_all), value(a.events_precision),
                      value(a.quotes_direct), value(a.quotes_indirect), value(a.quotes_span),
                      value(a.quotes_precision), value(a.according_to), *prf_cells(a.counts),
                      style="bold" if a is total else None)
    console.print(table)
    # One column per --group and one for all scored articles: a gain on one group only is fitting.
    parts = [(f"articles {label} ({len(sub.articles)})", sub.total)
             for label, numbers in groups.items() for sub in [report.subset(numbers)]]
    parts.append((f"all ({len(report.articles)})", total))
    totals = Table(title="news-dev totals (score, hits / total)")
    totals.add_column("measure")
    for label, _ in parts:
        totals.add_column(label, justify="right")
    measures = (("events: recall of required", "events_required"), ("events: recall of all", "events_all"),
                ("events: precision", "events_precision"), ("quotes: recall (span + speaker)", "quotes_all"),
                ("quotes: recall, direct", "quotes_direct"), ("quotes: recall, indirect", "quotes_indirect"),
                ("quotes: recall of the span, any speaker", "quotes_span"),
                ("quotes: speaker right (found spans)", "quotes_speaker"), ("quotes: precision", "quotes_precision"),
                ("quotes: kind agrees (matched quotes)", "quotes_kind_agreement"),
                ("quotes: according_to", "according_to"))
    for label, name in measures:
        totals.add_row(label, *(f"{value(getattr(t, name))} ({getattr(t, name).correct}/{getattr(t, name).total})"
                                for _, t in parts))
    totals.add_row("counts: recall", *(f"{t.counts.recall:.3f} ({t.counts.tp}/{t.counts.tp + t.counts.fn})"
                                        for _, t in parts))
    totals.add_row("counts: precision", *(f"{t.counts.precision:.3f} ({t.counts.tp}/{t.counts.tp + t.counts.fp})"
                                           for _, t in parts))
    console.print(totals)
    console.print(f"events: {total.events_duplicates} repeats of matched events, {total.events_without_target} "
                  f"without a target; {total.counts_out_of_scope} counts of kinds the gold does not annotate",
                  highlight=False)
    if misses:
        out = Table(title="Misses", show_lines=True)
        for column in ("article", "what", "gold", "predicted", "sentence"):
            out.add_column(column, overflow="fold")
        for m in report.misses:
            predicted = m["predicted"]
            if isinstance(predicted, list):
                predicted = "\n".join(predicted) or "—"
            out.add_row(m["article"][:2], f"{m['type']} {m['status']}", m["gold"] or "", predicted or "", m["sentence"])
        console.print(out)


# --- web: `dyad serve` ----------------------------------------------------------------------------------------


@app.command("serve")
def serve_cli(
    db: Path = typer.Option(..., "--db", help="Dyad DuckDB database to browse"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port"),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes it)"),
    max_body_mb: float = typer.Option(5.0, "--max-body-mb", min=0.001, help="Refuse request bodies over this "
                                      "many megabytes (HTTP 413)"),
) -> None:
    """Serve the web pages and JSON API: annotated articles, a paste box and a dyad dashboard.

    Example: dyad serve --db news.duckdb --port 8000
    """
    import uvicorn

    from dyad.web import create_app

    if not db.is_file():
        err.print(f"warning: no database at {db} yet; only /paste and POST /extract work until "
                  f"`dyad ingest ... --db {db}` creates it", markup=False, highlight=False)
    web_app = create_app(db, max_body_bytes=int(max_body_mb * 1024 * 1024))
    err.print(f"Dyad on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)", markup=False, highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="info")
