"""Small scoring helpers shared by the evaluators (PETRARCH unit tests, PLOVER, news samples)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Iterable


def _ratio(num: float, den: float) -> float:
    """``num / den``, or 0.0 when the denominator is zero."""
    return num / den if den else 0.0


@dataclass
class PRF:
    """True positives, false positives and false negatives, with precision, recall and F1 derived.

    Every ratio is zero-safe: with nothing predicted precision is 0.0, with nothing to find recall is 0.0,
    and F1 is 0.0 when precision + recall is 0. Instances add up (``a + b``) and accumulate (``a += b``).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)

    @property
    def support(self) -> int:
        """How many gold items there were (tp + fn)."""
        return self.tp + self.fn

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> "PRF":
        self.tp += tp
        self.fp += fp
        self.fn += fn
        return self

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __iadd__(self, other: "PRF") -> "PRF":
        return self.add(other.tp, other.fp, other.fn)

    def as_dict(self, digits: int | None = None) -> dict:
        """Counts and ratios as a plain dict (ratios rounded to ``digits`` when given)."""
        values = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        if digits is not None:
            values = {k: round(v, digits) for k, v in values.items()}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **values}


def match_multisets(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """Score one unit (a sentence, an article) whose predictions and gold are multisets of keys.

    Each key matches at most as many times as it occurs on both sides: tp is the size of the multiset
    intersection, fp what is left of the predictions, fn what is left of the gold.
    """
    pred, want = Counter(predicted), Counter(gold)
    tp = sum((pred & want).values())
    return PRF(tp=tp, fp=sum(pred.values()) - tp, fn=sum(want.values()) - tp)
