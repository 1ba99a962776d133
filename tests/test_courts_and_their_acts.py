"""Courts and bodies named again, their warrants and sentences reacted to, and judgements by label nouns
(dyad/actors/mentions.py _named_body, coreference.py LEADING_ROLES; word_classes.tsv @acts; evaluations.tsv).
Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2024-12-02"


def _codes(result):
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events]


def test_the_court_after_the_international_criminal_court_is_that_court():
    result = extract("The International Criminal Court issued an arrest warrant on Monday for a Sudanese militia "
                     "leader. Chad said it would cooperate with the court.", published=PUBLISHED)
    court = next(a for a in result.actors if any(m.text == "the court" for m in a.mentions))
    assert court.code == "IGOICC"


def test_reactions_to_a_warrant_and_a_sentence_aim_at_who_issued_them():
    result = extract("The International Criminal Court issued an arrest warrant for a Burmese general. Rights "
                     "groups welcomed the warrant.", published=PUBLISHED)
    assert ("NGO", "051", "IGOICC") in _codes(result)
    result = extract("A court in Baku sentenced an Armenian soldier to twelve years in prison. Armenia condemned "
                     "the sentence.", published=PUBLISHED)
    assert ("ARM", "111", "AZEJUD") in _codes(result)


def test_a_setback_or_a_blow_is_a_judgement():
    result = extract("A court in Tashkent jailed a blogger for six years. The OSCE said the verdict was a blow to "
                     "free expression.", published=PUBLISHED)
    assert any(e.cameo == "111" and e.target is not None and e.target.code == "UZBJUD" for e in result.events)


def test_its_leader_after_a_court_acted_on_a_party_is_the_partys():
    result = extract("Cambodia's Supreme Court dissolved the main opposition party on Friday. Its former leader "
                     "called the ruling a setback for democracy.", published=PUBLISHED)
    assert ("KHMPTY", "111", "KHMJUD") in _codes(result)


def test_harm_done_by_a_measure_is_no_force():
    result = extract("Ecuador's president met his Colombian counterpart in Quito. He said the border closure had "
                     "hurt traders on both sides.", published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "hurt"]
    result = extract("A roadside bombing killed four soldiers in northern Niger on Monday.", published=PUBLISHED)
    assert [(e.source.code, e.cameo_root) for e in result.events if e.verb == "killed"] == [("NER", "18")]


def test_aid_a_reporting_state_says_it_will_get_goes_to_that_state():
    result = extract("Officials in Chisinau said Estonia would send thirty military instructors next month.",
                     published=PUBLISHED)
    assert [(e.source.code, e.cameo[:3], e.target.code if e.target else None) for e in result.events] == \
        [("EST", "033", "MDA")]


def test_concern_about_a_decision_is_aimed_at_who_took_it():
    result = extract("Cambodia's Supreme Court dissolved the main opposition party on Friday. Japan expressed "
                     "concern about the decision.", published=PUBLISHED)
    assert ("JPN", "012", "KHMJUD") in _codes(result)
