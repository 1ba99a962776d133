"""Police events as a class: police nouns as actors, targetless police acts (raids, searches, seizures,
curfews, registered cases), coercion by police whose state the text does not name, deaths in custody,
force named by its owner ('injured in police firing') or by the clause saying when ('killed when police
opened fire'), and silence where the police only report what happened."""

import pytest

from dyad import extract


def _events(text):
    return extract(text, published="2024-05-02").events


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in _events(text)}


@pytest.mark.parametrize("text, expected", [
    # police nouns beyond 'police' and 'policeman'
    ("Constables detained two youths for questioning in Rajshahi.", ("BGDCOP", "173", "BGDCVL")),
    ("Cops thrashed a vegetable vendor in Mumbai.", ("INDCOP", "182", "INDBUS")),
    ("Five activists were taken into custody in Peshawar on Wednesday.", ("PAKCOP", "173", "PAKOPP")),
    # acts with no one named they were done to
    ("Police seized a consignment of heroin near the border in Peshawar.", ("PAKCOP", "1711", "PAK")),
    ("Police raided several hideouts in Karachi on Thursday.", ("PAKCOP", "170", "PAK")),
    ("The police clamped a curfew on Thursday night in Kathmandu.", ("NPLCOP", "1723", "NPL")),
    # force whose owner modifies the act, or whose agent is in the clause saying when
    ("Four students were injured in a police baton charge in Kathmandu.", ("NPLCOP", "182", "NPLEDU")),
    ("Nine villagers were wounded in police firing in Karachi.", ("PAKCOP", "182", "PAKCVL")),
    ("Three garment workers were killed when police fired on the crowd in Gazipur.", ("BGDCOP", "1823", "BGDLAB")),
])
def test_police_acts_are_coded(text, expected):
    assert expected in _codes(text), _codes(text)


@pytest.mark.parametrize("text, expected", [
    ("Officers detained the newspaper editor late on Saturday.", ("COP", "173")),
    ("Police said they had arrested the main suspect in the robbery.", ("COP", "173")),
    ("Police raided several hideouts on Thursday.", ("COP", "170")),
])
def test_police_with_no_state_named_keep_their_acts(text, expected):
    assert expected in {(e.source.code, e.cameo) for e in _events(text)}, _codes(text)


def test_a_death_in_custody_has_its_keeper_or_the_police_as_source():
    events = _events("A tailor died in police custody in Multan, his family said.")
    assert [(e.source.code, e.cameo, e.target.code, e.implicit) for e in events] == [("PAKCOP", "1823", "PAK", False)]
    activist = _events("An opposition activist died in custody in Khulna.")  # no keeper named: the police
    assert [(e.source.code, e.target.code, e.implicit) for e in activist] == [("BGDCOP", "BGDOPP", True)]
    army = _events("A shepherd died in army custody in Kupwara.")
    assert [(e.source.code, e.cameo) for e in army] == [("INDMIL", "1823")]


@pytest.mark.parametrize("text", [
    "Police said the highway to the airport would stay closed in Karachi.",
    "The robbery took place late on Saturday, police in Mumbai said.",
    "The man died in hospital in Chennai after a long illness.",
    "A constable was stabbed by robbers in Mumbai.",
])
def test_police_as_sources_of_information_or_victims_act_on_no_one(text):
    assert not any(e.source.sector == "COP" for e in _events(text)), _codes(text)


@pytest.mark.parametrize("text, state", [
    # the tagger takes a capitalised role word opening the sentence for a person's name: the role wins
    ("Riot police in Accra fired tear gas at striking teachers on Monday.", "GHA"),
    ("Riot police beat dozens of marchers in Harare on Saturday.", "ZWE"),
])
def test_a_role_word_the_tagger_took_for_a_name_still_opens_its_role(text, state):
    sources = {e.source.code for e in _events(text) if e.cameo[:2] in ("17", "18")}
    assert sources == {state + "COP"}
