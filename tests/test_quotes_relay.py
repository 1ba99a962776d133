"""dyad.quotes: the outlet that relays a quotation (attribution chains) and the reported-clause forms of
indirect speech, on sentences written for these tests (invented outlets and people)."""

import datetime as dt

import pytest

from dyad.actors import resolve_actors
from dyad.codebooks import verb_lexicon
from dyad.nlp import quoted_ranges
from dyad.quotes import quotations


def _quotes(nlp, text):
    doc = nlp(text)
    quoted = quoted_ranges(text)
    index = resolve_actors(doc, published=dt.date(2023, 11, 1), quoted=quoted)
    return quotations(doc, index, quoted=quoted, cues=verb_lexicon().speech_cues)


def _one(nlp, text, content):
    found = [q for q in _quotes(nlp, text) if content in q.text]
    assert len(found) == 1, [(q.speaker.name, q.text) for q in _quotes(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text, speaker, outlet, content", [
    # told <outlet>, the clause before the cue (a copular clause too)
    ("The port will reopen next month, the mayor told the Harbour Gazette.",
     "mayor", "Harbour Gazette", "The port will reopen next month"),
    ("The border is closed, General Amir Haddad told Velta News Agency.",
     "Haddad", "Velta News Agency", "The border is closed"),
    # an interview with <outlet>: a name the dictionaries lack, headed by a nameplate word
    ("Finance Minister Tomas Varga said in an interview with the Danube Courier that the budget would be cut.",
     "Varga", "Danube Courier", "the budget would be cut"),
    # the parser hangs the that-clause on 'interview'
    ("Finance Minister Tomas Varga told Reuters in an interview that the budget would be cut.",
     "Varga", "Reuters", "the budget would be cut"),
    # '<outlet> quoted/cited X as saying' and the passive: X speaks, the outlet relays
    ("The Lakeside Herald quoted Defence Minister Juan Ortega as saying that troops would stay.",
     "Ortega", "Lakeside Herald", "troops would stay"),
    ("The Riverside Post cited General Amir Haddad as saying the border was closed.",
     "Haddad", "Riverside Post", "the border was closed"),
    ("General Amir Haddad was quoted by the Meridian Times as saying that the border was closed.",
     "Haddad", "Meridian Times", "the border was closed"),
    # speaking to <outlet>
    ("Speaking to the Riverside Post, Governor Lena Berg said the dam was safe.",
     "Berg", "Riverside Post", "the dam was safe"),
    # 'told the news agency <name>': the name, not 'news agency'
    ("Hamid Rahimi, the owner of a bakery near the market, told the news agency Kyodo that the blast "
     "shattered windows.", "Rahimi", "Kyodo", "the blast shattered windows"),
    # a platform relays what was written on it
    ("Prime Minister Oskar Lind wrote on Telegram that the talks had failed.",
     "Lind", "Telegram", "the talks had failed"),
    ("Prime Minister Oskar Lind said in a post on X that the talks had failed.",
     "Lind", "X", "the talks had failed"),
])
def test_relaying_outlet(nlp, text, speaker, outlet, content):
    quote = _one(nlp, text, content)
    assert speaker in quote.speaker.name
    assert quote.according_to is not None and outlet in quote.according_to
    assert quote.according_to not in quote.speaker.name  # the outlet is not the speaker


def test_according_to_outlet_is_cut_from_the_clause_and_is_no_speaker(nlp):
    found = _quotes(nlp, "Defence Minister Juan Ortega said the troops would stay, according to the Lakeside Herald.")
    assert len(found) == 1
    (quote,) = found
    assert "Ortega" in quote.speaker.name and "Lakeside Herald" in quote.according_to
    assert quote.text == "the troops would stay"


def test_an_outlet_alone_relays_itself(nlp):
    (quote,) = _quotes(nlp, "The ceasefire is holding, according to the Northern Valley Tribune.")
    assert "Northern Valley Tribune" in quote.speaker.name and "Northern Valley Tribune" in quote.according_to
    (quote,) = _quotes(nlp, "The official news agency Velta said the talks would resume on Monday.")
    assert "Velta" in quote.according_to


def test_an_agency_of_government_is_no_outlet(nlp):
    found = _quotes(nlp, "The Regional Water Agency said the reservoir was half empty.")
    assert found and all(q.according_to is None for q in found)


def test_outlet_carries_to_the_speakers_next_quotation(nlp):
    found = _quotes(nlp, 'Minister Oskar Lind told the Kalmar Daily that the talks had failed. '
                         'He added that a new round would begin in May.')
    assert len(found) == 2 and all(q.according_to == "the Kalmar Daily" for q in found)


def test_told_reporters_is_an_audience_not_an_outlet(nlp):
    quote = _one(nlp, "The border is closed, General Amir Haddad told reporters.", "The border is closed")
    assert quote.according_to is None and "Haddad" in quote.speaker.name


def test_adding_after_a_reported_clause_is_the_same_speaker(nlp):
    found = _quotes(nlp, "Foreign Minister Oskar Lind said the talks would resume, adding that a deal was close.")
    added = [q for q in found if q.cue == "adding"]
    assert len(added) == 1 and "Lind" in added[0].speaker.name and added[0].text == "a deal was close"


def test_comments_carried_by_an_agency(nlp):
    quote = _one(nlp, "Finance Minister Tomas Varga said in comments carried by the state news agency Velta that the "
                      "budget would be cut.", "the budget would be cut")
    assert "Varga" in quote.speaker.name and quote.according_to == "Velta"  # the outlet, by its name
    assert quote.text == "the budget would be cut"


def test_possessive_outlet_name(nlp):
    quote = _one(nlp, "Finance Minister Tomas Varga told the Danube Courier's weekend edition that the budget would "
                      "be cut.", "the budget would be cut")
    assert quote.according_to == "the Danube Courier"


@pytest.mark.parametrize("text, outlet, content", [
    # an outlet named in apposition to its kind ('the daily X'), and the agent of 'quoted as saying by X'
    ("The dam would be finished by spring, the engineer said, according to the daily Norte Libre.",
     "Norte Libre", "The dam would be finished by spring"),
    ('"The border stays shut," the governor was quoted as saying by the Lakeside Courier news agency.',
     "Lakeside Courier", "The border stays shut"),
])
def test_outlet_in_apposition_or_agent_of_the_participle(nlp, text, outlet, content):
    quote = _one(nlp, text, content)
    assert quote.according_to and outlet in quote.according_to


def test_an_outlet_home_state_is_not_the_speakers(nlp):
    from dyad import extract
    result = extract("In an interview with Al Jazeera, the guerrilla commander said his men would disarm.")
    speakers = [q.speaker for q in result.quotes if "disarm" in q.text]
    assert speakers and speakers[0].code is not None and not speakers[0].code.startswith("QAT")


@pytest.mark.parametrize("text, speaker, outlet, content", [
    ("According to a statement from the Peruvian interior ministry, the convoy reached the town at dawn.",
     "ministry", None, "the convoy reached the town at dawn"),
    ("The strike will last until Friday, according to a report in the Lakeside Courier.",
     "Lakeside Courier", "Lakeside Courier", "The strike will last until Friday"),
])
def test_according_to_a_document_names_its_issuer(nlp, text, speaker, outlet, content):
    quote = _one(nlp, text, content)
    assert speaker in quote.speaker.name
    assert (quote.according_to is None) if outlet is None else (outlet in quote.according_to)


def test_according_to_a_document_without_issuer_names_no_speaker(nlp):
    assert not [q for q in _quotes(nlp, "According to the report, the convoy reached the town at dawn.")
                if "convoy" in q.text]


def test_an_outlet_relaying_a_quoted_speaker_says_nothing_of_its_own(nlp):
    # the outlet is the relay of the speaker's words, not the speaker of another indirect quotation
    text = '"The crossing will stay shut," Minister Tomas Varga told reporters in Bratislava, Slovak media reported.'
    found = _quotes(nlp, text)
    assert [q.speaker.name for q in found] == ["Tomas Varga"]
    assert found[0].according_to == "Slovak media"
