"""dyad.counts on short real sentences."""

import pytest

from dyad.counts import counts, number_value


@pytest.mark.parametrize("text, expected", [
    ("The March 3 raids by the militia killed at least 1,250 Chileans and wounded more than 3,700.",
     [("kill", 1250, "at least"), ("wound", 3700, "more than")]),
    ("Six U.S. citizens were arrested in Ghana.", [("arrest", 6, None)]),
    ("At least 25 people were killed and 40 wounded in the blast.", [("kill", 25, "at least"), ("wound", 40, None)]),
    ("The death toll rose to 132.", [("kill", 132, None)]),
    ("Nearly 300,000 people have fled their homes.", [("displace", 300000, "nearly")]),
    ("The bombing killed three soldiers.", [("kill", 3, None)]),
])
def test_counts_finds_casualty_figures(nlp, text, expected):
    found = [(c.kind, c.number, c.qualifier) for c in counts(nlp(text))]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Some 2,000 people marched in the capital.",
    "He paid $40 million for 20 tanks.",
    "The launching of thousands of shells at Peru began on March 3.",
    "In 2008, the council met 12 times.",
])
def test_counts_ignores_non_casualty_numbers(nlp, text):
    assert list(counts(nlp(text))) == []


def test_counts_offsets_point_at_the_figure(nlp):
    text = "Police detained 12 protesters on Sunday."
    (count,) = counts(nlp(text))
    assert text[count.start_char:count.end_char] == count.text == "detained 12 protesters"


@pytest.mark.parametrize("words, value", [
    (["1,400"], 1400), (["4.5", "million"], 4500000), (["twenty", "-", "six"], 26), (["six"], 6), (["dozen"], 12),
])
def test_counts_number_value(words, value):
    assert number_value(words) == value


@pytest.mark.parametrize("text, expected", [
    ("The raids left a total of 87 people dead and over 12,000 forcibly displaced, according to the survey.",
     [("kill", 87), ("displace", 12000)]),
    ("The death toll has climbed to about 1,300 and the number of homeless has swelled to more than 250,000.",
     [("kill", 1300), ("displace", 250000)]),
    ("Over 420 were hurt in the shelling.", [("wound", 420)]),
    ("Nearly the whole population of 8,900 was displaced.", [("displace", 8900)]),
])
def test_counts_coordinated_and_prepositional_figures(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected
