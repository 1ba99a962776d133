"""Benchmark ``dyad ingest`` against bare spaCy on the same articles, cores and batches.

For each corpus size N (``--sizes``, default 100 1000 10000) it generates N articles with
``make_corpus.py`` and measures, each in a fresh process started after the spaCy model is loaded:

(a) ``spacy``: bare ``nlp.pipe`` over the texts with Dyad's pipeline (``dyad.nlp.load_pipeline()``),
    the same ``n_process`` and ``batch_size``;
(b) ``ingest``: the whole ``dyad.corpus.ingest_corpus`` (read, code, write) into a fresh DuckDB file,
    timed after Dyad's tables are loaded (``dyad.pipeline.warm_up``) as (a) is timed after the model is;

and prints articles/s, tokens/s (tokens counted once with the tokenizer), the ratio (b)/(a) (target
≥ 0.85), the peak memory of the process tree (RSS summed over the process and its children, sampled
every 50 ms with psutil), and the speed-up of (b) from 1 to ``--processes`` processes on
``--speedup-size`` articles (target ≥ 1.6× for 2). ``--profile`` adds a cProfile of a one-process ingest of
the smallest size and lists the Dyad functions that cost most beyond the parser. ``--write`` appends the
Markdown report, with the machine and the command, to ``benchmarks/RESULTS.md``.

Example: python benchmarks/bench_ingest.py --sizes 100 1000 --processes 2 --write
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

RESULTS = HERE / "RESULTS.md"


# ------------------------------------------------------------------------------------------ child runs

def _texts(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


def child(mode: str, corpus: Path, n_process: int, batch_size: int, db: Path | None) -> dict:
    """One measurement, in this process: the models are loaded first, then only the work is timed.

    For (a) that is the spaCy pipeline; for (b) the same pipeline plus Dyad's own tables (dictionaries,
    gazetteer, dateparser data: ``dyad.pipeline.warm_up``), which forked workers then share, as they share
    the spaCy model.
    """
    from dyad.nlp import load_pipeline

    nlp = load_pipeline()
    if mode in ("ingest", "profile"):
        from dyad.pipeline import warm_up

        warm_up()
    if mode == "spacy":
        started = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(_texts(corpus), batch_size=batch_size, n_process=n_process))
        seconds = time.perf_counter() - started
        return {"articles": n, "seconds": seconds}
    if mode == "ingest":
        from dyad.corpus import ingest_corpus

        stats = ingest_corpus(corpus, db=db, n_process=n_process, batch_size=batch_size, progress=False)
        return {"articles": stats.articles, "errors": stats.errors, "seconds": stats.seconds, "tokens": stats.tokens}
    if mode == "profile":
        import cProfile
        import pstats

        from dyad.corpus import ingest_corpus

        profile = cProfile.Profile()
        profile.enable()
        stats = ingest_corpus(corpus, db=db, n_process=1, batch_size=batch_size, progress=False)
        profile.disable()
        return {"articles": stats.articles, "seconds": stats.seconds, "profile": _profile_rows(pstats.Stats(profile))}
    raise ValueError(mode)


def _profile_rows(stats, limit: int = 25) -> list[dict]:
    """Dyad functions by their own and cumulative time (spaCy's and the libraries' are left out)."""
    rows = []
    total = max(v[3] for v in stats.stats.values())  # the cumulative time of the outermost call
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
        path = filename.replace(os.sep, "/")
        if "/dyad/" not in path or "/site-packages/" in path or "/benchmarks/" in path:
            continue
        module = "dyad." + path.rsplit("/dyad/", 1)[1].removesuffix(".py").replace("/", ".")
        rows.append({"function": f"{module}.{name}:{line}", "calls": calls, "own_s": round(tottime, 3),
                     "cum_s": round(cumtime, 3), "cum_share": round(cumtime / total, 4) if total else 0.0})
    rows.sort(key=lambda r: r["cum_s"], reverse=True)
    return rows[:limit]


# ----------------------------------------------------------------------------------------- the parent

class PeakRSS:
    """High-water mark of the summed RSS of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.05):
        import psutil

        self._root = psutil.Process(pid)
        self._psutil = psutil
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self._root] + self._root.children(recursive=True)
            except self._psutil.NoSuchProcess:
                return
            total = 0
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except (self._psutil.NoSuchProcess, self._psutil.AccessDenied):
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self._interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def measure(mode: str, corpus: Path, n_process: int, batch_size: int, workdir: Path, *,
            keep_db: bool = False) -> dict:
    """Run ``child(mode, ...)`` in a fresh process; add its peak RSS, CPU seconds and the load at start.
    ``keep_db``: leave the database the run wrote (its path is ``result["db"]``) for scoring."""
    db = workdir / f"bench-{mode}-{n_process}-{corpus.stem}.duckdb"
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    out = workdir / "child.json"
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--processes", str(n_process),
           "--batch-size", str(batch_size), "--db", str(db), "--child-out", str(out)]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd)
    sampler = PeakRSS(proc.pid)
    rc = proc.wait()
    peak = sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child and its reaped workers
    if rc != 0:
        raise SystemExit(f"benchmark child failed ({rc}): {shlex.join(cmd)}")
    result = json.loads(out.read_text())
    result["peak_rss_mb"] = peak / 2**20
    result["cpu_s"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    result["load"] = load
    result["n_process"] = n_process
    if keep_db:
        result["db"] = str(db)
    else:
        db.unlink(missing_ok=True)
    return result


def count_tokens(corpus: Path) -> int:
    """spaCy tokens of a JSONL corpus's texts, counted once with Dyad's tokenizer."""
    from dyad.nlp import load_pipeline

    tokenizer = load_pipeline().tokenizer
    return sum(len(doc) for doc in tokenizer.pipe(_texts(corpus), batch_size=256))


def machine() -> str:
    def sh(cmd: str) -> str:
        try:
            return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "?"
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
    return (f"- `nproc`: {sh('nproc')}; CPU: {cpu}\n- `free -g`:\n\n```\n{sh('free -g')}\n```\n"
            f"- Python {platform.python_version()}, spaCy {_version('spacy')}, DuckDB {_version('duckdb')}, "
            f"{platform.system()} {platform.release()}")


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def report(args, rows: list[dict], speedup: dict | None, profile: dict | None) -> str:
    lines = [f"## Ingest benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}", "",
             f"Command: `{shlex.join(['python', 'benchmarks/' + Path(__file__).name] + sys.argv[1:])}`", "",
             machine(), "",
             f"Corpus: `make_corpus.py --seed {args.seed}`; batch size {args.batch_size}; "
             f"{args.processes} process(es) unless noted. (a) bare spaCy `nlp.pipe`, (b) `ingest_corpus` "
             "into a fresh DuckDB. Peak RSS: the process tree. CPU s: user + system time of the process tree, "
             "including model loading (~2 s), less sensitive than wall time to other load on the machine; "
             "load: the 1-minute load average when the run started.", "",
             "| N | tokens | run | processes | seconds | articles/s | tokens/s | CPU s | load | peak RSS MB "
             "| (b)/(a) wall | (b)/(a) CPU |",
             "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        for key, label in (("spacy", "(a) spaCy"), ("ingest", "(b) ingest")):
            r = row[key]
            ratio = f"{row['ratio']:.2f}" if key == "ingest" else ""
            cpu_ratio = f"{row['spacy']['cpu_s'] / r['cpu_s']:.2f}" if key == "ingest" else ""
            lines.append(f"| {row['n']:,} | {row['tokens']:,} | {label} | {r['n_process']} | {r['seconds']:.1f} | "
                         f"{r['articles'] / r['seconds']:.2f} | {row['tokens'] / r['seconds']:,.0f} | "
                         f"{r['cpu_s']:.0f} | {r['load']:.1f} | {r['peak_rss_mb']:,.0f} | {ratio} | {cpu_ratio} |")
    if speedup:
        lines += ["", f"Speed-up on N={speedup['n']:,}, 1 → {speedup['processes']} processes "
                  f"(target ≥ 1.6× for 2):", ""]
        for key, label in (("spacy", "(a) spaCy"), ("ingest", "(b) ingest")):
            s = speedup[key]
            lines.append(f"- {label}: {s['one']:.1f} s → {s['many']:.1f} s, **{s['one'] / s['many']:.2f}×** "
                         f"(CPU {s['one_cpu']:.0f} s → {s['many_cpu']:.0f} s; load at start "
                         f"{s['one_load']:.1f} → {s['many_load']:.1f})")
    if profile:
        lines += ["", f"cProfile of a one-process ingest of N={profile['n']:,} "
                  f"({profile['seconds']:.1f} s): Dyad functions by cumulative time", "",
                  "| function | calls | own s | cumulative s | share of run |", "|---|---:|---:|---:|---:|"]
        for r in profile["rows"][:15]:
            lines.append(f"| `{r['function']}` | {r['calls']:,} | {r['own_s']:.2f} | {r['cum_s']:.2f} | "
                         f"{r['cum_share']:.0%} |")
    return "\n".join(lines) + "\n"


def publish(text: str, *, write: bool) -> None:
    """Print a report, and with ``write`` append it to benchmarks/RESULTS.md (every bench_* script)."""
    print(text)
    if write:
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
        print(f"appended to {RESULTS}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], help="corpus sizes N")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="processes [all cores]")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0, help="make_corpus seed")
    parser.add_argument("--speedup-size", type=int, default=1000,
                        help="N for the 1 → --processes speed-up (0: skip); must be one of --sizes")
    parser.add_argument("--profile", action="store_true", help="cProfile a one-process ingest of the smallest N")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and databases go [a temp dir]")
    parser.add_argument("--write", action="store_true", help=f"append the report to {RESULTS}")
    parser.add_argument("--child", choices=["spacy", "ingest", "profile"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        result = child(args.child, args.corpus, args.processes, args.batch_size, args.db)
        args.child_out.write_text(json.dumps(result))
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows, speedup, profile = [], None, None
    for n in sorted(set(args.sizes)):
        corpus = workdir / f"corpus-{n}.jsonl"
        if not corpus.is_file():
            write_corpus(corpus, n, seed=args.seed)
        tokens = count_tokens(corpus)
        print(f"N={n:,}: {tokens:,} tokens; (a) spaCy …", file=sys.stderr, flush=True)
        a = measure("spacy", corpus, args.processes, args.batch_size, workdir)
        print(f"  (a) {a['seconds']:.1f} s; (b) ingest …", file=sys.stderr, flush=True)
        b = measure("ingest", corpus, args.processes, args.batch_size, workdir)
        print(f"  (b) {b['seconds']:.1f} s; ratio {a['seconds'] / b['seconds']:.2f}", file=sys.stderr, flush=True)
        rows.append({"n": n, "tokens": tokens, "spacy": a, "ingest": b, "ratio": a["seconds"] / b["seconds"]})
        if n == args.speedup_size and args.processes > 1:
            print(f"  speed-up: one process …", file=sys.stderr, flush=True)
            one_b = measure("ingest", corpus, 1, args.batch_size, workdir)
            one_a = measure("spacy", corpus, 1, args.batch_size, workdir)
            speedup = {"n": n, "processes": args.processes}
            for key, one, many in (("ingest", one_b, b), ("spacy", one_a, a)):
                speedup[key] = {"one": one["seconds"], "many": many["seconds"], "one_cpu": one["cpu_s"],
                                "many_cpu": many["cpu_s"], "one_load": one["load"], "many_load": many["load"]}
    if args.profile:
        n = min(args.sizes)
        result = measure("profile", workdir / f"corpus-{n}.jsonl", 1, args.batch_size, workdir)
        profile = {"n": n, "seconds": result["seconds"], "rows": result["profile"]}
    text = report(args, rows, speedup, profile)
    publish(text, write=args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
