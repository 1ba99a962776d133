"""Shared fixtures: the spaCy pipeline, a news article shipped in the repository, the shared evaluation data,
and the seed article's coding.

Tests that only need *a realistic news article* (readers, the store, exports, the CLI) use ``news_text`` /
``news_path``: ``examples/lake-accord-talks.txt``, written for the project, so they run on any clone. Only
tests *about* the seed article or the evaluation data read ``../shared``, and skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed-israel-turkey.txt"
SEED_PUBLISHED = "2023-11-01"
NEWS = REPO / "examples" / "lake-accord-talks.txt"  # its sidecar lake-accord-talks.json gives the date
NEWS_PUBLISHED = "2024-06-17"


def pytest_addoption(parser):
    parser.addoption("--update-baselines", action="store_true", default=False,
                     help="Raise recorded evaluation baselines to the scores of this run (never lowers them)")


@pytest.fixture(scope="session")
def update_baselines(request) -> bool:
    return bool(request.config.getoption("--update-baselines"))


@pytest.fixture(scope="session")
def nlp():
    from dyad.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def news_path() -> Path:
    """A news article written for the project and shipped in ``examples/`` (with a ``.json`` metadata sidecar)."""
    return NEWS


@pytest.fixture(scope="session")
def news_text() -> str:
    return NEWS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (evaluation data) is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("seed article not found at ../shared/corpus")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(seed_text):
    from dyad import extract

    return extract(seed_text, published=SEED_PUBLISHED, article_id="seed-israel-turkey")


def hold_baseline(scores: dict[str, float], path: Path, *, update: bool) -> None:
    """Fail when any score falls below its recorded floor in ``path``.

    With ``update`` (``pytest --update-baselines``) each floor is raised to this run's score rounded
    *down* to 3 decimals; a floor is never lowered by the tool. Scores the file does not list are added.
    """
    import json
    import math

    baseline = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    if update:
        raised = dict(baseline)
        for key, value in scores.items():
            raised[key] = max(baseline.get(key, 0.0), math.floor(value * 1000) / 1000)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(dict(sorted(raised.items())), indent=2) + "\n", encoding="utf-8")
        baseline = raised
    if not baseline:
        pytest.fail(f"no baseline at {path}: run pytest --update-baselines")
    fallen = {key: (round(scores.get(key, 0.0), 4), floor) for key, floor in baseline.items()
              if scores.get(key, 0.0) + 1e-9 < floor}
    assert not fallen, f"scores below the baseline (now, baseline): {fallen}"


def create_table(con, table: str, columns) -> None:
    """A table of ``(name, kind)`` columns typed as dyad.store types them: an old database's table in tests
    of the migration on ``connect``."""
    from dyad import store

    con.execute(f"CREATE TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {store._SQL.get(k, k)}' for n, k in columns)})")


def column_names(con, table: str) -> list[str]:
    """The column names of ``table``, in order."""
    return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                      "ORDER BY ordinal_position", [table]).fetchall()]


@pytest.fixture(scope="session")
def benchmark_script():
    """Load a scorer under ``benchmarks/`` (not a package) as a module, once per path: the floor tests of the
    breadth, judgement and reported-speech sets call the same scorer the README's benchmark command runs."""
    import importlib.util

    loaded = {}

    def load(relative: str):
        if relative not in loaded:
            path = Path(__file__).resolve().parents[1] / "benchmarks" / relative
            spec = importlib.util.spec_from_file_location(path.stem + "_" + path.parent.name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            loaded[relative] = module
        return loaded[relative]

    return load
