"""dyad.actors on short real sentences: titles, appositions, role phrases, pronouns."""

import datetime as dt

import pytest

from dyad.actors import resolve_actors
from dyad.nlp import quoted_ranges


def _index(nlp, text, published="2023-11-01"):
    doc = nlp(text)
    return doc, resolve_actors(doc, published=dt.date.fromisoformat(published), quoted=quoted_ranges(text))


def _actor_of(doc, index, word):
    token = next(t for t in doc if t.text == word)
    ref = index.at(token)
    return index.get(ref.actor_id) if ref else None


@pytest.mark.parametrize("text, word, role, country, code", [
    ("Turkish President Recep Tayyip Erdogan cancelled his visit.", "Erdogan", "president", "TUR", "TURGOV"),
    ("Israel Foreign Minister Eli Cohen said he ordered the return of diplomats.", "Cohen", "foreign minister", "ISR",
     "ISRGOV"),
    ("The foreign minister of Turkey, Hakan Fidan, spoke in Qatar.", "Fidan", "foreign minister", "TUR", "TURGOV"),
    ("Hakan Fidan, Turkey's foreign minister, spoke in Qatar.", "Fidan", "foreign minister", "TUR", "TURGOV"),
])
def test_actors_person_role_and_country_from_titles(nlp, text, word, role, country, code):
    doc, index = _index(nlp, text)
    actor = _actor_of(doc, index, word)
    assert (actor.kind, actor.role, actor.country, actor.code) == ("person", role, country, code)


def test_actors_later_mentions_and_pronouns_resolve(nlp):
    text = ("Turkish President Recep Tayyip Erdogan spoke on Monday. Later, Erdogan said he would not go. "
            "The Turkish President added that his visit was off.")
    doc, index = _index(nlp, text)
    first = _actor_of(doc, index, "Recep")
    for word in ("he", "his"):
        assert _actor_of(doc, index, word).id == first.id
    assert sum(1 for t in doc if t.text == "Erdogan" and index.at(t).actor_id == first.id) == 2
    president = next(t for t in doc if t.text == "President" and t.i > 10)
    assert index.at(president).actor_id == first.id


def test_actors_pronouns_inside_quotes_stay_unresolved(nlp):
    doc, index = _index(nlp, '"We will not go," Erdogan said.')
    assert index.at(doc[1]) is None  # 'We'


@pytest.mark.parametrize("text, word, code", [
    ("Israeli citizens were told to leave.", "citizens", "ISRCVL"),
    ("The UN Security Council met on Tuesday.", "Council", "IGOUNO"),
    ("Hamas fighters crossed the border.", "Hamas", "PSEREB"),
    ("Tokyo agreed to the plan.", "Tokyo", "JPNGOV"),
])
def test_actors_codes(nlp, text, word, code):
    doc, index = _index(nlp, text)
    assert _actor_of(doc, index, word).code == code


def test_actors_the_country_is_the_other_state(nlp):
    text = "Israeli diplomats in Turkey were told to return. Israel recalled its diplomats from the country."
    doc, index = _index(nlp, text)
    country = next(t for t in doc if t.text == "country")
    assert index.at(country).country == "TUR"


def test_actors_mentions_offsets(nlp):
    text = "Turkish President Recep Tayyip Erdogan spoke. He left."
    doc, index = _index(nlp, text)
    for actor in index.actors:
        for mention in actor.mentions:
            assert text[mention.start_char:mention.end_char] == mention.text


def test_actors_plural_role_shared_by_a_list_of_states():
    # 'Diplomats from Chile and Peru': Chile's diplomats and Peru's diplomats, each a source
    from dyad import extract

    events = extract("Diplomats from Chile and Peru met the Brazilian president on Monday.").events
    assert {(e.source.code, e.target.code) for e in events} == {("CHLGOV", "BRAGOV"), ("PERGOV", "BRAGOV")}


def test_actors_an_organisations_people_carry_its_code_and_their_sector():
    # 'UN officials': the UN's code with the officials' sector, as CAMEO writes an organisation's agents
    from dyad import extract

    events = extract("UN officials condemned the Israeli strike.").events
    assert [e.source.code for e in events] == ["IGOUNOGOV"]
