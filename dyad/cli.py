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
            table.add_column(name)
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
) -> None:
    """Print the event time series of one dyad: events, quad classes and Goldstein per period.

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
                           date_to=date_to, fill_gaps=fill_gaps)
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


# --- coding articles: `dyad extract` ------------------------------------------------------------------------


def _article_tables(result) -> None:
    """Rich tables of one article's events, quotes and counts (stdout: this is the requested output)."""
    from rich.table import Table

    console = Console()
    events = Table(title=f"Events — {result.article_id}")
    for column in ("source", "target", "verb", "cameo", "name", "plover", "goldstein", "date", "flags"):
        events.add_column(column)
    for e in result.events:
        flags = ",".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on)
        events.add_row(f"{e.source.name} ({e.source.code})", f"{e.target.name} ({e.target.code})" if e.target else "",
                       e.verb, e.cameo, e.cameo_name, e.plover or "", f"{e.goldstein:+.1f}", e.date or "", flags)
    console.print(events)
    quotes = Table(title="Quotations")
    for column in ("speaker", "cue", "kind", "according to", "text"):
        quotes.add_column(column)
    for q in result.quotes:
        quotes.add_row(q.speaker.name if q.speaker else "?", q.cue or "", q.kind, q.according_to or "",
                       q.text if len(q.text) < 120 else q.text[:117] + "...")
    console.print(quotes)
    counts = Table(title="Counts")
    for column in ("kind", "number", "qualifier", "who", "text"):
        counts.add_column(column)
    for c in result.counts:
        counts.add_row(c.kind, f"{c.number:,}", c.qualifier or "", c.who or "", c.text)
    console.print(counts)


@app.command("extract")
def extract_cli(
    source: str = typer.Argument(..., help="A .txt/.html/.json/.jsonl file, a directory, or - for stdin"),
    published: str | None = typer.Option(None, "--published", help="Publication date (ISO) for relative dates, "
                                         "where the input gives none"),
    fmt: RecordFormat = typer.Option(RecordFormat.json, "--format", help="json: one document (a list for "
                                     "several articles); jsonl: one per line; csv: events; table: Rich tables"),
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

    try:
        articles = read_articles(source, default_published=published)
    except (IngestError, ValueError) as exc:
        raise typer.BadParameter(str(exc), param_hint="SOURCE / --published") from None
    results, failures = [], 0
    try:
        for item in extract_many(articles):
            if isinstance(item, ExtractionError):
                failures += 1
                err.print(f"error: {item.article_id} [{item.stage}] {item.message}", markup=False, highlight=False)
                continue
            _, result = item
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
        from dyad.store import event_row

        print_records([event_row(e, r.article_id) for r in results for e in r.events], fmt)
    elif fmt is RecordFormat.table:
        for result in results:
            _article_tables(result)
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
        sys.stdout.write(json.dumps(report.as_dict(misses=misses), ensure_ascii=False, indent=2) + "\n")
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
