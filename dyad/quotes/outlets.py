"""Outlets and attribution: who relays a quotation ('according to X', 'X reported', 'told X')."""

from __future__ import annotations

import functools
from typing import Optional

from spacy.tokens import Span, Token

from dyad.nlp import entity_at
from dyad.records import ActorRef
from dyad.quotes.phrases import _noun_phrase
from dyad.codebooks import agencies
from dyad.quotes.words import (AUDIENCE_WORDS, DOCUMENT_WORDS, MEDIA_HEAD_WORDS, MEDIA_NAME_NEEDS_NEWS,
                               MEDIA_NAME_WORDS, MEDIA_NEWS_WORDS, MEDIUM_WORDS, OUTLET_NOUNS, OUTLET_SECTORS,
                               PLATFORM_WORDS, PRESS_PEOPLE, QUOTING_VERBS, RELAY_PARTICIPLES, SPEAKING_VERBS,
                               SPEECH_NOUNS, outlet_noun)


@functools.cache
def _agency_names() -> frozenset[str]:
    """Every name and alias of agencies.tsv, lower-cased: 'Velta' is no agency, 'Kyodo News' is."""
    return frozenset(alias for agency in agencies() for alias in agency.aliases)


def media_name(words: list[str]) -> bool:
    """Whether the lower-cased words of a name make it an outlet's: a nameplate word ('Gazette', 'Times'),
    or an 'Agency'/'Network' beside a news word ('Velta News Agency'), or a known agency's name."""
    if " ".join(w for w in words if w != "the") in _agency_names():
        return True
    named = set(words)
    if named & (MEDIA_NAME_WORDS - MEDIA_NAME_NEEDS_NEWS):
        return True
    return bool(named & MEDIA_NAME_NEEDS_NEWS) and bool(named & MEDIA_NEWS_WORDS)


# Participles whose agent relays what was said: carried, published, broadcast ... and quoted ('quoted by X').
RELAYING_VERBS = frozenset(RELAY_PARTICIPLES | {"quote"})


class _Outlets:
    """The outlet and attribution methods of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def is_outlet(self, ref: Optional[ActorRef], token: Token) -> bool:
        """Whether a phrase names a news outlet: a media actor of the dictionaries; else (an actor the
        dictionaries do not know) an organisation whose name has a media word ('the Harbour Gazette',
        'Velta News Agency') or is a known agency's, a proper name headed by a nameplate word whatever
        NER calls it ('Meridian Radio'), or a common noun that is an outlet ('state television', 'the
        state news agency', 'a local radio station')."""
        if ref is not None and ref.sector in OUTLET_SECTORS:
            return True
        if token.pos_ == "PROPN" and any(t.dep_ in ("compound", "amod") and t.lower_ in OUTLET_NOUNS
                                         for t in token.children):
            return True  # 'the daily Norte Libre', 'the newspaper El Sol': the text says what it is
        if ref is not None and ref.actor_id:
            return False  # a known actor that is not media: a speaker, never the outlet
        ent = entity_at(token)
        if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART") and media_name([w.lower_ for w in ent]):
            return True
        if token.pos_ == "PROPN":
            name = [t.lower_ for t in token.children if t.dep_ in ("compound", "flat") and t.i < token.i]
            return token.lower_ in MEDIA_HEAD_WORDS or media_name(name + [token.lower_])
        return outlet_noun(token)

    def outlet_in(self, *tokens: Token) -> Optional[str]:
        """The first outlet named anywhere in some phrases: 'the news agency Reuters', 'NBC's Meet the
        Press'; a name before a common noun ('the news agency' in the same phrase)."""
        found = [t for token in tokens for t in token.subtree if self.is_outlet(self.index.at(t), t) and
                 not self._journalist(self.index.at(t)) and not _medium_modifier(self._mention_head(t))]
        heads = {t.i for t in found}
        found = [t for t in found if t.head.i not in heads or t.head.i == t.i or t.dep_ == "appos"]  # a name's head
        named = [t for t in found if t.pos_ == "PROPN"]  # 'the news agency Reuters' → Reuters
        return self._name((named or found)[0]) if found else None

    def _mention_head(self, token: Token) -> Token:
        """The last word of the actor mention holding ``token`` (the token itself where none does)."""
        hit = self.index.by_token.get(token.i)
        return token.doc[hit[2] - 1] if hit is not None else token

    def _journalist(self, ref: Optional[ActorRef]) -> bool:
        """A person of the press ('a reporter', 'journalists'): a person, not the outlet itself."""
        actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
        return actor is not None and (actor.kind == "person" or actor.role in PRESS_PEOPLE)

    # ------------------------------------------------------------------ attribution
    def according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        """The outlet or person named by 'according to X' in a sentence (outside quotations); found once
        per sentence, as every finder asks."""
        key = (sent.start, sent.end)
        found = self._according_found.get(key)
        if found is None:
            found = self._according_found[key] = self._according_to(sent)
        return found

    def _according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        for i in self._within(self._according, sent):
            token = self.doc[i]
            if not self.inside(token):
                nxt = token.nbor(1) if token.i + 1 < sent.end else None
                if nxt is not None and nxt.lower_ == "to":
                    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                    if pobj is None and nxt.i + 1 < sent.end:
                        pobj = self._head_of_span(nxt.i + 1, sent.end)
                    if pobj is not None:
                        return self._name(pobj), pobj
        return None, None

    def _head_of_span(self, start: int, end: int) -> Optional[Token]:
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return tokens[-1] if tokens else None

    def _name(self, token: Token) -> str:
        named = self.doc[token.i + 1] if token.pos_ == "NOUN" and token.i + 1 < len(self.doc) else None
        if named is not None and named.pos_ == "PROPN" and named.head.i == token.i:
            return self.doc[token.left_edge.i:named.right_edge.i + 1].text  # 'the state news agency Velta'
        appos = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)
        if token.pos_ == "NOUN" and appos is not None and appos.left_edge.i == token.i + 1:
            return self.doc[token.left_edge.i:appos.right_edge.i + 1].text  # 'the daily El Tiempo'
        ref = self.index.phrase(token)
        if ref is not None and ref.sector in OUTLET_SECTORS and token.pos_ == "PROPN" and ref.end_char <= token.idx:
            ref = None  # 'the newspaper Norte Libre': the kind of outlet is not its name
        actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
        if actor is not None and ref.sector in OUTLET_SECTORS and actor.name[:1].isupper() and \
                not any(t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > t.sent.start
                        for t in self.doc.char_span(ref.start_char, ref.end_char, alignment_mode="expand") or ()):
            return actor.name  # 'the newspaper', 'the paper': the named outlet it refers back to
        if ref is not None and ref.sector in OUTLET_SECTORS:
            span = self.doc.char_span(ref.start_char, ref.end_char)
            return self.text[span.start_char:span.end_char] if span else ref.name
        ent = entity_at(token)
        if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "PERSON"):
            return ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text  # 'the Courier's editor'
        return _noun_phrase(token)

    def relaying_outlet(self, sent: Span, cue: Optional[Token]) -> Optional[str]:
        """'..., The Times of Israel reported.' or 'told the BBC': an outlet that relays the speech. An
        outlet or a document that speaks itself ('the news agency added: "..."', 'The statement said') is
        the channel its words reach the reader through: the end of the attribution chain."""
        if cue is None:  # the same for every quotation of the sentence: found once
            key = (sent.start, sent.end)
            if key not in self._relayed:
                self._relayed[key] = self._relaying_outlet(sent, None)
            return self._relayed[key]
        return self._relaying_outlet(sent, cue)

    def _relaying_outlet(self, sent: Span, cue: Optional[Token]) -> Optional[str]:
        outlet, token = self.according_to(sent)
        if outlet and token is not None and (self.is_outlet(self.index.phrase(token), token)):
            return outlet
        for i in self._within(self._report_verbs, sent):  # outside quotations, lemma in REPORT_VERBS
            verb = self.doc[i]
            if cue is not None and verb.i == cue.i:
                continue
            for child in self._relayers(verb, cue):
                ref = self._relayer(child)
                if self.is_outlet(ref, child) and (cue is None or ref is None or ref.actor_id != self._speaker_id(cue)):
                    return self._name(child)
                if cue is not None and self._reports_the_cue(verb, cue) and child.pos_ == "PROPN" and \
                        (ref is None or not ref.actor_id):
                    return self._name(child)  # 'Kestralia reported that the minister said ...': a name no table
                    # knows that reports someone's saying relays it
        if cue is not None:
            if cue.lemma_.lower() == "tell":
                told = [c for c in cue.children if c.dep_ in ("dobj", "dative", "npadvmod", "appos")
                        and not self._audience(c)]
                outlet = self.outlet_in(*told)  # 'told the news agency Reuters'
                if outlet:
                    return outlet
            spoken = [p for o in cue.children if o.dep_ == "dobj" for p in o.children  # 'voiced his concern to
                      if p.dep_ == "prep" and p.lower_ == "to"]  # Reuters': the parser hangs 'to' on the object
            spoken += [p for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i for p in c.children
                       if p.dep_ == "prep" and p.lower_ == "in" and p.i > 0 and self.doc[p.i - 1].text == "," and
                       any(o.dep_ == "pobj" and o.lemma_.lower() in SPEECH_NOUNS for o in p.children)]
            # ('said the troops would stay, in an interview with the BBC': the parser hangs the trailing
            # phrase on the reported clause's verb)
            for child in [*cue.children, *spoken]:
                if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "in"):
                    # 'said on NBC's Meet the Press', 'In an interview with Le Monde',
                    # 'In a message read out on state radio'
                    outlet = self.outlet_in(child)
                    if outlet:
                        return outlet
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in DOCUMENT_WORDS | {"interview"} \
                                and pobj.lemma_.lower() not in ("statement", "interview", "broadcast"):
                            return _noun_phrase(pobj)  # 'in an open letter' → 'open letter'
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                            self.is_outlet(self.index.at(c), c)), subject) if subject is not None else None
            if subject is not None:  # ('The state news service, Velta News, reported': the name in apposition)
                document = self._document_subject(subject)
                publisher = next((c for c in subject.children if c.dep_ in ("compound", "poss", "nmod") and
                                  self.is_outlet(self.index.at(c), c)), None) if document else None
                if publisher is not None:  # 'A Reuters report said': the outlet that published it
                    return self._name(publisher)
                if document:  # 'The EU report says', 'the statement said', '... It says'
                    return document
                ref = self._relayer(subject)
                if self.is_outlet(ref, subject):
                    actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
                    if actor is not None and (actor.kind == "person" or actor.role):
                        return self._employer(subject)  # 'A reporter for the BBC said' → BBC; an editor speaks for himself
                    # 'Haaretz says', '"...," the Gazette reported': the outlet relays its own words, under
                    # the name the dictionaries give it ('AP' → Associated Press)
                    return actor.name if actor is not None else self._name(subject)
            spoken_to = self._spoken_to(cue)
            if spoken_to:
                return spoken_to
            return self._relaying_participle(sent) or self.platform(cue)
        return self._relaying_participle(sent)

    def _relaying_participle(self, sent: Span) -> Optional[str]:
        """'in comments carried by state television', 'in an interview published by Le Matin', 'the spokesman,
        quoted by the news agency Velta, said': the agent of a participle of relaying is the outlet, named or
        not by a media word; a body the dictionaries know as something else issues its own words ('a
        statement released by the ministry')."""
        for verb in sent:
            if verb.dep_ not in ("acl", "relcl", "advcl") or verb.tag_ != "VBN" or self.inside(verb) or \
                    verb.lemma_.lower() not in RELAYING_VERBS:
                continue
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for name in (c for c in agent.children if c.dep_ == "pobj"):
                    ref = self.index.phrase(name)
                    unknown_name = name.pos_ == "PROPN" and (ref is None or not ref.actor_id) and \
                        verb.lemma_.lower() not in ("release", "issue", "post")
                    if (self.is_outlet(ref, name) or unknown_name) and not self._journalist(ref):
                        return self._name(name)
        return None

    def _relayer(self, subject: Token) -> Optional[ActorRef]:
        """The actor a reporting verb's subject names, not the owner of a noun that names no actor ('his
        brother said' after 'a cartoonist': whose kin speaks is no outlet)."""
        if self.index.at(subject) is None and subject.pos_ == "NOUN" and \
                any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return None
        return self.index.phrase(subject)

    def _spoken_to(self, cue: Token) -> Optional[str]:
        """'Speaking to the Harbour Gazette, the mayor said ...', '..., she said, talking to Meridian
        Radio': the outlet a speaking participle beside the cue names (an audience, 'reporters', is none)."""
        for child in cue.children:
            if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in SPEAKING_VERBS:
                heard = [p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
                outlet = self.outlet_in(*[p for p in heard if not any(self._audience(o) for o in p.children)])
                if outlet:
                    return outlet
        return None

    def platform(self, cue: Token) -> Optional[str]:
        """The platform a speaker wrote on, which relays the words as an outlet does: 'wrote on X',
        'said in a post on Telegram', 'posted on her Facebook page'."""
        for child in cue.children:
            if child.dep_ != "prep" or child.lower_ not in ("on", "in", "via"):
                continue
            for token in child.subtree:
                if token.dep_ in ("pobj", "compound") and (token.lower_ in PLATFORM_WORDS and token.lower_ != "x"
                                                           or token.text == "X" and token.dep_ == "pobj"):
                    return "X" if token.text == "X" else token.text
        return None

    @staticmethod
    def _reports_the_cue(verb: Token, cue: Token) -> bool:
        """Whether a verb of reporting has the cue inside the clause it reports ('X reported that Y said')."""
        if verb.lemma_.lower() != "report" or cue.i <= verb.i:
            return False
        head = cue
        for _ in range(3):
            if head.dep_ != "ccomp" or head.head.i == head.i:
                return False
            if head.head.i == verb.i:
                return True
            head = head.head
        return False

    def _relayers(self, verb: Token, cue: Optional[Token]) -> list[Token]:
        """Who may relay through a reporting verb: its subject ('the Gazette reported'), or the agent of
        a passive quoting verb ('was quoted by the Gazette as saying')."""
        found = [c for c in verb.children if c.dep_ == "nsubj"]
        if cue is None or self.quoted_person(cue) is None or cue.head.head.i != verb.i:
            return found  # the agent relays only the words it quotes: 'was quoted by X as saying'

        for agent in (c for c in verb.children if c.dep_ == "agent"):
            found += [c for c in agent.children if c.dep_ == "pobj"]
        # 'was quoted as saying by the Gazette': the parser hangs the agent's 'by' on the participle
        found += [c for p in cue.children if p.dep_ == "prep" and p.lower_ == "by" for c in p.children
                  if c.dep_ == "pobj"]
        return found

    def _audience(self, told: Token) -> bool:
        """Whom a speaker told, when it is an audience rather than an outlet: people ('told reporters',
        'told journalists': persons, even when their trade is the press) or a gathering ('told a news
        conference', 'told parliament', 'told the crowd', 'told supporters'). They heard the words; an
        outlet ('told the BBC', 'told the news agency Reuters') relays them."""
        if any(t.i != told.i and self.is_outlet(self.index.at(t), t) and not self._journalist(self.index.at(t))
               for t in told.subtree):
            return False  # 'told a reporter for the BBC': the reporter's outlet relays
        return told.lemma_.lower() in AUDIENCE_WORDS or told.lower_ in AUDIENCE_WORDS or \
            self._journalist(self.index.at(told))

    def _document_subject(self, subject: Token) -> Optional[str]:
        """The document a subject is: 'The report says' → report; a sentence-initial 'It says' after a
        sentence whose subject was a document ('The report accuses ... It says ...') → that document."""
        if subject.lemma_.lower() in DOCUMENT_WORDS:
            return subject.lemma_.lower()
        if subject.lower_ == "it" and subject.i == self.sent_of(subject).start and subject.i > 0:
            previous = self.sents[self._sent_number[subject.i - 1]]
            if "\n\n" not in self.text[previous.end_char:subject.idx]:
                before = next((t for t in previous if t.dep_ == "nsubj" and t.head.i == previous.root.i), None)
                if before is not None and before.lemma_.lower() in DOCUMENT_WORDS:
                    return before.lemma_.lower()
        return None

    def _employer(self, subject: Token) -> Optional[str]:
        """The outlet named inside a journalist's description ('A reporter for the BBC', 'A BBC
        correspondent in Cairo')."""
        for token in subject.subtree:
            if token.i != subject.i and token.ent_type_ in ("ORG", "WORK_OF_ART"):
                ent = entity_at(token)
                if ent is not None:
                    return ent.text
        return None

    def _relay_cue(self, cue: Token) -> bool:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return subject is not None and self.is_outlet(self.index.phrase(subject), subject)

    def medium(self, cue: Token) -> Optional[str]:
        """'posted on X' → 'X'; 'said in a statement' → 'statement'; 'on state media' → 'state media'."""
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "through", "during"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lower_.rstrip(".") in MEDIUM_WORDS or pobj.lemma_.lower() in MEDIUM_WORDS):
                        return _noun_phrase(pobj).rstrip(".") if pobj.lower_.rstrip(".") != "x" else "X"
        return None


def _medium_modifier(token: Token) -> bool:
    """A common noun of a medium modifying another noun ('in a radio interview', 'a television address'): the
    kind of appearance, no outlet that relays it ('told state television' names one)."""
    return token.pos_ == "NOUN" and token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" and \
        token.head.i > token.i
