"""Duplicate groups and event clusters as the store writes: their settings, the per-batch hook, a rebuild.

The store calls :func:`assign` inside each batch's transaction (``dyad.store.write_results`` and
``load_parquet``, so the local and the Dask engine group alike). The settings a database was first grouped
with are kept in its ``grouping_settings`` table; a later write with other settings is refused (the groups
would mix two rules) until :func:`regroup` rebuilds every group and cluster under the new ones.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Optional, Sequence

import duckdb

from dyad.clusters import ClusterSettings, assign_clusters
from dyad.dedup import DedupSettings, assign_duplicates


@dataclass(frozen=True)
class GroupingSettings:
    """The duplicate (``dedup``) and cluster (``clusters``) parameters of one database."""

    dedup: DedupSettings = field(default_factory=DedupSettings)
    clusters: ClusterSettings = field(default_factory=ClusterSettings)

    def to_json(self) -> str:
        return json.dumps({"dedup": asdict(self.dedup), "clusters": asdict(self.clusters)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "GroupingSettings":
        data = json.loads(text)
        return cls(DedupSettings(**data.get("dedup", {})), ClusterSettings(**data.get("clusters", {})))

    def describe(self) -> str:
        d, c = self.dedup, self.clusters
        return (f"duplicate threshold {d.threshold}, {d.shingle}-word shingles, {d.num_perm} permutations; "
                f"cluster window {c.window_days} days, places {'matched' if c.match_place else 'ignored'}")


def stored_settings(con: duckdb.DuckDBPyConnection) -> Optional[GroupingSettings]:
    """The settings the database was grouped with; None before its first grouped write."""
    rows = con.execute("SELECT value FROM grouping_settings WHERE name = 'settings'").fetchall()
    return GroupingSettings.from_json(rows[0][0]) if rows else None


def _save(con: duckdb.DuckDBPyConnection, settings: GroupingSettings) -> None:
    con.execute("DELETE FROM grouping_settings WHERE name = 'settings'").fetchall()
    con.execute("INSERT INTO grouping_settings VALUES ('settings', ?)", [settings.to_json()]).fetchall()


def settings_for_write(con: duckdb.DuckDBPyConnection, requested: Optional[GroupingSettings]) -> GroupingSettings:
    """The settings a write uses: the database's own, or ``requested`` (else the defaults) for a database
    not grouped yet. Raises StoreError when ``requested`` differs from the database's."""
    from dyad.store import StoreError

    stored = stored_settings(con)
    if stored is None:
        chosen = requested or GroupingSettings()
        _save(con, chosen)
        return chosen
    if requested is not None and requested != stored:
        raise StoreError(f"this database is grouped with other settings ({stored.describe()}); "
                         f"rebuild it with `dyad regroup` to use {requested.describe()}")
    return stored


def assign(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], settings: GroupingSettings) -> None:
    """Group newly written articles (arrival order) into duplicate groups, then their events into clusters."""
    assign_duplicates(con, article_ids, settings.dedup)
    assign_clusters(con, article_ids, settings.clusters)


def regroup(con: duckdb.DuckDBPyConnection, settings: Optional[GroupingSettings] = None, *,
            batch_size: int = 500) -> int:
    """Rebuild every duplicate group and event cluster (under ``settings``, else the database's own), with
    the articles in the order they were first grouped (new ones last, by id). Returns articles grouped."""
    settings = settings or stored_settings(con) or GroupingSettings()
    ids = [r[0] for r in con.execute(
        "SELECT a.article_id FROM articles a LEFT JOIN article_groups g USING (article_id) "
        "ORDER BY g.ord NULLS LAST, a.article_id").fetchall()]
    con.begin()
    try:
        for table in ("article_groups", "article_bands", "event_clusters", "clusters"):
            con.execute(f"DELETE FROM {table}").fetchall()
        _save(con, settings)
        for i in range(0, len(ids), batch_size):
            assign(con, ids[i:i + batch_size], settings)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return len(ids)
