"""A bare description that a body's phrase ends in ('the commission' after 'the electoral commission'), 'the
unions', a pronoun in the object of an attack (not the attacker's own), a state's craft as the antecedent of
'they', the place of a visit, intrusions, and seas named after states (dyad/actors/coreference.py,
mentions.py; dyad/events/arguments.py; verb_patterns.tsv)."""

from dyad import extract
from tests.coded import events

PUBLISHED = "2024-06-10"


def test_a_bare_description_is_the_body_whose_phrase_it_heads():
    result = extract("Ghana's electoral commission declared the result on Sunday. The opposition rejected it.\n\n"
                     "The commission said turnout had been 61 percent.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["GHAGOV"]


def test_the_unions_are_trade_unions():
    coded = events("Tanzanian workers began a strike on Monday. Labour Minister Joyce Ndalichako accused the unions "
                   "of holding the country to ransom.")
    assert any(code == "112" and target == "TZALAB" for code, _, target in coded)


def test_the_victims_of_an_attack_are_not_the_attackers_own():
    coded = events("Al-Shabaab said it had fired mortars at Kenya on Monday after a Kenyan air strike killed four "
                   "of its fighters.")
    killed = [e for e in coded if e[0].startswith("18")]
    assert killed and all(target == "SOMREB" for _, _, target in killed)


def test_a_states_craft_are_what_they_stands_for():
    coded = events("Indonesian patrol boats detained three Vietnamese trawlers after they intruded into Indonesian "
                   "waters.")
    assert ("150", "VNM", "IDN") in coded


def test_the_place_of_a_visit_is_no_target_of_the_visitors_other_acts():
    coded = events("The Turkish president, on a visit to Berlin, urged restraint on both sides.")
    assert not [e for e in coded if e[0][:2] in ("02", "11") and (e[2] or "").startswith("DEU")]


def test_a_sea_named_after_a_state_is_no_state():
    result = extract("A Japanese destroyer sailed through the South China Sea on Friday.", published=PUBLISHED)
    assert "CHN" not in {a.code for a in result.actors}


def test_an_object_pronoun_is_not_the_state_of_its_clauses_subject():
    coded = events("Chinese coast guard ships chased two Vietnamese fishing boats on Monday. Hanoi accused them of "
                   "harassment.")
    accusations = [e for e in coded if e[0].startswith("11")]
    assert accusations and all(target.startswith("CHN") for _, _, target in accusations)


def test_those_who_fight_alongside_are_allies():
    coded = events("Uganda, whose troops fought alongside Congolese forces, was not invited to the talks.")
    assert not [e for e in coded if e[0].startswith("19")]


def test_forces_of_a_regions_people_are_no_states_army():
    result = extract("Ethiopia's government and Tigrayan forces agreed to a truce.", published=PUBLISHED)
    codes = {m.text: a.code for a in result.actors for m in a.mentions}
    assert codes["Tigrayan forces"] == "ETHREB"


def test_a_name_after_an_outlet_noun_is_the_outlet():
    result = extract("A dual national was hanged on Saturday, the judiciary's news agency Karavan reported.\n\n"
                     "He had denied spying, Karavan said.", published=PUBLISHED)
    assert all(q.speaker.name == "Karavan" and q.speaker.code.endswith("MED") for q in result.quotes)
    assert not [a for a in result.actors if a.name == "Karavan" and not (a.code or "").endswith("MED")]


def test_a_bare_description_is_a_role_body_named_before_it_has_a_state():
    result = extract("KAMPALA, May 3 - The nurses' union has been on strike for a week. Its chairman was hurt by a "
                     "rubber bullet, the union said in a statement.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["UGALAB"]
