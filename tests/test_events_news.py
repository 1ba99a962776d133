"""dyad.events rules for news prose: arguments a clause leaves implicit, renounced force, 'no longer'."""

from dyad import extract


def _codes(text, published="2010-01-01"):
    return [(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in extract(text, published=published).events]


def test_adverbial_passive_participle_acts_on_the_main_subject():
    # 'after being arrested': no one is named as arresting (the police, implicitly); the one arrested is the main clause's subject
    codes = _codes("Kenyan opposition leader John Mwangi appeared in court on Monday after being arrested.")
    assert ("KENCOP", "KENOPP", "173") in codes


def test_announced_plans_give_the_planned_act_its_subject():
    codes = _codes("Britain announced plans to fund a police unit in Somalia.")
    # the unit is in Somalia though the parser hangs "in" on "fund"; announced funding is its intent (0331, as
    # CAMEO's dictionary codes ANNOUNCE AID and 'pledged to fund')
    assert ("GBR", "SOMCOP", "0331") in codes


def test_abandoned_plans_are_no_act_of_the_subject():
    codes = _codes("Britain abandoned plans to fund a police unit in Somalia.")
    assert not any(c.startswith("07") for _, _, c in codes)


def test_a_document_acts_for_its_issuer():
    codes = _codes("Vietnam's foreign ministry issued a statement on Monday that urged Cambodia to resume talks.")
    assert any(s.startswith("VNM") and t == "KHM" and c.startswith("02") for s, t, c in codes)


def test_aid_for_something_in_a_state_goes_to_that_state():
    # Haiti's schools: HTI, or HTIEDU where an education word is a role (Phoenix's 'school')
    assert any(s == "IGOEU" and t.startswith("HTI") and c == "071"
               for s, t, c in _codes("The European Union is funding new schools in Haiti."))


def test_no_longer_negates_and_a_refused_agreement_is_a_rejection():
    (event,) = extract("Iran said it would no longer honor the nuclear agreement with Russia.",
                       published="2010-01-01").events
    assert (event.source.code, event.target.code, event.cameo_root) == ("IRN", "RUS", "12")


def test_a_pledge_not_to_use_force_is_an_intent_to_deescalate():
    codes = _codes("The Syrian army said it will not use force against protesters.")
    assert ("SYRMIL", "SYROPP", "0356") in codes
    assert not any(c.startswith("17") for _, _, c in codes)


def test_a_negated_passive_force_is_no_pledge():
    codes = _codes("Syria said its policy would not be hijacked by Iranian leaders.")
    assert not any(c == "0356" for _, _, c in codes)


def test_greetings_sent_to_a_people_are_a_symbolic_act_toward_their_state():
    # the parser hangs the second object of 'send X greetings' on the first as an apposition
    # (a state's people are its civilians: ECUCVL)
    assert ("CHLGOV", "ECUCVL", "017") in _codes("The Chilean leader sends the Ecuadorian people warm greetings.")


def test_overseeing_talks_is_mediation():
    codes = _codes("Former UN Secretary-General Ban Ki-moon is overseeing the talks between the Peruvian government "
                   "and the opposition.")
    assert ("IGOUNO", "PERGOV", "045") in codes


def test_linking_a_suspect_to_a_group_accuses_the_group():
    assert ("USAGOV", "IMGALQ", "112") in _codes("President Obama linked the suspect to al-Qaeda.")


def test_urging_sanctions_against_a_state_threatens_it():
    assert ("FRA", "IRN", "1312") in _codes("France called for sanctions against Iran.")
    assert ("IGOEU", "ISR", "1312") in _codes("The EU report advises sanctions against Israel.")


def test_a_first_person_act_in_a_quotation_is_the_speakers():
    codes = _codes("Chile's foreign minister Alberto van Klaveren said: \"We condemned Bolivia's border closure.\"")
    assert ("CHLGOV", "BOL", "111") in codes


def test_we_in_a_quotation_is_the_state_its_sentence_names_first():
    codes = _codes("Chilean envoy Paula Narvaez said, \"Chile's position is clear, we have condemned "
                   "Bolivia.\"")
    assert ("CHL", "BOL", "111") in codes


def test_negated_or_questioned_quoted_acts_are_not_coded():
    assert _codes("\"We will not condemn Bolivia,\" Chile's foreign minister Alberto van Klaveren said.") == []
    assert _codes("\"Did we condemn Bolivia?\" Chile's foreign minister Alberto van Klaveren asked.") == []


def test_a_speaker_who_says_a_named_actor_committed_a_crime_accuses_it():
    codes = _codes("\"Hamas, which committed a war crime yesterday, must be punished,\" the Israeli prime minister "
                   "said.")
    assert ("ISRGOV", "PSEREB", "1124") in codes


def test_other_quoted_acts_of_named_actors_are_left_to_the_quotation():
    assert _codes("\"Bolivia launched the satellite,\" Chile's foreign minister Alberto van Klaveren said.") == []


def test_a_speaker_who_calls_an_actors_act_unacceptable_criticises_the_actor():
    # judgement: an evaluative adjective said of an actor's act or document, even in scare quotes
    assert ("CHN", "USA", "111") in _codes("China said the American decision was irresponsible.")
    assert ("RUS", "GBR", "111") in _codes('Russia told reporters that the British report was "biased".')


def test_a_speakers_outrage_at_an_actors_act_criticises_the_actor():
    # reaction: the experiencer's feeling at the act, passive, adjectival or active
    assert ("IRN", "GBR", "111") in _codes("Iran was outraged at the British decision.")
    codes = _codes('Germany said it was "appalled" by the Turkish government\'s decision to expel the envoy.')
    assert ("DEU", "TURGOV", "111") in codes
    assert ("TUR", "ISR", "111") in _codes("The Israeli raid angered Turkey.")
    assert ("FRA", "IRN", "051") in _codes("France said it was pleased with the Iranian offer.")


def test_negated_or_sorrowful_evaluations_are_not_coded():
    assert not any(c == "111" for _, _, c in _codes("China said the American decision was not irresponsible."))
    # 'the death of X': X suffers, no one is blamed
    assert not any(c == "111" for _, _, c in _codes("Germany said it was shocked by the death of the Turkish president."))


def test_being_in_a_country_for_an_occasion_is_a_visit():
    codes = _codes("The French president was in Egypt for a summit on Gaza.")
    assert ("FRAGOV", "EGY", "042") in codes
    codes = _codes("Chilean Vice President Jorge Brum, who is in Ecuador for the inauguration of the parliament, "
                   "met President Salazar.")
    assert ("CHLGOV", "ECU", "042") in codes


def test_being_at_home_or_in_a_country_for_no_occasion_is_no_visit():
    assert not any(c == "042" for _, _, c in _codes("The Israeli prime minister was in Israel for the funeral."))
    assert not any(c == "042" for _, _, c in _codes("The French president was in Egypt for three days."))
    assert not any(c == "042" for _, _, c in _codes("The French president will be in Egypt for a summit."))
