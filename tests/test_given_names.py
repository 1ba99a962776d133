"""Given names and offices (dyad/actors/genders.py, mentions.py, quotes/speakers.py): a first name written
with diacritics is the name the table lists without them; a surname the tagger labelled a place on its own,
after a first name it left out, is a person's name; 'the office of' a person speaks for that person; a bare
role word is of the group of that role named just before (actors/codes.py). Sentences written for these tests."""

from dyad import extract
from dyad.actors.genders import gender_table, person_gender


def test_first_names_are_found_with_their_diacritics():
    assert gender_table().get("rubén") == gender_table().get("ruben") is not None
    assert "andrés" in gender_table()
    assert person_gender("Héctor Alvarado") == ("m", "first-name")


def test_a_surname_tagged_a_place_after_a_first_name_is_the_speaker():
    result = extract("Fighting between rival militias has killed at least nine people in the province of Beni this "
                     "week. Soldiers arrested its governor, Ernesto Suárez, on Friday.\n\nRubén Costas, the governor "
                     "of a neighbouring province, said the arrest was illegal.", published="2025-05-01")
    assert [q.speaker.name for q in result.quotes] == ["Rubén Costas"]


def test_the_office_of_a_named_person_speaks_with_the_persons_code():
    result = extract("President Gabriel Boric met the families on Monday. The office of President Gabriel Boric said "
                     "the miners would be compensated.", published="2025-05-01")
    speakers = [q.speaker for q in result.quotes]
    assert speakers and speakers[0].code == "CHLGOV" and speakers[0].name.startswith("The office of")


def test_a_bare_role_word_is_of_the_group_of_that_role_named_just_before():
    result = extract("Nigerien troops attacked Malian rebels near the frontier on Sunday. Four rebels were killed "
                     "and two others were taken to Niamey.", published="2025-05-01")
    rebels = [a for a in result.actors if a.name.lower() == "rebels"]
    assert rebels and all(a.code == "MLIREB" for a in rebels)
