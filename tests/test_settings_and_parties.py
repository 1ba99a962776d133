"""Where a story is set against who acts in it: places named as settings are neither agents nor the
antecedents of pronouns, the lead names the story's state, and 'between' names the parties of an event noun.
Sentences written for these tests."""

from dyad import extract
from tests.coded import PUBLISHED, actor_codes, events


def test_a_state_name_after_a_place_names_particle_ends_a_longer_place_name():
    found = events("Bolivian soldiers retook the village of San Jose de Chile from drug traffickers on Sunday.")
    assert not any("CHL" in (source or "") + (target or "") for _, source, target in found)
    assert ("190", "BOLMIL", "BOLCRM") in found or any(code.startswith("19") and source == "BOLMIL"
                                                      for code, source, _ in found)


def test_the_story_state_stands_for_itself_not_for_its_province():
    # (harm 'in the fighting' is the raiders' since the fighting is the raid told: a bombing with no doer named)
    text = ("Nigerian soldiers raided a militant camp in Borno state on Tuesday, the army said. "
            "Eleven villagers were killed in a bombing at a market in the state later that day.")
    result = extract(text, published=PUBLISHED)
    placed = [e for e in result.events if e.cameo.startswith("18") and e.source.country == "NGA"
              and e.source.sector is None]
    assert placed and all(e.source.name == "Nigeria" for e in placed)


def test_the_state_of_the_lead_is_the_story_state_for_bodies_without_one():
    text = ("Chadian troops drove jihadist fighters out of two border villages on Saturday, the defence "
            "ministry said.\n\nNiger, which borders the area, closed the frontier. Niger's government said "
            "Nigerien patrols had been reinforced.")
    assert actor_codes(text)["the defence ministry"] == "TCDGOV"


def test_a_capital_named_as_the_venue_is_no_antecedent_of_they():
    codes = actor_codes("The Malian government and the Tuareg alliance met in Algiers on Monday to review the "
                        "accord they signed in 2015.")
    assert codes["Algiers"] == "DZAGOV" and codes.get("they") not in ("DZA", "DZAGOV")


def test_fighting_between_two_forces_is_their_fight_whatever_verb_follows():
    found = events("Fighting between Congolese soldiers and M23 rebels has displaced 40,000 people this month.")
    assert ("190", "CODMIL", "CODREB") in found and ("190", "CODREB", "CODMIL") in found


def test_clashes_between_two_forces_that_killed_people():
    found = events("Clashes between Somali troops and al-Shabaab fighters killed 12 people near Baidoa on Friday.")
    assert any(code.startswith("19") and source == "SOMMIL" and target and target.endswith("REB")
               for code, source, target in found)


def test_a_rejection_of_allegations_answers_whoever_expelled_the_envoy():
    found = events("Algeria expelled a French diplomat on Tuesday for what it called hostile activities. "
                   "France rejected the allegations and said it would respond.")
    assert any(code == "016" and source.startswith("FRA") and (target or "").startswith("DZA")
               for code, source, target in found)


def test_the_offence_someone_is_charged_with_is_no_party():
    found = events("Police in Lima arrested nine people on Monday. Prosecutors charged them with bribery of "
                   "customs officials.")
    charged = [target for code, _, target in found if code == "173"]
    assert charged and all(target != "PERGOV" for target in charged)


def test_leading_a_security_mission_in_a_state_is_no_visit_but_a_mission_to_it_is():
    assert not any(code.startswith("04") for code, _, _ in events(
        "Rwanda, which leads a regional security mission in Mozambique, said its troops would stay."))
    assert ("042", "LTUGOV", "TWN") in events("Lithuania's foreign minister led a trade mission to Taiwan last year.")


def test_the_outcome_of_an_act_someone_is_accused_of_is_alleged_too():
    found = events("Vietnam accused China of firing water cannon at a government patrol boat near the Paracel "
                   "Islands, damaging its hull.")
    assert found and all(code.startswith("11") for code, _, _ in found)
