"""Organisations no dictionary lists, known by the head of their name ('the Patriotic Front'), their short
forms in brackets, and the descriptions that refer back to them; Phoenix's region-coded armed groups placed in
the state their name gives."""

import pytest

from dyad import extract


def _read(text):
    result = extract(text, published="2024-03-10")
    actors = {a.name: a.code for a in result.actors}
    events = [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in result.events]
    return actors, events


@pytest.mark.parametrize("text, name, code", [
    # a party or movement of the story's state, named without it
    ("Protests spread across Lusaka on Monday. The Green Renewal League said the government had falsified the "
     "count.", "Green Renewal League", "ZMBPTY"),
    ("In Malawi, the Progressive Citizens Alliance called for fresh elections.", "Progressive Citizens Alliance",
     "MWIPTY"),
    # the head before its complement
    ("Voting in Harare was delayed. The Movement for Civic Renewal said its agents were turned away.",
     "Movement for Civic Renewal", "ZWEPTY"),
    # an armed word in the name makes it an armed group
    ("Fighting continued in Mali. The Azawad Liberation Front said it had captured two army posts.",
     "Azawad Liberation Front", "MLIREB"),
    # a state named inside the name is its state
    ("The Kenyan Democratic Front criticised the budget in Nairobi.", "Kenyan Democratic Front", "KENPTY"),
])
def test_an_organisation_named_by_its_head(text, name, code):
    actors, _ = _read(text)
    assert actors.get(name) == code, actors


def test_events_between_two_named_organisations_of_one_state():
    _, events = _read("Clashes broke out in Kathmandu on Friday. The Gandaki Workers Rally accused the People's "
                      "Justice Front of attacking its offices.")
    assert ("11", "NPLPTY", "NPLPTY") in events, events


def test_a_dictionary_name_inside_a_longer_name_is_not_that_body():
    # 'National Resistance' alone is a Salvadoran group in the Phoenix dictionary
    actors, _ = _read("In Kampala, the National Resistance Alliance accused the electoral commission of fraud.")
    assert actors.get("National Resistance Alliance") == "UGAPTY", actors
    assert not any(code.startswith("SLV") for code in actors.values()), actors


def test_a_short_form_in_brackets_is_the_organisation_wherever_it_is_used():
    actors, events = _read("Riots broke out in Dhaka on Monday. The Bangla Unity Movement (BUM) blamed the police "
                           "for the deaths. On Tuesday the BUM accused the home minister of negligence.")
    assert actors.get("Bangla Unity Movement") == "BGDPTY", actors
    assert ("11", "BGDPTY", "BGDGOV") in events, events


def test_the_head_word_refers_back_to_the_named_organisation():
    actors, events = _read("Thousands marched in Lusaka. The Copperbelt Farmers Coalition led the march. "
                           "Later the coalition accused the police of beating its members.")
    assert ("11", "ZMBPTY", "ZMBCOP") in events, events


@pytest.mark.parametrize("text", [
    "The protest movement grew in Lusaka after the vote.",
    "A rally in Lusaka drew thousands of supporters.",
])
def test_common_nouns_of_the_heads_are_no_organisation(text):
    actors, _ = _read(text)
    assert not any(code.endswith("PTY") for code in actors.values()), actors


@pytest.mark.parametrize("text, name, code", [
    ("The Oromo Liberation Front said its fighters had killed nine soldiers.", "Oromo Liberation Front", "ETHREB"),
    ("The Eritrean Liberation Front attacked a police post.", "Eritrean Liberation Front", "ERIREB"),
])
def test_a_region_coded_dictionary_group_takes_the_state_its_name_gives(text, name, code):
    actors, _ = _read(text)
    assert actors.get(name) == code, actors


def test_organisation_heads_load_and_validate(tmp_path):
    from dyad.codebooks import DictionaryError, organisation_heads

    table = organisation_heads()
    assert table.heads["front"] == "PTY" and "liberation" in table.armed and table.armed_sector == "REB"
    assert table.organs["authority"] == "GOV" and table.owned_organs == {"council": "GOV"}
    assert table.organ_words["police"] == "COP" and "union" in table.union_heads and table.union_words["nurses"] == "LAB"
    bad = tmp_path / "heads.tsv"
    bad.write_text("kind\twords\tsector\nhead\tmovement\tXYZ\nsideways\tfront\tPTY\narmed\t\tREB\n"
                   "organ\tagency\tPTY\nunion-word\tminers\tGOV\n")
    with pytest.raises(DictionaryError) as caught:
        organisation_heads(bad)
    assert len(caught.value.problems) == 5


def test_two_bodies_of_one_code_are_no_body_and_its_members():
    # two parties of one state (PTY both) accuse each other; a body's own people (coded below it) would not
    _, events = _read("Riots spread in Kathmandu. The Terai Farmers League said the Crescent Rally was behind the "
                      "killings.")
    assert ("11", "NPLPTY", "NPLPTY") in events, events


def test_a_bodys_name_ending_in_an_event_noun_is_no_event():
    _, events = _read("Riots spread in Kathmandu. The Terai Farmers League held the Crescent Rally responsible for "
                      "the killings.")
    assert ("11", "NPLPTY", "NPLPTY") in events, events
    assert not any(code == "14" for code, _, _ in events), events  # no 'held a rally'


def test_the_spokesman_of_a_named_party_speaks_for_the_party():
    _, events = _read("Riots spread in Kathmandu. A spokesman for the Terai Farmers League accused the Crescent "
                      "Rally of arming gangs.")
    assert ("11", "NPLPTY", "NPLPTY") in events, events


@pytest.mark.parametrize("text, code", [
    ("The United Nations human rights office said it was alarmed by the arrests in Minsk.", "IGOOHCHR"),
    ("The United Nations nuclear watchdog said its inspectors had left the plant in Iran.", "IGOIAEA"),
    ("The UN Mission in South Sudan said its base in Bor had been shelled.", "IGOUNMISS"),
])
def test_an_organisations_abbreviated_name_matches_written_out_and_back(text, code):
    assert code in _read(text)[0].values()


@pytest.mark.parametrize("text, name, code", [
    # a body named by its cause is an advocacy group, whatever its members' word ('lawyers' alone are the bench's)
    ("Police in Minsk held 30 people overnight, Belarusian Lawyers for Civil Liberties said.",
     "Belarusian Lawyers for Civil Liberties", "BLRNGO"),
    ("The Moroccan Initiative for Press Freedom said two reporters were detained in Rabat.",
     "Moroccan Initiative for Press Freedom", "MARNGO"),
])
def test_a_body_named_by_its_cause_is_an_advocacy_group(text, name, code):
    assert _read(text)[0].get(name) == code


def test_a_member_of_an_advocacy_group_stands_for_it():
    actors, events = _read("Police in Rabat detained Samir Idrissi, a member of the Association for Press Freedom, "
                           "on Monday.")
    assert actors.get("Samir Idrissi") == "NGO"


def test_a_listed_party_named_with_another_state_is_that_states():
    actors = {a.name: a.code for a in extract("Nepal's Congress party said the vote in Pokhara was rigged.",
                                              published="2024-05-01").actors}
    assert actors.get("Congress party") == "NPLPTY" and "INDOPP" not in actors.values()


@pytest.mark.parametrize("text, code", [
    ("The United Nations peacekeeping mission in Mali said two of its convoys had been attacked near Gao.", "IGOUNO"),
    ("An African Union observer mission said the vote in Malawi had been orderly.", "IGOAU"),
])
def test_a_bodys_peacekeeping_or_observer_mission_speaks_for_it(text, code):
    result = extract(text, published="2024-03-10")
    assert [q.speaker.code for q in result.quotes][:1] == [code]
