"""Words quoted inside a clause of characterising, judging, advising or promising are the subject's, a direct
quotation with no verb of saying ('denounced the levy as "theft"'); quoted names in other clauses are no one's
(dyad/quotes/direct.py _chosen_words; word_classes.tsv @characterising). Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.kind, q.text) for q in extract(text, published=PUBLISHED).quotes]


def test_a_judgement_in_quotation_marks_is_the_judges_words():
    assert _quotes('The Malian junta denounced the sanctions as "illegal and inhumane".') == \
        [("Malian junta", "direct", "illegal and inhumane")]
    assert _quotes('Critics have branded the law a "charter for censorship".') == \
        [("Critics", "direct", "charter for censorship")]


def test_a_conjoined_verb_takes_the_first_verbs_subject():
    assert _quotes('The opposition rejected the budget and dismissed it as "a gift to the rich".') == \
        [("opposition", "direct", "a gift to the rich")]


def test_praise_and_what_it_condemned_quote_the_subject():
    assert _quotes('The minister praised the police for their "swift and brave response" to the attack.') == \
        [("minister", "direct", "swift and brave response")]
    assert _quotes('Pakistan\'s foreign office condemned what it saw as "unprovoked firing" by Indian troops.') == \
        [("foreign office", "direct", "unprovoked firing")]


def test_quoted_names_in_other_clauses_are_no_quotation():
    assert _quotes('The so-called "peace plan" was rejected by both sides.') == []
    assert _quotes('The rebels attacked the "Blue Line" checkpoint near the border.') == []


def test_a_participle_of_judging_quotes_its_issuer_or_its_clauses_subject():
    assert _quotes('The Kenyan ministry issued a statement rejecting the "politically motivated claims" of the '
                   'opposition.') == [("Kenyan ministry", "direct", "politically motivated claims")]
    assert _quotes('The Peruvian government hit back on Monday, denouncing the "reckless interference" of its '
                   'neighbour.') == [("Peruvian government", "direct", "reckless interference")]


def test_words_voiced_or_expressed_are_the_subjects():
    assert _quotes('The Danish prime minister voiced "grave concern" over the detentions.') == \
        [("Danish prime minister", "direct", "grave concern")]


def test_a_relative_clause_of_judging_quotes_its_own_subject_not_the_sentences_cue():
    quotes = _quotes('Kenya accused Uganda of arming the rebels, a charge that Kampala dismissed as '
                     '"a shameless lie".')
    assert [(kind, text) for _, kind, text in quotes] == [("direct", "a shameless lie")]
    assert quotes[0][0] != "Kenya"
