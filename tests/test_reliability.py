"""Reliability: bad input, faults and load. Every input ends as a result or as exactly one clear error
record (article id, stage, code, message); a batch never crashes and never drops an article silently.

Duplicate ids (decided here, documented in docs/reliability.md): both inputs are read and coded and both
count in the stream (``results + errors == inputs``); in the database the **last one wins**, replacing
the first (one ``articles`` row, the later text), so stored rows are ``inputs - superseded duplicates``.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad import store
from dyad.ingest import read_articles, truncate_text
from dyad.pipeline import (DEFAULT_MAX_CHARS, MAX_SENTENCE_TOKENS, InputError, bound_sentences, extract,
                           extract_many)
from dyad.records import Article, ArticleResult, ExtractionError

REPO = Path(__file__).resolve().parents[1]

TURKISH = ("Cumhurbaşkanı Erdoğan, İsrail'e yapacağı ziyareti iptal ettiğini açıkladı. "
           "Dışişleri Bakanlığı büyükelçiyi istişareler için Ankara'ya geri çağırdı.")
HEBREW = "ראש הממשלה הודיע כי ישראל תחזיר את השגרירים שלה מטורקיה. משרד החוץ פרסם הודעה ביום רביעי."
ARABIC = "أعلن الرئيس التركي أنه ألغى زيارته إلى إسرائيل. وقالت وزارة الخارجية إنها استدعت السفير."
ENGLISH = ("Turkish President Recep Tayyip Erdogan cancelled his planned visit to Israel, "
           "the foreign ministry said on Wednesday.\n\nIsrael recalled its diplomats from Turkey.\n")
HTML_WITH_SCRIPT = ("<html><head><title>Erdogan cancels visit</title><script>alert('x'); var secret = 1;"
                    "</script></head><body><article><h1>Erdogan cancels visit</h1><p>Turkish President Erdogan "
                    "cancelled his visit to Israel on Wednesday, the ministry said in a statement issued in "
                    "Ankara.</p><script>document.write('injected')</script><p>Israel recalled its diplomats "
                    "from Turkey for consultations, officials in Jerusalem said.</p></article></body></html>")


def offsets(value, path="result"):
    """Every (path, start, end) pair of character offsets in a dumped record tree."""
    if isinstance(value, dict):
        for key, start in value.items():
            for suffix_start, suffix_end in (("start_char", "end_char"), ("_start", "_end")):
                if key.endswith(suffix_start) and isinstance(start, int):
                    end = value.get(key[: -len(suffix_start)] + suffix_end)
                    if isinstance(end, int):
                        yield f"{path}.{key}", start, end
        for key, child in value.items():
            yield from offsets(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from offsets(child, f"{path}[{i}]")


def assert_offsets_within(result: ArticleResult, text: str) -> None:
    for where, start, end in offsets(result.model_dump()):
        assert 0 <= start <= end <= len(text), f"{where}: ({start}, {end}) outside a text of {len(text)} chars"


# ------------------------------------------------------------------------------- extract: bad inputs

@pytest.mark.parametrize("text, code", [
    ("", "E002"),
    ("   \n\t  \n", "E002"),
    ("\u00a0\u2003\n", "E002"),
    ("binary\x00\x01\x02data", "E004"),
    (b"Turkish President Erdogan cancelled his visit.", "E004"),
    (None, "E004"),
])
def test_extract_rejects_unusable_text_with_input_error(text, code):
    with pytest.raises(InputError) as info:
        extract(text)
    assert info.value.code == code and str(info.value).startswith(f"[{code}] ")


@pytest.mark.parametrize("published", ["2023-02-30", "2023-13-01", "yesterday", "01/11/2023"])
def test_extract_rejects_impossible_published_date(published):
    with pytest.raises(InputError) as info:
        extract(ENGLISH, published=published)
    assert info.value.code == "E003"


def test_extract_codes_text_without_published_date():
    result = extract(ENGLISH)
    assert result.published is None and result.events


@pytest.mark.parametrize("text", [TURKISH, HEBREW, ARABIC, "Ça été une journée très difficile à Genève.",
                                  "Erdoğan visited Köln 😀 and met Müller.\u200b\ufeff", HTML_WITH_SCRIPT],
                         ids=["turkish", "hebrew", "arabic", "french", "emoji-zero-width", "raw-html"])
def test_extract_non_english_and_odd_text_returns_a_result(text):
    result = extract(text, published="2023-11-01")
    assert isinstance(result, ArticleResult)
    assert_offsets_within(result, text)


def test_extract_latin1_text_read_from_file_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    # English (a French text is now an E030 record by the language rule), with Latin-1 letters in its names
    path.write_bytes("José Müller, the head of the café owners' association in Zürich, said on Monday that the "
                     "visit of the trade delegation had been cancelled, the ministry said.".encode("latin-1"))
    [article] = list(read_articles(path))
    assert isinstance(article, Article) and "José Müller" in article.text and "Zürich" in article.text
    assert isinstance(extract(article.text), ArticleResult)


def test_extract_truncates_over_the_cap_with_flag_and_warning():
    """The per-article cap: over ``max_chars`` the text is cut at a sentence or paragraph end, flagged and
    warned about. (The default cap is exercised in benchmarks/bench_bounds.py; a small cap keeps this fast.)"""
    text = ENGLISH * 200
    result = extract(text, max_chars=2_000, published="2023-11-01")
    assert result.truncated and result.warnings == ["text truncated at the configured cap"]
    assert_offsets_within(result, text[:2_000])
    assert extract(ENGLISH, max_chars=2_000).truncated is False


def test_extract_million_char_line_without_sentence_break_is_truncated_and_bounded():
    """A 1,000,000-character line with no sentence end: cut to the cap, parsed into sentences of at most
    MAX_SENTENCE_TOKENS tokens (as one sentence its coding cost grows with the square of its length)."""
    word = "Erdogan said Israel attacked the hospital in Gaza and the ministry condemned the strike "
    line = (word * (1_000_000 // len(word) + 1))[:1_000_000]
    cut, truncated = truncate_text(line, DEFAULT_MAX_CHARS)
    assert truncated and len(cut) <= DEFAULT_MAX_CHARS and line.startswith(cut)
    started = time.perf_counter()
    result = extract(line, max_chars=6_000)
    assert time.perf_counter() - started < 30
    assert result.truncated and result.events
    assert_offsets_within(result, line)


def test_bound_sentences_splits_run_on_text_and_keeps_ordinary_parses(nlp):
    run_on = ("the minister said the army attacked the town " * 120).strip()
    doc = bound_sentences(nlp(run_on), nlp)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS and doc.text == run_on
    ordinary = nlp(ENGLISH)
    assert bound_sentences(ordinary, nlp) is ordinary


def test_ten_megabyte_article_is_capped_on_read_and_in_the_pipeline(tmp_path):
    path = tmp_path / "huge.txt"
    paragraph = ENGLISH.strip() + "\n\n"
    path.write_text(paragraph * (10_000_000 // len(paragraph) + 1), encoding="utf-8")
    assert path.stat().st_size >= 10_000_000
    [article] = list(read_articles(path))
    assert isinstance(article, Article) and len(article.text) <= 2_000_000
    [(item, result)] = list(extract_many([article], max_chars=5_000))
    assert result.truncated and result.article_id == "huge"


# ------------------------------------------------------------------------- ingest: one mixed batch

def mixed_batch(path: Path) -> tuple[Path, int, int]:
    """A JSONL batch of good and bad lines; returns (path, input lines, superseded duplicate lines)."""
    lines: list[bytes] = [json.dumps(obj, ensure_ascii=False).encode() for obj in [
        {"id": "english", "text": ENGLISH, "published": "2023-11-01"},
        {"id": "turkish", "text": TURKISH, "published": "2023-11-01"},
        {"id": "hebrew", "text": HEBREW},
        {"id": "arabic", "text": ARABIC, "published": "2023-11-01T08:00:00Z"},
        {"id": "no-date", "text": ENGLISH},
        {"id": "impossible-date", "text": ENGLISH, "published": "2023-02-30"},
        {"id": "numeric-date", "text": ENGLISH, "published": 20231101},
        {"id": "empty", "text": ""},
        {"id": "blank", "text": "  \n "},
        {"id": "no-text"},
        {"id": "number-text", "text": 42},
        {"id": "nul", "text": "abc\u0000def"},
        {"id": "html", "text": HTML_WITH_SCRIPT},
        {"id": "dup", "text": "Israel recalled its diplomats from Turkey on Wednesday."},
        {"id": "dup", "text": "Turkey recalled its ambassador from Israel on Thursday."},
        ["a", "list"],
    ]]
    lines += [b'{"id": "broken", "text": "no closing brace"', b"not json at all",
              b'{"id": "bad-utf8", "text": "caf\xe9 \xff\xfe"}', "{\"id\": \"latin1\", \"text\": \"déjà\"}".encode("latin-1"),
              b"\x00\x01\x02\x03binary"]
    path.write_bytes(b"\n".join(lines) + b"\n\n")
    return path, len(lines), 1


EXPECTED_ERRORS = {"impossible-date": "E003", "numeric-date": "E003", "empty": "E002", "blank": "E002",
                   "no-text": "E002", "number-text": "E002", "nul": "E004"}


def test_mixed_jsonl_batch_stores_every_input_as_article_or_one_error(tmp_path):
    path, n_lines, superseded = mixed_batch(tmp_path / "mixed.jsonl")
    items = list(extract_many(read_articles(path), batch_size=4))
    assert len(items) == n_lines  # the stream: one item per non-blank line, duplicates included
    con = store.connect(tmp_path / "mixed.duckdb")
    try:
        store.write_results(con, items, batch_size=3)
        counts = store.row_counts(con)
        errors = {r["article_id"]: r for r in store.read_table(con, "errors")}
        text = con.execute("SELECT text FROM articles WHERE article_id = 'dup'").fetchone()[0]
    finally:
        con.close()
    assert counts["articles"] + counts["errors"] == n_lines - superseded
    assert text.startswith("Turkey recalled")  # last one wins
    for article_id, code in EXPECTED_ERRORS.items():
        assert errors[article_id]["code"] == code, errors[article_id]
    by_code = sorted(r["code"] for r in errors.values())
    assert by_code.count("E001") == 3 and by_code.count("E004") == 4
    for row in errors.values():
        assert row["article_id"] and row["stage"] in ("ingest", "extract") and row["message"].startswith("[E0")
        assert row["source"]


def test_mixed_jsonl_batch_through_ingest_corpus(tmp_path):
    from dyad.corpus import ingest_corpus

    path, n_lines, superseded = mixed_batch(tmp_path / "mixed.jsonl")
    stats = ingest_corpus(path, db=tmp_path / "c.duckdb", n_process=1, batch_size=4, progress=False)
    assert stats.articles + stats.errors == n_lines
    con = store.connect(tmp_path / "c.duckdb", read_only=True)
    try:
        counts = store.row_counts(con)
    finally:
        con.close()
    assert counts["articles"] + counts["errors"] == n_lines - superseded


def test_html_file_with_scripts_codes_article_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_WITH_SCRIPT, encoding="utf-8")
    [article] = list(read_articles(path))
    assert isinstance(article, Article)
    assert "alert" not in article.text and "injected" not in article.text and "Erdogan" in article.text


def test_coder_failure_is_one_error_record_and_extract_raises_coding_error(monkeypatch):
    from dyad import pipeline

    def broken(*args, **kwargs):
        raise IndexError("boom")

    monkeypatch.setattr(pipeline.events_stage, "events", broken)
    good = Article(id="a", text=ENGLISH, published="2023-11-01", origin="test")
    [item] = list(extract_many([good]))
    assert isinstance(item, ExtractionError) and item.code == "E020" and "IndexError: boom" in item.message
    with pytest.raises(pipeline.CodingError) as info:
        extract(ENGLISH, article_id="a")
    assert info.value.code == "E020" and isinstance(info.value.__cause__, IndexError)


# --------------------------------------------------------------------------------------- fuzzing

WORDS = ["Israel", "Turkey", "Erdogan", "said", "attacked", "the", "hospital", "in", "Gaza", "\"", "“", "”",
         ",", ".", "\n\n", "\n", "killed", "12", "people", "twelve", "on", "Tuesday", "last", "week", "he",
         "according", "to", "Reuters", "not", "would", "U.N.", "Mr.", "'", "(", ")", ":", "—", "accused",
         "of", "condemned", "police", "arrested", "İstanbul", "שלום", "سلام", "😀", "\x0b", "\u2028"]


def check_extract(text: str) -> None:
    try:
        result = extract(text, published="2023-11-01", max_chars=2_000)
    except InputError:
        assert not text.strip() or "\x00" in text
        return
    assert isinstance(result, ArticleResult)
    assert_offsets_within(result, text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_fuzz_extract_arbitrary_text(text):
    check_extract(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))
def test_fuzz_extract_newsy_token_soup(text):
    check_extract(text)


def expected_inputs(data: bytes, suffix: str) -> int:
    if suffix == ".jsonl":
        return sum(1 for segment in data.split(b"\n") if segment.strip())
    return 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300),
                      st.lists(st.one_of(st.binary(max_size=40), st.just(b'{"text": "Israel said."}'),
                                         st.just(b'{"id": 1, "text": "x", "published": "2023-02-30"}')),
                               max_size=6).map(b"\n".join)),
       suffix=st.sampled_from([".jsonl", ".txt", ".json"]))
def test_fuzz_read_articles_arbitrary_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    items = list(read_articles(path))
    assert len(items) == expected_inputs(data, suffix)
    for item in items:
        assert isinstance(item, (Article, ExtractionError))
        if isinstance(item, ExtractionError):
            assert item.stage == "ingest" and item.code in ("E001", "E002", "E003", "E004", "E005", "E030")
            assert item.message.startswith(f"[{item.code}] ") and item.article_id
        else:
            assert item.text.strip()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_fuzz_read_articles_arbitrary_html_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    path.write_bytes(data)
    [item] = list(read_articles(path))
    assert isinstance(item, (Article, ExtractionError))


# ------------------------------------------------------------------------------ interrupt (SIGINT)

def test_cli_ingest_sigint_then_rerun_stores_every_input_once(tmp_path):
    """Ctrl-C during `dyad ingest`, then the same command again: every input is stored exactly once."""
    path, n_lines, superseded = mixed_batch(tmp_path / "mixed.jsonl")
    db = tmp_path / "i.duckdb"
    command = [sys.executable, "-c", "from dyad.cli import app; app()", "ingest", str(path), "--db", str(db),
               "--processes", "1", "--batch-size", "2"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(4)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)
    assert child.returncode != 0 or db.exists()
    rerun = subprocess.run(command, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    con = store.connect(db, read_only=True)
    try:
        counts = store.row_counts(con)
    finally:
        con.close()
    assert counts["articles"] + counts["errors"] == n_lines - superseded


# ---------------------------------------------------------------------------------------- web load

def test_web_under_small_load_has_no_errors_and_refuses_50mb_body(tmp_path, news_path):
    spec = importlib.util.spec_from_file_location("load_web", REPO / "benchmarks" / "load_web.py")
    load_web = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(load_web)
    db = load_web.build_db(tmp_path / "web.duckdb", news_path)  # the shipped example, not ../shared's seed
    with load_web.serve(db) as base:
        report = load_web.run_load(base, total=50, workers=4, seed=news_path)
        status = load_web.oversized_body_status(base)
    assert report["total"] == 50 and report["errors"] == 0, report["error_samples"]
    assert status == 413


# ------------------------------------------------------------- a reader or the parser failing on one input

def test_reader_failure_on_one_file_is_its_error_record_and_the_directory_completes(tmp_path, monkeypatch):
    """A missing HTML-cleaning library (trafilatura raising ImportError) used to crash the whole run; now
    that page is one E006 record saying what to do, and the other files of the directory are read."""
    import trafilatura

    def missing(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(trafilatura, "extract", missing)
    (tmp_path / "a-page.html").write_text(HTML_WITH_SCRIPT, encoding="utf-8")
    (tmp_path / "b-note.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_articles(tmp_path))
    assert [type(i).__name__ for i in items] == ["ExtractionError", "Article"]
    error = items[0]
    assert error.code == "E006" and error.article_id == "a-page" and "ImportError" in error.message
    assert "pip install" in error.message and error.source.endswith("a-page.html")


def test_cli_directory_with_a_failing_reader_exits_zero_and_codes_the_rest(tmp_path, monkeypatch):
    import trafilatura
    from typer.testing import CliRunner

    from dyad.cli import app

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: (_ for _ in ()).throw(ImportError("no cleaner")))
    (tmp_path / "page.html").write_text(HTML_WITH_SCRIPT, encoding="utf-8")
    (tmp_path / "story.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--published", "2023-11-01", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["story"]
    assert "E006" in result.stderr


def test_parser_failure_on_one_article_is_its_error_record_and_the_batch_goes_on(monkeypatch):
    """A text the parser chokes on fails alone: the batch is parsed again article by article."""
    from dyad import pipeline

    real = pipeline.load_pipeline()

    class Choking:
        def __getattr__(self, name):
            return getattr(real, name)

        def __call__(self, text):
            if "Ruritania" in text:
                raise RuntimeError("parser choked")
            return real(text)

        def pipe(self, items, **kwargs):
            items = list(items)
            for text, context in items:
                if "Ruritania" in text:
                    raise RuntimeError("parser choked")
                yield real(text), context

    monkeypatch.setattr(pipeline, "load_pipeline", lambda: Choking())
    texts = {"a": ENGLISH, "b": "Ruritania recalled its envoy from Borduria.", "c": ENGLISH}
    items = list(extract_many(Article(id=k, text=v, published="2023-11-01", origin="t") for k, v in texts.items()))
    kinds = [(i.article_id, i.code) if isinstance(i, ExtractionError) else (i[0].id, "ok") for i in items]
    assert kinds == [("a", "ok"), ("b", "E020"), ("c", "ok")]
    assert "RuntimeError: parser choked" in items[1].message
