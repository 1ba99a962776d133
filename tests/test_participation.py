"""Taking part: a word of taking part ('took part in', 'were involved in', 'played a role in', 'is complicit
in'; predicates.tsv role ``participation``) makes its subject the doer of the act its 'in' phrase names, whose
'of' phrase is then the patient; a speaker who says another took part in an act of force accuses it (112);
and a denial for one's own side ('denied that its army was involved') answers whoever accused that side
(dyad/events/tokens.py participation_doer, reported.py accused, statements.py). Sentences written for these
tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _codes(text):
    return {(e.source.code, e.cameo[:3], e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events}


def test_the_subject_of_taking_part_does_the_act():
    codes = _codes("Rwandan soldiers were involved in the fighting against Congolese troops near Goma.")
    assert ("RWAMIL", "190", "CODMIL") in codes
    assert not any(s == "RWA" for s, _, _ in codes)
    assert ("COL", "040", "VEN") in _codes("Colombia participated in the talks with Venezuela in Havana.")


def test_the_of_phrase_of_the_act_taken_part_in_is_its_patient():
    codes = _codes("Sudanese army units had participated in the bombing of villages in Darfur.")
    assert any(s == "SDNMIL" and c.startswith("19") and t == "SDNCVL" for s, c, t in codes), codes


def test_saying_another_took_part_in_force_accuses_it():
    codes = _codes("A Kenyan rights group said Ugandan soldiers had taken part in raids on villages near the border.")
    assert any(c == "112" and t == "UGAMIL" for _, c, t in codes), codes
    assert not _codes("The Malian junta denied that its soldiers had played any role in the massacre of civilians.")


def test_a_denial_for_ones_own_side_answers_the_accuser():
    codes = _codes("Human Rights Watch said Burundian police had been involved in the torture of detainees. "
                   "A Burundian government spokesman denied that the police were involved.")
    assert ("BDIGOV", "016", "NGO") in codes, codes
