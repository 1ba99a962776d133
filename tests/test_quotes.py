"""dyad.quotes on short real sentences (speaker, cue, kind, medium, attribution)."""

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


@pytest.mark.parametrize("text, speaker, cue, kind, content", [
    ('"We had planned a trip to Peru, but it was called off, so we will stay home," Moreno added.',
     "Moreno", "added", "direct", "We had planned a trip to Peru"),
    ('Norway Foreign Minister Lars Eide has said that he has called home the envoys.',
     "Eide", "said", "indirect", "he has called home the envoys"),
    ('The UN chief said, "We must also accept that the raids by the rebels did not come out of nowhere."',
     "UN chief", "said", "direct", "did not come out of nowhere"),
])
def test_quotes_speaker_cue_kind(nlp, text, speaker, cue, kind, content):
    found = _quotes(nlp, text)
    assert len(found) == 1
    (quote,) = found
    assert speaker in quote.speaker.name or speaker in text[quote.speaker.start_char:quote.speaker.end_char]
    assert (quote.cue, quote.kind) == (cue, kind)
    assert content in quote.text
    assert text[quote.start_char:quote.end_char].strip(' ,."') in quote.text or quote.text in text


def test_quotes_medium_posted_on_x(nlp):
    (quote,) = _quotes(nlp, '"I have called our envoys home from Vietnam," Halvorsen posted on X.')
    assert quote.medium == "X" and quote.kind == "direct" and "Halvorsen" in quote.speaker.name


@pytest.mark.parametrize("text", [
    '"The rebels are not bandits," he said, according to The Washington Post.',
    'Carlos Mendoza has said that Peru committed "a grave breach of the truce", The Washington Post reported.',
])
def test_quotes_relaying_outlet(nlp, text):
    found = _quotes(nlp, text)
    assert found and all(q.according_to == "The Washington Post" for q in found)


def test_quotes_according_to_person_is_indirect_speech(nlp):
    found = _quotes(nlp, "Chilean envoys in Ghana have been asked to fly back to Chile, according to Alvarado.")
    assert [(q.kind, q.cue) for q in found] == [("indirect", "according to")]
    assert "Alvarado" in found[0].speaker.name


def test_quotes_scare_quotes_are_not_speech(nlp):
    assert _quotes(nlp, "Moreno termed the rebels as 'liberators' and called the blockade \"cruel\".") == []


def test_quotes_cue_under_a_verbless_root_terminates(nlp):
    """Regression: climbing from 'saying' to a noun root ('statement') looped for ever, because spaCy
    makes a new Token object on every access and `head is not token` never became False."""
    found = _quotes(nlp, "The ministry statement, saying that talks with Iran would resume next week.")
    assert all(q.speaker is None or q.speaker.name for q in found)


def _speaker_of(found, words):
    quote = next(q for q in found if words in q.text)
    return quote.speaker.name


@pytest.mark.parametrize("text, words, speaker", [
    # 'he said' continues the speaker of the cue before it in the paragraph, a described person included
    ('One of the farmers, who was old, recalled the raid. "The soldiers burned my field," he said.',
     "burned my field", "One of the farmers"),
    # 'one' alone is one of the group that spoke just before
    ('Many students said the plan was unfair. "We want a new plan for the school," one said.',
     "new plan", "one of the Many students"),
    # a named person in apposition beats the description
    ("However one council member, Democrat Jane Roe, said she would oppose such a budget.", "oppose", "Jane Roe"),
    # a title coordinated inside the subject leaves the name as a conjunct
    ('Advisor for Trade and Fisheries Peter K. Lindqvist said on Monday, "There are signs of a deal."',
     "signs of a deal", "Peter K. Lindqvist"),
    # 'who' in a relative clause is its antecedent
    ("The minister, who adds that the talks will go on, left early.", "talks will go on", "minister"),
    # the parser's lost object of 'to' is not the subject of 'saying'
    ('President Ann Smith tied the gunman to the cartel saying, "We are sure that he went to Mongolia last year."',
     "went to Mongolia", "Ann Smith"),
    # a name the parser hangs on the interview's outlet is still the subject of the cue after it
    ("In an interview with Die Zeit, King Faisal bin Omar Al Mansour denied that there was a rebellion.",
     "rebellion", "Faisal"),
])
def test_quotes_speaker_resolution(nlp, text, words, speaker):
    assert speaker in _speaker_of(_quotes(nlp, text), words)


def test_quotes_statement_released_by_subject_speaks_after_the_colon(nlp):
    text = ('The Ruritanian foreign ministry released a statement that called for fresh negotiations: "We are '
            'convinced that dialogue is the only sensible path forward."')
    assert "ministry" in _speaker_of(_quotes(nlp, text), "only sensible path")


def test_quotes_governing_cue_beats_a_cue_beside_the_quote(nlp):
    text = ('Some 300 farmers, who are demanding the governor resign and protesting about debts, filled the '
            'plaza, chanting "We will stay until he goes."')
    assert not any("We will stay" in q.text and "governor" in q.speaker.name for q in _quotes(nlp, text))


@pytest.mark.parametrize("text, words, outlet", [
    # 'told the news agency Reuters', and the speaker's next quotation in the paragraph comes the same way
    ('Tomas Okafor, a baker, told the news agency Reuters that a wall had fallen. "Nothing is left '
     'of the market," he said.', "Nothing is left", "Reuters"),
    # a journalist speaks for the outlet named in the description
    ("A correspondent for the BBC said that the explosion was heard across the city.", "heard across the city",
     "BBC"),
    # 'It says' after a sentence whose subject is the report: the report relays it
    ('The EU report accuses Chile of clearing forests. It says the policies "are eroding the chances of a deal".',
     "eroding the chances", "report"),
])
def test_quotes_outlets(nlp, text, words, outlet):
    quote = next(q for q in _quotes(nlp, text) if words in q.text)
    assert quote.according_to == outlet


def test_quotes_outlet_as_only_source_is_speaker_and_outlet(nlp):
    (quote,) = _quotes(nlp, "According to Press TV, at least eight rockets have been fired overnight.")
    assert "Press TV" in quote.speaker.name and quote.according_to == "Press TV" and quote.kind == "indirect"


def test_quotes_an_outlets_own_quoted_words_come_through_that_outlet(nlp):
    text = 'Al-Jazeera was shut down. In a short statement, the news agency added: "We regard this as an assault on reporting."'
    quote = next(q for q in _quotes(nlp, text) if "assault on reporting" in q.text)
    assert "Jazeera" in quote.speaker.name and quote.according_to == quote.speaker.name


def test_quotes_according_to_a_report_names_no_speaker(nlp):
    text = "A UN report was released. The raids left 62 people dead, according to the report."
    assert _quotes(nlp, text) == []


def test_quotes_a_quote_inside_another_clause_does_not_continue_the_previous_speaker(nlp):
    text = ('Prosecutors said they would charge him for "publishing a document on strategy". On Friday, forty '
            'leaders criticised the government in a letter, demanding an end to "intimidation, harassment and '
            'violence".')
    assert not any("intimidation" in q.text and "Prosecutors" in q.speaker.name for q in _quotes(nlp, text))


def test_quotes_speech_noun_with_owner_and_that_clause(nlp):
    text = "The talks stalled after Norway's announcement that it would cease to abide by the accords."
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "indirect" and "cease to abide by the accords" in quote.text
    assert quote.speaker.code == "NOR"


@pytest.mark.parametrize("text, speaker, content", [
    # the issuer a 'by' or 'from' phrase names
    ("Talks stalled over claims by Gabon that its fishing boats had been seized.", "GAB", "fishing boats had been seized"),
    ("A warning from the Kenyan embassy that the road was unsafe went unheeded.", "KEN", "the road was unsafe"),
])
def test_quotes_speech_noun_with_an_issuer_and_that_clause(nlp, text, speaker, content):
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "indirect" and content in quote.text and quote.speaker.code.startswith(speaker)


def test_quotes_a_claim_repeated_is_one_quotation(nlp):
    text = "The Bolivian president repeated his claim that the vote count had been rigged."
    assert len([q for q in _quotes(nlp, text) if "rigged" in q.text]) == 1


def test_quotes_fragment_before_a_subordinate_cue_is_no_quotation(nlp):
    text = 'The premier has been handed a "crippling defeat" after the army announced it would stay in barracks.'
    assert not any("crippling defeat" in q.text for q in _quotes(nlp, text))


def test_quotes_headline_clause_before_a_colon_is_no_reported_speech(nlp):
    text = "Peru strikes: Police say they will not fire on marchers"
    assert not any(q.text.startswith("Peru strikes") for q in _quotes(nlp, text))


@pytest.mark.parametrize("text, clause", [
    # the cue phrase after the clause, then a blank line: neither is in the span
    ("The harbour at Zenda was closed last month, according to Ivan Petrov.\n\nThe ships left.",
     "The harbour at Zenda was closed last month"),
    # the cue phrase first
    ("According to Ivan Petrov, the harbour at Zenda was closed last month.",
     "the harbour at Zenda was closed last month"),
    # the cue phrase inside the clause it attributes: the clause on both sides of it, the phrase between
    ("The harbour, according to Ivan Petrov, was closed last month.",
     "The harbour, according to Ivan Petrov, was closed last month"),
    # 'X said that ...': the clause without 'that' and the full stop
    ("Ivan Petrov said that the harbour at Zenda was closed last month.\n\n",
     "the harbour at Zenda was closed last month"),
])
def test_quotes_indirect_span_is_the_reported_clause_only(nlp, text, clause):
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "indirect" and quote.text == clause
    assert text[quote.start_char:quote.end_char] == quote.text


def test_quotes_direct_span_is_the_quoted_words_without_edge_whitespace(nlp):
    text = ('" We will not give up the valley ," Ivan Petrov said. He added: "The river is ours too.\n\n'
            'Nobody moved.')
    found = _quotes(nlp, text)
    assert [q.text for q in found] == ["We will not give up the valley", "The river is ours too."]
    for quote in found:
        assert text[quote.start_char:quote.end_char] == quote.text
        assert quote.text == quote.text.strip() and "according" not in quote.text


@pytest.mark.parametrize("audience", ["reporters", "a news conference", "journalists in Zenda", "parliament",
                                      "the crowd", "supporters"])
def test_quotes_an_audience_told_is_no_relaying_outlet(nlp, audience):
    (quote,) = _quotes(nlp, f"Ivan Petrov told {audience} that the harbour would reopen next week.")
    assert quote.according_to is None and "harbour would reopen" in quote.text


@pytest.mark.parametrize("outlet", ["the BBC", "Reuters"])
def test_quotes_an_outlet_told_relays(nlp, outlet):
    (quote,) = _quotes(nlp, f"Ivan Petrov told {outlet} that the harbour would reopen next week.")
    assert quote.according_to == outlet.replace("the ", "")


def test_quotes_a_direct_quote_told_to_reporters_has_no_outlet(nlp):
    (quote,) = _quotes(nlp, '"We will not give up the valley," Ivan Petrov told reporters.')
    assert quote.kind == "direct" and quote.according_to is None


def test_quotes_a_label_given_with_as_is_a_scare_quote(nlp):
    text = 'The Ruritanian minister described the accord as a "historic step" in relations with Zenda.'
    assert not any("historic step" in q.text and q.kind == "direct" for q in _quotes(nlp, text))


def test_quotes_a_fragment_the_cue_reports_stays_a_quotation(nlp):
    text = 'Ruritanian officials said there was "no room" for talks with the rebels.'
    assert any("no room" in q.text for q in _quotes(nlp, text))
