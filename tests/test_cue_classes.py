"""Cue classes gated by their construction (dyad/quotes/gates.py): beliefs of a third party, findings of a
document or inquiry, stance verbs with a marked clause; and the sentences where they must stay silent."""

import pytest

import dyad


def _quotes(text):
    return dyad.extract(text, published="2025-03-10", article_id="t").quotes


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Kenyan officials suspect that smugglers used the northern route to move the weapons.",
     "suspect", "Kenyan officials", "smugglers used the northern route"),
    ("Brazilian diplomats estimate that 4,000 citizens remain in the conflict zone.",
     "estimate", "Brazilian diplomats", "4,000 citizens remain"),
    ("The Chilean government assumes that copper exports will recover next quarter.",
     "assumes", "Chilean government", "copper exports will recover"),
    ("European Union officials reckon the talks with Serbia could resume in the spring.",
     "reckon", "European Union officials", "the talks with Serbia could resume"),
    ("Opposition leader Rafael Ortiz doubts that the electoral commission can count the ballots in time.",
     "doubts", "Rafael Ortiz", "the electoral commission can count"),
    # records and their media
    ("The ministry's shipping records show that the grain never left the port of Odesa.",
     "show", "ministry", "the grain never left the port"),
    ("Security camera footage showed that the convoy crossed into Chad before dawn.",
     "showed", "footage", "the convoy crossed into Chad"),
    # bodies and people whose office is to find facts
    ("A parliamentary committee found that the Maltese police had ignored repeated warnings.",
     "found", "committee", "the Maltese police had ignored"),
    ("Auditors found that the Zambian ministry had overspent its budget by a third.",
     "found", "Auditors", "the Zambian ministry had overspent"),
    # a court's ruling declares its judgment
    ("The Constitutional Court of Colombia ruled that the referendum could go ahead in March.",
     "ruled", "Constitutional Court", "the referendum could go ahead"),
])
def test_a_gated_cue_in_its_construction_is_reported(text, cue, speaker, content):
    """Beliefs of a third party; findings of records and of fact-finding bodies; rulings of a court."""
    quote = next(q for q in _quotes(text) if q.cue == cue)
    assert speaker in quote.speaker.name and content in quote.text and quote.kind == "indirect"


@pytest.mark.parametrize("text, speaker, content", [
    ("A United Nations report found that child malnutrition had doubled in northern Yemen.",
     "United Nations", "child malnutrition had doubled"),
    ("A survey by the Pew Research Center showed that most Germans oppose the new pipeline.",
     "Pew Research Center", "most Germans oppose the new pipeline"),
    ("The World Bank study found that remittances to Nepal rose by a fifth last year.",
     "World Bank", "remittances to Nepal rose"),
    ("A poll published on Monday showed that support for the Peruvian president had fallen to 18 percent.",
     "poll", "support for the Peruvian president had fallen"),
])
def test_finding_of_a_document_is_reported_with_its_author(text, speaker, content):
    quote = next(q for q in _quotes(text) if q.cue in ("found", "showed"))
    assert speaker in quote.speaker.name and content in quote.text


def test_a_ruling_on_an_act_is_no_criticism_of_its_author():
    """The bench pronounces the arrest unlawful; that is its judgment, not the court attacking the police."""
    result = dyad.extract("A court in Lusaka ruled that the detention of the Zambian opposition leader by police "
                          "was unlawful.", published="2025-03-10")
    assert [q.cue for q in result.quotes] == ["ruled"]
    assert not any(e.cameo_root == "11" for e in result.events), [(e.cameo, e.source.code) for e in result.events]


def test_stance_verb_with_a_marked_clause_is_reported():
    quote = next(q for q in _quotes("Egyptian officials questioned whether the dam on the Blue Nile was safe.")
                 if q.cue == "questioned")
    assert quote.speaker.name == "Egyptian officials" and "the dam on the Blue Nile was safe" in quote.text


@pytest.mark.parametrize("text", [
    "Few people expect the weather to improve this week.",           # an expected event, no proposition
    "Does anyone really think the ceasefire in Sudan will hold?",    # a question
    "The minister did not believe the figures were accurate.",       # negated
    "I suspect the ferry to Zanzibar will be late again.",           # the writer's own belief
    "Farmers in Ghana fear what the drought could mean for the harvest.",  # an open question, no proposition
    "Police in Quito found that the door had been forced.",          # 'found' with no document as subject
    "The hikers found that the bridge over the gorge had collapsed.",  # anyone finding something out
    "The Supreme Court of Ghana ruled out a recount.",               # 'rule out' is a refusal, no report
    "The Danish fleet left port early, fearing the storm would close the strait.",  # a motive, not a report
])
def test_gated_classes_stay_silent_outside_their_construction(text):
    assert _quotes(text) == []


def test_belief_inside_a_quotation_is_no_second_quotation():
    quotes = _quotes('"I believe we can win this," the coach told his players.')
    assert [q.cue for q in quotes] == ["told"]


def test_finding_verb_does_not_take_a_direct_quotation_from_its_speaker():
    quotes = _quotes('The census showed a fall in births. "We are worried," said Health Minister Ana Lopes.')
    assert [(q.cue, q.kind) for q in quotes] == [("said", "direct")]


@pytest.mark.parametrize("text", [
    "A Kenyan police spokesman declined to say whether the suspects had been charged.",
    "The Thai foreign ministry would not say how many diplomats had been expelled.",
    "The Chilean minister did not say when the mine would reopen.",
    "The spokeswoman refused to say if the envoy had been summoned.",
])
def test_a_question_the_speaker_would_not_answer_is_no_quotation(text):
    assert _quotes(text) == []


@pytest.mark.parametrize("text, content", [
    ('Asked whether the garrison would be withdrawn, the Estonian minister replied: "Not this year."', "Not this year."),
    ("When asked if Latvia would close the crossing, the interior minister said that no decision had been made.",
     "no decision had been made"),
])
def test_a_question_put_to_the_speaker_is_not_the_speakers_claim(text, content):
    # the asker's question is no one's claim; the answer is the speaker's
    found = [q.text for q in _quotes(text)]
    assert found == [content], found


def test_an_answered_or_asked_question_is_still_reported():
    assert _quotes("The Chilean minister said when the mine would reopen.")
    assert _quotes("The opposition asked whether the mine would reopen.")


def test_a_gated_cue_outside_its_construction_accuses_no_one():
    """'ruled' as the participle of a state's description (the parser hangs the main verb on it as a clause) is
    no ruling: its unmarked 'clause' reports nothing, so no accusation from the militia."""
    result = dyad.extract("Militia ruled Tripoli has been training the Chadian rebels according to a dossier "
                          "handed to the Egyptian embassy.", published="2025-03-10")
    assert not any(e.cameo_root == "11" for e in result.events), [(e.cameo, e.source.code) for e in result.events]
    assert any(e.cameo == "062" for e in result.events)
