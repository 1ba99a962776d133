"""'told a regular briefing that ...': the parser's relative clause on the occasion noun, whose 'that' it made
the object (or subject) of a verb that has one of its own, is the report, and its act is coded
(dyad/parse_repairs.py complementiser_that); a lead after a blanked dateline keeps its coordinated subject.
Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo[:3], e.target.code if e.target else None) for e in extract(text).events}


def test_a_report_told_to_a_briefing_keeps_its_act():
    assert ("TCD", "161", "FRAGOV") in _events(
        "The minister told a regular briefing that Chad had expelled the French ambassador.")
    assert ("TCD", "114", "FRAGOV") in _events(
        "The minister told a regular briefing that Chad had lodged a formal protest with the French embassy.")


def test_a_true_relative_clause_is_left_alone():
    text = "The protest that Chad lodged with the French embassy was rejected by Paris on Monday."
    assert extract(text).quotes == []  # ('that' is the relative pronoun here: no report)


def test_a_lead_after_a_blanked_dateline_keeps_its_coordinated_subject():
    """'ASMARA (Reuters) - Eritrea and Djibouti agreed ...' after a headline: the parser may cut the lead after its
    first word; a lower-case word right after a paragraph's first word continues the sentence
    (dyad/nlp.py paragraph_breaks)."""
    text = ("Eritrea and Djibouti agree to pull back troops after border clashes\n\nASMARA (Reuters) - Eritrea and "
            "Djibouti agreed on Saturday to withdraw troops from a disputed stretch of their border.")
    lead = [e for e in extract(text).events if e.start_char > text.index("ASMARA")]
    assert {(e.source.code, e.target.code if e.target else None) for e in lead} >= {("ERI", "DJI"), ("DJI", "ERI")}


def test_a_conjoined_were_after_a_plural_reported_subject_is_that_subjects():
    """'X said the officers had completed their training and were ready to deploy': 'were' agrees with the
    officers, so it is not the speaker's second act (dyad/quotes/content.py speakers_next_act)."""
    result = extract("Defence Minister Paul Ngoga said the officers had completed their training and were ready "
                     "to deploy.")
    assert not any(e.source.name == "Paul Ngoga" for e in result.events), \
        [(e.source.name, e.cameo) for e in result.events]
