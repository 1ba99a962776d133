"""The state a story is about, which bodies and officials named without a state belong to (ActorCodes.main_country,
setting_country): the doer of the lead sentence and the dateline's state weigh above the adjectives of the other
side's diplomats, embassy and ministry named after."""

import dyad

EXPULSION = (
    "Chile on Friday expelled a Peruvian consul accused of selling visas to migrants, the second such expulsion "
    "this year.\n\n"
    "The foreign ministry said the consul, who had served at the Peruvian consulate in Arica since 2021, had taken "
    "bribes from Peruvian and Bolivian smugglers.\n\n"
    "Peruvian officials said they regretted the decision. The Peruvian ambassador was not available for comment.")

DATELINED = (
    "RIGA, May 12 — Latvia on Monday ordered two Belarusian diplomats to leave within a week, saying they had tried "
    "to recruit informants among border guards.\n\n"
    "The interior ministry said the diplomats, both attached to the Belarusian embassy, had offered cash to officers "
    "at a crossing near Daugavpils.\n\n"
    "Minsk said it would respond in kind. A Belarusian foreign ministry spokesman said Belarus had summoned the "
    "Latvian charge d'affaires. A Latvian customs officer accused of spying has lived in Minsk since January.")


def _speaker(text, words):
    result = dyad.extract(text, published="2025-03-10")
    return next(q.speaker.code for q in result.quotes if words in q.text)


def test_the_lead_sentences_doer_owns_the_unnamed_ministry():
    assert _speaker(EXPULSION, "had taken bribes") == "CHLGOV"


def test_a_datelined_story_keeps_its_lead_and_its_dateline_state():
    """The blanked dateline is no lead sentence: 'Latvia ... ordered' is, and the story is filed from Riga."""
    assert _speaker(DATELINED, "had offered cash") == "LVAGOV"


def test_a_bare_title_speaks_for_the_state_its_paragraph_is_about():
    """Filed from the sanctioning state's capital, the story's state is the sanctioning one; a titled person the
    dictionary does not know, right after 'Caracas rejected ...', is still Venezuela's."""
    text = ("BRASILIA, June 3 — Brazil on Monday imposed sanctions on 12 Venezuelan officials over the jailing of "
            "opposition candidates. Brazil's foreign ministry said the officials could not enter the country.\n\n"
            "Caracas rejected the sanctions as interference. Vice President Marisol Quintero said Venezuela would "
            "not bow to pressure.")
    assert _speaker(text, "would not bow") == "VENGOV"


def test_a_town_that_places_the_story_never_stands_for_its_state():
    """Violence whose target the text leaves unplaced lands on the state the story happens in: that state
    (its own record where the text names it), never the town whose name placed the story."""
    text = ("Gunmen on motorbikes raided a village on Sunday and killed eleven people, local officials in Mopti "
            "said.\n\n"
            "The Malian army said it had sent reinforcements to the area.")
    result = dyad.extract(text, published="2025-03-10")
    actors = {a.id: a for a in result.actors}
    names = {e.target.name for e in result.events if e.target is not None and e.target.country == "MLI"}
    assert names and "Mopti" not in names  # (the state, or its people the act names: 'eleven people')
    assert all(e.target.actor_id is None or actors[e.target.actor_id].kind == "country"
               for e in result.events if e.target is not None and e.target.code == "MLI")


def test_kosovo_towns_name_their_state():
    from dyad.gazetteer import city
    from dyad.wire import detect

    assert city("Prizren").country == "XKX"
    assert detect("PRISTINA (Dyad Wire) - Police detained a border guard on Monday.").country == "XKX"


def test_someones_agent_gives_a_paragraph_opening_title_no_state():
    """'her lawyer said' closing the paragraph before speaks for no state: 'Judge X' opening the next is the
    story's state's judge, not the state of the activist the lawyer acts for."""
    text = ("Ghanaian court halts extradition of Togolese activist\n\n"
            "ACCRA (Dyad Wire) - A Ghanaian court on Friday blocked the extradition of Togolese opposition activist "
            "Afi Mensah, who was arrested in Accra last week, her lawyer said.\n\n"
            "Judge Kwame Asante ordered the interior ministry to release Mensah on bail and said she could not be "
            "removed from Ghana until the case was heard.")
    result = dyad.extract(text, published="2025-03-10")
    assert {a.name: a.code for a in result.actors}.get("Kwame Asante") == "GHAJUD"


def test_a_title_in_wire_copy_speaks_for_the_state_of_the_one_sentence_paragraph_before():
    text = ("BRASILIA, June 3 — Brazil on Monday imposed sanctions on 12 Venezuelan officials over the jailing of "
            "opposition candidates.\n\nBrazil's foreign ministry said the officials could not enter the country.\n\n"
            "Caracas rejected the sanctions as interference.\n\nVice President Marisol Quintero said Venezuela would "
            "not bow to pressure.")
    result = dyad.extract(text, published="2025-03-10")
    assert {a.name: a.code for a in result.actors}.get("Marisol Quintero") == "VENGOV"
