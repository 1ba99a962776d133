"""Speech acts toward an actor: denials about another actor (016), intents specific by the intended act (03x),
appeals specific by the act asked for (02x), with cases where no such event is coded."""

import pytest

from dyad import extract
from dyad.codebooks import speech_act_code


def _triples(text, published="2023-11-01"):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    ("Kenya called on Uganda to withdraw its troops from the border.", ("KEN", "UGA", "0256")),
    ("The Greek prime minister asked Turkey to resume negotiations.", ("GRC", "TUR", "026")),
    ("Peru urged Ecuador to release the detained fishermen.", ("PER", "ECU", "0253")),
])
def test_appeal_specific_by_the_act(text, expected):
    assert expected in _triples(text)


def test_appeal_for_a_negated_act_stays_general():
    codes = {c for s, t, c in _triples("Kenya urged Uganda not to hold talks with the rebels.") if (s, t) == ("KEN", "UGA")}
    assert "026" not in codes


@pytest.mark.parametrize("text, expected", [
    ("Portugal said it would send medical supplies to Angola.", ("PRT", "AGO", "0333")),
    ("Chile said it plans to hold talks with Bolivia.", ("CHL", "BOL", "036")),
])
def test_intent_specific_by_the_act(text, expected):
    assert expected in _triples(text)


def test_conditional_threat_stays_a_threat():
    roots = {c[:2] for _, _, c in _triples("Ghana said it would attack the rebel camps in Togo if the raids continued.")}
    assert "03" not in roots


@pytest.mark.parametrize("text, expected", [
    ("The Dutch foreign minister denied that Belgium had been consulted.", ("NLD", "BEL", "016")),
    ("Iceland denied that its navy had entered Danish waters.", ("ISL", "DNK", "016")),
])
def test_denial_about_another_actor(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "The Finnish minister denied that the weather had been cold.",  # about no actor
    "The Finnish minister did not deny that Sweden had been consulted.",  # the denial is negated
])
def test_no_denial_event(text):
    assert not [c for _, _, c in _triples(text) if c == "016"]


def test_a_third_partys_predicted_act_is_the_actors_not_the_speakers():
    triples = _triples("Officials in Helsinki said Norway would send twenty instructors to Lithuania.")
    assert ("NOR", "LTU", "0332") in triples
    assert not [t for t in triples if t[0] == "FIN"]


def test_speech_act_table():
    assert speech_act_code("0741", "intent") == "0334"
    assert speech_act_code("087", "appeal") == "0256"
    assert speech_act_code("190", "intent") is None  # force under a future is a threat, not an intent


def test_a_statement_about_another_actor_is_a_010_toward_it():
    found = _triples("The Estonian foreign minister said the Latvian government had made real progress on the "
                     "border survey.")
    assert ("EST", "LVA", "010") in found


@pytest.mark.parametrize("text", [
    "The Estonian foreign minister said the weather had delayed the border survey.",  # about no actor
    "The Estonian foreign minister said Estonian officials had finished the border survey.",  # own state
    "The Estonian foreign minister said Latvia would finish the survey if funds arrived.",  # a prediction
])
def test_no_plain_statement(text):
    assert not [t for t in _triples(text) if t[2] == "010"]
