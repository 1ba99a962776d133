"""A judgement in -ly after a verb of calling is its complement, not an adverb ('called the attack "cowardly"'):
no light-verb act of calling an attack (dyad/events/predicates.py _repair_judged_read_as_modifiers); 'a breach of
international law' judges as 'a violation' does (evaluations.tsv). Sentences written for these tests."""

from coded import triples


def _events(text: str) -> list[tuple]:
    return triples(text, published="2025-12-03")


def test_calling_an_attack_cowardly_is_no_attack_of_the_caller():
    events = _events("Bandits ambushed a police patrol near Kaduna on Sunday. Nigeria's president called the "
                     "ambush \"cowardly\".")
    assert not any(source == "NGAGOV" and cameo.startswith("1") and cameo[:2] in ("18", "19") for source, cameo, _ in
                   events)
    assert any(source == "NGAGOV" and cameo == "111" for source, cameo, _ in events)


def test_a_breach_of_law_is_an_accusation():
    events = _events("Norway's foreign minister said Russia's seizure of the trawler was a breach of maritime law.")
    assert ("NORGOV", "1122", "RUS") in events
