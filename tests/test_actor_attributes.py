"""Who is who: the state and kind a text gives a person or body, carried to its later mentions; the
state of a province or region; places that stay places."""

import pytest

from dyad import extract, gazetteer


def _coded(text):
    result = extract(text, published="2024-03-10")
    actors = {a.name: a.code for a in result.actors}
    events = [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in result.events]
    return actors, events


# ----------------------------------------------------------------- regions of a state
def test_regions_come_from_iso_subdivisions_and_the_english_names_table():
    assert gazetteer.region_states("Balochistan") == {"PAK"}
    assert gazetteer.region_states("Kandahar") == {"AFG"}  # ISO writes 'Kandahār'
    assert gazetteer.region_states("Tigray") == {"ETH"}  # state_regions.tsv (ISO: 'Tigrai')
    assert gazetteer.region_states("Punjab") == {"IND", "PAK"}
    assert not gazetteer.region_states("Central")  # a position word many states' regions share
    assert not gazetteer.region_states("Lisbon district")


@pytest.mark.parametrize("text, name, code", [
    ("The Balochistan government banned public rallies for a week.", "Balochistan government", "PAKGOV"),
    ("Kandahar's governor met tribal elders on Sunday.", "governor", "AFGGOV"),
    ("Police in Oromia detained a reporter on Tuesday.", "Police", "ETHCOP"),
])
def test_a_region_gives_its_state_to_the_body_it_qualifies(text, name, code):
    actors, _ = _coded(text)
    assert actors[name] == code, actors


def test_a_region_two_states_share_is_the_one_the_article_names():
    actors, _ = _coded("Punjab police detained three Indian activists after the rally.")
    assert actors["Punjab police"] == "INDCOP", actors
    actors, _ = _coded("Punjab police dispersed the march on Monday.")
    assert actors["Punjab police"] == "COP", actors  # no state named: neither is assumed


# ----------------------------------------------------------------- nationality carried over
def test_a_person_described_by_nationality_keeps_it_on_later_surname_mentions():
    actors, events = _coded("A Hungarian man named Otto Kranz attacked a police officer in Vienna. Kranz was "
                            "arrested on Friday. Later Kranz threatened the judge.")
    assert actors["Otto Kranz"] == "HUNCVL", actors
    assert ("19", "HUNCVL", "AUTCOP") in events, events
    assert ("13", "HUNCVL", "AUTJUD") in events, events  # the later surname, and Vienna sets the story's state


@pytest.mark.parametrize("text", [
    "Austrian police arrested Otto Kranz, a 34-year-old Hungarian, on Friday. Kranz later accused the police of abuse.",
    "Austrian police arrested Otto Kranz, a Hungarian father of two, on Friday. Kranz later accused the police of abuse.",
])
def test_an_apposition_gives_a_person_a_nationality(text):
    actors, events = _coded(text)
    assert actors["Otto Kranz"] == "HUNCVL", actors
    assert ("11", "HUNCVL", "AUTCOP") in events, events
    assert "HUN" not in actors.values()  # the demonym describes him: no actor of its own


def test_an_apposition_with_a_role_gives_the_role_sector():
    actors, _ = _coded("Anna Lind, a Swedish journalist, was detained in Minsk. Lind was released on Monday.")
    assert actors["Anna Lind"] == "SWEMED", actors
