"""Intention and commitment frames (CAMEO 03x, 13x): a verb of commitment ('agreed to', 'pledged to',
'threatened to', 'vowed to') is coded by the act its infinitive names: a coercive act is a threat specific
by the act's family, a cooperative one an intent specific by it; an 'if' condition is the threat's form."""

import pytest

from dyad import extract


def _triples(text):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo)
            for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text, expected", [
    # threats, by the threatened act
    ("The Venezuelan president threatened to expel the Colombian ambassador.", ("VEN", "COL", "1313")),
    ("Morocco threatened to recall its ambassador from Spain.", ("MAR", "ESP", "1313")),
    ("China threatened to impose sanctions on Lithuania over the Taiwan office.", ("CHN", "LTU", "1312")),
    ("Thailand vowed to retaliate against Cambodia if the shelling continued.", ("THA", "KHM", "138")),
    ("The rebels threatened to kill the hostages unless the government of Mali paid a ransom.",
     ("MLI", "MLI", "138")),
    # intents, by the promised act
    ("Sudan agreed to release the Ethiopian prisoners.", ("SDN", "ETH", "0353")),
    ("Armenia offered to hold talks with Azerbaijan on a peace treaty.", ("ARM", "AZE", "036")),
    ("The president of Peru promised to meet his Bolivian counterpart next week.", ("PER", "BOL", "036")),
    ("Ghana agreed to extradite the suspects to Nigeria.", ("GHA", "NGA", "0313")),
    ("The Saudi foreign minister promised to restore diplomatic relations with Iran.", ("SAU", "IRN", "032")),
])
def test_frame_coded_by_its_act(text, expected):
    assert expected in _triples(text)


def test_promised_troops_to_an_ally_are_no_threat():
    assert not [t for t in _triples("Germany promised to send more troops to Lithuania.") if t[2][:2] == "13"]


def test_threat_to_cooperate_stays_general():
    # releasing documents is no coercion: the threat is not made specific by it
    codes = {c for _, _, c in _triples("Kenya threatened to release the Ugandan letters to the press.")}
    assert not codes & {"0353", "035"}


def test_negated_act_is_no_threat():
    assert not [t for t in _triples("Iran vowed never to attack Iraq.") if t[2][:2] == "13"]


@pytest.mark.parametrize("text, expected", [
    ("Israel will not hesitate to strike Hezbollah, the defence minister said.", ("ISR", "LBN", "138")),
    ("The Greek government said it would not hesitate to expel the Turkish diplomats.", ("GRC", "TUR", "1313")),
])
def test_unhesitating_commitment_is_a_threat_not_an_act(text, expected):
    found = _triples(text)
    assert expected in found
    assert not [t for t in found if t[2][:2] in ("17", "18", "19", "20")]


def test_past_unhesitating_act_happened():
    assert ("JPN", "TUR", "070") in _triples("Japan did not hesitate to send aid to Turkey.")


@pytest.mark.parametrize("text, expected", [
    # conjoined parties committing to an act together: each side's intent, coded by the act
    ("Ecuador and Colombia agreed to hold talks on the border dispute.", {("ECU", "COL", "036"), ("COL", "ECU", "036")}),
    ("Kenya and Somalia agreed to resume negotiations.", {("KEN", "SOM", "036"), ("SOM", "KEN", "036")}),
])
def test_a_frame_with_conjoined_subjects_is_coded_by_its_act(text, expected):
    assert expected <= set(_triples(text))


@pytest.mark.parametrize("text, expected", [
    ("The Italian government pledged to do everything possible to free the aid workers held by militants in Niger.",
     ("ITA", "NGO", "0353")),
    ("Qatar vowed to do its utmost to mediate between Sudan and Chad.", ("QAT", "SDN", "039")),
    ("Norway will spare no effort to support Mozambique after the floods, the prime minister said.",
     ("NOR", "MOZ", "032")),
    ("The Thai foreign minister promised to make every effort to reopen talks with Myanmar.", ("THA", "MMR", "030")),
])
def test_an_idiom_of_effort_carries_the_intent_to_its_aim(text, expected):
    """'do everything possible to', 'make every effort to', 'spare no effort to': the aim is intended, not done
    (no release 0841), and the idiom's own 'no' negates nothing (no refusal 12)."""
    found = _triples(text)
    assert expected in found
    assert not [t for t in found if t[2][:2] in ("08", "12")]


@pytest.mark.parametrize("text, expected", [
    ("The consulate closed after threats by Boko Haram to attack French interests in Niger.", ("NGA", "FRA", "138")),
    ("Venezuela's threat to seize the Guyanese oil fields alarmed the region.", ("VEN", "GUY", "138")),
])
def test_a_noun_of_commitment_is_coded_by_its_act(text, expected):
    """'threats by X to attack Y', "X's threat to seize Y's fields": the nominal frame, coded as the verb
    'threatened to' is (a threat specific by the act), with the act's target."""
    found = _triples(text)
    assert expected in found
    assert not [t for t in found if t[2][:2] in ("18", "19")]  # the act threatened has not happened
