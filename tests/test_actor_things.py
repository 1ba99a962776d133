"""Things and places that are no actors, or not the actor they look like: a sea named after a state, a ship
(an 'it', never a person), a body called foreign in one mention, armed men of no allegiance (of where they
act), and the party a mandative 'that' clause's pronoun names (not the one demanding)."""

from dyad import extract


def _actors(text):
    return extract(text, published="2024-06-10").actors


def _events(text):
    return [(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in extract(text, published="2024-06-10").events]


def test_a_sea_named_after_a_state_is_neither_the_state_nor_a_target():
    text = "Chinese coast guard ships blocked a Vietnamese fishing boat in the Gulf of Thailand on Sunday."
    assert not any(a.code == "THA" for a in _actors(text))
    assert not any(target == "THA" for _, _, target in _events(text))


def test_a_ship_is_an_it_and_a_body_called_foreign_is_not_the_story_state():
    text = ("Venezuela seizes oil tanker\n\nVenezuela's navy seized a foreign oil tanker off its coast on Friday, "
            "accusing it of carrying smuggled fuel.")
    actors = _actors(text)
    tanker = next(a for a in actors if "tanker" in a.name)
    assert tanker.kind != "person" and tanker.country is None, tanker
    assert "it" in [m.text for m in tanker.mentions]


def test_armed_men_of_no_allegiance_are_of_where_they_act():
    text = ("Gunmen abducted three Ghanaian engineers in Mali on Monday. Ghana's president appealed for the "
            "release of the engineers. Ghana said it was working with the authorities in Bamako.")
    gunmen = next(a for a in _actors(text) if a.name.lower() == "gunmen")
    assert gunmen.country == "MLI"
    assert ("181", "MLIREB", "GHACVL") in _events(text)


def test_the_pronoun_of_a_mandative_clause_is_not_the_one_demanding():
    text = "Peru detained a Chilean fishing crew on Tuesday. Santiago demanded that it free the crew at once."
    assert ("100", "CHLGOV", "PER") in _events(text)


def test_a_ministry_for_the_press_is_the_government():
    actors = _actors("Kenya's information ministry said the broadcaster's licence had been suspended.")
    ministry = next(a for a in actors if "ministry" in a.name.lower())
    assert ministry.code == "KENGOV", ministry


def test_an_official_titled_alone_in_copy_from_a_capital_is_that_capital_state():
    text = ("Malaysia to host talks on Myanmar\n\nKUALA LUMPUR — Malaysia will host a meeting of regional "
            "ministers next week to discuss the crisis in Myanmar. Foreign Minister Zambry Kadir said the bloc "
            "would press Myanmar's generals to end the violence. Myanmar's junta has ignored a peace plan since "
            "2021, and Myanmar's army has bombed villages in Myanmar's north.")
    minister = next(a for a in _actors(text) if a.name == "Zambry Kadir")
    assert minister.country == "MYS", minister


def test_an_opposition_candidate_is_of_the_opposition():
    actors = _actors("Zambia's opposition candidate John Banda said the count had been rigged.")
    assert [a.code for a in actors if a.name == "John Banda"] == ["ZMBOPP"]


def test_a_bodys_director_named_in_apposition_is_of_the_body():
    text = "Human Rights Watch's regional director, Mariam Diallo, condemned the arrests in Conakry."
    director = next(a for a in _actors(text) if a.name == "Mariam Diallo")
    assert director.code == "NGO", director


def test_who_criticises_is_no_one_cited_for_a_later_he():
    text = ('Peruvian President Ana Torres announced a pardon on Monday. "Justice has been served," Torres said.\n\n'
            "Opposition lawmaker Jorge Ruiz criticised the decision, saying the victims had been forgotten. "
            '"This is a dark day for our country," he said.')
    quotes = extract(text, published="2024-06-10").quotes
    dark = next(q for q in quotes if q.text.startswith("This is a dark day"))
    assert dark.speaker.name == "Jorge Ruiz", dark.speaker


def test_one_of_a_group_named_in_apposition_is_the_speaker():
    text = ('Supporters gathered outside the party office in Blantyre. "We want the truth," one of them, a '
            '40-year-old nurse named Mercy Banda, told reporters.')
    quotes = extract(text, published="2024-06-10").quotes
    assert [q.speaker.name for q in quotes] == ["Mercy Banda"], [(q.text, q.speaker.name) for q in quotes]


def test_a_body_named_with_of_and_its_state_is_one_body_of_that_state():
    # the tagger may split '[The Law Society] of [Kenya]'
    result = extract("The Law Society of Kenya said it would challenge the decree in court.",
                     published="2024-06-10")
    codes = {m.text: a.code for a in result.actors for m in a.mentions}
    assert codes.get("The Law Society of Kenya") == codes.get("it") == "KENJUD", codes


def test_rejecting_the_claim_answers_the_last_other_speaker():
    result = extract("Uganda's police chief on Monday defended the arrests of opposition supporters. \"Officers "
                     "followed the law,\" he told reporters. Opposition leader Bobi Wine rejected the claim.",
                     published="2024-06-10")
    rejections = [e for e in result.events if e.source.code == "UGAOPP" and e.cameo_root in ("01", "12")
                  and e.verb.startswith("rejected")]
    assert rejections and rejections[0].target.code == "UGACOP", [(e.cameo, e.source.code, e.target and e.target.code)
                                                                 for e in result.events]
