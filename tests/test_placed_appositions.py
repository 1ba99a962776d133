"""A person's name set off by commas after a role placed by a town ('A spokesman in Kabul, X, said') is the
role's, not the town's (dyad/parse_repairs.py placed_appositions). Sentences written for these tests."""

from dyad import extract


def test_the_name_after_a_placed_role_is_the_speaker(nlp):
    doc = nlp("A police commander in Mombasa, Wanjiru Kamau, said the port had reopened.")
    name = next(t for t in doc if t.text == "Kamau")
    assert name.dep_ == "appos" and name.head.lower_ == "commander"
    quotes = extract("A police commander in Mombasa, Wanjiru Kamau, said the port had reopened.",
                     published="2025-11-04").quotes
    assert [q.speaker.name for q in quotes] == ["Wanjiru Kamau"]


def test_a_list_of_places_keeps_its_shape(nlp):
    doc = nlp("Rallies were held in Nakuru, Eldoret and Kisumu on Saturday.")
    assert next(t for t in doc if t.text == "Eldoret").dep_ != "appos" or \
        next(t for t in doc if t.text == "Eldoret").head.text == "Nakuru"
