"""Duplicate groups and event clusters against a corpus with known truth: pairwise precision and recall.

The corpus (``make_corpus.py``'s generated articles, so it needs ``../shared`` like that script):

- ``--stories`` base articles, each its own story;
- republications: each story is republished 0–3 times (``--copy-rate``) with edits: a new headline line,
  one paragraph dropped or replaced by another story's paragraph, another URL and publisher, published
  0–2 days later; a quarter of the copies are exact copies;
- follow-ups (``--follow-rate``): a different story between the same countries (the same country images),
  published 1–3 days after its base: different happenings between the same actors on nearby days.

Truth: articles are duplicates when they come from one story. Two events report one happening when they
share source, target, CAMEO root and negated/hypothetical flags and either (story events: their sentence
comes from the seed story as the generator re-dates and re-casts it) their articles come from one story,
or (filler events: their sentence is one of the GigaWord sentences the generator mixes into every story)
they state the same sentence with the same resolved day — the generator reuses those sentences across
stories, and the same sentence about the same day is the same happening (the relation is closed
transitively). Scores are given for all events and for story events alone (where the follow-ups,
different happenings between the same actors on nearby days, put the rule to the test).
Dyad's output is scored pairwise (every pair of articles, every pair of events): precision = pairs Dyad
puts together that the truth puts together / pairs Dyad puts together; recall the other way round.
Time: the ingest (coding included) and, separately, ``dyad.grouping.regroup`` over the whole store
(deduplication and clustering alone). Memory: peak RSS of this process and its children.

``--thresholds`` and ``--windows`` rebuild the groups and clusters of the same store under each pair of
settings (``regroup``: no new coding) and score each; ``--reuse`` scores the store of an earlier run in
``--workdir`` (same options) without coding it again.

Example: python benchmarks/bench_clusters.py --stories 150 --processes 2 --workdir /tmp/bench-clusters
"""

from __future__ import annotations

import argparse
import json
import random
import re
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


class FillerTest:
    """Whether an event's evidence sentence is one of the GigaWord sentences (country names masked, since
    the generator swaps them)."""

    def __init__(self) -> None:
        forms = {f for c in mc.COUNTRIES for f in mc._surface_forms(c).values()}
        forms |= {f for g in mc.GROUPS for f in g}
        alternatives = sorted(forms, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)")
        self.corpus = "\n".join(self.mask(t) for t in mc.read_gigaword())

    def mask(self, text: str) -> str:
        return " ".join(self.pattern.sub("X", text).split())

    def __call__(self, evidence: str) -> bool:
        masked = self.mask(evidence or "")
        return len(masked) > 20 and masked in self.corpus


def truth_happenings(rows, kinds: dict, truth: dict) -> dict:
    """Event → happening label: one story's events with the same actors, root and flags, joined with the
    filler events stating the same sentence about the same day (union-find)."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, s, src, tgt, root, neg, hyp, ev, day, _ in rows:
        facts = (src, tgt, root, neg, hyp)
        node = find((a, s))
        parent[node] = find(("story", truth[a], facts))
        if kinds[(a, s)]:
            parent[find((a, s))] = find(("sentence", ev, day, facts))
    return {(a, s): find((a, s)) for a, s, *_ in rows}


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
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5], help="duplicate thresholds to score")
    ap.add_argument("--windows", type=int, nargs="+", default=[2], help="cluster windows (days) to score")
    ap.add_argument("--reuse", action="store_true", help="score the store already in --workdir")
    args = ap.parse_args(argv)

    from dyad import store
    from dyad.clusters import ClusterSettings
    from dyad.corpus import ingest_corpus
    from dyad.dedup import DedupSettings
    from dyad.grouping import GroupingSettings, regroup

    args.workdir.mkdir(parents=True, exist_ok=True)
    records, truth = build_corpus(args.stories, seed=args.seed, copy_rate=args.copy_rate,
                                  follow_rate=args.follow_rate)
    corpus = args.workdir / "clusters-corpus.jsonl"
    db = args.workdir / "clusters.duckdb"
    ingest_s = None
    if not (args.reuse and db.is_file()):
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        (args.workdir / "clusters-truth.json").write_text(json.dumps(truth, indent=0), encoding="utf-8")
        db.unlink(missing_ok=True)
        started = time.perf_counter()
        stats = ingest_corpus(str(corpus), db=db, n_process=args.processes, engine=args.engine, progress=False)
        ingest_s = time.perf_counter() - started
    con = store.connect(db)
    copies = sum(1 for a, s in truth.items() if a != s)
    follows = sum(1 for r in records if int(r["id"].split("-")[1]) >= 10_000)
    n_events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    print(f"## Cluster benchmark, {time.strftime('%Y-%m-%d %H:%M')}\n")
    print(f"Command: `python benchmarks/bench_clusters.py {' '.join(argv or sys.argv[1:])}`\n")
    print(f"Corpus: {len(records)} articles = {args.stories} stories + {copies} republications "
          f"(edited or exact) + {follows} follow-ups (same countries, 1–3 days later); {n_events} events. "
          "Places matched; 5-word shingles, 128 permutations.\n")
    filler = FillerTest()
    kinds = {(a, q): filler(ev) for a, q, ev in con.execute("SELECT article_id, seq, evidence FROM events").fetchall()}
    print(f"Story events: {sum(not f for f in kinds.values()):,}; filler events: {sum(kinds.values()):,}.\n")
    print("| duplicate threshold | window days | groups P | groups R | clusters P | clusters R | story clusters P "
          "| story clusters R | clusters | true happenings | regroup s |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for threshold in args.thresholds:
        for window in args.windows:
            settings = GroupingSettings(DedupSettings(threshold=threshold), ClusterSettings(window_days=window))
            started = time.perf_counter()
            regroup(con, settings)
            regroup_s = time.perf_counter() - started
            groups = dict(con.execute("SELECT article_id, group_id FROM article_groups").fetchall())
            dp, dr, *_ = pairwise(groups, truth)
            rows = con.execute("""
                SELECT e.article_id, e.seq, e.source_code, e.target_code, e.cameo_root, e.negated, e.hypothetical,
                       e.evidence, COALESCE(e.date, a.published), m.cluster_id FROM events e
                JOIN articles a USING (article_id) JOIN event_clusters m USING (article_id, seq)""").fetchall()
            predicted = {(a, s): c for a, s, *_, c in rows}
            happenings = truth_happenings(rows, kinds, truth)
            cp, cr, *_ = pairwise(predicted, happenings)
            story = {k: v for k, v in predicted.items() if not kinds[k]}
            sp, sr, *_ = pairwise(story, happenings)
            print(f"| {threshold} | {window} | {dp:.3f} | {dr:.3f} | {cp:.3f} | {cr:.3f} | {sp:.3f} | {sr:.3f} | "
                  f"{len(set(predicted.values())):,} | {len(set(happenings.values())):,} | {regroup_s:.2f} |")
    con.close()
    print()
    if ingest_s is not None:
        print(f"Ingest ({args.engine}, {args.processes} processes, coding and grouping included): {ingest_s:.1f} s "
              f"({stats.articles / ingest_s:.1f} articles/s). ", end="")
    print(f"`regroup` rebuilds every group and cluster of the store (dedup + clustering alone, "
          f"{len(records)} articles). Peak RSS of the run: {peak_rss_mb():,.0f} MB.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
