"""Cue complements ('described X as Y', 'called X Y', 'urged X to V'), interposed and inverted cues ('The
talks, he said, would begin'), and 'according to' an unknown name."""

import datetime as dt

import pytest

from dyad.actors import resolve_actors
from dyad.codebooks import DictionaryError, verb_lexicon
from dyad.nlp import quoted_ranges
from dyad.quotes import QuoteFinder, quotations
from dyad.quotes.complements import cue_complements


def _quotes(nlp, text, complements=None):
    doc = nlp(text)
    quoted = quoted_ranges(text)
    index = resolve_actors(doc, published=dt.date(2024, 3, 1), quoted=quoted)
    cues = verb_lexicon().speech_cues
    finder = QuoteFinder(doc, index, quoted, cues, text, complements=complements)
    return quotations(doc, index, quoted=quoted, cues=cues, finder=finder)


def _one(found, words):
    hits = [q for q in found if words in q.text]
    assert hits, [q.text for q in found]
    return hits[0]


@pytest.fixture(scope="module")
def all_frames(tmp_path_factory):
    """A table with the frames the packaged one leaves out (measured on the news gold, kept for corpora
    that count naming and appeals as attributed speech)."""
    path = tmp_path_factory.mktemp("cues") / "complements.tsv"
    path.write_text("lemma\tframe\ndescribe\tX as Y\ncall\tX Y\nbrand\tX Y\nurge\tX to V\nask\tX to V\n"
                    "call\ton X to V\nappeal\tto X to V\n", encoding="utf-8")
    return cue_complements(path)


def test_described_as_is_the_speakers_evaluation(nlp):
    found = _quotes(nlp, "President Tomas Lindqvist described the new fishing quotas as a provocation against "
                         "Swedish harbours.")
    quote = _one(found, "fishing quotas")
    assert quote.text == "the new fishing quotas as a provocation against Swedish harbours"
    assert quote.speaker.name == "Tomas Lindqvist" and quote.kind == "indirect" and quote.cue == "described"


def test_a_description_that_identifies_and_does_not_judge_is_no_quotation(nlp):
    assert _quotes(nlp, "The hotel staff described the visitors as students from Accra.") == []


def test_a_quoted_label_is_no_indirect_quotation(nlp):
    """'as "a whitewash"' is the quotation marks' business (a scare quote there), not a reported clause."""
    found = _quotes(nlp, 'Senator Ruth Okonjo described the audit as "a whitewash".')
    assert not [q for q in found if q.kind == "indirect"]


def test_called_x_y_names_the_evaluation(nlp):
    found = _quotes(nlp, "Foreign Minister Rosa Vidal of Chile called the border closure a grave mistake.")
    quote = _one(found, "border closure")
    assert quote.text == "the border closure a grave mistake" and quote.speaker.name == "Rosa Vidal"


@pytest.mark.parametrize("text", ["The union called a general strike Monday.",
                                  "The president called snap elections last week.",
                                  "Officials called the meeting off."])
def test_calling_a_strike_or_a_date_names_nothing(nlp, all_frames, text):
    assert _quotes(nlp, text, complements=all_frames) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Prime Minister Ana Costa urged Portugal to reopen the fishing talks.", "Ana Costa",
     "to reopen the fishing talks"),
    ("The Kenyan government called on Uganda to withdraw its troops from the border.", "Kenyan government",
     "to withdraw its troops from the border"),
    ("The Red Cross appealed to both militias to lay down their arms.", "Red Cross",
     "to lay down their arms"),
])
def test_an_appeal_reports_the_infinitive_clause(nlp, all_frames, text, speaker, content):
    quote = _one(_quotes(nlp, text, complements=all_frames), content)
    assert quote.text == content and speaker in quote.speaker.name


@pytest.mark.parametrize("text", ["The envoy asked not to be named.", "Residents were asked to leave the building."])
def test_an_appeal_needs_an_addressee_and_an_active_speaker(nlp, all_frames, text):
    assert _quotes(nlp, text, complements=all_frames) == []


def test_the_packaged_table_leaves_appeals_out(nlp):
    assert _quotes(nlp, "Prime Minister Ana Costa urged Portugal to reopen the fishing talks.") == []


def test_a_bad_frame_is_reported_with_its_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("lemma\tframe\nurge\tX into V\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="bad.tsv:2: frame"):
        cue_complements(path)


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Ana Souto spoke in Braga on Monday. The ring road, she said, will open in May.", "Ana Souto"),
    ("The ring road, Mayor Ana Souto said, will open in May.", "Ana Souto"),
    ("The ring road, said Mayor Ana Souto, will open in May.", "Ana Souto"),
    ("The ring road, the Portuguese government says, will open in May.", "Portuguese government"),
])
def test_an_interposed_cue_reports_the_clause_around_it(nlp, text, speaker):
    quote = _one(_quotes(nlp, text), "will open in May")
    assert quote.text.startswith("The ring road") and quote.text.endswith("will open in May")
    assert speaker in quote.speaker.name and quote.kind == "indirect"


def test_a_fronted_subject_hung_on_the_cue_stays_in_the_clause(nlp):
    quote = _one(_quotes(nlp, "Their envoys, officials said on Tuesday, would meet in Nairobi."), "Nairobi")
    assert quote.text.startswith("Their envoys") and "officials" in quote.speaker.name.lower()


def test_according_to_inside_a_clause_keeps_both_sides(nlp):
    quote = _one(_quotes(nlp, "The delegation, according to Elena Morales, will arrive in Quito on Tuesday."),
                 "arrive in Quito")
    assert quote.text.startswith("The delegation") and quote.speaker.name == "Elena Morales"


@pytest.mark.parametrize("text, speaker, content", [
    ("According to Halvorsen Maritime Consulting, the tanker left port without clearance.",
     "Halvorsen Maritime Consulting", "the tanker left port without clearance"),
    ("The convoy reached Bukavu on Sunday, according to Kivu Relief Network.", "Kivu Relief Network",
     "The convoy reached Bukavu on Sunday"),
])
def test_according_to_an_unknown_organisation_keeps_the_quotation(nlp, text, speaker, content):
    quote = _one(_quotes(nlp, text), content)
    assert quote.speaker.name == speaker and quote.speaker.actor_id is None and quote.speaker.code == "UNK"


def test_according_to_a_study_names_its_author_or_no_one(nlp):
    (quote,) = _quotes(nlp, "Grain prices rose sharply, according to a study by the University of Tromso.")
    assert "University" in quote.speaker.name and quote.text == "Grain prices rose sharply"
    assert _quotes(nlp, "Grain prices rose sharply, according to a recent study.") == []


def test_an_interposed_cue_continues_the_same_speakers_report_before_it(nlp):
    text = "Bankers in Lima said copper exports had slowed; most smelters, they added, will close by June."
    (quote,) = _quotes(nlp, text)
    assert quote.text == "copper exports had slowed; most smelters, they added, will close by June"
    assert "Bankers" in quote.speaker.name


def test_an_interposed_cue_in_the_next_sentence_is_a_quotation_of_its_own(nlp):
    text = "Bankers in Lima said copper exports had slowed. Most smelters, they added, will close by June."
    found = _quotes(nlp, text)
    assert [q.text for q in found] == ["copper exports had slowed", "Most smelters, they added, will close by June"]
    assert all("Bankers" in q.speaker.name for q in found)


@pytest.mark.parametrize("text, words, speaker", [
    # the attribution frame right after a quoted clause makes any verb its cue (manner verbs no list holds)
    ('"The border will stay shut," the Moldovan interior minister fumed.', "border will stay shut", "MDAGOV"),
    ('"We have nothing to hide," snapped the Slovak prime minister.', "nothing to hide", "SVKGOV"),
    ('"The harvest is lost," sighed a Malawian farmer.', "harvest is lost", "MWIAGR"),
])
def test_the_frame_after_a_quoted_clause_makes_its_verb_a_cue(nlp, text, words, speaker):
    quote = _one(_quotes(nlp, text), words)
    assert quote.speaker is not None and quote.speaker.code == speaker and quote.kind == "direct"


@pytest.mark.parametrize("text", [
    '"Operation Dawn," the new offensive, began on Monday.',      # a name in marks, no clause quoted
    'The slogan "Stop the war," painted on walls, appeared overnight.',  # the verb after is no frame
])
def test_a_quoted_name_is_no_frame(nlp, text):
    assert not [q for q in _quotes(nlp, text) if q.kind == "direct"]
