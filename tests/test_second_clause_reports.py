"""'The merger needs approval from the regulator and bankers here say the odds are poor': the parser may
read the first clause as the second verb's report and its subject as one more conjunct of the first clause's last
noun; the first clause is the main one and the second a report of its own (dyad/parse_repairs.py
coordinated_clauses). A list that is the verb's own subject stays so. Sentences written for these tests."""

from dyad import extract


def test_a_second_clause_of_saying_is_a_report_of_its_own():
    for text, speaker, said in (
            ("The merger needs approval from the regulator and bankers here say the odds are poor.",
             "bankers", "the odds are poor"),
            ("The pipeline needs a permit from the province and engineers there say the delay could last a year.",
             "engineers", "the delay could last a year")):
        quotes = extract(text).quotes
        assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == [(speaker, said)], text


def test_a_listed_subject_after_a_semicolon_stays_the_verbs_subject():
    text = ("Fighters overran Mongo on Sunday. The toll on property was grave; stalls, schools, and granaries were "
            "deliberately destroyed, and cattle were stolen.")
    destroyed = [e for e in extract(text).events if e.verb == "destroyed"]
    assert destroyed and all(e.target is not None and e.target.code == "TCDEDU" for e in destroyed), destroyed


def test_a_report_made_before_a_body_hangs_on_its_verb():
    """'testified before the committee that ...': the parser hangs the that-clause on the body addressed inside the
    cue's phrase (dyad/quotes/indirect.py _misattached_clause: a gathering or body of AUDIENCE_WORDS)."""
    quotes = extract("The central bank governor testified before the budget committee that prices had peaked.").quotes
    assert [q.text for q in quotes] == ["prices had peaked"]
    assert extract("The minister spoke to the committee that had summoned him.").quotes == []
