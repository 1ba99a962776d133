"""Shared fixtures: the spaCy pipeline, the shared evaluation data, and the seed article's coding."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed-israel-turkey.txt"
SEED_PUBLISHED = "2023-11-01"


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
