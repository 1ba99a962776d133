"""Repairs of the small English parser's trees that every later stage (quotations, actors, events) relies on.

Where one misreading of a construction misleads several stages at once, it is mended here, once, on the Doc
itself, by a pipeline component that runs after the parser (:func:`dyad.nlp.load_pipeline` adds it). Repairs
that concern one stage only stay with that stage (``dyad.events.predicates``).
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, TAG
from spacy.language import Language
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from dyad.codebooks import word_classes


def _positions(doc: Doc, attr: int, values) -> list[int]:
    """The indices of the tokens whose ``attr`` (LOWER, LEMMA, DEP, TAG) is one of ``values``: found on the Doc's array,
    so that a repair looks at its few candidate tokens, not at every token of every article in Python."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), [strings[v] for v in values])).tolist()


# Finite verb tags: a clause of its own needs a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_LINKS = frozenset({"and", "but"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@Language.component("dyad_coordinated_clauses", assigns=["token.dep", "token.head"])
def coordinated_clauses(doc: Doc) -> Doc:
    """Parse repair: 'Armenia recalled its envoy from Baku and Azerbaijan expelled two diplomats', 'The army
    declared a state of emergency in the region and police arrested the opposition leader'. When a second
    clause follows the first's last noun with 'and' and no comma, the parser may read the second subject as
    one more conjunct of that noun ('Baku and Azerbaijan') and leave the second verb without a subject, hung on
    the first verb as a conjunct, an adverbial or even its reported content. A finite verb never lacks its
    subject, so a noun phrase right before such a verb, joined by 'and'/'but' to a noun inside the first clause,
    is the verb's subject, and the verb the first verb's conjunct; a subject the parser gave it from inside the
    first clause ('a state [of emergency] ... arrested') goes back to the first verb as its object."""
    for verb in doc:
        noun = _stranded_subject(verb)
        if noun is None:
            continue
        if verb.dep_ == "ROOT":  # 'the merger needs approval and bankers say ...': the parser made the
            first = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i)  # first clause the
            first.head, first.dep_ = first, "ROOT"  # second's report; the first is the main clause
            for child in [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i]:
                child.head = first
            verb.head = first
        link, first = doc[noun.left_edge.i - 1], verb.head
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        for borrowed in [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < link.i]:
            if not any(c.dep_ == "dobj" for c in first.children):
                borrowed.head, borrowed.dep_ = first, "dobj"
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        link.head = first
        verb.dep_ = "conj"
    return doc


def _stranded_subject(verb: Token) -> Token | None:
    """The noun a finite verb lost to the noun before it (see :func:`coordinated_clauses`), or None."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl", "ccomp", "ROOT") or verb.i < 3:
        return None
    finite = verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)
    if not finite:
        return None
    doc, first = verb.doc, verb.head
    if verb.dep_ == "ROOT":  # (the first clause as the verb's report before it: see coordinated_clauses)
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if first is None:
            return None
    before = verb.i - 1
    while before > 0 and doc[before].dep_ == "advmod" and doc[before].tag_ == "RB" and doc[before].head.i != verb.i:
        before -= 1  # ('and engineers there say': an adverb the parser hung inside the first clause)
    noun = doc[before]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.right_edge.i != before:
        noun = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
        noun = doc[noun.i - 1] if noun is not None and noun.i > 0 else None  # 'and two officers were killed'
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or \
                noun.right_edge.i != noun.i:
            return None
    link = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if link is None or link.dep_ != "cc" or link.lower_ not in CLAUSE_LINKS or link.head != noun.head:
        return None
    if not first.i < noun.head.i < link.i or first.sent != verb.sent or \
            noun.head.dep_ in SUBJECT_DEPS and not _lent_subject(noun.head, verb, link):
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i > link.i for c in verb.children):
        return None  # the verb has its own subject
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.i != noun.head.i and top.head.i == verb.i:
        return None  # ('stalls, schools, and granaries were destroyed': a list of three is the verb's own subject)
    return noun


def _lent_subject(subject: Token, verb: Token, link: Token) -> bool:
    """Whether the verb's parsed subject is the first verb's object lent to it: 'proclaimed a state of emergency
    in the province and police detained ...'. A thing with a phrase of its own before the 'and', in a first
    clause with no object, never a name or a pronoun ('said he and the envoy discussed ...', 'said Chile and
    Peru signed ...': one subject of two conjuncts)."""
    first = verb.head
    return subject.head == verb and subject.pos_ == "NOUN" and not subject.ent_type_ and \
        first.i < subject.i and verb.dep_ == "ccomp" and not any(c.dep_ == "dobj" for c in first.children) and \
        any(c.dep_ == "prep" and subject.i < c.i < link.i for c in subject.children)


# Nouns that name what one side says of another ('a charge', 'a claim'; the part of dyad.events.lexicon's wider
# CHARGE_NOUNS that names the claim itself, not what it lays), and verbs by which the other disputes it.
DISPUTED_NOUNS = frozenset({"charge", "claim", "allegation", "accusation", "assertion"})
DISPUTING_VERBS = frozenset({"deny", "reject", "dispute", "dismiss", "contest", "refute", "rebut"})


@Language.component("dyad_disputed_charges", assigns=["token.dep", "token.head"])
def disputed_charges(doc: Doc) -> Doc:
    """Parse repair: 'Chad accused Sudan of arming the rebels, a charge Khartoum denies'. The parser may read
    the denial as the sentence's main verb, with the accusation its reported clause and the denier hung on the
    charge noun (or the charge noun made a compound of the denier); the accusation then reads as the denier's
    words. A finite verb of disputing right after ', <det> <charge noun> <noun phrase>' is a relative clause on
    the charge noun whose noun phrase is its subject, and the clause before the comma is the main clause."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.lemma_ not in DISPUTING_VERBS or verb.tag_ not in FINITE_TAGS | {"VBN"}:
            continue
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
        charge = next((doc[i] for i in range(first - 2, max(first - 7, 1), -1) if doc[i].lemma_ in DISPUTED_NOUNS
                       and doc[i].pos_ == "NOUN"), None)
        if main is None or charge is None or not (doc[charge.i - 1].dep_ == "det" and doc[charge.i - 2].text == ","):
            continue
        span = range(charge.i + 1, first)
        roots = [doc[i] for i in span if doc[i].head.i not in span]
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ in SUBJECT_DEPS and c.i != roots[0].i for c in verb.children):
            continue  # (the parser may also make the denier the verb's subject, with the charge noun its compound)
        main.head, main.dep_ = main, "ROOT"
        for child in [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i]:
            child.head = main
        charge.head, charge.dep_ = main, "npadvmod"
        verb.head, verb.dep_ = charge, "relcl"
        roots[0].head, roots[0].dep_ = verb, "nsubj"
    return doc


# Members of an armed group, after whose name the parser may take a state or a state body before 'and' for one
# more modifier ('Colombia and ELN rebels'), and the common nouns of a state's own bodies that stand alone.
ARMED_MEMBERS = frozenset({"rebel", "insurgent", "militant", "guerrilla", "fighter", "separatist", "jihadist",
                           "paramilitary"})
STATE_BODY_NOUNS = frozenset({"government", "army", "military", "police", "regime", "junta", "authorities"})


@Language.component("dyad_coordinated_modifiers", assigns=["token.dep", "token.head"])
def coordinated_modifiers(doc: Doc) -> Doc:
    """Parse repair: 'Colombia and ELN rebels agreed to extend the truce', 'the government and FARC rebels
    signed'. The parser may read '[Colombia and ELN] rebels', as it rightly reads 'US and UK forces' or 'Hamas
    and Islamic Jihad fighters'; then the group's name and its members are two actors and the state one of the
    rebels' modifiers. Where the first conjunct is a state body's common noun, or a state's name while the
    second is no state, and the noun is an armed group's members, the first conjunct stands alone: it is the
    noun's conjunct and the second conjunct the noun's own modifier."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ARMED_MEMBERS:
            continue
        first = next((c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < noun.i), None)
        second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        link = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None) \
            if first is not None else None
        if second is None or link is None or second.i != noun.i - 1 or not first.i < link.i < second.i or \
                first.right_edge.i != noun.i - 1:
            continue
        state_body = first.pos_ == "NOUN" and first.lemma_.lower() in STATE_BODY_NOUNS
        state_name = first.ent_type_ == "GPE" and second.ent_type_ != "GPE"
        if not (state_body or state_name):
            continue
        first.head, first.dep_ = noun.head if noun.head.i != noun.i else first, noun.dep_
        for det in [c for c in noun.children if c.dep_ == "det" and c.i < first.i]:
            det.head = first  # ('the government and FARC rebels': the article is the government's)
        noun.head, noun.dep_ = first, "conj"
        second.head, second.dep_ = noun, "compound"
    return doc


@functools.cache
def _naming_verbs() -> frozenset[str]:
    """The verbs of naming: lemmas with an 'X Y' row in cue_complements.tsv (read once, not per document)."""
    from dyad.quotes.complements import cue_complements  # (data the quotation stage reads too)
    return frozenset(lemma for lemma, frames in cue_complements().items() if any(f.kind == "naming" for f in frames))


@Language.component("dyad_named_objects", assigns=["token.dep", "token.head", "token.pos", "token.tag"])
def named_objects(doc: Doc) -> Doc:
    """Parse repair: "China called Japan's visit a provocation", "Chad branded Sudan's move a declaration of
    war". After a verb of naming ('call', 'brand', 'label': the 'X Y' rows of cue_complements.tsv) the parser
    may read a possessed noun that is also a verb ('move', 'visit') as the verb's reported clause, or hang the
    label on it as its own object; then the label judges nothing. A possessed noun right after such a verb with
    a noun phrase after it is the verb's object, and that noun phrase, its label ('oprd'), as in "called the US
    sanctions a provocation"."""
    naming = _naming_verbs()
    for verb in (doc[i] for i in _positions(doc, LEMMA, naming)):
        if verb.pos_ != "VERB" or any(c.dep_ == "prt" or c.dep_ == "oprd" and c.pos_ != "VERB" for c in verb.children):
            continue
        named = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i and
                      c.tag_ in ("NN", "NNS") and any(g.dep_ == "poss" for g in c.children)), None)
        label = next((c for c in named.children if c.dep_ in ("dobj", "npadvmod", "attr", "appos") and
                      c.i == named.i + 1 + sum(1 for g in c.children if g.dep_ in ("det", "amod", "compound")
                                               and named.i < g.i < c.i) and c.pos_ == "NOUN"), None) \
            if named is not None else None
        if label is None and named is not None:  # "called Iran's missile launch a provocation"
            named, label = _compound_head_misread(named, verb) or (named, None)
        if label is None:
            continue
        named.head, named.dep_ = verb, "dobj"
        label.head, label.dep_ = verb, "oprd"
    return doc


def _compound_head_misread(modifier: Token, verb: Token) -> tuple[Token, Token] | None:
    """"called Iran's missile launch a provocation": the parser may end the object at the compound's modifier
    ('missile') and read its head ('launch', 'test') as a verb whose object is the label. Then the head is made
    the noun it is, owning the modifier and the possessor; returns (head, label), None where the words after the
    object read otherwise."""
    head = modifier.doc[modifier.i + 1] if modifier.i + 1 < len(modifier.doc) else None
    if head is None or head.head.i != verb.i or head.dep_ not in ("oprd", "ccomp") or \
            head.tag_ not in ("VB", "VBP", "VBZ") or any(c.dep_ in ("nsubj", "aux") for c in head.children):
        return None
    label = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if label is None:
        return None
    for owner in [c for c in modifier.children if c.dep_ in ("poss", "det")]:
        owner.head = head
    head.pos, head.tag_ = NOUN, "NNS" if head.tag_ == "VBZ" else "NN"
    modifier.head, modifier.dep_ = head, "compound"
    return head, label


# Occasions a speaker addresses (a subset of dyad.quotes.words.AUDIENCE_WORDS: events, not persons).
GATHERINGS = frozenset({"conference", "briefing", "rally", "meeting", "session", "hearing", "summit", "forum",
                        "gathering", "audience", "crowd", "assembly", "parliament", "congress", "senate",
                        "committee", "panel", "commission"})
# Prepositions by which a speaker addresses a gathering ('testified before the committee', 'said at the rally').
ADDRESSING_PREPS = frozenset({"before", "to", "at"})


@Language.component("dyad_complementiser_that", assigns=["token.dep", "token.head"])
def complementiser_that(doc: Doc) -> Doc:
    """Parse repair: 'the spokeswoman told a regular briefing that Hanoi had lodged a protest'. The parser may
    read the clause after a noun as a relative clause whose 'that' is the verb's object or subject, although the
    verb has its own ('a protest', 'Hanoi'): then the clause is no report, and its act is lost. A 'that' in a
    relation its clause's verb already fills with another word is the complementiser ('mark'), as the parser
    reads it after 'told a news conference'."""
    for verb in (doc[i] for i in _positions(doc, DEP, ("relcl",))):
        that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i and
                     c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
        if that is None:
            continue
        teller = _gathering_teller(verb, that)
        if teller is not None:
            that.dep_ = "mark"
            verb.head, verb.dep_ = teller, "ccomp"  # the telling verb's report, as after 'a news conference'
        elif any(c.dep_ == that.dep_ and c.i != that.i for c in verb.children):
            that.dep_ = "mark"
    return doc


def _gathering_teller(clause: Token, that: Token) -> Token | None:
    """'told a briefing that the boat had entered its waters', 'testified before the committee that prices had
    peaked': a clause with a subject of its own after a gathering the verb's subject addressed (the verb's object,
    or the object of 'before'/'to'/'at': 'a briefing', 'the rally', 'the committee') reports what was told there;
    its 'that' is no object left out of a relative clause, whatever the clause's verb takes. The telling verb,
    else None."""
    gathering = clause.head
    teller = gathering.head.head if gathering.dep_ == "pobj" and gathering.head.lower_ in ADDRESSING_PREPS else \
        gathering.head if gathering.dep_ in ("dobj", "dative") else None
    if that.dep_ != "dobj" or teller is None or teller.pos_ != "VERB" or gathering.pos_ != "NOUN" or \
            gathering.lemma_.lower() not in GATHERINGS:
        return None
    return teller if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children) else None


# Prepositions by which a verb or its object names the body an act is brought to ('a complaint with the Council').
FORUM_PREPS = frozenset({"with", "at", "to", "before", "in"})


@Language.component("dyad_forum_against", assigns=["token.head"])
def forum_against(doc: Doc) -> Doc:
    """Parse repair: 'Lebanon lodged a complaint with the Security Council against Israel'. The parser may hang
    the 'against' phrase on the named body the act is brought to, making the body the one complained of. A named
    body (an organisation's name) is set against no one by a phrase of its own, so the phrase goes back to the
    verb, beside its object, as the parser reads it where the body comes last."""
    for against in (doc[i] for i in _positions(doc, LOWER, ("against",))):
        body = against.head
        if against.dep_ != "prep" or body.pos_ != "PROPN" or \
                body.ent_type_ != "ORG" or body.dep_ != "pobj" or body.head.lower_ not in FORUM_PREPS:
            continue
        verb = body.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # ('a complaint with the Council': the complaint's verb)
        if verb.pos_ == "VERB" and against.i > verb.i:
            against.head = verb
    return doc


@Language.component("dyad_people_acted_on", assigns=["token.dep", "token.head"])
def people_acted_on(doc: Doc) -> Doc:
    """Parse repair: 'police fired tear gas to disperse students marching towards the palace', 'troops detained
    villagers fleeing the town', 'fired on farmers marching to the capital'. After a verb of force or custody done to persons (``@hands_on``, word_classes.tsv)
    the parser may read the people and the participle after them as a clause ('students marching'), its object or
    complement, leaving the people no object of the verb. Such a verb takes persons, never a clause: the noun is
    its object, the participle describes it."""
    acts = word_classes()["@hands_on"]
    for verb in (doc[i] for i in _positions(doc, LEMMA, acts)):
        if verb.pos_ != "VERB":
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj") and c.tag_ == "VBG" and c.i > verb.i),
                      None)
        if clause is None or any(c.dep_ == "dobj" and c.i != clause.i for c in verb.children):
            continue
        people = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                       and c.i < clause.i), None)
        if people is None or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        people.head, people.dep_ = verb, "dobj"
        clause.head, clause.dep_ = people, "acl"
    for prep in (doc[i] for i in _positions(doc, LOWER, AIMING_PREPS)):
        # 'used tear gas on workers marching towards the capital', 'opened fire at villagers fleeing the town': the
        # parser makes the participle the preposition's object and the people its subject; a preposition of aim
        # takes the people
        clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.tag_ == "VBG"), None)
        people = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                       and prep.i < c.i < clause.i), None) if clause is not None else None
        if people is None or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        people.head, people.dep_ = prep, "pobj"
        clause.head, clause.dep_ = people, "acl"
    return doc


# Prepositions that name whom an act is aimed at.
AIMING_PREPS = ("on", "at", "against", "upon")


# Endings of national adjectives ('Honduran', 'Ecuadorian', 'Congolese', 'Kuwaiti', 'Danish').
DEMONYM_ENDINGS = ("an", "ese", "i", "ish")


@Language.component("dyad_demonym_objects", assigns=["token.dep", "token.head"])
def demonym_objects(doc: Doc) -> Doc:
    """Parse repair: 'Guatemala accused Honduran troops of entering its territory'. The parser may read a
    national adjective it tags as a proper noun as the verb's indirect object ('Honduran') and the noun after it
    as the direct object, so the troops lose their state. A lone national adjective right before the verb's
    direct object, with no determiner of its own, modifies that object."""
    for word in (doc[i] for i in _positions(doc, DEP, ("dative",))):
        if word.tag_ != "NNP" or word.i + 1 >= len(doc) or \
                word.ent_type_ not in ("NORP", "GPE") or not word.lower_.endswith(DEMONYM_ENDINGS):
            continue
        noun = doc[word.i + 1]
        if noun.dep_ == "dobj" and noun.head.i == word.head.i and noun.pos_ == "NOUN" and \
                not any(c.dep_ in ("det", "poss") for c in word.children):
            word.head, word.dep_ = noun, "amod"
    return doc


@Language.component("dyad_subject_of_participle", assigns=["token.dep"])
def subject_of_participle(doc: Doc) -> Doc:
    """Parse repair: 'the clashes left two people dead and dozens injured', 'killing one guard, with three
    more wounded'. The parser may read a tally's conjoined past participle with a number for subject as a clause
    of its own whose subject acted ('dozens' injured someone). A conjoined participle with no auxiliary and no
    object whose subject is a number ('dozens', 'three', '40 people') tallies those who underwent the act, as a
    passive's subject does. (Not a participle heading its sentence: the tagger often gives a finite past tense
    that tag, 'Hundreds of farmers protested'.)"""
    for verb in (doc[i] for i in _positions(doc, TAG, ("VBN",))):
        if verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "agent")
                                      for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and (subject.pos_ == "NUM" or subject.like_num or subject.ent_type_ == "CARDINAL" or
                                    any(c.dep_ == "nummod" for c in subject.children)):
            subject.dep_ = "nsubjpass"
    return doc


# Nouns that relate people to a body or person and take it in an 'of' phrase ('supporters of the party').
RELATIONAL_NOUNS = frozenset({"supporter", "member", "follower", "loyalist", "leader", "activist", "official",
                              "fighter", "militant", "cadre", "worker", "relative", "critic", "opponent", "ally"})


@Language.component("dyad_relational_of", assigns=["token.head"])
def relational_of(doc: Doc) -> Doc:
    """Parse repair: 'clashes between police and supporters of the opposition party'. The parser may hang the
    'of' phrase on the first conjunct ('police of the party'), leaving the supporters no body. An 'of' phrase
    right after a conjoined noun that relates people to a body (RELATIONAL_NOUNS) is that noun's."""
    for of in (doc[i] for i in _positions(doc, LOWER, ("of",))):
        before = doc[of.i - 1] if of.i else None
        if before is None or of.dep_ != "prep" or before.dep_ != "conj" or before.head.i != of.head.i or \
                before.pos_ != "NOUN" or before.lemma_.lower() not in RELATIONAL_NOUNS:
            continue
        of.head = before
    return doc


# Prepositions that place a person ('an official in Kandahar', 'a farmer from Aflao', 'the envoy at the UN').
PLACING_PREPS = ("in", "from", "at")


@Language.component("dyad_placed_appositions", assigns=["token.head"])
def placed_appositions(doc: Doc) -> Doc:
    """Parse repair: 'A spokesman in Kabul, Zabihullah Mujahid, said ...'. The parser hangs a person's name set off
    by commas on the place just before it; a place has no name in apposition but another place's (left alone:
    'in Lyon, France'), so the name is the apposition of the noun the place phrase describes (the role: the
    spokesman is Zabihullah Mujahid; the tagger may call an unfamiliar name an organisation's)."""
    for name in (doc[i] for i in _positions(doc, DEP, ("appos",))):
        place = name.head
        if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "") or \
                place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj" or \
                place.head.lower_ not in PLACING_PREPS or name.i < place.i or doc[name.left_edge.i - 1].text != ",":
            continue
        role = place.head.head
        if role.pos_ != "NOUN" or role.ent_type_ or role.i > place.i:
            continue
        name.head = role
    return doc


# Nouns 'say' does take as its object ('said a prayer', 'said nothing'): no subject of a report.
SAID_THINGS = frozenset({"word", "thing", "nothing", "something", "anything", "everything", "prayer", "goodbye",
                         "hello", "yes", "no", "mass", "grace", "sorry", "lot", "little", "much"})


@Language.component("dyad_reported_coordinate_subject", assigns=["token.dep", "token.head"])
def reported_coordinate_subject(doc: Doc) -> Doc:
    """Parse repair: 'She said observers from the African Union and SADC had found no evidence'. With a phrase after
    the first subject, the parser reads the report's subject as the object of 'said' and the rest, from 'and', as a
    second clause of the speaker's whose subject is the second conjunct. 'Say' takes no such object: the clause is
    what was said, its subject the object noun, with the second conjunct coordinated to the noun before 'and'."""
    for say in (doc[i] for i in _positions(doc, LEMMA, ("say",))):
        if say.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in say.children):
            continue
        said = next((c for c in say.children if c.dep_ == "dobj" and c.i > say.i and c.pos_ in ("NOUN", "PROPN")
                     and c.lemma_.lower() not in SAID_THINGS), None)
        clause = next((c for c in say.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None) \
            if said is not None else None
        if clause is None or not (clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (
                "MD", "VBD", "VBZ", "VBP") for c in clause.children)):
            continue
        second = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and said.i < c.i < clause.i), None)
        link = next((c for c in say.children if c.dep_ == "cc" and said.right_edge.i < c.i < second.i), None) \
            if second is not None else None
        if link is None or doc[link.i + 1:second.left_edge.i].text.strip():
            continue  # (nothing but the second subject after 'and')
        before = doc[link.i - 1]
        partner = before if before.pos_ in ("NOUN", "PROPN") and before.i in {t.i for t in said.subtree} else said
        while partner.dep_ == "compound" and partner.head.i > partner.i and partner.head.i < link.i:
            partner = partner.head
        clause.head, clause.dep_ = say, "ccomp"
        said.head, said.dep_ = clause, second.dep_
        second.head, second.dep_ = partner, "conj"
        link.head = partner
    return doc
