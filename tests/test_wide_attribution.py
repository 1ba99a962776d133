"""The ``wide_attribution`` option through every entry point: ``extract_many`` (one process and a pool), the
corpus ingest (local engine and the Dask task), ``dyad extract``/``dyad ingest`` and ``dyad evaluate news``.
Off by default; on, a commitment ('vowed to ...') and a rejected claim ('denied reports that ...') are
indirect quotations. The texts are made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from dyad import store
from dyad.cli import app
from dyad.corpus import code_chunk, ingest_corpus
from dyad.pipeline import extract_many
from dyad.records import Article, ExtractionError

VOW = ("Chilean Foreign Minister Alberto Vargas vowed to retaliate against Peru after the border incident on "
       "Monday. The ministry in Santiago denied reports that its troops had crossed the frontier.")
PLAIN = "Kenyan police arrested 14 protesters in Nairobi on Friday, a police spokesman said."
runner = CliRunner()


def _articles() -> list[Article]:
    return [Article(id="vow", text=VOW, published="2024-03-05"), Article(id="blank", text=" "),
            Article(id="plain", text=PLAIN, published="2024-03-05")]


def _quotes(items) -> list:
    return [(item.article_id, item.code) if isinstance(item, ExtractionError)
            else (item[0].id, [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in item[1].quotes])
            for item in items]


def test_extract_many_wide_in_one_process_and_in_a_pool():
    narrow = _quotes(extract_many(_articles(), n_process=1, batch_size=2))
    one = _quotes(extract_many(_articles(), n_process=1, batch_size=2, wide_attribution=True))
    two = _quotes(extract_many(_articles(), n_process=2, batch_size=1, wide_attribution=True))
    assert one == two  # the workers code with the option too
    assert narrow[0] == ("vow", [])
    vow_texts = [text for text, _, _ in one[0][1]]
    assert any(t.startswith("to retaliate against Peru") for t in vow_texts)
    assert any("troops had crossed the frontier" in t for t in vow_texts)
    assert ("Alberto Vargas" in [speaker for _, speaker, _ in one[0][1]])
    assert one[1] == narrow[1] == ("blank", "E002") and one[2] == narrow[2]


def test_cli_extract_flag_adds_the_commitment(tmp_path):
    article = tmp_path / "vow.txt"
    article.write_text(VOW + "\n", encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(article), "--published", "2024-03-05"])
    wide = runner.invoke(app, ["extract", str(article), "--published", "2024-03-05", "--wide-attribution"])
    assert plain.exit_code == 0 and wide.exit_code == 0, (plain.output, wide.output)
    assert json.loads(plain.stdout)["quotes"] == []
    quotes = json.loads(wide.stdout)["quotes"]
    assert any(q["text"].startswith("to retaliate") and q["kind"] == "indirect" for q in quotes)


def _stored_quotes(db: Path) -> list[str]:
    con = store.connect(db, read_only=True)
    try:
        return sorted(row["text"] for row in store.read_table(con, "quotes"))
    finally:
        con.close()


def test_ingest_stores_wide_quotations_only_when_asked(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a.model_dump(include={"id", "text", "published"})) for a in _articles())
                      + "\n", encoding="utf-8")
    ingest_corpus(corpus, db=tmp_path / "narrow.duckdb", n_process=1, progress=False)
    ingest_corpus(corpus, db=tmp_path / "pool.duckdb", n_process=2, batch_size=1, progress=False,
                  wide_attribution=True)
    cli = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "cli.duckdb"), "--processes", "1",
                              "--wide-attribution"])
    assert cli.exit_code == 0, cli.output
    narrow, pool = _stored_quotes(tmp_path / "narrow.duckdb"), _stored_quotes(tmp_path / "pool.duckdb")
    assert not any("retaliate" in t for t in narrow)
    assert any(t.startswith("to retaliate") for t in pool)
    assert _stored_quotes(tmp_path / "cli.duckdb") == pool


def test_dask_task_codes_with_the_option(tmp_path):
    """The Dask engine's task (run here in-process: a cluster adds nothing to what is passed)."""
    for name, wide in (("narrow", False), ("wide", True)):
        articles, errors, _ = code_chunk(_articles(), str(tmp_path / name), "part-00000", 2, wide)
        assert (articles, errors) == (2, 1)
    texts = {name: pq.read_table(tmp_path / name / "quotes" / "part-00000.parquet").column("text").to_pylist()
             for name in ("narrow", "wide")}
    assert not any("retaliate" in t for t in texts["narrow"])
    assert any(t.startswith("to retaliate") for t in texts["wide"])


def test_cli_evaluate_news_wide_attribution(tmp_path):
    """A one-article gold folder: the commitment is no gold quotation, so with the option it is spurious."""
    text = VOW + ' "We will not be intimidated," Vargas told reporters.\n'
    (tmp_path / "01-chile-vow.txt").write_text(text, encoding="utf-8")
    gold = {"published": "2024-03-05", "events": [],
            "quotes": [{"speaker": ["Vargas"], "contains": "We will not be intimidated", "kind": "direct"}]}
    (tmp_path / "01-chile-vow.json").write_text(json.dumps(gold), encoding="utf-8")
    reports = {}
    for flag in ([], ["--wide-attribution"]):
        result = runner.invoke(app, ["evaluate", "news", str(tmp_path), "--json", *flag])
        assert result.exit_code == 0, result.output
        reports[bool(flag)] = json.loads(result.stdout)["total"]["quotes_precision"]
    assert reports[False]["total"] < reports[True]["total"]  # more quotations scored
    assert reports[True]["correct"] == reports[False]["correct"]  # none of them gold
