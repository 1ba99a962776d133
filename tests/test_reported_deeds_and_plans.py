"""What a speaker says another side did or will do: being behind a crime of state (sabotage, hacking, a plot,
a coup) is an accusation; aid another side will send to an army foretells, it accuses no one
(dyad/data/word_classes.tsv @crimes, dyad/events/reported.py accused). Sentences written for these tests."""

from dyad import extract


def _events(text: str) -> set[tuple[str, str, str]]:
    result = extract(text, published="2024-09-01")
    return {(e.source.code, e.cameo, e.target.code if e.target else "") for e in result.events}


def test_being_behind_sabotage_or_a_plot_is_an_accusation():
    assert ("LTU", "112", "BLR") in _events("Lithuania said Belarus was behind the sabotage of the power line.")
    assert ("ARM", "112", "AZE") in _events("Armenia said Azerbaijan was behind the plot to kill its envoy.")
    assert ("EST", "112", "RUS") in _events("Estonia said Russia was behind the hacking of its tax office.")


def test_credit_for_a_good_deed_is_no_accusation():
    events = _events("Norway said Qatar was behind the truce between the two sides.")
    assert not any(code.startswith("112") for _, code, _ in events), events


def test_aid_a_third_side_will_send_to_an_army_is_foretold_not_charged():
    events = _events("Zambian officials said Malawi would send 150 instructors to train the Mozambican army.")
    assert not any(code.startswith("112") for _, code, _ in events), events
    assert any(s == "MWI" and code.startswith("03") for s, code, _ in events), events


def test_arms_sent_to_rebels_are_still_charged():
    assert ("ZMBGOV", "112", "MWI") in _events("Zambian officials said Malawi had sent rifles to the rebels.")
