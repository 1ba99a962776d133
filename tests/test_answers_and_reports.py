"""Denials that answer an accusation, acts told in a relative clause of another act, third parties that
report an accord, envoys sent, and reports set side by side. Sentences written for these tests."""

from dyad import extract
from tests.coded import PUBLISHED, actor_codes, events


def test_rejecting_a_report_answers_whoever_accused_in_it():
    found = events("Amnesty International accused the Ugandan army of torturing detainees in Kampala. The "
                   "government dismissed the report as fabricated.")
    assert ("112", "NGO", "UGAMIL") in found
    assert any(code == "016" and source == "UGAGOV" and target == "NGO" for code, source, target in found)


def test_denying_what_one_is_blamed_for_answers_the_blame():
    found = events("Police in Peru blamed an armed group for the ambush, which the group has denied.")
    assert ("112", "PERCOP", "PERREB") in found and ("016", "PERREB", "PERCOP") in found


def test_a_relative_clause_of_a_visit_tells_its_own_act():
    found = events("Lao Prime Minister Sonexay Siphandone paid a two-day visit to Cambodia this week, where he "
                   "held talks with his Cambodian counterpart on trade and border demarcation.")
    assert ("042", "LAOGOV", "KHM") in found
    assert any(code.startswith("04") and code != "042" and source == "LAOGOV" and target == "KHMGOV"
               for code, source, target in found)


def test_a_mediator_reporting_an_accord_is_not_its_patient():
    found = events("The leaders of Yemen's warring parties have agreed to a ten-day truce starting on Friday, "
                   "Oman and the United Nations said in a joint statement. The truce, brokered in the Omani "
                   "capital Muscat, is meant to let aid convoys through.")
    assert not any(code.startswith("08") and target in ("OMN", "OMNGOV") for code, _, target in found)


def test_an_envoy_sent_is_the_senders_own():
    text = ("Egypt expressed concern about the dam on Tuesday. Ethiopian officials defended the project. "
            "Sudan also sent a delegation to the talks in Cairo.")
    assert actor_codes(text)["a delegation"] == "SDNGOV"


def test_a_report_set_beside_another_is_not_part_of_it():
    found = [(q.text, q.speaker.name) for q in extract(
        "Opposition senators in Peru said the minister had failed to stop the crime wave, while the government "
        "called the vote a political stunt.", published=PUBLISHED).quotes]
    assert ("the minister had failed to stop the crime wave", "Opposition senators") in found
    assert any(text.endswith("a political stunt") and speaker == "government" for text, speaker in found)


def test_a_judgement_of_failure_at_home_is_criticism():
    found = events("Lawmakers in Peru said the interior minister had failed to protect citizens.")
    assert ("111", "PERLEG", "PERGOV") in found


def test_an_apology_goes_to_the_state_its_side_wronged():
    found = events("Thai soldiers shelled a village inside Cambodia on Tuesday, killing two farmers. On Thursday "
                   "Thailand's prime minister apologized for the shelling.")
    assert any(code == "055" and source == "THAGOV" and target == "KHM" for code, source, target in found), found
    found = events("Kenyan troops shelled a Ugandan border post on Monday. Kenya's defence minister later apologized.")
    assert any(code == "055" and source == "KENGOV" and target == "UGA" for code, source, target in found), found


def test_revenge_and_retaliation_are_vowed_against_who_attacked_the_side():
    found = events("Burundian rebels attacked a Tanzanian border post on Sunday. Tanzania's defence minister vowed to "
                   "retaliate.")
    assert ("138", "TZAGOV", "BDIREB") in found, found
    assert not any(code.startswith("13") and target == "TZA" for code, _, target in found), found
    found = events("Gunmen from the Crescent Rally killed four members of the Terai Farmers League in Kathmandu. The "
                   "league's chairman vowed revenge.")
    assert any(code.startswith("13") and source == "NPLPTY" and target == "NPLREB" for code, source, target in found), found
