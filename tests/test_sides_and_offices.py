"""Sides of a dispute ('accused each other', 'both sides', soldiers killed with no doer named), former office
holders, officials' states, legal fights, parties to a conflict, and a speaker the parser hangs on an object
(dyad/events/coder.py, arguments.py; dyad/actors/mentions.py, codes.py, index.py; verb_patterns.tsv)."""

import pytest

from dyad import extract
from tests.coded import events


# ---------------------------------------------------------------- sides
def test_each_other_are_the_targets_whatever_else_the_sentence_names():
    coded = events("Sudan and Chad accused each other on Monday of violating the truce, with Khartoum saying 30 "
                   "soldiers had died.")
    assert ("112", "SDN", "TCD") in coded and ("112", "TCD", "SDN") in coded
    assert not [e for e in coded if e[0] == "112" and e[2] == "SDNGOV"]


def test_soldiers_killed_with_no_doer_named_fall_to_the_other_side_of_the_dispute():
    coded = events("Tajikistan and Kyrgyzstan accused each other of opening fire, with Bishkek saying 24 of its "
                   "soldiers had been killed.")
    assert ("1823", "TJK", "KGZMIL") in coded
    assert not [e for e in coded if e[0].startswith("18") and e[1] == "KGZ"]


def test_both_sides_are_not_a_state_and_its_own_soldiers():
    text = ("Tajikistan and Kyrgyzstan accused each other of opening fire, with Bishkek saying 24 of its soldiers "
            "had been killed. Kyrgyzstan's defence ministry said Tajik troops had shelled border villages.\n\n"
            "The Kremlin called on both sides to show restraint.")
    appeals = {e[2] for e in events(text) if e[0].startswith("02")}
    assert appeals and all(t[:3] in ("KGZ", "TJK") for t in appeals)
    assert {t[:3] for t in appeals} == {"KGZ", "TJK"}


# ---------------------------------------------------------------- offices
@pytest.mark.parametrize("text, expected", [
    ("Ghanaian detectives arrested the country's former energy minister on Monday.", ("173", "GHACOP", "GHAELI")),
    ("Ghanaian detectives arrested ex-minister Kwame Asante on Monday.", ("173", "GHACOP", "GHAELI")),
])
def test_a_former_official_is_an_elite(text, expected):
    assert expected in events(text)


def test_retired_generals_are_not_the_army():
    result = extract("Retired army generals criticised the Thai government. The army said it would not intervene.",
                     published="2024-06-10")
    codes = {m.text: a.code for a in result.actors for m in a.mentions}
    assert codes["Retired army generals"] == "THAELI" and codes["The army"] == "THAMIL"


def test_a_place_in_another_clause_does_not_give_an_official_his_state():
    result = extract("NAIROBI, May 2 - Kenya will not take in more refugees from Somalia, Interior Minister Joseph "
                     "Kamau said on Tuesday, as fighting in Jubaland drove thousands to the frontier.",
                     published="2024-06-10")
    assert result.quotes[0].speaker.code == "KENGOV"


def test_a_speaker_hung_on_an_object_is_no_target():
    coded = events("Pedro Alves was taken into custody at his home in Luanda and will be charged with fraud and "
                   "abuse of office, Director of Public Prosecutions Helder Pitta told a news conference.")
    assert not [e for e in coded if e[2] == "AGOJUD" or (e[2] or "").startswith("AGOGOV")]


# ---------------------------------------------------------------- legal fights, figurative shields
def test_fighting_the_charges_is_no_fighting():
    coded = events("The former Malawian minister would fight the charges in court, his lawyer said.")
    assert not [e for e in coded if e[0][:2] in ("13", "19")]


def test_shielding_from_sanctions_is_no_human_shield():
    coded = events("China shielded Myanmar from sanctions at the Security Council.")
    assert not [e for e in coded if e[0] == "184"]


def test_a_party_to_a_conflict_is_no_political_party():
    result = extract("China shielded a warring party from sanctions, the French envoy said.", published="2024-06-10")
    assert not [a for a in result.actors if a.code and a.code.endswith("PTY")]
    assert not [e for e in result.events if e.cameo == "184"]


def test_an_armed_group_deploys_its_own_fighters():
    coded = events("BAMAKO, Aug 2 - Mali's military government ordered the United Nations peacekeeping mission to "
                   "leave the country.\n\nWestern diplomats said the Wagner group, which has deployed fighters to the "
                   "Central African Republic, stood to gain.")
    deployed = [e for e in coded if e[0].startswith("15")]
    assert deployed and all(target == "CAF" for _, _, target in deployed)
