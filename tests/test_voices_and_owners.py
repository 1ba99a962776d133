"""Whose voice and whose act (dyad/actors/coreference.py, anaphors.tsv, dyad/events/arguments.py governed,
dyad/quotes/indirect.py): one who speaks for a person ('his spokesman') is of that person's side; 'the
society', 'the association' refer only to a body so named; a party that judges 'the programme' or 'the law'
holds its government to account; names from the Phoenix dictionaries are written as news writes them; the
time of saying is no part of what was said. Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _result(text):
    return extract(text, published=PUBLISHED)


def test_a_persons_spokesman_is_of_that_persons_side():
    result = _result("HARARE - Opposition leader Nelson Chamisa called the vote a sham. His spokesman, Ostallos "
                     "Siziba, later told reporters that the party would go to court.")
    assert {a.name: a.code for a in result.actors}["Ostallos Siziba"] == "ZWEOPP"


def test_the_society_is_the_body_of_that_name():
    result = _result("ACCRA - The Ghana Bar Society has challenged the new levy in court.\n\n\"It is unfair to "
                     "workers,\" said Ama Mensah, the society's president.")
    codes = {a.name: a.code for a in result.actors}
    assert codes["Ama Mensah"] == codes["Ghana Bar Society"]
    assert not codes["Ama Mensah"].endswith("GOV")


def test_a_party_that_judges_a_programme_or_a_law_judges_its_government():
    result = _result("LUSAKA - The government launched a farm subsidy programme last year.\n\nOpposition leader "
                     "Hakainde Mwila called the programme a betrayal of farmers.")
    assert [(e.source.code, e.cameo, e.target.code) for e in result.events] == [("ZMBOPP", "111", "ZMBGOV")]
    result = _result("PRETORIA - Parliament passed the mining bill last month.\n\nFreedom Party leader Thabo "
                     "Nkosi said the law was unconstitutional.")
    assert [(e.source.code, e.cameo, e.target.code) for e in result.events] == [("ZAFPTY", "111", "ZAFGOV")]


def test_phoenix_names_keep_their_acronyms_and_small_words():
    result = _result("In a post on Monday, the US secretary of state said Washington would boycott the summit.")
    names = [a.name for a in result.actors]
    assert "US Secretary of State" in names


def test_the_time_of_saying_is_no_part_of_what_was_said():
    result = _result("The union said on Wednesday it would strike. The minister told reporters on Friday the "
                     "talks had failed. The mayor said that on Monday the road had been closed.")
    assert [q.text for q in result.quotes] == ["it would strike", "the talks had failed",
                                               "on Monday the road had been closed"]


def test_a_lead_subject_by_office_named_in_the_next_sentences_quotation_is_one_person():
    # (the tagger reads the name after the quotation as a title, WORK_OF_ART)
    text = ("DAKAR - Senegal's new prime minister accused the previous government of hiding debts, in a speech on "
            "Thursday.\n\n\"The figures we inherited were false,\" Ousmane Diallo told lawmakers.")
    result = extract(text, published=PUBLISHED)
    assert [(q.speaker.name, q.speaker.code) for q in result.quotes] == [("Ousmane Diallo", "SENGOV")]
    assert [(e.source.name, e.cameo) for e in result.events][:1] == [("Ousmane Diallo", "112")]


def test_an_international_bodys_officer_for_a_state_is_the_bodys():
    result = _result("DAKAR - The International Monetary Fund said it was reviewing the data. In a statement, the "
                     "fund's mission chief for Senegal said talks would resume once the audit was complete.")
    assert [q.speaker.code for q in result.quotes] == ["IGOIMF", "IGOIMFGOV"]
