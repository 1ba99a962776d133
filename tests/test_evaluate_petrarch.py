"""PETRARCH2 unit-test evaluation: the scoring rules on hand-made codings, then the whole suite.

The full-suite test compares every score with ``tests/baselines/petrarch.json`` and fails when one falls
below it. The baseline is a floor that only ever rises: after an improvement, run
``pytest tests/test_evaluate_petrarch.py --update-baselines`` and commit the file; that raises each
recorded score to this run's (rounded *down* to 3 decimals) and never lowers one. A score that falls is a
regression to fix, not a baseline to edit.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from conftest import hold_baseline

from dyad.evaluate.metrics import PRF, match_multisets
from dyad.evaluate.petrarch import LEVELS, PetrarchReport, SentenceOutcome, expand_members, score_sentence

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO.parent / "shared" / "petrarch2" / "PETR.UnitTest.records.xml"
BASELINE = REPO / "tests" / "baselines" / "petrarch.json"


def counts(prf: PRF) -> tuple[int, int, int]:
    return prf.tp, prf.fp, prf.fn


# --------------------------------------------------------------------------- PRF


def test_prf_is_zero_safe_and_adds_up():
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    total = PRF(2, 1, 1) + PRF(1, 0, 2)
    assert counts(total) == (3, 1, 3)
    assert total.precision == 0.75 and total.recall == 0.5 and math.isclose(total.f1, 0.6)
    assert total.as_dict(3) == {"tp": 3, "fp": 1, "fn": 3, "precision": 0.75, "recall": 0.5, "f1": 0.6}


def test_multisets_match_each_item_at_most_as_often_as_both_sides_hold_it():
    assert counts(match_multisets(["190", "190", "111"], ["190", "042"])) == (1, 2, 1)


# --------------------------------------------------------------------------- one sentence


def test_exact_triple_is_a_true_positive_at_every_level():
    scores = score_sentence([("ARN", "GON", "111")], [("ARN", "GON", "111")])
    assert {level: counts(s) for level, s in scores.items()} == {level: (1, 0, 0) for level in LEVELS}


def test_wrong_actor_counts_at_code_and_root_but_not_triple():
    scores = score_sentence([("ARNGOV", "GON", "111")], [("ARN", "GON", "111")])
    assert counts(scores["code"]) == counts(scores["root"]) == (1, 0, 0)
    assert counts(scores["triple"]) == (0, 1, 1)
    assert counts(scores["triple_relaxed"]) == (1, 0, 0)  # ARNGOV starts with ARN


def test_relaxed_actor_match_uses_the_gold_codes_first_three_letters():
    scores = score_sentence([("ARN", "GONMIL", "190")], [("ARNGOV", "GONCOP", "190")])
    assert counts(scores["triple"]) == (0, 1, 1)
    assert counts(scores["triple_relaxed"]) == (1, 0, 0)
    scores = score_sentence([("ARX", "GON", "190")], [("ARNGOV", "GON", "190")])
    assert counts(scores["triple_relaxed"]) == (0, 1, 1)


def test_more_specific_code_matches_root_not_code():
    scores = score_sentence([("ARN", "GON", "0231")], [("ARN", "GON", "023")])
    assert counts(scores["code"]) == (0, 1, 1)
    assert counts(scores["root"]) == (1, 0, 0)
    assert counts(scores["triple"]) == (1, 0, 0)  # the triple compares roots


def test_no_event_sentence_turns_every_prediction_into_a_false_positive():
    scores = score_sentence([("ARN", "GON", "111"), ("GON", "ARN", "190")], [])
    assert all(counts(s) == (0, 2, 0) for s in scores.values())
    assert all(counts(s) == (0, 0, 0) for s in score_sentence([], []).values())


def test_multiple_gold_events_are_matched_one_to_one():
    gold = [("ARN", "GON", "111"), ("ARN", "OSG", "111"), ("ETH", "LBY", "1717")]
    predicted = [("ARN", "GON", "111"), ("ARN", "GON", "111"), ("ARN", "---", "111")]
    scores = score_sentence(predicted, gold)
    assert counts(scores["code"]) == (2, 1, 1)  # two 111s matched, the third is extra, 1717 missed
    assert counts(scores["triple"]) == (1, 2, 2)  # one ARN→GON matched; ARN→OSG and ETH→LBY missed
    assert counts(scores["triple_relaxed"]) == (1, 2, 2)


def test_missing_target_is_the_null_code():
    scores = score_sentence([("CAL", None, "222")], [("CAL", "---", "222")])
    assert counts(scores["triple"]) == (1, 0, 0)


def test_multi_actor_codes_are_one_triple_per_member():
    assert expand_members([("FRO/BIL", "ELR/GAL", "064"), ("ARN", "GON", "064")]) == [
        ("FRO", "ELR", "064"), ("FRO", "GAL", "064"), ("BIL", "ELR", "064"), ("BIL", "GAL", "064"),
        ("ARN", "GON", "064")]


def test_report_sums_in_scope_sentences_and_lists_misses():
    def outcome(id_, category, predicted, gold, in_scope=True):
        return SentenceOutcome(id=id_, category=category, text="...", date="1995-01-01", gold=gold,
                               predicted=predicted, noevents=not gold, in_scope=in_scope,
                               scores=score_sentence(predicted, gold))

    report = PetrarchReport(records_path="x.xml", dictionaries={}, dictionary_problems=[], outcomes=[
        outcome("A-1", "DEMO", [("ARN", "GON", "111")], [("ARN", "GON", "111")]),
        outcome("A-2", "DEMO", [("ARN", "GON", "111")], []),
        outcome("B-1", "VERB", [], [("ETH", "LBY", "190")]),
        outcome("C-1", "SYNSET", [("ARN", "GON", "111")], [("ARN", "GON", "903")], in_scope=False),
    ])
    assert counts(report.levels["triple"]) == (1, 1, 1)
    assert counts(report.levels_all["triple"]) == (1, 2, 2)
    assert counts(report.categories["DEMO"]["triple"]) == (1, 1, 0)
    assert set(report.categories) == {"DEMO", "VERB"}
    assert [o.id for o in report.misses()] == ["A-2", "B-1"]
    assert report.scope["non_cameo"] == 1 and report.scope["noevents"] == 1
    assert [m["id"] for m in report.as_dict(misses=True)["misses"]] == ["A-2", "B-1", "C-1"]


# --------------------------------------------------------------------------- the whole suite


def _flat_scores(report: PetrarchReport) -> dict[str, float]:
    """Every score the baseline guards: P/R/F1 per level (in scope and all), triple F1 per category."""
    flat = {}
    for scope, levels in (("levels", report.levels), ("levels_all", report.levels_all)):
        for level, prf in levels.items():
            for measure in ("precision", "recall", "f1"):
                flat[f"{scope}.{level}.{measure}"] = getattr(prf, measure)
    for category, levels in report.categories.items():
        for level in ("triple", "triple_relaxed"):
            flat[f"categories.{category}.{level}.f1"] = levels[level].f1
    return flat


@pytest.fixture(scope="module")
def suite_report() -> PetrarchReport:
    if not RECORDS.is_file():
        pytest.skip(f"PETRARCH unit-test records not found at {RECORDS}")
    from dyad.evaluate.petrarch import evaluate_petrarch

    return evaluate_petrarch(RECORDS)


def test_full_suite_runs_every_sentence(suite_report):
    scope = suite_report.scope
    assert scope["failures"] == 0, suite_report.failures
    assert scope["skipped_error"] == 7  # dateline, bad_input_parse, storydiscard, sentencediscard records
    assert scope["scored"] + scope["non_cameo"] + scope["skipped_error"] + scope["skipped_include"] == \
        scope["sentences"]
    assert scope["dictionary_problems"] <= 2  # PETR.Validate.verbs.txt has known-bad test lines


def test_full_suite_scores_do_not_fall_below_the_baseline(suite_report, update_baselines):
    scores = _flat_scores(suite_report)
    hold_baseline(scores, BASELINE, update=update_baselines)


def test_an_agents_dictionary_replaces_dyads_roles(tmp_path):
    from dyad.evaluate.petrarch import load_dictionaries

    agents = tmp_path / "small.agents.txt"
    agents.write_text("AMBASSADOR [~GOV]\n", encoding="utf-8")
    dictionary, *_ = load_dictionaries(tmp_path / "records.xml", [], actors=None, agents=agents, verbs=None,
                                       use_environment=False)
    assert set(dictionary.roles) == {"ambassador", "ambassadors"}  # 'mayor', 'leader' are no agents there
