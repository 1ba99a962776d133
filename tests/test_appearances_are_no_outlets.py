"""A medium named only as the kind of an appearance ('said in a radio interview', 'a television address') relays
nothing: no outlet is credited; 'told state television' still names one (dyad/quotes/outlets.py)."""

from dyad import extract

PUBLISHED = "2024-06-10"


def test_the_kind_of_an_interview_is_no_outlet():
    result = extract("The Bolivian minister said in a television interview that talks with Chile would resume.",
                     published=PUBLISHED)
    assert [q.according_to for q in result.quotes] == [None]


def test_a_named_broadcaster_is_still_credited():
    result = extract("The Bolivian minister told state television that talks with Chile would resume.",
                     published=PUBLISHED)
    assert [q.according_to for q in result.quotes] == ["state television"]
