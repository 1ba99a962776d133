"""Speakers: who says a quotation, from the cue's subject, a relative pronoun, a partitive or a pronoun."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dyad import gazetteer
from dyad.codebooks import word_classes
from dyad.nlp import entity_at
from dyad.records import ActorRef
from dyad.quotes.content import speakers_next_act
from dyad.quotes.phrases import _noun_phrase, _relative_antecedent
from dyad.quotes.salience import _people_noun
from dyad.quotes.words import DOCUMENT_WORDS, EVIDENCE_WORDS, QUOTING_VERBS, RAISING_PASSIVES


# Entity labels of a speech verb's proper-noun subject that make it a speaker's name where no actor holds it: a
# person, body or people, or a name the tagger read as a work's title beside the quotation marks ('"...," Ana Ruiz
# told the committee').
NAMED_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART"})


# Dependents that open a clause inside a noun phrase: not part of the phrase that names a group.
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"})


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``top``, its ancestor."""
    path = []
    while token.i != top.i:
        path.append(token)
        token = token.head
    return path


class _Speakers:
    """The speaker methods of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def _speaker_id(self, cue: Token) -> Optional[str]:
        ref = self.speaker(cue)
        return ref.actor_id if ref else None

    # ------------------------------------------------------------------ cues and speakers
    def speaker(self, cue: Token) -> Optional[ActorRef]:
        """The subject of the cue verb, climbing to the governing verb for 'saying ...', 'claiming ...'.

        A subject that names no actor ('The official', 'Analysts', 'Biti's lawyer') is still the speaker:
        its noun phrase is returned with no actor id, so the quotation keeps who said it. Found once per
        cue: ranking the cues of a quotation, its outlet and the quotation itself all ask.
        """
        if cue.i not in self._speakers:
            self._speakers[cue.i] = self._speaker(cue)
        return self._speakers[cue.i]

    def _speaker(self, cue: Token) -> Optional[ActorRef]:
        quoted = self.quoted_person(cue) or raised_speaker(cue)
        if quoted is not None:  # 'The Gazette quoted the minister as saying': the minister speaks
            return self.subject_ref(quoted)
        verb = cue
        for _ in range(4):
            reporter = speakers_next_act(verb, self.cues)
            if reporter is not None:  # 'said the drills broke the accord and demanded ...': the speaker demands
                verb = reporter
                continue
            for child in verb.children:
                if child.dep_ in ("nsubj",) and not self.inside(child):
                    if self._mute_subject(verb, child):
                        continue  # '... during the election campaign saying, "..."': a thing says nothing
                    if self._stolen_object(verb, child):
                        break  # 'linked the suspect to al-Qaeda saying': al-Qaeda is the object of 'to'
                    resolved = self.pronoun_speaker(child)  # 'he', 'she', 'they': the mention model
                    if resolved is not None:
                        return resolved
                    earlier = self.previous_speaker(child)
                    if earlier is not None:
                        return earlier
                    ref = self.subject_ref(child)
                    return self.role_holder(child, ref) or ref  # 'the minister' → the minister named before
                if child.dep_ == "agent":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self.subject_ref(pobj)
            else:
                orphan = self._orphan_subject(verb)
                if orphan is not None:
                    return self.subject_ref(orphan)
            if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl") and verb.head.i != verb.i:
                clause = verb.head
                while clause.dep_ == "conj" and clause.head.i != clause.i:
                    clause = clause.head  # ('said Madrid respected X and hoped to ..., adding that ...')
                if verb.dep_ == "advcl" and verb.tag_ == "VBG" and clause.dep_ == "ccomp" and \
                        self.is_cue(clause.head) and clause.head.i < verb.i:
                    verb = clause.head  # 'He said the talks would resume, adding that ...': he adds
                    continue
                trailing = verb.tag_ == "VBG" and verb.dep_ == "acl" and self.index.at(verb.head) is None
                verb = verb.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # 'linked X to al-Qaeda saying'
                    verb = verb.head
                if trailing and verb.dep_ == "ccomp" and self.is_cue(verb.head) and verb.head.i < cue.i:
                    verb = verb.head  # 'X said savings had grown during the campaign saying, "..."': the parser
                    # hangs the participle on a thing inside the report; X goes on saying
            else:
                break
        return None

    @staticmethod
    def quoted_person(cue: Token) -> Optional[Token]:
        """Whom an outlet quotes: in '<outlet> quoted/cited X as saying ...' the object X, in 'X was
        quoted by <outlet> as saying ...' the passive subject X; the outlet only relays."""
        if cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.head.lemma_.lower() not in QUOTING_VERBS:
            return None
        verb = cue.head.head
        return next((c for c in verb.children if c.dep_ == ("nsubjpass" if any(
            a.dep_ == "auxpass" for a in verb.children) else "dobj")), None)

    def _mute_subject(self, verb: Token, subject: Token) -> bool:
        """A participle cue's 'subject' that cannot speak: a common noun of no people, actor or document the
        parser took from the clause before ('savings had grown during the campaign saying, "..."')."""
        lemma = subject.lemma_.lower()
        return verb.tag_ == "VBG" and verb.dep_ == "advcl" and subject.pos_ == "NOUN" and subject.i < verb.i and \
            self.index.at(subject) is None and not _people_noun(lemma) and lemma not in EVIDENCE_WORDS | DOCUMENT_WORDS

    def _stolen_object(self, verb: Token, subject: Token) -> bool:
        """A participle cue whose 'subject' is the object a preposition just before it lost: in '... to
        al-Qaeda saying, "..."' the parser makes al-Qaeda the subject of 'saying' and leaves 'to' bare."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or subject.i > verb.i:
            return False
        before = self.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        return before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)

    def _orphan_subject(self, verb: Token) -> Optional[Token]:
        """The subject the parser hung elsewhere: in 'In an interview with Die Zeit, Queen Margit denied
        that ...' the name is made an apposition of 'Zeit' and 'denied' has no subject. A cue with
        no subject of any kind, right after a name or noun phrase that ends where it begins, takes it."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) or verb.i == 0:
            return None
        if verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        before = self.doc[verb.i - 1]
        if before.is_quote and self.inside(self.doc[max(verb.i - 3, 0)]):
            # '"...," snapped the minister': the inverted frame, whose speaker the parser takes for an object
            return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and not self.inside(c)), None)
        if before.text == "," and verb.i >= 2:
            # '"...," one of them, a teacher named X, told reporters': the subject phrase and its appositions
            # hung on a word of the quotation; the outermost phrase that ends at the comma speaks
            head = self.doc[verb.i - 2]
            while head.head.i != head.i and head.head.i < verb.i and not self.inside(head.head) and \
                    head.head.right_edge.i >= verb.i - 2:
                head = head.head
            if head.dep_ == "appos" and self.inside(head.head) and head.pos_ in ("PROPN", "NOUN", "NUM") and \
                    not self.inside(head):
                return head
            return None
        if before.pos_ not in ("PROPN", "NOUN") or self.inside(before) or before.dep_ not in ("appos", "pobj", "conj"):
            return None
        head = before
        while head.head.i != head.i and head.head.i < verb.i and head.right_edge.i == verb.i - 1 \
                and head.dep_ in ("compound", "flat"):
            head = head.head
        return head

    def previous_speaker(self, pronoun: Token) -> Optional[ActorRef]:
        """'One of the victims recalled the attack. "...," he said.': a cue whose subject is 'he' or 'she'
        continues the speaker of the latest cue before it in the same paragraph, when that speaker can be
        one person and no other person is named in between."""
        if pronoun.lower_ not in ("he", "she") or pronoun.pos_ != "PRON":
            return None
        start = self._paragraph_start(pronoun)
        for token in reversed(self.doc[start:pronoun.i]):
            if not self.is_cue(token) or token.i == pronoun.head.i or any(self.is_cue(a) for a in token.ancestors):
                continue  # reported cues ('he said Hamas does not agree') do not set the speaker
            subject = next((c for c in token.children if c.dep_ == "nsubj" and not self.inside(c)), None)
            if subject is None or subject.pos_ == "PRON" and subject.lower_ not in ("one", "another"):
                return None  # 'he said ... he added': the parser's own resolution stands
            if subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in DOCUMENT_WORDS:
                return None
            ref = self.subject_ref(subject)
            if ref is None or (ref.actor_id and not self._one_person(self.index.get(ref.actor_id))):
                return None
            if self._person_between(subject.right_edge.i + 1, pronoun.i, ref):
                return None
            return ref
        return None

    @staticmethod
    def _one_person(actor) -> bool:
        """A named person, or a role phrase for one ('The official', 'the spokesman'), not a body."""
        return actor.kind == "person" or (actor.kind == "group" and actor.role is not None)

    def _person_between(self, start: int, end: int, ref: ActorRef) -> bool:
        for token in self.doc[start:end]:
            hit = self.index.at(token)
            if hit is not None and hit.actor_id != ref.actor_id and not self.inside(token) and \
                    token.pos_ != "PRON" and self.index.get(hit.actor_id).kind == "person":
                return True
        return False

    def subject_ref(self, subject: Token) -> Optional[ActorRef]:
        """Who a subject names: its actor, the named person it is in apposition with ('one senator,
        Ohio Republican Mark Dolan, said'), the antecedent of 'who', the group 'one' is one of,
        else the noun phrase itself with no actor ('Analysts', 'One of the victims')."""
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            antecedent = _relative_antecedent(subject)
            return self.subject_ref(antecedent) if antecedent is not None else None
        appositions = [c for c in subject.children if c.dep_ == "appos"]
        if subject.lower_ in ("one", "another") and subject.pos_ in ("PRON", "NUM", "DET", "NOUN"):
            named = next((ref for c in appositions for t in c.subtree if (ref := self._person_at(t)) is not None),
                         None)  # 'one of them, a teacher named Grace Phiri,': the person named
            return named or self._partitive(subject)
        part = self._group_part(subject)
        if part is not None:
            return part
        named = next((ref for c in appositions if (ref := self._person_at(c) or self._unknown_person(c) or
                                                   self._named_body_at(c)) is not None),
                     None)  # ('Her son, Jon Doe, said': the name, even one no dictionary knows)
        if named is not None and self.index.at(subject) is None:
            return named
        found = self._subject_ref(subject)
        if found is None or found.actor_id is None and subject.pos_ == "NOUN" and \
                not _people_noun(subject.lemma_.lower()):
            for conj in subject.conjuncts:  # 'Deputy National Security Advisor ... and ... John O. Brennan';
                # 'The IMF estimated growth ..., and its mission chief, Karl Holm, explained' (a thing the parser
                # joined to the speaker speaks for no one)
                named = self.index.at(conj) or self.index.phrase(conj)
                if named is not None:
                    found = named
                    break
        if found is None and subject.pos_ == "PROPN" and (subject.ent_type_ in NAMED_SPEAKER_LABELS or
                                                          self._unplaced_name(subject)):
            ent = entity_at(subject)  # (a name beside quotation marks the tagger may take for a work's title)
            if ent is not None:  # a name the coder has no actor for is still the speaker
                found = ActorRef(actor_id=None, name=ent.text, code="UNK", start_char=ent.start_char,
                                 end_char=ent.end_char)
        return found

    def _group_part(self, subject: Token) -> Optional[ActorRef]:
        """'Members of the opposition said', 'dozens of lawmakers said', 'some of the residents of the town
        said': a part of a group speaks for the group (its actor and codes), named by the whole phrase, not by
        the part word alone nor by a place inside the 'of' phrase."""
        parts = word_classes()["@group_parts"]
        if subject.lemma_.lower() not in parts and subject.lower_ not in parts:
            return None
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        ref = self.subject_ref(group) if group is not None and group.pos_ in ("NOUN", "PROPN", "PRON") else None
        if ref is None:
            return None
        phrase = [t for t in group.subtree if not any(a.dep_ in CLAUSE_DEPS for a in _path_up(t, group))]
        first = min([t.i for t in subject.children if t.i < subject.i and t.dep_ != "punct"] + [subject.i])
        span = self.doc[first:max(t.i for t in phrase) + 1]
        return ref.model_copy(update={"name": span.text, "start_char": span.start_char, "end_char": span.end_char})

    def _named_body_at(self, token: Token) -> Optional[ActorRef]:
        """'The state news service, Velta News, reported': a body's name in apposition to a description."""
        ref = self.index.at(token) if token.pos_ == "PROPN" else None
        actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
        return ref if actor is not None and actor.kind in ("organisation", "group") else None

    @staticmethod
    def _unplaced_name(token: Token) -> bool:
        """A one-word name the tagger calls a place ('Gervasi said' as GPE) that is no state, town or region
        any table knows: as the subject of a speech verb, a speaker's name, a person's or an outlet's (a longer
        one, 'North Kivu said', may be a region no table lists)."""
        ent = entity_at(token) if token.ent_type_ in ("GPE", "LOC") else None
        return ent is not None and len(ent) == 1 and gazetteer.locate(ent.text) is None and \
            gazetteer.city(ent.text) is None and \
            gazetteer.country_code(ent.text) is None

    def _unknown_person(self, token: Token) -> Optional[ActorRef]:
        """A name the tagger marks (a person's, often tagged an organisation) and no actor covers, as an
        actor with no id."""
        ent = entity_at(token) if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG") else None
        if ent is None or self.index.at(token) is not None:
            return None
        return ActorRef(actor_id=None, name=ent.text, code="UNK", start_char=ent.start_char, end_char=ent.end_char)

    def _person_at(self, token: Token) -> Optional[ActorRef]:
        """The person actor a token names, if it names one."""
        ref = self.index.at(token)
        return ref if ref is not None and self.index.get(ref.actor_id).kind == "person" else None

    def _partitive(self, subject: Token) -> Optional[ActorRef]:
        """'One of the victims recalled', and '"...," one said' after 'many protesters said': one member
        of a group, named by the group."""
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None:
            span = self.doc[subject.i:pobj.i + 1]
            return ActorRef(actor_id=None, name=span.text, code="UNK", start_char=span.start_char,
                            end_char=span.end_char)
        if any(c.dep_ not in ("punct",) for c in subject.children):
            return None
        start = self._paragraph_start(subject)
        for token in reversed(self.doc[start:subject.i]):
            if not self.is_cue(token):
                continue
            group = next((c for c in token.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)
            if group is None:
                continue
            ref = self.subject_ref(group)
            if ref is not None:
                return ref.model_copy(update={"name": f"{subject.lower_} of the {_noun_phrase(group)}"})
        return None

    def _author(self, document: Token) -> Optional[ActorRef]:
        """'a survey by the Pew Research Center', 'an inquiry by the Senate', 'a report published by the OECD':
        the author named by 'by' (or 'from', 'of') after a document noun or its participle."""
        # ('a report published by the OECD': the participle's 'by' phrase)
        participles = [a for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                       if a.dep_ == "agent"]
        for prep in [*document.children, *participles]:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from", "of") and prep.i > document.i:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or self.index.at(pobj) is not None):
                    return self.index.phrase(pobj) or self.subject_ref(pobj)
        return None

    def _subject_ref(self, subject: Token) -> Optional[ActorRef]:
        if subject.lemma_.lower() in EVIDENCE_WORDS:  # 'the EU report says' → the EU; 'the statement added' → ?
            owner = self.index.phrase(subject) or self._author(subject)
            if owner is None and subject.dep_ == "dobj":  # 'the ministry released a statement that urged'
                issuer = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
                owner = self.index.phrase(issuer) if issuer is not None else None
            if owner is not None:
                return owner
        own = self.index.at(subject)
        if own is not None:
            return own
        if subject.pos_ in ("PRON", "DET") or subject.lower_ in ("who", "which", "that"):
            return self.index.phrase(subject)
        if subject.pos_ == "NOUN" and len(subject.text) > 1:  # not a stray 'A' the parser made a subject
            tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos", "prep")
                      or t.i == subject.i]
            tokens = [t for t in tokens if t.i <= subject.i or t.head.i == subject.i and t.dep_ != "prep"]
            first, last = min(t.i for t in tokens), max(t.i for t in tokens)
            span = self.doc[first:last + 1]
            # 'the army's media wing': a part of a body, the body's own voice (its codes)
            entourage = subject.lemma_.lower() in word_classes()["@entourage"]  # 'her team said': the person's side
            kin = subject.lemma_.lower() in word_classes()["@kin"]  # 'his wife said': of the person's state
            owner = next((ref for c in subject.children if c.dep_ == "poss" and (ref := self.index.at(c)) is not None
                          and ref.code and (entourage or kin or self.index.get(ref.actor_id).kind != "person")), None)
            if owner is None and (entourage or kin):  # 'the office of President Ruiz', 'the wife of the envoy'
                of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                ref = self.index.at(pobj) if pobj is not None else None
                if ref is not None and ref.code and ref.actor_id is not None and \
                        self.index.get(ref.actor_id).kind != "place":
                    owner, last = ref, max(last, pobj.right_edge.i)
                    span = self.doc[first:last + 1]
            code, country, sector = (owner.code, owner.country, owner.sector) if owner else ("UNK", None, None)
            if owner is not None and kin:
                # "the journalist's brother", 'his wife': kin are their state's private people, not the body or office
                code, sector = (f"{owner.country}CVL", "CVL") if owner.country else ("UNK", None)
            return ActorRef(actor_id=None, name=_noun_phrase(subject) if last - first > 8 else span.text,
                            code=code, country=country, sector=sector, start_char=span.start_char, end_char=span.end_char)
        return self._titled_name(subject, self.index.phrase(subject))

    def _titled_name(self, subject: Token, found: Optional[ActorRef]) -> Optional[ActorRef]:
        """'Turkish army spokesman Murat Kaya': a personal name the coder has no actor for, headed by a
        title it does know. The title is the actor (its code, country, sector); the speaker is named by
        the proper name that follows it, and the mention runs over both."""
        if found is None or subject.pos_ != "PROPN" or found.end_char > subject.idx or found.actor_id is None:
            return found
        if not self._one_person(self.index.get(found.actor_id)):
            return found  # a body ('the army') is no title a person's name follows
        first = subject
        while first.i > 0 and self.doc[first.i - 1].idx >= found.end_char:
            before = self.doc[first.i - 1]
            if before.pos_ != "PROPN" or before.dep_ not in ("compound", "flat") or not before.text[:1].isupper():
                return found
            first = before
        title_end = self.doc[first.i - 1] if first.i > 0 else None
        if title_end is None or title_end.idx + len(title_end.text) != found.end_char:
            return found  # the title does not run straight into the name
        name = self.doc[first.i:subject.i + 1]
        if any(self.index.at(t) is not None and self.index.get(self.index.at(t).actor_id).kind != "place"
               for t in name):
            return found  # another actor's name, not the title holder's
        return found.model_copy(update={"name": name.text, "end_char": name.end_char})


def raised_speaker(cue: Token) -> Optional[Token]:
    """The speaker of a cue raised by a passive of report or belief: 'the president is reported to have said
    that ...', 'the minister is understood to have told colleagues ...' (the passive's subject); read for the
    quotation's speaker and for the attribution of events stated in it."""
    if cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in RAISING_PASSIVES or \
            not any(c.dep_ == "auxpass" for c in cue.head.children):
        return None
    return next((c for c in cue.head.children if c.dep_ == "nsubjpass"), None)
