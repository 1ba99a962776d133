"""dyad.store: schema, upserts, errors, exports and Parquet parts, on hand-built records from the seed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dyad import store
from dyad.ingest import text_sha1
from dyad.records import (
    Actor, ActorRef, Article, ArticleResult, Count, DateRef, Entity, Event, ExtractionError, Mention, Place,
    Quotation,
)

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed-israel-turkey.txt"


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def ref(text: str, name: str, code: str, country: str, sector: str | None, actor_id: str) -> ActorRef:
    s, e = span(text, name)
    return ActorRef(actor_id=actor_id, name=name, code=code, country=country, sector=sector, start_char=s,
                    end_char=e)


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    i = text.index(needle)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return text[start:end], start, end


def seed_result(text: str, article_id: str = "seed", published: str = "2023-10-28") -> ArticleResult:
    """What the pipeline should say about the seed's recall of diplomats (hand-coded, real offsets)."""
    recall, rs, re_ = sentence_of(text, "Israel recalled its diplomats")
    vs, ve = span(text, "recalled its diplomats")
    israel = ref(text, "Israel", "ISRGOV", "ISR", "GOV", "A1")
    turkey = ref(text, "Turkey", "TURGOV", "TUR", "GOV", "A2")
    cohen_s, cohen_e = span(text, "Eli Cohen")
    cancel, cs, ce = sentence_of(text, "cancelling plans to visit Israel")
    quote, qs, qe = sentence_of(text, "I ordered the return")
    q_text_s, q_text_e = span(text, "Against the background")
    ta_s, ta_e = span(text, "Tel Aviv")
    lw_s, lw_e = span(text, "Last week")
    events = [
        Event(id=f"{article_id}-ev1", source=israel, target=turkey, verb="recalled its diplomats", verb_start=vs,
              verb_end=ve, cameo="161", cameo_root="16", cameo_name="Reduce or break diplomatic relations",
              goldstein=-4.0, quad_class=4, plover="REDUCE", plover_mode="break relations", date="2023-10-21",
              date_text="Last week", location=Place(name="Tel Aviv", country="ISR", latitude=32.08,
                                                    longitude=34.78, start_char=ta_s, end_char=ta_e),
              attribution="The Times of Israel", evidence=recall, start_char=rs, end_char=re_, confidence=0.9),
        Event(id=f"{article_id}-ev2", source=ref(text, "Erdogan", "TURGOV", "TUR", "GOV", "A3"),
              target=ref(text, "Israel", "ISR", "ISR", None, "A1"), verb="cancelling plans to visit",
              verb_start=span(text, "cancelling plans")[0], verb_end=span(text, "cancelling plans")[1],
              cameo="1246", cameo_root="12", cameo_name="Reject request or demand for settling dispute",
              goldstein=-4.0, quad_class=3, plover="REJECT", evidence=cancel, start_char=cs, end_char=ce,
              confidence=0.7),
        Event(id=f"{article_id}-ev3", source=israel, target=None, verb="called on", verb_start=vs, verb_end=ve,
              cameo="010", cameo_root="01", cameo_name="Make statement", goldstein=0.0, quad_class=1,
              evidence=recall, start_char=rs, end_char=re_, confidence=0.5, negated=False, hypothetical=False),
    ]
    return ArticleResult(
        article_id=article_id, published=published, url="https://example.org/seed", source="ANI",
        text_sha1=text_sha1(text),
        entities=[Entity(text="Eli Cohen", label="PERSON", start_char=cohen_s, end_char=cohen_e, actor_id="A4",
                         country="ISR"),
                  Entity(text="Tel Aviv", label="GPE", start_char=ta_s, end_char=ta_e, country="ISR")],
        actors=[Actor(id="A1", name="Israel", kind="country", code="ISRGOV", country="ISR", sector="GOV",
                      mentions=[Mention(text="Israel", start_char=israel.start_char, end_char=israel.end_char)]),
                Actor(id="A4", name="Eli Cohen", kind="person", code="ISRGOV", country="ISR",
                      role="foreign minister", sector="GOV",
                      mentions=[Mention(text="Eli Cohen", start_char=cohen_s, end_char=cohen_e),
                                Mention(text="Cohen", start_char=span(text, "Cohen posted")[0],
                                        end_char=span(text, "Cohen posted")[0] + 5)])],
        quotes=[Quotation(id="Q1", speaker=ref(text, "Cohen", "ISRGOV", "ISR", "GOV", "A4"), cue="posted",
                          text=text[q_text_s:q_text_e], kind="direct", medium="X", start_char=q_text_s,
                          end_char=q_text_e, sentence=quote)],
        events=events,
        counts=[Count(kind="kill", number=1400, qualifier="at least", who="Israelis", text="at least 1,400 Israelis",
                      start_char=0, end_char=23, event_id=f"{article_id}-ev1")],
        dates=[DateRef(text="Last week", date="2023-10-21", start_char=lw_s, end_char=lw_e)],
        warnings=["W010 unmatched quotation mark"],
    )


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def pair(seed_text):
    article = Article(id="seed", text=seed_text, published="2023-10-28", url="https://example.org/seed",
                      source="ANI", origin=str(SEED))
    return article, seed_result(seed_text)


@pytest.fixture
def con(tmp_path):
    c = store.connect(tmp_path / "dyad.duckdb")
    yield c
    c.close()


def counts_of(con) -> dict[str, int]:
    return store.row_counts(con)


ERROR = ExtractionError(article_id="feed.jsonl:7", stage="ingest", code="E001",
                        message="[E001] malformed JSON line", source="feed.jsonl:7")


def test_store_connect_creates_schema_and_utc(con):
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(store.TABLES) <= tables
    assert con.execute("SELECT current_setting('TimeZone')").fetchall() == [("UTC",)]
    cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                      "'events' ORDER BY ordinal_position").fetchall()]
    assert [c for c, _ in store.COLUMNS["events"]] == cols
    for c in ("source_code", "source_name", "source_country", "source_sector", "target_code", "location_name",
              "cameo", "goldstein", "quad_class"):
        assert c in cols


def test_store_write_and_round_trip(con, pair):
    stats = store.write_results(con, [pair, ERROR])
    assert (stats.inserted, stats.replaced, stats.unchanged, stats.errors) == (1, 0, 0, 1)
    assert counts_of(con) == {"articles": 1, "entities": 2, "actors": 2, "quotes": 1, "events": 3, "counts": 1,
                              "dates": 1, "errors": 1}
    assert store.read_result(con, "seed") == pair[1]
    row = store.article(con, "seed")
    assert row["text"] == pair[0].text and row["origin"] == str(SEED)
    assert row["n_events"] == 3 and row["published"] == "2023-10-28"
    ev = row["events"][0]
    assert (ev["source_code"], ev["target_code"], ev["cameo"], ev["cameo_root"]) == ("ISRGOV", "TURGOV", "161", "16")
    assert pair[0].text[ev["start_char"]:ev["end_char"]] == ev["evidence"]
    assert store.existing_ids(con) == {"seed": text_sha1(pair[0].text)}
    assert store.article(con, "missing") is None


def test_store_rewrite_unchanged_is_a_no_op(con, pair):
    store.write_results(con, [pair])
    before = counts_of(con)
    stats = store.write_results(con, [pair, pair], batch_size=1)
    assert (stats.inserted, stats.replaced, stats.unchanged) == (0, 0, 2)
    assert counts_of(con) == before


def test_store_rewrite_changed_text_replaces(con, pair, seed_text):
    store.write_results(con, [pair])
    new_text = seed_text.replace("harsh statements", "harsh remarks")
    new = seed_result(new_text)
    new = new.model_copy(update={"events": new.events[:1], "quotes": []})
    stats = store.write_results(con, [(pair[0].model_copy(update={"text": new_text}), new)])
    assert (stats.inserted, stats.replaced, stats.unchanged) == (0, 1, 0)
    c = counts_of(con)
    assert (c["articles"], c["events"], c["quotes"]) == (1, 1, 0)
    assert store.article(con, "seed")["text"] == new_text
    assert store.existing_ids(con)["seed"] == text_sha1(new_text)
    assert store.read_result(con, "seed") == new


def test_store_errors_table_upsert_and_cleared_on_success(con, pair):
    late = ExtractionError(article_id="seed", stage="extract", code="E101", message="[E101] parser failed",
                           source=str(SEED))
    store.write_results(con, [ERROR, late])
    store.write_results(con, [ERROR])  # the same error again: replaced, not duplicated
    rows = store.read_table(con, "errors")
    assert [(r["article_id"], r["code"]) for r in rows] == [("feed.jsonl:7", "E001"), ("seed", "E101")]
    assert rows[0]["stage"] == "ingest" and rows[0]["at"]
    store.write_results(con, [pair])  # the article now succeeds: its old error goes
    assert [r["article_id"] for r in store.read_table(con, "errors")] == ["feed.jsonl:7"]


def test_store_one_transaction_per_batch(con, pair, seed_text):
    bad = seed_result(seed_text, article_id="bad").model_copy(update={"published": "yesterday"})
    with pytest.raises(store.StoreError, match="not an ISO date"):
        store.write_results(con, [pair, bad])
    assert counts_of(con)["articles"] == 0  # nothing of the failed batch was kept
    with pytest.raises(store.StoreError, match="does not match"):
        store.write_results(con, [(pair[0], bad)])
    with pytest.raises(store.StoreError, match="cannot store"):
        store.write_results(con, ["text"])


def test_store_batches_many(con, seed_text):
    items = [seed_result(seed_text, article_id=f"a{i}") for i in range(7)]
    stats = store.write_results(con, items, batch_size=3)
    assert stats.inserted == 7
    assert counts_of(con)["events"] == 21
    assert store.article(con, "a3")["text"] is None  # a bare ArticleResult has no text


def test_store_read_events_filters(con, pair):
    store.write_results(con, [pair])
    assert [e["cameo"] for e in store.read_events(con)] == ["161", "1246", "010"]  # by day, then position
    assert [e["cameo"] for e in store.read_events(con, source="ISR", target="TUR")] == ["161"]
    assert [e["cameo"] for e in store.read_events(con, source="TUR")] == ["1246"]
    assert [e["cameo"] for e in store.read_events(con, root="16")] == ["161"]
    assert [e["cameo"] for e in store.read_events(con, root="1")] == ["010"]
    assert [e["day"] for e in store.read_events(con, date_from="2023-10-22")] == ["2023-10-28", "2023-10-28"]
    assert len(store.read_events(con, limit=1)) == 1
    assert store.read_articles(con)[0]["article_id"] == "seed" and "text" not in store.read_articles(con)[0]


@pytest.mark.parametrize("table", ["events", "articles", "actors", "errors"])
def test_store_export_formats(con, pair, tmp_path, table):
    store.write_results(con, [pair, ERROR])
    expected = store.read_table(con, table)
    out = tmp_path / f"{table}.parquet"
    assert store.export_table(con, table, "parquet", out) == len(expected)
    assert pq.read_table(out).num_rows == len(expected)
    assert pq.read_table(out).column_names == [c for c, _ in store.COLUMNS[table]]

    out = tmp_path / f"{table}.csv"
    store.export_table(con, table, "csv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(expected) and rows[0]["article_id"] == expected[0]["article_id"]

    out = tmp_path / f"{table}.jsonl"
    store.export_table(con, table, "jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(expected)
    if table == "events":
        assert rows[0]["source_code"] == "ISRGOV" and rows[0]["date"] == "2023-10-21"
        assert rows[0]["goldstein"] == -4.0


def test_store_export_rejects_unknown(con, tmp_path):
    with pytest.raises(store.StoreError, match="unknown table"):
        store.export_table(con, "events; DROP TABLE articles", "csv", tmp_path / "x.csv")
    with pytest.raises(store.StoreError, match="unknown export format"):
        store.export_table(con, "events", "xlsx", tmp_path / "x.xlsx")


def test_store_parquet_partitions_load_like_direct_writes(tmp_path, pair, seed_text):
    other = seed_result(seed_text, article_id="other")
    direct = store.connect(tmp_path / "direct.duckdb")
    store.write_results(direct, [pair, (pair[0].model_copy(update={"id": "other"}), other), ERROR])

    parts = tmp_path / "parts"
    files = store.write_parquet_partition([pair, ERROR], parts, "part-000")
    assert files["events"] == parts / "events" / "part-000.parquet"
    store.write_parquet_partition([(pair[0].model_copy(update={"id": "other"}), other)], parts, "part-001")
    loaded = store.connect(tmp_path / "loaded.duckdb")
    stats = store.load_parquet(loaded, parts)
    assert (stats.inserted, stats.errors) == (2, 1)
    for table in store.TABLES:
        a, b = store.read_table(direct, table), store.read_table(loaded, table)
        if table == "errors":
            a = [{k: v for k, v in r.items() if k != "at"} for r in a]
            b = [{k: v for k, v in r.items() if k != "at"} for r in b]
        assert a == b, table
    before = counts_of(loaded)
    assert store.load_parquet(loaded, parts).unchanged == 2  # loading again changes nothing
    assert counts_of(loaded) == before
    with pytest.raises(store.StoreError, match="no Parquet parts"):
        store.load_parquet(loaded, tmp_path / "empty")
    direct.close()
    loaded.close()


def test_store_read_only_connect(tmp_path):
    with pytest.raises(store.StoreError, match="no database"):
        store.connect(tmp_path / "none.duckdb", read_only=True)
    store.connect(tmp_path / "made.duckdb").close()
    con = store.connect(tmp_path / "made.duckdb", read_only=True)
    assert store.existing_ids(con) == {}
    con.close()


def test_store_connect_migrates_a_database_made_before_n_tokens(tmp_path, pair):
    """A database written before ``articles.n_tokens`` existed gains the column on connect and takes writes."""
    import duckdb

    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    names = [n for n, _ in store.COLUMNS["articles"]]
    before = store.COLUMNS["articles"][:names.index("n_tokens")]  # the columns of a database of that time
    columns = ", ".join(f'"{n}" {store._SQL.get(k, k)}' for n, k in before)
    old.execute(f"CREATE TABLE articles ({columns})")
    old.close()
    con = store.connect(path)
    cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                      "'articles' ORDER BY ordinal_position").fetchall()]
    assert cols == [c for c, _ in store.COLUMNS["articles"]]
    article, result = pair
    store.write_results(con, [(article, result.model_copy(update={"n_tokens": 123}))])
    assert store.article(con, "seed")["n_tokens"] == 123
