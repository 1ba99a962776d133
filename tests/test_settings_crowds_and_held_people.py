"""Where a story is set, crowds and people of that place, held people described again, and kinds of undertaking
that are no force (dyad/actors/codes.py setting_country and LOCAL_SECTORS; actors/mentions.py MEMBER_HEADS;
actors/coreference.py _people_described; events/coder.py _attack_just_told; events/implicit.py crowd_source and
unnamed_people; events/predicates.py _peaceful_kind and CONDITION_NOUNS; quotes/content.py speakers_next_act).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-05-14"


def _codes(result):
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events]


def _actor_of(result, text):
    return next(a for a in result.actors if any(m.text == text for m in a.mentions))


# ------------------------------------------------------------------ where the story is set
def test_a_province_named_tells_where_the_story_is_set_and_whose_people_speak():
    result = extract("Nigerien troops backed by Chadian forces retook the town of Bosso in the Diffa region from "
                     "jihadists on Monday, the army said.\nChad has deployed about 1,200 soldiers to its neighbour "
                     "since 2023.\nResidents said they were afraid to return to their farms.", published=PUBLISHED)
    assert _actor_of(result, "Residents").code == "NERCVL"


def test_a_town_shelled_is_where_the_story_happens_and_its_dead_are_of_its_state():
    result = extract("Russian forces shelled Kharkiv on Monday. Six civilians were killed in the shelling.",
                     published=PUBLISHED)
    assert [e.target.code for e in result.events if e.verb == "killed"] == ["UKRCVL"]


def test_farmers_named_without_a_state_are_of_the_state_they_act_in():
    result = extract("Hundreds of farmers blocked roads across Romania on Monday to protest against cheap wheat "
                     "from Moldova.\nMoldovan exporters said the Moldovan grain was sold legally, and Moldovan "
                     "officials called the blockade unfair.\nMoldova's trade minister said Chisinau would raise the "
                     "matter with Moldovan partners.", published=PUBLISHED)
    assert _actor_of(result, "farmers").code == "ROUAGR"


# ------------------------------------------------------------------ crowds and people counted
def test_a_crowd_protesting_where_the_sentence_names_no_place_is_of_the_storys_state():
    result = extract("A court in Zambia jailed opposition figure Mutale Banda for six years on Monday. Dozens of "
                     "supporters gathered outside the courthouse and chanted slogans against the president.",
                     published=PUBLISHED)
    assert ("ZMBCVL", "141", "ZMBGOV") in _codes(result)


def test_a_bare_round_number_arrested_is_people_held_by_the_states_police():
    result = extract("Police fired tear gas at marchers in Lusaka on Friday, and dozens were arrested.",
                     published=PUBLISHED)
    arrests = [e for e in result.events if e.cameo == "173"]
    assert [(e.source.code, e.implicit) for e in arrests] == [("ZMBCOP", True)]


def test_a_role_word_before_a_member_noun_and_a_name_gives_the_persons_sector():
    result = extract("A court in Zambia jailed opposition figure Mutale Banda for six years on Monday.",
                     published=PUBLISHED)
    assert _actor_of(result, "opposition figure Mutale Banda").code == "ZMBOPP"


def test_the_suspects_are_those_arrested_not_the_police_who_arrested_them():
    result = extract("Kenyan police arrested four suspected militants in Mombasa on Tuesday.\n"
                     "The suspects belong to a banned group, police spokesman Paul Otieno said.\n"
                     "He said they had attacked a police post in Lamu last year.", published=PUBLISHED)
    attacks = [e for e in result.events if e.cameo_root == "19"]
    assert attacks and all(e.source.code == "KENREB" for e in attacks)


# ------------------------------------------------------------------ force and its absence
def test_a_groups_own_dead_are_not_its_own_doing():
    for death in ("were killed in the fighting", "were killed"):
        result = extract("Insurgents stormed the town of Mocimboa in northern Mozambique on Sunday, looting shops "
                         f"and burning a clinic.\nAn army spokesman said 25 insurgents {death}.", published=PUBLISHED)
        killings = [e for e in result.events if e.verb == "killed"]
        assert [(e.source.code, e.target.code) for e in killings] == [("MOZ", "MOZREB")]


def test_undertakings_of_a_peaceful_kind_are_no_force():
    assert not [e for e in extract("Health workers in Yemen launched a vaccination campaign on Monday.",
                                   published=PUBLISHED).events if e.cameo_root == "19"]
    assert not [e for e in extract("Kenyan police launched a search operation for the missing hikers.",
                                   published=PUBLISHED).events if e.cameo_root == "19"]
    assert ("TURMIL", "190", "IRQREB") in _codes(extract(
        "Turkish troops launched an operation against Kurdish militants in Iraq.", published=PUBLISHED))


def test_put_on_a_state_of_alert_is_raising_military_alert():
    assert ("GEO", "152", None) in _codes(extract("Georgia put its army on a state of alert on Friday.",
                                                  published=PUBLISHED))


# ------------------------------------------------------------------ the speaker's second act
def test_an_accusation_after_a_reported_perfect_clause_is_the_speakers():
    result = extract("Rwanda's foreign minister, Agnes Uwase, denied that her country's troops had crossed the "
                     "frontier and accused Burundi of staging the incident.", published=PUBLISHED)
    accusations = [e for e in result.events if e.cameo == "112"]
    assert [(e.source.code, e.target.code) for e in accusations] == [("RWAGOV", "BDI")]


def test_harm_told_after_a_reported_event_is_the_events_not_the_speakers():
    result = extract("Chinese vessels harassed a Vietnamese boat on Monday. Hanoi said the incident injured three "
                     "crew members and damaged the boat's engine.", published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "damaged" and e.source.code.startswith("VNM")]


# ------------------------------------------------------------------ who owns what, who is named beside whom
def test_one_does_not_violate_ones_own_airspace():
    result = extract("Japan lodged a protest with Russia on Tuesday after Russian warplanes violated its airspace "
                     "near Sapporo.", published=PUBLISHED)
    violations = [e for e in result.events if e.verb == "violated"]
    assert violations and all(e.target.code == "JPN" for e in violations)


def test_a_body_coordinated_with_a_role_word_is_not_its_owner():
    result = extract("Laos returned 12 Hmong refugees to Vietnam despite appeals from the European Union and "
                     "rights groups.", published=PUBLISHED)
    assert _actor_of(result, "rights groups").code == "NGO"


def test_the_army_is_the_body_that_acted_not_the_one_backing_it():
    result = extract("Malian troops backed by Russian forces retook the town of Anefis from separatist rebels on "
                     "Monday, the army said.", published=PUBLISHED)
    assert [(q.speaker.code, q.kind) for q in result.quotes] == [("MLIMIL", "indirect")]


def test_an_appeal_to_return_to_talks_is_an_appeal_to_negotiate():
    result = extract("Talks between Sudan's army and the RSF collapsed on Monday. Egypt urged the two sides to "
                     "return to the negotiating table.", published=PUBLISHED)
    assert {e.cameo for e in result.events if e.verb == "urged"} == {"026"}


# ------------------------------------------------------------------ forces sent to help, judgements misparsed
def test_forces_sent_to_help_another_state_are_protection_given_to_it():
    sent = extract("Senegal sent 400 gendarmes to help restore order in Gambia.", published=PUBLISHED)
    assert _codes(sent) == [("SEN", "074", "GMB")]
    promised = extract("Officials in Dakar said Senegal would send 400 gendarmes to help restore order in "
                       "neighbouring Gambia.", published=PUBLISHED)
    assert [(e.source.code, e.cameo, e.target.code) for e in promised.events if e.verb == "send"] == \
        [("SEN", "0334", "GMB")]
    deployed = extract("Burundi deployed 800 soldiers to Congo to help fight the M23 rebels.", published=PUBLISHED)
    assert _codes(deployed) == [("BDI", "074", "COD")]


def test_forces_sent_to_help_at_home_are_no_protection_of_another():
    result = extract("Zambia's president deployed the army to help police restore order in Lusaka.",
                     published=PUBLISHED)
    assert [e.cameo for e in result.events if e.verb == "deployed"] == ["154"]


def test_a_judgement_read_as_a_noun_after_a_calling_verb_still_judges_the_act():
    result = extract("Bolivia imposed an embargo on Paraguayan beef. Paraguay called the embargo illegal.",
                     published=PUBLISHED)
    assert ("PRY", "111", "BOL") in _codes(result)


# ------------------------------------------------------------------ owners in trailing attributions, offices
def test_the_owner_in_a_trailing_attribution_is_the_one_reported_on():
    result = extract("Japanese Prime Minister Shigeru Ishiba spoke by phone with South Korean President Lee "
                     "Jae-myung on Tuesday about fishing rights, his office said.", published=PUBLISHED)
    assert [(q.speaker.name, q.speaker.code) for q in result.quotes] == [("his office", "JPNGOV")]


def test_dismissing_an_office_holder_is_no_rejection_but_dismissing_a_claim_is():
    assert not extract("Burkina Faso's junta leader dismissed his predecessor on Monday.",
                       published=PUBLISHED).events
    assert not extract("Burkina Faso's junta leader dismissed Prime Minister Apollinaire Kyelem.",
                       published=PUBLISHED).events
    assert ("RUS", "120", "USAGOV") in _codes(extract("Russia dismissed the American envoy's remarks.",
                                                      published=PUBLISHED))


def test_a_predecessor_is_not_the_person_whose_predecessor_he_is():
    result = extract("Guinea's junta leader appointed a new prime minister on Thursday after sacking his predecessor, "
                     "who had criticised the army's plans to delay the election.", published=PUBLISHED)
    assert not [e for e in result.events if e.cameo == "111"]


def test_where_two_sides_talked_is_no_setting_and_no_party_to_their_halted_talks():
    result = extract("A truce between Ethiopia's army and Tigrayan forces collapsed on Saturday as fighting resumed "
                     "near Mekelle.\nTalks between the two sides in Nairobi were suspended last month.\n"
                     "More than 50 civilians have been killed this week, a doctors' association said.",
                     published=PUBLISHED)
    halted = [(e.source.country, e.target.country) for e in result.events if e.cameo == "164"]
    assert halted and all(target == "ETH" for _, target in halted)
    assert [e.target.code for e in result.events if e.verb == "killed"] == ["ETHCVL"]


def test_police_deployed_is_police_power_and_water_cannon_deployed_is_repression():
    assert [e.cameo for e in extract("Hundreds of police officers were deployed around the stadium in Accra on "
                                     "Sunday.", published=PUBLISHED).events] == ["153"]
    assert [e.cameo for e in extract("Ghana's army deployed more soldiers to the north after ethnic clashes.",
                                     published=PUBLISHED).events] == ["154"]
    assert ("GEOCOP", "175", "GEOOPP") in _codes(extract("Georgian police deployed water cannon against "
                                                         "protesters in Tbilisi.", published=PUBLISHED))


def test_the_armed_owner_of_what_force_struck_is_of_the_place_struck():
    assert _codes(extract("Jordanian jets struck army positions near Daraa.", published=PUBLISHED)) == \
        [("JOR", "195", "SYRMIL")]
    assert [e.target.code for e in extract("Militants attacked a military convoy in northern Niger on Monday.",
                                           published=PUBLISHED).events] == ["NERMIL"]
    assert [e.target.code for e in extract("French troops attacked a militant camp near Gao.",
                                           published=PUBLISHED).events] == ["MLIREB"]
