"""Quotation frames (dyad/quotes/content.py, cue_complements.tsv): a content noun's that-clause under a verb
that endorses or voices it ('confirmed reports that', 'expressed hope that'); with the wide_attribution option
also rejected claims, 'made it clear that' and commitments ('vowed to V'); and where they stay silent."""

import pytest

import dyad
from dyad.codebooks import DictionaryError
from dyad.quotes.complements import cue_complements


def _quotes(text, **options):
    return dyad.extract(text, published="2025-03-10", article_id="t", **options).quotes


def _found(quotes, speaker, content):
    return any(speaker in q.speaker.name and content in q.text and q.kind == "indirect" for q in quotes)


@pytest.mark.parametrize("text, speaker, content", [
    ("The Estonian defence ministry confirmed reports that two drones had crashed near Narva.",
     "Estonian defence ministry", "two drones had crashed near Narva"),
    ("Opposition leader Tomas Varga repeated the allegation that the tender had been fixed.",
     "Tomas Varga", "the tender had been fixed"),
    ("Chilean President Gabriel Rojas expressed hope that the copper strike would end this week.",
     "Gabriel Rojas", "the copper strike would end this week"),
    ("Moroccan officials voiced concern that the drought would cut the wheat harvest by half.",
     "Moroccan officials", "the drought would cut the wheat harvest"),
])
def test_content_noun_clause_is_reported_as_the_subjects(text, speaker, content):
    assert _found(_quotes(text), speaker, content)


@pytest.mark.parametrize("text, speaker, content", [
    ("The Georgian interior ministry denied reports that protesters had been beaten in Tbilisi.",
     "Georgian interior ministry", "protesters had been beaten in Tbilisi"),
    ("Zambian Finance Minister Ruth Banda made it clear that Lusaka would not devalue the kwacha.",
     "Ruth Banda", "Lusaka would not devalue the kwacha"),
    ("The Haitian gang leader Jean Pierre vowed to block the road to the airport.",
     "Jean Pierre", "to block the road to the airport"),
    ("Serbia threatened to recall its ambassador from Zagreb.", "Serbia", "to recall its ambassador"),
])
def test_wide_frames_are_read_only_with_the_option(text, speaker, content):
    assert not _found(_quotes(text), speaker, content)
    assert _found(_quotes(text, wide_attribution=True), speaker, content)


@pytest.mark.parametrize("text", [
    "The flood threatened to cut the railway between Lahore and Multan.",   # no one undertakes anything
    "Rising fuel prices promise to make the winter hard in Kyiv.",
    "The fog made it clear that the ferry to Tallinn would be late.",       # no speaker holds a view
    "The court rejected the appeal by the former Uzbek minister.",          # no content noun, no that-clause
    "The minister expressed her thanks to the Greek rescue teams.",
    "The embassy did not confirm reports that the consul had left Minsk.",  # negated
])
def test_frames_stay_silent_without_a_speaker_or_a_proposition(text):
    assert _quotes(text, wide_attribution=True) == []


def test_frame_table_rejects_an_unknown_option(tmp_path):
    table = tmp_path / "frames.tsv"
    table.write_text("lemma\tframe\tnote\toption\nvow\tto V\t\tsometimes\n")
    with pytest.raises(DictionaryError, match="option"):
        cue_complements(table)


def test_a_states_leader_is_its_head_named_before_by_any_title():
    text = ("Hungarian Prime Minister Viktor Halasz met Austrian President Anna Leitner in Vienna.\n\n"
            "The Hungarian leader said the gas agreement would be signed in June.")
    quote = next(q for q in _quotes(text) if "gas agreement" in q.text)
    assert quote.speaker.name == "Viktor Halasz"


def test_a_leader_of_another_state_is_not_the_head_named_before():
    text = ("Austrian President Anna Leitner visited Budapest on Monday.\n\n"
            "The Hungarian leader said the gas agreement would be signed in June.")
    quote = next(q for q in _quotes(text) if "gas agreement" in q.text)
    assert "Leitner" not in quote.speaker.name


@pytest.mark.parametrize("text, speaker, content", [
    ("Lawyers for the jailed Georgian editor called the tax case against him politically motivated.",
     "Lawyers", "the tax case against him politically motivated"),
    ("A spokesman for the Chadian army dismissed the opposition figures as entirely baseless.",
     "spokesman", "the opposition figures as entirely baseless"),
    ("Kenyan President Amos Mwangi hailed the grain accord as a breakthrough.",
     "Amos Mwangi", "the grain accord as a breakthrough"),
])
def test_a_judgement_in_a_predicative_or_as_complement_is_reported(text, speaker, content):
    assert _found(_quotes(text), speaker, content)


@pytest.mark.parametrize("text", [
    "The minister described the visitors as students from Accra.",    # identifies, judges nothing
    "The club hailed the former striker as its new coach.",
    "The union called the strike off.",
])
def test_a_label_that_does_not_judge_is_no_quotation(text):
    assert _quotes(text) == []
