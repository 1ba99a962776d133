"""DuckDB store: the only module that writes SQL. The rest of Dyad hands it records.

Each batch of records becomes one ``pyarrow.Table`` per table, inserted with one statement per table
(``INSERT INTO t BY NAME SELECT * FROM <registered arrow view>``) inside one transaction per batch.
Values never reach SQL through string formatting: they travel in Arrow tables or as ``?`` parameters.
The session time zone is pinned to UTC at connect.

Upsert rule (per article): the same ``article_id`` with the same ``text_sha1`` is skipped; a different
``text_sha1`` deletes the article's rows from every table and inserts the new ones, in one transaction.
Errors are keyed by ``(article_id, stage, code)``: writing one again replaces it; writing an article
successfully deletes its earlier errors.

Schema (every child table has ``article_id`` and ``seq``, the record's position in its list):

``articles``  article_id VARCHAR PRIMARY KEY, published DATE, url VARCHAR, source VARCHAR, origin VARCHAR,
              text VARCHAR, text_sha1 VARCHAR NOT NULL, truncated BOOLEAN, schema_version VARCHAR,
              n_entities, n_actors, n_quotes, n_events, n_counts, n_dates INTEGER, warnings VARCHAR[],
              n_tokens INTEGER (spaCy tokens parsed), dateline, dateline_place, dateline_country,
              dateline_date DATE, agency (agency copy's dateline and agency, ``dyad.wire``), language
              (ISO 639-1 of the input, ``dyad.ingest.language``)
``entities``  article_id, seq, text, label, start_char, end_char, actor_id, country
``actors``    article_id, seq, actor_id, name, kind, code, country, role, sector,
              mentions STRUCT(text VARCHAR, start_char INTEGER, end_char INTEGER)[]
``quotes``    article_id, seq, quote_id, speaker_actor_id, speaker_name, speaker_code, speaker_country,
              speaker_sector, speaker_start, speaker_end, cue, text, kind, medium, according_to,
              start_char, end_char, sentence
``events``    article_id, seq, event_id, source_actor_id, source_name, source_code, source_country,
              source_sector, source_start, source_end, target_actor_id, target_name, target_code,
              target_country, target_sector, target_start, target_end, verb, verb_start, verb_end, cameo,
              cameo_root, cameo_name, goldstein DOUBLE, quad_class INTEGER, plover, plover_mode,
              plover_context, date DATE, date_text, location_name, location_country,
              location_latitude DOUBLE, location_longitude DOUBLE, location_start, location_end,
              attribution, negated BOOLEAN, hypothetical BOOLEAN, dead INTEGER, injured INTEGER, evidence,
              start_char, end_char, confidence DOUBLE, implicit BOOLEAN (the source follows from the act)
``counts``    article_id, seq, kind, number BIGINT, qualifier, who, text, start_char, end_char, event_id
``dates``     article_id, seq, text, date DATE, start_char, end_char
``errors``    article_id, stage, code, message, source, at TIMESTAMP (UTC)

Duplicate groups and event clusters (``dyad.grouping``, filled as each batch is written):

``article_groups``   article_id PRIMARY KEY, ord BIGINT (arrival order), group_id (duplicate group: the
                     article id of its first member), norm_sha1 (hash of the normalised text),
                     signature BLOB (MinHash values, little-endian uint64)
``article_bands``    article_id, band SMALLINT, key BIGINT (LSH band keys: candidate near-duplicates)
``event_clusters``   article_id, seq (the event's ``events.seq``), cluster_id
``clusters``         cluster_id PRIMARY KEY, source_code, target_code, cameo_root, plover, negated BOOLEAN,
                     hypothetical BOOLEAN, day DATE, place (the values new events are matched against)
``grouping_settings`` name PRIMARY KEY, value (JSON of the duplicate and cluster parameters)

Columns not typed above are VARCHAR; offsets (``*_start``, ``*_end``, ``*_char``) and ``seq`` are INTEGER.
Column names follow the record fields (``dyad.records``), flattened with a prefix for nested records
(``Event.source.code`` → ``events.source_code``; ``Event.location.name`` → ``events.location_name``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

import duckdb
import pyarrow as pa

from dyad.records import (
    Actor, ActorRef, Article, ArticleResult, Count, DateRef, Entity, Event, ExtractionError, Mention, Place,
    Quotation,
)

@dataclass(frozen=True)
class StoredRows:
    """An article already turned into its table rows (:func:`to_rows`): plain values that pickle fast,
    so coding processes can hand finished rows to the one process that writes."""

    article_id: str
    rows: dict


WriteItem = Union[tuple[Article, ArticleResult], ArticleResult, ExtractionError, StoredRows]


def to_rows(item: "WriteItem") -> "StoredRows | ExtractionError":
    """The rows one coded article will be stored as; errors pass through unchanged."""
    if isinstance(item, (ExtractionError, StoredRows)):
        return item
    if isinstance(item, ArticleResult):
        return StoredRows(item.article_id, _result_rows(None, item))
    article, result = item
    return StoredRows(result.article_id, _result_rows(article, result))

EXPORT_FORMATS = ("parquet", "csv", "jsonl")


class StoreError(Exception):
    """The store cannot do what was asked: no database, unknown table or format, a malformed record."""


# ------------------------------------------------------------------------------------------------ schema

_MENTION = pa.struct([("text", pa.string()), ("start_char", pa.int32()), ("end_char", pa.int32())])
_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
          "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
          "VARCHAR[]": pa.list_(pa.string()), "MENTIONS": pa.list_(_MENTION)}
_SQL = {"MENTIONS": "STRUCT(text VARCHAR, start_char INTEGER, end_char INTEGER)[]"}


def _ref(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_actor_id", "VARCHAR"), (f"{prefix}_name", "VARCHAR"), (f"{prefix}_code", "VARCHAR"),
            (f"{prefix}_country", "VARCHAR"), (f"{prefix}_sector", "VARCHAR"), (f"{prefix}_start", "INTEGER"),
            (f"{prefix}_end", "INTEGER")]


_KEY = [("article_id", "VARCHAR"), ("seq", "INTEGER")]

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [("article_id", "VARCHAR"), ("published", "DATE"), ("url", "VARCHAR"), ("source", "VARCHAR"),
                 ("origin", "VARCHAR"), ("text", "VARCHAR"), ("text_sha1", "VARCHAR"), ("truncated", "BOOLEAN"),
                 ("schema_version", "VARCHAR"), ("n_entities", "INTEGER"), ("n_actors", "INTEGER"),
                 ("n_quotes", "INTEGER"), ("n_events", "INTEGER"), ("n_counts", "INTEGER"),
                 ("n_dates", "INTEGER"), ("warnings", "VARCHAR[]"), ("n_tokens", "INTEGER"),
                 ("dateline", "VARCHAR"), ("dateline_place", "VARCHAR"), ("dateline_country", "VARCHAR"),
                 ("dateline_date", "DATE"), ("agency", "VARCHAR"), ("language", "VARCHAR")],
    "entities": _KEY + [("text", "VARCHAR"), ("label", "VARCHAR"), ("start_char", "INTEGER"),
                        ("end_char", "INTEGER"), ("actor_id", "VARCHAR"), ("country", "VARCHAR")],
    "actors": _KEY + [("actor_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"), ("code", "VARCHAR"),
                      ("country", "VARCHAR"), ("role", "VARCHAR"), ("sector", "VARCHAR"), ("mentions", "MENTIONS")],
    "quotes": _KEY + [("quote_id", "VARCHAR")] + _ref("speaker") + [
        ("cue", "VARCHAR"), ("text", "VARCHAR"), ("kind", "VARCHAR"), ("medium", "VARCHAR"),
        ("according_to", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("sentence", "VARCHAR")],
    "events": _KEY + [("event_id", "VARCHAR")] + _ref("source") + _ref("target") + [
        ("verb", "VARCHAR"), ("verb_start", "INTEGER"), ("verb_end", "INTEGER"), ("cameo", "VARCHAR"),
        ("cameo_root", "VARCHAR"), ("cameo_name", "VARCHAR"), ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"),
        ("plover", "VARCHAR"), ("plover_mode", "VARCHAR"), ("plover_context", "VARCHAR"), ("date", "DATE"),
        ("date_text", "VARCHAR"), ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
        ("location_latitude", "DOUBLE"), ("location_longitude", "DOUBLE"), ("location_start", "INTEGER"),
        ("location_end", "INTEGER"), ("attribution", "VARCHAR"), ("negated", "BOOLEAN"),
        ("hypothetical", "BOOLEAN"), ("dead", "INTEGER"), ("injured", "INTEGER"), ("evidence", "VARCHAR"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("confidence", "DOUBLE"),
        ("implicit", "BOOLEAN")],
    "counts": _KEY + [("kind", "VARCHAR"), ("number", "BIGINT"), ("qualifier", "VARCHAR"), ("who", "VARCHAR"),
                      ("text", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"),
                      ("event_id", "VARCHAR")],
    "dates": _KEY + [("text", "VARCHAR"), ("date", "DATE"), ("start_char", "INTEGER"), ("end_char", "INTEGER")],
    "errors": [("article_id", "VARCHAR"), ("stage", "VARCHAR"), ("code", "VARCHAR"), ("message", "VARCHAR"),
               ("source", "VARCHAR"), ("at", "TIMESTAMP")],
}
TABLES = tuple(COLUMNS)
# Columns added after the first release, always at the end of their table so that older databases,
# migrated by ``connect``, keep the same column order.
_ADDED_COLUMNS = [("articles", "n_tokens", "INTEGER"), ("articles", "dateline", "VARCHAR"),
                  ("articles", "dateline_place", "VARCHAR"), ("articles", "dateline_country", "VARCHAR"),
                  ("articles", "dateline_date", "DATE"), ("articles", "agency", "VARCHAR"),
                  ("events", "implicit", "BOOLEAN"), ("articles", "language", "VARCHAR")]
CHILD_TABLES = ("entities", "actors", "quotes", "events", "counts", "dates")
# Tables of dyad.grouping, derived from the ones above; a read-only connection does not require them, so
# databases made before they existed stay readable (their events then count one cluster each).
GROUP_COLUMNS: dict[str, str] = {
    "article_groups": "article_id VARCHAR PRIMARY KEY, ord BIGINT, group_id VARCHAR, norm_sha1 VARCHAR, "
                      "signature BLOB",
    "article_bands": "article_id VARCHAR, band SMALLINT, key BIGINT",
    "event_clusters": "article_id VARCHAR, seq INTEGER, cluster_id VARCHAR",
    "clusters": "cluster_id VARCHAR PRIMARY KEY, source_code VARCHAR, target_code VARCHAR, cameo_root VARCHAR, "
                "plover VARCHAR, negated BOOLEAN, hypothetical BOOLEAN, day DATE, place VARCHAR",
    "grouping_settings": "name VARCHAR PRIMARY KEY, value VARCHAR",
}
_GROUP_ORDER = {"article_groups": "ord", "article_bands": "article_id, band",
                "event_clusters": "article_id, seq", "clusters": "cluster_id", "grouping_settings": "name"}
_ORDER = {"articles": "article_id", "errors": "article_id, stage, code"}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one store table (also the Parquet schema of ``write_parquet_partition``)."""
    return pa.schema([(name, _ARROW[kind]) for name, kind in COLUMNS[table]])


def _ddl(table: str) -> str:
    cols = []
    for name, kind in COLUMNS[table]:
        col = f"\"{name}\" {_SQL.get(kind, kind)}"
        if table == "articles" and name == "article_id":
            col += " PRIMARY KEY"
        elif table == "articles" and name == "text_sha1":
            col += " NOT NULL"
        cols.append(col)
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def connect(path: Union[str, os.PathLike] = ":memory:", *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if missing) a Dyad database and its tables; the session time zone is UTC.

    With ``read_only=True`` the file must exist and hold Dyad's tables, else StoreError.
    """
    if read_only:
        if str(path) != ":memory:" and not Path(path).is_file():
            raise StoreError(f"no database at {path}; create one with `dyad ingest ... --db {path}`")
        con = duckdb.connect(str(path), read_only=True)
        missing = [t for t in TABLES if not _has_table(con, t)]
        if missing:
            con.close()
            raise StoreError(f"{path} is not a Dyad database (missing tables: {', '.join(missing)})")
    else:
        con = duckdb.connect(str(path))
        for table in TABLES:
            _run(con, _ddl(table))
        for table, column, kind in _ADDED_COLUMNS:  # databases made before the column existed
            _run(con, f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS \"{column}\" {kind}")
        for table, cols in GROUP_COLUMNS.items():
            _run(con, f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        _run(con, "CREATE INDEX IF NOT EXISTS clusters_pair_day ON clusters (source_code, target_code, day)")
    _run(con, "SET TimeZone = 'UTC'")
    return con


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: Optional[list] = None) -> None:
    """Execute a statement that returns no rows we need, and finish its result (DuckDB keeps a pending
    result per connection, which would block the next ``register``)."""
    con.execute(sql, params or []).fetchall()


def has_grouping(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database has the tables of duplicate groups and event clusters."""
    return all(_has_table(con, t) for t in GROUP_COLUMNS)


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    rows = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchall()
    return bool(rows[0][0])


# ------------------------------------------------------------------------------------------ records → rows

def _day(value: Optional[str], what: str, article_id: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise StoreError(f"article {article_id}: {what} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _ref_row(prefix: str, ref: Optional[ActorRef]) -> dict[str, Any]:
    if ref is None:
        return {f"{prefix}_{k}": None for k in ("actor_id", "name", "code", "country", "sector", "start", "end")}
    return {f"{prefix}_actor_id": ref.actor_id, f"{prefix}_name": ref.name, f"{prefix}_code": ref.code,
            f"{prefix}_country": ref.country, f"{prefix}_sector": ref.sector, f"{prefix}_start": ref.start_char,
            f"{prefix}_end": ref.end_char}


def event_row(e: Event, aid: str) -> dict[str, Any]:
    """One flat events-table row (source_/target_/location_ columns) for an event of article ``aid``."""
    row = {"event_id": e.id, **_ref_row("source", e.source), **_ref_row("target", e.target)}
    row.update(e.model_dump(exclude={"id", "source", "target", "location", "date"}))
    loc = e.location
    row.update({"date": _day(e.date, "event date", aid),
                "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
                "location_latitude": loc.latitude if loc else None,
                "location_longitude": loc.longitude if loc else None,
                "location_start": loc.start_char if loc else None, "location_end": loc.end_char if loc else None})
    return row


def _result_rows(article: Optional[Article], r: ArticleResult) -> dict[str, list[dict[str, Any]]]:
    aid = r.article_id
    if article is not None and article.id != aid:
        raise StoreError(f"article id {article.id!r} does not match its result's article_id {aid!r}")
    rows: dict[str, list[dict[str, Any]]] = {"articles": [{
        "article_id": aid, "published": _day(r.published, "published", aid), "url": r.url, "source": r.source,
        "origin": article.origin if article else None, "text": article.text if article else None,
        "text_sha1": r.text_sha1, "truncated": r.truncated, "schema_version": r.schema_version,
        "n_entities": len(r.entities), "n_actors": len(r.actors), "n_quotes": len(r.quotes),
        "n_events": len(r.events), "n_counts": len(r.counts), "n_dates": len(r.dates),
        "warnings": list(r.warnings), "n_tokens": r.n_tokens, "dateline": r.dateline,
        "dateline_place": r.dateline_place, "dateline_country": r.dateline_country,
        "dateline_date": _day(r.dateline_date, "dateline_date", aid), "agency": r.agency,
        "language": r.language}]}
    key = lambda i: {"article_id": aid, "seq": i}  # noqa: E731
    rows["entities"] = [{**key(i), **x.model_dump()} for i, x in enumerate(r.entities)]
    rows["actors"] = [{**key(i), "actor_id": x.id, **x.model_dump(exclude={"id"})} for i, x in enumerate(r.actors)]
    rows["quotes"] = [{**key(i), "quote_id": q.id, **_ref_row("speaker", q.speaker),
                       **q.model_dump(exclude={"id", "speaker"})} for i, q in enumerate(r.quotes)]
    rows["events"] = [{**key(i), **event_row(e, aid)} for i, e in enumerate(r.events)]
    rows["counts"] = [{**key(i), **c.model_dump()} for i, c in enumerate(r.counts)]
    rows["dates"] = [{**key(i), **d.model_dump(exclude={"date"}), "date": _day(d.date, "date", aid)}
                     for i, d in enumerate(r.dates)]
    return rows


def _error_row(e: ExtractionError, at: datetime) -> dict[str, Any]:
    return {**e.model_dump(), "at": at}


def _to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema(table))


def _batch_tables(items: Iterable[WriteItem]) -> dict[str, pa.Table]:
    """Arrow tables for one batch; a later record for the same article id replaces an earlier one."""
    per_article: dict[str, dict[str, list[dict[str, Any]]]] = {}
    errors: dict[tuple[str, str, str], dict[str, Any]] = {}
    at = datetime.now(timezone.utc).replace(tzinfo=None)
    for item in items:
        if isinstance(item, ExtractionError):
            errors[(item.article_id, item.stage, item.code)] = _error_row(item, at)
        elif isinstance(item, StoredRows):
            per_article[item.article_id] = item.rows
        elif isinstance(item, ArticleResult):
            per_article[item.article_id] = _result_rows(None, item)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], ArticleResult):
            per_article[item[1].article_id] = _result_rows(item[0], item[1])
        else:
            raise StoreError(f"cannot store {type(item).__name__}: give (Article, ArticleResult) pairs, "
                             "ArticleResults or ExtractionErrors")
    tables = {t: _to_arrow(t, [row for rows in per_article.values() for row in rows[t]])
              for t in ("articles",) + CHILD_TABLES}
    tables["errors"] = _to_arrow("errors", list(errors.values()))
    return tables


# ----------------------------------------------------------------------------------------------- writing

@dataclass
class WriteStats:
    """What a write did: articles inserted, replaced (text changed), unchanged (skipped), errors stored."""

    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: int = 0

    def add(self, other: "WriteStats") -> None:
        self.inserted += other.inserted
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        self.errors += other.errors


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    """Append an Arrow table's rows to a store table by column name (nothing for no rows)."""
    if data.num_rows == 0:
        return
    con.register("_dyad_batch", data)
    try:
        _run(con, f"INSERT INTO {table} BY NAME SELECT * FROM _dyad_batch")  # table: a name from TABLES
    finally:
        con.unregister("_dyad_batch")


def _upsert(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], grouping=None) -> WriteStats:
    """Apply one batch (Arrow tables keyed by table name) in one transaction; the articles written are
    put into duplicate groups and their events into clusters (``dyad.grouping``) in the same transaction."""
    import pyarrow.compute as pc

    from dyad.grouping import assign, settings_for_write

    stats = WriteStats()
    articles = tables["articles"]
    ids = articles.column("article_id").to_pylist()
    shas = articles.column("text_sha1").to_pylist()
    con.register("_dyad_new", pa.table({"article_id": pa.array(ids, pa.string())}))
    try:
        known = dict(con.execute("SELECT a.article_id, a.text_sha1 FROM articles a "
                                 "JOIN _dyad_new n USING (article_id)").fetchall())
    finally:
        con.unregister("_dyad_new")
    write_ids = [i for i, s in zip(ids, shas) if known.get(i) != s]
    replaced = [i for i in write_ids if i in known]
    stats.unchanged = len(ids) - len(write_ids)
    stats.replaced = len(replaced)
    stats.inserted = len(write_ids) - len(replaced)
    stats.errors = tables["errors"].num_rows
    keep = pa.array(write_ids, pa.string())

    con.begin()
    try:
        con.register("_dyad_ids", pa.table({"article_id": keep}))
        con.register("_dyad_replaced", pa.table({"article_id": pa.array(replaced, pa.string())}))
        try:
            # Rows of an article exist only with its article row (each batch is one transaction), so only
            # replaced articles have rows to delete: new ones skip scans that grow with the database.
            if replaced:
                for table in CHILD_TABLES + ("articles", "article_groups", "article_bands", "event_clusters"):
                    _run(con, f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _dyad_replaced)")
                # clusters left without members (founded by a replaced article and joined by no other)
                _run(con, "DELETE FROM clusters WHERE cluster_id NOT IN (SELECT cluster_id FROM event_clusters)")
            _run(con, "DELETE FROM errors WHERE article_id IN (SELECT article_id FROM _dyad_ids)")
        finally:
            con.unregister("_dyad_ids")
            con.unregister("_dyad_replaced")
        for table in ("articles",) + CHILD_TABLES:
            data = tables[table]
            if len(write_ids) != len(ids):
                data = data.filter(pc.is_in(data.column("article_id"), value_set=keep))
            insert_rows(con, table, data)
        errors = tables["errors"]
        if errors.num_rows:
            con.register("_dyad_err", errors)
            try:
                _run(con, "DELETE FROM errors WHERE EXISTS (SELECT 1 FROM _dyad_err n WHERE "
                            "n.article_id = errors.article_id AND n.stage = errors.stage AND n.code = errors.code)")
            finally:
                con.unregister("_dyad_err")
            insert_rows(con, "errors", errors)
        if write_ids:
            assign(con, write_ids, settings_for_write(con, grouping))
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return stats


def batches(items: Iterable, batch_size: int) -> Iterator[list]:
    """Consecutive lists of up to ``batch_size`` items from a stream (one list in memory at a time)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_results(con: duckdb.DuckDBPyConnection, results: Iterable[WriteItem], *,
                  batch_size: int = 200, grouping=None) -> WriteStats:
    """Upsert ``(Article, ArticleResult)`` pairs and ExtractionErrors, one transaction per batch.

    A bare ArticleResult is accepted too (its text and origin are then NULL). Returns the counts of
    inserted, replaced, unchanged articles and of errors stored. Streams: only one batch is in memory.
    ``grouping``: :class:`dyad.grouping.GroupingSettings` for duplicate groups and event clusters (None:
    the database's own, else the defaults).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    stats = WriteStats()
    for batch in batches(results, batch_size):
        stats.add(_upsert(con, _batch_tables(batch), grouping))
    return stats


def existing_ids(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """article_id → text_sha1 of every stored article, so a run can skip articles already done."""
    return dict(con.execute("SELECT article_id, text_sha1 FROM articles").fetchall())


# --------------------------------------------------------------------------------------- Parquet parts

def write_parquet_partition(results: Iterable[WriteItem], directory: Union[str, os.PathLike],
                            part_name: str) -> dict[str, Path]:
    """Write one partition as ``directory/<table>/<part_name>.parquet`` for every table (empty ones too).

    For workers (Dask) that cannot share a DuckDB file: ``load_parquet`` applies the parts later with
    the same upsert rule. Returns table → file written.
    """
    import pyarrow.parquet as pq

    if not part_name or "/" in part_name or "\\" in part_name or part_name.startswith("."):
        raise ValueError(f"part_name must be a plain file name, got {part_name!r}")
    tables = _batch_tables(results)
    out = {}
    for table, data in tables.items():
        folder = Path(directory) / table
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{part_name}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(data, tmp)
        os.replace(tmp, path)  # a reader never sees half a part
        out[table] = path
    return out


def load_parquet(con: duckdb.DuckDBPyConnection, directory: Union[str, os.PathLike], *,
                 grouping=None) -> WriteStats:
    """Import the parts under ``directory`` (as written by ``write_parquet_partition``), part by part in
    sorted name order, with the upsert rule (and the grouping) of ``write_results``; one transaction per
    part."""
    import pyarrow.parquet as pq

    root = Path(directory)
    parts = sorted(p.stem for p in (root / "articles").glob("*.parquet")) if (root / "articles").is_dir() else []
    parts += sorted({p.stem for p in (root / "errors").glob("*.parquet")} - set(parts)) \
        if (root / "errors").is_dir() else []
    if not parts:
        raise StoreError(f"no Parquet parts under {root}/articles or {root}/errors; "
                         "write them with write_parquet_partition")
    stats = WriteStats()
    for part in parts:
        tables = {}
        for table in TABLES:
            path = root / table / f"{part}.parquet"
            schema = arrow_schema(table)
            tables[table] = pq.read_table(path, schema=schema) if path.is_file() else schema.empty_table()
        stats.add(_upsert(con, tables, grouping))
    return stats


# ----------------------------------------------------------------------------------------------- reading
# Results are always fetched completely: DuckDB refuses new work on a connection with a pending result.

def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [{n: _jsonable(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def iso_day(value: Optional[str], name: str = "date") -> Optional[str]:
    """Check a date filter: None or ISO ``YYYY-MM-DD``; StoreError otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise StoreError(f"{name} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def date_range(column: str, date_from: Optional[str], date_to: Optional[str], params: list) -> list[str]:
    """WHERE clauses for an inclusive ISO date range on ``column`` (a trusted SQL expression); the dates
    go into ``params``."""
    clauses = []
    if date_from:
        clauses.append(f"{column} >= CAST(? AS DATE)")
        params.append(iso_day(date_from, "date_from"))
    if date_to:
        clauses.append(f"{column} <= CAST(? AS DATE)")
        params.append(iso_day(date_to, "date_to"))
    return clauses


def actor_filter(side: str, value: Optional[str], params: list) -> str:
    """SQL condition (with ``?`` placeholders appended to ``params``) matching an event side by actor
    code prefix (``ISR`` matches ``ISRGOV``) or by country (``source_country = 'ISR'``)."""
    if side not in ("source", "target"):
        raise ValueError(side)
    if not value:
        return "TRUE"
    code = value.strip().upper()
    params.extend([code, code])
    return f"(starts_with(e.{side}_code, ?) OR e.{side}_country = ?)"


def read_events(con: duckdb.DuckDBPyConnection, *, source: Optional[str] = None, target: Optional[str] = None,
                root: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
                article_id: Optional[str] = None, limit: Optional[int] = None,
                cluster_id: Optional[str] = None) -> list[dict[str, Any]]:
    """Events as flat dicts (the ``events`` columns plus ``published``, ``day`` = event date or else
    publication date, ``cluster_id``: its event cluster), ordered by day, article and position.
    ``source``/``target`` match an actor code prefix or a country; ``root`` a CAMEO root (``"4"`` =
    ``"04"``); dates are inclusive ISO dates; ``cluster_id`` keeps one cluster's events."""
    params: list = []
    where = [actor_filter("source", source, params), actor_filter("target", target, params)]
    if root:
        where.append("e.cameo_root = ?")
        params.append(str(root).zfill(2))
    where += date_range("COALESCE(e.date, a.published)", date_from, date_to, params)
    if article_id:
        where.append("e.article_id = ?")
        params.append(article_id)
    grouped = has_grouping(con)
    if cluster_id:
        if not grouped:
            return []
        where.append("m.cluster_id = ?")
        params.append(cluster_id)
    cluster = "m.cluster_id" if grouped else "CAST(NULL AS VARCHAR)"
    join = "LEFT JOIN event_clusters m ON m.article_id = e.article_id AND m.seq = e.seq " if grouped else ""
    sql = (f"SELECT e.*, a.published, COALESCE(e.date, a.published) AS day, {cluster} AS cluster_id FROM events e "
           f"JOIN articles a USING (article_id) {join}WHERE " + " AND ".join(where) +
           " ORDER BY day NULLS LAST, e.article_id, e.seq")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _dicts(con.execute(sql, params))


def read_articles(con: duckdb.DuckDBPyConnection, *, source: Optional[str] = None,
                  date_from: Optional[str] = None, date_to: Optional[str] = None, limit: Optional[int] = None,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Article rows without their text, newest first; ``source`` is the publisher (exact)."""
    params: list = []
    where = ["TRUE"]
    if source:
        where.append("source = ?")
        params.append(source)
    where += date_range("published", date_from, date_to, params)
    cols = ", ".join(n for n, _ in COLUMNS["articles"] if n != "text")
    sql = f"SELECT {cols} FROM articles WHERE {' AND '.join(where)} ORDER BY published DESC NULLS LAST, article_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    if offset:
        sql += " OFFSET ?"
        params.append(int(offset))
    return _dicts(con.execute(sql, params))


def read_table(con: duckdb.DuckDBPyConnection, table: str, *, article_id: Optional[str] = None) -> list[dict]:
    """All rows of one store table (or one article's), in a stable order."""
    _check_table(table)
    order = _GROUP_ORDER.get(table) or _ORDER.get(table, "article_id, seq")
    if article_id is None:
        return _dicts(con.execute(f"SELECT * FROM {table} ORDER BY {order}"))
    return _dicts(con.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", [article_id]))


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> Optional[dict[str, Any]]:
    """One article's row (text included) with its ``entities``, ``actors``, ``quotes``, ``events``,
    ``counts``, ``dates`` and ``errors`` as lists of rows; None when it is not stored."""
    rows = read_table(con, "articles", article_id=article_id)
    if not rows:
        return None
    out = rows[0]
    for table in CHILD_TABLES + ("errors",):
        out[table] = read_table(con, table, article_id=article_id)
    return out


def _unref(row: dict, prefix: str) -> Optional[ActorRef]:
    if row[f"{prefix}_name"] is None:
        return None
    return ActorRef(actor_id=row[f"{prefix}_actor_id"], name=row[f"{prefix}_name"], code=row[f"{prefix}_code"],
                    country=row[f"{prefix}_country"], sector=row[f"{prefix}_sector"],
                    start_char=row[f"{prefix}_start"], end_char=row[f"{prefix}_end"])


def _strip(row: dict, *names: str) -> dict:
    return {k: v for k, v in row.items() if k not in ("article_id", "seq") + names}


def read_result(con: duckdb.DuckDBPyConnection, article_id: str) -> Optional[ArticleResult]:
    """Rebuild the ArticleResult stored for ``article_id`` (the inverse of ``write_results``)."""
    a = article(con, article_id)
    if a is None:
        return None
    def ref_cols(p: str) -> list[str]:
        return [f"{p}_{k}" for k in ("actor_id", "name", "code", "country", "sector", "start", "end")]

    events = []
    for row in a["events"]:
        loc = None
        if row["location_name"] is not None:
            loc = Place(name=row["location_name"], country=row["location_country"],
                        latitude=row["location_latitude"], longitude=row["location_longitude"],
                        start_char=row["location_start"], end_char=row["location_end"])
        loc_cols = [c for c in row if c.startswith("location_")]
        row = {**row, "implicit": bool(row.get("implicit"))}  # NULL in rows stored before the column existed
        events.append(Event(id=row["event_id"], source=_unref(row, "source"), target=_unref(row, "target"),
                            location=loc, **_strip(row, "event_id", *ref_cols("source"), *ref_cols("target"),
                                                   *loc_cols)))
    return ArticleResult(
        schema_version=a["schema_version"], article_id=a["article_id"], published=a["published"], url=a["url"],
        source=a["source"], text_sha1=a["text_sha1"], truncated=a["truncated"], warnings=a["warnings"] or [],
        n_tokens=a.get("n_tokens") or 0, dateline=a.get("dateline"), dateline_place=a.get("dateline_place"),
        dateline_country=a.get("dateline_country"), dateline_date=a.get("dateline_date"), agency=a.get("agency"),
        language=a.get("language"),
        entities=[Entity(**_strip(r)) for r in a["entities"]],
        actors=[Actor(id=r["actor_id"], mentions=[Mention(**m) for m in r["mentions"] or []],
                      **_strip(r, "actor_id", "mentions")) for r in a["actors"]],
        quotes=[Quotation(id=r["quote_id"], speaker=_unref(r, "speaker"),
                          **_strip(r, "quote_id", *ref_cols("speaker"))) for r in a["quotes"]],
        events=events,
        counts=[Count(**_strip(r)) for r in a["counts"]],
        dates=[DateRef(**_strip(r)) for r in a["dates"]],
    )


def _check_table(table: str) -> None:
    if table not in TABLES and table not in GROUP_COLUMNS:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES + tuple(GROUP_COLUMNS))}")


def export_table(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: Union[str, os.PathLike]) -> int:
    """Write one table to ``out`` as Parquet, CSV (with header) or JSONL, with DuckDB's ``COPY``;
    returns the number of rows written."""
    _check_table(table)
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}
    if fmt not in options:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    path = Path(out)
    if path.parent and not path.parent.exists():
        raise StoreError(f"cannot write {path}: folder {path.parent} does not exist")
    order = _GROUP_ORDER.get(table) or _ORDER.get(table, "article_id, seq")
    # table and options come from the fixed lists above; the path is a bound parameter
    rows = con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO ? ({options[fmt]})",
                       [str(path)]).fetchall()
    return int(rows[0][0]) if rows else 0


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per store table."""
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]) for t in TABLES}
