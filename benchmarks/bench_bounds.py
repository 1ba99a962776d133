"""Resource bounds of one article: time and peak memory of ``dyad.extract`` on pathological inputs.

Each case runs in a fresh process (the spaCy model is loaded first and not timed), and reports the
seconds of ``extract``, the process's peak RSS (``ru_maxrss``) and whether the text was truncated:

- ``10mb-article``: the seed article's paragraphs repeated to 10,000,000 characters (ordinary news text);
- ``1m-line``: one 1,000,000-character line of words with no sentence end and no line break.

``--max-chars`` sets the pipeline's cap (default ``dyad.pipeline.DEFAULT_MAX_CHARS``). ``--write`` appends
the table, with the machine and the command, to ``benchmarks/RESULTS.md`` under "Resource bounds".

Example: python benchmarks/bench_bounds.py --write
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "corpus" / "seed-israel-turkey.txt"
RESULTS = HERE / "RESULTS.md"
RUN_ON = "Erdogan said Israel attacked the hospital in Gaza and the ministry condemned the strike "


def make_text(case: str) -> str:
    if case == "10mb-article":
        base = SEED.read_text(encoding="utf-8").strip() + "\n\n"
        return (base * (10_000_000 // len(base) + 1))[:10_000_000]
    if case == "1m-line":
        return (RUN_ON * (1_000_000 // len(RUN_ON) + 1))[:1_000_000]
    raise ValueError(case)


def child(case: str, max_chars: int) -> dict:
    import resource
    import time

    from dyad.nlp import load_pipeline
    from dyad.pipeline import extract

    load_pipeline()
    text = make_text(case)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = extract(text, published="2023-11-01", max_chars=max_chars)
    seconds = time.perf_counter() - started
    return {"case": case, "chars": len(text), "max_chars": max_chars, "seconds": round(seconds, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "rss_before_mb": before // 1024, "truncated": result.truncated, "events": len(result.events)}


def main(argv: list[str] | None = None) -> int:
    from dyad.pipeline import DEFAULT_MAX_CHARS, MAX_SENTENCE_TOKENS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS)
    parser.add_argument("--cases", nargs="+", default=["10mb-article", "1m-line"])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.max_chars)))
        return 0
    rows = []
    for case in args.cases:
        out = subprocess.run([sys.executable, __file__, "--child", case, "--max-chars", str(args.max_chars)],
                             capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(rows[-1], file=sys.stderr)
    free = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip()
    command = "python benchmarks/bench_bounds.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    lines = ["", "## Resource bounds", "", f"Command: `{command.strip()}`; {platform.platform()}, Python "
             f"{platform.python_version()}, `nproc` = {os.cpu_count()}; pipeline cap {args.max_chars:,} "
             f"characters, sentences of at most {MAX_SENTENCE_TOKENS} tokens.", "", f"```\n$ free -g\n{free}\n```",
             "", "| input | characters | truncated | extract s | peak RSS MB (model loaded: MB) | events |",
             "|---|---:|---|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['case']} | {r['chars']:,} | {r['truncated']} | {r['seconds']} | {r['peak_rss_mb']} "
                     f"({r['rss_before_mb']}) | {r['events']} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        existing = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else "# Benchmarks\n"
        RESULTS.write_text(existing.rstrip("\n") + "\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
