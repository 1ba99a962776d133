"""Process hygiene: worker processes end with the process that started them, even when it is killed
with SIGKILL and cannot shut its pool down — `dyad ingest` with the local process pool and with a Dask
LocalCluster, and the two ways a pool worker watches its parent (Linux's parent-death signal, and the
polling thread used where that is unavailable)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from dyad.pipeline import exit_with_parent

psutil = pytest.importorskip("psutil")  # installed with dask[distributed]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process semantics")

DYAD = [sys.executable, "-c", "from dyad.cli import app; app()"]
EXIT_WITHIN = 10.0  # seconds from the parent's SIGKILL until every former child is gone

_PLACES = ["Ankara", "Cairo", "Jerusalem", "Amman", "Nairobi", "Lima", "Oslo", "Hanoi", "Quito", "Dakar"]


def _article(i: int) -> dict:
    here, there = _PLACES[i % len(_PLACES)], _PLACES[(i + 3) % len(_PLACES)]
    text = (f"Officials in {here} said on Monday that talks with envoys from {there} had stalled again. "
            f"The foreign minister accused the government in {there} of breaking a truce agreed in March. "
            f"Police in {there} detained {i + 3} students outside the parliament building, witnesses said. "
            f"\"We will not accept threats from anyone,\" a spokesman told reporters in {here} on Tuesday. "
            f"Aid groups in {here} asked both sides to reopen the border crossing before the winter. ")
    return {"id": f"hygiene-{i:02d}", "text": text * 6, "published": f"2024-03-{1 + i % 28:02d}"}


@pytest.fixture(scope="module")
def busy_corpus(tmp_path_factory) -> Path:
    """40 short made-up articles: enough that two workers are still coding when the parent is killed."""
    path = tmp_path_factory.mktemp("hygiene") / "corpus.jsonl"
    path.write_text("".join(json.dumps(_article(i)) + "\n" for i in range(40)), encoding="utf-8")
    return path


def _workers(parent) -> list:
    """The parent's descendants that code (not multiprocessing's resource tracker)."""
    found = []
    for child in parent.children(recursive=True):
        try:
            if "resource_tracker" not in " ".join(child.cmdline()):
                found.append(child)
        except psutil.NoSuchProcess:
            pass
    return found


def _alive(proc) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _kill_parent_and_time_children(args: list[str], *, workers: int, busy_cpu_s: float,
                                   start_within: float) -> float:
    """Start ``args``, wait until ``workers`` worker processes have used ``busy_cpu_s`` of CPU each (coding,
    not just started), SIGKILL the parent and return the seconds until all its former children were gone.
    Whatever is left is killed, so that a failing test leaves nothing running."""
    log = tempfile.TemporaryFile()  # not a pipe: a full pipe would stall the run
    parent = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=log)
    seen: dict[int, object] = {}
    try:
        watched = psutil.Process(parent.pid)
        deadline = time.monotonic() + start_within
        while True:
            if parent.poll() is not None:
                log.seek(0)
                pytest.fail(f"the run ended before it was killed: {log.read()[-2000:]!r}")
            assert time.monotonic() < deadline, f"no {workers} busy workers within {start_within} s"
            try:
                found = _workers(watched)
                seen.update((p.pid, p) for p in watched.children(recursive=True))
                if len(found) >= workers and all(sum(p.cpu_times()[:2]) >= busy_cpu_s for p in found):
                    break
            except psutil.NoSuchProcess:
                pass
            time.sleep(0.1)
        seen.update((p.pid, p) for p in watched.children(recursive=True))
        parent.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        parent.wait()
        while any(_alive(p) for p in seen.values()) and time.monotonic() - killed < EXIT_WITHIN + 5:
            time.sleep(0.05)
        return time.monotonic() - killed
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for proc in seen.values():
            if _alive(proc):
                try:
                    proc.kill()
                except psutil.NoSuchProcess:
                    pass
        log.close()


def test_local_pool_workers_exit_when_ingest_is_sigkilled(busy_corpus, tmp_path):
    took = _kill_parent_and_time_children(
        DYAD + ["ingest", str(busy_corpus), "--db", str(tmp_path / "local.duckdb"), "--processes", "2",
                "--batch-size", "2"],
        workers=2, busy_cpu_s=2.0, start_within=60)
    assert took < EXIT_WITHIN, f"pool workers outlived their killed parent by {took:.1f} s"


def test_dask_workers_exit_when_ingest_is_sigkilled(busy_corpus, tmp_path):
    took = _kill_parent_and_time_children(
        DYAD + ["ingest", str(busy_corpus), "--db", str(tmp_path / "dask.duckdb"), "--processes", "2",
                "--batch-size", "2", "--engine", "dask"],
        workers=2, busy_cpu_s=2.0, start_within=60)
    assert took < EXIT_WITHIN, f"Dask worker processes outlived their killed client by {took:.1f} s"


# A parent that forks one child which ties itself to the parent (one of the two ways), reports its pid,
# and spins; the parent then waits to be killed.
_FORKER = r"""
import os, sys, time
from dyad.pipeline import exit_with_parent

use_prctl = sys.argv[1] == "pdeathsig"
parent = os.getpid()
read, write = os.pipe()
pid = os.fork()
if pid == 0:
    how = exit_with_parent(parent, use_prctl=use_prctl, poll_seconds=0.2)
    os.write(write, f"{os.getpid()} {how}\n".encode())
    while True:  # busy, holding the GIL as coding does
        sum(range(10_000))
print(os.read(read, 100).decode().strip(), flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize("how", ["pdeathsig", "watchdog"])
def test_worker_exits_soon_after_its_parent_is_killed(how):
    parent = subprocess.Popen([sys.executable, "-c", _FORKER, how], stdout=subprocess.PIPE, text=True)
    child = None
    try:
        pid, reported = parent.stdout.readline().split()
        assert reported == how
        child = psutil.Process(int(pid))
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        killed = time.monotonic()
        while _alive(child) and time.monotonic() - killed < EXIT_WITHIN:
            time.sleep(0.02)
        assert not _alive(child), f"the {how} child outlived its parent"
        assert time.monotonic() - killed < (1.0 if how == "pdeathsig" else 2.0)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if child is not None and _alive(child):
            child.kill()
        parent.stdout.close()


def test_worker_whose_parent_died_before_it_watched_exits_at_once():
    pid = os.fork()
    if pid == 0:  # this child pretends another process started it: that parent is "gone"
        try:
            exit_with_parent(os.getppid() + 10_000_000)
        finally:
            os._exit(7)  # reached only if exit_with_parent returned
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1


@pytest.mark.parametrize("forked_by_main_thread", [False, True])
def test_parent_death_signal_follows_the_forking_thread(forked_by_main_thread):
    """Why a pool forked outside the main thread is watched by polling: PR_SET_PDEATHSIG fires when the
    thread that forked ends, though its process lives on."""
    children: list[int] = []

    def fork_and_wait_until_watched() -> None:
        ready, done = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                exit_with_parent(os.getppid(), forked_by_main_thread=forked_by_main_thread)
                os.write(done, b"x")
                time.sleep(5)
            finally:
                os._exit(0)
        children.append(pid)
        os.read(ready, 1)
        os.close(ready)
        os.close(done)

    thread = threading.Thread(target=fork_and_wait_until_watched)
    thread.start()
    thread.join()  # the forking thread has ended; this process has not
    pid = children[0]
    try:
        time.sleep(1.0)
        ended, status = os.waitpid(pid, os.WNOHANG)
        if forked_by_main_thread:  # the parent-death signal, wrongly asked for here, killed it
            assert ended == pid and os.waitstatus_to_exitcode(status) == -signal.SIGKILL
        else:
            assert ended == 0, "a worker watching its parent process ended with the thread that forked it"
    finally:
        if not forked_by_main_thread or ended == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def test_pool_forked_in_a_thread_survives_that_thread(nlp):
    """End to end: extract_many started from a thread that then ends keeps its workers."""
    from dyad.pipeline import extract_many, warm_up
    from dyad.records import Article

    warm_up()  # loaded once here, shared by the forked workers
    articles = [Article(id=f"t{i}", text=_article(i)["text"][:300], published="2024-03-01") for i in range(6)]
    stream = extract_many(articles, n_process=2, batch_size=1)
    first: list = []
    starter = threading.Thread(target=lambda: first.append(next(stream)))
    starter.start()
    starter.join()  # the pool's workers were forked in that thread, which has now ended
    time.sleep(0.5)
    rest = list(stream)  # a worker killed with its thread would break the pool here
    assert [item[0].id for item in first + rest] == [a.id for a in articles]
