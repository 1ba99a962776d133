"""dyad.counts on short real sentences."""

import pytest

from dyad.counts import counts, number_value


@pytest.mark.parametrize("text, expected", [
    ("The October 7 attacks by Hamas killed at least 1,400 Israelis and wounded more than 4,500.",
     [("kill", 1400, "at least"), ("wound", 4500, "more than")]),
    ("Six U.S. citizens were arrested in Bahrain.", [("arrest", 6, None)]),
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
    "The firing of thousands of rockets at Israel began on October 7.",
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
    ("The attacks left a total of 115 people dead and over 30,000 forcibly displaced, according to the report.",
     [("kill", 115), ("displace", 30000)]),
    ("The death toll has risen to about 1,000 and the number of homeless has grown to more than 300,000.",
     [("kill", 1000), ("displace", 300000)]),
    ("Over 500 were hurt in the attacks.", [("wound", 500)]),
    ("Nearly the entire population of 10,600 was displaced.", [("displace", 10600)]),
])
def test_counts_coordinated_and_prepositional_figures(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected
