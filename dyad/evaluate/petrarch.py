"""Score Dyad against PETRARCH2's validation suite (``PETR.UnitTest.records.xml``).

Each ``<Sentence>``'s ``<Text>`` goes through Dyad's coder as a one-sentence article (never the
``<Parse>`` tree: Dyad parses for itself), dated with the sentence's ``date``, with the dictionaries the
file's ``<Environment>`` names (``PETR.Validate.actors.txt``, ``.agents.txt``, ``.verbs.txt`` beside the
records file) merged over Dyad's own: PETRARCH's actor entries and verb patterns take precedence (its
verbs replace Dyad's patterns for the verbs it lists), and its agents replace Dyad's roles.

Levels (each a :class:`~dyad.evaluate.metrics.PRF` summed over sentences)
--------------------------------------------------------------------------

``code``
    The predicted CAMEO code equals the gold ``eventcode`` exactly ('0231' does not match '023').
    Matched per sentence as multisets of codes, ignoring actors.
``root``
    As ``code``, on the first two digits (the CAMEO root, '02').
``triple``
    ``(source code, target code, root)`` all equal, actor codes compared exactly as strings
    (PETRARCH's combined codes: ``ARNGOV``, ``---GOV``). An event without a target is coded ``---``,
    PETRARCH's null code. An actor code holding several TABARI actors (``FRO/BIL/SAM``) is scored as
    one triple per member (:func:`expand_members`), as PETRARCH writes them.

``triple_relaxed``
    As ``triple``, but a predicted actor code matches when it *starts with the gold code's first three
    letters* (gold ``ARNGOV`` accepts ``ARN``, ``ARNMIL``; gold ``ARN`` accepts ``ARNGOV``): the country
    or organisation is right, the agent part may differ. Matched one-to-one (a maximum bipartite
    matching), since this is not an equality.

Sentences
---------

* ``noevents="true"``: no gold event; every prediction counts as a false positive.
* ``error=...`` records (``dateline``, ``bad_input_parse``, ``storydiscard``, ``sentencediscard``)
  test PETRARCH's input handling, not coding: they are skipped and counted (``skipped_error``).
* Categories the ``<Include>`` line of the ``<Environment>`` does not list (``AGENTS``, ``COMPOUNDx``)
  are not run by PETRARCH either: skipped and counted (``skipped_include``).
* Gold codes that are not CAMEO: the suite tests PETRARCH's pattern machinery with made-up codes
  (``9xx`` synset tests, ``345``, ``802``, ``174K``, ``1717``, ``222``–``224``, ``095``/``096``, ...).
  Dyad's verb reader drops patterns whose code is not in the CAMEO codebook, so these can never be
  produced. A sentence with any such gold code is *out of scope*: left out of the main scores
  (``levels``, ``categories``) and counted in ``scope["non_cameo"]``; ``levels_all`` scores every
  sentence (out-of-scope ones included) for reference.

A sentence whose coding raises is recorded with no predictions and its message in ``failures``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, Union

from dyad.codebooks import ActorDictionary, VerbLexicon, actor_dictionary, cameo_codebook, verb_lexicon
from dyad.evaluate.metrics import PRF, match_multisets

PathLike = Union[str, Path]
Triple = tuple[str, str, str]  # (source code, target code, CAMEO code)

LEVELS = ("code", "root", "triple", "triple_relaxed")
NULL_CODE = "---"

__all__ = ["LEVELS", "PetrarchReport", "SentenceOutcome", "evaluate_petrarch", "score_sentence"]


# --------------------------------------------------------------------------- scoring (no NLP)


def _relaxed_actor(predicted: str, gold: str) -> bool:
    """A predicted actor code matches when it starts with the gold code's first three letters."""
    return predicted == gold or predicted.startswith(gold[:3])


def _max_matching(predicted: Sequence[Triple], gold: Sequence[Triple],
                  same: Callable[[Triple, Triple], bool]) -> PRF:
    """One-to-one matching of predictions to gold under ``same`` (augmenting paths; sets are tiny)."""
    owner: dict[int, int] = {}  # predicted index → gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p, pred in enumerate(predicted):
            if p in seen or not same(pred, gold[g]):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    tp = sum(augment(g, set()) for g in range(len(gold)))
    return PRF(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)


def score_sentence(predicted: Iterable[Triple], gold: Iterable[Triple]) -> dict[str, PRF]:
    """Score one sentence's predicted ``(source, target, cameo)`` triples against its gold triples.

    A ``None`` or empty target is read as ``---``. Returns one :class:`PRF` per level in :data:`LEVELS`.
    """
    pred = [(s or NULL_CODE, t or NULL_CODE, c) for s, t, c in predicted]
    want = [(s or NULL_CODE, t or NULL_CODE, c) for s, t, c in gold]
    return {
        "code": match_multisets((c for _, _, c in pred), (c for _, _, c in want)),
        "root": match_multisets((c[:2] for _, _, c in pred), (c[:2] for _, _, c in want)),
        "triple": match_multisets(((s, t, c[:2]) for s, t, c in pred), ((s, t, c[:2]) for s, t, c in want)),
        "triple_relaxed": _max_matching(
            pred, want,
            lambda p, g: p[2][:2] == g[2][:2] and _relaxed_actor(p[0], g[0]) and _relaxed_actor(p[1], g[1])),
    }


def expand_members(triples: Iterable[Triple]) -> list[Triple]:
    """One triple per member of a TABARI multi-actor code on either side, as PETRARCH writes them:
    ``THE_SHIRE [FRO/BIL/SAM]`` restoring ties with ``LORIEN [ELR/GAL]`` is six events."""
    out: list[Triple] = []
    for source, target, code in triples:
        for s in source.split("/") if "/" in source else [source]:
            for t in target.split("/") if "/" in target else [target]:
                out.append((s, t, code))
    return out


# --------------------------------------------------------------------------- report


@dataclass
class SentenceOutcome:
    """One scored sentence: its gold and predicted triples and the per-level counts."""

    id: str
    category: str
    text: str
    date: str
    gold: list[Triple]
    predicted: list[Triple]
    noevents: bool
    in_scope: bool  # False when a gold code is not CAMEO (see the module notes)
    scores: dict[str, PRF]
    origin: str = ""
    failure: Optional[str] = None

    @property
    def correct(self) -> bool:
        """Every gold triple found and nothing else predicted (triple level)."""
        s = self.scores["triple"]
        return s.fp == 0 and s.fn == 0

    def as_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "text": self.text, "date": self.date,
                "origin": self.origin, "in_scope": self.in_scope, "noevents": self.noevents,
                "gold": [list(t) for t in self.gold], "predicted": [list(t) for t in self.predicted],
                "failure": self.failure}


@dataclass
class PetrarchReport:
    """What :func:`evaluate_petrarch` measured."""

    records_path: str
    dictionaries: dict[str, Optional[str]]  # actors / agents / verbs → path used (None: Dyad's own only)
    dictionary_problems: list[str]  # 'file:line: message' for each dictionary line skipped
    outcomes: list[SentenceOutcome] = field(default_factory=list)
    skipped_error: list[str] = field(default_factory=list)  # ids of error= records
    skipped_include: list[str] = field(default_factory=list)  # ids of categories not in <Include>
    failures: list[str] = field(default_factory=list)  # 'id: message' for sentences the coder raised on
    warnings: list[str] = field(default_factory=list)  # e.g. part of Dyad's own data missing

    @staticmethod
    def _sum(outcomes: Iterable[SentenceOutcome]) -> dict[str, PRF]:
        total = {level: PRF() for level in LEVELS}
        for outcome in outcomes:
            for level in LEVELS:
                total[level] += outcome.scores[level]
        return total

    @property
    def scored(self) -> list[SentenceOutcome]:
        """The in-scope sentences (all gold codes CAMEO)."""
        return [o for o in self.outcomes if o.in_scope]

    @property
    def levels(self) -> dict[str, PRF]:
        """Main scores: in-scope sentences only."""
        return self._sum(self.scored)

    @property
    def levels_all(self) -> dict[str, PRF]:
        """Every evaluated sentence, including those with non-CAMEO gold codes."""
        return self._sum(self.outcomes)

    @property
    def categories(self) -> dict[str, dict[str, PRF]]:
        """Per ``category`` attribute, in-scope sentences only, every level."""
        groups: dict[str, list[SentenceOutcome]] = {}
        for outcome in self.scored:
            groups.setdefault(outcome.category, []).append(outcome)
        return {cat: self._sum(items) for cat, items in sorted(groups.items())}

    @property
    def scope(self) -> dict[str, int]:
        return {
            "sentences": len(self.outcomes) + len(self.skipped_error) + len(self.skipped_include),
            "scored": len(self.scored),
            "non_cameo": sum(not o.in_scope for o in self.outcomes),
            "skipped_error": len(self.skipped_error),
            "skipped_include": len(self.skipped_include),
            "noevents": sum(o.noevents for o in self.scored),
            "gold_events": sum(len(o.gold) for o in self.scored),
            "predicted_events": sum(len(o.predicted) for o in self.scored),
            "failures": len(self.failures),
            "dictionary_problems": len(self.dictionary_problems),
        }

    def misses(self, *, include_out_of_scope: bool = False) -> list[SentenceOutcome]:
        """Sentences not exactly right at the triple level (a gold triple missed or an extra predicted)."""
        return [o for o in self.outcomes if not o.correct and (o.in_scope or include_out_of_scope)]

    def as_dict(self, *, misses: bool = False, digits: int = 4) -> dict:
        out = {
            "records": self.records_path,
            "dictionaries": self.dictionaries,
            "scope": self.scope,
            "levels": {k: v.as_dict(digits) for k, v in self.levels.items()},
            "levels_all": {k: v.as_dict(digits) for k, v in self.levels_all.items()},
            "categories": {cat: {k: v.as_dict(digits) for k, v in levels.items()}
                           for cat, levels in self.categories.items()},
            "dictionary_problems": self.dictionary_problems,
            "failures": self.failures,
            "warnings": self.warnings,
        }
        if misses:
            out["misses"] = [o.as_dict() for o in self.misses(include_out_of_scope=True)]
        return out


# --------------------------------------------------------------------------- running


def _include_list(path: Path) -> Optional[set[str]]:
    """Categories named by the ``<Include>`` element of the records file's ``<Environment>``, if any."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        head = handle.read(20_000)
    match = re.search(r"<Include>(.*?)</Include>", head, re.S)
    return set(match.group(1).split()) if match else None


def _is_cameo(code: str, book: dict) -> bool:
    return code in book


class _AnyCode(dict):
    """A codebook that admits the suite's own codes (WEIS-like '903', '174K'): the suite is scored on
    the codes its dictionary gives, CAMEO or not; events carry such codes with a neutral Goldstein."""

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and len(code) >= 2 and code[:2].isdigit()


def load_dictionaries(records_path: Path, records, *, actors: Optional[PathLike], agents: Optional[PathLike],
                      verbs: Optional[PathLike], use_environment: bool
                      ) -> tuple[ActorDictionary, VerbLexicon, dict[str, Optional[str]], list[str], list[str]]:
    """Dyad's dictionaries with PETRARCH's merged over them; the paths used, the lines skipped, warnings.

    Raises ``FileNotFoundError`` naming a dictionary file that does not exist.
    """
    from dyad.dictionaries.petrarch import read_actors, read_agents, read_verbs_lexicon

    env = {}
    if records and use_environment:
        env = {"actors": records[0].actorfile, "agents": records[0].agentfile, "verbs": records[0].verbfile}
    chosen: dict[str, Optional[Path]] = {}
    for kind, given in (("actors", actors), ("agents", agents), ("verbs", verbs)):
        if given is not None:
            chosen[kind] = Path(given)
        elif env.get(kind):
            chosen[kind] = records_path.parent / env[kind]
        else:
            chosen[kind] = None
        if chosen[kind] is not None and not chosen[kind].is_file():
            raise FileNotFoundError(f"{kind} dictionary {str(chosen[kind])!r} does not exist")
    problems: list[str] = []
    warnings: list[str] = []
    dictionary = actor_dictionary()
    if chosen["actors"] or chosen["agents"]:
        entries = tuple(read_actors(chosen["actors"], problems=problems)) if chosen["actors"] else ()
        roles = read_agents(chosen["agents"], problems=problems) if chosen["agents"] else {}
        dictionary = dictionary.merged(ActorDictionary(countries={}, entries=entries, roles=roles))
        if chosen["agents"]:
            # An agents dictionary given replaces Dyad's roles: the suite codes as agents only the phrases
            # its dictionary lists ('new mayor' and 'leaders' are no agents there), as with its verbs.
            dictionary = dataclasses.replace(dictionary, roles=roles)
    lexicon = verb_lexicon()
    if chosen["verbs"]:
        # A verb dictionary given replaces Dyad's patterns for every verb it lists (the suite's codes are
        # those of its own dictionary); other verbs, event nouns and speech cues stay Dyad's.
        theirs = read_verbs_lexicon(chosen["verbs"], _AnyCode(), problems=problems)
        lexicon = VerbLexicon({**lexicon.patterns, **theirs.patterns}, lexicon.nominals, lexicon.speech_cues,
                              future_as_intent=False, forms=theirs.forms)
    return dictionary, lexicon, {k: str(v) if v else None for k, v in chosen.items()}, problems, warnings


def evaluate_petrarch(records_path: PathLike, *, actors: Optional[PathLike] = None,
                      agents: Optional[PathLike] = None, verbs: Optional[PathLike] = None,
                      use_environment: bool = True, progress: bool = False,
                      categories: Optional[Iterable[str]] = None, batch_size: int = 64) -> PetrarchReport:
    """Code every sentence of a PETRARCH unit-test records file with Dyad and score it (module notes).

    ``actors``/``agents``/``verbs`` override the files the records' ``<Environment>`` names; with
    ``use_environment=False`` only the files given (or none: Dyad's own dictionaries) are used.
    ``categories`` limits the run to those ``category`` values (case-insensitive). Dictionary lines
    that cannot be read are skipped and listed in ``dictionary_problems``.

    Raises :class:`~dyad.codebooks.DictionaryError` for a records file that is not valid XML and
    ``FileNotFoundError`` for a missing file.
    """
    from dyad.dictionaries.petrarch import read_unit_tests
    from dyad.nlp import load_pipeline
    from dyad.pipeline import code_doc

    records_path = Path(records_path)
    if not records_path.is_file():
        raise FileNotFoundError(f"records file {str(records_path)!r} does not exist")
    records = read_unit_tests(records_path)
    dictionary, lexicon, used, problems, warnings = load_dictionaries(
        records_path, records, actors=actors, agents=agents, verbs=verbs, use_environment=use_environment)
    report = PetrarchReport(records_path=str(records_path), dictionaries=used, dictionary_problems=problems,
                            warnings=warnings)

    wanted = {c.upper() for c in categories} if categories else None
    include = _include_list(records_path) if use_environment else None
    todo = []
    for record in records:
        if wanted is not None and record.category.upper() not in wanted:
            continue
        if record.error:
            report.skipped_error.append(record.id)
        elif include is not None and record.category not in include:
            report.skipped_include.append(record.id)
        else:
            todo.append(record)

    book = cameo_codebook()
    nlp = load_pipeline()
    texts = ((r.text, r) for r in todo)
    iterator = nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
    if progress:
        from rich.progress import track

        iterator = track(iterator, total=len(todo), description="coding PETRARCH sentences", transient=True)
    for doc, record in iterator:
        predicted: list[Triple] = []
        failure = None
        try:
            published = dt.date.fromisoformat(record.date) if record.date else None
            result = code_doc(doc, article_id=record.id, published=published, dictionary=dictionary,
                              lexicon=lexicon)
            predicted = expand_members(
                (e.source.code, e.target.code if e.target else NULL_CODE, e.cameo) for e in result.events)
        except Exception as exc:  # the coder is being tuned; one bad sentence must not stop the suite
            failure = f"{record.id}: {type(exc).__name__}: {exc}"
            report.failures.append(failure)
        gold = [(g.source, g.target, g.code) for g in record.events]
        report.outcomes.append(SentenceOutcome(
            id=record.id, category=record.category, text=record.text, date=record.date, gold=gold,
            predicted=predicted, noevents=record.noevents or not gold,
            in_scope=all(_is_cameo(c, book) for _, _, c in gold), scores=score_sentence(predicted, gold),
            origin=record.origin, failure=failure,
        ))
    return report


def category_counts(report: PetrarchReport) -> Counter:
    """Sentences per category among the in-scope ones."""
    return Counter(o.category for o in report.scored)
