"""Event clusters: the events of different articles that report one happening.

An event joins an existing **cluster** when all of these hold (the cluster's values are those of the event
that founded it, except its place: the first place any member names):

- the same source and target actor codes (no target matches no target);
- compatible CAMEO codes: the same root, or the same PLOVER category;
- both happened, or both did not in the same way: ``negated`` and ``hypothetical`` are equal;
- its day (the event's date, else its article's publication date) lies within ``window_days`` of the
  cluster's day;
- the same place when both name one (location names compared casefolded); ``match_place=False`` ignores
  places.

Events of articles in one duplicate group (``dyad.dedup``) always join: an event whose article's group
already has a cluster with the same actors and a compatible code joins it whatever the dates and places
(copies re-resolve "on Tuesday" against their own publication dates). Among several matching clusters
the event joins the one whose day is nearest, then the oldest; an event that matches none founds a
cluster whose id is ``C`` + its event id. An event without a day joins only through its duplicate group.

Clustering is incremental: :func:`assign_clusters` runs on each batch the store writes, in arrival order,
and reads only the clusters of the batch's actor pairs whose days fall in the window around the batch's
days, plus those of its duplicate groups. Clusters never merge, so the outcome depends only on the order
of the articles, not on the batch size or the engine that coded them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import duckdb
import pyarrow as pa

from dyad.store import insert_rows


@dataclass(frozen=True)
class ClusterSettings:
    """Parameters of event clustering (stored with the database: see ``dyad.grouping``)."""

    window_days: int = 2  # most days between an event and its cluster's day
    match_place: bool = True  # two different places keep events apart

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValueError(f"window_days must be 0 or more, got {self.window_days}")


@dataclass
class _Cluster:
    cluster_id: str
    source_code: Optional[str]
    target_code: Optional[str]
    cameo_root: Optional[str]
    plover: Optional[str]
    negated: bool
    hypothetical: bool
    day: Optional[dt.date]
    place: Optional[str]
    changed: bool = False  # place newly set: the row needs an update
    new: bool = False

    def key(self) -> tuple:
        return (self.source_code, self.target_code, self.negated, self.hypothetical)

    def compatible(self, root: Optional[str], plover: Optional[str]) -> bool:
        return (root is not None and root == self.cameo_root) or (plover is not None and plover == self.plover)


_CLUSTER_COLS = ("cluster_id, source_code, target_code, cameo_root, plover, negated, hypothetical, day, place")


def _place(name: Optional[str]) -> Optional[str]:
    return name.strip().casefold() if name and name.strip() else None


def _same_place(one: str, other: str) -> bool:
    """Whether two places (casefolded names) can be one: the same name, or a state and a town or region in
    it ('Kenya' and 'Mandera'): one report names the town, another only the state."""
    return one == other or _lies_in(one, other) or _lies_in(other, one)


def _lies_in(place: str, state: str) -> bool:
    from dyad import gazetteer

    code = gazetteer.country_code(state)
    if code is None or gazetteer.country_code(place) is not None:
        return False
    located = gazetteer.locate(place)
    return located is not None and located.country == code


def _best(cands: list[_Cluster], day: Optional[dt.date]) -> Optional[_Cluster]:
    if not cands:
        return None
    far = 10 ** 6
    return min(cands, key=lambda c: (abs((day - c.day).days) if day and c.day else far, c.cluster_id))


def assign_clusters(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
                    settings: ClusterSettings) -> dict[tuple[str, int], str]:
    """Put the events of the stored articles ``article_ids`` (arrival order; already in duplicate
    groups) into clusters; writes ``event_clusters`` and ``clusters`` rows and returns
    (article_id, seq) → cluster_id. Runs inside the caller's transaction."""
    if not article_ids:
        return {}
    order = {aid: i for i, aid in enumerate(article_ids)}
    con.register("_dyad_cl_ids", pa.table({"article_id": pa.array(list(article_ids), pa.string())}))
    try:
        events = con.execute("""
            SELECT e.article_id, e.seq, e.event_id, e.source_code, e.target_code, e.cameo_root, e.plover,
                   COALESCE(e.negated, FALSE), COALESCE(e.hypothetical, FALSE),
                   COALESCE(e.date, a.published) AS day, e.location_name, g.group_id
            FROM events e JOIN articles a USING (article_id) LEFT JOIN article_groups g USING (article_id)
            WHERE e.article_id IN (SELECT article_id FROM _dyad_cl_ids)""").fetchall()
    finally:
        con.unregister("_dyad_cl_ids")
    if not events:
        return {}
    events.sort(key=lambda r: (order[r[0]], r[1]))
    window = dt.timedelta(days=settings.window_days)

    # Candidates stored before this batch: clusters of the batch's actor pairs in the window around its
    # days, and the clusters of its duplicate groups.
    pairs = sorted({(r[3], r[4]) for r in events}, key=str)
    days = [r[9] for r in events if r[9] is not None]
    groups = sorted({r[11] for r in events if r[11] is not None})
    clusters: dict[str, _Cluster] = {}
    group_clusters: dict[str, set[str]] = {}
    con.register("_dyad_cl_pairs", pa.table({"source_code": pa.array([p[0] for p in pairs], pa.string()),
                                             "target_code": pa.array([p[1] for p in pairs], pa.string())}))
    con.register("_dyad_cl_groups", pa.table({"group_id": pa.array(groups, pa.string())}))
    try:
        rows = []
        if days:
            rows = con.execute(f"""
                SELECT {', '.join('c.' + c.strip() for c in _CLUSTER_COLS.split(','))} FROM clusters c
                JOIN _dyad_cl_pairs p ON c.source_code IS NOT DISTINCT FROM p.source_code
                                     AND c.target_code IS NOT DISTINCT FROM p.target_code
                WHERE c.day BETWEEN ? AND ?""", [min(days) - window, max(days) + window]).fetchall()
        linked = con.execute(f"""
            SELECT DISTINCT g.group_id, {', '.join('c.' + c.strip() for c in _CLUSTER_COLS.split(','))}
            FROM event_clusters m JOIN article_groups g USING (article_id) JOIN clusters c USING (cluster_id)
            WHERE g.group_id IN (SELECT group_id FROM _dyad_cl_groups)""").fetchall()
    finally:
        con.unregister("_dyad_cl_pairs")
        con.unregister("_dyad_cl_groups")
    for row in rows:
        clusters.setdefault(row[0], _Cluster(*row))
    for group, *row in linked:
        clusters.setdefault(row[0], _Cluster(*row))
        group_clusters.setdefault(group, set()).add(row[0])
    by_key: dict[tuple, list[_Cluster]] = {}
    for c in clusters.values():
        by_key.setdefault(c.key(), []).append(c)

    members: dict[tuple[str, int], str] = {}
    for aid, seq, event_id, source, target, root, plover, negated, hypothetical, day, place, group in events:
        place = _place(place)
        key = (source, target, bool(negated), bool(hypothetical))
        same = [c for c in by_key.get(key, []) if c.compatible(root, plover)]
        chosen = _best([c for c in same if c.cluster_id in group_clusters.get(group, ())], day)
        if chosen is None and day is not None:
            chosen = _best([c for c in same if c.day is not None and abs(day - c.day) <= window and
                            (not settings.match_place or place is None or c.place is None or
                             _same_place(place, c.place))],
                           day)
        if chosen is None:
            chosen = _Cluster(f"C{event_id}", source, target, root, plover, bool(negated), bool(hypothetical),
                              day, place, new=True)
            if chosen.cluster_id in clusters:  # an event id seen twice: keep cluster ids unique
                chosen.cluster_id = f"C{event_id}:{aid}:{seq}"
            clusters[chosen.cluster_id] = chosen
            by_key.setdefault(key, []).append(chosen)
        elif chosen.place is None and place is not None:
            chosen.place, chosen.changed = place, True
        members[(aid, seq)] = chosen.cluster_id
        if group is not None:
            group_clusters.setdefault(group, set()).add(chosen.cluster_id)

    new = [c for c in clusters.values() if c.new]
    _rename_taken(con, new, members)
    _write(con, members, new, [c for c in clusters.values() if c.changed and not c.new])
    return members


def _rename_taken(con: duckdb.DuckDBPyConnection, new: list[_Cluster], members: dict) -> None:
    """Give a new cluster another id where a stored cluster, not among the candidates, holds its id (a
    re-coded article's event founding again the cluster it founded before, which others still hold)."""
    if not new:
        return
    con.register("_dyad_cl_new", pa.table({"cluster_id": pa.array([c.cluster_id for c in new], pa.string())}))
    try:
        taken = {r[0] for r in con.execute("SELECT cluster_id FROM clusters "
                                           "WHERE cluster_id IN (SELECT cluster_id FROM _dyad_cl_new)").fetchall()}
    finally:
        con.unregister("_dyad_cl_new")
    for c in new:
        if c.cluster_id not in taken:
            continue
        old, n = c.cluster_id, 2
        while f"{old}~{n}" in taken:
            n += 1
        c.cluster_id = f"{old}~{n}"
        taken.add(c.cluster_id)
        for key, value in members.items():
            if value == old:
                members[key] = c.cluster_id


def _write(con: duckdb.DuckDBPyConnection, members: dict[tuple[str, int], str], new: list[_Cluster],
           changed: list[_Cluster]) -> None:
    cols = [c.strip() for c in _CLUSTER_COLS.split(",")]
    tables = {
        "event_clusters": pa.table({"article_id": pa.array([k[0] for k in members], pa.string()),
                                    "seq": pa.array([k[1] for k in members], pa.int32()),
                                    "cluster_id": pa.array(list(members.values()), pa.string())}),
        "clusters": pa.Table.from_pylist([{c: getattr(cl, c) for c in cols} for cl in new],
                                         schema=pa.schema([(c, pa.bool_() if c in ("negated", "hypothetical")
                                                            else pa.date32() if c == "day" else pa.string())
                                                           for c in cols])),
    }
    for table, data in tables.items():
        insert_rows(con, table, data)
    for cl in changed:
        con.execute("UPDATE clusters SET place = ? WHERE cluster_id = ?", [cl.place, cl.cluster_id]).fetchall()


def cluster_summaries(con: duckdb.DuckDBPyConnection, *, cluster_id: Optional[str] = None,
                      source: Optional[str] = None, target: Optional[str] = None, limit: Optional[int] = 20,
                      min_articles: int = 1) -> list[dict[str, Any]]:
    """Clusters, largest first (articles, then mentions): ``cluster_id``, actor codes, ``cameo_root``,
    ``plover``, ``place``, ``mentions`` (events), ``articles``, ``stories`` (duplicate groups),
    ``sources`` (distinct publishers), ``sites`` (distinct URL hosts), ``urls``, ``first_report``
    (article id of the earliest publication), ``first_published``, ``earliest_date`` (earliest event day)
    and ``cameo_codes``. ``source``/``target`` match an actor code prefix; ``cluster_id`` picks one."""
    from dyad.store import _dicts

    params: list = []
    where = ["TRUE"]
    if cluster_id:
        where.append("c.cluster_id = ?")
        params.append(cluster_id)
    for side, value in (("source", source), ("target", target)):
        if value:
            where.append(f"starts_with(c.{side}_code, ?)")
            params.append(value.strip().upper())
    sql = f"""
        SELECT c.cluster_id, c.source_code, c.target_code, c.cameo_root, c.plover, c.place,
               count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               count(DISTINCT g.group_id) AS stories, count(DISTINCT a.source) AS sources,
               count(DISTINCT regexp_extract(a.url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)', 1)) AS sites,
               list(DISTINCT a.url ORDER BY a.url) FILTER (WHERE a.url IS NOT NULL) AS urls,
               arg_min(m.article_id, COALESCE(a.published, DATE '9999-12-31')) AS first_report,
               min(a.published) AS first_published,
               min(COALESCE(e.date, a.published)) AS earliest_date,
               list(DISTINCT e.cameo ORDER BY e.cameo) AS cameo_codes
        FROM clusters c JOIN event_clusters m USING (cluster_id)
        JOIN events e ON e.article_id = m.article_id AND e.seq = m.seq
        JOIN articles a ON a.article_id = m.article_id
        LEFT JOIN article_groups g ON g.article_id = m.article_id
        WHERE {' AND '.join(where)}
        GROUP BY ALL HAVING count(DISTINCT m.article_id) >= ?
        ORDER BY articles DESC, mentions DESC, earliest_date NULLS LAST, c.cluster_id"""
    params.append(int(min_articles))
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _dicts(con.execute(sql, params))


def article_clusters(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[int, dict[str, Any]]:
    """The cluster of each event of one article: events.seq → ``cluster_id``, ``articles`` and
    ``mentions`` of the whole cluster (empty when the database has no clusters)."""
    from dyad.store import has_grouping

    if not has_grouping(con):
        return {}
    rows = con.execute("""
        SELECT m.seq, m.cluster_id, s.articles, s.mentions FROM event_clusters m
        JOIN (SELECT cluster_id, count(DISTINCT article_id) AS articles, count(*) AS mentions
              FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM event_clusters WHERE article_id = ?)
              GROUP BY cluster_id) s USING (cluster_id)
        WHERE m.article_id = ? ORDER BY m.seq""", [article_id, article_id]).fetchall()
    return {seq: {"cluster_id": cid, "articles": int(n), "mentions": int(k)} for seq, cid, n, k in rows}
