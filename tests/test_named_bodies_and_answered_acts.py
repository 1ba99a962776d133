"""Bodies named after their description, complaints and answers aimed at the act's doer, alleged acts named by
nouns, and harm told after the act that caused it (dyad/actors/organisations.py _name_described_body,
mentions.py _salient_body; dyad/events/coder.py protested_doer, _result_victims; arguments.py _response_phrase;
implicit.py force_owner; modality_rules.py alleged; predicates.py _repair_finite_conjuncts_of_participles).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-02-11"


def _codes(result):
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events]


def _actor_of(result, text):
    return next(a for a in result.actors if any(m.text == text for m in a.mentions))


def test_a_name_after_its_classifying_description_is_that_body_on_every_later_use():
    result = extract("Guinea's military government has ordered the Australian mining company Vantor to hand over "
                     "its bauxite mine. Vantor said it had lost control of the site. Officials in Conakry accused "
                     "Vantor of failing to pay taxes.", published=PUBLISHED)
    assert _actor_of(result, "Vantor").code == "AUSBUS"
    assert ("GINGOV", "112", "AUSBUS") in _codes(result)
    assert [(q.speaker.name, q.speaker.code) for q in result.quotes] == [("Vantor", "AUSBUS")]


def test_a_name_with_a_descriptive_apposition_is_that_body():
    result = extract("The Mekong Legal Aid Centre, a rights group, said soldiers had detained forty farmers.",
                     published=PUBLISHED)
    centre = _actor_of(result, "a rights group")
    assert (centre.name, centre.code) == ("Mekong Legal Aid Centre", "NGO")
    assert [q.speaker.name for q in result.quotes] == ["Mekong Legal Aid Centre"]


def test_a_protest_that_names_no_act_is_aimed_at_the_doer_of_the_act_just_told():
    result = extract("Venezuelan frigates fired live rounds near a Guyanese fishing fleet on Monday. Guyana lodged "
                     "a formal protest.", published=PUBLISHED)
    assert [t for s, c, t in _codes(result) if c == "114"] == ["VENMIL"]


def test_the_paramilitary_is_never_the_standing_army():
    result = extract("Chad's army accused the paramilitary group of looting villages near Abeche.",
                     published=PUBLISHED)
    assert _actor_of(result, "the paramilitary").id != _actor_of(result, "army").id
    assert [(s, c) for s, c, _ in _codes(result)] == [("TCDMIL", "112")]


def test_an_act_alleged_by_its_noun_or_with_its_of_phrase_on_the_object_is_no_fact():
    result = extract("Two Ethiopian militia commanders were accused of orchestrating attacks on civilians in the "
                     "Amhara region.", published=PUBLISHED)
    assert not [e for e in result.events if e.cameo_root in ("18", "19", "20")]
    result = extract("Nigerian officials accused the group of kidnapping students in Zamfara state.",
                     published=PUBLISHED)
    assert not [e for e in result.events if e.cameo[:3] == "181"]


def test_directing_a_campaign_of_acts_makes_the_director_their_doer():
    result = extract("A Honduran police colonel directed a campaign of arrests of opposition activists in "
                     "Tegucigalpa, prosecutors said.", published=PUBLISHED)
    assert [(e.source.code[:3], e.cameo) for e in result.events if e.cameo_root == "17"] == [("HND", "173")]
    assert [e.source.name for e in result.events if e.cameo_root == "17"] == ["Honduran police colonel"]


def test_a_second_finite_verb_conjoined_to_a_participle_belongs_to_the_main_clause():
    result = extract("Ukrainian President Volodymyr Zelensky posted photographs of the freed soldiers wrapped in "
                     "national flags and thanked the Turkish leadership for its mediation.", published=PUBLISHED)
    assert ("UKRGOV", "051") in [(s, c) for s, c, t in _codes(result) if t and t[:3] == "TUR"]


def test_it_standing_for_an_event_told_is_no_actor():
    result = extract("Peru and Bolivia swapped twenty prisoners on Sunday. The Bolivian interior "
                     "ministry confirmed the handover. It was the second such exchange mediated by Brazil this "
                     "year.", published=PUBLISHED)
    brokered = [(s, t) for s, c, t in _codes(result) if c == "045"]
    assert brokered and all(t in ("PER", "BOL") for _, t in brokered)


def test_harm_in_the_strikes_just_told_is_by_whoever_struck():
    result = extract("Turkish drones struck villages near Qamishli in northern Syria on Thursday. The Kurdish "
                     "health authority said five people were killed and nine injured in the strikes.",
                     published=PUBLISHED)
    struck = [e.source.code for e in result.events if e.verb == "struck"]
    assert struck and struck == [e.source.code for e in result.events if e.verb == "killed"]


def test_the_victims_of_an_act_answered_are_no_target_of_the_answer():
    result = extract("Indian artillery shelled posts near Kotli on Monday. The Pakistani army said it had shelled "
                     "the area in response to the killing of two of its soldiers.", published=PUBLISHED)
    answer = [e for e in result.events if e.source.code == "PAKMIL"]
    assert [e.target.code[:3] for e in answer] == ["IND"]


def test_a_states_forces_storming_a_building_raid_it():
    result = extract("Riot police stormed the headquarters of an opposition party in Tbilisi on Sunday.",
                     published=PUBLISHED)
    assert [e.cameo for e in result.events if e.verb == "stormed"] == ["170"]
    result = extract("Protesters stormed the parliament building in Tbilisi on Sunday.", published=PUBLISHED)
    assert [e.cameo for e in result.events if e.verb == "stormed"] == ["145"]


def test_a_cooperative_act_conjoined_to_a_meeting_shares_its_partner():
    result = extract("Brazil's president met the Indonesian president in Jakarta and agreed to expand trade in "
                     "farm products.", published=PUBLISHED)
    assert ("BRAGOV", "IDNGOV") in [(s, t) for s, c, t in _codes(result) if c[:2] == "03"]


def test_people_harmed_as_the_result_of_an_act_on_another_state_are_that_states():
    result = extract("Iranian patrol boats fired on an Emirati cargo ship in the Gulf on Friday, injuring two "
                     "crew members, the Emirati foreign ministry said. Tehran said the ship had entered Iranian "
                     "waters.", published=PUBLISHED)
    assert [e.target.code[:3] for e in result.events if e.verb == "injuring"] == ["ARE"]


def test_an_act_that_draws_protests_puts_its_doer_on_the_receiving_end():
    result = extract("Thai police detained 14 Cambodian migrants near the border on Monday. The detentions drew "
                     "protests from Cambodia.", published=PUBLISHED)
    assert ("KHM", "114", "THACOP") in _codes(result)


def test_an_indefinite_summary_after_a_comma_is_no_object_of_the_verb():
    result = extract("The militia also committed to stop recruiting children, a long-standing demand of the United "
                     "Nations.", published=PUBLISHED)
    assert not [e for e in result.events if e.cameo_root == "10"]
    # the act the summary names meets that party's demand: the pledge is made to it
    result = extract("The militia also pledged to stop recruiting children, a long-standing demand of the United "
                     "Nations.", published=PUBLISHED)
    assert [(e.cameo, e.target.code) for e in result.events if e.verb == "pledged"] == [("030", "IGOUNO")]


def test_a_hyphenated_given_name_is_whole():
    result = extract("Prime Minister Han Duck-soo met the Japanese ambassador in Seoul on Monday. Han said the talks "
                     "were useful.", published=PUBLISHED)
    assert [q.speaker.name for q in result.quotes] == ["Han Duck-soo"]


def test_a_larger_place_named_after_a_state_is_no_state():
    result = extract("Governments across South America condemned the attack on the Ecuadorian president's convoy.",
                     published=PUBLISHED)
    assert not [a for a in result.actors if a.code == "USA"]


def test_armed_men_storming_a_building_use_force():
    result = extract("Gunmen stormed the parliament building in Mogadishu on Sunday.", published=PUBLISHED)
    assert [e.cameo for e in result.events if e.verb == "stormed"] == ["190"]


def test_a_statement_blocked_condemns_no_one():
    result = extract("Slovakia blocked a joint European Union statement on Monday condemning Belarus's treatment of "
                     "political prisoners, diplomats said.", published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "condemning"]
    result = extract("The Arab League issued a statement on Monday condemning the blockade of Qatar.",
                     published=PUBLISHED)
    assert [e.source.code for e in result.events if e.verb == "condemning"] == ["IGOARL"]


def test_it_in_what_the_critics_of_a_thing_say_is_that_thing():
    result = extract("The European Union criticised a new media law in Slovakia. Supporters of the law said it "
                     "protected children.", published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "protected"]


def test_a_role_word_naming_a_penalty_is_no_actor():
    result = extract("Kenya's parliament approved a law that would impose prison sentences on people who insult "
                     "the president.", published=PUBLISHED)
    assert not [a for a in result.actors if a.name == "prison"]


def test_a_relative_pronoun_moved_out_of_a_reported_passive_is_its_antecedent():
    result = extract("The Allied Democratic Forces, which Kampala says are funded by Sudan, attacked a village in "
                     "Ituri.", published=PUBLISHED)
    funded = [e for e in result.events if e.verb == "funded"]
    assert [(e.source.code, e.target.name) for e in funded] == [("SDN", "Allied Democratic Forces")]


def test_the_group_after_a_name_that_classified_itself_so_is_that_name():
    result = extract("The M23 group, which the United Nations says is backed by Rwanda, took control of Rubaya. "
                     "Congo's government said it would not negotiate with the group.", published=PUBLISHED)
    assert [e.target.code for e in result.events if e.verb == "not negotiate"] == ["CODREB"]


def test_an_act_of_war_is_a_label_and_a_capture_an_act():
    result = extract("Rebels seized the town of Bunagana on Monday. Uganda's government called the capture an act "
                     "of war.", published=PUBLISHED)
    assert ("UGAGOV", "1123") in [(e.source.code, e.cameo) for e in result.events]


def test_them_after_both_sides_in_its_sentence_is_that_pair():
    result = extract("Talks between Armenia and Azerbaijan in Geneva ended without a deal. The Swiss mediator said "
                     "both sides bore responsibility and urged them to return to the table.", published=PUBLISHED)
    urged = sorted(e.target.code[:3] for e in result.events if e.verb == "urged")
    assert urged == ["ARM", "AZE"] and {e.source.code[:3] for e in result.events if e.verb == "urged"} == {"CHE"}


def test_raising_an_act_is_that_act():
    result = extract("Japan said it would double its aid to Moldova, and the EU boosted funding for Georgian "
                     "border guards.", published=PUBLISHED)
    assert {(e.source.code, e.cameo[:2], e.target.code[:3]) for e in result.events if e.cameo[:2] in ("03", "07")} \
        >= {("JPN", "03", "MDA"), ("IGOEU", "07", "GEO")}


def test_police_responding_with_tear_gas_answer_the_crowd_just_told():
    result = extract("Students set fire to a police post in the Bangladeshi town of Bogura on Thursday. Police "
                     "responded with tear gas and rubber bullets.", published=PUBLISHED)
    assert [(e.cameo, e.target.code) for e in result.events if e.verb == "responded"] == [("175", "BGDEDU")]


def test_a_bombing_of_a_states_soldiers_in_an_unknown_district_is_placed_at_home():
    result = extract("Tajik forces said on Monday they had struck militant camps inside Afghanistan, a day after a "
                     "suicide bombing killed six soldiers in the Rasht district.", published=PUBLISHED)
    killed = [e for e in result.events if e.verb == "killed"]
    assert [e.source.code for e in killed] == ["TJK"]


def test_an_act_said_to_do_harm_is_criticised():
    result = extract("Russia expelled two Estonian diplomats on Monday. Tallinn said the decision would damage "
                     "relations between the two countries.", published=PUBLISHED)
    assert ("ESTGOV", "111", "RUS") in _codes(result)
    result = extract("Serbia deployed troops near the Kosovo border. NATO said the deployment would stoke tensions.",
                     published=PUBLISHED)
    assert ("IGONATO", "111", "SRB") in _codes(result)
