"""A state's police, paramilitary, border and intelligence bodies that news names without their state
(dyad/data/security_forces.jsonl), and police units named by their function (roles.tsv): the body acts for
its state, so its arrests, shootings and raids keep their source."""

import pytest

from dyad import extract
from dyad.codebooks import actor_dictionary


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events}


@pytest.mark.parametrize("text, expected", [
    ("CISF personnel detained four students at the airport in Hyderabad.", ("INDCOP", "173", "INDEDU")),
    ("The Border Security Force shot dead a cattle smuggler near Malda.", ("INDMIL", "1823", "INDCRM")),
    ("The Carabinieri arrested a suspected trafficker in Palermo.", ("ITACOP", "173", "ITACRM")),
    ("The EFCC arrested two former governors on Tuesday.", ("NGACOP", "173", "NGAELI")),
    ("Guardia Civil officers detained a suspected smuggler in Ceuta.", ("ESPCOP", "173", "ESPCRM")),
    # a police unit named by its function takes the state of the place
    ("The Anti-Terrorism Squad arrested a suspected militant in Pune.", ("INDCOP", "173", "INDREB")),
    ("The Special Task Force killed a wanted criminal in Batticaloa.", ("LKACOP", "1823", "LKACRM")),
    # missiles thrown at the police are a violent protest
    ("Youths pelted stones at the police near the mosque in Bhadrak.", (None, "145", "INDCOP")),
    ("Villagers pelted the policemen with bricks in Comilla.", ("BGDCVL", "145", "BGDCOP")),
])
def test_security_forces_keep_their_acts(text, expected):
    codes = _codes(text)
    if expected[0] is None:  # the source's own code is beside the point
        assert any(code == expected[1] and target == expected[2] for _, code, target in codes), codes
    else:
        assert expected in codes


def test_short_aliases_match_only_as_written():
    """'NIA' is the Indian agency; a word that merely spells it in lower case is not."""
    assert ("INDCOP", "173", "INDREB") in _codes("The NIA arrested two suspected militants in Srinagar.")
    assert not any(src == "INDCOP" for src, _, _ in _codes("Nia Long met the Indian ambassador in Paris."))


def test_every_security_force_names_a_state_and_a_security_sector():
    entries = [e for e in actor_dictionary().entries if e.origin.startswith("security_forces.jsonl")]
    assert len(entries) > 50
    assert all(e.country and e.code == e.country + e.sector and e.sector in {"COP", "MIL", "SPY", "JUD"}
               for e in entries)
