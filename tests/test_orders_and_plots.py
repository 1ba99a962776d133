"""Who a denied charge is not said by, a body's part that speaks for it, plots that are not acts, orders
whose passive says what the orderer did, acts labelled in a free relative, and gerunds after 'since'.
Sentences written for these tests."""

from dyad import extract
from tests.coded import PUBLISHED, events


def quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker.name if q.speaker else "", q.speaker.code if q.speaker else "")
            for q in extract(text, published=PUBLISHED).quotes]


def test_a_charge_the_other_side_denies_is_not_its_words():
    found = quotes("Rwanda has accused Congo's army of arming the rebels, a charge Kinshasa denies.")
    assert not any(speaker == "Kinshasa" for _, speaker, _ in found)


def test_a_part_of_a_body_speaks_with_its_codes():
    found = quotes("Nigerian troops killed twelve bandits in Zamfara, the army's media office said on Sunday.")
    assert ("Nigerian troops killed twelve bandits in Zamfara", "the army's media office", "NGAMIL") in found


def test_a_plan_or_plot_to_act_is_not_the_act():
    result = extract("Police in Lima said two former officers had drafted a plan to kill the president. They "
                     "also uncovered a plot to seize the airport.", published=PUBLISHED)
    assert all(e.hypothetical for e in result.events if e.cameo_root in ("18", "19", "20"))
    assert not any(e.cameo_root in ("18", "19", "20") and e.source.code == "PER" for e in result.events)


def test_the_passive_of_an_order_is_the_orderers_act():
    found = events("Police in Ecuador arrested a former minister on Monday. The Constitutional Court ordered "
                   "that the minister be held in pretrial detention.")
    assert any(code.startswith("17") and source == "ECUJUD" for code, source, _ in found)


def test_condemning_what_one_calls_a_massacre_condemns_its_doer():
    found = events("Myanmar's army shelled a village in Sagaing on Friday, killing eleven civilians. The "
                   "National Unity Government condemned what it called a massacre.")
    assert any(code.startswith("11") and target == "MMRMIL" for code, _, target in found)


def test_a_gerund_after_since_has_the_clause_subject():
    found = events("The fighters belonged to the Baloch Liberation Army, which has stepped up attacks since ending "
                   "a truce with the government of Pakistan last year.")
    assert any(code == "196" and source == "PAKREB" for code, source, _ in found)
    assert not any(source in ("PAK", "PAKGOV") for _, source, _ in found)


def test_the_passive_relative_who_is_its_antecedent():
    found = events("Transport workers in Honduras, who have been targeted by extortion gangs, held a strike on Monday.")
    assert any(code.startswith("19") and source == "HNDCRM" and target == "HNDLAB" for code, source, target in found)
