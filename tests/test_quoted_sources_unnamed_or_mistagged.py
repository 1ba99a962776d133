"""Quotation speakers the tagger mislabels beside quotation marks, anonymous sources named after 'according to', and
what speakers say of causes and courts (dyad/quotes/speakers.py NAMED_SPEAKER_LABELS; dyad/quotes/indirect.py
ANONYMOUS_SOURCES, _phrase_end; dyad/events/coder.py fought_for_a_cause; dyad/actors/mentions.py _spanning_prefix).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-02-11"


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.kind, q.text) for q in extract(text, published=PUBLISHED).quotes]


def test_a_name_read_as_a_works_title_beside_the_quote_is_still_the_speaker():
    quotes = _quotes('"We cannot allow prices to spiral out of control," Olayemi Cardoso told lawmakers on Tuesday.')
    assert [(speaker, kind) for speaker, kind, _ in quotes] == [("Olayemi Cardoso", "direct")]


def test_an_anonymous_source_after_according_to_is_a_speaker():
    quotes = _quotes("According to a person familiar with the negotiations, the two sides are close to a deal.")
    assert quotes == [("a person familiar with the negotiations", "indirect", "the two sides are close to a deal")]
    quotes = _quotes("The two sides are close to a deal, according to sources close to the mediators.")
    assert [speaker for speaker, _, _ in quotes] == ["sources close to the mediators"]


def test_a_relative_clause_on_the_source_is_no_part_of_what_it_said():
    quotes = _quotes("According to a diplomat familiar with the talks, who spoke on condition of anonymity, the "
                     "ceasefire will be extended.")
    assert [text for _, _, text in quotes] == ["the ceasefire will be extended"]


def test_fighting_for_a_cause_is_no_force():
    result = extract('"I came back to fight for the people," the opposition leader said in Maputo.',
                     published=PUBLISHED)
    assert not [e for e in result.events if e.cameo_root in ("18", "19", "20")]
    result = extract("Rebels have been fighting the army for control of the town since March.", published=PUBLISHED)
    assert [e.cameo_root for e in result.events] == ["19"]


def test_a_state_word_after_a_spanning_prefix_is_no_state():
    result = extract("The opposition leader said he would appeal to the Inter-American Court of Human Rights.",
                     published=PUBLISHED)
    assert not [a for a in result.actors if a.country == "USA"]


def test_a_participle_cue_after_a_reported_conjunct_is_the_speakers():
    quotes = _quotes("Finnish Foreign Minister Elina Valtonen said Helsinki respected Sweden's position and hoped to "
                     "maintain close ties, adding that border controls would not be affected.")
    assert [(speaker, text) for speaker, _, text in quotes if text.startswith("border")] == \
        [("Elina Valtonen", "border controls would not be affected")]


def test_an_adjective_weighing_a_label_is_no_judgement_of_its_own():
    result = extract("Rabat described the Dutch decision as a historic betrayal.", published=PUBLISHED)
    assert sorted(e.cameo for e in result.events) == ["111"]


def test_a_body_named_by_its_building_is_not_the_police():
    result = extract("Dozens of inmates escaped from a prison in Port Moresby overnight, the national police said.",
                     published=PUBLISHED)
    assert [q.speaker.name for q in result.quotes] == ["national police"]


def test_an_act_inside_what_a_speaker_calls_something_is_no_act():
    result = extract("Minsk called the detention part of a campaign of repression against journalists.",
                     published=PUBLISHED)
    assert not [e for e in result.events if e.cameo_root == "17"]


def test_the_grounds_of_an_arrest_name_no_party():
    result = extract("Georgia's security service said it had detained a senior official of the ruling party on "
                     "suspicion of spying for Russia.", published=PUBLISHED)
    assert [e.target.code[:3] for e in result.events if e.cameo == "173"] == ["GEO"]


def test_each_side_accusing_the_other_are_the_two_sides_just_told():
    result = extract("Thai and Cambodian troops exchanged fire along the border on Thursday, killing a Cambodian "
                     "soldier. Each side accused the other of opening fire first.", published=PUBLISHED)
    accused = sorted((e.source.code[:3], e.target.code[:3]) for e in result.events if e.cameo == "112")
    assert accused == [("KHM", "THA"), ("THA", "KHM")]
