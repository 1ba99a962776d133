"""extract_many with a process pool: the same results as one process, from warmed, GC-frozen workers."""

from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from dyad import pipeline
from dyad.records import Article, ExtractionError

TEXTS = [
    "Israel recalled its ambassador from Turkey on Tuesday, the foreign ministry said.",
    "",  # an error record must keep its place
    "Egyptian police arrested 12 protesters in Cairo on Friday.",
    "The United Nations condemned the attack, which killed at least 40 people.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{i}", text=text or " ", published="2023-11-01") for i, text in enumerate(TEXTS)]


def _summary(items) -> list:
    out = []
    for item in items:
        if isinstance(item, ExtractionError):
            out.append((item.article_id, item.code))
        else:
            article, result = item
            out.append((article.id, [(e.source.code, e.target.code if e.target else None, e.cameo)
                                     for e in result.events], len(result.counts)))
    return out


def test_extract_many_pool_equals_one_process():
    one = _summary(pipeline.extract_many(_articles(), n_process=1, batch_size=2))
    two = _summary(pipeline.extract_many(_articles(), n_process=2, batch_size=2))
    assert one == two
    assert [row[0] for row in two] == ["a0", "a1", "a2", "a3"]
    assert two[1] == ("a1", "E002") and two[0][1]  # the empty text is an error, the first article has events


def test_pool_workers_are_warmed_and_gc_frozen():
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=pipeline._init_worker,
                             initargs=(pipeline.DEFAULT_MAX_CHARS, None, None)) as pool:
        assert pool.submit(gc.get_freeze_count).result() > 10_000
        assert pool.submit(gc.get_threshold).result()[0] == pipeline.WORKER_GC_THRESHOLD


def test_warm_up_leaves_the_collector_as_it_found_it():
    pipeline.warm_up()
    assert gc.isenabled()
    gc.disable()
    try:
        pipeline.warm_up()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_heap_is_frozen_only_while_the_pool_forks():
    assert gc.get_freeze_count() == 0
    with pipeline._frozen_for_fork():
        frozen = gc.get_freeze_count()
    assert frozen > 10_000 and gc.get_freeze_count() == 0  # thawed for the parent's own collector
    gc.freeze()  # a caller that froze objects of its own keeps them frozen
    try:
        mine = gc.get_freeze_count()
        with pipeline._frozen_for_fork():
            pass
        assert gc.get_freeze_count() == mine
    finally:
        gc.unfreeze()


def _die_on_doomed(item):
    """A transform (run in the worker) that kills the worker process on the article with id 'doomed'."""
    import os

    if not hasattr(item, "code") and item[0].id == "doomed":
        os._exit(9)
    return item


def test_a_worker_dying_mid_chunk_costs_only_that_chunk():
    """A worker killed while it codes (out of memory, a crash in native code) breaks the process pool:
    the chunk it held becomes error records, the chunks behind it are coded by a fresh pool, and the run
    completes with one item per input, in input order."""
    from dyad import pipeline
    from dyad.records import Article, ExtractionError

    text = "Chile recalled its ambassador from Peru on Monday, the foreign ministry said."
    ids = ["a", "b", "doomed", "c", "d", "e"]
    items = list(pipeline.extract_many((Article(id=i, text=text, published="2024-01-08", origin="t") for i in ids),
                                       n_process=2, batch_size=1, transform=_die_on_doomed))
    assert [i.article_id if isinstance(i, ExtractionError) else i[0].id for i in items] == ids
    failed = [i for i in items if isinstance(i, ExtractionError)]
    assert [f.article_id for f in failed] == ["doomed"] and failed[0].code == "E020"
    assert "BrokenProcessPool" in failed[0].message
