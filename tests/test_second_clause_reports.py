"""'A two-thirds vote is needed to override the veto and diplomats here say the odds look slim': the parser may
read the first clause as the second verb's report and its subject as one more conjunct of the first clause's last
noun; the first clause is the main one and the second a report of its own (dyad/parse_repairs.py
coordinated_clauses). A list that is the verb's own subject stays so. Sentences written for these tests."""

from dyad import extract


def test_a_second_clause_of_saying_is_a_report_of_its_own():
    for text, speaker, said in (
            ("Both houses must approve the budget and officials here say the chances of that appear nil.",
             "officials", "the chances of that appear nil"),
            ("Two-thirds of the senators would have to vote against the deal and aides here say the odds of that "
             "look remote.", "aides", "the odds of that look remote")):
        quotes = extract(text).quotes
        assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == [(speaker, said)], text


def test_a_listed_subject_after_a_semicolon_stays_the_verbs_subject():
    text = ("Rebels attacked the town of Kutum. Harm to farmland was severe; barns, schools, and clinics were "
            "systematically destroyed, looted, or set on fire, grain stores were burned, and cattle were stolen.")
    destroyed = [e for e in extract(text).events if e.verb == "destroyed"]
    assert destroyed and all(e.target is not None and e.target.code == "SDNEDU" for e in destroyed), destroyed


def test_a_report_made_before_a_body_hangs_on_its_verb():
    """'testified before the committee that ...': the parser hangs the that-clause on the body addressed inside the
    cue's phrase (dyad/quotes/indirect.py _misattached_clause: a gathering or body of AUDIENCE_WORDS)."""
    quotes = extract("The central bank governor testified before the budget committee that prices had peaked.").quotes
    assert [q.text for q in quotes] == ["prices had peaked"]
    assert extract("The minister spoke to the committee that had summoned him.").quotes == []
