"""A stance adjective the parser reads as a passive ('X is opposed to Y's plan') is held by its subject and
aimed at the plan's owner; an event noun's target phrase that the parser hangs on its 'by' agent ('the
offensive by X against Y') is the noun's."""

import pytest

from tests.coded import events, state_triples


_events = state_triples


def test_opposed_to_a_states_plan_is_disapproval_of_that_state():
    # (the parser reads 'is opposed' as a passive whose subject hangs on 'is')
    assert ("PER", "ECU", "110") in _events("Peru is opposed to Ecuador's plan.")
    assert ("NOR", "SWE", "110") in _events("Norway was firmly opposed to Sweden's plan.")
    assert not [t for t in _events("Peru is not opposed to Ecuador's plan.") if t[2][:2] == "11"]


def test_a_target_phrase_hung_on_the_agent_is_the_event_nouns():
    found = _events("The offensive by Nigerian troops against Boko Haram entered its third week.")
    assert [t for t in found if t[0] == "NGA" and t[2][:2] in ("18", "19")]


def test_a_reaction_to_force_with_no_doer_is_aimed_at_the_state_where_it_happened():
    # the 'of' phrase names who underwent it (the dead, the detained), never the target
    found = _events("The African Union condemned the killing of protesters in Conakry.")
    assert ("IGOAU", "GIN", "111") in [(s, t, c) for s, t, c in found]
    concern = _events("A researcher for Amnesty International expressed concern over the detention of bloggers in "
                      "Vietnam.")
    assert [t for t in concern if t[1] == "VNM" and t[2][:2] == "01"]
    assert not [t for t in concern if t[2][:2] == "01" and t[1] != "VNM"]


def test_a_reaction_finds_the_place_on_those_who_underwent_the_act():
    # ('the crackdown on bloggers in Vietnam': the parser hangs the place on the bloggers)
    assert ("AUS", "KHM", "111") in _events("Australia condemned the crackdown on journalists in Cambodia.")
    assert ("NOR", "ETH", "012") in _events("Norway voiced concern about the crackdown on students in Ethiopia.")
    assert ("111", "DNK", "SRB") in events("Denmark condemned the crackdown on protesters in Serbia.")  # not SRBOPP


@pytest.mark.parametrize("text, expected", [
    ("The Swiss government said it was deeply concerned about the detention of activists in Tunisia.",
     ("CHE", "TUN", "012")),
    ("Chile is worried about Argentina's decision to close the border.", ("CHL", "ARG", "012")),
    ("Ghana was alarmed by the arrests of trade unionists in Togo.", ("GHA", "TGO", "012")),
    ("Sweden said it was appalled by Iran's execution of the dissident.", ("SWE", "IRN", "111")),
])
def test_an_emotion_voiced_about_an_act_is_a_comment_on_its_doer(text, expected):
    assert expected in _events(text)


def test_a_denied_emotion_is_no_comment():
    assert not [t for t in _events("Chile is not worried about Argentina's decision to close the border.")
                if t[2][:2] in ("01", "11")]
