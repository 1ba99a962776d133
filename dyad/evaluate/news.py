"""Score Dyad against the news-dev articles (``NN-slug.txt`` + ``NN-slug.json``, see its README).

Every ``NN-*.txt`` with a ``.json`` beside it is coded as one article, published on the JSON's
``published``. All texts are parsed in one ``nlp.pipe`` batch and coded with
:func:`dyad.pipeline.code_doc`. Scores are given per article and in total (totals sum the counts over
articles, they are not means of ratios).

Events
------

A predicted event matches a gold event when its ``cameo_root`` is one of the gold ``roots`` and its source
and target *codes* match the gold ``source`` and ``target`` lists: equal to a gold code or, for gold codes
of three letters or more, starting with it (``ISR`` matches ``ISRGOV``, ``IGO`` matches ``IGOUNO``);
two-letter gold codes (``UN``, ``EU``, ``AU``) match only exactly. ``symmetric`` gold events also accept
target and source the other way round. Every gold event has a target, so a predicted event without a
target never matches (it is counted as spurious, like any other unmatched event).

* recall: gold events are matched one-to-one to predictions (a maximum bipartite matching, required
  events first, so a prediction is never spent on an optional event when a required one needs it);
  ``recall_required`` is over the ``required`` events, ``recall_all`` over all gold events.
* precision: a predicted event is true when it matches *any* gold event (required or not) and false
  otherwise. Repeats of a matched event are not false (the README lists repeated events as acceptable
  output); they are counted in ``duplicates``.

Quotations
----------

A predicted quotation matches a gold one when (1) its ``text`` contains the gold ``contains`` span after
normalising case, whitespace, curly quotes (to straight ones) and dashes (to ``-``), and (2) one of the
gold ``speaker`` names occurs as a whole word, case-insensitively, in the predicted speaker's ``name`` or
in the article text of the speaker mention (``text[speaker.start_char:speaker.end_char]``). A prediction
without a speaker never matches.

* recall: per gold quote (a prediction may satisfy several gold quotes when its text holds several
  spans), split by the gold ``kind`` (``recall_direct``, ``recall_indirect``); the predicted kind is not
  required to agree (``kind_agreement`` says how often it does among matched quotes).
  ``recall_span`` drops condition (2): how many gold spans Dyad found with any speaker;
  ``speaker_accuracy`` is over those found spans: how often a prediction holding the span also has the
  right speaker (a quotation found with the wrong speaker counts against it, one not found does not).
* precision: a predicted quotation is true when it matches some gold quotation.
* ``according_to``: over the gold quotes that name one, right when a predicted quotation matching the
  quote (span and speaker; failing that, span alone) has an ``according_to`` that contains the gold
  string or is contained in it, after the same normalisation. A gold quote Dyad did not find is wrong.

Counts
------

``(kind, number)`` pairs matched as multisets per article (each gold figure at most once; precision and
recall from :class:`~dyad.evaluate.metrics.PRF`). Predicted counts of kinds the gold does not annotate
(anything but ``kill``, ``wound``, ``arrest``, ``displace``; Dyad also emits ``missing``) are left out
and counted in ``out_of_scope``.

Misses
------

``NewsReport.misses`` lists each missed gold record and each spurious prediction with the sentence it
sits in (gold events are located by their ``evidence``, gold quotes by their span, gold counts by the
first sentence stating the number) and, for a missed gold record, what Dyad emitted in that sentence.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

from dyad.evaluate.metrics import PRF, match_multisets
from dyad.evaluate.plover import Accuracy, _code_texts
from dyad.records import ActorRef, ArticleResult, Count, Event, Quotation

PathLike = Union[str, Path]

__all__ = ["GoldArticle", "GoldCount", "GoldEvent", "GoldQuote", "ArticleScore", "NewsReport", "code_matches",
           "event_matches", "evaluate_news", "load_gold", "normalise", "parse_selection", "quote_matches",
           "score_article", "speaker_matches"]

COUNT_KINDS = frozenset({"kill", "wound", "arrest", "displace"})


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEvent:
    id: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    roots: frozenset[str]
    required: bool = False
    evidence: str = ""
    symmetric: bool = False

    def summary(self) -> str:
        arrow = "↔" if self.symmetric else "→"
        return (f"{self.id}: {'/'.join(self.source)} {arrow} {'/'.join(self.target)} "
                f"roots {','.join(sorted(self.roots))}{' (required)' if self.required else ''}")


@dataclass(frozen=True)
class GoldQuote:
    speakers: tuple[str, ...]
    contains: str
    kind: str
    according_to: Optional[str] = None

    def summary(self) -> str:
        via = f" via {self.according_to}" if self.according_to else ""
        return f"{'/'.join(self.speakers)} ({self.kind}{via}): “{self.contains}”"


@dataclass(frozen=True)
class GoldCount:
    number: int
    kind: str

    def summary(self) -> str:
        return f"{self.kind} {self.number}"


@dataclass(frozen=True)
class GoldArticle:
    name: str  # file stem, e.g. '01-castro-recovering'
    text: str
    published: Optional[str]
    events: tuple[GoldEvent, ...]
    quotes: tuple[GoldQuote, ...]
    counts: tuple[GoldCount, ...]


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list):
        return tuple(str(v) for v in value if str(v).strip())
    return ()


def load_gold(json_path: PathLike, text: Optional[str] = None) -> GoldArticle:
    """Read one gold JSON (and its ``.txt`` beside it unless ``text`` is given)."""
    path = Path(json_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    if text is None:
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
    events = tuple(GoldEvent(
        id=str(e.get("id", i)), source=tuple(c.upper() for c in _strings(e.get("source"))),
        target=tuple(c.upper() for c in _strings(e.get("target"))),
        roots=frozenset(r.zfill(2) for r in _strings(e.get("roots"))), required=bool(e.get("required")),
        evidence=str(e.get("evidence") or ""), symmetric=bool(e.get("symmetric")),
    ) for i, e in enumerate(data.get("events", [])))
    quotes = tuple(GoldQuote(speakers=_strings(q.get("speaker")), contains=str(q.get("contains") or ""),
                             kind=str(q.get("kind") or "direct"), according_to=q.get("according_to") or None)
                   for q in data.get("quotes", []))
    counts = tuple(GoldCount(int(c["number"]), str(c["kind"])) for c in data.get("counts", []))
    return GoldArticle(path.stem, text, data.get("published"), events, quotes, counts)


# --------------------------------------------------------------------------- matching (no NLP)

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
                         "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-"})


def normalise(text: str) -> str:
    """Lower case, straight quotes, ASCII hyphens, single spaces."""
    return " ".join(text.translate(_QUOTES).lower().split())


def code_matches(predicted: Optional[str], gold: str) -> bool:
    """README rule: equal, or for gold codes of 3+ letters a prefix of the predicted code."""
    if not predicted:
        return False
    predicted, gold = predicted.upper(), gold.upper()
    return predicted == gold or (len(gold) >= 3 and predicted.startswith(gold))


def _actor_ok(ref: Optional[ActorRef], gold: Sequence[str]) -> bool:
    return ref is not None and any(code_matches(ref.code, g) for g in gold)


def event_matches(event: Event, gold: GoldEvent) -> bool:
    if event.cameo_root not in gold.roots or event.target is None:
        return False
    if _actor_ok(event.source, gold.source) and _actor_ok(event.target, gold.target):
        return True
    return gold.symmetric and _actor_ok(event.source, gold.target) and _actor_ok(event.target, gold.source)


def speaker_matches(speaker: Optional[ActorRef], names: Sequence[str], text: str = "") -> bool:
    """A gold name occurs as a whole word (case-insensitive) in the speaker's name or its mention."""
    if speaker is None:
        return False
    haystacks = [normalise(speaker.name)]
    if text and 0 <= speaker.start_char < speaker.end_char <= len(text):
        haystacks.append(normalise(text[speaker.start_char:speaker.end_char]))
    for name in names:
        pattern = re.compile(r"(?<!\w)" + re.escape(normalise(name)) + r"(?!\w)")
        if any(pattern.search(h) for h in haystacks):
            return True
    return False


def span_matches(quote: Quotation, gold: GoldQuote) -> bool:
    return bool(gold.contains) and normalise(gold.contains) in normalise(quote.text)


def quote_matches(quote: Quotation, gold: GoldQuote, text: str = "") -> bool:
    return span_matches(quote, gold) and speaker_matches(quote.speaker, gold.speakers, text)


def according_matches(predicted: Optional[str], gold: str) -> bool:
    if not predicted:
        return False
    p, g = normalise(predicted), normalise(gold)
    return bool(p and g) and (g in p or p in g)


def _bipartite(n_gold: int, n_pred: int, ok: list[list[bool]], order: Sequence[int]) -> dict[int, int]:
    """Kuhn's augmenting paths, gold vertices tried in ``order``; returns gold index → predicted index."""
    owner: dict[int, int] = {}  # predicted → gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(n_pred):
            if ok[g][p] and p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


# --------------------------------------------------------------------------- sentences for the misses


def find_phrase(text: str, phrase: str) -> int:
    """Offset of ``phrase`` in ``text`` up to case, whitespace, quote marks and dashes; -1 when absent."""
    if not phrase.strip():
        return -1
    parts = []
    for ch in normalise(phrase):
        if ch == " ":
            parts.append(r"\s+")
        elif ch == '"':
            parts.append("[\"“”„‟″«»]")
        elif ch == "'":
            parts.append("['‘’‚‛′]")
        elif ch == "-":
            parts.append("[-–—‒―−‐‑]")
        else:
            parts.append(re.escape(ch))
    found = re.search("".join(parts), text, flags=re.I)
    return found.start() if found else -1


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "prof", "jr", "sr",
                  "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co"}


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` ends an abbreviation ('U.S.', 'Mr.', 'Gen.') rather than a sentence."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    return bool(word) and ("." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS)


def sentence_at(text: str, offset: int) -> str:
    """The sentence around ``offset`` (split at . ! ? followed by a space, and at line breaks)."""
    if offset < 0 or offset > len(text):
        return ""
    start = offset
    while start > 0:
        if text[start - 1] == "\n":
            break
        if (start >= 2 and text[start - 2] in ".!?" and text[start - 1] == " " and text[start:start + 1].isupper()
                and not _abbreviation(text, start - 2)):
            break
        start -= 1
    end = offset
    while end < len(text) and text[end] != "\n":
        if text[end] in ".!?" and (end + 1 == len(text) or text[end + 1] in " \n") and not _abbreviation(text, end):
            nxt = text[end + 2:end + 3] if end + 2 < len(text) else ""
            if not nxt or nxt.isupper() or text[end + 1] == "\n" or nxt in "\"“":
                end += 1
                break
        end += 1
    return text[start:end].strip()


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def _count_offset(text: str, number: int) -> int:
    forms = [f"{number:,}", str(number)]
    if number < len(_WORDS):
        forms.append(_WORDS[number])
    if number >= 1000 and number % 1000 == 0:
        forms.append(f"{number // 1000:,} thousand")
    if number >= 1_000_000 and number % 100_000 == 0:
        forms.append(f"{number / 1_000_000:g} million")
    for form in forms:
        found = re.search(r"(?<![\w,.])" + re.escape(form) + r"(?![\w]|,\d)", text, flags=re.I)
        if found:
            return found.start()
    return -1


def event_summary(event: Event) -> str:
    def side(ref: Optional[ActorRef]) -> str:
        return "-" if ref is None else f"{ref.code}({ref.name})"
    flags = "".join(f" {f}" for f, on in (("NEG", event.negated), ("HYP", event.hypothetical), ("IMP", event.implicit)) if on)
    return (f"{side(event.source)} → {side(event.target)} root {event.cameo_root} "
            f"(cameo {event.cameo} '{event.verb}'{flags})")


def quote_summary(quote: Quotation) -> str:
    speaker = f"{quote.speaker.name} [{quote.speaker.code}]" if quote.speaker else "?"
    via = f" via {quote.according_to}" if quote.according_to else ""
    body = quote.text if len(quote.text) <= 140 else quote.text[:137] + "..."
    return f"{speaker} ({quote.kind}{via}): “{body}”"


def count_summary(count: Count) -> str:
    return f"{count.kind} {count.number} ('{count.text}')"


# --------------------------------------------------------------------------- one article


@dataclass
class ArticleScore:
    """Scores of one article; every ratio is an :class:`~dyad.evaluate.plover.Accuracy` (hit, total)."""

    name: str
    events_required: Accuracy = field(default_factory=Accuracy)
    events_all: Accuracy = field(default_factory=Accuracy)
    events_precision: Accuracy = field(default_factory=Accuracy)
    events_duplicates: int = 0
    events_without_target: int = 0
    quotes_direct: Accuracy = field(default_factory=Accuracy)
    quotes_indirect: Accuracy = field(default_factory=Accuracy)
    quotes_span: Accuracy = field(default_factory=Accuracy)
    quotes_speaker: Accuracy = field(default_factory=Accuracy)
    quotes_precision: Accuracy = field(default_factory=Accuracy)
    quotes_kind_agreement: Accuracy = field(default_factory=Accuracy)
    according_to: Accuracy = field(default_factory=Accuracy)
    counts: PRF = field(default_factory=PRF)
    counts_out_of_scope: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def quotes_all(self) -> Accuracy:
        return Accuracy(self.quotes_direct.correct + self.quotes_indirect.correct,
                        self.quotes_direct.total + self.quotes_indirect.total)

    def __iadd__(self, other: "ArticleScore") -> "ArticleScore":
        for name in ("events_required", "events_all", "events_precision", "quotes_direct", "quotes_indirect",
                     "quotes_span", "quotes_speaker", "quotes_precision", "quotes_kind_agreement", "according_to"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.correct += theirs.correct
            mine.total += theirs.total
        self.events_duplicates += other.events_duplicates
        self.events_without_target += other.events_without_target
        self.counts += other.counts
        self.counts_out_of_scope += other.counts_out_of_scope
        self.misses.extend(other.misses)
        return self

    def scores(self) -> dict[str, float]:
        """Flat ``name → ratio`` (what the baseline test compares)."""
        return {
            "events_recall_required": round(self.events_required.value, 4),
            "events_recall_all": round(self.events_all.value, 4),
            "events_precision": round(self.events_precision.value, 4),
            "quotes_recall": round(self.quotes_all.value, 4),
            "quotes_recall_direct": round(self.quotes_direct.value, 4),
            "quotes_recall_indirect": round(self.quotes_indirect.value, 4),
            "quotes_recall_span": round(self.quotes_span.value, 4),
            "quotes_speaker_accuracy": round(self.quotes_speaker.value, 4),
            "quotes_precision": round(self.quotes_precision.value, 4),
            "according_to": round(self.according_to.value, 4),
            "counts_recall": round(self.counts.recall, 4),
            "counts_precision": round(self.counts.precision, 4),
        }

    def as_dict(self) -> dict:
        acc = {name: getattr(self, name).as_dict() for name in (
            "events_required", "events_all", "events_precision", "quotes_direct", "quotes_indirect", "quotes_all",
            "quotes_span", "quotes_speaker", "quotes_precision", "quotes_kind_agreement", "according_to")}
        return {"name": self.name, **acc, "events_duplicates": self.events_duplicates,
                "events_without_target": self.events_without_target, "counts": self.counts.as_dict(4),
                "counts_out_of_scope": self.counts_out_of_scope}


def score_article(gold: GoldArticle, result: ArticleResult) -> ArticleScore:
    """Score one article's output against its gold (rules in the module docstring)."""
    text = gold.text
    score = ArticleScore(gold.name)
    misses = score.misses

    def miss(kind: str, status: str, offset: int, gold_summary: str = "", predicted: Any = None,
             sentence: Optional[str] = None) -> None:
        misses.append({"article": gold.name, "type": kind, "status": status, "gold": gold_summary,
                       "predicted": predicted,
                       "sentence": sentence if sentence is not None else sentence_at(text, offset)})

    # events
    events = list(result.events)
    ok = [[event_matches(e, g) for e in events] for g in gold.events]
    order = sorted(range(len(gold.events)), key=lambda i: not gold.events[i].required)  # required first
    assigned = _bipartite(len(gold.events), len(events), ok, order)
    for i, g in enumerate(gold.events):
        hit = i in assigned
        score.events_all.total += 1
        score.events_all.correct += int(hit)
        if g.required:
            score.events_required.total += 1
            score.events_required.correct += int(hit)
        if not hit:
            at = find_phrase(text, g.evidence)
            here = [event_summary(e) for e in events if at >= 0 and e.start_char <= at < e.end_char]
            miss("event", "missed" if g.required else "missed-optional", at, g.summary(), here)
    used = set(assigned.values())
    for p, e in enumerate(events):
        true = any(ok[g][p] for g in range(len(gold.events)))
        score.events_precision.total += 1
        score.events_precision.correct += int(true)
        if true and p not in used:
            score.events_duplicates += 1
        if e.target is None:
            score.events_without_target += 1
        if not true:
            miss("event", "spurious", e.start_char, "", event_summary(e), e.evidence)

    # quotes
    quotes = list(result.quotes)
    for g in gold.quotes:
        bucket = score.quotes_direct if g.kind == "direct" else score.quotes_indirect
        full = [q for q in quotes if quote_matches(q, g, text)]
        span = [q for q in quotes if span_matches(q, g)]
        bucket.total += 1
        bucket.correct += int(bool(full))
        score.quotes_span.total += 1
        score.quotes_span.correct += int(bool(span))
        if span:
            score.quotes_speaker.total += 1
            score.quotes_speaker.correct += int(bool(full))
        if full:
            score.quotes_kind_agreement.total += 1
            score.quotes_kind_agreement.correct += int(any(q.kind == g.kind for q in full))
        if g.according_to:
            score.according_to.total += 1
            score.according_to.correct += int(any(according_matches(q.according_to, g.according_to)
                                                  for q in (full or span)))
            if (full or span) and not any(according_matches(q.according_to, g.according_to) for q in (full or span)):
                at = find_phrase(text, g.contains)
                miss("according_to", "wrong", at, g.summary(), [quote_summary(q) for q in (full or span)])
        if not full:
            at = find_phrase(text, g.contains)
            where = normalise(sentence_at(text, at)) if at >= 0 else ""
            here = [quote_summary(q) for q in quotes
                    if at >= 0 and (q in span or q.start_char <= at < q.end_char
                                    or (where and normalise(q.sentence) == where))]
            miss("quote", "missed-" + g.kind, at, g.summary(), here)
    for q in quotes:
        true = any(quote_matches(q, g, text) for g in gold.quotes)
        score.quotes_precision.total += 1
        score.quotes_precision.correct += int(true)
        if not true:
            miss("quote", "spurious", q.start_char, "", quote_summary(q), q.sentence)

    # counts
    in_scope = [c for c in result.counts if c.kind in COUNT_KINDS]
    score.counts_out_of_scope = len(result.counts) - len(in_scope)
    score.counts = match_multisets(((c.kind, c.number) for c in in_scope), ((g.kind, g.number) for g in gold.counts))
    left = Counter((c.kind, c.number) for c in in_scope)
    for g in gold.counts:
        if left[(g.kind, g.number)] > 0:
            left[(g.kind, g.number)] -= 1
        else:
            at = _count_offset(text, g.number)
            here = [count_summary(c) for c in result.counts if c.number == g.number or
                    (at >= 0 and sentence_at(text, c.start_char) == sentence_at(text, at))]
            miss("count", "missed", at, g.summary(), here)
    for c in in_scope:
        if left[(c.kind, c.number)] > 0:
            left[(c.kind, c.number)] -= 1
            miss("count", "spurious", c.start_char, "", count_summary(c))
    return score


# --------------------------------------------------------------------------- report


@dataclass
class NewsReport:
    directory: str
    articles: list[ArticleScore]

    @property
    def total(self) -> ArticleScore:
        total = ArticleScore("TOTAL")
        for article in self.articles:
            total += article
        return total

    @property
    def misses(self) -> list[dict]:
        return [m for a in self.articles for m in a.misses]

    def scores(self) -> dict[str, float]:
        return self.total.scores()

    def subset(self, numbers: Iterable[int]) -> "NewsReport":
        """The report of the articles numbered in ``numbers`` only (scores summed over them alone)."""
        wanted = frozenset(numbers)
        return NewsReport(self.directory, [a for a in self.articles if article_number(a.name) in wanted])

    def as_dict(self, *, misses: bool = False, groups: Optional[dict[str, Iterable[int]]] = None) -> dict:
        """The report as JSON; ``groups`` (label → article numbers) adds each group's totals and scores."""
        total = self.total
        data = {"directory": self.directory, "articles": [a.as_dict() for a in self.articles],
                "total": total.as_dict(), "scores": total.scores(),
                "miss_kinds": dict(Counter(f"{m['type']} {m['status']}" for m in total.misses).most_common())}
        if groups:
            data["groups"] = {}
            for label, numbers in groups.items():
                part = self.subset(numbers)
                data["groups"][label] = {"articles": [a.name for a in part.articles], "total": part.total.as_dict(),
                                         "scores": part.scores()}
        if misses:
            data["misses"] = self.misses
        return data


def parse_selection(spec: str) -> frozenset[int]:
    """Article numbers from a selection such as ``13-28``, ``1-12``, ``3,5,9-11`` (the ``NN`` of
    ``NN-slug``). Raises ValueError with the offending part."""
    numbers: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        found = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not found:
            raise ValueError(f"bad article selection {part!r} in {spec!r}: use numbers and ranges, e.g. 13-28 or 1,4-6")
        first, last = int(found[1]), int(found[2] or found[1])
        if last < first:
            raise ValueError(f"bad article selection {part!r}: the range runs backwards")
        numbers.update(range(first, last + 1))
    return frozenset(numbers)


def article_number(name: str) -> int:
    """The ``NN`` of an ``NN-slug`` article name."""
    return int(name.split("-", 1)[0])


def article_paths(directory: PathLike, select: Optional[Iterable[int]] = None) -> list[Path]:
    """``NN-*.json`` files of ``directory`` that have a ``.txt`` beside them, in name order; only the
    numbers in ``select`` when given."""
    root = Path(directory)
    wanted = None if select is None else frozenset(select)
    return [p for p in sorted(root.glob("[0-9][0-9]-*.json")) if p.with_suffix(".txt").is_file()
            and (wanted is None or article_number(p.stem) in wanted)]


def evaluate_news(directory: PathLike, *, select: Optional[Iterable[int]] = None,
                  progress: bool = False, wide_attribution: bool = False) -> NewsReport:
    """Code every article of ``directory`` (or those numbered in ``select``, see :func:`parse_selection`)
    and score it against its gold JSON. ``wide_attribution``: code as :func:`dyad.extract` does with that
    option (commitments and rejected claims are quotations; the news gold counts none of them)."""
    golds = [load_gold(p) for p in article_paths(directory, select)]
    if not golds:
        raise FileNotFoundError(f"no NN-*.txt/.json pairs in {directory}"
                                + (" for the selected article numbers" if select is not None else ""))
    results = _code_texts(((g.name, g.text, g.published) for g in golds), progress=progress,
                          wide_attribution=wide_attribution)
    scores = []
    for g, r in zip(golds, results):
        scores.append(score_article(g, r))
        if progress:
            print(f"scored {g.name}", file=sys.stderr)
    return NewsReport(str(directory), scores)

