"""A report whose subject is coordinated after a phrase ('said monitors from the OSCE and the UN had found ...') is
what was said, not an object of 'say' and a second clause of the speaker's (dyad/parse_repairs.py
reported_coordinate_subject). Sentences written for these tests."""

from dyad import extract


def test_the_coordinated_subject_of_a_report_is_reported(nlp):
    doc = nlp("He said inspectors from the European Union and Norway had found no sign of tampering.")
    found = next(t for t in doc if t.lower_ == "found")
    assert found.dep_ == "ccomp" and found.head.lower_ == "said"
    assert next(t for t in doc if t.lower_ == "inspectors").head.i == found.i
    quotes = extract("Lithuania's election chief, Rasa Vaitkiene, rejected the claims. She said inspectors from the "
                     "European Union and Norway had found no sign of tampering.", published="2025-12-04").quotes
    assert any(q.speaker is not None and q.speaker.name == "Rasa Vaitkiene" and "no sign of tampering" in q.text
               for q in quotes)


def test_a_report_parsed_right_is_left_as_it_is(nlp):
    doc = nlp("The minister said Mali and Niger had closed the border.")
    closed = next(t for t in doc if t.lower_ == "closed")
    assert closed.dep_ == "ccomp" and next(t for t in doc if t.text == "Mali").head.i == closed.i
