"""Bodies as referents. A mention's number is its head word's ('the Ministry of Foreign Affairs' is one body, not
plural like 'Affairs'); a role phrase headed by a body noun ('the foreign ministry', word class @bodies) is an
'it' afterwards, the main clause's subject before a state named inside it or in what it reports
(dyad/actors/coreference.py _mention_head, _body_role); 'the group' is no news outlet (_bodies); and 'according to
the Ruritanian news agency X' cites X, not the state (dyad/quotes/indirect.py according_source). Sentences
written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _speakers(text):
    return [q.speaker.name if q.speaker else None for q in extract(text, published=PUBLISHED).quotes]


def test_a_ministry_of_affairs_is_one_body():
    assert _speakers('Zambia\'s Ministry of Foreign Affairs issued a statement. "The allegations are false," it said.') == \
        ["Ministry of Foreign Affairs"]
    assert _speakers('The Chilean Ministry of Foreign Affairs issued a statement. "We reject the allegations," '
                     'it said.') == ["Chilean Ministry of Foreign Affairs"]


def test_it_after_a_ministry_is_the_ministry_not_the_state_it_spoke_of():
    assert _speakers("The Peruvian foreign ministry said Bolivia was to blame. It added that talks were off.") == \
        ["Peruvian foreign ministry", "Peruvian foreign ministry"]
    assert _speakers("Norway's Ministry of Foreign Affairs said Russia had violated the treaty. It added that "
                     "the ambassador had been summoned.") == ["Ministry of Foreign Affairs"] * 2


def test_a_named_outlet_in_apposition_is_the_source_not_its_state():
    result = extract("According to the Senegalese news agency Dakar Actu, the convoy was attacked near the border.",
                     published=PUBLISHED)
    assert [(q.speaker.name, q.speaker.code[3:]) for q in result.quotes] == [("Dakar Actu", "MED")]


def test_the_group_is_no_news_outlet():
    result = extract("Fighters of the Katiba Macina group seized four Thai miners near Kayes. According to the "
                     "Mauritanian news agency Al-Akhbar, the group still holds 12 foreigners.", published=PUBLISHED)
    outlet = next(a for a in result.actors if a.name == "Al-Akhbar")
    assert all(m.text.lower() != "the group" for m in outlet.mentions)


def test_a_mob_or_a_bank_is_an_it():
    events = extract("Police in Quetta opened fire on the mob when it tried to storm the police station.",
                     published=PUBLISHED).events
    storm = [e for e in events if e.verb == "storm"]
    assert storm and all(e.source.code != "PAKCOP" for e in storm)
    assert _speakers("Ghana's central bank said it would raise interest rates. It added that inflation had "
                     "peaked.") == ["central bank", "central bank"]


def test_a_body_in_apposition_to_an_unnamed_subject_is_what_it_refers_back_to():
    # the subject 'The tanker's owner' names no actor; the company in apposition is the subject an 'It' continues
    assert _speakers("The tanker's owner, a Norwegian company, denied any link to Iran. It said none of the "
                     "crew had been hurt.") == ["Norwegian company"]
