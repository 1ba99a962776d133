"""Duplicate groups (dyad.dedup) and event clusters (dyad.clusters) as the store writes, on texts written
for these tests: tests/data/border-arrests.jsonl (one arrest at a border reported by an original, an exact
copy, an edited copy with a new headline and a changed sentence, and an independent report; an unrelated
power deal; an arrest between the same actors ten days later) and hand-built events for the cluster rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad import store
from dyad.aggregate import dyad_series
from dyad.cli import app
from dyad.clusters import ClusterSettings, cluster_summaries
from dyad.dedup import DedupSettings, normalise
from dyad.grouping import GroupingSettings, regroup
from dyad.ingest import text_sha1
from dyad.records import ActorRef, Article, ArticleResult, Event, Place

BORDER = Path(__file__).resolve().parent / "data" / "border-arrests.jsonl"


def groups(con) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, group_id FROM article_groups").fetchall())


def partition(pairs) -> set[frozenset]:
    """The groups of a key → label mapping, as a set of sets of keys (labels themselves do not matter)."""
    out: dict = {}
    for key, label in pairs:
        out.setdefault(label, set()).add(key)
    return {frozenset(v) for v in out.values()}


def event_partition(con) -> set[frozenset]:
    rows = con.execute("SELECT e.article_id || '/' || e.source_code || '>' || COALESCE(e.target_code, '-') || ':' "
                       "|| e.cameo || '@' || CAST(e.seq AS VARCHAR), m.cluster_id FROM events e "
                       "JOIN event_clusters m USING (article_id, seq)").fetchall()
    return partition(rows)


@pytest.fixture(scope="module")
def border_db(tmp_path_factory) -> Path:
    from dyad.corpus import ingest_corpus

    path = tmp_path_factory.mktemp("border") / "border.duckdb"
    ingest_corpus(str(BORDER), db=path, n_process=1, batch_size=2, progress=False)
    return path


@pytest.fixture
def con(border_db):
    c = store.connect(border_db, read_only=True)
    yield c
    c.close()


# ------------------------------------------------------------------------------------------- duplicates

def test_normalise_keeps_words_only():
    assert normalise("Kenya's police — ARRESTED\n 14   traders!") == "kenya s police arrested 14 traders"


def test_exact_and_edited_copies_share_a_group_unrelated_articles_do_not(con):
    g = groups(con)
    assert g["border-1"] == g["border-1-copy"] == g["border-1-edit"] == "border-1"  # named by its first member
    assert len({g["border-1"], g["border-2"], g["power-deal"], g["lamu"]}) == 4
    # an exact copy is recognised by its normalised text even where its URL and publisher differ
    sha = dict(con.execute("SELECT article_id, norm_sha1 FROM article_groups").fetchall())
    assert sha["border-1"] == sha["border-1-copy"] != sha["border-1-edit"]


def test_near_duplicate_needs_the_threshold(tmp_path):
    rows = [json.loads(line) for line in BORDER.read_text(encoding="utf-8").splitlines()]
    items = [(Article(id=r["id"], text=r["text"], published=r["published"], url=r["url"]),
              ArticleResult(article_id=r["id"], published=r["published"], url=r["url"],
                            text_sha1=text_sha1(r["text"]))) for r in rows]
    strict = store.connect(tmp_path / "strict.duckdb")
    store.write_results(strict, items, grouping=GroupingSettings(dedup=DedupSettings(threshold=0.95)))
    g = groups(strict)
    assert g["border-1-copy"] == "border-1"  # exact copies join at any threshold
    assert g["border-1-edit"] == "border-1-edit"  # the edited copy is below 0.95


def test_grouping_does_not_depend_on_batch_size(tmp_path):
    rows = [json.loads(line) for line in BORDER.read_text(encoding="utf-8").splitlines()]
    items = [(Article(id=r["id"], text=r["text"], published=r["published"]),
              ArticleResult(article_id=r["id"], published=r["published"], text_sha1=text_sha1(r["text"])))
             for r in rows]
    one = store.connect(tmp_path / "one.duckdb")
    store.write_results(one, items, batch_size=100)
    single = store.connect(tmp_path / "single.duckdb")
    store.write_results(single, items, batch_size=1)
    assert groups(one) == groups(single)


# --------------------------------------------------------------------------------------- event clusters

def test_the_same_arrest_reported_by_four_articles_is_one_cluster(con):
    arrests = con.execute("SELECT e.article_id, m.cluster_id FROM events e JOIN event_clusters m "
                          "USING (article_id, seq) WHERE e.source_code = 'KENCOP' AND e.target_code LIKE 'SOM%' "
                          "AND e.cameo_root = '17'").fetchall()
    by_article = dict(arrests)
    assert set(by_article) == {"border-1", "border-1-copy", "border-1-edit", "border-2", "lamu"}
    assert by_article["border-1"] == by_article["border-1-copy"] == by_article["border-1-edit"] == \
        by_article["border-2"]
    assert by_article["lamu"] != by_article["border-1"]  # ten days later: beyond the window
    [summary] = cluster_summaries(con, cluster_id=by_article["border-1"])
    assert summary["articles"] == 4 and summary["stories"] == 2  # three copies of one story + one report
    assert summary["sources"] == 4 and summary["sites"] == 4
    assert summary["first_report"] in {"border-1", "border-1-copy", "border-2"}
    assert summary["first_published"] == "2025-03-04" and summary["earliest_date"] == "2025-03-03"
    assert "https://savannahpost.example/traders-detained" in summary["urls"]


def test_dyad_series_counts_clusters_by_default_and_mentions_on_request(con):
    clusters = dyad_series(con, source="KEN", target="SOM", freq="day")
    mentions = dyad_series(con, source="KEN", target="SOM", freq="day", count="mentions")
    by_day = lambda rows: {r["period"]: r["events"] for r in rows}  # noqa: E731
    assert by_day(mentions)["2025-03-03"] == 4  # four articles report the arrest
    assert by_day(clusters)["2025-03-03"] == 1
    assert by_day(clusters)["2025-03-13"] == by_day(mentions)["2025-03-13"] == 1


def test_cli_dyads_mentions_and_clusters(border_db):
    runner = CliRunner()
    args = ["dyads", "--db", str(border_db), "--source", "KENCOP", "--target", "SOM", "--format", "json"]
    default = json.loads(runner.invoke(app, args).stdout)
    raw = json.loads(runner.invoke(app, args + ["--mentions"]).stdout)
    by_day = lambda rows: {r["period"]: r["events"] for r in rows}  # noqa: E731
    # the arrest: one cluster of four reports; ten days later another arrest (statements on other days aside)
    assert (by_day(default)["2025-03-03"], by_day(default)["2025-03-13"]) == (1, 1)
    assert (by_day(raw)["2025-03-03"], by_day(raw)["2025-03-13"]) == (4, 1)
    assert sum(by_day(raw).values()) > sum(by_day(default).values())
    listed = runner.invoke(app, ["clusters", "--db", str(border_db), "--min-articles", "2", "--format", "json"])
    assert listed.exit_code == 0
    top = json.loads(listed.stdout)[0]
    # the traders are Somalia's (SOM, or SOMBUS where 'traders' is a business role word)
    assert (top["source_code"], top["target_code"][:3], top["articles"]) == ("KENCOP", "SOM", 4)


def test_second_batch_joins_existing_groups_and_clusters(tmp_path, border_db):
    from dyad.corpus import ingest_corpus

    lines = BORDER.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:1] + lines[4:5]), encoding="utf-8")  # the original, the power deal
    second.write_text("".join(lines[1:4] + lines[5:]), encoding="utf-8")
    db = tmp_path / "two-runs.duckdb"
    ingest_corpus(str(first), db=db, n_process=1, progress=False)
    ingest_corpus(str(second), db=db, n_process=1, progress=False)
    two, whole = store.connect(db, read_only=True), store.connect(border_db, read_only=True)
    try:
        g = groups(two)
        assert g["border-1-copy"] == g["border-1-edit"] == "border-1"
        assert partition(groups(two).items()) == partition(groups(whole).items())
        assert event_partition(two) == event_partition(whole)
    finally:
        two.close()
        whole.close()


def test_dask_engine_gives_the_same_groups_and_clusters(tmp_path, border_db):
    from dyad.corpus import ingest_corpus

    db = tmp_path / "dask.duckdb"
    ingest_corpus(str(BORDER), db=db, n_process=1, batch_size=2, engine="dask", progress=False)
    dask, local = store.connect(db, read_only=True), store.connect(border_db, read_only=True)
    try:
        assert groups(dask) == groups(local)
        assert event_partition(dask) == event_partition(local)
        assert sorted(r[0] for r in dask.execute("SELECT cluster_id FROM event_clusters").fetchall()) == \
            sorted(r[0] for r in local.execute("SELECT cluster_id FROM event_clusters").fetchall())
    finally:
        dask.close()
        local.close()


# ------------------------------------------------------------------------------- the rule, event by event
# Hand-built events on distinct texts (no duplicates among them unless a test says so).

ETH = dict(name="Ethiopian army", code="ETHMIL", country="ETH", sector="MIL")
ERI = dict(name="Eritrea", code="ERI", country="ERI", sector=None)


OPENINGS = {  # one wording per article, so that no two of them are duplicates
    "a": "Artillery fire echoed across the plateau as the Ethiopian army exchanged blows with Eritrea.",
    "b": "Residents fled their homes when the Ethiopian army and troops of Eritrea clashed at dawn.",
    "c": "A week of calm ended abruptly: the Ethiopian army resumed its quarrel with Eritrea.",
    "d": "Farmers near the river counted craters after the Ethiopian army turned its guns on Eritrea.",
    "e": "Diplomats insisted that the Ethiopian army held its fire and that Eritrea was never attacked.",
}


def report(aid: str, published: str, events: list[tuple], text: str | None = None) -> tuple[Article, ArticleResult]:
    """An article naming both sides, with events (cameo, root, plover, date, place, negated)."""
    text = text or OPENINGS[aid]
    def ref(d):
        s = text.index(d["name"])
        return ActorRef(start_char=s, end_char=s + len(d["name"]), **d)
    evs = [Event(id=f"{aid}-{i}", source=ref(ETH), target=ref(ERI), verb="shelled", verb_start=0, verb_end=8,
                 cameo=cameo, cameo_root=root, cameo_name=cameo, goldstein=-9.0, quad_class=4, plover=plover,
                 date=day, negated=neg, location=Place(name=place, start_char=0, end_char=8) if place else None, evidence=text[:20],
                 start_char=0, end_char=20, confidence=0.8)
           for i, (cameo, root, plover, day, place, neg) in enumerate(events)]
    return (Article(id=aid, text=text, published=published),
            ArticleResult(article_id=aid, published=published, text_sha1=text_sha1(text), events=evs))


def clusters_of(items, **settings) -> dict[str, str]:
    con = store.connect(":memory:")
    store.write_results(con, items, grouping=GroupingSettings(clusters=ClusterSettings(**settings))
                        if settings else None)
    return dict(con.execute("SELECT e.event_id, m.cluster_id FROM events e "
                            "JOIN event_clusters m USING (article_id, seq)").fetchall())


def test_same_happening_within_the_window_merges_different_happenings_do_not():
    c = clusters_of([
        report("a", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", "Zalambessa", False),
                                   ("1721", "17", "COERCE", "2025-05-01", None, False)]),
        report("b", "2025-05-03", [("190", "19", "ASSAULT", "2025-05-02", None, False),   # same shelling
                                   ("111", "11", "ACCUSE", "2025-05-02", None, False)]),  # other root
        report("c", "2025-05-08", [("195", "19", "ASSAULT", "2025-05-07", None, False)]),  # 6 days on
        report("d", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", "Badme", False)]),  # other place
        report("e", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", None, True)]),  # "did not shell"
    ])
    assert c["b-0"] == c["a-0"] == "Ca-0"
    assert len({c["a-0"], c["a-1"], c["b-1"], c["c-0"], c["d-0"], c["e-0"]}) == 6


def test_same_plover_category_across_roots_and_window_and_place_options():
    items = [report("a", "2025-05-02", [("183", "18", "ASSAULT", "2025-05-01", "Zalambessa", False)]),
             report("b", "2025-05-05", [("195", "19", "ASSAULT", "2025-05-04", "Badme", False)])]
    c = clusters_of(items)
    assert c["a-0"] != c["b-0"]  # three days apart and at different places
    assert clusters_of(items, window_days=3, match_place=False)["b-0"] == "Ca-0"
    assert clusters_of(items, window_days=3)["b-0"] != "Ca-0"


def test_copies_join_their_story_clusters_whatever_their_dates():
    text = "The Ethiopian army shelled positions held by Eritrea near the border town overnight, officials said."
    c = clusters_of([report("orig", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", None, False)], text),
                     report("later-copy", "2025-05-20", [("195", "19", "ASSAULT", "2025-05-19", None, False)],
                            text)])
    assert c["later-copy-0"] == c["orig-0"]


def test_replacing_an_article_regroups_it_and_settings_are_kept(tmp_path):
    path = tmp_path / "r.duckdb"
    con = store.connect(path)
    store.write_results(con, [report("a", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", None, False)]),
                              report("b", "2025-05-02", [("190", "19", "ASSAULT", "2025-05-01", None, False)])])
    changed = report("b", "2025-05-02", [("111", "11", "ACCUSE", "2025-05-01", None, False)],
                     "Eritrea was accused by the Ethiopian army of stoking the fighting, a new version says.")
    store.write_results(con, [changed])
    assert con.execute("SELECT count(*) FROM event_clusters WHERE article_id = 'b'").fetchall()[0][0] == 1
    assert con.execute("SELECT count(*) FROM article_groups").fetchall()[0][0] == 2
    with pytest.raises(store.StoreError, match="dyad regroup"):
        store.write_results(con, [report("c", "2025-05-02", [])],
                            grouping=GroupingSettings(clusters=ClusterSettings(window_days=5)))
    assert regroup(con, GroupingSettings(clusters=ClusterSettings(window_days=5))) == 2
    store.write_results(con, [report("c", "2025-05-09", [("195", "19", "ASSAULT", "2025-05-05", None, False)])],
                        grouping=GroupingSettings(clusters=ClusterSettings(window_days=5)))
    assert con.execute("SELECT cluster_id FROM event_clusters WHERE article_id = 'c'").fetchall()[0][0] == "Ca-0"
    con.close()


def test_a_recoded_founder_does_not_collide_with_the_cluster_it_founded():
    con = store.connect(":memory:")
    store.write_results(con, [report("a", "2025-05-02", [("195", "19", "ASSAULT", "2025-05-01", None, False)]),
                              report("b", "2025-05-02", [("190", "19", "ASSAULT", "2025-05-01", None, False)])])
    # article a comes again with another text: its event (same id) is now dated a month later
    store.write_results(con, [report("a", "2025-06-02", [("195", "19", "ASSAULT", "2025-06-01", None, False)],
                                     "A month on, the Ethiopian army shelled Eritrea again, the new version says.")])
    rows = dict(con.execute("SELECT article_id, cluster_id FROM event_clusters").fetchall())
    assert rows["b"] == "Ca-0" and rows["a"] == "Ca-0~2"
    # a cluster that lost its last member is dropped
    store.write_results(con, [report("b", "2025-05-02", [], "Eritrea and the Ethiopian army: a plain update.")])
    assert [r[0] for r in con.execute("SELECT cluster_id FROM clusters").fetchall()] == ["Ca-0~2"]
