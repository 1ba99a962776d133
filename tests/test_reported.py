"""Reported speech into events: a speaker's evaluation of another actor stated as a predicate noun or
adjective (said ... was a N, called ... a N, described ... as ...), and events inside reported clauses."""

import pytest

from dyad import extract


def _triples(text, published="2023-11-01"):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # a copula in the reported clause with an evaluative noun
    ("The Lithuanian president said the accord with Belarus was a betrayal.", ("LTU", "BLR", "111")),
    ("The Finnish minister said the Swedish proposal was a breakthrough.", ("FIN", "SWE", "051")),
    ("The Malaysian premier said the Thai move was a success.", ("MYS", "THA", "051")),
    # an evaluative adjective qualifying the predicate noun
    ("Chile said the Peruvian plan was a positive step.", ("CHL", "PER", "051")),
    # calling verbs with an object and a predicate noun
    ("The Argentine foreign minister called the British sanctions a provocation.", ("ARG", "GBR", "111")),
    ("Poland termed the German statement an insult.", ("POL", "DEU", "111")),
    # 'as' predicates
    ("Portugal described Angola's offer as constructive.", ("PRT", "AGO", "051")),
    ("Mexico described the Cuban leaders as traitors.", ("MEX", "CUB", "1125")),
    ("Spain described the French decision as a dangerous mistake.", ("ESP", "FRA", "111")),
    ("Greece hailed the Turkish offer as a breakthrough.", ("GRC", "TUR", "051")),
])
def test_reported_evaluation_nouns(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    # the parser makes 'called [the Bolivian tariff hike ADJ]' one phrase headed by the adjective
    ("Paraguay called the Bolivian tariff hike barbaric.", ("PRY", "BOL", "111")),
    ("The Danish government called the Norwegian quota blackmail.", ("DNK", "NOR", "111")),
    # ... or hangs the adjective at the end of the object's last preposition
    ("Uruguay called Brazil's position on the river intransigent and hostile.", ("URY", "BRA", "111")),
    # two objects: the first is what the second names
    ("Estonia called the Russian airspace violation over the islands a provocation.", ("EST", "RUS", "111")),
    # conjoined predicate adjectives: the second judges as the first does
    ("Japan's defence minister said the Russian pilot's approach was sloppy and unprofessional.",
     ("JPN", "RUS", "111")),
    # 'a N of X': what the collection holds judges it
    ("The Georgian embassy said the Armenian dossier was a tissue of lies.", ("GEO", "ARM", "111")),
    # an '-ly' adjective after 'as' that the tagger reads as an adverb
    ("Qatar described the Bahraini naval seizure as cowardly.", ("QAT", "BHR", "111")),
])
def test_judgements_the_parser_misbuilds(text, expected):
    assert expected in _triples(text)


def test_a_calling_verb_with_a_plain_object_names_no_judgement():
    # the adjective belongs to the object's own phrase, and nothing is predicated of it
    assert not [t for t in _triples("Peru called the Ecuadorian ambassador to discuss the hostile border.")
                if t[2].startswith("11")]


def test_calling_an_act_a_name_is_not_doing_it():
    # 'called the sanctions a provocation' is criticism, not the calling-for of sanctions (a light verb)
    roots = {code[:2] for _, _, code in _triples("The Argentine foreign minister called the British sanctions a provocation.")}
    assert roots == {"11"}


@pytest.mark.parametrize("text", [
    "Chile said the Peruvian plan was not a betrayal.",
    "Chile said the Peruvian plan could be a mistake.",
    "The storm was a disaster for Peru.",
])
def test_reported_evaluation_left_when_negated_modal_or_unspoken(text):
    assert not [t for t in _triples(text) if t[2][:2] in ("05", "11")]


def _events(text):
    return extract(text, published="2023-11-01").events


@pytest.mark.parametrize("text, code, reporter", [
    ("Officials in Vienna said Austria would send troops to Moldova.", "138", "Officials in Vienna"),
    ("Austria has sent troops to Moldova, officials said on Monday.", "154", "Officials"),
    ("A government spokesman told reporters that Brazil had agreed to mediate between Peru and Ecuador.", "039",
     "A government spokesman"),
    ("The foreign ministry said in a statement that Ghana had recalled its ambassador from Togo.", "161",
     "The foreign ministry"),
    ("Witnesses said Syrian troops shelled the town of Hama.", "194", "Witnesses"),
])
def test_event_in_a_reported_clause_is_attributed_to_its_speaker(text, code, reporter):
    assert (code, reporter) in [(e.cameo, e.attribution) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Uruguay said it would recall its ambassador from Paraguay.",
    "Kenyan police said they arrested five Somali militants.",
])
def test_a_speaker_stating_its_own_act_is_no_separate_reporter(text):
    events = [e for e in _events(text) if e.cameo_root not in ("01",)]
    assert events and all(e.attribution is None for e in events)


def test_an_outlet_named_for_the_sentence_wins_over_the_speaker():
    (event,) = [e for e in _events("State television reported that Iranian forces had seized a British tanker.")
                if e.cameo_root == "17"]
    assert event.attribution == "State television"


@pytest.mark.parametrize("text", [
    "The Syrian government said its troops killed 20 rebels.",
    "Austrian officials confirmed on Monday that the army had arrested three Slovak smugglers.",
])
def test_a_state_reporting_its_own_forces_acts_accuses_no_one(text):
    assert not [e for e in _events(text) if e.cameo.startswith("112")]


def test_a_state_reporting_rebels_acts_still_accuses_them():
    assert ("IRQ", "IRQ", "112") in _triples("Iraqi officials said insurgents attacked a police station.")


@pytest.mark.parametrize("text, expected", [
    ("Armenia insisted that Azerbaijani troops had shelled three villages.", ("AZE", "ARM", "19")),
    ("Georgia suggested that Russian forces have occupied two villages.", ("RUS", "GEO", "19")),
])
def test_a_tensed_clause_under_a_verb_of_demand_is_a_report(text, expected):
    assert expected in [(s, t, c[:2]) for s, t, c in _triples(text)]


def test_a_subjunctive_clause_under_a_verb_of_demand_stays_a_demand():
    triples = _triples("Georgia urged that Russia withdraw its forces from Abkhazia.")
    assert ("GEO", "RUS", "0256") in triples  # an appeal for de-escalation, by the act asked for
    assert not [t for t in triples if t[0] == "RUS"]  # the withdrawal is wished for, not done


def test_a_reported_discussion_of_a_war_accuses_no_one():
    triples = _triples("The Kremlin said Putin and Erdogan discussed the war in Syria by phone.")
    assert not [t for t in triples if t[2].startswith("112")]
    assert ("RUS", "TUR", "040") in triples  # the parties talk; the war they discussed is the topic


def test_a_label_given_to_conjoined_actors_judges_the_named_one():
    assert ("BLR", "LTU", "1125") in _triples(
        'Lukashenko described Tikhanovskaya and the Lithuanian government as "traitors".')


@pytest.mark.parametrize("text", [
    "The Hungarian spokesman said the Slovak offer was not enough.",
    "The Hungarian spokesman said the Slovak offer was insufficient.",
])
def test_a_reported_verdict_of_insufficiency_rejects_the_proposal(text):
    assert ("HUN", "SVK", "120") in _triples(text)


def test_no_evaluation_of_ones_own_code():
    assert not [t for t in _triples('Moldova\'s president said the Transnistrian leaders were "criminals".')
                if t[2][:2] == "11"]


@pytest.mark.parametrize("text", [
    "The Nigerian government said it had no plans to expel Ghanaian workers.",
    "Turkey has no intention of attacking Greece, the minister said.",
])
def test_no_plans_to_act_negates_the_act(text):
    events = [e for e in _events(text) if e.cameo_root in ("17", "19")]
    assert events and all(e.negated for e in events)


def test_a_past_fact_under_a_verb_of_warning_is_no_prospect():
    (shelling,) = [e for e in _events("Armenia warned that Azerbaijani troops had shelled three villages.")
                   if e.cameo_root == "19"]
    assert not shelling.hypothetical and shelling.source.country == "AZE"


def test_quoted_as_saying_names_the_reporter():
    events = _events("A Peruvian spokesman was quoted as saying that Lima would expel the Chilean ambassador.")
    assert [e.attribution for e in events if e.cameo_root == "13"] == ["A Peruvian spokesman"]


def test_a_reported_plan_to_send_military_instructors_is_an_intent_to_aid():
    (event,) = [e for e in _events("Officials said Austria would send twenty instructors to Moldova.")
                if e.target is not None and e.target.country == "MDA"]
    assert (event.source.country, event.cameo, event.attribution) == ("AUT", "0332", "Officials")


@pytest.mark.parametrize("text, expected", [
    # the speaker's own act in its own words, quoted inside the clause it reports
    ('The Omani foreign ministry said it "strongly condemns" the shelling by Yemeni rebels.', ("OMN", "YEM", "111")),
    ('The Latvian ministry said it had "firmly rejected" the Belarusian offer.', ("LVA", "BLR", "120")),
])
def test_a_speakers_own_act_quoted_in_its_report_is_coded(text, expected):
    assert expected in _triples(text)


def test_a_quoted_predicate_of_something_else_stays_a_quotation():
    # 'it' is the launch, not the speaker: no threat by anyone
    text = ('Laos launched a rocket on Monday. The UN envoy called the launch "reckless" and said it '
            '"endangers regional peace".')
    assert not [t for t in _triples(text) if t[2].startswith("13")]
