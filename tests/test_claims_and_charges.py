"""Claims of responsibility, charges the parser hangs astray, lists of states named again by number, and
reversed acts with no giver (dyad/events/arguments.py, coder.py, modality_rules.py;
dyad/actors/coreference.py, codes.py; verb_patterns.tsv)."""

from dyad import extract
from tests.coded import events

PUBLISHED = "2024-06-10"


def test_who_claims_an_attack_did_it_and_are_its_attackers():
    coded = events("SRINAGAR, May 4 - Lashkar-e-Taiba militants claimed responsibility on Friday for an ambush that "
                   "killed five soldiers near the town of Poonch.\n\nThe army said its troops had killed two of the "
                   "attackers in a gunfight.")
    kills = [e for e in coded if e[0].startswith("18")]
    assert kills and kills[0][1].endswith("REB") and kills[0][2].endswith("MIL")
    assert any(source.endswith("MIL") and (target or "").endswith("REB") for _, source, target in kills[1:])


def test_an_act_one_is_accused_of_is_no_fact_where_the_parser_hangs_it_astray():
    coded = events("Tajikistan has accused the government in neighbouring Afghanistan of arming the rebels, a charge "
                   "Kabul denies.")
    assert not [e for e in coded if e[0][:2] in ("07", "19")]


def test_a_titled_official_speaks_for_the_accuser_of_the_sentence_before():
    result = extract("DUSHANBE, May 2 - Fighting flared on the border.\n\nTajikistan has accused the government in "
                     "neighbouring Afghanistan of arming the rebels, a charge Kabul denies. Defence Minister Sherali "
                     "Mirzo warned that Tajikistan could strike rebel camps.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["TJKGOV"]


def test_the_three_powers_are_the_three_states_listed_before():
    coded = events("Japan, Australia and India said they would raise the issue at the summit.\n\nChina's envoy "
                   "accused the three countries of meddling in its affairs.")
    assert {t for code, source, t in coded if code == "112" and source == "CHNGOV"} == {"JPN", "AUS", "IND"}


def test_charges_faced_over_an_act_name_no_accuser():
    coded = events("Spain extradited a Colombian businessman to Mexico on Friday to face charges over the 2015 "
                   "hijacking of a Venezuelan tanker.")
    assert not [e for e in coded if e[0] == "112"]
