"""Witnesses (roles.tsv, dyad/actors/mentions.py): people who saw what happened are civilians who may be quoted,
also through 'according to'; a role word that opens a body's capitalised name, or that only says what kind of
account a thing is, names no people; a rights or aid 'organisation' and a business 'association' are the groups
their 'group' names, and such a body takes the name given in its apposition (dyad/actors/organisations.py).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-07-01"


def test_according_to_witnesses_is_a_quotation_of_civilians():
    result = extract("According to witnesses, the clashes near the stadium lasted more than an hour.",
                     published=PUBLISHED)
    assert [(q.speaker.name, q.speaker.sector) for q in result.quotes] == [("witnesses", "CVL")]


def test_a_witness_speaks_as_a_civilian_of_the_state_where_it_happened():
    result = extract("Ugandan police fired live rounds at protesters in Gulu on Friday. A witness said two "
                     "students were hit.", published=PUBLISHED)
    speakers = [q.speaker for q in result.quotes if q.speaker is not None]
    assert speakers and speakers[0].code == "UGACVL"


def test_a_role_word_opening_a_bodys_name_is_no_role():
    result = extract("Three members of the monitoring group Witness Sudan were detained in Khartoum on Monday.",
                     published=PUBLISHED)
    assert not any(a.name.lower() == "witness" for a in result.actors)
    assert not any(a.code == "SDN" and a.name == "Sudan" for a in result.actors)


def test_eyewitness_accounts_are_no_eyewitnesses():
    result = extract("Eyewitness accounts said the convoy was hit twice near the bridge.", published=PUBLISHED)
    assert not any("witness" in a.name.lower() for a in result.actors)


def test_organisations_and_associations_are_the_groups_they_name():
    result = extract("Human rights organisations accused the Zambian police of torture. The country's main business "
                     "association said the new levy would hurt investment.", published=PUBLISHED)
    assert ("NGO", "1122", "ZMBCOP") in {(e.source.code, e.cameo, e.target.code if e.target else None)
                                        for e in result.events}
    assert any(q.speaker is not None and q.speaker.sector == "BUS" for q in result.quotes)


def test_a_described_body_takes_the_name_in_its_apposition():
    for text in ("Peru's main rights group, APRODEH, said the new law would shield abusive officers.",
                 "APRODEH, the country's main rights group, said the new law would shield abusive officers.",
                 "The country's main rights group (APRODEH) said the new law would shield abusive officers."):
        speakers = [q.speaker.name for q in extract(text, published=PUBLISHED).quotes if q.speaker is not None]
        assert speakers == ["APRODEH"], text
