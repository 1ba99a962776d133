"""Partners are no targets, descriptions name the body just spoken of, and a few resolution rules of speakers and
victims (dyad/actors/coreference.py, codes.py, mentions.py; dyad/quotes/speakers.py; dyad/events/arguments.py,
coder.py; dyad/modality.py). Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2024-09-16"


def _actor_of(result, mention: str):
    return next(a for a in result.actors if any(m.text == mention for m in a.mentions))


def test_a_second_cue_after_a_reported_clause_about_a_thing_is_the_speakers():
    result = extract("Laos's foreign ministry said the missile test violated a border treaty and demanded that "
                     "Hanoi halt such launches.", published=PUBLISHED)
    demanded = next(q for q in result.quotes if q.cue == "demanded")
    assert demanded.speaker is not None and demanded.speaker.code == "LAOGOV"


def test_the_mission_is_the_named_mission_of_an_international_body():
    result = extract("The United Nations mission in Haiti condemned the killings on Sunday. \"This violence must "
                     "stop,\" said Clara Nunes, a spokeswoman for the mission.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["IGOUNO"]


def test_an_army_spokesman_is_the_army_named_before_not_the_last_state():
    result = extract("Delegations from Chad's army and a rebel coalition met in Niamey on Monday for talks hosted by "
                     "Niger. Niger's foreign ministry said the two sides had agreed to discuss a truce. An army "
                     "spokesman said the military was ready to negotiate.", published=PUBLISHED)
    spokesman = next(q for q in result.quotes if q.speaker and "spokesman" in q.speaker.name)
    assert spokesman.speaker.code == "TCDMIL"


def test_the_company_is_the_foreign_firm_just_named():
    result = extract("Ecuador seized the assets of a Peruvian firm on Monday. Officials in Quito said the company "
                     "owed millions in unpaid royalties.", published=PUBLISHED)
    assert _actor_of(result, "the company").code == "PERBUS"


def test_what_a_state_votes_or_warns_against_is_not_its_act():
    for text in ("Hungary voted against extending the sanctions on Moscow, diplomats said.",
                 "Estonia warned against recognising the new government in Niger."):
        result = extract(text, published=PUBLISHED)
        assert not [e for e in result.events if e.verb in ("extending", "recognising")], text


def test_harm_right_after_an_armed_attack_is_the_attackers():
    result = extract("Gunmen opened fire on a minibus in northern Uganda on Friday. Two passengers were wounded.",
                     published=PUBLISHED)
    wounded = next(e for e in result.events if e.verb == "wounded")
    assert wounded.source.sector == "REB" and wounded.source.name == "Gunmen"


def test_a_state_officials_the_country_is_the_officials_own_state():
    result = extract("Argentine officials urged Montevideo to reconsider the export ban. Uruguayan Agriculture "
                     "Minister Pablo Ferreira defended the measure, saying the country had to protect its own "
                     "stocks.", published=PUBLISHED)
    assert _actor_of(result, "the country").code == "URY"


def test_a_partner_in_coordination_is_no_target():
    for text in ("The Pentagon said it had carried out the strike in coordination with the government of Yemen.",
                 "Cameroonian troops, in cooperation with Nigerien forces, raided militant hideouts."):
        result = extract(text, published=PUBLISHED)
        force = [e for e in result.events if e.cameo_root in ("17", "18", "19", "20")]
        assert force and not [e for e in force if e.target and e.target.code in ("YEMGOV", "NERMIL")], text


def test_vengeance_for_a_commanders_death_is_aimed_at_his_killers():
    result = extract("Malian soldiers killed a senior commander of the Ansar Dine group on Sunday. Ansar Dine vowed "
                     "to avenge the commander's death.", published=PUBLISHED)
    avenge = next(e for e in result.events if e.verb == "avenge")
    assert avenge.target is not None and avenge.target.code == "MLIMIL"


def test_a_ministers_statement_about_his_own_state_is_no_statement_event():
    result = extract("Norwegian Agriculture Minister Lars Holm said the Norwegian government had met its quota.",
                     published=PUBLISHED)
    assert not [e for e in result.events if e.cameo == "010"]


def test_an_officials_the_island_is_not_the_officials_own_state():
    result = extract("Japan and China resumed talks on Monday over a small disputed island. Japanese Foreign "
                     "Minister Taro Kono said that Japan would not give up its claim to the island.",
                     published=PUBLISHED)
    assert _actor_of(result, "the island").code != "JPN"
