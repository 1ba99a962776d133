"""What a speaker says of an act of custody or force named by its noun is said of whoever did it, never of those
it was done to (dyad/events/evaluations.py party_named, reported.py rejected, statements.py). Sentences
written for these tests."""

from dyad import extract

PUBLISHED = "2025-06-03"


def _triples(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events}


def test_a_rejected_arrest_is_rejected_of_the_state_where_it_was_made():
    triples = _triples("Senegal's foreign minister said the detention of Senegalese fishermen in Mauritania was "
                       "unacceptable.")
    assert any(source == "SENGOV" and target == "MRT" and code.startswith("12") for source, code, target in triples)
    assert not any(target and target.startswith("SEN") and source == "SENGOV" for source, _, target in triples)


def test_a_killing_called_a_crime_accuses_its_doer_not_the_dead():
    triples = _triples("The Tanzanian government said the killing of three Tanzanian herders in Mozambican "
                       "territory was a crime.")
    accusations = {(s, t) for s, c, t in triples if c.startswith("112")}
    assert ("TZAGOV", "MOZ") in accusations
    assert not any(t and t.startswith("TZA") for _, t in accusations)


def test_a_named_doer_of_the_act_is_kept():
    triples = _triples("Latvia's president said Russia's expulsion of Latvian diplomats was unacceptable.")
    assert any(s == "LVAGOV" and t == "RUS" and c.startswith("12") for s, c, t in triples)


def test_a_condemned_bombing_is_not_the_arrests_that_followed_it():
    triples = _triples("Gunmen attacked a bus station in Kano on Monday, killing nine people. Police later detained "
                       "six suspects. The Nigerian president condemned the shooting.")
    condemned = {t for s, c, t in triples if c.startswith("11") and s.startswith("NGA")}
    assert condemned and not any(t.endswith("COP") for t in condemned)
