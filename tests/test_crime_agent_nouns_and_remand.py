"""People an act is done to under a crime's agent noun ('two bootleggers', 'a drug dealer': @suspects) are their
state's criminals, also where a town places them ('arrested two poachers in Arusha' is not an act on Tanzania);
'was sent to judicial remand' is a court's (implicit_agents.tsv: send; verb_patterns.tsv: send to remand).
Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in extract(text).events}


def test_criminals_placed_by_a_town_are_the_target():
    assert ("TZACOP", "173", "TZACRM") in _events("Police arrested two bootleggers in Arusha on Sunday.")
    assert not any(target == "TZA" for _, _, target in _events("Police arrested two bootleggers in Arusha."))


def test_sent_to_judicial_remand_is_the_courts_act():
    events = [e for e in extract("LUCKNOW - The accused, a 40-year-old driver, was sent to judicial remand.").events
              if e.cameo == "173"]
    assert events and all(e.source.code == "INDJUD" and e.implicit for e in events), events


def test_blocking_a_vessel_restricts_its_movement():
    """'blocked a supply boat' is CAMEO 191 (restrict movement: verb_patterns.tsv block @craft), no rejection."""
    assert ("VNM", "191", "CHN") in _events("Vietnamese ships blocked a Chinese survey vessel near the islands.")
    assert ("HUN", "120", "IGOEU") in _events("Hungary blocked the EU's aid package.")
