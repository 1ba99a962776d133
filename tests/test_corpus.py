"""dyad.corpus: corpus runs into DuckDB — one row per input, re-runs, changed texts, both engines, the CLI,
and resuming a killed run. The coder's output changes as its rules are tuned, so these tests check
invariants (row counts, equal databases), never particular events."""

from __future__ import annotations

import importlib.util
import json
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad import store
from dyad.corpus import CorpusError, ingest_corpus
from dyad.ingest import IngestError, text_sha1

REPO = Path(__file__).resolve().parents[1]
INPUTS = 7  # five generated articles, one malformed JSON line, one article with empty text


@pytest.fixture(scope="session")
def corpus_records(shared_dir) -> list[dict]:
    spec = importlib.util.spec_from_file_location("make_corpus", REPO / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.make_corpus(5, seed=7))


def write_corpus(path: Path, records: list[dict]) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(2, '{"id": "broken", "text": "no closing brace"')
    lines.append(json.dumps({"id": "blank", "text": "   ", "published": "2024-01-02"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path, corpus_records) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", corpus_records)


def stored(db: Path) -> dict[str, list[dict]]:
    """Every table's rows in a stable order, without the errors' timestamps."""
    con = store.connect(db, read_only=True)
    try:
        tables = {t: store.read_table(con, t) for t in store.TABLES}
    finally:
        con.close()
    for row in tables["errors"]:
        row.pop("at")
    return tables


def counts(db: Path) -> dict[str, int]:
    return {t: len(rows) for t, rows in stored(db).items()}


def test_ingest_corpus_stores_one_row_per_input(corpus, tmp_path):
    db = tmp_path / "news.duckdb"
    stats = ingest_corpus(corpus, db=db, n_process=1, batch_size=2, progress=False)
    assert stats.articles + stats.errors == INPUTS
    assert (stats.articles, stats.errors, stats.skipped_unchanged) == (5, 2, 0)
    assert (stats.inserted, stats.replaced) == (5, 0)
    rows = stored(db)
    assert len(rows["articles"]) == 5 and len(rows["errors"]) == 2
    assert {e["code"] for e in rows["errors"]} == {"E001", "E002"}
    assert stats.tokens == sum(a["n_tokens"] for a in rows["articles"]) > 0
    assert stats.tokens_per_second > 0
    for article in rows["articles"]:
        assert article["text_sha1"] == text_sha1(article["text"])
        assert article["n_tokens"] > len(article["text"].split()) // 2
        for table in store.CHILD_TABLES:
            n = sum(r["article_id"] == article["article_id"] for r in rows[table])
            assert n == article[f"n_{table}"]


def test_ingest_corpus_rerun_changes_nothing(corpus, tmp_path):
    db = tmp_path / "news.duckdb"
    ingest_corpus(corpus, db=db, n_process=1, batch_size=4, progress=False)
    before = stored(db)
    again = ingest_corpus(corpus, db=db, n_process=1, batch_size=4, progress=False)
    assert again.skipped_unchanged == again.articles == 5
    assert again.tokens == 0  # nothing parsed again
    assert (again.errors, again.inserted, again.replaced) == (2, 0, 0)
    assert stored(db) == before


def test_ingest_corpus_changed_text_replaces_that_article(corpus_records, tmp_path):
    db, path = tmp_path / "news.duckdb", tmp_path / "corpus.jsonl"  # one path: origins stay equal
    ingest_corpus(write_corpus(path, corpus_records), db=db, n_process=1, batch_size=4, progress=False)
    changed = [dict(r) for r in corpus_records]
    paragraphs = changed[3]["text"].split("\n\n")
    changed[3]["text"] = "\n\n".join(paragraphs[:3]) + "\n"
    v2 = write_corpus(path, changed)
    stats = ingest_corpus(v2, db=db, n_process=1, batch_size=4, progress=False)
    assert (stats.replaced, stats.inserted, stats.skipped_unchanged) == (1, 0, 4)
    fresh = tmp_path / "fresh.duckdb"
    ingest_corpus(v2, db=fresh, n_process=1, batch_size=4, progress=False)
    assert stored(db) == stored(fresh)
    article = next(a for a in stored(db)["articles"] if a["article_id"] == changed[3]["id"])
    assert article["text_sha1"] == text_sha1(changed[3]["text"])


def test_ingest_corpus_dask_engine_equals_local(corpus, tmp_path):
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest_corpus(corpus, db=local, n_process=1, batch_size=1, progress=False)
    parts = tmp_path / "parts"
    stats = ingest_corpus(corpus, db=dask, n_process=2, batch_size=1, engine="dask", parquet_dir=parts,
                          progress=False)
    assert (stats.articles, stats.errors, stats.inserted) == (5, 2, 5)
    assert stats.tokens == sum(a["n_tokens"] for a in stored(local)["articles"])
    assert len(list((parts / "articles").glob("part-*.parquet"))) == 2  # chunks of batch_size * 4 inputs
    assert stored(dask) == stored(local)
    with pytest.raises(CorpusError, match="already holds Parquet parts"):
        ingest_corpus(corpus, db=dask, n_process=2, engine="dask", parquet_dir=parts, progress=False)


def test_ingest_corpus_rejects_bad_options(corpus, tmp_path):
    with pytest.raises(ValueError, match="engine"):
        ingest_corpus(corpus, db=tmp_path / "x.duckdb", engine="spark", progress=False)
    with pytest.raises(ValueError, match="scheduler"):
        ingest_corpus(corpus, db=tmp_path / "x.duckdb", scheduler="tcp://127.0.0.1:8786", progress=False)
    with pytest.raises(IngestError):
        ingest_corpus(tmp_path / "missing.jsonl", db=tmp_path / "x.duckdb", progress=False)
    assert not (tmp_path / "x.duckdb").exists()


def test_cli_ingest_exit_0_with_bad_articles(corpus, tmp_path):
    from dyad.cli import app

    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--processes", "1",
                                      "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    assert counts(db)["articles"] == 5 and counts(db)["errors"] == 2
    usage = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--scheduler", "tcp://x:1"])
    assert usage.exit_code == 2


# The child reports the article row count after every committed batch, then waits to be killed.
_CHILD = r"""
import sys, time
from dyad import corpus, store

_upsert = store._upsert

def upsert(con, tables, *grouping):
    stats = _upsert(con, tables, *grouping)
    print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
    time.sleep(60)
    return stats

store._upsert = upsert
corpus.ingest_corpus(sys.argv[1], db=sys.argv[2], n_process=1, batch_size=2, progress=False)
"""


def test_ingest_corpus_resumes_after_sigkill(corpus, tmp_path):
    db = tmp_path / "killed.duckdb"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus), str(db)], stdout=subprocess.PIPE,
                             text=True)
    try:
        ready, _, _ = select.select([child.stdout], [], [], 120)
        assert ready, "the ingest child committed no batch in 120 s"
        committed = int(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert 0 < committed < 5
    assert counts(db)["articles"] == committed  # the batch after the kill point was never committed

    stats = ingest_corpus(corpus, db=db, n_process=1, batch_size=2, progress=False)
    assert stats.skipped_unchanged == committed
    assert stats.articles + stats.errors == INPUTS
    clean = tmp_path / "clean.duckdb"
    ingest_corpus(corpus, db=clean, n_process=1, batch_size=2, progress=False)
    resumed = stored(db)
    assert resumed == stored(clean)
    ids = [a["article_id"] for a in resumed["articles"]]
    assert len(ids) == len(set(ids)) == 5
    for table in store.CHILD_TABLES:
        keys = [(r["article_id"], r["seq"]) for r in resumed[table]]
        assert len(keys) == len(set(keys))
