"""Evaluations: judgements and reactions as events. A speaker who calls another's act unacceptable, or is
outraged at it, acts on whoever the judged phrase is about (its actor, agent or owner), with the code
the evaluative word has in ``evaluations``.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.codebooks import Evaluation, evaluations, word_classes
from dyad.events.lexicon import (ACT_DETERMINERS, CHARGE_NOUNS, CONFLICT_ROOTS, AS_LABELLING_VERBS, CALLING_VERBS, EMPTY_PRONOUNS,
                                 PATIENT_NOUNS, STIMULUS_PREPS, UNDERGONE_ACT_NOUNS)
from dyad.events.tokens import RELATIVIZERS, _first, _in, _is_passive, naming_relative
from dyad.records import ActorRef, Event

# Calling verbs that take a bare noun predicate after their object ('called the levy blackmail'), unlike
# 'describe' or 'deem'.
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})
# Tags of a judgement's word: an adjective or noun, or a proper noun where the parser made the predicate
# adjective the head of its object's phrase ('called [the Laotian levy unfair]').
PREDICATE_TAGS = ("ADJ", "NOUN", "PROPN")
# Nouns whose 'of' phrase is what the judgement is about: 'an act of aggression', 'full of lies', 'a litany of
# falsehoods'.
JUDGED_COLLECTIONS = frozenset({"act", "full", "pack", "bunch", "litany", "web", "string", "series", "catalogue",
                                "catalog", "tissue", "heap", "pile", "campaign"})
# Pronoun subjects of a judgement that refer to the topic a cue names with 'of' ('"They are a farce," X said of
# the talks').
TOPIC_PRONOUNS = frozenset({"it", "this", "that", "they", "these", "those"})
# Verbs by which a court or arbiter pronounces its judgment ('the court ruled that the arrest was illegal'): a
# ruling is coded by what it decides, not as the bench's criticism of a party.
RULING_VERBS = frozenset({"rule", "decree"})


class EvaluationMixin:
    """Judgement and reaction events (mixed into :class:`~dyad.events.coder.EventCoder`; uses only
    ``self``)."""

    # ------------------------------------------------------------------ evaluations: judgements and reactions
    def evaluation_events(self, sent: Span) -> list[Event]:
        """A speaker's judgement of another actor, or of that actor's act, coded as criticism (111) or
        praise (051) by the words of ``evaluations.tsv``: an adjective the speaker says or calls it ('Peru
        said the Chilean ruling was reckless', 'told the BBC that the audit was "dishonest"', 'called
        the levy illegal'), or the speaker's feeling at it ('Ghana was outraged at the Togolese
        decree', 'said they were "dismayed" by the ministry's ruling', 'the raid angered Nepal').
        The evaluative word may stand in scare quotes; whom it is about must be named outside a quotation
        or be its subject, and negated or modal clauses are left."""
        book = evaluations()
        found: list[Event] = []
        used: set[int] = set()
        for word in _in(sent, self.tokens):
            entry = book.get(word.lower_) or book.get(word.lemma_lower) or _compound_entry(book, word) or \
                _of_phrase_entry(book, word) or _manner_entry(book, word)
            faith = entry is None and word.lemma_lower in word_classes()["@good_faith"] and word.pos_ == "ADJ"
            if faith:
                entry = Evaluation(word.lemma_lower, "051", "judgement")
            if entry is None:
                continue
            denied = entry.code == "051" and entry.frame == "judgement" and self._denied_judgement(word)
            if faith and not denied:
                continue  # good faith judges only when denied ('Peru said the threat was serious': no praise)
            if word.dep_ == "amod" and word.pos_ == "ADJ" and word.head.pos_ == "NOUN" and (
                    book.get(word.head.lower_) or book.get(word.head.lemma_lower)) is not None:
                continue  # 'a historic betrayal': the label noun judges; its adjective only weighs it
            adjective = entry.frame == "judgement"
            if word.pos_ not in (("ADJ", "VERB") if entry.frame == "reaction" else PREDICATE_TAGS) and not (
                    adjective and word.pos_ == "ADV" and word.dep_ in ("pcomp", "acomp", "oprd", "advmod")):
                continue  # (an '-ly' adjective read as an adverb: 'described the raid as cowardly')
            hit = self._reaction(word) if entry.frame == "reaction" else self._judgement(word, adjective, denied)
            if hit is None:
                continue
            code = "111" if denied else entry.code  # 'said the offer was not constructive': criticism
            clause, sources, judged = hit
            named = self._label_agent(word) if entry.frame != "reaction" else []
            for source in sources:
                for target in named or self._evaluated(judged, [source]) or self.governed(judged, [source]):
                    if target.actor_id != source.actor_id and target.code not in ("UNK", source.code):
                        found.append(self.make_event(sent, word, word, code, source, target, True, used))
        return found

    def _denied_judgement(self, word: Token) -> bool:
        """Whether a judgement is denied in its own clause ('the proposal was not serious', 'is not
        constructive'), the clause otherwise stated as fact: the negation of praise is criticism."""
        clause = word.head if word.dep_ in ("acomp", "attr") else word
        return (self.negated(clause) or self.negated(word)) and not self.hypothetical(clause) and \
            not self._questioned(clause)

    def consequence_events(self, sent: Span) -> list[Event]:
        """A speaker's criticism (111) of an act the speaker says does or will do harm: 'China said the move would
        stoke tensions and endanger regional peace', 'the EU said the law undermined press freedom'. The harming
        verb (``@harming``, or ``@inflaming`` with a word of ``@strife`` as object) has for subject an act named by
        a noun with no actor of its own; the criticism is aimed at whoever did that act (:meth:`act_owner`)."""
        classes = word_classes()
        found: list[Event] = []
        used: set[int] = set()
        for word in _in(sent, self.tokens):
            lemma = word.lemma_lower
            if word.pos_ != "VERB" or not (lemma in classes["@harming"] or (lemma in classes["@inflaming"] and any(
                    c.dep_ == "dobj" and c.lemma_lower in classes["@strife"] for c in word.children))):
                continue
            clause = word
            while clause.dep_ == "conj" and clause.head is not clause and _first(clause, "nsubj") is None:
                clause = clause.head  # 'would stoke tensions and endanger peace': the first conjunct's subject
            act = _first(clause, "nsubj")  # (not '... and that the militia had violated the truce': its own)
            if clause.dep_ != "ccomp" or clause.head.lemma_lower not in self.lexicon.speech_cues or act is None or \
                    act.pos_ != "NOUN" or self._conjuncts(act) or self.negated(word) or self.inside(clause.head):
                continue
            if act.lemma_lower not in self.lexicon.nominals and act.lemma_lower not in classes["@acts"]:
                continue
            speaker = self.subject(clause.head)
            sources = self._conjuncts(speaker) if speaker is not None else []
            for source in sources:
                for target in self.act_owner(act, [source]):
                    if target.actor_id != source.actor_id and target.code not in ("UNK", source.code):
                        # (the criticism is in the saying: 'would stoke' is the speaker's forecast, not a doubt)
                        found.append(self.make_event(sent, clause.head, clause.head, "111", source, target, True, used))
        return found

    def _judgement(self, word: Token, adjective: bool,
                   denied: bool = False) -> Optional[tuple[Token, list[ActorRef], Token]]:
        """(clause, speakers, judged phrase) for an evaluative adjective (``adjective``: a word of the
        judgement frame) or label noun a speaker predicates of a phrase: 'X said Y was ADJ' (the copula's
        clause is a speech cue's complement) or 'X called Y ADJ'."""
        found = self._predicated(word, adjective)
        if found is None and word.dep_ == "amod" and word.head.pos_ == "NOUN":
            found = self._predicated(word.head)  # 'said the plan was a positive step', 'called it a reckless move'
        if found is None:
            return None
        cue, judged, clause = found
        if (judged is None or judged.lower_ in RELATIVIZERS) and cue.lemma_lower in CALLING_VERBS:
            named = naming_relative(cue)  # 'a move that Y called an attack', 'in what Y called an invasion'
            judged = named if named is not None and named is not cue else judged
        speaking = cue
        if judged is None or judged.lower_ in TOPIC_PRONOUNS:
            reported = self._reported_before(cue, judged)
            if reported is not None:  # 'X said Y was arming the rebels, calling it a provocation'
                judged, speaking = _first(reported[0], "nsubj"), reported[1]
            else:
                judged = self._said_of(cue) or judged
        if judged is not None and judged.lower_ in EMPTY_PRONOUNS and self._label_agent(word):
            judged = word  # '"This is an unfriendly step by Y," she said': the label names whom it is about
        if judged is None or judged.lower_ in EMPTY_PRONOUNS or self.inside(cue):
            return None
        if not (denied or self._plain_assertion(clause)) or self.negated(cue) or self.hypothetical(cue) or \
                speaking.lemma_.lower() in RULING_VERBS:
            return None
        speaker = self.subject(speaking)
        sources = self._conjuncts(speaker) if speaker is not None and not self.inside(speaker) else []
        return (clause, sources, judged) if sources else None

    def _label_agent(self, word: Token) -> list[ActorRef]:
        """The actors a label noun names as the deed's author: its own 'by' phrase ('described the incursion as
        an invasion by Y', 'called the attack an act of terror by Y') or that of a participle of doing
        ('a war crime committed by Y'). Said of the label, that names whom the judgement is about, whoever the
        judged phrase leaves unnamed; else none."""
        nodes = [word]
        if word.dep_ == "amod" and word.head.pos_ == "NOUN":
            word = word.head  # 'a hostile act by Y': the adjective's noun names the deed
            nodes.append(word)
        if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_lower == "act":
            nodes.append(word.head.head)  # ('an act of terrorism by Y': the parser hangs 'by' on 'act')
        for node in nodes:
            for child in node.children:
                agent = None
                if child.dep_ == "prep" and child.lower_ == "by":
                    agent = _first(child, "pobj")
                elif child.dep_ == "acl" and child.tag_ == "VBN":
                    agent = next((_first(a, "pobj") for a in child.children if a.dep_ == "agent"), None)
                # (a name the speaker quotes is as plain as one outside: '"an unfriendly step by the Latvian
                # authorities," she said'; a quoted pronoun is the speaker's own to resolve)
                quoted_pronoun = agent is not None and self.inside(agent) and agent.pos_ == "PRON"
                refs = self._conjuncts(agent) if agent is not None and not quoted_pronoun else []
                if refs:
                    return refs
        return []

    def _reported_before(self, cue: Token, judged: Optional[Token]) -> Optional[tuple[Token, Token]]:
        """(reported clause, speech verb) for 'it' after a participle of calling that refers to what the
        speaker has just reported ('X said Y was arming the rebels, calling it a provocation'): the judged
        act is the reported clause's, whose subject did it; the one calling it so is the speech verb's
        subject (the parser hangs the participle on the speech verb or inside the reported clause)."""
        if judged is None or judged.lower_ not in ("it", "this") or cue.dep_ != "advcl" or cue.tag_ != "VBG":
            return None
        head = cue.head
        if head.dep_ == "ccomp" and head.head.lemma_lower in self.lexicon.speech_cues and head.head.i < head.i:
            return head, head.head
        reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < cue.i), None)
        if reported is not None and head.lemma_lower in self.lexicon.speech_cues:
            return reported, head
        return None

    def _said_of(self, cue: Token) -> Optional[Token]:
        """The topic a cue's 'of' phrase names, which a pronoun subject of what was said refers to ('"It is
        a disgrace," Ruiz said of the verdict', 'said of the treaty that it was unfair'), outside quotation
        marks; else None."""
        if cue.lemma_lower not in self.lexicon.speech_cues:
            return None
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                topic = _first(prep, "pobj", "pcomp")  # ('said of the Azerbaijani shelling': a pcomp)
                return topic if topic is not None and not self.inside(topic) else None
        return None

    def _predicated(self, word: Token, adjective: bool = False) -> Optional[tuple[Token, Optional[Token], Token]]:
        """(cue, judged phrase, clause) when ``word`` is predicated of a phrase by a speaker: the complement
        of a copula the speaker reports ('X said Y was ADJ / a N'), the object predicate of a calling verb
        ('X called Y ADJ / a N'), or the 'as' predicate of a labelling verb ('X described Y as ADJ / as a N',
        'hailed Y as a N'); an 'act of N' stands for its noun ('branded the raid an act of aggression').
        ``adjective``: the word is of the judgement frame, whose place the parser may move to the end of the
        object's own phrase (:meth:`_merged_object`)."""
        while word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ in ("ADJ", "NOUN"):
            word = word.head  # 'said the manoeuvre was unsafe and unprofessional': the first conjunct's place
        head = word.head
        if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_lower in JUDGED_COLLECTIONS and \
                head.head.i != word.i:
            word, head = head.head, head.head.head  # ('was full of lies', 'a pack of lies': what it holds judges it)
        if word.pos_ == "ADV" and word.dep_ == "advmod" and head.pos_ == "VERB" and head.dep_ == "ccomp" and \
                head.head.lemma_lower in self.lexicon.speech_cues:
            return head.head, _first(head, "nsubj"), head  # 'said Y was acting irresponsibly': Y's manner judged
        if word.dep_ in ("acomp", "attr") and head.lemma_lower == "be" and head.dep_ == "ccomp":
            if head.head.lemma_lower not in self.lexicon.speech_cues:
                return None
            return head.head, _first(head, "nsubj") or self._free_relative_doer(head), head
        equating = _equating_verb(word)
        if equating is not None and equating.dep_ == "ccomp" and equating.head.lemma_lower in self.lexicon.speech_cues:
            # 'said the deployment amounted to an occupation', 'said the raid constituted a violation'
            return equating.head, _first(equating, "nsubj"), equating
        if word.dep_ in ("oprd", "advcl", "xcomp", "ccomp") and head.lemma_lower in CALLING_VERBS:
            # no object: the parser made 'called [the Kenyan levy ADJ]' one phrase headed by the predicate,
            # whose modifiers are the object's
            return head, _first(head, "dobj") or (word if word.dep_ == "oprd" and word.pos_ != "ADJ" else None) or \
                _first(word, "nsubj"), head  # (or the small clause's subject: "called [Peru's decision] unfair")
        if word.dep_ == "npadvmod" and head.dep_ == "dobj" and head.head.lemma_lower in CALLING_VERBS:
            return head.head, head, head.head  # the parser's 'branded [the move] [an act]'
        if word.dep_ == "amod" and word.pos_ == "ADJ" and word.i > head.i:
            node = head  # the parser's "called [Russia's decision unacceptable]", 'called [X's seizure of the
            while node.dep_ in ("pobj", "prep") and node.head.i != node.i:  # trucks unacceptable]': an adjective
                node = node.head  # after the noun, ending the object's phrase, is what the object is called
            if node.dep_ == "dobj" and node.head.lemma_lower in CALLING_VERBS and \
                    not any(c.i > word.i for c in node.head.children if c.dep_ != "punct"):
                return node.head, node, node.head
        if word.dep_ == "appos" and head.dep_ == "dobj" and head.head.lemma_lower in NAMING_VERBS and \
                not any(t.is_punct for t in word.doc[head.i:word.i]):
            return head.head, head, head.head  # the parser's 'called [the strike] [an act of terror]', no comma
        if word.dep_ == "dobj" and head.lemma_lower in CALLING_VERBS:
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < word.i]
            if objects:  # the parser's two objects: 'called [the raid in the north] [a provocation]'
                return head, objects[0], head
            if naming_relative(head) is not None:
                return head, None, head  # the object is the relative gap: 'a move that Y called an attack'
            later = any(c.dep_ in ("dobj", "oprd") and c.i > word.i for c in head.children)
            compounds = [c for c in word.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
            if head.lemma_lower in NAMING_VERBS and not later and compounds:
                # one phrase: 'called [the Peruvian levy blackmail]'; a judging adjective read as the phrase's
                # noun ('called [the decision groundless]') judges the noun before it
                return head, compounds[-1] if adjective else word, head
        called = self._merged_object(word) if adjective else None
        if called is not None:
            return called.head, called, called.head
        if word.dep_ in ("pobj", "pcomp", "amod", "acomp") and head.lower_ == "as" and head.dep_ == "prep":
            verb = head.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head  # 'described X and the opposition as traitors': 'as' hung from a conjunct
            if verb.dep_ in ("dobj", "nsubjpass") and verb.head.lemma_lower in AS_LABELLING_VERBS:
                verb = verb.head  # 'as' hung from the object
            if verb.lemma_lower in AS_LABELLING_VERBS:
                return verb, _first(verb, "dobj") or _first(verb, "nsubjpass"), verb
        return None

    @staticmethod
    def _merged_object(word: Token) -> Optional[Token]:
        """The object of a calling verb whose predicate adjective (``word``, with its conjuncts) the parser
        hung at the end of the object's own phrase, as the noun of its last preposition ('called [Peru's stance
        on the border] ADJ'): the object, when the adjective ends it; else None."""
        if word.dep_ != "pobj":
            return None  # (an adjective as a preposition's object is the parser's slip: 'called [X's expulsion of
            # the reporter unacceptable]')
        node = word
        while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("dobj", "oprd") and node.head.lemma_lower in CALLING_VERBS and \
                node.subtree[-1].i == word.subtree[-1].i:
            return node
        return None

    @staticmethod
    def _free_relative_doer(copula: Token) -> Optional[Token]:
        """The doer a free relative subject names ('what Peru did at the border was illegal', 'what the
        junta is doing is unacceptable'): the subject of the clause whose object is 'what'."""
        clause = _first(copula, "csubj")
        if clause is None or clause.left_edge.lower_ not in ("what", "whatever"):  # (or 'What' hung on the subject)
            return None
        return _first(clause, "nsubj")

    def _reaction(self, word: Token) -> Optional[tuple[Token, list[ActorRef], Token]]:
        """(clause, experiencers, stimulus) for a feeling at another's act: 'X was outraged at Y', 'X said
        it was "appalled" by Y', 'X is angry over Y', and the active 'Y angered X'."""
        clause = word.head if word.dep_ == "acomp" else word
        if word.pos_ == "VERB" and _first(word, "dobj") is not None and not _is_passive(word):
            experiencer, stimulus = _first(word, "dobj"), _first(word, "nsubj")  # 'the raid angered Turkey'
        else:
            experiencer = _first(clause, "nsubjpass", "nsubj")
            stimulus = next((_first(c, "pobj") for c in word.children
                             if c.dep_ in ("prep", "agent") and c.lower_ in STIMULUS_PREPS and _first(c, "pobj")), None)
        if experiencer is None or stimulus is None or self.inside(experiencer) or self.inside(stimulus):
            return None
        if not self._plain_assertion(clause) or (clause.i != word.i and self.negated(word)):
            return None
        sources = self._conjuncts(experiencer)
        return (clause, sources, stimulus) if sources else None

    def _owner_actors(self, token: Token) -> list[ActorRef]:
        """The actors of a phrase's owner or national adjective ('the government's decision', 'the
        American decision', 'the Latvian government's plan'), the first modifier that names any; for a noun
        of removal, who removes ("Niger's suspension from the bloc")."""
        remover = self.remover(token)
        if remover:
            return remover
        for child in token.children:
            if child.dep_ == "poss" and token.lemma_lower in UNDERGONE_ACT_NOUNS and self._undergoer(child) and \
                    not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                return self._doer_to(child)  # 'his detention was unlawful': who detained him, not him (but
                # "Mali's expulsion of the envoy" is Mali's act)
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                refs = self._conjuncts(child)
                if refs:
                    return refs
        return []

    def _undergoer(self, owner: Token) -> bool:
        """Whether a possessive names a person, who undergoes an act of custody rather than doing it."""
        if owner.pos_ == "PRON":
            return owner.lower_ in ("his", "her", "their")
        ref = self._at(owner)
        return ref is not None and self.index.get(ref.actor_id).kind == "person"

    def _doer_to(self, patient: Token) -> list[ActorRef]:
        """Who last acted by force or custody (CAMEO 15 to 20) on the actor a possessive names, in the events
        told so far: whose act 'his detention' or 'her expulsion' is. None where the text told no such act."""
        undergone = {r.actor_id for r in self._conjuncts(patient)}
        for event in reversed(self.history):
            if event.target is not None and event.target.actor_id in undergone and event.cameo_root in \
                    ("15", "16", "17", "18", "19", "20"):
                return [event.source]
        return []

    def party_named(self, token: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """The actors a reported clause's subject stands for as the party of what is said of it: those it names,
        but for an act of custody or force named by its noun (:meth:`act_of_force`), whoever did it (:meth:`_evaluated`),
        never those it was done to ('said the arrests of Ghanaian traders in Nigeria were unacceptable': Nigeria's,
        not the traders')."""
        if self.act_of_force(token):  # (done to the 'of' phrase)
            return self._evaluated(token, sources)
        return self._conjuncts(token)

    def act_of_force(self, token: Token) -> bool:
        """Whether a noun with no actor of its own names an act of custody or force (an event noun of the lexicon
        coded 17 to 20: 'the arrests', 'the killing of ...')."""
        hit = self.nominal(token) if token.pos_ == "NOUN" and self._at(token) is None else None
        return bool(hit) and hit[0].code[:2] in CONFLICT_ROOTS

    def _evaluated(self, token: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Who a judged phrase is about: the actor it names, else its agent ('by the army'), its owner or
        national adjective ('the government's decision', 'the American decision'), else the actor of its 'of'
        phrase unless the noun is an act or a loss whose 'of' phrase names who undergoes it ('the killing of
        the journalist'). ``sources``: who judges it, whose own acts (or, for a state, its state's) it does not
        refer back to (:meth:`act_owner`)."""
        if token.pos_ in ("VERB", "AUX"):  # the act a clause tells: 'Y shelled the town, in what X called ...'
            agent = next((_first(c, "pobj") for c in token.children if c.dep_ == "agent"), None) \
                if _is_passive(token) else _first(token, "nsubj")
            return self._conjuncts(agent) if agent is not None else []
        if self._at(token) is not None or any(c.dep_ == "conj" and self._at(c) is not None for c in token.children):
            return self._conjuncts(token)  # 'described Tikhanovskaya and the Lithuanian government as ...'
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by" and _first(child, "pobj") is not None:
                refs = self._conjuncts(_first(child, "pobj"))
                if refs:
                    return refs
        for participle in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agent = next((_first(a, "pobj") for a in participle.children if a.dep_ == "agent"), None)
            refs = self._conjuncts(agent) if agent is not None else []
            if refs:  # 'the sanctions imposed by Washington were illegal': who imposed them
                return refs
        refs = self._owner_actors(token)
        if refs:
            return refs
        for child in token.children:  # 'the accord with Belarus was a betrayal': the other party
            if child.dep_ == "prep" and child.lower_ == "with" and _first(child, "pobj") is not None:
                refs = self._conjuncts(_first(child, "pobj"))
                if refs:
                    return refs
        lemma = token.lemma_lower
        if lemma in CHARGE_NOUNS and sources and any(
                c.dep_ == "det" and (c.lower_ in ACT_DETERMINERS or c.lower_ == "such") for c in token.children):
            # 'said the claims were false', 'called the allegations lies': whoever made them, the last
            # accuser of the judging side, else the last speaker before ('X said ... Y said the claims were false')
            return self.accusers(sources[0], [], punishers=False) or \
                self.last_speaker(sources[0], token.sent, token.idx)
        if lemma in self.lexicon.nominals or lemma in PATIENT_NOUNS or lemma in word_classes()["@acts"]:
            # an act or a loss, named with no owner: its author told before ('called the move a provocation'),
            # else, for one of force or custody, the state where it was done ('said the arrests of its traders in
            # Nigeria were unacceptable')
            return self.act_owner(token, sources) or self._state_of_harm([token], sources)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and _first(child, "pobj") is not None:
                return self._conjuncts(_first(child, "pobj"))
        return []


# Verbs that equate their subject with a label as a copula does: 'amounted to an occupation', 'constituted a
# violation', 'represents a breach'.
EQUATING_VERBS = frozenset({"constitute", "represent"})


def _equating_verb(word: Token) -> Optional[Token]:
    """The verb of equivalence whose label ``word`` is ('amounted to [an invasion]', 'constituted [a
    violation]'), else None."""
    head = word.head
    if word.dep_ == "dobj" and head.lemma_.lower() in EQUATING_VERBS:
        return head
    if word.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "amount":
        return head.head
    return None


def _of_phrase_entry(book, word: Token):
    """A label of a noun and its 'of' complement ('an act of war', 'a declaration of war'), or a noun that only
    says what kind of thing its complement is ('an act of terrorism', 'a form of blackmail'): the complement's."""
    complement = next((o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
    if complement is None or word.pos_ != "NOUN":
        return None
    return book.get(f"{word.lemma_lower} of {complement.lemma_lower}") or (
        book.get(complement.lemma_lower) if word.lemma_lower in KIND_NOUNS else None)


# Nouns that only say of what kind their 'of' complement is: a label through them is the complement's.
KIND_NOUNS = frozenset({"act", "form", "kind", "sort", "case", "instance"})


def _manner_entry(book, word: Token):
    """The criticism an adverb of manner carries, by the adjective it derives from ('irresponsibly' →
    irresponsible, 'recklessly' → reckless, 'illegally' → illegal, 'hastily' → hasty): its entry, when it is
    a judgement of CAMEO 11."""
    lower = word.lower_
    if word.pos_ != "ADV" or not lower.endswith("ly") or len(lower) < 6:
        return None
    stem = lower[:-2]
    bases = [stem]  # 'recklessly', 'illegally'
    if stem.endswith("i"):
        bases.append(stem[:-1] + "y")  # 'hastily' → 'hasty'
    if lower.endswith("bly"):
        bases.append(stem + "le")  # 'irresponsibly' → 'irresponsible'
    bases.append(stem + "e")  # 'rudely' → 'rude'
    for base in bases:
        entry = book.get(base)
        if entry is not None and entry.frame == "judgement" and entry.code.startswith("11"):
            return entry  # (criticism only: 'successfully', 'effectively' describe how, they praise no one)
    return None


def _compound_entry(book, word: Token):
    """A label of two words, the noun and the compound before it ('a witch hunt', 'a show trial'), or written
    with a hyphen that the tokenizer splits ('a witch-hunt'); a judgement of two, the adjective and its adverb
    ('politically motivated')."""
    before = [c for c in word.children if c.dep_ in ("compound", "amod") and c.i < word.i]
    if not before and word.pos_ == "ADJ":
        before = [c for c in word.children if c.dep_ == "advmod" and c.i == word.i - 1]
    if not before:
        return None
    first = before[-1]
    hyphen = first.i + 2 == word.i and first.doc[first.i + 1].text == "-"
    return book.get(f"{first.lower_} {word.lemma_lower}") or (book.get(f"{first.lower_}-{word.lemma_lower}")
                                                              if hyphen else None)
