"""Police acts in South-Asian and other local news (dyad/events, verb_patterns.tsv, roles.tsv): a named person
whom police or soldiers arrest or shoot is that act's target even where the text gives the person no state,
role or body; 'busted a gang' is an arrest; an MLA is a lawmaker; what one is fined for is alleged, not an act
of the police; 'staged a road blockade' is a protest. Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events]


def test_a_named_person_police_act_on_keeps_the_event():
    assert _events("KARACHI: Police shot dead Imran Baloch in an encounter on Sunday.") == [("PAKCOP", "1823", "PAK")]
    # (no state named at all: the police's act on the person is still told)
    assert _events("Police arrested Suresh Yadav on Sunday.") == [("COP", "173", "UNK")]
    # (a person no force acts on leaves no event: 'met' says nothing of whom)
    assert _events("The minister met Suresh Yadav on Sunday.") == []


def test_busting_a_gang_is_arresting_it():
    assert _events("HYDERABAD: Police busted a gang of chain snatchers in the old city on Monday.") == \
        [("INDCOP", "173", "INDCRM")]


def test_an_mla_is_a_lawmaker():
    result = extract("PATNA: The local MLA led a protest outside the district office on Friday.", published=PUBLISHED)
    assert {a.name: a.code for a in result.actors}.get("local MLA", "").endswith("LEG")


def test_what_one_is_fined_for_is_no_act_of_the_police():
    # (the lemmatiser gives 'fined' as 'fin': repaired to the lexicon's 'fine', dyad/nlp.py)
    events = _events("Traffic police fined hundreds of motorists for violating lockdown rules in Dhaka on Monday.")
    assert [code for _, code, _ in events] == ["172"]
    assert [code for _, code, _ in _events("Kenyan farmers staged a road blockade near Eldoret on Monday.")] == ["144"]


def test_the_accused_are_people_held():
    assert _events("LUCKNOW: A local court sent the accused to judicial custody for 14 days.") == \
        [("INDJUD", "173", "INDCRM")]
    assert _events("LUCKNOW: The court remanded the accused in police custody.") == [("INDJUD", "173", "INDCRM")]
    # (the verb stays a verb)
    assert _events("KARACHI: The minister accused the police of negligence.")[0][1].startswith("11")
