"""A known verb whose object matches none of its rows: the row marked ``fallback`` in verb_patterns.tsv
gives the verb's own code when the object is a person or an actor (as force verbs fall back to their
root's general code)."""

import pytest

from dyad import extract
from dyad.codebooks import read_verb_patterns, verb_lexicon


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events}


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan government resettled Somali families in Garissa.", ("KENGOV", "075", "SOM")),
    ("The Ghanaian president entertained the Togolese minister.", ("GHAGOV", "043", "TGOGOV")),
])
def test_fallback_row_codes_an_unlisted_person_object(text, expected):
    assert expected in _codes(text)


def test_fallback_needs_a_person_or_actor():
    assert not any(code == "075" for _, code, _ in _codes("The Kenyan government housed the new archive in Nairobi."))


def test_fallback_column_is_read_and_checked(tmp_path):
    assert any(p.fallback for p in verb_lexicon().for_lemma("resettle"))
    path = tmp_path / "p.tsv"
    path.write_text("code\tverb\tparticle\tobject\tprep\tprep_object\ttarget\tnote\tfallback\n"
                    "075\thouse\t\trefugee\t\t\t\thouse refugees\tmaybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match="fallback"):
        read_verb_patterns(path)
