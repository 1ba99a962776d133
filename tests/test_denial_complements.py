"""A gerund after a cue ('denied obstructing the convoy') has the cue's subject for its own: an apposition on that
subject is no interposed speaker, and the subject's words no fronted part of the report (dyad/quotes/interposed.py)."""

from dyad import extract

PUBLISHED = "2024-06-10"


def test_an_apposition_on_the_subject_of_a_denial_is_no_speaker():
    result = extract("Regional officials in Afar, the neighbouring region through which the road runs, denied "
                     "obstructing the convoy.", published=PUBLISHED)
    assert [(q.speaker.code, q.text) for q in result.quotes] == [("ETHGOV", "obstructing the convoy")]
