"""'the official' after 'a senior security official' is that official, whose state and sector it keeps
(dyad/actors/mentions.py, _earlier_role)."""

from dyad import extract

PUBLISHED = "2024-06-10"


def test_the_official_is_the_official_just_described():
    result = extract("AMMAN — A senior Jordanian security official said the smugglers had crossed from the north. "
                     "\"We hold the militias responsible,\" the official said.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["JORCOP", "JORCOP"]
