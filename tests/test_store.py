"""dyad.store: schema, upserts, errors, exports and Parquet parts, on hand-built records of a shipped example
(examples/lake-accord-talks.txt)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import column_names, create_table

from dyad import store
from dyad.ingest import text_sha1
from dyad.records import (
    Actor, ActorRef, Article, ArticleResult, Count, DateRef, Entity, Event, ExtractionError, Mention, Place,
    Quotation,
)

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "lake-accord-talks.txt"
PUBLISHED = "2024-06-17"  # lake-accord-talks.json


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def ref(text: str, name: str, code: str, country: str, sector: str | None, actor_id: str) -> ActorRef:
    s, e = span(text, name)
    return ActorRef(actor_id=actor_id, name=name, code=code, country=country, sector=sector, start_char=s,
                    end_char=e)


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence holding ``needle``, as (text, start, end): from after the last '. ' or line break before
    it to its full stop."""
    i = text.index(needle)
    start = max(text.rfind("\n", 0, i), text.rfind(". ", 0, i) + 1) + 1
    end = text.index(".", i) + 1
    return text[start:end], start, end


def article_result(text: str, article_id: str = "lake", published: str = PUBLISHED) -> ArticleResult:
    """What the pipeline should say about the accusation in lake-accord-talks.txt (hand-coded, real offsets)."""
    accusation, as_, ae = sentence_of(text, "He accused Kenyan police")
    police = ref(text, "Kenyan police", "KENCOP", "KEN", "COP", "A3")
    fishermen = ref(text, "Ugandan fishermen", "UGACVL", "UGA", "CVL", "A5")
    odhiambo_s, odhiambo_e = span(text, "Amina Odhiambo")
    told, ts, te = sentence_of(text, "Odhiambo told reporters")
    q_text_s, q_text_e = span(text, "We have come here to listen")
    q_text_e = text.index('"', q_text_s) - 1  # the closing comma stays outside
    busia_s, busia_e = span(text, "Busia")
    lake_s, lake_e = span(text, "Lake Victoria")
    lw_s, lw_e = span(text, "last week")
    count_s, count_e = span(text, "detaining eleven Ugandan fishermen")
    events = [
        Event(id=f"{article_id}-ev1", source=police, target=fishermen, verb="detaining",
              verb_start=span(text, "detaining")[0], verb_end=span(text, "detaining")[1], cameo="173",
              cameo_root="17", cameo_name="Arrest, detain, or charge with legal action", goldstein=-5.0,
              quad_class=4, plover="COERCE", plover_mode="arrest", date="2024-06-10", date_text="last week",
              location=Place(name="Lake Victoria", latitude=-1.0, longitude=33.0, start_char=lake_s, end_char=lake_e),
              attribution="Joseph Mukasa", evidence=accusation, start_char=as_, end_char=ae, confidence=0.9),
        Event(id=f"{article_id}-ev2", source=ref(text, "Mukasa", "UGAGOV", "UGA", "GOV", "A2"), target=police,
              verb="accused", verb_start=span(text, "accused")[0], verb_end=span(text, "accused")[1],
              cameo="112", cameo_root="11", cameo_name="Accuse of crime, corruption", goldstein=-2.0,
              quad_class=3, plover="ACCUSE", plover_mode="disapprove", evidence=accusation, start_char=as_,
              end_char=ae, confidence=0.7),
        Event(id=f"{article_id}-ev3", source=ref(text, "Odhiambo", "KENGOV", "KEN", "GOV", "A4"), target=None,
              verb="told", verb_start=span(text, "told")[0], verb_end=span(text, "told")[1], cameo="010",
              cameo_root="01", cameo_name="Make statement", goldstein=0.0, quad_class=1, evidence=told,
              start_char=ts, end_char=te, confidence=0.5, negated=False, hypothetical=False),
    ]
    return ArticleResult(
        article_id=article_id, published=published, url="https://example.org/lake", source="Dyad examples",
        text_sha1=text_sha1(text),
        entities=[Entity(text="Amina Odhiambo", label="PERSON", start_char=odhiambo_s, end_char=odhiambo_e,
                         actor_id="A4", country="KEN"),
                  Entity(text="Busia", label="GPE", start_char=busia_s, end_char=busia_e, country="KEN")],
        actors=[Actor(id="A3", name="Kenyan police", kind="group", code="KENCOP", country="KEN", sector="COP",
                      role="police",
                      mentions=[Mention(text="Kenyan police", start_char=police.start_char,
                                        end_char=police.end_char)]),
                Actor(id="A4", name="Amina Odhiambo", kind="person", code="KENGOV", country="KEN",
                      role="foreign minister", sector="GOV",
                      mentions=[Mention(text="Amina Odhiambo", start_char=odhiambo_s, end_char=odhiambo_e),
                                Mention(text="Odhiambo", start_char=span(text, "Odhiambo told")[0],
                                        end_char=span(text, "Odhiambo told")[0] + 8)])],
        quotes=[Quotation(id="Q1", speaker=ref(text, "Odhiambo", "KENGOV", "KEN", "GOV", "A4"), cue="told",
                          text=text[q_text_s:q_text_e], kind="direct", start_char=q_text_s, end_char=q_text_e,
                          sentence=told)],
        events=events,
        counts=[Count(kind="arrest", number=11, who="Ugandan fishermen", text=text[count_s:count_e],
                      start_char=count_s, end_char=count_e, event_id=f"{article_id}-ev1")],
        dates=[DateRef(text="last week", date="2024-06-10", start_char=lw_s, end_char=lw_e)],
        warnings=["W020 'He' read as the speaker of the sentence before"],
    )


@pytest.fixture
def pair(news_text):
    article = Article(id="lake", text=news_text, published=PUBLISHED, url="https://example.org/lake",
                      source="Dyad examples", origin=str(ARTICLE))
    return article, article_result(news_text)


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
    cols = column_names(con, "events")
    assert [c for c, _ in store.COLUMNS["events"]] == cols
    for c in ("source_code", "source_name", "source_country", "source_sector", "target_code", "location_name",
              "cameo", "goldstein", "quad_class"):
        assert c in cols


def test_store_write_and_round_trip(con, pair):
    stats = store.write_results(con, [pair, ERROR])
    assert (stats.inserted, stats.replaced, stats.unchanged, stats.errors) == (1, 0, 0, 1)
    assert counts_of(con) == {"articles": 1, "entities": 2, "actors": 2, "quotes": 1, "events": 3, "counts": 1,
                              "dates": 1, "errors": 1}
    assert store.read_result(con, "lake") == pair[1]
    row = store.article(con, "lake")
    assert row["text"] == pair[0].text and row["origin"] == str(ARTICLE)
    assert row["n_events"] == 3 and row["published"] == "2024-06-17"
    ev = row["events"][0]
    assert (ev["source_code"], ev["target_code"], ev["cameo"], ev["cameo_root"]) == ("KENCOP", "UGACVL", "173", "17")
    assert pair[0].text[ev["start_char"]:ev["end_char"]] == ev["evidence"]
    assert store.existing_ids(con) == {"lake": text_sha1(pair[0].text)}
    assert store.article(con, "missing") is None


def test_store_rewrite_unchanged_is_a_no_op(con, pair):
    store.write_results(con, [pair])
    before = counts_of(con)
    stats = store.write_results(con, [pair, pair], batch_size=1)
    assert (stats.inserted, stats.replaced, stats.unchanged) == (0, 0, 2)
    assert counts_of(con) == before


def test_store_rewrite_changed_text_replaces(con, pair, news_text):
    store.write_results(con, [pair])
    new_text = news_text.replace("first session", "opening session")
    assert new_text != news_text
    new = article_result(new_text)
    new = new.model_copy(update={"events": new.events[:1], "quotes": []})
    stats = store.write_results(con, [(pair[0].model_copy(update={"text": new_text}), new)])
    assert (stats.inserted, stats.replaced, stats.unchanged) == (0, 1, 0)
    c = counts_of(con)
    assert (c["articles"], c["events"], c["quotes"]) == (1, 1, 0)
    assert store.article(con, "lake")["text"] == new_text
    assert store.existing_ids(con)["lake"] == text_sha1(new_text)
    assert store.read_result(con, "lake") == new


def test_store_errors_table_upsert_and_cleared_on_success(con, pair):
    late = ExtractionError(article_id="lake", stage="extract", code="E101", message="[E101] parser failed",
                           source=str(ARTICLE))
    store.write_results(con, [ERROR, late])
    store.write_results(con, [ERROR])  # the same error again: replaced, not duplicated
    rows = store.read_table(con, "errors")
    assert [(r["article_id"], r["code"]) for r in rows] == [("feed.jsonl:7", "E001"), ("lake", "E101")]
    assert rows[0]["stage"] == "ingest" and rows[0]["at"]
    store.write_results(con, [pair])  # the article now succeeds: its old error goes
    assert [r["article_id"] for r in store.read_table(con, "errors")] == ["feed.jsonl:7"]


def test_store_one_transaction_per_batch(con, pair, news_text):
    bad = article_result(news_text, article_id="bad").model_copy(update={"published": "yesterday"})
    with pytest.raises(store.StoreError, match="not an ISO date"):
        store.write_results(con, [pair, bad])
    assert counts_of(con)["articles"] == 0  # nothing of the failed batch was kept
    with pytest.raises(store.StoreError, match="does not match"):
        store.write_results(con, [(pair[0], bad)])
    with pytest.raises(store.StoreError, match="cannot store"):
        store.write_results(con, ["text"])


def test_store_batches_many(con, news_text):
    items = [article_result(news_text, article_id=f"a{i}") for i in range(7)]
    stats = store.write_results(con, items, batch_size=3)
    assert stats.inserted == 7
    assert counts_of(con)["events"] == 21
    assert store.article(con, "a3")["text"] is None  # a bare ArticleResult has no text


def test_store_read_events_filters(con, pair):
    store.write_results(con, [pair])
    assert [e["cameo"] for e in store.read_events(con)] == ["173", "112", "010"]  # by day, then article order
    assert [e["cameo"] for e in store.read_events(con, source="KEN", target="UGA")] == ["173"]
    assert [e["cameo"] for e in store.read_events(con, source="UGA")] == ["112"]
    assert [e["cameo"] for e in store.read_events(con, target="KENCOP")] == ["112"]
    assert [e["cameo"] for e in store.read_events(con, root="17")] == ["173"]
    assert [e["cameo"] for e in store.read_events(con, root="1")] == ["010"]
    assert [e["day"] for e in store.read_events(con, date_from="2024-06-11")] == ["2024-06-17", "2024-06-17"]
    assert [e["cameo"] for e in store.read_events(con, date_to="2024-06-10")] == ["173"]
    assert len(store.read_events(con, limit=1)) == 1
    assert store.read_articles(con)[0]["article_id"] == "lake" and "text" not in store.read_articles(con)[0]


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
        assert rows[0]["source_code"] == "KENCOP" and rows[0]["date"] == "2024-06-10"
        assert rows[0]["goldstein"] == -5.0


def test_store_export_rejects_unknown(con, tmp_path):
    with pytest.raises(store.StoreError, match="unknown table"):
        store.export_table(con, "events; DROP TABLE articles", "csv", tmp_path / "x.csv")
    with pytest.raises(store.StoreError, match="unknown export format"):
        store.export_table(con, "events", "xlsx", tmp_path / "x.xlsx")


def test_store_parquet_partitions_load_like_direct_writes(tmp_path, pair, news_text):
    other = article_result(news_text, article_id="other")
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
    create_table(old, "articles", before)
    old.close()
    con = store.connect(path)
    assert column_names(con, "articles") == [c for c, _ in store.COLUMNS["articles"]]
    article, result = pair
    store.write_results(con, [(article, result.model_copy(update={"n_tokens": 123}))])
    assert store.article(con, "lake")["n_tokens"] == 123
