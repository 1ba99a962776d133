"""An order to leave given as time 'until' a date ('gave the peacekeepers until June to leave') is an expulsion of
the one given the time (dyad/events/predicates.py expulsion_order); a common noun compounded with a measure
('the foreign agents bill', 'free university education': ``@measures``) names its domain, so the actor word there is
no party to a protest against it (dyad/actors/index.py _owner_phrase). Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in extract(text).events}


def test_time_until_a_date_to_leave_expels_the_one_given_it():
    assert ("NERGOV", "1661", "IGOUNO") in _events(
        "Niger's junta gave UN peacekeepers until the end of March to leave the country.")
    assert ("BFA", "161", "FRAGOV") in _events("Burkina Faso gave the French consul until Monday to leave.")


def test_a_protest_against_a_bill_named_by_its_domain_is_against_the_government():
    events = _events("Thousands of Slovaks rallied in Bratislava against the foreign agents bill.")
    assert any(code.startswith("14") and target == "SVKGOV" for _, code, target in events), events
    assert not any(target == "SPY" for _, _, target in events)


def test_a_name_compounded_with_a_plan_still_owns_it():
    events = _events("Hamas rejected the Biden ceasefire plan.")
    assert any(code.startswith("12") and target and target.startswith("USA") for _, code, target in events), events


def test_time_until_the_end_of_a_period_to_act_is_an_ultimatum():
    """'gave Russia until the end of the month to withdraw its troops': the infinitive hangs on the period inside
    the 'until' phrase (dyad/events/predicates.py _deadline_act, ultimatum): CAMEO 139, the act not yet done."""
    events = _events("The African Union gave the junta until the end of the year to restore civilian rule.")
    assert any(code == "139" and source == "IGOAU" for source, code, _ in events), events
    assert not any(code.startswith("0") and source == "GOV" for source, code, _ in events)
