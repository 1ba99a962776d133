"""A ruling no event told is the court's that gave it ('the court annulled the vote ... welcomed the ruling':
dyad/events/arguments.py _latest_court), and a challenge brought in court is against what it challenges, the
court only hears it (verb_patterns.tsv 115 'challenge|contest|fight X in court'). Sentences written for these
tests."""

import pytest

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


@pytest.mark.parametrize("text, expected", [
    ("Zambia's Constitutional Court on Friday annulled the results of the vote in two districts. The opposition "
     "welcomed the ruling.", ("ZMBOPP", "051", "ZMBJUD")),
    ("The Supreme Court of Ghana annulled the new tax law on Tuesday. Opposition lawmakers praised the verdict.",
     ("GHALEG", "051", "GHAJUD")),
])
def test_a_ruling_no_event_told_is_the_courts_that_ruled(text, expected):
    events = _events(text)
    assert expected in events, events


def test_a_ruling_with_no_court_named_is_no_ones():
    events = _events("Police in Lusaka arrested the editor. The opposition welcomed the ruling.")
    assert not any(c == "051" for _, c, _ in events), events


def test_a_challenge_in_court_is_not_against_the_court():
    events = _events("Uganda's opposition party said it would challenge the election result in court.")
    assert not any(c.startswith("115") and t and t.endswith("JUD") for _, c, t in events), events


def test_a_decision_fought_in_court_is_against_whoever_made_it():
    events = _events("Nepal's election commission deregistered the party on Sunday. The party said it would contest "
                     "the decision in court.")
    assert ("NPLGOV", "1722", "NPLPTY") in events, events
    assert ("NPLPTY", "115", "NPLGOV") in events, events
