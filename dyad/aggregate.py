"""Dyad time series and actor networks, computed by DuckDB over the store's ``events`` table.

An event's day is its own resolved ``date``, else its article's ``published`` date; events with neither
are left out of time series. Negated ("did not attack") and hypothetical ("threatened to ... if") events
did not happen, so they are left out unless asked for.

Series count **clusters** by default: all the events that report one happening (``dyad.clusters``: the
same actors, a compatible code, days within the window, copies of one story) count once, on the earliest
day any of them gives, with their mean Goldstein score and their most frequent quad class.
``count="mentions"`` counts every coded event, as each article reports it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional, Union

import duckdb

from dyad.store import StoreError, _dicts, actor_filter, date_range, has_grouping

FREQS = ("day", "week", "month")
COUNTS = ("clusters", "mentions")
SERIES_COLUMNS = ("period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean")


def _happened(include_negated: bool, include_hypothetical: bool) -> list[str]:
    where = []
    if not include_negated:
        where.append("NOT e.negated")
    if not include_hypothetical:
        where.append("NOT e.hypothetical")
    return where


def dyad_series(con: duckdb.DuckDBPyConnection, *, source: str, target: str, freq: str = "day",
                date_from: Optional[str] = None, date_to: Optional[str] = None, fill_gaps: bool = False,
                include_negated: bool = False, include_hypothetical: bool = False,
                count: str = "clusters") -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` per day, week (starting Monday) or month.

    ``source``/``target`` match an actor code prefix (``ISR`` matches ``ISRGOV``, ``ISRMIL``) or a country
    (``source_country = 'ISR'``). Rows: ``period`` (ISO date of the period's first day), ``events``,
    ``quad1``..``quad4`` (counts per CAMEO quad class), ``goldstein_sum``, ``goldstein_mean``, ordered by
    period. ``fill_gaps`` adds zero rows for empty periods between the first and the last.
    ``count``: ``"clusters"`` (one per happening, the default) or ``"mentions"`` (every coded event).
    A database without cluster tables (made before them) counts every event as its own cluster.
    """
    if freq not in FREQS:
        raise StoreError(f"unknown frequency {freq!r}; choose one of {', '.join(FREQS)}")
    if count not in COUNTS:
        raise StoreError(f"unknown count {count!r}; choose one of {', '.join(COUNTS)}")
    params: list = []
    where = [actor_filter("source", source, params), actor_filter("target", target, params),
             "COALESCE(e.date, a.published) IS NOT NULL", *_happened(include_negated, include_hypothetical)]
    where += date_range("COALESCE(e.date, a.published)", date_from, date_to, params)
    unit, join = "e.article_id || '#' || CAST(e.seq AS VARCHAR)", ""
    if count == "clusters" and has_grouping(con):
        unit = f"COALESCE(m.cluster_id, {unit})"
        join = "LEFT JOIN event_clusters m ON m.article_id = e.article_id AND m.seq = e.seq"
    params.append(freq)
    sql = f"""
        WITH f AS (
            SELECT {unit} AS unit, COALESCE(e.date, a.published) AS day, e.quad_class, e.goldstein
            FROM events e JOIN articles a USING (article_id) {join}
            WHERE {' AND '.join(where)}),
        u AS (
            SELECT unit, min(day) AS day, mode(quad_class) AS quad_class, avg(goldstein) AS goldstein
            FROM f GROUP BY unit),
        s AS (
            SELECT CAST(date_trunc(?, day) AS DATE) AS period,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS quad1,
                   count(*) FILTER (WHERE quad_class = 2) AS quad2,
                   count(*) FILTER (WHERE quad_class = 3) AS quad3,
                   count(*) FILTER (WHERE quad_class = 4) AS quad4,
                   sum(goldstein) AS goldstein_sum,
                   avg(goldstein) AS goldstein_mean
            FROM u
            GROUP BY 1)
        SELECT * FROM s ORDER BY period"""
    if fill_gaps:
        params.append(freq)
        sql = sql.replace("SELECT * FROM s ORDER BY period", """
        , p AS (SELECT CAST(unnest(generate_series(min(period), max(period), CAST('1 ' || ? AS INTERVAL)))
                            AS DATE) AS period FROM s)
        SELECT p.period, COALESCE(events, 0) AS events, COALESCE(quad1, 0) AS quad1,
               COALESCE(quad2, 0) AS quad2, COALESCE(quad3, 0) AS quad3, COALESCE(quad4, 0) AS quad4,
               COALESCE(goldstein_sum, 0) AS goldstein_sum, goldstein_mean
        FROM p LEFT JOIN s USING (period) ORDER BY p.period""")
    return _dicts(con.execute(sql, params))


def plot_series(rows: list[dict[str, Any]], out_png: Union[str, os.PathLike], *,
                title: Optional[str] = None) -> Path:
    """Stacked bars of events per quad class and the mean Goldstein score, as a PNG (no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 4.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labels = [str(r["period"]) for r in rows]
    x = range(len(rows))
    bottom = [0] * len(rows)
    names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
    colours = {1: "#8fbf8f", 2: "#2e7d32", 3: "#f0a060", 4: "#c62828"}
    for q in (1, 2, 3, 4):
        heights = [r[f"quad{q}"] or 0 for r in rows]
        ax.bar(x, heights, bottom=bottom, label=names[q], color=colours[q])
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("events")
    ax.set_xticks(list(x))
    ax.set_xticklabels(labels, rotation=45, ha="right", fontsize=8)
    ax2 = ax.twinx()
    means = [r["goldstein_mean"] if r["goldstein_mean"] is not None else float("nan") for r in rows]
    ax2.plot(list(x), means, color="black", marker="o", linewidth=1, label="mean Goldstein")
    ax2.set_ylim(-10, 10)
    ax2.axhline(0, color="grey", linewidth=0.5)
    ax2.set_ylabel("Goldstein (mean)")
    handles, names_ = ax.get_legend_handles_labels()
    h2, n2 = ax2.get_legend_handles_labels()
    ax.legend(handles + h2, names_ + n2, loc="upper left", fontsize=8)
    if title:
        ax.set_title(title)
    if not rows:
        ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center")
    fig.tight_layout()
    path = Path(out_png)
    fig.savefig(path, format="png")
    return path


def actor_network(con: duckdb.DuckDBPyConnection, *, include_negated: bool = False,
                  include_hypothetical: bool = False, min_count: int = 1):
    """A directed graph of who acts on whom: nodes are actor codes (attributes ``name``: the most
    frequent name, ``country``, ``events_out``, ``events_in``); an edge source → target has ``weight``
    (number of events), ``goldstein_mean``, ``goldstein_sum`` and ``quad1``..``quad4``. Events without a
    target are left out."""
    import networkx as nx

    where = ["e.target_code IS NOT NULL", *_happened(include_negated, include_hypothetical)]
    edges = con.execute(f"""
        SELECT e.source_code, e.target_code, count(*) AS weight, avg(e.goldstein) AS goldstein_mean,
               sum(e.goldstein) AS goldstein_sum,
               count(*) FILTER (WHERE e.quad_class = 1) AS quad1, count(*) FILTER (WHERE e.quad_class = 2) AS quad2,
               count(*) FILTER (WHERE e.quad_class = 3) AS quad3, count(*) FILTER (WHERE e.quad_class = 4) AS quad4
        FROM events e WHERE {' AND '.join(where)}
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY 1, 2""", [int(min_count)]).fetchall()
    nodes = con.execute(f"""
        WITH sides AS (
            SELECT source_code AS code, source_name AS name, source_country AS country, 1 AS out_, 0 AS in_
            FROM events e WHERE {' AND '.join(where)}
            UNION ALL
            SELECT target_code, target_name, target_country, 0, 1 FROM events e WHERE {' AND '.join(where)})
        SELECT code, mode(name) AS name, mode(country) AS country, sum(out_) AS events_out, sum(in_) AS events_in
        FROM sides GROUP BY code ORDER BY code""").fetchall()
    graph = nx.DiGraph()
    used = {c for s, t, *_ in edges for c in (s, t)}
    for code, name, country, out_, in_ in nodes:
        if code in used:
            graph.add_node(code, name=name or "", country=country or "", events_out=int(out_),
                           events_in=int(in_))
    for s, t, weight, mean, total, q1, q2, q3, q4 in edges:
        graph.add_edge(s, t, weight=int(weight), goldstein_mean=float(mean), goldstein_sum=float(total),
                       quad1=int(q1), quad2=int(q2), quad3=int(q3), quad4=int(q4))
    return graph


def write_graphml(graph, path: Union[str, os.PathLike]) -> Path:
    """Write the graph as GraphML (for Gephi, Cytoscape, networkx); None attributes become ''."""
    import networkx as nx

    clean = graph.copy()
    for _, data in clean.nodes(data=True):
        for k, v in list(data.items()):
            if v is None:
                data[k] = ""
    for _, _, data in clean.edges(data=True):
        for k, v in list(data.items()):
            if v is None:
                data[k] = ""
    out = Path(path)
    nx.write_graphml(clean, out)
    return out
