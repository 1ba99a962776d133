"""Benchmark ``dyad ingest`` of a WARC crawl with known truth: speed against bare spaCy, memory, and how well
the language rule, the duplicate groups and the event clusters match the truth.

It builds a crawl with ``make_warc.py`` (``--articles`` pages, default 5,000: one third near-duplicates,
one tenth non-English; it needs ``../shared`` beside the repository, like ``make_corpus.py``), then, each in
a fresh process timed after the models are loaded (``bench_ingest.measure``):

(a) ``spacy``: bare ``nlp.pipe`` with Dyad's pipeline, ``--processes`` and ``--batch-size``, over the
    English pages' texts as Dyad's reader extracts them from the WARC (the texts Dyad will code);
(b) ``ingest``: ``dyad.corpus.ingest_corpus`` of the WARC itself into a fresh DuckDB, as ``dyad ingest``
    runs it: HTML extraction, the language rule (``E030``), coding, duplicate groups and event clusters
    with the default settings. (b) does more than (a): it also reads the HTML and judges the language of
    every page, foreign ones included.

Speed: wall and CPU seconds, articles/s and tokens/s (the English texts' tokens, counted once with the
tokenizer, for both), the ratio (a) seconds / (b) seconds as in ``bench_ingest.py``, and the peak RSS of
each process tree. Then the store of (b) is scored against the crawl's truth file:

- language: precision and recall of "rejected as E030" for the non-English pages;
- duplicate groups: pairwise precision and recall of "same group" over the English pages
  (``bench_clusters.pairwise``); an English page Dyad did not store counts as alone in its group;
- event clusters: the truth has no happening ids (``make_warc`` knows only which pages copy which), so it
  can tell only part of the story. *Copy recall*: two events in two pages of one truth group with the same
  source, target, CAMEO code, negation, hypothetical flag and day are the same event copied, and should
  share a cluster. *Cross-group share*: of the event pairs (in two different pages) that share a cluster,
  the share whose pages are in different truth groups. Those are not all errors: the generator recasts one
  seed story and reuses GigaWord sentences in every story, so two stories can report one happening; pairs
  whose evidence sentence is the same are counted apart (the same sentence with the same codes, close in
  time, is the same happening by ``bench_clusters``'s rule). So 1 − cross-group share is a lower bound on
  the cluster precision, not the precision; splits of one happening told in two different stories are
  invisible to it.

``--write`` appends the Markdown report, with the machine and the command, to ``benchmarks/RESULTS.md``.
The crawl, its truth, the English corpus and (b)'s database stay in ``--workdir``; a crawl already there
(same ``--articles`` and ``--seed``) is reused.

Example: python benchmarks/bench_warc.py --articles 5000 --processes 2 --workdir /tmp/bench-warc --write
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_clusters import pairwise  # noqa: E402
from bench_ingest import RESULTS, count_tokens, machine, measure, publish  # noqa: E402
from make_warc import truth_path, write_warc  # noqa: E402


def read_truth(warc: Path) -> dict[str, dict]:
    """url → the truth record of the page (``make_warc``'s truth file)."""
    with truth_path(warc).open(encoding="utf-8") as fh:
        return {rec["url"]: rec for rec in map(json.loads, fh)}


def extract_english(warc: Path, truth: dict[str, dict], out: Path) -> int:
    """Write the texts Dyad's reader extracts from the English pages to a JSONL corpus; return how many."""
    from dyad.ingest import read_articles
    from dyad.records import Article

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in read_articles(warc):
            if isinstance(item, Article) and truth.get(item.id, {}).get("language") == "en":
                fh.write(json.dumps({"id": item.id, "text": item.text}) + "\n")
                n += 1
    return n


def cross_pairs(articles: list[str]) -> int:
    """Pairs of items (given by their article ids) that lie in two different articles."""
    n = len(articles)
    return n * (n - 1) // 2 - sum(c * (c - 1) // 2 for c in Counter(articles).values())


def _pr(hit: int, predicted: int, true: int) -> tuple[float, float]:
    return (hit / predicted if predicted else 1.0), (hit / true if true else 1.0)


def score_language(con, truth: dict[str, dict]) -> dict:
    """Precision and recall of E030 for the non-English pages, recall by language, other errors by code."""
    errors = con.execute("SELECT article_id, code FROM errors").fetchall()
    rejected = {a for a, code in errors if code == "E030"}
    foreign = {u for u, t in truth.items() if t["language"] != "en"}
    hit = len(rejected & foreign)
    precision, recall = _pr(hit, len(rejected), len(foreign))
    by_lang = Counter(truth[u]["language"] for u in foreign)
    caught = Counter(truth[u]["language"] for u in rejected & foreign)
    return {"precision": precision, "recall": recall, "rejected": len(rejected), "foreign": len(foreign),
            "english_rejected": len(rejected - foreign),
            "by_language": {k: (caught[k], v) for k, v in sorted(by_lang.items())},
            "other_errors": dict(Counter(code for _, code in errors if code != "E030"))}


def score_groups(con, truth: dict[str, dict]) -> dict:
    """Pairwise precision and recall of Dyad's duplicate groups over the English pages."""
    stored = dict(con.execute("SELECT article_id, group_id FROM article_groups").fetchall())
    english = [u for u, t in truth.items() if t["language"] == "en"]
    predicted = {u: stored.get(u, ("not stored", u)) for u in english}
    precision, recall, hit, pred_pairs, true_pairs = pairwise(predicted, {u: truth[u]["group"] for u in english})
    return {"precision": precision, "recall": recall, "pairs_hit": hit, "pairs_predicted": pred_pairs,
            "pairs_true": true_pairs, "groups": len(set(predicted.values())),
            "true_groups": len({truth[u]["group"] for u in english}),
            "not_stored": sum(1 for u in english if u not in stored)}


def score_clusters(con, truth: dict[str, dict]) -> dict:
    """Copy recall and the cross-group share of cluster pairs (module docstring), over English pages."""
    rows = con.execute("""
        SELECT e.article_id, e.source_code, e.target_code, e.cameo, e.negated, e.hypothetical,
               COALESCE(e.date, a.published), e.evidence, m.cluster_id
        FROM events e JOIN articles a USING (article_id) JOIN event_clusters m USING (article_id, seq)""").fetchall()
    rows = [r for r in rows if truth.get(r[0], {}).get("language") == "en"]
    copies, copies_shared = defaultdict(list), defaultdict(list)
    in_cluster, by_group, by_evidence, by_both = (defaultdict(list) for _ in range(4))
    for article, src, tgt, cameo, neg, hyp, day, evidence, cluster in rows:
        group = truth[article]["group"]
        key = (group, src, tgt, cameo, bool(neg), bool(hyp), day)
        copies[key].append(article)
        copies_shared[key + (cluster,)].append(article)
        in_cluster[cluster].append(article)
        by_group[(cluster, group)].append(article)
        by_evidence[(cluster, evidence)].append(article)
        by_both[(cluster, group, evidence)].append(article)
    total = lambda d: sum(cross_pairs(v) for v in d.values())  # noqa: E731
    copy_pairs, copy_hit = total(copies), total(copies_shared)
    cluster_pairs, same_group = total(in_cluster), total(by_group)
    cross = cluster_pairs - same_group
    cross_same_sentence = total(by_evidence) - total(by_both)
    return {"events": len(rows), "clusters": len(in_cluster), "copy_pairs": copy_pairs, "copy_hit": copy_hit,
            "copy_recall": copy_hit / copy_pairs if copy_pairs else 1.0, "cluster_pairs": cluster_pairs,
            "same_group": same_group, "cross_group": cross, "cross_same_sentence": cross_same_sentence,
            "precision_bound": same_group / cluster_pairs if cluster_pairs else 1.0,
            "precision_bound_sentence": (same_group + cross_same_sentence) / cluster_pairs if cluster_pairs else 1.0}


def score(db: Path, truth: dict[str, dict]) -> dict:
    from dyad import store

    con = store.connect(db, read_only=True)
    try:
        return {"language": score_language(con, truth), "groups": score_groups(con, truth),
                "clusters": score_clusters(con, truth)}
    finally:
        con.close()


def report(args, crawl: dict, a: dict, b: dict, scores: dict) -> str:
    lang, groups, clusters = scores["language"], scores["groups"], scores["clusters"]
    pages = b["articles"] + b["errors"]
    lines = [f"## WARC ingest benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}", "",
             f"Command: `{shlex.join(['python', 'benchmarks/' + Path(__file__).name] + sys.argv[1:])}`", "",
             machine(), "",
             f"Crawl: `make_warc.py --n {args.articles} --seed {args.seed}`: {crawl['pages']:,} pages = "
             f"{crawl['original']:,} English originals + {crawl['near-duplicate']:,} near-duplicates + "
             f"{crawl['foreign']:,} non-English; {crawl['english_texts']:,} English texts extracted, "
             f"{crawl['tokens']:,} tokens. Batch size {args.batch_size}. (a) bare spaCy `nlp.pipe` over the "
             "English texts; (b) `ingest_corpus` of the WARC into a fresh DuckDB (HTML extraction, language "
             "rule, coding, duplicate groups and event clusters, default settings). Tokens/s: the English "
             "texts' tokens for both. CPU s: user + system time of the process tree, model loading included; "
             "load: the 1-minute load average at the start.", "",
             "| run | processes | seconds | articles/s | tokens/s | CPU s | load | peak RSS MB | (b)/(a) wall "
             "| (b)/(a) CPU |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r, label in ((a, "(a) spaCy"), (b, "(b) ingest")):
        ratio = f"{a['seconds'] / b['seconds']:.2f}" if r is b else ""
        cpu_ratio = f"{a['cpu_s'] / b['cpu_s']:.2f}" if r is b else ""
        lines.append(f"| {label} | {r['n_process']} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.2f} | "
                     f"{crawl['tokens'] / r['seconds']:,.0f} | {r['cpu_s']:.0f} | {r['load']:.1f} | "
                     f"{r['peak_rss_mb']:,.0f} | {ratio} | {cpu_ratio} |")
    other = ", ".join(f"{k}: {v:,}" for k, v in sorted(lang["other_errors"].items())) or "none"
    per_lang = ", ".join(f"{k} {hit}/{n}" for k, (hit, n) in lang["by_language"].items())
    lines += ["", f"(b) read {pages:,} pages ({pages / b['seconds']:.2f} pages/s): {b['articles']:,} stored as "
              f"articles, {b['errors']:,} as errors; it parsed {b.get('tokens', 0):,} tokens. "
              f"Ratio = (a) seconds / (b) seconds (higher is better; 1.0: ingest as fast as bare spaCy).", "",
              "| check | precision | recall | counts |", "|---|---:|---:|---|",
              f"| non-English rejected as E030 | {lang['precision']:.3f} | {lang['recall']:.3f} | "
              f"{lang['rejected']:,} rejected, {lang['foreign']:,} non-English, {lang['english_rejected']:,} "
              f"English rejected; by language {per_lang}; other errors: {other} |",
              f"| duplicate groups (pairwise, English pages) | {groups['precision']:.3f} | {groups['recall']:.3f} | "
              f"{groups['pairs_hit']:,} of {groups['pairs_predicted']:,} predicted pairs true, "
              f"{groups['pairs_true']:,} true pairs; {groups['groups']:,} groups, {groups['true_groups']:,} "
              f"true; {groups['not_stored']:,} English pages not stored |",
              f"| event clusters: copies share a cluster | — | {clusters['copy_recall']:.3f} | "
              f"{clusters['copy_hit']:,} of {clusters['copy_pairs']:,} copy pairs |",
              f"| event clusters: pairs within one truth group (lower bound) | {clusters['precision_bound']:.3f} "
              f"| — | {clusters['same_group']:,} of {clusters['cluster_pairs']:,} cluster pairs; "
              f"{clusters['cross_group']:,} cross-group |",
              f"| … counting cross-group pairs of one sentence as right | "
              f"{clusters['precision_bound_sentence']:.3f} | — | {clusters['cross_same_sentence']:,} "
              f"cross-group pairs state the same sentence |", "",
              f"{clusters['events']:,} events of English pages in {clusters['clusters']:,} clusters. Cluster "
              "pairs: two events in two different pages sharing a cluster. What the truth can tell: which pages "
              "copy which (groups), so an event copied into a duplicate page should join its original's "
              "cluster (copy pairs: same truth group, source, target, CAMEO code, flags and day). What it "
              "cannot: which happening each event reports (`happening` is null), so a cross-group pair may be "
              "one happening told by two stories (the generator reuses one seed story and GigaWord sentences "
              "across stories) and the precision rows are lower bounds; a happening split over clusters across "
              "stories goes unseen. Scores for bench_clusters's happening truth are in its own report."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="pages in the crawl")
    parser.add_argument("--seed", type=int, default=0, help="make_warc seed")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="processes [all cores]")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the crawl, corpus and database go (a crawl there is reused) [a temp dir]")
    parser.add_argument("--write", action="store_true", help=f"append the report to {RESULTS}")
    args = parser.parse_args(argv)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dyad-bench-warc-"))
    workdir.mkdir(parents=True, exist_ok=True)
    warc = workdir / f"crawl-{args.articles}-s{args.seed}.warc.gz"
    if not (warc.is_file() and truth_path(warc).is_file()):
        print(f"writing {warc} …", file=sys.stderr, flush=True)
        write_warc(warc, args.articles, seed=args.seed)
    truth = read_truth(warc)
    english = workdir / f"crawl-{args.articles}-s{args.seed}-english.jsonl"
    crawl = Counter(t["kind"] for t in truth.values())
    crawl["pages"] = len(truth)
    crawl["english_texts"] = extract_english(warc, truth, english)
    crawl["tokens"] = count_tokens(english)
    print(f"{crawl['pages']:,} pages, {crawl['english_texts']:,} English texts, {crawl['tokens']:,} tokens; "
          "(a) spaCy …", file=sys.stderr, flush=True)
    a = measure("spacy", english, args.processes, args.batch_size, workdir)
    print(f"  (a) {a['seconds']:.1f} s; (b) ingest …", file=sys.stderr, flush=True)
    b = measure("ingest", warc, args.processes, args.batch_size, workdir, keep_db=True)
    print(f"  (b) {b['seconds']:.1f} s; ratio {a['seconds'] / b['seconds']:.2f}; scoring …", file=sys.stderr,
          flush=True)
    text = report(args, crawl, a, b, score(Path(b["db"]), truth))
    publish(text, write=args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
