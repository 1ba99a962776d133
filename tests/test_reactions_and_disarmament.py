"""Reactions to an act named again by its own word, judgements the parser splits, doers named by an act of force,
armed groups that disarm, family names with their article, and places of deals (dyad/events/arguments.py,
evaluations.py, implicit.py, coder.py; dyad/actors/coreference.py, mentions.py, codes.py). Sentences written for
these tests."""

from dyad import extract

PUBLISHED = "2024-10-02"


def _codes(result, verb: str):
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events if e.verb == verb]


def test_the_expulsion_is_the_expelling_just_told():
    result = extract("Belarus expelled a Lithuanian journalist on Monday. Lithuania's foreign ministry called the "
                     "expulsion \"outrageous\".", published=PUBLISHED)
    assert ("LTUGOV", "111", "BLR") in _codes(result, "outrageous")


def test_a_judging_adjective_the_parser_hangs_on_the_object_still_judges():
    for text in ("Chile called Bolivia's decision unacceptable.",
                 "Chile called Bolivia's seizure of the trucks \"unacceptable\"."):
        result = extract(text, published=PUBLISHED)
        assert ("CHL", "111", "BOL") in _codes(result, "unacceptable"), text


def test_the_doer_of_an_ambush_named_by_its_kind():
    result = extract("Three soldiers were killed in a rebel ambush in eastern Chad on Sunday.", published=PUBLISHED)
    killed = next(e for e in result.events if e.verb == "killed")
    assert killed.source.code == "TCDREB" and not killed.implicit


def test_a_gang_ambush_is_the_gangs():
    result = extract("A Jamaican police officer was killed in a gang ambush in Kingston on Tuesday.",
                     published=PUBLISHED)
    killed = next(e for e in result.events if e.verb == "killed")
    assert killed.source.sector == "CRM"


def test_an_armed_group_handing_over_its_weapons_disarms():
    result = extract("Ugandan rebels handed over 80 rifles to a joint monitoring team on Friday. The government "
                     "welcomed the move.", published=PUBLISHED)
    handed = next(e for e in result.events if e.verb == "handed over")
    assert handed.cameo == "0873" and handed.target is not None and handed.target.code == "UGA"
    assert ("UGAGOV", "051", handed.source.code) in _codes(result, "welcomed")


def test_a_state_handing_over_weapons_still_arms_its_partner():
    result = extract("Poland handed over 40 tanks to Ukraine on Friday.", published=PUBLISHED)
    assert ("POL", "072", "UKR") in _codes(result, "handed over")


def test_the_rebels_after_the_rebel_group_named_are_that_group():
    result = extract("The rebel group ADF freed 12 hostages on Friday. The Ugandan government said the rebels still "
                     "held several villages near Beni.", published=PUBLISHED)
    group = next(a for a in result.actors if any(m.text == "the rebels" for m in a.mentions))
    assert any("ADF" in m.text for m in group.mentions)


def test_a_family_name_without_its_article_is_the_person():
    result = extract("Egypt's president met Prime Minister Khalid al-Masri of Libya in Cairo. Masri said Libya would "
                     "reopen its border crossings.", published=PUBLISHED)
    assert [q.speaker.name for q in result.quotes] == ["Khalid al-Masri"]


def test_where_a_deal_was_signed_is_no_party_to_acts_under_it():
    result = extract("Congolese rebels handed over 80 rifles on Friday as part of a peace deal signed in Nairobi.",
                     published=PUBLISHED)
    assert [(e.cameo, e.target.code if e.target else None) for e in result.events] == [("0873", "COD")]
