"""A quoted fragment inside what a speaker is reported to say is the speaker's (dyad/quotes/cues.py): a verb of
discourse ('continue') inside the reported clause is no cue of its own, while '"...," she continued' still is;
a past verb conjoined to an infinitive of the report is the speaker's next act (dyad/quotes/content.py); one
quoted word is a quotation only as the label of a verb of naming, with the wide option (dyad/quotes/direct.py
_labelling_verb); a participle cue's subject that cannot speak (speakers._mute_subject).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-10-06"


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.kind, q.text) for q in extract(text, published=PUBLISHED).quotes]


def test_a_fragment_inside_a_reported_clause_is_the_reporters():
    quotes = _quotes("Prime Minister Mette Frederiksen spoke in Aarhus. She said Denmark would continue to back "
                     "Kyiv \"for as long as it takes.\"")
    direct = [q for q in quotes if q[1] == "direct"]
    assert direct and all(speaker == "Mette Frederiksen" for speaker, _, _ in direct)


def test_continued_after_a_quotation_is_still_its_cue():
    quotes = _quotes("Prime Minister Mette Frederiksen spoke in Aarhus. \"We will not waver,\" she continued.")
    assert ("Mette Frederiksen", "direct", "We will not waver") in quotes


def test_a_second_act_after_an_infinitive_in_the_report_is_the_speakers():
    result = extract("The Chinese foreign ministry spokesman, Lin Jian, said Manila was to blame for the collision "
                     "and called on the Philippines to stop its provocations.", published=PUBLISHED)
    appeals = [e for e in result.events if e.cameo.startswith("02")]
    assert appeals and all(e.source.code.startswith("CHN") and e.target.code.startswith("PHL") for e in appeals)
    assert all("called" not in q.text for q in result.quotes)


def _wide(text):
    return [(q.speaker.name if q.speaker else None, q.kind, q.text)
            for q in extract(text, published=PUBLISHED, wide_attribution=True).quotes]


def test_one_quoted_word_is_a_quotation_only_as_a_speakers_label_and_only_with_the_wide_option():
    label = 'Azerbaijan calls the exiled dissidents "saboteurs" and has refused talks.'
    assert _wide(label) == [("Azerbaijan", "direct", "saboteurs")] and _quotes(label) == []
    assert [text for _, _, text in _wide('The navy described the damage to its frigate as "negligible."')] == \
        ["negligible."]
    assert _wide('Brazil denounced the "referendum" held in the province.') == []   # the writer's scare quotes
    assert _wide('The minister called the "reform" a sham.') == []


def test_a_trailing_participle_cue_the_parser_hangs_on_a_thing_is_the_reporters():
    text = ("Ruto said that savings had grown steadily during the election campaign saying, \"We set out to cut "
            "waste and we have done it.\"")
    quotes = _quotes(text)
    assert ("William Ruto", "direct", "We set out to cut waste and we have done it.") in quotes
    assert {speaker for speaker, _, _ in quotes} == {"William Ruto"}


def test_a_fragment_of_what_another_will_do_in_a_report_is_the_reporters():
    quotes = _quotes('Foreign Minister Lena Moor said Tallinn would respond "with every diplomatic means."')
    assert {speaker for speaker, _, _ in quotes} == {"Lena Moor"}
