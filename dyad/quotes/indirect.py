"""Indirect quotations: a cue verb's reported clause, a speech noun's that-clause, and 'according to <person>'."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.nlp import entity_at
from dyad.records import ActorRef, Quotation
from dyad.quotes.content import speakers_next_act, subject_read_as_object
from dyad.quotes.gates import _subject, reports
from dyad.quotes.phrases import _quote_id
from dyad.quotes.words import (AUDIENCE_WORDS, DOCUMENT_WORDS, DIRECT_ONLY_CUES, EVIDENCE_WORDS, MEDIUM_WORDS, RELAY_PARTICIPLES,
                               REPORT_VERBS, SPEECH_NOUNS)

# Nouns for remarks as a channel of speech ('in comments carried by X', 'in remarks to Y').
CHANNEL_NOUNS = frozenset({"comment", "remark"})
# Nouns by which a writer names a report as a whole in apposition to it (', a claim the army denied').
COMMENT_NOUNS = frozenset({"claim", "assertion", "allegation", "accusation", "charge", "statement", "account", "version"})
# Relative pronouns that may open a clause a cue interrupts ('a man who police said had fled').
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


# Nouns of an anonymous source named after 'according to' ('a person familiar with the matter', 'sources close to
# the army'): a speaker with no code.
ANONYMOUS_SOURCES = frozenset({"source", "person", "people", "insider", "individual", "someone"})

class _Indirect:
    """The indirect-quotation finders of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def indirect(self) -> list[Quotation]:
        found = []
        cues = self._by_sentence(self._cue_verbs)
        nouns = self._by_sentence(self._cue_nouns)
        according = self._by_sentence(self._according)
        complements = self._by_sentence(self._complement_verbs)
        for n, sent in enumerate(self.sents):
            for i in cues.get(n, ()):
                if self._lemma[i] in DIRECT_ONLY_CUES:
                    continue
                cue = self.doc[i]
                content = [c for c in cue.children if c.dep_ in ("ccomp",) and not self._quoted_clause(c, cue)
                           and not _adverbial_mark(c)] or \
                    self._misattached_clause(cue) or self._nonfinite_content(cue)
                if not content:
                    continue
                clause = content[0]
                relayed = self._trailing_relay(clause, cue)
                if relayed is not None:
                    clause = relayed  # 'X said the port was shut, Radio Velta reported': the outlet's verb is no report
                if cue.dep_ == "ccomp" and self._trailing_relay(cue, cue.head) is not None:
                    continue  # ... and the outlet says nothing of its own: it relays X (the quotation's according_to)
                if clause.i < cue.i and clause.i in cues.get(n, ()) and self._lemma[clause.i] not in DIRECT_ONLY_CUES \
                        and any(self._inside[t.i] for t in clause.subtree):
                    continue  # '"...," Lavrov told reporters, Russian media reported': the outlet relays his words
                    # (the quotation's according_to), it says nothing of its own
                if clause.i < cue.i and any(c.dep_ == "dobj" and clause.i < c.i < cue.i for c in cue.children):
                    continue  # 'X accused Y of Z, a charge Y denies': the parser's root is a relative clause
                    # whose object ('a charge') stands for the clause before it, which Y does not say
                if "declare" in self._classes.get(self._lemma[i], frozenset()) and \
                        not any(t.pos_ in ("VERB", "AUX") for t in clause.subtree):
                    continue  # 'declared the incumbent the winner', 'declared the vote void': a status, no words
                if not reports(cue, clause, self._classes.get(self._lemma[i], frozenset()), sent):
                    continue  # 'I believe ...', 'police found that ...': the class reports only in its construction
                resumed = self._resumed_clause(clause, cue, content[1:])
                words = self._without_attribution(self._clause_words(clause) + self._object_read_as_cues(cue, clause) +
                                                  self._split_clause(clause, content[1:]) + resumed, sent)
                for other in [c for c in clause.children if self._contrasted_report(c)] + self._writers_comments(clause):
                    own = {t.i for t in other.subtree}  # 'said X, while the government called it Y': another's words
                    words = [j for j in words if j not in own and not (j == other.left_edge.i - 1 and
                                                                       self.doc[j].is_punct)]
                linked = [*clause.children, *(g for x in clause.children if x.dep_ in ("xcomp", "ccomp")
                                              for g in [*x.children, *(h for y in x.children
                                                                       if y.dep_ in ("xcomp", "ccomp")
                                                                       for h in y.children)])]
                for act in (c for c in linked if c.dep_ == "conj" and speakers_next_act(c, self.cues)):
                    own = {t.i for t in act.subtree}  # 'said the march was banned and blamed X': the speaker's act
                    words = [j for j in words if j not in own]
                if clause.i > cue.i:  # 'air strikes that the Taliban said killed eight civilians', 'a man who
                    # police said had fled': the relative gap before the cue is the antecedent, no word of the report
                    words = [j for j in words if j > cue.i or self.doc[j].lower_ not in RELATIVE_PRONOUNS]
                if self.doc[clause.left_edge.i].lower_ == "that" and _complementizer(clause):
                    words = [j for j in words if j != clause.left_edge.i]  # 'that' read as a relative pronoun
                words = self._without_cue_time(words, cue, clause)
                quoted_share = sum(self._inside[j] for j in words) / max(len(words), 1)
                lead, appos = self.fronted_subject(cue, clause)  # 'The bridge, the mayor said, will open'
                if len(words) + len(lead) < 3 or quoted_share > 0.5 or clause.i < cue.i and (
                        clause.pos_ not in ("VERB", "AUX") or any(t.text == ":" for t in self.doc[clause.i:cue.i])):
                    continue  # headlines such as 'Egypt protests: Army say ...' are no reported speech
                words = sorted(words + lead)
                while len(words) > 1 and self.doc[words[-1]].dep_ in ("cc", "punct") and \
                        self.doc[words[-1]].text not in ('"', "”", "’", ")"):
                    words.pop()  # 'said he had spoken to both leaders and [warned ...]': the speaker's next act's 'and'
                speaker = self._appos_speaker(appos) if appos is not None else self.speaker(cue)
                if speaker is None:
                    continue
                if not resumed:
                    words = self._before_speaker(words, speaker)
                start_char, end_char = self._extent(words)
                text = self.text[start_char:end_char]
                self._cue_of[(start_char, end_char)] = cue.i
                found.append(Quotation(
                    id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=cue.text, text=text,
                    kind="indirect", medium=self.medium(cue), according_to=self.relaying_outlet(sent, cue),
                    start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip(),
                ))
            if n in cues:
                for quote in self.interposed(sent, cues[n]):  # 'The talks, he said, would begin next week'
                    self.add_or_continue(found, quote)
            if n in complements:
                found += self.complements(sent)  # 'called the levy a betrayal', 'described the plan as a provocation'
            if n in according:  # else 'according to' names no one here
                found += self._according_to_person(sent)
            if n in nouns:  # ('repeated his claim that ...': once, whether the verb or the noun gives it)
                spans = {(q.start_char, q.end_char) for q in found}
                found += [q for q in self._nominal(sent) if (q.start_char, q.end_char) not in spans]
        return found

    def _quoted_clause(self, clause: Token, cue: Token) -> bool:
        """Whether a cue's clause is quoted words, not reported ones: its verb inside quotation marks, and the
        clause before its cue ('"...," one of them said') or most of its words quoted too. A reported clause
        whose verb alone is quoted ('said its troops had "neutralised" dozens of attackers') is still reported
        speech."""
        if not self.inside(clause):
            return False
        if clause.i < cue.i:
            return True
        words = [t.i for t in clause.subtree if not t.is_punct]
        return sum(self._inside[j] for j in words) * 2 > len(words)

    def _nonfinite_content(self, cue: Token) -> list[Token]:
        """'denied using the weapons', 'admitted having paid the fighters', 'claimed to have shot down a
        jet', 'denied having fired': the gerund or infinitive a cue of assertion or denial (NONFINITE_CONTENT_CUES)
        takes without a subject of its own states what its subject says; an object ('denied the report') is no such
        content."""
        if cue.lemma_.lower() not in NONFINITE_CONTENT_CUES or any(c.dep_ == "dobj" for c in cue.children):
            return []
        for child in cue.children:
            if child.dep_ != "xcomp" or self.inside(child) or \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            gerund = child.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in child.children)
            perfect = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and \
                any(c.dep_ == "aux" and c.lemma_ == "have" for c in child.children)  # 'claimed to have shot'
            if gerund or perfect:
                return [child]
        return []

    @staticmethod
    def _writers_comments(clause: Token) -> list[Token]:
        """'said they had taken the town, a claim the army denied': an apposition naming what was said as a
        claim or charge, with a relative clause of its own, is the writer's comment on the report."""
        doc = clause.doc
        return [t for t in clause.subtree if t.i != clause.i and t.lemma_.lower() in COMMENT_NOUNS and
                t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and
                any(c.dep_ == "relcl" for c in t.children)]  # (the parser may read it as a second object)

    def _trailing_relay(self, clause: Token, cue: Token) -> Optional[Token]:
        """'X said the port was shut, Radio Velta reported.': the parser hangs the reported clause on the
        outlet's trailing verb and that verb on the cue. Returns the clause the cue reports where ``clause`` is
        such a verb (of reporting, after the cue, its subject an outlet after a comma that ends the clause)."""
        if clause.i < cue.i or clause.lemma_.lower() not in REPORT_VERBS:
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        inner = next((c for c in clause.children if c.dep_ == "ccomp" and cue.i < c.i < clause.i), None)
        if subject is None or inner is None or subject.i < inner.i or \
                not self.is_outlet(self.index.phrase(subject), subject):
            return None
        edge = subject.left_edge.i - 1
        return inner if edge > inner.i and self.doc[edge].text == "," else None

    def _contrasted_report(self, clause: Token) -> bool:
        """'..., while the government called the vote a manoeuvre': a clause of contrast with a subject and
        a verb of saying of its own reports another speaker, set beside the first by the writer."""
        return clause.dep_ == "advcl" and clause.lemma_.lower() in self.cues and \
            any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "whilst") for c in clause.children) and \
            any(c.dep_ == "nsubj" for c in clause.children)

    def _split_clause(self, clause: Token, others: list[Token]) -> list[int]:
        """The rest of one reported clause the parser split in two at a parenthetical phrase ('say the mine,
        to be built by a foreign firm, would poison the river': 'built' and 'poison' both read as the cue's
        complements, the first as an infinitive with the reported subject): a second complement with no
        subject of its own right after the first, with only punctuation between, and the commas between."""
        if not others or clause.i < clause.head.i or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return []  # (the first read as an infinitive: the parenthetical's own verb)
        after = others[0]
        between = range(clause.right_edge.i + 1, after.left_edge.i)
        if after.i < clause.i or not all(self.doc[j].is_punct for j in between) or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
            return []
        return list(between) + self._clause_words(after)

    def _resumed_clause(self, clause: Token, cue: Token, others: list[Token]) -> list[int]:
        """The rest of a reported clause that a cue set off by commas interrupts ('It is not clear, the minister
        said, whether the envoy will return'): the parser makes both halves complements of the cue (one before
        it, one after) or the first half the root with the cue its parataxis; the quotation runs over both
        halves and the cue between them, as for 'The talks, he said, would resume'."""
        if clause.i > cue.i and cue.dep_ == "parataxis" and cue.head.i < cue.i:
            # the parser's other reading: the first half is the root, the cue a parataxis with the second half
            subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
            head = cue.head
            if subject is None or subject.left_edge.i == 0 or self.doc[subject.left_edge.i - 1].text != "," or \
                    cue.i + 1 >= len(self.doc) or self.doc[cue.i + 1].text != ",":
                return []
            return list(range(head.left_edge.i, clause.left_edge.i))
        if clause.i > cue.i or not others or others[0].i < cue.i:
            return []
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and clause.i < c.i < cue.i), None)
        if subject is None or subject.left_edge.i == 0:
            return []
        before, after = self.doc[subject.left_edge.i - 1], cue.i + 1
        if before.text != "," or after >= len(self.doc) or self.doc[after].text != ",":
            return []
        return [j for j in range(clause.right_edge.i + 1, others[0].left_edge.i)] + self._clause_words(others[0])

    def _before_speaker(self, words: list[int], speaker: ActorRef) -> list[int]:
        """What was said stops at the comma before its speaker where the parser hung the speaker inside the
        clause ('... between the two towns, a farmers' union leader said': 'leader' read as the object of
        'between', the cue left with no subject)."""
        if not words or not (self.doc[words[0]].idx < speaker.start_char <= self.doc[words[-1]].idx):
            return words
        comma = max((j for j in words if self.doc[j].text == "," and self.doc[j].idx < speaker.start_char),
                    default=None)
        return [j for j in words if j < comma] if comma is not None else words

    def _object_read_as_cues(self, cue: Token, clause: Token) -> list[int]:
        """The words of the reported subject the parser read as the cue's object (see
        :func:`~dyad.quotes.content.subject_read_as_object`): part of what was said."""
        obj = subject_read_as_object(cue, clause)
        if obj is None or self.inside(obj):
            return []
        return list(range(obj.left_edge.i, obj.right_edge.i + 1))

    def _without_cue_time(self, words: list[int], cue: Token, clause: Token) -> list[int]:
        """A reported clause without the time phrase that opens it, before its subject, with no 'that' before it
        ('said on Wednesday it would go to court', 'told reporters on Friday the talks had failed': the parser
        hangs the time on the reported verb; it is when it was said, not what)."""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or clause.i < cue.i or not words or any(c.dep_ == "mark" for c in clause.children):
            return words  # ('said that on Friday the talks had failed': the time of what was said)
        opening = [c for c in clause.children if c.i < subject.left_edge.i and c.i == min(words) and (
            (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))
            or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")))]
        if not opening:
            return words
        dropped = {t.i for t in opening[0].subtree}
        return [j for j in words if j not in dropped]

    def _without_attribution(self, words: list[int], sent: Span) -> list[int]:
        """A reported clause without an 'according to <outlet>' the parser hung inside it ('X said the
        port would close, according to the Gazette'): the phrase names who relays, not what was said."""
        inside = set(words)
        for i in self._within(self._according, sent):
            if i in inside:
                inside -= {t.i for t in self.doc[i].subtree}
        last = max((j for j in inside if not self.doc[j].is_punct), default=None)
        for j in sorted(inside):
            prep = self.doc[j]  # 'said the talks had failed, in comments carried by state radio': the channel
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "during", "via") and j - 1 in inside and \
                    self.doc[j - 1].text == "," and prep.right_edge.i == last and \
                    any(c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_WORDS | CHANNEL_NOUNS for c in prep.children):
                inside -= {t.i for t in prep.subtree} | {j - 1}
                break
        return [j for j in words if j in inside] if len(inside) < len(words) else words

    def _misattached_clause(self, cue: Token) -> list[Token]:
        """'told Reuters in an interview that the budget would be cut', 'said in comments carried by
        Velta that ...': the parser hangs the reported that-clause on the medium noun ('interview',
        'statement', 'post'), the outlet or the relaying participle ('carried', 'published') inside the
        cue's prepositional phrase, or on the cue's object ('told a regular briefing that ...'); a clause
        with its own 'that' mark there is the cue's (a relative clause has none; 'claims that ...' is no
        medium)."""
        for obj in cue.children:  # 'told a regular briefing that ...', 'told the conference that ...'
            if obj.dep_ not in ("dobj", "dative") or obj.i < cue.i or obj.pos_ not in ("NOUN", "PROPN") or \
                    obj.lemma_.lower() not in AUDIENCE_WORDS:
                continue  # 'denied reports that ...' denies a claim: no audience, no speech of its own
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and clause.i > obj.i and not self.inside(clause) and \
                        _complementizer(clause):
                    return [clause]
        for prep in cue.children:
            if prep.dep_ != "prep" or prep.i < cue.i:
                continue
            for clause in prep.subtree:
                holder = clause.head
                if clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > holder.i and not self.inside(clause) \
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and (
                        holder.head.i == prep.i and holder.lemma_.lower() in MEDIUM_WORDS | DOCUMENT_WORDS | SPEECH_NOUNS |
                        AUDIENCE_WORDS  # ('testified before the committee that ...', 'said at the rally that ...')
                        or holder.lemma_.lower() in RELAY_PARTICIPLES
                        or self.is_outlet(self.index.at(holder), holder)):
                    return [clause]
        return []

    def _appos_speaker(self, appos: Token) -> Optional[ActorRef]:
        """The speaker named in apposition to a fronted subject ('The bridge, the mayor said, ...'). Where
        the actor found there is also the noun the apposition hangs on (a name the parser took from the
        report, 'extradite Jon Doe, a ministry official said', read as one person with it), the apposition
        alone speaks, with the actor's codes."""
        ref = self.subject_ref(appos)
        ref = self.role_holder(appos, ref) or ref
        phrase = self.doc[appos.left_edge.i:appos.right_edge.i + 1]
        named = self.index.at(appos.head)
        if ref is not None and ref.actor_id and named is not None and named.actor_id == ref.actor_id:
            ref = ref.model_copy(update={"actor_id": None, "name": phrase.text, "start_char": phrase.start_char,
                                         "end_char": phrase.end_char})
        return ref

    def _unknown_source(self, token: Token) -> Optional[ActorRef]:
        """'according to Halden Freight Analytics': a person or organisation the dictionaries do not know,
        named as the NER tags it, is still the source (an actor with no id, as a cue's unknown subject is)."""
        ent = entity_at(token)
        if token.pos_ == "NOUN" and token.lemma_.lower() in ANONYMOUS_SOURCES:
            # 'according to a person familiar with the talks', 'according to sources close to the army': an
            # anonymous source, kept as a speaker with no code (its words are reported all the same)
            doc = token.doc  # the phrase up to its first comma ('a person familiar with the talks, who ...')
            stop = next((j for j in range(token.i + 1, token.right_edge.i + 1) if doc[j].text == ","),
                        token.right_edge.i + 1)
            phrase = doc[token.left_edge.i:max(t.i for t in token.subtree if t.i < stop) + 1]
            return ActorRef(actor_id=None, name=self.text[phrase.start_char:phrase.end_char], code="UNK",
                            start_char=phrase.start_char, end_char=phrase.end_char)
        if ent is None or ent.label_ not in ("PERSON", "ORG", "NORP") or not token.pos_ == "PROPN":
            return None
        return ActorRef(actor_id=None, name=self.text[ent.start_char:ent.end_char], code="UNK",
                        start_char=ent.start_char, end_char=ent.end_char)

    def _clause_words(self, clause: Token) -> list[int]:
        """The token indices (in no set order) of a reported clause's words without its own 'that' or
        'whether' (the marks among its children). Read from the head table: the tokens between the
        clause's edges whose heads lead up to it; Token.subtree builds a Token for each word."""
        root, left, right = clause.i, clause.left_edge.i, clause.right_edge.i
        heads, deps = self._tree()
        mark = self._mark
        words = []
        for j in range(left, right + 1):
            if heads[j] == root and deps[j] == mark:
                continue
            k = j
            while k != root and left <= k <= right and heads[k] != k:
                k = heads[k]
            if k == root:
                words.append(j)
        return words

    def _phrase_end(self, noun: Token, sent: Span) -> int:
        """The last token of a noun phrase named after 'according to': the words after it that hang
        from it through nouns only ('Ivan Petrov, a port official'), not a clause the parser hung there
        ('according to X there may be up to 30 ...')."""
        doc, end = self.doc, noun.i
        for j in range(noun.i + 1, sent.end):
            if doc[j].text == "," and self._subject_read_as_conjunct(doc[j], sent):
                break
            k = doc[j]
            while k.i != noun.i and k.pos_ not in ("VERB", "AUX") and k.head.i != k.i:
                k = k.head
            if k.dep_ == "relcl" and doc[k.left_edge.i - 1].text == "," and k.left_edge.lower_ in ("who", "which"):
                k = k.head  # ('according to a source, who spoke on condition of anonymity,': the source's)
                while k.i != noun.i and k.pos_ not in ("VERB", "AUX") and k.head.i != k.i:
                    k = k.head
            if k.i != noun.i:
                break
            end = j
        return end

    def _subject_read_as_conjunct(self, comma: Token, sent: Span) -> bool:
        """'According to the prosecutor's office in Astana, weapons and explosives were found': the parser may
        take the reported clause's subject for a conjunct of the source's last noun (or, 'According to X, a port
        official, the ship left', for another apposition with the clause's verb as its modifier); it is one when
        the words after the comma are a conjunct whose phrase runs up to the main verb (or its auxiliary), or a
        noun phrase followed by a finite verb the parser hung on it."""
        if comma.i + 1 >= sent.end:
            return False
        first = self.doc[comma.i + 1]
        while first.dep_ in ("det", "amod", "compound", "nummod", "poss") and first.head.i > first.i:
            first = first.head
        if first.dep_ not in ("conj", "appos") or first.head.i > comma.i:
            return False
        after = max([first.i] + [c.right_edge.i for c in first.children if c.i < first.i or c.dep_ != "acl"]) + 1
        if after >= sent.end:
            return False
        verb = self.doc[after]
        if verb.dep_ == "acl" and verb.head.i == first.i and verb.tag_ in ("VBD", "VBZ", "VBP"):
            return True  # '..., a port official, the ship left on Monday': a finite verb read as the noun's modifier
        return first.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and (
            verb.i == sent.root.i or verb.head.i == sent.root.i)

    def _nominal(self, sent: Span) -> list[Quotation]:
        """'Ghana's announcement that it would stop paying the levy', 'a warning from the embassy that ...',
        'the embassy issued a warning that ...': a speech noun with an owner (its possessor, the issuer its
        'from' or 'by' names, or the subject of the verb that issues it) and a that-clause reports what the
        owner said."""
        found = []
        for i in self._within(self._cue_nouns, sent):  # nouns outside quotations, lemma in the cues
            noun = self.doc[i]
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) or self._document_issuer(noun)
            if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
                owner = _subject(noun.head)  # 'the embassy issued a warning that ...'
            speaker = self.index.phrase(owner) if owner is not None else None
            if clause is None or speaker is None:
                continue
            words = self._clause_words(clause)
            if len(words) < 3 or any(self._inside[j] for j in words):
                continue
            start_char, end_char = self._extent(words)
            found.append(Quotation(
                id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=noun.text,
                text=self.text[start_char:end_char], kind="indirect", medium=None,
                according_to=None, start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip()))
        return found

    def _document_issuer(self, document: Token) -> Optional[Token]:
        """Who issued or carried a document cited with 'according to': its owner or the object of 'from',
        'by', 'of' or 'in' when that names an actor or an outlet ('according to a statement from the
        defence ministry', 'a report by the rights group X', 'a report in the daily Y', 'the army's
        statement')."""
        for child in document.children:
            if child.dep_ in ("poss", "compound") and child.i < document.i:  # ('a police statement')
                candidates = [child]
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "in"):
                candidates = [c for c in child.children if c.dep_ == "pobj"]
            else:
                continue
            for token in candidates:
                ref = self.index.phrase(token)
                if (ref is not None and ref.actor_id) or self.is_outlet(ref, token):
                    return token
        # a body the dictionaries do not know, named in the 'by'/'from' phrase ('an analysis by the Congressional
        # Budget Office'): the issuer all the same, as 'according to' that body's name alone makes it
        return next((g for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                     for g in c.children if g.dep_ == "pobj" and self._unknown_source(g) is not None), None)

    def according_source(self, sent: Span) -> Optional[tuple[ActorRef, Optional[str], Token, Token]]:
        """(speaker, outlet, source token, cited token) of a sentence's 'according to' phrase: the person or
        body it names, or the issuer of the document it names ('according to a police statement'); the outlet's
        name where the source is an outlet ('According to Press TV'); None where it names no one."""
        name, token = self.according_to(sent)
        if token is None:
            return None
        cited = token  # (the document, whose phrase the cue runs over: 'according to a police statement,')
        lemma = token.lemma_.lower()
        if lemma in DOCUMENT_WORDS or lemma in EVIDENCE_WORDS and self.index.at(token) is None:
            # ('according to an analysis by the budget office'; not 'according to the paper': the newspaper)
            token = self._document_issuer(token)
            if token is None:
                return None  # 'according to the report': the report relays, and its author is not named here
            name = self._name(token)
        apposed = next((c for c in token.children if c.dep_ == "appos" and
                        (self._named_body_at(c) or self._person_at(c)) is not None), None)
        if apposed is not None and self.index.at(token) is None:
            token = apposed  # ('according to the Mauritanian news agency Al-Akhbar': the agency named, not the
            # state its adjective names)
        ref = self.index.phrase(token) or self._unknown_source(token)
        if ref is None:
            return None
        return ref, (name if self.is_outlet(ref, token) else None), token, cited

    def _according_to_person(self, sent: Span) -> list[Quotation]:
        """'The envoys were recalled for consultations, according to Ruiz.': Ruiz is the (indirect) speaker."""
        if any(self._inside[sent.start:sent.end]):
            return []
        source = self.according_source(sent)
        if source is None:
            return []
        ref, outlet, token, cited = source
        if outlet is not None and any(any(c.dep_ == "nsubj" for c in self.doc[i].children)
                                      for i in self._within(self._cue_verbs, sent)):
            return []  # 'X said ..., according to AP': AP relays X's words (not 'aides were questioned')
        according = self.doc[next(i for i in self._within(self._according, sent) if not self._inside[i])]
        # The cue phrase runs from 'according' to the end of the named source ('according to Ivan Petrov,
        # a port official'); the reported clause is the words before or after it, never the phrase itself.
        cut_end = max(self._phrase_end(token, sent), self._phrase_end(cited, sent))
        before = [i for i in range(sent.start, according.i) if self._word(i)]
        after = [i for i in range(cut_end + 1, sent.end) if self._word(i)]
        # With words on both sides ('The harbour, according to X, was closed'; '..., according to X there
        # may be ...') the reported clause is the side holding the verb the phrase modifies.
        head = according.head.i if according.head.i != according.i else sent.root.i
        if before and after and head > according.i and any(
                c.i < according.i and c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self.doc[head].children):
            words = before + after  # 'The harbour, according to X, was closed': the phrase interrupts the clause
        elif before and after:
            words = after if after[0] <= head <= after[-1] or (not before[0] <= head <= before[-1]
                                                                and len(after) > len(before)) else before
        else:
            words = before or after
        if len(words) < 3:
            return []
        start_char, end_char = self._extent(words)
        return [Quotation(
            id=_quote_id(self.doc, start_char, end_char), speaker=ref, cue="according to",
            text=self.text[start_char:end_char], kind="indirect", medium=None, according_to=outlet,
            start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip(),
        )]


# Cues of assertion and denial whose gerund or perfect infinitive complement is what they assert or deny
# ('denied using', 'admitted having', 'claimed to have killed').
NONFINITE_CONTENT_CUES = frozenset({"deny", "admit", "acknowledge", "confess", "claim"})
# Verbs whose subject issues the speech noun they take as object: 'issued a warning that ...', 'made the
# announcement that ...', 'repeated its claim that ...'.
ISSUING_VERBS = frozenset({"issue", "make", "give", "express", "voice", "deliver", "renew", "repeat", "reiterate",
                           "release", "publish", "send", "post"})


def _complementizer(clause: Token) -> bool:
    """Whether a clause opens with the complementizer 'that' (its 'mark'), also where the parser took 'that'
    for a relative pronoun object although the verb has an object of its own ('... that India rejected the
    claims'): a relative clause's 'that' stands for a missing argument."""
    that = next((c for c in clause.children if c.lower_ == "that"), None)
    if that is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if that.dep_ == "advmod" and subject is not None and subject.left_edge.i == that.i + 1:
        return True  # 'said at the time that relations were ...': the tagger's 'that' as an adverb ('that big')
    return that.dep_ == "mark" or (that.dep_ == "dobj" and sum(c.dep_ == "dobj" for c in clause.children) > 1)


# Subordinators of time, cause and contrast: a clause they open after a cue says when or why, not what
# ('..., the ministry said, as fighting intensified', which the parser may read as the cue's complement).
ADVERBIAL_MARKS = frozenset({"as", "while", "when", "after", "before", "because", "since", "until", "although",
                             "though", "whereas", "once"})


def _adverbial_mark(clause: Token) -> bool:
    """Whether a clause opens with a subordinator of time, cause or contrast (:data:`ADVERBIAL_MARKS`)."""
    first = clause.left_edge  # (the parser may hang the mark on the clause's subject: 'as fighting ... intensified')
    return first.dep_ == "mark" and first.lower_ in ADVERBIAL_MARKS
