"""A state's governing council is that state's government, and its president speaks for it; a hyphenated town
in another clause of a minister's sentence is judged as one name, by its head word (dyad/data/roles.tsv,
dyad/actors/codes.py countries_for_titled_persons); 'the gunmen' are the armed band named before; an official
of no state who announces a state's plan or diplomatic act is that state's. Sentences written for these tests."""

from dyad import extract


def _codes(text: str) -> dict[str, str]:
    return {a.name: a.code for a in extract(text, published="2025-03-04").actors}


def test_a_states_transitional_or_sovereign_council_is_its_government():
    assert _codes("Chad's transitional council condemned the raid on the border post.").get(
        "transitional council") == "TCDGOV"
    assert _codes("Sudan's sovereign council rejected the ceasefire proposal.").get("sovereign council") == "SDNGOV"


def test_the_councils_president_speaks_for_the_councils_state_not_the_storys_other_state():
    text = ("KIGALI - Rwanda will send 400 more soldiers to the Central African Republic, Defence Minister Paul "
            "Ngoga said on Friday.\n\nThe Central African Republic's transitional council welcomed the offer. "
            "\"We need every partner we can find,\" council president Andre Koyagbele said in a radio address.")
    assert _codes(text).get("Andre Koyagbele", "").startswith("CAF")


def test_a_hyphenated_town_in_a_participle_clause_gives_no_state_to_the_minister():
    text = ("Rwanda will send 300 police officers to Mauritius next month, Interior Minister Jean Habimana said "
            "on Monday, expanding a mission that has struggled to curb drug gangs in Port-Louis.")
    assert _codes(text).get("Jean Habimana") == "RWAGOV"


def test_the_gunmen_are_the_armed_men_of_an_earlier_shootout():
    """'the gunmen' names the armed band the story named before even where that band did no act of its own
    (dyad/actors/coreference.py agent_nouns, _latest_armed_band)."""
    text = ("A Georgian border guard was killed in a shootout with armed men near the village of Lapankuri on "
            "Monday, the interior ministry said.\n\nThe ministry said reinforcements had been sent to the area. "
            "\n\nOn Tuesday police said two of the gunmen had been detained.")
    result = extract(text, published="2024-03-05")
    band = next(a for a in result.actors if a.name == "armed men")
    assert "the gunmen" in [m.text for m in band.mentions]
    assert not any(a.name == "gunmen" for a in result.actors)


def test_an_official_with_no_state_announcing_a_states_diplomatic_act_is_that_states():
    text = ("Cuba's national assembly passed the new press law on Monday.\n\nSpain summoned Cuba's ambassador in "
            "Madrid over the arrests of two reporters, a foreign ministry spokeswoman said.")
    assert _codes(text).get("foreign ministry spokeswoman") == "ESPGOV"


def test_an_official_with_no_state_announcing_a_states_plan_is_that_states():
    text = ("Insurgents in Mozambique's Cabo Delgado province attacked two villages this week, Mozambique's army "
            "said.\n\nRwanda will send 300 more troops to Mozambique next month, Defence Minister Juvenal "
            "Marizamunda said on Tuesday.\n\nMozambique's president thanked Rwanda for its help.")
    assert _codes(text).get("Juvenal Marizamunda") == "RWAGOV"
