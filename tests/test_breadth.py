"""The breadth check (benchmarks/breadth): Dyad's own sentences, 10-12 per PLOVER category with varied
predicates and actors, coded in one batch per set. The floors are the scores this coder reaches; a change
that loses breadth fails here (sentences.tsv is the set rules were fixed on, heldout.tsv never was)."""

from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[1] / "benchmarks" / "breadth" / "score.py"
FLOORS = {"sentences.tsv": (0.95, 0.93), "heldout.tsv": (0.98, 0.95), "heldout2.tsv": (0.75, 0.73),
          "heldout3.tsv": (0.92, 0.88)}  # category, triple


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_breadth_set_keeps_its_floor(name, benchmark_script):
    score = benchmark_script("breadth/score.py")
    outcomes = score.score_breadth(SCORE.parent / name)
    category, triple = FLOORS[name]
    assert len(outcomes) >= 60
    assert score.accuracy(outcomes, "category") >= category
    assert score.accuracy(outcomes, "triple") >= triple


def test_breadth_sets_cover_every_category_with_known_codes(benchmark_script):
    score = benchmark_script("breadth/score.py")
    for name in FLOORS:
        records = score.load_breadth(SCORE.parent / name)
        assert {r.category for r in records} == {
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
            "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
        assert all(len(a.code) == 3 for r in records for a in (r.source or ()) + (r.target or ()))


def test_a_malformed_breadth_line_is_a_clear_error(tmp_path, benchmark_script):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tcategory\tsource\ttarget\ttext\nx1\tAGREE\tEGY\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        benchmark_script("breadth/score.py").load_breadth(bad)


DISAPPROVE_FLOORS = {"disapprove.tsv": 0.77, "disapprove_heldout.tsv": 0.73}  # triple, negatives included


@pytest.mark.parametrize("name", sorted(DISAPPROVE_FLOORS))
def test_disapproval_set_keeps_its_floor_and_its_negatives(name, benchmark_script):
    """The disapproval sets (CAMEO 11): accusations found, and no ACCUSE event on the NOT-ACCUSE lines
    (neutral press, police, court, relatives' and third parties' reports, a state's own act, praise)."""
    score = benchmark_script("breadth/score.py")
    outcomes = score.score_breadth(SCORE.parent / name)
    negatives = [o for o in outcomes if o.record.category == "NOT-ACCUSE"]
    assert len(outcomes) >= 30 and len(negatives) >= 8
    assert score.accuracy(outcomes, "triple") >= DISAPPROVE_FLOORS[name]
    assert score.accuracy(negatives, "triple") == 1.0
