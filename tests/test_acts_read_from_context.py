"""Acts whose parties the context gives (dyad/events): a denial that 'any of its units' did what was charged
answers the accuser; 'the two neighbours' addressed by a third pair are the pair addressed before them; land a
war is fought 'over' is no party to it; a war's toll told in a relative clause on the war is no state's act;
a speaker who says another body rigged, looted or tortured accuses it, and 'the allegations' dismissed right
after are that speaker's; captives shot after their abduction were shot by their captors; a lower-case word
the tagger took for a name is no person. Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events]


def test_a_denial_for_any_of_ones_units_answers_the_accuser():
    events = _events("Sudan accused Chadian troops of crossing the border.\n\n"
                     "Chad's army denied that any of its units had crossed the frontier.")
    assert ("TCDMIL", "016", "SDN") in events


def test_the_two_neighbours_a_third_pair_urges_are_the_pair_addressed_before():
    events = _events("Eritrea accused Ethiopian troops of crossing the border on Monday.\n\nThe African Union "
                     "called on both countries to show restraint. Kenya and Uganda also urged the two neighbours "
                     "to resolve the dispute through talks.")
    urged = {(s, t) for s, code, t in events if code == "020" and s in ("KEN", "UGA")}
    assert urged == {("KEN", "ERI"), ("KEN", "ETH"), ("UGA", "ERI"), ("UGA", "ETH")}


def test_land_fought_over_is_no_party():
    assert _events("Bolivia and Paraguay went to war over the Chaco in 1932.") == \
        [("BOL", "190", "PRY"), ("PRY", "190", "BOL")]


def test_a_wars_toll_is_no_one_states_act():
    events = _events("Chad and Libya fought a war over the Aouzou Strip in the 1980s in which thousands of "
                     "people were killed.")
    assert events == [("TCD", "190", "LBY"), ("LBY", "190", "TCD")]


def test_a_wrong_said_of_another_body_accuses_it_and_its_dismissal_answers_the_speaker():
    events = _events("LUSAKA - The Democratic Alliance said the ruling party had embezzled relief funds.\n\n"
                     "The finance ministry dismissed the allegations.")
    assert events == [("ZMBPTY", "112", "ZMBPTY"), ("ZMBGOV", "016", "ZMBPTY")]
    # (a wrong done to the subject accuses no one of it)
    assert _events("LUSAKA - The Democratic Alliance said its offices had been looted.") == []


def test_captives_shot_after_their_abduction_were_shot_by_their_captors():
    events = _events("BAMAKO - Gunmen abducted 20 villagers in central Mali on Sunday, local officials said.\n\n"
                     "The attackers stopped the bus near the town of Djenne and took the passengers into the bush, "
                     "a police officer said. Three villagers who tried to flee were shot dead.")
    shot = [(s, t) for s, code, t in events if code == "1823"]  # (shot dead: a killing)
    assert shot == [("MLIREB", "MLICVL")]


def test_a_lower_case_word_is_no_persons_name():
    result = extract("The rebels fled into the bush, a police officer said.", published=PUBLISHED)
    assert not any(a.name.lower() == "bush" for a in result.actors)


def test_a_signed_agreement_welcomed_is_both_signatories_act():
    events = _events("ADDIS ABABA - Ethiopia and Eritrea signed an agreement on Sunday to reopen their border.\n\n"
                     "Eritrean Foreign Minister Osman Saleh said Eritrea was committed to lasting peace.\n\n"
                     "The African Union welcomed the agreement.")
    assert {t for s, code, t in events if code == "051"} == {"ETH", "ERI"}


def test_soldiers_killed_in_a_fight_just_told_fell_to_the_armed_group_fought():
    events = _events("ISLAMABAD - Pakistani troops killed 12 militants in a raid on a hideout in the northwest, "
                     "the military said.\n\nTwo soldiers were also killed in the exchange of fire, the army said.")
    assert ("PAKREB", "1823", "PAKMIL") in events


def test_soldiers_wounded_abroad_in_a_fight_just_told_fell_to_the_armed_group_fought():
    events = _events("Chadian troops shelled insurgent bases near Diffa in Niger on Tuesday. The army said three "
                     "Chadian soldiers were wounded.")
    harm = [(s, t) for s, code, t in events if code.startswith("18")]
    assert len(harm) == 1 and harm[0][0].endswith("REB") and harm[0][1] == "TCDMIL"


def test_two_parties_refusing_a_third_thing_do_not_reject_each_other():
    assert _events("CARACAS - The electoral council declared Nicolas Maduro the winner, a result the opposition "
                   "and several Latin American governments have refused to recognise.") == []
    # (failing to make a joint act together is a rejection of each other)
    assert _events("Armenia and Azerbaijan did not sign the peace deal.") == \
        [("ARM", "127", "AZE"), ("AZE", "127", "ARM")]


def test_an_act_told_of_every_member_of_a_kind_is_no_event():
    text = ('KYIV - Russian missiles struck power plants across Ukraine overnight.\n\n"Every missile we shoot '
            'down saves lives," President Volodymyr Zelensky said in his nightly address.')
    assert [e for e in _events(text) if e[1].startswith("19")] == [("RUS", "195", "UKR")]


def test_a_kind_word_is_no_target_of_its_own_forces():
    assert _events("MOSCOW - Russia's defence ministry said on Monday that its forces had struck military "
                   "infrastructure overnight.") == []


def test_a_plain_statement_about_a_region_is_no_event():
    text = "HAVANA - Cuba's foreign minister said on Friday that the West was preparing new trade rules."
    result = extract(text, published=PUBLISHED)
    assert {a.name: a.code for a in result.actors}["the West"] == "WST"
    assert not [e for e in result.events if e.cameo == "010"]
