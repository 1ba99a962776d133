"""People and officers named again by a description, pronouns bound by unnamed people, and states undergone
(dyad/actors/coreference.py, dyad/quotes/salience.py, dyad/events/coder.py, verb_patterns.tsv). Sentences written
for these tests."""

from dyad import extract

PUBLISHED = "2024-11-05"


def _actor_of(result, mention: str):
    return next(a for a in result.actors if any(m.text == mention for m in a.mentions))


def test_the_men_are_the_group_of_people_just_named():
    result = extract("Malaysia deported 21 Vietnamese nationals on Monday after they were found working without "
                     "permits. The men had entered the country on student visas, a spokesman said. They will be "
                     "barred from returning for five years.", published=PUBLISHED)
    assert _actor_of(result, "The men").code == "VNMCVL"
    barred = next(e for e in result.events if e.verb == "barred")
    assert barred.target is not None and barred.target.code == "VNMCVL"


def test_the_men_are_no_officials():
    result = extract("Border officials in Chile stopped a truck on Monday. The men inside were carrying forged "
                     "papers.", published=PUBLISHED)
    assert not any(m.text == "The men" for a in result.actors if a.sector == "GOV" for m in a.mentions)


def test_a_description_owner_gives_its_officer_the_bodys_code():
    result = extract("Reporters Without Borders condemned the sentence. \"Vietnam keeps jailing bloggers,\" the "
                     "group's Asia director said in a statement.", published=PUBLISHED)
    assert [q.speaker.code[:3] for q in result.quotes] == ["NGO"]


def test_she_after_a_speaker_named_as_his_lawyer():
    result = extract("A court in Quito sentenced a radio host to two years in prison on Wednesday.\n\n"
                     "Jorge Salas, who hosts a morning programme, was convicted over a broadcast.\n\n"
                     "\"This verdict punishes every reporter,\" said his lawyer, Ana Pereira. She said they "
                     "would appeal.", published=PUBLISHED)
    appeal = next(q for q in result.quotes if "appeal" in q.text)
    assert appeal.speaker is not None and appeal.speaker.name == "Ana Pereira"


def test_they_in_a_relative_clause_is_bound_by_the_unnamed_investigators():
    result = extract("A data breach took two Bolivian ministries offline on Monday. Investigators traced the breach "
                     "to a criminal gang they believe operates from abroad, the minister told reporters.",
                     published=PUBLISHED)
    believe = next(q for q in result.quotes if q.cue == "believe")
    assert believe.speaker is not None and believe.speaker.name == "Investigators"


def test_offering_no_evidence_is_no_rejection():
    result = extract("Azerbaijan said on Tuesday that its troops had not crossed the border. Armenian Prime Minister "
                     "Nikol Pashinyan blamed Baku for the shooting. He offered no evidence.", published=PUBLISHED)
    assert [e.verb for e in result.events] == ["blamed"]


def test_a_company_under_investigation_is_investigated_by_no_one_named():
    result = extract("The Ecuadorian minister accepted gifts from a Colombian construction firm under "
                     "investigation.", published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "investigation"]


def test_its_officer_after_a_bodys_statement_about_the_government():
    result = extract("The nurses' union in Ghana said the government had broken its promises. Its general secretary, "
                     "Kwame Mensah, said the strike would go on.", published=PUBLISHED)
    mensah = next(q for q in result.quotes if q.speaker and q.speaker.name == "Kwame Mensah")
    assert mensah.speaker.code == "GHALAB"


def test_an_event_reported_by_he_is_attributed_to_the_person():
    result = extract("Russia's deputy ambassador, Pavel Orlov, criticised the draft. He said Moscow could not "
                     "support the resolution on Sudan.", published=PUBLISHED)
    support = next(e for e in result.events if "support" in e.verb)
    assert support.attribution == "Pavel Orlov"


def test_it_after_a_report_is_the_reporting_body_not_a_plural_in_the_report():
    result = extract("About 400 Polish nationals were flown out of Niamey, the Polish foreign ministry said in a "
                     "statement. It said the flights had been arranged with the French army.", published=PUBLISHED)
    arranged = next(q for q in result.quotes if "arranged" in q.text)
    assert arranged.speaker is not None and arranged.speaker.code == "POLGOV"


def test_a_name_the_tagger_missed_before_a_role_apposition_is_the_person():
    result = extract("Chilean dockworkers went on strike on Monday. Hector Daer, a leader of the dockworkers, "
                     "rejected the claims. \"We will not back down,\" he told a rally.", published=PUBLISHED)
    assert [q.speaker.name for q in result.quotes] == ["Hector Daer"]
