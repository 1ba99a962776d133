"""Descriptions and clauses read for what they are (dyad/actors/coreference.py _anaphor_kind, dyad/quotes/
indirect.py, verb_patterns.tsv): 'the new report', 'the 49-page report' are the report named before, whoever
issued it; a clause opened by 'as', 'while', 'after' after a cue says when, not what was said; occupying
land measured or named as land is seizing territory, not a sit-in. Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events]


def test_a_described_report_is_the_report_named_before():
    for described in ("The 60-page report", "The new report", "The detailed report"):
        text = (f"NAIROBI - Amnesty International released a report on Thursday. {described} accused Ethiopian "
                "troops of killing civilians.")
        assert ("NGO", "112", "ETHMIL") in _events(text), described


def test_a_clause_of_time_after_a_cue_is_no_quotation():
    text = ("ERBIL - Turkish air strikes killed at least 12 people in northern Iraq on Monday, Iraq's foreign "
            "ministry said, as fighting between Turkey and the PKK intensified.")
    assert not any("fighting" in q.text for q in extract(text, published=PUBLISHED).quotes)
    # (after 'that' the clause is what was said)
    quotes = extract("The minister said that as the talks began the country was ready.", published=PUBLISHED).quotes
    assert [q.text for q in quotes] == ["as the talks began the country was ready"]


def test_occupying_land_is_seizing_territory():
    assert _events("Ethiopian troops occupy 300 square kilometres of Sudanese territory.") == [("ETHMIL", "192", "SDN")]
    assert [code for _, code, _ in _events("Protesters occupied the main square of Yerevan.")] == ["144"]
