"""PLOVER gold-record scoring: the matching rules on hand-made records, then the whole dev file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import pytest

from conftest import hold_baseline

from dyad.evaluate.plover import (GoldActor, PloverRecord, PloverReport, actor_matches, load_plover,
                                  score_record)
from dyad.records import ActorRef, ArticleResult, Event, Place

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "plover" / "PLOVER_GSR_dev.json"
BASELINE = REPO / "tests" / "baselines" / "plover.json"

TEXT = ("Peruvian police opened fire to scatter militant student demonstrators late on Monday, "
        "killing one man and detaining 12, officials said.")


def ref(name: str, code: str, country: Optional[str] = None, sector: Optional[str] = None) -> ActorRef:
    start = max(TEXT.find(name), 0)
    return ActorRef(name=name, code=code, country=country, sector=sector, start_char=start,
                    end_char=start + len(name))


def event(plover: str, source: ActorRef, target: Optional[ActorRef], *, cameo: str = "180", mode=None,
          context=None, location=None, dead=None, injured=None, confidence=0.9) -> Event:
    return Event(id=f"E{cameo}{source.code}", source=source, target=target, verb="opened fire", verb_start=16,
                 verb_end=27, cameo=cameo, cameo_root=cameo[:2], cameo_name="Use unconventional violence",
                 goldstein=-9.0, quad_class=4, plover=plover, plover_mode=mode, plover_context=context,
                 location=location, dead=dead, injured=injured, evidence=TEXT, start_char=0, end_char=len(TEXT),
                 confidence=confidence)


def result(*events: Event) -> ArticleResult:
    return ArticleResult(article_id="r", text_sha1="0" * 40, events=list(events))


def gold(**kw) -> PloverRecord:
    base = dict(id="PLOVER-GSR01-COERCE-0009", text=TEXT, date="2000-01-01", category="COERCE",
                category_gold="COERCE", source=(GoldActor("PER", "COP", "Peruvian police"),),
                target=(GoldActor("PER", "REB", "militant student demonstrators"),))
    base.update(kw)
    return PloverRecord(**base)


POLICE = ref("Peruvian police", "PERCOP", "PER", "COP")
DEMONSTRATORS = ref("militant student demonstrators", "PERREB", "PER", "REB")


def test_actor_matches_country_or_code_prefix():
    assert actor_matches(ref("Peruvian police", "PERCOP", "PER"), (GoldActor("PER"),))
    assert actor_matches(ref("Peruvian police", "PERCOP", None), (GoldActor("PER"),))      # code prefix
    assert actor_matches(ref("UN Security Council", "IGOUNO", None), (GoldActor("IGO"),))
    assert actor_matches(ref("Hezbollah", "LBNREB", "LBN"), (GoldActor("ISR"), GoldActor("LBN")))  # compound
    assert not actor_matches(ref("Israel", "ISRGOV", "ISR"), (GoldActor("LBN"),))
    assert not actor_matches(None, (GoldActor("PER"),))


def test_all_fields_right():
    g = gold(mode="police", context=frozenset({"legal"}), location_country="PER", dead=1)
    e = event("COERCE", POLICE, DEMONSTRATORS, cameo="175", mode="police", context="legal;rights_freedoms",
              location=Place(name="Lima", country="PER", start_char=0, end_char=0), dead=1)
    out = score_record(g, result(e))
    assert out.fields == {"category": True, "source": True, "target": True, "triple": True, "sector": True,
                          "mode": True, "context": True, "location": True, "dead": True}
    assert (out.n_events, out.n_true_events) == (1, 1)


def test_old_category_names_map_to_plover_2021():
    assert score_record(gold(category="ASSAULT", category_gold="FIGHT"),
                        result(event("ASSAULT", POLICE, DEMONSTRATORS))).fields["category"]
    records = load_plover_text([{"id": "X-DEMAND-1", "event": "DEMAND", "text": TEXT, "date": "2000-01-01",
                                 "source": [{"actorText": "Peruvian police", "code": "PER"}]}])
    assert records[0].category == "REQUEST" and records[0].category_gold == "DEMAND"


def test_best_matching_event_is_scored_and_others_lower_precision():
    wrong = event("COERCE", ref("officials", "PER", "PER"), None, cameo="173", confidence=0.95)
    right = event("COERCE", POLICE, DEMONSTRATORS, cameo="175", confidence=0.6)
    out = score_record(gold(), result(wrong, right))
    assert out.chosen is right and out.fields["triple"]
    assert (out.n_events, out.n_true_events) == (2, 1)
    report = PloverReport("x", [out])
    assert report.event_precision.value == 0.5


def test_no_event_scores_zero_on_every_gold_field():
    out = score_record(gold(dead=1, mode="police"), result())
    assert out.fields == {"category": False, "source": False, "target": False, "triple": False, "sector": False,
                          "mode": False, "dead": False}
    assert out.reason == "no event"


def test_absent_gold_fields_are_not_scored():
    out = score_record(gold(target=None, source=(GoldActor("PER"),)), result(event("COERCE", POLICE, None)))
    assert "target" not in out.fields and "sector" not in out.fields and "dead" not in out.fields
    assert out.fields["triple"]  # category + source suffice when gold has no target


def test_sector_mode_context_location_casualty_mismatches():
    g = gold(mode="strike-hun", context=frozenset({"political", "political_institutions"}),
             location_country="IRQ", dead=2, injured=5)
    e = event("COERCE", ref("Peruvian police", "PERGOV", "PER", "GOV"), DEMONSTRATORS, mode="hunger",
              context="executive", location=Place(name="Lima", country="PER", start_char=0, end_char=0),
              dead=2, injured=4)
    f = score_record(g, result(e)).fields
    assert f["triple"] and not f["sector"] and f["mode"] and not f["context"]
    assert not f["location"] and f["dead"] and not f["injured"]


def load_plover_text(items: list[dict], tmp: Optional[Path] = None) -> list[PloverRecord]:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "gold.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        return load_plover(path)


def test_load_plover_reads_the_file_formats():
    items = [
        {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "docs"},
        {"id": "PLOVER-GSR01-ASSAULT-0004", "date": "2000-01-01", "event": "ASSAULT",
         "text": "A makeshift camp for Chadian refugees was raided by Nigerien gunmen carrying knives, "
                 "leaving at least 48 people dead, the UN refugee agency said.",
         "source": [{"actorText": "Nigerien gunmen", "code": "NER", "sector": "REB"}],
         "target": [{"actorText": "Chadian refugees", "code": "TCD", "sector": "REF"}],
         "mode": "primitive", "context": "military, refugee", "dead": "48",
         "eventLoc": {"name": "Geneva", "country code": "CH"}},
        {"id": "PLOVER-GSR01-AGREE-0003", "date": "2000-01-01", "event": "AGREE",
         "text": "Chile and Vietnam have settled on a fresh free-trade accord covering both economies.",
         "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Vietnam", "code": "VNM"}],
         "target": "", "mode": "", "context": "economic"},
    ]
    records = load_plover_text(items)
    assert [r.id for r in records] == ["PLOVER-GSR01-ASSAULT-0004", "PLOVER-GSR01-AGREE-0003"]
    a, b = records
    assert a.dead == 48 and a.injured is None and a.location_country == "CHE"
    assert a.context == frozenset({"military", "refugee"}) and a.source[0].sector == "REB"
    assert b.target is None and b.mode is None and len(b.source) == 2


@pytest.mark.skipif(not GOLD.is_file(), reason="../shared/plover/PLOVER_GSR_dev.json is not beside the repository")
def test_plover_dev_scores_do_not_fall_below_baseline(request):
    """Every total of the PLOVER dev file must stay at or above tests/baselines/plover.json.

    The baseline holds this suite's scores rounded *down* to 3 decimals. It is only ever raised, when the
    coder improves (run ``pytest --update-baselines`` — it keeps the higher of old and new per score);
    it is never lowered to make a regression pass.
    """
    from dyad.evaluate.plover import evaluate_plover

    report = evaluate_plover(GOLD)
    assert report.n_records == 164
    scores = report.scores()
    hold_baseline(scores, BASELINE, update=request.config.getoption("--update-baselines", default=False))
