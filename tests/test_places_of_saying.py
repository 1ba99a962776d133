"""Where a statement is made is not where what it tells happened: 'told reporters in Paris that gunmen had
killed villagers' gives the gunmen and villagers no French state, and the story no French setting
(dyad/actors/codes.py, _where_said). Sentences written for these tests."""

import pytest

from dyad import extract


@pytest.mark.parametrize("text", [
    "Niger's interior minister told reporters in Paris on Monday that gunmen had killed 12 villagers.",
    "Niger's interior minister said in Paris on Monday that gunmen had killed 12 villagers near the border.",
    "Speaking to reporters in Paris on Monday, Niger's interior minister said gunmen had killed 12 villagers.",
])
def test_the_place_of_a_statement_gives_no_state_to_its_unnamed_actors(text):
    codes = {a.name: a.code for a in extract(text, published="2025-02-10").actors}
    assert codes["gunmen"].startswith("NER") and codes["villagers"].startswith("NER")


def test_a_place_where_the_act_happens_still_places_them():
    codes = {a.name: a.code for a in extract("Gunmen killed 12 villagers in Mopti on Monday, Niger's interior "
                                             "minister said.", published="2025-02-10").actors}
    assert codes["Gunmen"].startswith("MLI")


def _located(text):
    return {e.cameo[:2]: (e.location.name if e.location else None)
            for e in extract(text, published="2025-02-10").events}


def test_an_act_told_somewhere_is_not_located_where_it_was_told():
    located = _located("Niger's interior minister told reporters in Paris on Monday that gunmen had killed 12 "
                       "villagers.")
    assert located.get("18") is None and located.get("11") == "Paris"


def test_an_act_told_with_its_own_place_keeps_it():
    located = _located("Niger's interior minister said in Paris on Monday that gunmen had killed 12 villagers "
                       "near Zinder.")
    assert located.get("18") == "Zinder"


def test_an_announced_act_keeps_the_place_it_is_declared_for():
    located = _located("Chad's president declared a state of emergency in Ouaddai province and appealed for aid.")
    assert "Ouaddai" in (located.get("17") or "")
