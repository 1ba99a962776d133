"""A label given in a relative clause of naming: 'in what critics called an invasion', 'a raid, which Y called an
assault', 'a case that rights groups called an attack' judge the act described, and name no act of their own
(dyad/events/evaluations.py, tokens.py naming_relative, predicates.py)."""

import pytest

from tests.coded import events


@pytest.mark.parametrize("text, expected", [
    ("Zambian police detained the editor in what rights groups called an attack on the press.",
     ("111", "NGO", "ZMBCOP")),
    ("Malian troops shelled the village in what the Burkinabe government described as a provocation.",
     ("111", "BFAGOV", "MLIMIL")),
    ("The raid by Argentine police, which the Chilean opposition called an assault on democracy, angered voters.",
     ("111", "CHLOPP", "ARGCOP")),
])
def test_a_label_in_a_relative_clause_judges_the_act_it_describes(text, expected):
    assert expected in events(text)


def test_a_label_in_a_relative_clause_is_not_the_act_it_names():
    coded = events("Police in Lahore questioned the editor of a weekly, in a case that rights groups "
                   "called an attack on press freedom.")
    assert not [e for e in coded if e[0].startswith("19")]


def test_a_relative_whose_subject_is_the_relativizer_still_does_its_act():
    coded = events("The Kenyan teachers' union, which called a strike last week, met the Ugandan government.")
    assert any(code.startswith("14") for code, _, _ in coded)
