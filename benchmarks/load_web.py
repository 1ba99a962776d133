"""Load test of the web API: bounded concurrent requests against a real uvicorn server on 127.0.0.1.

It codes the seed article (``../shared/corpus/seed-israel-turkey.txt``) into a fresh DuckDB file, starts
``uvicorn`` in a child process on a free port over ``dyad.web.app.create_app(db)``, and fires ``--requests``
requests from ``--workers`` threads (one ``httpx.Client`` each), alternating ``POST /extract`` (the seed's
paragraphs and a few short real sentences) and ``GET /events`` (with and without filters). It counts errors
(a transport failure or any status but 200; must be 0), reports p50/p99/max latency per route, and checks
that a 50 MB body is refused with 413: the request head declares ``Content-Length: 52428800`` and only
the first 64 KiB are sent, so nothing near 50 MB is allocated. ``--write`` appends the report with the
machine and the command to ``benchmarks/RESULTS.md`` under "Web load" (one write, after re-reading).

Example: python benchmarks/load_web.py --requests 2000 --workers 8 --write
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = REPO.parent / "shared" / "corpus" / "seed-israel-turkey.txt"
RESULTS = HERE / "RESULTS.md"

SENTENCES = [
    "Turkish President Recep Tayyip Erdogan cancelled his planned visit to Israel on Wednesday.",
    "Israel recalled its diplomats from Turkey, the foreign ministry said in a statement.",
    "The United Nations condemned the attack on the hospital in Gaza, which killed 12 people.",
    "Police arrested three protesters outside the embassy in Ankara on Tuesday.",
    "Egypt offered to mediate between Hamas and Israel, according to Reuters.",
]
EVENT_QUERIES = [{}, {"source": "TUR"}, {"source": "ISR", "target": "TUR"}, {"root": "4"},
                 {"from": "2023-10-01", "to": "2023-12-31", "limit": "50"}]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(path: Path, seed: Path = SEED) -> Path:
    """A small Dyad database holding the seed article, coded."""
    from dyad import extract, store
    from dyad.records import Article

    text = seed.read_text(encoding="utf-8")
    article = Article(id="seed-israel-turkey", text=text, published="2023-11-01", origin=str(seed))
    result = extract(text, published="2023-11-01", article_id=article.id)
    con = store.connect(path)
    try:
        store.write_results(con, [(article, result)])
    finally:
        con.close()
    return path


_SERVER = ("import sys, uvicorn; from dyad.web.app import create_app; "
           "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")


@contextlib.contextmanager
def serve(db: Path, *, timeout: float = 60.0):
    """A uvicorn server for ``db`` in a child process; yields its base URL and stops it afterwards."""
    import httpx

    port = free_port()
    child = subprocess.Popen([sys.executable, "-c", _SERVER, str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if child.poll() is not None:
                raise RuntimeError(f"the server exited with status {child.returncode}")
            try:
                if httpx.get(f"{base}/articles?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer within {timeout:.0f} s")
            time.sleep(0.2)
        yield base
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def texts(seed: Path = SEED) -> list[str]:
    paragraphs = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40] \
        if seed.is_file() else []
    return paragraphs + SENTENCES


def run_load(base: str, *, total: int, workers: int, seed: Path = SEED) -> dict:
    """``total`` requests from ``workers`` threads, half POST /extract, half GET /events.

    Returns per route: count, errors, latencies (seconds, sorted); plus ``error_samples`` (up to 5).
    """
    import httpx

    bodies = texts(seed)
    per_worker = [list(range(w, total, workers)) for w in range(workers)]

    def worker(indices: list[int]) -> list[tuple[str, float, str | None]]:
        out = []
        with httpx.Client(base_url=base, timeout=120) as client:
            for i in indices:
                route = "POST /extract" if i % 2 == 0 else "GET /events"
                started = time.perf_counter()
                error = None
                try:
                    if route == "POST /extract":
                        r = client.post("/extract", json={"text": bodies[(i // 2) % len(bodies)],
                                                           "published": "2023-11-01"})
                        ok = r.status_code == 200 and "events" in r.json()
                    else:
                        r = client.get("/events", params=EVENT_QUERIES[(i // 2) % len(EVENT_QUERIES)])
                        ok = r.status_code == 200 and "events" in r.json()
                    if not ok:
                        error = f"{route}: HTTP {r.status_code} {r.text[:200]}"
                except Exception as exc:  # a transport failure is an error to count, not a crash of the run
                    error = f"{route}: {type(exc).__name__}: {exc}"
                out.append((route, time.perf_counter() - started, error))
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        rows = [row for chunk in pool.map(worker, per_worker) for row in chunk]
    wall = time.perf_counter() - started
    report: dict = {"total": len(rows), "workers": workers, "seconds": wall, "routes": {},
                    "errors": sum(1 for r in rows if r[2]), "error_samples": [r[2] for r in rows if r[2]][:5]}
    for route in ("POST /extract", "GET /events"):
        lat = sorted(r[1] for r in rows if r[0] == route)
        report["routes"][route] = {"count": len(lat), "errors": sum(1 for r in rows if r[0] == route and r[2]),
                                   "latencies": lat}
    return report


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def oversized_body_status(base: str, size: int = 50 * 1024 * 1024, sent: int = 64 * 1024) -> int:
    """Declare a ``size``-byte JSON body to POST /extract, send only ``sent`` bytes, return the status."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        head = (f"POST /extract HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {size}\r\n\r\n").encode()
        s.sendall(head)
        with contextlib.suppress(OSError):  # the server may answer and close before reading any of it
            s.sendall(b'{"text": "' + b"a" * (sent - 10))
        answer = b""
        while b"\r\n" not in answer:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def _machine() -> str:
    free = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip()
    return (f"{platform.platform()}, Python {platform.python_version()}, `nproc` = {os.cpu_count()}\n\n"
            f"```\n$ free -g\n{free}\n```")


def markdown(report: dict, status_413: int, command: str) -> str:
    lines = ["", "## Web load", "",
             f"{dt_now()}. Command: `{command}` (uvicorn, one process, in a child process on 127.0.0.1; "
             "the load generator in the same machine).", "", _machine(), "",
             f"{report['total']} requests from {report['workers']} concurrent workers in "
             f"{report['seconds']:.1f} s ({report['total'] / report['seconds']:.1f} requests/s); "
             f"**errors: {report['errors']}**.", "",
             "| route | requests | errors | p50 ms | p99 ms | max ms |", "|---|---:|---:|---:|---:|---:|"]
    for route, r in report["routes"].items():
        lat = r["latencies"]
        lines.append(f"| `{route}` | {r['count']} | {r['errors']} | {percentile(lat, 50) * 1000:.0f} | "
                     f"{percentile(lat, 99) * 1000:.0f} | {(lat[-1] if lat else float('nan')) * 1000:.0f} |")
    lines += ["", f"A POST /extract declaring a 50 MB body (`Content-Length: 52428800`, 64 KiB sent) was "
              f"answered **{status_413}** (limit {5 * 1024 * 1024:,} bytes).", ""]
    return "\n".join(lines)


def dt_now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--write", action="store_true", help="append the report to benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    if not SEED.is_file():
        print(f"seed article not found at {SEED}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dyad-load-") as tmp:
        db = build_db(Path(tmp) / "load.duckdb")
        with serve(db) as base:
            report = run_load(base, total=args.requests, workers=args.workers)
            status_413 = oversized_body_status(base)
    command = "python benchmarks/load_web.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    text = markdown(report, status_413, command.strip())
    print(text)
    for sample in report["error_samples"]:
        print("error:", sample, file=sys.stderr)
    if args.write:
        existing = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else "# Benchmarks\n"
        RESULTS.write_text(existing.rstrip("\n") + "\n" + text, encoding="utf-8")  # one write, after re-reading
    return 0 if report["errors"] == 0 and status_413 == 413 else 1


if __name__ == "__main__":
    sys.exit(main())
