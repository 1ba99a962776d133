"""Coding with a PETRARCH-format verb dictionary: reverse codes, compound actors, verb forms."""

import pytest

from dyad import extract
from dyad.codebooks import ActorDictionary, VerbLexicon, actor_dictionary, verb_lexicon
from dyad.dictionaries.petrarch import read_actors, read_agents, read_verbs_lexicon
from dyad.evaluate.petrarch import expand_members

SMALL_VERBS = (
    "--- LEFT [032:033] ---\nLEFT\n\n"
    "--- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n\n"
    "--- SAID [023] ---\nSAID\n\n"
    "--- EXCLUDE [172] ---\nCORDON\n\n"
    "--- WARN [160] ---\nWARN\n- * AT ^ +  [162]\n\n"
    "--- RENEW [---] ---\nRENEW\n- * DIPLOMATIC  [064:064]\n\n"
    "--- DELAY [120] ---\nDELAY\n- % HAVE *  [191]\n\n"
    "--- ACT [100] ---\nACT\n\n"
    "--- SEEM [023] ---\nSEEM\n- * LINKED  [111]\n\n"
    "--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $  [071]\n"
)


@pytest.fixture(scope="module")
def verbs(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs") / "small.verbs.txt"
    path.write_text(SMALL_VERBS, encoding="utf-8")
    ours, theirs = verb_lexicon(), read_verbs_lexicon(path)
    # as dyad.evaluate.petrarch merges them: the dictionary's verbs replace Dyad's patterns for those verbs
    return VerbLexicon({**ours.patterns, **theirs.patterns}, ours.nominals, ours.speech_cues,
                       future_as_intent=False, forms=theirs.forms)


def _triples(text, verbs):
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in extract(text, published="2020-03-02", verbs=verbs).events}


def test_reverse_code_gives_the_targets_act(verbs):
    # 'LEFT [032:033]': the traveller visits (032), the host receives (033); 'left' is coded as listed,
    # not as the lemma 'leave'
    assert _triples("The Peruvian president left for Chile on Monday.", verbs) >= {
        ("PERGOV", "CHL", "032"), ("CHL", "PERGOV", "033")}


def test_compound_subject_pattern(verbs):
    assert _triples("Chile and Peru agree that the dispute should go to arbitration.", verbs) == {
        ("CHL", "PER", "030"), ("PER", "CHL", "030")}


def test_compound_target_pattern_needs_several_actors(verbs):
    several = _triples("Bolivia agrees with Chile and Peru that the dispute should go to arbitration.", verbs)
    assert several == {("BOL", "CHL", "031"), ("BOL", "PER", "031")}
    one = _triples("Bolivia agrees with Chile that the dispute should go to arbitration.", verbs)
    assert one == {("BOL", "CHL", "081")}


def test_attribution_after_the_report_codes_no_event_of_its_own(verbs):
    # '..., an official said': the saying has no target, not even the article's main state
    triples = _triples("Chile will soon renew diplomatic relations with Peru, a senior Argentine official said on Monday.",
                       verbs)
    assert not any(code == "023" for _, _, code in triples)


SMALL_ACTORS = ("ZEMBLA [ZEM]\nFREEDONIA [FRE]\nSYLVANIA [SYL]\nTHE_ISLES [ISA/ISB]\nEUROPEAN_UNION [IGOEEU]\n"
                "VARDANIA [VAR]\nKELMOR [KEL]\n")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "small.actors.txt"
    path.write_text(SMALL_ACTORS, encoding="utf-8")
    return actor_dictionary().merged(ActorDictionary(countries={}, entries=tuple(read_actors(path)), roles={}))


def _pairs(text, actors):
    events = extract(text, published="2020-03-02", actors=actors).events
    return set(expand_members((e.source.code, e.target.code if e.target else "---", e.cameo_root) for e in events))


def test_a_name_written_after_the_is_matched(actors):
    # 'THE_ISLES' written 'the Isles' mid-sentence: the article is lower case, the name is not
    assert {("ISA", "CHL", "05"), ("ISB", "CHL", "05")} <= _pairs(
        "Zembla and the Isles welcomed a resumption of diplomatic ties with Chile.", actors)


def test_a_list_item_parsed_as_an_apposition_is_a_conjunct(actors):
    # 'the awful Freedonia' hangs as an appositive of Zembla, Sylvania as its conjunct: three sources
    pairs = _pairs("Old Zembla, the awful Freedonia, and good Sylvania welcomed a resumption of diplomatic ties "
                   "with Chile.", actors)
    assert {("ZEM", "CHL", "05"), ("FRE", "CHL", "05"), ("SYL", "CHL", "05")} <= pairs


def test_added_dictionary_wins_and_a_bracketed_short_form_is_the_same_actor(actors):
    # the added dictionary's 'European Union' beats Dyad's own entry on the same words, and '(EU)', which
    # Dyad's dictionary knows as IGOEU, is the short form of the name before it: one actor, not two
    pairs = _pairs("Chile and the European Union (EU) signed a trade agreement.", actors)
    assert {s for s, _, _ in pairs} == {"CHL", "IGOEEU"}


def test_roles_longer_than_three_words_and_plural_bodies_in_a_state(tmp_path):
    path = tmp_path / "small.agents.txt"
    path.write_text("MINISTRY_OF_SILLY_WALKS [~GOV]\nHUMAN_RIGHTS_ACTIVIST [~OPP]\n", encoding="utf-8")
    roles = read_agents(path)
    actors = ActorDictionary(countries=actor_dictionary().countries, entries=(), roles=roles)
    assert _pairs("Chile's Ministry of Silly Walks condemned Peru on Monday.", actors) == {
        ("CHLGOV", "PER", "11")}
    # 'activist' is a person's title, but 'activists in Chile' are Chile's activists
    assert ("CHLOPP", "PER", "11") in _pairs("Human rights activists in Chile condemned Peru on Monday.", actors)


def test_misread_lemma_is_repaired_from_the_written_form(verbs):
    # spaCy reads 'cordoned' as 'cordone'; the written form less '-ed' is the dictionary's CORDON
    assert ("CHLMIL", "PER", "172") in _triples("Chilean soldiers cordoned the roads leading into Peru.", verbs)


def test_a_state_conjoined_to_a_role_after_its_qualifier_shares_the_role(actors):
    # parsed as '[Lawmakers in Vardania] and [Kelmor]': Kelmor is one of the states the lawmakers are in
    pairs = _pairs("Lawmakers in Vardania and Kelmor welcomed the agreement with Chile.", actors)
    assert {("VARLEG", "CHL", "05"), ("KELLEG", "CHL", "05")} <= pairs


def test_with_no_object_what_the_act_is_of_is_the_target(verbs):
    # 'WARN [160]' has no pattern for 'of': the verb's 'of' phrase names whom the warning is about
    assert ("CHLGOV", "PERGOV", "160") in _triples("The Chilean minister warned of the President of Peru.", verbs)


def test_an_adjective_of_the_object_can_be_the_patterns_word(verbs):
    # '- * DIPLOMATIC [064:064]' names the adjective of 'diplomatic ties'
    assert _triples("Chile renewed diplomatic ties with Peru last week.", verbs) >= {
        ("CHL", "PER", "064"), ("PER", "CHL", "064")}


def test_a_prefixed_agent_before_a_state_is_written_before_its_code(tmp_path):
    path = tmp_path / "prefix.agents.txt"
    path.write_text("AIDWATCH {} [NGO~]\nDIPLOMAT [~GOV]\n", encoding="utf-8")
    roles = read_agents(path)
    assert roles["aidwatch"].prefix and not roles["diplomat"].prefix
    actors = ActorDictionary(countries=actor_dictionary().countries, entries=(), roles=roles)
    assert ("NGOCHL", "PER", "11") in _pairs("Aidwatch Chile condemned Peru on Monday.", actors)


def test_an_auxiliary_before_the_verb_must_be_the_verbs(verbs):
    # '- % HAVE * [191]': compound subject and 'have'; without 'have' the block's own code
    assert _triples("Chile and Peru have delayed their talks.", verbs) == {("CHL", "PER", "191"),
                                                                           ("PER", "CHL", "191")}
    assert _triples("Chile and Peru delayed their talks.", verbs) == {("CHL", "PER", "120"), ("PER", "CHL", "120")}


def test_a_states_dated_code_applies_on_its_dates(tmp_path):
    path = tmp_path / "dated.actors.txt"
    path.write_text("GRAUSTARK\n\t[OLD <790606]\n\t[GRA]\n", encoding="utf-8")
    actors = actor_dictionary().merged(ActorDictionary(countries={}, entries=tuple(read_actors(path)), roles={}))
    codes = {when: {e.source.code for e in extract("Graustark condemned Peru.", published=when, actors=actors).events}
             for when in ("1978-12-23", "2020-03-02")}
    assert codes == {"1978-12-23": {"OLD"}, "2020-03-02": {"GRA"}}


def test_a_subject_misread_as_a_compound_of_the_verb(verbs, nlp):
    # the parse the parser gives a similar sentence: 'Bolivia' a compound of the verb, which has no subject
    from spacy.tokens import Doc

    from dyad.pipeline import code_doc

    doc = Doc(nlp.vocab, words=["Bolivia", "act", "against", "Peru", "."], spaces=[True, True, True, False, False],
              pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"], tags=["NNP", "VBP", "IN", "NNP", "."],
              deps=["compound", "ROOT", "prep", "pobj", "punct"], heads=[1, 1, 1, 2, 1],
              lemmas=["Bolivia", "act", "against", "Peru", "."], sent_starts=[True, False, False, False, False],
              ents=["B-GPE", "O", "O", "B-GPE", "O"])
    events = code_doc(doc, article_id="t", published=None, lexicon=verbs).events
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [("BOL", "PER", "100")]


def test_a_patterns_object_word_may_be_the_verbs_complement(verbs):
    # '- * LINKED [111]': the word after the verb is its predicative complement, not an object
    assert ("CHLMIL", "PERMIL", "111") in _triples("The Chilean general seemed linked to Peru's army.", verbs)


def test_a_reversed_pattern_codes_the_complements_act_on_the_subject(verbs):
    # '- + * MONEY $ [071]': the subject is the target, the actor after the verb the source
    assert _triples("Chile received money from Peru on Monday.", verbs) == {("PER", "CHL", "071")}


def test_a_target_after_a_skipped_prepositional_object(verbs):
    # '- * AT ^ + [162]': the object of 'at' only sets the scene; the actor named after it is the target
    assert _triples("Chile warned at Bolivia of Peru's generals.", verbs) == {("CHL", "PERMIL", "162")}
    assert _triples("Chile warned at the border talks.", verbs) == set()
