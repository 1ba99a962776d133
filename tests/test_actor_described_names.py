"""A country word that ends a capitalised name described by a common noun is part of that name."""

from dyad import extract


def _actors(text):
    return {a.name: a.code for a in extract(text, published="2012-01-01").actors}


def test_a_described_name_ending_in_a_country_word_is_no_state():
    actors = _actors("Police detained two members of the rights group Witness Kenya in Nairobi.")
    assert "Kenya" not in actors and "KEN" not in actors.values()


def test_a_country_after_its_own_name_or_a_title_is_still_the_state():
    assert _actors("Police in Kenya detained two activists.")["Kenya"] == "KEN"
    assert _actors("The Republic of Kenya protested.").get("Kenya") == "KEN"
