"""Who did it, read from the clause around the act: the riot or clash a when-clause names for an agentless
injury, the captor a release demand is made of, the side of a conjoined subject that an act on one of its
own members belongs to, and the subject that characterises in 'what it called ...'."""

import pytest

from dyad import extract


def _events(text):
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in extract(text, published="2024-06-10").events]


@pytest.mark.parametrize("text, expected", [
    # a riot's doers hurt those the passive names
    ("Nine constables were hurt in Multan on Friday when rioters hurled bricks.", ("182", "PAKOPP", "PAKCOP")),
    # of a clash, the side the victims are not of: the crowd beat the officer ...
    ("An officer was beaten to death in Lahore on Friday when demonstrators clashed with the police.",
     ("1823", "PAKOPP", "PAKCOP")),
    # ... the police shot the student
    ("A student was shot dead in Nairobi on Friday when students clashed with police.", ("1823", "KENCOP", "KENEDU")),
])
def test_an_agentless_injury_is_done_by_the_riot_or_clash_its_when_clause_names(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, captor", [
    ("Peruvian police detained four Bolivian traders near the border on Monday. "
     "Bolivia's foreign minister demanded the release of the traders.", "PERCOP"),
    ("Gunmen abducted three Ghanaian engineers in Mali on Monday. "
     "Ghana's president appealed for the release of the engineers.", "MLIREB"),
])
def test_a_release_demand_is_made_of_whoever_holds_the_people(text, captor):
    demands = [e for e in _events(text) if e[0] in ("1053", "0253")]
    assert demands and all(target == captor for _, _, target in demands), demands


def test_the_captor_is_who_took_them_first_not_a_place_a_retelling_names():
    text = ("Peruvian police detained four Bolivian traders near the border on Monday. Bolivian officials said the "
            "traders had been abducted inside Bolivia. Bolivia's foreign minister demanded the release of the traders.")
    assert [t for c, _, t in _events(text) if c == "1053"] == ["PERCOP"]


def test_a_release_demand_addressed_to_someone_keeps_its_addressee():
    text = ("Peruvian police detained four Bolivian traders on Monday. "
            "Argentina called on Lima to release the traders.")
    assert ("0253", "ARG", "PERGOV") in _events(text)


def test_a_conjoined_side_does_not_act_on_its_own_members():
    found = _events("Laotian and Thai troops clashed along the Mekong on Sunday, wounding four Thai soldiers.")
    assert ("182", "LAOMIL", "THAMIL") in found
    assert not any(code[:2] == "18" and source == target for code, source, target in found), found


def test_a_government_protest_aimed_at_no_one_is_no_street_protest():
    found = _events("Vietnam's foreign ministry summoned the Chinese ambassador on Friday to protest.")
    assert not any(code[:2] == "14" for code, _, _ in found), found
    assert any(code == "114" and source == "VNMGOV" for code, source, _ in found), found


@pytest.mark.parametrize("text, speaker", [
    ('The Kenyan foreign ministry summoned Uganda\'s deputy ambassador to protest against what it called '
     '"a hostile incursion".', "KENGOV"),
    ('Norway\'s prime minister rejected Russia\'s proposal, which he called "an insult".', "NORGOV"),
])
def test_the_characterising_pronoun_is_the_subject_of_the_clause_above_it(text, speaker):
    quotes = extract(text, published="2024-06-10").quotes
    assert [q.speaker.code for q in quotes] == [speaker], [(q.text, q.speaker.code) for q in quotes]


def test_what_was_said_stops_before_a_speaker_the_parser_hung_inside_it():
    text = "Several traders were stopped at the checkpoint between Oruro and Potosi, a farmers' union leader said."
    quotes = extract(text, published="2024-06-10").quotes
    assert [q.text for q in quotes] == ["Several traders were stopped at the checkpoint between Oruro and Potosi"]


def test_an_appeal_read_as_a_purpose_keeps_its_content_the_addressees():
    # the parser may read 'to free' as a purpose of 'called'; the freeing is Chile's to do, not Peru's act
    text = ("Chilean coast guards seized a Peruvian trawler on Monday. Peru's navy said it was following the case "
            "and called on Chile to free the boat at once.")
    found = _events(text)
    assert not any(code[:2] == "08" for code, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("Caracas called it revenge for the seizure of Venezuelan fuel cargoes by the United States.", ("1711", "USA")),
    ("The seizure of Venezuelan fuel cargoes by the United States angered Caracas.", ("1711", "USA")),
])
def test_an_event_nouns_by_phrase_hung_on_its_patient_is_its_agent(text, expected):
    found = _events(text)
    assert any(c == expected[0] and s == expected[1] for c, s, _ in found), found


def test_ground_taken_from_a_side_targets_that_side():
    # (the small model leaves 'retook' unlemmatised: lemminflect's dictionary gives 'retake')
    found = _events("Ethiopian troops retook the palace in Gondar from Tigrayan rebels on Sunday.")
    assert ("190", "ETHMIL", "ETHREB") in found, found


def test_both_sides_are_not_a_place_and_the_people_killed_there():
    text = ("Somalia's army and al-Shabaab fighters have battled for control of the region since March. "
            "Four aid workers were killed in a mortar strike on Baidoa on Friday. "
            "The African Union urged both sides to allow deliveries of food.")
    targets = {t for c, s, t in _events(text) if s == "IGOAU" and c[:2] == "02"}
    assert targets and not targets & {"SOM", "NGO", "CVL"}, targets


def test_both_sides_are_not_the_civilians_one_side_killed():
    text = ("Eritrea accused Ethiopia of massing troops on the border. Ethiopian troops shelled two Eritrean villages "
            "on Monday, killing four civilians and wounding three others. The African Union urged both sides to show "
            "restraint.")
    targets = {t for c, s, t in _events(text) if s == "IGOAU" and c[:2] == "02"}
    assert targets == {"ERI", "ETH"}, targets


def test_a_body_speaking_of_its_own_members_makes_no_statement_event():
    found = _events("The Wagner group said its fighters had left the Malian town of Kidal.")
    assert not any(c == "010" for c, _, _ in found), found


def test_a_charge_nouns_that_clause_names_whom_it_is_laid_on_and_is_no_fact():
    text = ("Ties have worsened over Kenya's accusation that Somalia harbours the gunmen. "
            "Mogadishu rejects the charge.")
    found = _events(text)
    assert ("112", "KEN", "SOM") in found, found
    assert not any(s == "SOM" and c[:2] == "07" for c, s, _ in found), found  # the harbouring is alleged
    assert any(s == "SOMGOV" and t == "KEN" for c, s, t in found), found  # the charge answered is Kenya's


def test_live_ammunition_used_against_a_crowd_is_violent_repression():
    assert ("175", "ZWECOP", "ZWEOPP") in _events("Zimbabwean police used live ammunition against protesters in Harare.")


def test_a_participle_of_force_after_a_postposed_cue_goes_with_the_report():
    found = _events("Rebels attacked a military base near Goma on Sunday, the army said, killing four soldiers.")
    assert any(c[:2] == "18" and s == "CODREB" for c, s, _ in found), found


def test_the_two_allies_are_the_two_states_of_the_act_before():
    text = "Chile and Brazil signed a trade deal in Brasilia on Friday. The two allies also agreed to open talks on defence."
    found = _events(text)
    assert ("036", "CHL", "BRA") in found and ("036", "BRA", "CHL") in found, found


def test_vessels_and_aircraft_provided_to_a_state_are_military_aid():
    assert ("072", "KOR", "VNM") in _events("South Korea provided three patrol vessels to Vietnam on Tuesday.")


def test_a_part_of_the_people_held_is_who_a_release_frees():
    text = "Georgian police detained six reporters on Monday. A court later released three of them."
    assert ("084", "GEOJUD", "MED") in _events(text)


def test_press_freedom_groups_are_ngos():
    text = "Georgian police detained six reporters on Monday. Press freedom groups condemned the arrests."
    assert ("111", "NGO", "GEOCOP") in _events(text)


@pytest.mark.parametrize("text, expected", [
    ("A Tunisian court sentenced a poet to two years in prison for insulting the president.", ("116", "TUNJUD", "TUN")),
    ("Ugandan police detained a cameraman outside parliament in Kampala.", ("173", "UGACOP", "UGAMED")),
])
def test_a_verdict_or_arrest_falls_on_a_person_whatever_noun_names_them(text, expected):
    assert expected in _events(text)



def test_others_of_the_victims_named_before_are_no_second_victims():
    # ('two others' stands for the kind named before; not new people of the place)
    found = _events("A car bomb near the Iraqi town of Tikrit killed one Turkish engineer and wounded two others.")
    assert not any(target == "IRQ" for _, _, target in found), found


def test_a_complaint_against_a_state_at_a_court_targets_the_state():
    assert ("114", "GUY", "VEN") in _events("Guyana filed a complaint against Venezuela at the International Court of Justice.")


def test_the_infinitive_of_an_appeal_noun_is_its_content():
    found = _events("The Pope made an appeal to Armenia and Azerbaijan to free all prisoners of war.")
    assert not any(c[:2] == "08" for c, _, _ in found), found
    assert any(c[:2] == "02" and t == "ARM" for c, _, t in found), found


def test_assurances_given_to_a_state_are_an_intent_to_cooperate():
    assert ("030", "FRA", "DZA") in _events("France gave assurances to Algeria that it would return the archives.")


@pytest.mark.parametrize("text", [
    "Zambia's defence minister and six officers were killed when their helicopter crashed near Ndola.",
    "Zambian defence minister among seven killed in helicopter crash",
    "Eleven Zambian miners died in a mine collapse near Kitwe on Monday.",
])
def test_a_death_in_an_accident_is_no_use_of_force(text):
    found = _events(text)
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in found), found
