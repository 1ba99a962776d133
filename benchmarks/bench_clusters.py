"""Duplicate groups and event clusters against a corpus with known truth: pairwise precision and recall.

The corpus (``make_corpus.py``'s generated articles, so it needs ``../shared`` like that script):

- ``--stories`` base articles, each its own story;
- republications: each story is republished 0–3 times (``--copy-rate``) with edits: a new headline line,
  one paragraph dropped or replaced by another story's paragraph, another URL and publisher, published
  0–2 days later; a quarter of the copies are exact copies;
- follow-ups (``--follow-rate``): a different story between the same countries (the same country images),
  published 1–3 days after its base: different happenings between the same actors on nearby days.

Truth: articles are duplicates when they come from one story; two events report one happening when their
articles come from one story and they share source, target, CAMEO root and negated/hypothetical flags.
Dyad's output is scored pairwise (every pair of articles, every pair of events): precision = pairs Dyad
puts together that the truth puts together / pairs Dyad puts together; recall the other way round.
Time: the ingest (coding included) and, separately, ``dyad.grouping.regroup`` over the whole store
(deduplication and clustering alone). Memory: peak RSS of this process and its children.

Example: python benchmarks/bench_clusters.py --stories 150 --processes 2 --workdir /tmp/bench-clusters
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import make_corpus as mc  # noqa: E402

HEADLINES = ["UPDATE 1-", "WRAPUP: ", "Analysis: ", "Live: ", "Correction: "]


class _SameImages(random.Random):
    """A random source that gives a follow-up article the country images of its base story."""

    def __init__(self, seed: int, images: list):
        super().__init__(seed)
        self._images = images

    def sample(self, population, k, **kw):
        if population is mc.COUNTRIES:
            return list(self._images)
        return super().sample(population, k, **kw)


def build_corpus(stories: int, *, seed: int, copy_rate: float, follow_rate: float) -> tuple[list[dict], dict]:
    """Records in arrival order and truth: article id → story id."""
    rng = random.Random(seed)
    seed_paragraphs = [p.strip() for p in mc.read_seed().split("\n\n") if p.strip()]
    sentences = mc.read_gigaword()
    bases = []
    for i in range(1, stories + 1):
        images_rng = random.Random(seed * 100_003 + i)
        images = images_rng.sample(mc.COUNTRIES, len(mc.COUNTRIES))
        record = mc._article(_SameImages(seed * 7 + i, images), i, seed_paragraphs, sentences)
        bases.append((record, images))
    records, truth = [], {}
    for n, (base, images) in enumerate(bases):
        records.append(base)
        truth[base["id"]] = base["id"]
        published = mc.dt.date.fromisoformat(base["published"])
        if rng.random() < copy_rate:
            for c in range(rng.randint(1, 3)):
                paragraphs = base["text"].strip().split("\n\n")
                if rng.random() >= 0.25:  # an edited copy; else exact
                    k = rng.randrange(1, len(paragraphs))
                    if rng.random() < 0.5:
                        del paragraphs[k]
                    else:
                        donor = bases[rng.randrange(len(bases))][0]["text"].strip().split("\n\n")
                        paragraphs[k] = donor[rng.randrange(1, len(donor))]
                    paragraphs.insert(0, rng.choice(HEADLINES) + paragraphs[0][:60].rsplit(" ", 1)[0])
                copy = {"id": f"{base['id']}-copy{c}", "text": "\n\n".join(paragraphs) + "\n",
                        "published": (published + mc.dt.timedelta(days=rng.randint(0, 2))).isoformat(),
                        "url": f"https://mirror{c}.example.net/{base['id']}", "source": f"Mirror {c}"}
                records.append(copy)
                truth[copy["id"]] = base["id"]
        if rng.random() < follow_rate:
            follow = mc._article(_SameImages(seed * 13 + n, images), 10_000 + n, seed_paragraphs, sentences)
            follow["published"] = (published + mc.dt.timedelta(days=rng.randint(1, 3))).isoformat()
            records.append(follow)
            truth[follow["id"]] = follow["id"]
    return records, truth


def pairwise(predicted: dict, truth: dict) -> tuple[float, float, int, int, int]:
    """Pairwise precision and recall of a clustering (item → label) against the truth (item → label)."""
    pairs = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())  # noqa: E731
    both = pairs(Counter((predicted[k], truth[k]) for k in predicted))
    p, t = pairs(Counter(predicted.values())), pairs(Counter(truth[k] for k in predicted))
    return (both / p if p else 1.0), (both / t if t else 1.0), both, p, t


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=150)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--copy-rate", type=float, default=0.6)
    ap.add_argument("--follow-rate", type=float, default=0.4)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--engine", default="local", choices=("local", "dask"))
    ap.add_argument("--workdir", type=Path, required=True)
    args = ap.parse_args(argv)

    from dyad import store
    from dyad.corpus import ingest_corpus
    from dyad.grouping import regroup, stored_settings

    args.workdir.mkdir(parents=True, exist_ok=True)
    records, truth = build_corpus(args.stories, seed=args.seed, copy_rate=args.copy_rate,
                                  follow_rate=args.follow_rate)
    corpus = args.workdir / "clusters-corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (args.workdir / "clusters-truth.json").write_text(json.dumps(truth, indent=0), encoding="utf-8")
    db = args.workdir / "clusters.duckdb"
    db.unlink(missing_ok=True)

    started = time.perf_counter()
    stats = ingest_corpus(str(corpus), db=db, n_process=args.processes, engine=args.engine, progress=False)
    ingest_s = time.perf_counter() - started
    con = store.connect(db)
    started = time.perf_counter()
    regroup(con)
    regroup_s = time.perf_counter() - started

    groups = dict(con.execute("SELECT article_id, group_id FROM article_groups").fetchall())
    dp, dr, *_ = pairwise(groups, truth)
    rows = con.execute("""
        SELECT e.article_id, e.seq, e.source_code, e.target_code, e.cameo_root, e.negated, e.hypothetical,
               m.cluster_id FROM events e JOIN event_clusters m USING (article_id, seq)""").fetchall()
    predicted = {(a, s): c for a, s, *_, c in rows}
    happenings = {(a, s): (truth[a], src, tgt, root, neg, hyp) for a, s, src, tgt, root, neg, hyp, _ in rows}
    cp, cr, *_ = pairwise(predicted, happenings)
    n_clusters = len(set(predicted.values()))
    settings = stored_settings(con)
    con.close()

    copies = sum(1 for a, s in truth.items() if a != s)
    follows = sum(1 for r in records if int(r["id"].split("-")[1]) >= 10_000)
    print(f"## Cluster benchmark, {time.strftime('%Y-%m-%d %H:%M')}\n")
    print(f"Command: `python benchmarks/bench_clusters.py {' '.join(argv or sys.argv[1:])}`\n")
    print(f"Corpus: {len(records)} articles = {args.stories} stories + {copies} republications "
          f"(edited or exact) + {follows} follow-ups (same countries, 1–3 days later); "
          f"{len(rows)} events, {len(set(happenings.values()))} true happenings, {n_clusters} clusters. "
          f"Settings: {settings.describe()}.\n")
    print("| measure | precision | recall |\n|---|---:|---:|")
    print(f"| duplicate groups (article pairs) | {dp:.3f} | {dr:.3f} |")
    print(f"| event clusters (event pairs) | {cp:.3f} | {cr:.3f} |\n")
    print(f"Ingest ({args.engine}, {args.processes} processes, coding included): {ingest_s:.1f} s "
          f"({stats.articles / ingest_s:.1f} articles/s); regroup of the whole store (dedup + clusters only): "
          f"{regroup_s:.2f} s ({len(records) / regroup_s:.0f} articles/s); peak RSS {peak_rss_mb():,.0f} MB.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
