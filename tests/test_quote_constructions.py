"""Reported-speech constructions the parser hangs awkwardly (dyad/quotes/indirect.py, speakers.py)."""

import pytest

from dyad import extract


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in extract(text, published="2024-05-14").quotes]


@pytest.mark.parametrize("text, speaker, content", [
    # a that-clause the parser hangs on the audience the cue addresses
    ("The Indian foreign ministry spokesman, Randhir Jaiswal, told a weekly briefing that India rejected the "
     "claims.", "Randhir Jaiswal", "India rejected the claims"),
    ("The Kenyan police chief told the news conference that six officers had been suspended.", "police chief",
     "six officers had been suspended"),
    # 'was reported as saying', like 'was quoted as saying'
    ("A Tanzanian army spokesman was reported as saying that the rebels had crossed the lake.", "army spokesman",
     "the rebels had crossed the lake"),
    # a gerund or perfect infinitive is what a cue of assertion or denial asserts or denies
    ("The Moroccan interior ministry denied having used tear gas against the marchers.", "interior ministry",
     "having used tear gas against the marchers"),
    ("The Chadian army claimed to have destroyed three rebel convoys near Abeche.", "Chadian army",
     "to have destroyed three rebel convoys near Abeche"),
    ("The Chadian army denied trying to hide the bodies.", "Chadian army", "trying to hide the bodies"),
    # appeal verbs of the order class with a that-clause report what was asked for
    ("The Peruvian delegation requested that the talks be moved to Quito.", "Peruvian delegation",
     "the talks be moved to Quito"),
    ("Uganda's foreign minister demanded that the Congolese troops leave the border district.", "foreign minister",
     "the Congolese troops leave the border district"),
])
def test_reported_speech_is_found(text, speaker, content):
    assert any(s and s.endswith(speaker) and q == content for s, q in _quotes(text)), _quotes(text)


def test_a_denied_report_is_no_quotation_of_the_denier():
    assert _quotes("The Cuban minister denied reports that the ship had been seized.") == []


@pytest.mark.parametrize("text, speaker, content", [
    # a quotation after a colon: the clause before it names the speaker
    ('Zambian Foreign Minister Mulambo Haimbe was blunt: "The border stays shut."', "Mulambo Haimbe",
     "The border stays shut."),
    # a quotation that opens the next sentence after one whose subject is someone new
    ('"We want talks," said Malawian envoy Grace Banda.\n\nZambian Foreign Minister Mulambo Haimbe dismissed '
     'the offer. "It comes too late."', "Mulambo Haimbe", "It comes too late."),
    # the subject of the sentence before, not an earlier paragraph's speaker, is 'she'
    ('"We want talks," said Malawian envoy Peter Banda.\n\nZambia\'s foreign minister addressed reporters on '
     'Monday. "The border stays shut," she said.', "foreign minister", "The border stays shut"),
])
def test_a_speaker_the_text_introduces(text, speaker, content):
    assert any(s and s.endswith(speaker) and q == content for s, q in _quotes(text)), _quotes(text)


def test_the_same_speaker_goes_on_without_a_cue():
    quotes = _quotes('"We want talks," said Malawian envoy Grace Banda. "The war must end."')
    assert ("Grace Banda", "The war must end.") in quotes


def test_a_reported_clause_ends_before_the_speakers_next_act():
    quotes = _quotes("The Brazilian president said he had called both leaders and warned that the talks would fail.")
    assert any(q == "he had called both leaders" for _, q in quotes), quotes


@pytest.mark.parametrize("text, speaker, content", [
    # the reported clause's subject read as a conjunct (or another apposition) of the source named first
    ("According to the prosecutor's office in Vilnius, weapons and explosives were found in raids on several homes.",
     "prosecutor", "weapons and explosives were found in raids on several homes"),
    ("According to Ivan Petrov, a port official, the ship left on Monday.", "Ivan Petrov", "the ship left on Monday"),
])
def test_according_to_keeps_the_reported_clauses_subject(text, speaker, content):
    assert any(s and speaker in s and q == content for s, q in _quotes(text)), _quotes(text)


@pytest.mark.parametrize("text, speaker", [
    # a personal name the tagger labels a body or place, opening with a known first name, where a person
    # speaks or is described
    ("The junta has no intention of leaving, Malian activist Mamadou Traore said on Monday.", "Mamadou Traore"),
    ('"They fired on us," said Mamadou Diallo, a 24-year-old student who was wounded in the leg.', "Mamadou Diallo"),
])
def test_a_name_tagged_as_a_body_is_a_person_where_one_speaks(text, speaker):
    assert any(s == speaker for s, _ in _quotes(text)), _quotes(text)


@pytest.mark.parametrize("text, speaker, content", [
    # the speaker's second act, hung by the parser on the reported clause, is not part of what was said ...
    ("The Latvian interior ministry said the rally had been banned and blamed Russian agents for the unrest.",
     "Latvian interior ministry", "the rally had been banned"),
    # ... but a second participle sharing the reported perfect is ('taken', not 'took')
    ("The Iraqi army said the militants had attacked the town and taken forty hostages.", "Iraqi army",
     "the militants had attacked the town and taken forty hostages"),
    # ... after a clause of what someone has ('had'), as after one of what is ('were'), the act is the speaker's
    ("The Chilean ombudsman said two of the injured had burns and called on the police to show restraint.",
     "Chilean ombudsman", "two of the injured had burns"),
])
def test_the_speakers_next_act_is_not_the_reported_clause(text, speaker, content):
    assert any(s and s.endswith(speaker) and q == content for s, q in _quotes(text)), _quotes(text)


def test_a_that_tagged_as_an_adverb_is_no_part_of_the_reported_clause():
    found = _quotes("Kovacs said at the time that relations were entering a new phase.")
    assert [q for _, q in found] == ["relations were entering a new phase"], found


def test_a_thing_reported_on_does_not_do_the_speakers_next_act():
    result = extract("Kenya's parliament passed the finance bill on Tuesday. The teachers' union said the bill was "
                     "unfair and urged parliament to repeal it.", published="2024-06-01")
    quote = next(q for q in result.quotes if "unfair" in q.text)
    assert "urged" not in quote.text
    assert any(e.cameo.startswith("02") and e.target is not None and e.target.code == "KENLEG" for e in result.events)


def test_people_reported_on_share_the_clause_with_its_second_verb():
    result = extract("Police said the rioters had blocked the highway and attacked two officers.", published="2024-06-01")
    assert any("attacked two officers" in q.text for q in result.quotes)


@pytest.mark.parametrize("text", [
    "The Moroccan interior ministry denied the report.",
    "The Chadian president claimed victory in the election.",
])
def test_objects_of_assertion_or_denial_are_no_reported_clause(text):
    assert _quotes(text) == []


def test_words_quoted_in_a_sentence_attributed_by_according_to():
    result = extract('According to the Bahraini opposition group, the prisoners were "beaten every night" in the '
                     'jail.', published="2024-05-14")
    quoted = [q for q in result.quotes if q.kind == "direct"]
    assert [q.text for q in quoted] == ["beaten every night"], result.quotes
    assert quoted[0].cue == "according to" and "opposition" in quoted[0].speaker.name, quoted



@pytest.mark.parametrize("text, speaker, content", [
    # a reported clause whose verb alone the writer quotes is still reported speech
    ('The Nigerien army said in a statement that its troops had "neutralised" twenty attackers near Tillaberi.',
     "army", 'its troops had "neutralised" twenty attackers'),
    ('The Bolivian minister said the protesters had "hijacked" the highway to Oruro.', "minister",
     'the protesters had "hijacked" the highway'),
])
def test_a_reported_clause_with_a_scare_quoted_verb_is_reported(text, speaker, content):
    assert any(name and speaker in name and content in words for name, words in _quotes(text)), _quotes(text)


def test_a_clause_quoted_whole_stays_a_direct_quotation():
    quotes = extract('"Our troops have neutralised twenty attackers," the Nigerien army said.',
                     published="2024-05-14").quotes
    assert [q.kind for q in quotes] == ["direct"]


def test_a_headline_restates_the_body_and_gives_no_quotations():
    from dyad.quotes import headline_end

    text = ('Zambia calls Malawi border closure "hostile", trade minister says\n\n'
            'Zambia\'s trade minister said on Monday that Malawi\'s decision to close the border was "hostile" and '
            'would hurt farmers on both sides.')
    quotes = extract(text, published="2024-05-14").quotes
    assert quotes and all(q.start_char > text.index("\n") for q in quotes), quotes
    assert headline_end(text) == text.index("\n")
    assert headline_end("The minister said the border would reopen.\nMore text.") == 0  # a sentence, no headline
    assert headline_end("One line and nothing after it") == 0


@pytest.mark.parametrize("text, speaker, content", [
    # a trailing cue the parser conjoins to the clause it reports, with no 'and' between them
    ("The gunmen escaped across the river, a senior officer told Reuters on Monday.", "senior officer",
     "The gunmen escaped across the river"),
    ("Rebels took the airport and the army pulled back, a police spokesman said.", "police spokesman",
     "Rebels took the airport and the army pulled back"),
])
def test_a_trailing_cue_conjoined_to_its_clause_reports_it(text, speaker, content):
    assert (speaker, content) in _quotes(text)


def test_a_conjoined_cue_after_and_is_its_own_report():
    """'... and the minister told reporters that ...': a second clause of the narrative, not a trailing cue."""
    quotes = _quotes("Troops closed the road and the minister told reporters that the border would stay shut.")
    assert quotes == [("minister", "the border would stay shut")]


def test_a_past_act_after_a_clause_with_an_infinitive_is_the_speakers():
    result = extract("Estonian Prime Minister Kaja Tamm said the treaty would allow fishermen to return and pledged "
                     "to work with Riga against smugglers.", published="2024-06-01")
    quote = next(q for q in result.quotes if "treaty" in q.text)
    assert quote.text == "the treaty would allow fishermen to return"
    assert any(e.cameo.startswith("03") and e.source.code == "ESTGOV" and e.target is not None
               and e.target.code.startswith("LVA") for e in result.events)
