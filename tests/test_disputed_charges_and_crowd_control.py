"""A charge the other side disputes ('..., a charge X denies') leaves the accusation the sentence's main
clause, not the denier's words (dyad/parse_repairs.py, disputed_charges); police means of dispersing a crowd
named by their South-Asian verbs ('burst tear-gas shells', 'resorted to a lathi-charge') are repression
(CAMEO 175; verb_patterns.tsv). Sentences written for these tests."""

import pytest

from dyad import extract
from tests.coded import events

PUBLISHED = "2025-10-02"


@pytest.mark.parametrize("text, accusation", [
    ("Baku has accused Yerevan of shelling villages in the Tovuz district, a charge Armenia denies.",
     ("112", "AZEGOV", "ARMGOV")),
    ("Niger accused Benin of hosting French troops, a charge Cotonou denies.", ("112", "NER", "BEN")),
    ("Eritrea has accused Ethiopia of massing troops on the border, a claim Addis Ababa has rejected.",
     ("112", "ERI", "ETH")),
])
def test_a_disputed_charge_is_still_the_accusers_act(text, accusation):
    assert accusation in events(text)


def test_the_accusation_is_not_quoted_as_the_deniers_words():
    result = extract("Baku has accused Yerevan of shelling villages in the Tovuz district, a charge Armenia denies.",
                     published=PUBLISHED)
    assert not any(q.speaker is not None and q.speaker.country == "ARM" and "accused" in q.text
                   for q in result.quotes)


@pytest.mark.parametrize("text, expected", [
    ("Police burst tear gas shells on the students marching in Rawalpindi.", ("175", "PAKCOP")),
    ("Police resorted to a lathi-charge to disperse the crowd in Kanpur.", ("175", "INDCOP")),
])
def test_south_asian_crowd_control_is_repression(text, expected):
    assert any((code, source) == expected for code, source, _ in events(text))
