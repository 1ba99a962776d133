"""'A spokesman for the junta, X' is the junta's man where the story just named the junta with its state, as
'a junta spokesman' is, before the state of a bureau's dateline (dyad/actors/codes.py, _body_word_country).
Sentences written for these tests."""

from dyad import extract


def _code(text, name):
    return next(a.code for a in extract(text, published="2025-04-02").actors if a.name == name)


def test_a_spokesman_for_a_body_named_before_is_of_its_state():
    text = ("BANGKOK, May 3 (Reuters) - An air strike by the Myanmar junta on a village killed 20 people, residents "
            "said.\n\nA spokesman for the junta, Kyaw Zeya, said the troops had targeted rebels.")
    assert _code(text, "Kyaw Zeya").startswith("MMR")


def test_a_capitals_dateline_still_gives_its_officials_where_no_body_is_named():
    text = ("NAIROBI, May 3 (Reuters) - Kenyan police arrested four men on Monday.\n\n"
            "A government spokesman, Isaac Mwaura, said the men would be charged.")
    assert _code(text, "Isaac Mwaura").startswith("KEN")
