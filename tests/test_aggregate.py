"""dyad.aggregate (dyad series, actor network) and the store CLI commands, on hand-built results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from dyad import aggregate, store
from dyad.cli import app
from dyad.ingest import text_sha1
from dyad.records import ActorRef, Article, ArticleResult, Event, ExtractionError

# Made up for the tests (tests/data/README.md): Israel and Turkey trade recalls, criticism and offers to meet.
DISPATCHES = Path(__file__).resolve().parent / "data" / "israel-turkey-dispatches.txt"

ISR = dict(name="Israel", code="ISRGOV", country="ISR", sector="GOV")
ISR_MIL = dict(name="Israeli army", code="ISRMIL", country="ISR", sector="MIL")
TUR = dict(name="Turkey", code="TURGOV", country="TUR", sector="GOV")
TUR_PRESIDENT = dict(name="Turkish president", code="TURGOV", country="TUR", sector="GOV")
HAMAS = dict(name="Hamas", code="PSEREB", country="PSE", sector="REB")

# (article, published, event date, source, target, cameo, root, goldstein, quad, negated)
EVENTS = [
    ("a1", "2023-10-28", "2023-10-21", ISR, TUR, "161", "16", -4.0, 4, False),   # recall of diplomats
    ("a1", "2023-10-28", None, TUR_PRESIDENT, ISR, "1246", "12", -4.0, 3, False),  # cancels visit
    ("a2", "2023-10-25", None, ISR, TUR, "111", "11", -2.0, 3, False),          # criticizes (Wed)
    ("a2", "2023-10-25", None, ISR_MIL, HAMAS, "190", "19", -10.0, 4, False),   # fighting
    ("a3", "2023-11-02", None, ISR, TUR, "036", "03", 4.0, 1, False),           # expresses intent to meet
    ("a3", "2023-11-02", None, ISR, TUR, "042", "04", 1.9, 1, True),            # "did not visit": negated
    ("a4", "2023-10-21", None, ISR, None, "010", "01", 0.0, 1, False),          # no target
]


def actor(d: dict, text: str) -> ActorRef:
    start = text.index(d["name"])  # every actor is named in the text
    return ActorRef(start_char=start, end_char=start + len(d["name"]), **d)


def results(text: str) -> list[tuple[Article, ArticleResult]]:
    out = []
    for aid in sorted({e[0] for e in EVENTS}):
        rows = [e for e in EVENTS if e[0] == aid]
        published = rows[0][1]
        article_text = f"{aid}\n\n{text}"
        verb, head = article_text.index("recalled"), len(aid) + 2
        events = [Event(id=f"{aid}-{i}", source=actor(src, article_text),
                        target=actor(tgt, article_text) if tgt else None, verb="recalled", verb_start=verb,
                        verb_end=verb + 8, cameo=cameo, cameo_root=root, cameo_name=cameo, goldstein=g, quad_class=q,
                        date=date, negated=neg, evidence=article_text[head:head + 60], start_char=head,
                        end_char=head + 60, confidence=0.8)
                  for i, (_, _, date, src, tgt, cameo, root, g, q, neg) in enumerate(rows)]
        out.append((Article(id=aid, text=article_text, published=published),
                    ArticleResult(article_id=aid, published=published, text_sha1=text_sha1(article_text),
                                  events=events)))
    return out


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "news.duckdb"
    con = store.connect(path)
    store.write_results(con, results(DISPATCHES.read_text(encoding="utf-8")))
    store.write_results(con, [ExtractionError(article_id="bad", stage="ingest", code="E002", message="no text")])
    con.close()
    return path


@pytest.fixture
def con(db):
    c = store.connect(db, read_only=True)
    yield c
    c.close()


def test_aggregate_dyad_series_by_day(con):
    rows = aggregate.dyad_series(con, source="ISR", target="TUR", freq="day")
    assert [(r["period"], r["events"], r["quad1"], r["quad3"], r["quad4"], r["goldstein_sum"]) for r in rows] == [
        ("2023-10-21", 1, 0, 0, 1, -4.0),
        ("2023-10-25", 1, 0, 1, 0, -2.0),
        ("2023-11-02", 1, 1, 0, 0, 4.0),   # the negated event is not counted
    ]
    assert set(rows[0]) == set(aggregate.SERIES_COLUMNS)


def test_aggregate_dyad_series_by_week_and_month(con):
    weeks = aggregate.dyad_series(con, source="ISR", target="TUR", freq="week")
    assert [(r["period"], r["events"], r["goldstein_sum"], r["goldstein_mean"]) for r in weeks] == [
        ("2023-10-16", 1, -4.0, -4.0), ("2023-10-23", 1, -2.0, -2.0), ("2023-10-30", 1, 4.0, 4.0)]
    months = aggregate.dyad_series(con, source="ISR", target="TUR", freq="month")
    assert [(r["period"], r["events"], r["quad1"], r["quad3"], r["quad4"], r["goldstein_sum"]) for r in months] == [
        ("2023-10-01", 2, 0, 1, 1, -6.0), ("2023-11-01", 1, 1, 0, 0, 4.0)]
    assert months[0]["goldstein_mean"] == pytest.approx(-3.0)
    with_negated = aggregate.dyad_series(con, source="ISR", target="TUR", freq="month", include_negated=True)
    assert with_negated[1]["events"] == 2


def test_aggregate_dyad_series_matching(con):
    # a code prefix, a full code and a country all select the same side; the direction matters
    assert len(aggregate.dyad_series(con, source="isrgov", target="TUR")) == 3
    assert sum(r["events"] for r in aggregate.dyad_series(con, source="TUR", target="ISR")) == 1
    assert sum(r["events"] for r in aggregate.dyad_series(con, source="ISR", target="PSE")) == 1
    assert aggregate.dyad_series(con, source="ISRMIL", target="TUR") == []
    filled = aggregate.dyad_series(con, source="ISR", target="TUR", freq="week", fill_gaps=True)
    assert [r["period"] for r in filled] == ["2023-10-16", "2023-10-23", "2023-10-30"]
    filled = aggregate.dyad_series(con, source="ISR", target="TUR", freq="day", fill_gaps=True,
                                   date_to="2023-10-25")
    assert len(filled) == 5 and [r["events"] for r in filled] == [1, 0, 0, 0, 1]
    with pytest.raises(store.StoreError, match="frequency"):
        aggregate.dyad_series(con, source="ISR", target="TUR", freq="year")


def test_aggregate_plot_series(con, tmp_path):
    rows = aggregate.dyad_series(con, source="ISR", target="TUR", freq="day")
    out = aggregate.plot_series(rows, tmp_path / "isr-tur.png", title="ISR → TUR")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert aggregate.plot_series([], tmp_path / "empty.png").stat().st_size > 0


def test_aggregate_actor_network(con, tmp_path):
    graph = aggregate.actor_network(con)
    assert set(graph.edges) == {("ISRGOV", "TURGOV"), ("TURGOV", "ISRGOV"), ("ISRMIL", "PSEREB")}
    edge = graph.edges["ISRGOV", "TURGOV"]
    assert edge["weight"] == 3 and edge["goldstein_mean"] == pytest.approx(-2.0 / 3)
    assert (edge["quad1"], edge["quad3"], edge["quad4"]) == (1, 1, 1)
    assert graph.nodes["TURGOV"]["country"] == "TUR"
    assert graph.nodes["ISRGOV"]["events_out"] == 3  # the event with no target is not in the network
    path = aggregate.write_graphml(graph, tmp_path / "actors.graphml")
    back = nx.read_graphml(path)
    assert back.edges["ISRGOV", "TURGOV"]["weight"] == 3
    assert set(aggregate.actor_network(con, min_count=2).edges) == {("ISRGOV", "TURGOV")}


# ---------------------------------------------------------------------------------------------- CLI

runner = CliRunner()


def test_cli_dyads_formats(db, tmp_path):
    result = runner.invoke(app, ["dyads", "--db", str(db), "--source", "ISR", "--target", "TUR", "--freq", "month",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["period"], r["events"]) for r in rows] == [("2023-10-01", 2), ("2023-11-01", 1)]

    result = runner.invoke(app, ["dyads", "--db", str(db), "--source", "ISR", "--target", "TUR", "--format", "csv",
                                 "--plot", str(tmp_path / "p.png")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["period"] for r in rows] == ["2023-10-21", "2023-10-25", "2023-11-02"]
    assert (tmp_path / "p.png").is_file()

    result = runner.invoke(app, ["dyads", "--db", str(db), "--source", "ISR", "--target", "TUR"])
    assert result.exit_code == 0 and "2023-10-21" in result.stdout


def test_cli_dyads_missing_db_exits_1(tmp_path):
    result = runner.invoke(app, ["dyads", "--db", str(tmp_path / "none.duckdb"), "--source", "ISR",
                                 "--target", "TUR"])
    assert result.exit_code == 1
    assert "no database" in result.output


def test_cli_dyads_bad_freq_is_usage_error(db):
    result = runner.invoke(app, ["dyads", "--db", str(db), "--source", "ISR", "--target", "TUR", "--freq", "year"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["dyads", "--db", str(db), "--source", "ISR", "--target", "TUR", "--from", "28/10"])
    assert result.exit_code == 2


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_cli_export(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["export", "--db", str(db), "--table", "events", "--format", fmt, str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and result.stdout == ""
    result = runner.invoke(app, ["export", "--db", str(db), "--table", "nope", "--format", fmt, str(out)])
    assert result.exit_code == 1 and "unknown table" in result.output


def test_cli_network(db, tmp_path):
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["network", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(out).number_of_edges() == 3


def test_cli_load(tmp_path):
    parts = tmp_path / "parts"
    pairs = results(DISPATCHES.read_text(encoding="utf-8"))
    store.write_parquet_partition(pairs[:2], parts, "p0")
    store.write_parquet_partition(pairs[2:], parts, "p1")
    db = tmp_path / "loaded.duckdb"
    result = runner.invoke(app, ["load", str(parts), "--db", str(db)])
    assert result.exit_code == 0, result.output
    con = store.connect(db, read_only=True)
    assert store.row_counts(con)["events"] == len(EVENTS)
    con.close()
    result = runner.invoke(app, ["load", str(tmp_path / "nothing"), "--db", str(db)])
    assert result.exit_code == 1 and "no Parquet parts" in result.output
