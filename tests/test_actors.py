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


def test_actors_state_adjective_opening_an_organisation_name_names_its_state():
    from dyad import extract
    actors = extract("The Latvian Constitutional Court cancelled restrictions on the Russian language.").actors
    assert any(a.code == "LVAJUD" for a in actors)


@pytest.mark.parametrize("text, code", [
    ("A newspaper based in Nairobi criticised the ministry.", "KENMED"),
    ("Young activists from the ruling ANC Party marched on Monday.", "ZAF"),
])
def test_actors_country_from_base_and_membership(text, code):
    from dyad import extract
    (actor,) = [a for a in extract(text).actors if a.name.split()[-1] in ("newspaper", "activists")]
    assert actor.code.startswith(code)


def test_actors_adjective_role_words_only_describe_bodies_of_people():
    from dyad import extract
    codes = {a.code for a in extract("Kenyan opposition parties organized a general strike.").actors}
    assert "KENMIL" not in codes  # 'general' is no army general here
    codes = {a.code for a in extract("Militant groups from Somalia attacked Kenyan troops.").actors}
    assert any(code.endswith("REB") for code in codes)


@pytest.mark.parametrize("text, name, code", [
    ("Iraqi Kurds fled to the mountains.", "Iraqi Kurds", "IRQCVL"),
    ("Bosnian Serbs rejected the plan.", "Bosnian Serbs", "BIHCVL"),  # the adjective says where they live
])
def test_actors_peoples_named_with_a_state_adjective_are_its_civilians(text, name, code):
    from dyad import extract
    assert (name, code) in [(a.name, a.code) for a in extract(text).actors]


def test_actors_state_adjective_before_an_organisation_is_no_people():
    from dyad import extract
    assert not any(a.sector == "CVL" for a in extract("Iraqi Airways resumed flights to Amman.").actors)


@pytest.mark.parametrize("text, name, code", [
    ("Thousands of Nigerians marched in Lagos.", "Nigerians", "NGACVL"),
    ("The president broke his promise to the Zambian people.", "Zambian people", "ZMBCVL"),
    ("Uganda paid compensation to British nationals.", "British nationals", "GBRCVL"),
    ("The Philippines protested to China.", "Philippines", "PHL"),  # a plural state name stays the state
])
def test_actors_a_states_people_are_its_civilians(text, name, code):
    from dyad import extract
    assert (name, code) in [(a.name, a.code) for a in extract(text).actors]
