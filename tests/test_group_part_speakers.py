"""A part of a group that speaks ('members of the opposition said', 'dozens of lawmakers said', 'some of the
residents said') speaks for the group: the speaker carries the group's codes and is named by the whole phrase,
not by the part word nor by a place inside it (dyad/quotes/speakers.py _group_part; word_classes.tsv
@group_parts). Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _speakers(text):
    result = extract(text, published=PUBLISHED)
    return [(text[q.speaker.start_char:q.speaker.end_char], q.speaker.code) for q in result.quotes if q.speaker]


def test_members_of_a_body_speak_with_its_codes():
    assert _speakers("Members of the Zambian opposition said they would boycott the vote in Lusaka.") == \
        [("Members of the Zambian opposition", "ZMBOPP")]
    assert _speakers("Representatives of the Sudanese army said the talks would resume on Monday.") == \
        [("Representatives of the Sudanese army", "SDNMIL")]


def test_a_number_of_people_is_named_by_the_whole_phrase():
    assert _speakers("Hundreds of Ugandan teachers said they would strike until salaries were paid.") == \
        [("Hundreds of Ugandan teachers", "UGAEDU")]
    assert _speakers("Some of the Kenyan lawmakers said the count had been rigged.") == \
        [("Some of the Kenyan lawmakers", "KENLEG")]


def test_a_place_inside_the_group_is_not_the_speaker():
    speakers = _speakers("Many of the residents of Goma said they had fled the fighting overnight.")
    assert [name for name, _ in speakers] == ["Many of the residents of Goma"]
    assert speakers[0][1] != "COD"
