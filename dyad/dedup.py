"""Duplicate articles: one story published several times (wire copy, syndication, re-publication with edits).

Two articles are in one **duplicate group** when

- their normalised texts are equal (exact copies: same SHA-1 of the text casefolded, NFKC-normalised, with
  punctuation dropped and whitespace collapsed), or
- the Jaccard similarity of their sets of word shingles (``shingle`` consecutive normalised words) is at
  least ``threshold``, as estimated by MinHash signatures (datasketch, ``num_perm`` permutations).
  Candidates come from LSH banding (the bands and rows datasketch's ``MinHashLSH`` chooses for the
  threshold), their estimated similarity then decides.

Grouping is incremental: :func:`assign_duplicates` is called by the store on each batch it writes, in the
order the articles arrive. Each article is compared with the articles stored before it (their signatures
and band keys live in the tables ``article_groups`` and ``article_bands``, so history is never re-hashed)
and with the earlier articles of its batch; it joins the group of the most similar one (ties: the one
stored first), or founds a group named by its own ``article_id``. Groups never merge, so the result
depends only on the order of the articles, not on how they were cut into batches.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from dyad.store import insert_rows


@dataclass(frozen=True)
class DedupSettings:
    """Parameters of duplicate detection (stored with the database: see ``dyad.grouping``)."""

    threshold: float = 0.6  # least Jaccard similarity of word shingles for a near-duplicate
    num_perm: int = 128  # MinHash permutations
    shingle: int = 5  # words per shingle

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"duplicate threshold must be in (0, 1], got {self.threshold}")
        if self.num_perm < 16:
            raise ValueError(f"num_perm must be at least 16, got {self.num_perm}")
        if self.shingle < 1:
            raise ValueError(f"shingle must be at least 1 word, got {self.shingle}")

    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) of the LSH index, as datasketch picks them for the threshold."""
        return _bands(self.threshold, self.num_perm)


@lru_cache(maxsize=16)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: Optional[str]) -> str:
    """Text reduced to what a copy keeps: NFKC, casefolded, words separated by single spaces."""
    if not text:
        return ""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def shingles(normalised: str, k: int) -> list[bytes]:
    """The distinct ``k``-word shingles of a normalised text (the whole text when it has fewer words)."""
    words = normalised.split()
    if not words:
        return []
    if len(words) < k:
        return [" ".join(words).encode()]
    return sorted({" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)})


def signature(normalised: str, settings: DedupSettings) -> Optional[np.ndarray]:
    """The MinHash signature (uint64 array of ``num_perm`` values) of a normalised text; None when empty."""
    from datasketch import MinHash

    grams = shingles(normalised, settings.shingle)
    if not grams:
        return None
    m = MinHash(num_perm=settings.num_perm, seed=1)
    m.update_batch(grams)
    return m.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray, settings: DedupSettings) -> list[int]:
    """One signed 64-bit key per LSH band: equal keys in a band make two articles candidates."""
    b, r = settings.bands()
    keys = []
    for i in range(b):
        digest = hashlib.blake2b(sig[i * r:(i + 1) * r].astype("<u8").tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal MinHash values)."""
    return float(np.mean(a == b))


def _blob(sig: Optional[np.ndarray]) -> Optional[bytes]:
    return None if sig is None else sig.astype("<u8").tobytes()


def _unblob(data: Optional[bytes]) -> Optional[np.ndarray]:
    return None if data is None else np.frombuffer(data, dtype="<u8").astype(np.uint64)


@dataclass
class _Stored:
    group_id: str
    ord: int
    sig: Optional[np.ndarray]


def assign_duplicates(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
                      settings: DedupSettings) -> dict[str, str]:
    """Put the stored articles ``article_ids`` (in arrival order, not grouped yet) into duplicate groups.

    Writes their rows of ``article_groups`` and ``article_bands`` and returns article_id → group_id.
    Runs inside the caller's transaction; reads only the candidates' rows of earlier articles.
    """
    if not article_ids:
        return {}
    con.register("_dyad_dd_ids", pa.table({"article_id": pa.array(list(article_ids), pa.string())}))
    try:
        texts = dict(con.execute("SELECT article_id, text FROM articles "
                                 "WHERE article_id IN (SELECT article_id FROM _dyad_dd_ids)").fetchall())
    finally:
        con.unregister("_dyad_dd_ids")
    start = con.execute("SELECT COALESCE(max(ord), -1) + 1 FROM article_groups").fetchall()[0][0]

    new = []  # (article_id, ord, norm_sha1, signature, band keys)
    for i, aid in enumerate(article_ids):
        norm = normalise(texts.get(aid))
        sig = signature(norm, settings)
        new.append((aid, start + i, hashlib.sha1(norm.encode()).hexdigest() if norm else None, sig,
                    band_keys(sig, settings) if sig is not None else []))

    band_rows = {"article_id": [], "band": [], "key": []}
    for aid, _, _, _, keys in new:
        for band, key in enumerate(keys):
            band_rows["article_id"].append(aid)
            band_rows["band"].append(band)
            band_rows["key"].append(key)
    new_bands = pa.table({"article_id": pa.array(band_rows["article_id"], pa.string()),
                          "band": pa.array(band_rows["band"], pa.int16()),
                          "key": pa.array(band_rows["key"], pa.int64())})
    new_sha = pa.table({"article_id": pa.array([n[0] for n in new], pa.string()),
                        "norm_sha1": pa.array([n[2] for n in new], pa.string())})
    con.register("_dyad_dd_bands", new_bands)
    con.register("_dyad_dd_sha", new_sha)
    try:
        pairs = con.execute("""
            SELECT DISTINCT n.article_id, b.article_id FROM _dyad_dd_bands n
            JOIN article_bands b ON b.band = n.band AND b.key = n.key
            UNION
            SELECT n.article_id, g.article_id FROM _dyad_dd_sha n JOIN article_groups g USING (norm_sha1)
            WHERE n.norm_sha1 IS NOT NULL""").fetchall()
        exact = {(a, b) for a, b in con.execute(
            "SELECT n.article_id, g.article_id FROM _dyad_dd_sha n JOIN article_groups g USING (norm_sha1) "
            "WHERE n.norm_sha1 IS NOT NULL").fetchall()}
    finally:
        con.unregister("_dyad_dd_bands")
        con.unregister("_dyad_dd_sha")
    candidates: dict[str, set[str]] = {}
    for a, b in pairs:
        candidates.setdefault(a, set()).add(b)
    stored: dict[str, _Stored] = {}
    old_ids = sorted({b for _, b in pairs})
    if old_ids:
        con.register("_dyad_dd_old", pa.table({"article_id": pa.array(old_ids, pa.string())}))
        try:
            for aid, group, ord_, blob in con.execute(
                    "SELECT article_id, group_id, ord, signature FROM article_groups "
                    "WHERE article_id IN (SELECT article_id FROM _dyad_dd_old)").fetchall():
                stored[aid] = _Stored(group, ord_, _unblob(blob))
        finally:
            con.unregister("_dyad_dd_old")

    by_band: dict[tuple[int, int], list[str]] = {}  # earlier articles of this batch
    by_sha: dict[str, str] = {}
    groups: dict[str, str] = {}
    for aid, ord_, sha, sig, keys in new:
        cands = set(candidates.get(aid, ()))
        for band, key in enumerate(keys):
            cands.update(by_band.get((band, key), ()))
        if sha in by_sha:
            cands.add(by_sha[sha])
        best = None
        for other in cands:
            o = stored.get(other)
            if o is None:
                continue
            same_text = (aid, other) in exact or (sha is not None and by_sha.get(sha) == other)
            sim = 1.0 if same_text else (similarity(sig, o.sig) if sig is not None and o.sig is not None else 0.0)
            if sim >= settings.threshold and (best is None or (sim, -o.ord) > (best[0], -best[1].ord)):
                best = (sim, o)
        group = best[1].group_id if best else aid
        groups[aid] = group
        stored[aid] = _Stored(group, ord_, sig)
        for band, key in enumerate(keys):
            by_band.setdefault((band, key), []).append(aid)
        if sha is not None:
            by_sha.setdefault(sha, aid)

    rows = pa.table({
        "article_id": pa.array([n[0] for n in new], pa.string()),
        "ord": pa.array([n[1] for n in new], pa.int64()),
        "group_id": pa.array([groups[n[0]] for n in new], pa.string()),
        "norm_sha1": pa.array([n[2] for n in new], pa.string()),
        "signature": pa.array([_blob(n[3]) for n in new], pa.binary())})
    for table, data in (("article_groups", rows), ("article_bands", new_bands)):
        insert_rows(con, table, data)
    return groups


def duplicates_of(con: duckdb.DuckDBPyConnection, article_id: str) -> Optional[dict]:
    """An article's duplicate group: ``group_id`` and its ``articles`` (ids, in arrival order); None when
    the article is not grouped (or the database has no groups)."""
    from dyad.store import has_grouping

    if not has_grouping(con):
        return None
    rows = con.execute("SELECT g.article_id FROM article_groups g WHERE g.group_id = "
                       "(SELECT group_id FROM article_groups WHERE article_id = ?) ORDER BY g.ord",
                       [article_id]).fetchall()
    if not rows:
        return None
    group = con.execute("SELECT group_id FROM article_groups WHERE article_id = ?", [article_id]).fetchall()[0][0]
    return {"group_id": group, "articles": [r[0] for r in rows]}
