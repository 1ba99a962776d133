"""Whom vengeance and blame are aimed at, the kind of aid its modifiers name, 'in contact with' as
consultation, and the people of an armed group (dyad/events/arguments.py, predicates.py, actors/mentions.py)."""

import pytest

from dyad import extract


def _codes(text, published="2024-05-14"):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=published).events}


@pytest.mark.parametrize("text, expected", [
    # the act avenged names its perpetrator: 'by X', a possessor, a national adjective
    ("The Shabaab vowed revenge for the killing of their spokesman by Somali soldiers.", ("SOMREB", "138", "SOMMIL")),
    ("Tehran vowed to avenge Israel's assassination of its scientist.", ("IRNGOV", "138", "ISR")),
    ("The Taliban promised retribution for the Pakistani air raids in Paktika.", ("AFGREB", "138", "PAK")),
    # ... or the killer told before ('his death': of the man the army killed)
    ("Ugandan troops killed an ADF commander near Beni. The ADF vowed to avenge his death.", ("CODREB", "138", "UGAMIL")),
])
def test_vengeance_is_aimed_at_the_perpetrator(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text", [
    "Hamas vowed to avenge the deaths of its fighters in Khan Younis.",
    "The party vowed revenge for the murder of its workers in Peshawar.",
])
def test_vengeance_is_never_aimed_at_the_dead_nor_the_place(text):
    # with no perpetrator named or told, no target: not the avenged dead, not where they died
    events = extract(text, published="2024-05-14").events
    assert not [e for e in events if e.cameo_root in ("13", "19") and e.target is not None]


@pytest.mark.parametrize("text, expected", [
    # the accused is the object, not the victims the alleged act names (a rival at home would win)
    ("Zambia's president blamed the police for the deaths of four opposition supporters.", ("ZMBGOV", "112", "ZMBCOP")),
    # a part of a body accused: the body ('elements within the army', 'members of the militia')
    ("Niger's interior minister blamed rogue elements within the army for the violence.", ("NERGOV", "112", "NERMIL")),
    ("The Ethiopian government accused members of the regional police of killing civilians.", ("ETHGOV", "112", "ETHCOP")),
])
def test_blame_is_on_the_accused(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text, code", [
    ("Spain sent humanitarian aid to Morocco after the earthquake.", "073"),
    ("Britain provided Kenya with military assistance.", "072"),
    ("The World Bank gave Malawi financial support in March.", "071"),
    ("Algeria pledged military support to Mali.", "0332"),  # the intent to give it
    ("Canada approved new military aid for Ukraine.", "072"),
    ("Turkey provided Syria with food aid.", "073"),
])
def test_the_kind_of_aid_its_modifier_names(text, code):
    assert code in {e.cameo for e in extract(text, published="2024-05-14").events}


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's embassy said it was in close contact with Chinese officials about the detained traders.",
     ("KAZGOV", "040", "CHNGOV")),
    ("Oman said it was in contact with both Iran and the United States.", ("OMN", "040", "IRN")),
])
def test_in_contact_with_is_consultation(text, expected):
    assert expected in _codes(text)


def test_leaders_of_an_armed_group_are_of_that_group():
    # 'leaders' (plural) of a body with a sector: the body's sector, not a government's
    assert ("IGOUNO", "163", "REB") in _codes("The Security Council imposed sanctions on two leaders of the armed group.")


def test_political_support_is_not_aid():
    assert ("RUS", "032", "SRB") in _codes("Russia offered Serbia political support.")


@pytest.mark.parametrize("text", [
    "Ramaphosa is due to travel to Angola on Friday.",
    "Lula is scheduled to visit Beijing next month.",
    "The Brazilian president is set to meet his Argentine counterpart in Montevideo.",
])
def test_a_scheduled_visit_or_meeting_is_an_intent_to_meet(text):
    # announced, not yet done: CAMEO 036 (express intent to meet), as for 'will visit'
    codes = {e.cameo for e in extract(text, published="2024-05-14").events}
    assert "036" in codes and not codes & {"040", "042", "043"}
