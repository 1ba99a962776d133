"""Four constructions, each with sentences written for these tests:
- a report told to a gathering ('told a weekly briefing that ...') hangs on the telling verb even where the
  parser read the clause as a relative one whose 'that' is an object (dyad/parse_repairs.py complementiser_that);
- an agentless passive order to leave a state ('were ordered to leave Morocco', 'was given 72 hours to leave')
  is that state's expulsion (dyad/events/predicates.py expulsion_order, departure_state);
- terminative aspect verbs frame an event noun like the inceptive ones do ('talks between A and B ended');
- an investigation of reports that someone acted targets who the reports say acted."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo[:3], e.target.code if e.target else None) for e in extract(text).events}


def test_a_report_told_to_a_briefing_has_its_speaker_and_attribution():
    text = ("Li Wen, a spokesman for China's defence ministry, told a weekly briefing that the Vietnamese vessel had "
            "rammed a Chinese fishing boat.")
    result = extract(text)
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Li Wen"]
    reported = [e for e in result.events if e.verb == "rammed"]
    assert reported and all("Li Wen" in (e.attribution or "") for e in reported)


def test_a_relative_clause_on_a_gathering_that_is_not_told_stays_one():
    assert extract("The mayor praised the rally that the students had organised.").quotes == []


def test_an_agentless_order_to_leave_a_state_is_its_expulsion():
    assert ("NGAGOV", "161", "GHAGOV") in _events("Two Ghanaian diplomats were ordered to leave Nigeria on Friday.")
    assert ("NGAGOV", "161", "GHAGOV") in _events("The Ghanaian ambassador was given 72 hours to leave Nigeria.")
    assert ("UGAGOV", "161", "KENGOV") in _events("Two Kenyan diplomats were told to leave Uganda.")
    implicit = [e for e in extract("Two Ghanaian diplomats were ordered to leave Nigeria.").events if e.cameo == "161"]
    assert implicit and all(e.implicit for e in implicit)


def test_an_order_to_leave_a_place_at_home_expels_no_one():
    assert not [e for e in extract("The protesters were ordered to leave the square.").events if e.cameo == "161"]


def test_talks_that_ended_took_place():
    events = _events("Talks between Namibia and Angola ended on Tuesday without an agreement on the river.")
    assert {("NAM", "040", "AGO"), ("AGO", "040", "NAM")} <= events
    negotiated = {(s, t) for s, code, t in _events("Negotiations between Paraguay and Bolivia concluded in Asuncion "
                                                   "on Friday.") if code.startswith("04")}
    assert negotiated == {("PRY", "BOL"), ("BOL", "PRY")}


def test_an_investigation_of_reports_targets_who_the_reports_say_acted():
    events = _events("Prosecutors in Quito are investigating reports that soldiers beat detained miners.")
    assert any(target == "ECUMIL" for _, code, target in events if code == "090"), events
    assert not any(target and target.endswith(("CVL", "LAB")) for _, code, target in events if code == "090")


def test_a_plain_expulsion_keeps_the_state_whose_law_it_was_done_under():
    """The departure's state is looked for only in an order to leave: a passive 'were expelled under Burundian law'
    is Burundi's act, not that of the state the sentence before names (dyad/events/implicit.py implicit_agent,
    dyad/events/predicates.py left_state)."""
    events = _events("Rwanda's army shelled the border on Monday. Two French reporters were expelled under Burundian "
                     "law on Tuesday.")
    assert ("BDIGOV", "174", "FRAMED") in events, events
