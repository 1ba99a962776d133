"""Direct quotations: spans in quotation marks with a cue, and the quotations that continue them."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.codebooks import word_classes
from dyad.nlp import paragraph_break_after
from dyad.records import ActorRef, Quotation
from dyad.quotes.phrases import _quote_id
from dyad.quotes.words import DOCUMENT_WORDS


class _Direct:
    """The direct-quotation finder of :class:`~dyad.quotes.finder.QuoteFinder`."""

    # ------------------------------------------------------------------ finders
    def direct(self) -> list[Quotation]:
        found = []
        for start_char, end_char in self.quoted:
            words = self.text[start_char:end_char].split()
            if len(words) < 2:  # one word quoted is the writer's scare quotes, or a speaker's label ('calls the
                # dissidents "saboteurs"'), read with the wide option: news-dev 01-12 counts none, 13-28 several
                label = self._chosen_words(start_char, end_char) if len(words) == 1 and self.wide_attribution else None
                if label is not None:
                    found.append(label)
                continue
            cue = self.cue_for(start_char, end_char)
            chooser = self._choosing_verb(start_char, end_char) if cue is not None else None
            if chooser is not None and chooser.i != cue.i and chooser.dep_ == "relcl" and \
                    any(c.dep_ == "nsubj" for c in chooser.children):
                # 'accused X of ..., a charge that Asmara dismissed as "a fabrication"': the words of the
                # relative clause's subject, not of the sentence's cue
                chosen = self._chosen_words(start_char, end_char)
                said_by = self.speaker(cue)
                if chosen is not None and (said_by is None or chosen.speaker.actor_id != said_by.actor_id):
                    found.append(chosen)  # (the cue's own speaker again: 'X said ..., which they described as
                    continue  # "..."' stays the cue's quotation)
            if cue is None:
                cited = self._cited_by_according(start_char, end_char)
                if cited is not None:
                    found.append(cited)
                    continue
                introduced = self._introduced(found, start_char, end_char)
                continued = introduced or self._continuation(found, start_char, end_char) or \
                    self._chosen_words(start_char, end_char)
                if continued is not None:
                    found.append(continued)
                continue
            speaker = self.speaker(cue)
            span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
            sent = self.sent_of(span[0]) if span is not None and len(span) else None
            cue_sent = self.sent_of(cue)
            outlet = self.relaying_outlet(cue_sent, cue)
            end = self.doc.char_span(end_char - 1, end_char, alignment_mode="expand")
            if outlet is None and end is not None and len(end) and \
                    self._sent_number[end[0].i] != self._sent_number[cue.i]:
                outlet = self.relaying_outlet(self.sent_of(end[0]), None)  # '... anything," The Times of Israel reported.'

            if speaker is None:
                # Only an outlet cited with 'according to' may stand as the speaker itself ('According to
                # Press TV, ...'); a quotation whose speaker cannot be named is not reported.
                _, cited = self.according_to(cue_sent)
                speaker = self.index.phrase(cited) if cited is not None else None
                if speaker is None:
                    if cue.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
                        continued = self._continuation(found, start_char, end_char, opening=False)
                        if continued is not None:  # 'Further adding, "..."'
                            found.append(continued)
                    continue
            start_char, end_char = self._trimmed(start_char, end_char)
            text = self.text[start_char:end_char]
            self._cue_of[(start_char, end_char)] = cue.i
            found.append(Quotation(
                id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=cue.text, text=text,
                kind="direct", medium=self.medium(cue), according_to=outlet,
                start_char=start_char, end_char=end_char,
                sentence=self.sent_text(sent if sent is not None else cue_sent).strip(),
            ))
        return found

    def _cited_by_according(self, start_char: int, end_char: int) -> Optional[Quotation]:
        """'According to the rights group, the detainees were "beaten repeatedly"': words quoted in a sentence
        with no cue verb, whose 'according to' phrase names who said them, are that source's."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or not len(span):
            return None
        sent = self.sent_of(span[0])
        if self.sent_of(span[-1]).start != sent.start:
            return None  # (a quotation running on past the sentence is a speaker's, told elsewhere)
        source = self.according_source(sent)
        if source is None:
            return None
        speaker, outlet, _, _ = source
        start_char, end_char = self._trimmed(start_char, end_char)
        return Quotation(id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue="according to",
                         text=self.text[start_char:end_char], kind="direct", medium=None, according_to=outlet,
                         start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip())

    def _choosing_verb(self, start_char: int, end_char: int):
        """The first verb above a quotation (of two words or more, in one sentence) where it is one of
        characterising, judging, advising or promising (``@characterising``), else None."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or not len(span) or self.sent_of(span[-1]).start != self.sent_of(span[0]).start:
            return None
        if len(span) == 1:
            return self._labelling_verb(span[0])
        verb = span.root.head
        for _ in range(8):  # up to the first verb above the quotation ('people involved in "..."' is no one's)
            if self.inside(verb) or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if self.inside(verb) or verb.pos_ != "VERB" or verb.lemma_.lower() not in word_classes()["@characterising"]:
            return None
        return verb

    def _labelling_verb(self, word: Token):
        """The verb whose label one quoted word is ('calls the dissidents "saboteurs"', 'described the damage as
        "negligible"'): a verb of naming or labelling (``cue_complements.tsv``) above it, with the word right after
        its object or after 'as'; a word quoted anywhere else is the writer's scare quotes ('the "referendum"')."""
        before = next((t for t in reversed(self.doc[word.sent.start:word.i]) if not t.is_quote), None)
        if before is None or not (before.lower_ == "as" or before.pos_ in ("NOUN", "PROPN", "PRON")):
            return None
        verb = word.head
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        frames = self.complement_frames.get(verb.lemma_.lower(), ())
        if verb.pos_ != "VERB" or self.inside(verb) or not any(f.kind in ("naming", "labelling") for f in frames):
            return None
        return verb

    def _chosen_words(self, start_char: int, end_char: int) -> Optional[Quotation]:
        """'The junta denounced the sanctions as "illegal and cruel"', 'the report urges a halt to "punitive
        demolitions"': words quoted inside a clause whose verb is one of characterising, judging, advising or
        promising (``@characterising``) are its subject's choice, a direct quotation of the subject (a named
        actor) with no verb of saying. The verb is the first one above the quotation."""
        verb = self._choosing_verb(start_char, end_char)
        if verb is None:
            return None
        sent = self.sent_of(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # 'rejected the plan and called it "a farce"'
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.tag_ == "VBG" and verb.dep_ == "acl" and \
                verb.head.lemma_.lower() in DOCUMENT_WORDS:
            subject = verb.head  # 'issued a statement rejecting the "unfounded allegations"': the statement's issuer
        elif subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # '..., rejecting the "..."'
        speaker = self.subject_ref(subject) if subject is not None else None
        if speaker is None or not speaker.actor_id:
            return None
        start_char, end_char = self._trimmed(start_char, end_char)
        return Quotation(id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=verb.text,
                         text=self.text[start_char:end_char], kind="direct", medium=None,
                         according_to=self.relaying_outlet(sent, verb), start_char=start_char,
                         end_char=end_char, sentence=self.sent_text(sent).strip())

    def _continuation(self, found: list[Quotation], start_char: int, end_char: int,
                      opening: bool = True) -> Optional[Quotation]:
        """A quotation with no cue of its own that goes on from the one before it, as in
        '"...," the statement added. "Your armed forces ..."': same speaker, cue and outlet."""
        if not found:
            return None
        previous = found[-1]
        gap = self.text[previous.end_char:start_char]
        if len(gap) > 300 or gap.count("\n\n") > 1 or any(previous.end_char < a < start_char for a, _ in self.quoted):
            return None
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if opening and span is not None and len(span) and self.text[self.sent_of(span[0]).start_char:start_char].strip(' "“\'‘') \
                and not self._sentence_by(self.sent_of(span[0]), previous.speaker):
            return None  # a quotation inside someone else's sentence ('demanding an end to "..."') goes on no one's
        sentence = self.sent_text(self.sent_of(span[0])).strip() if span is not None and len(span) else previous.sentence
        start_char, end_char = self._trimmed(start_char, end_char)
        return previous.model_copy(update={
            "id": _quote_id(self.doc, start_char, end_char), "text": self.text[start_char:end_char],
            "start_char": start_char, "end_char": end_char, "sentence": sentence})

    def _introduced(self, found: list[Quotation], start_char: int, end_char: int) -> Optional[Quotation]:
        """A quotation with no cue that the text introduces by its speaker: after a colon ('The minister was
        blunt: "..."'), or as the next sentence of the same paragraph after one whose subject is someone
        other than the last speaker ('Ruto rejected the report. "It is a fabrication."'). The subject
        speaks it; None where the clause or sentence before names no actor as subject."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or not len(span):
            return None
        sent = self.sent_of(span[0])
        before = self.text[sent.start_char:start_char].rstrip(' "“\'‘')
        if before.endswith(":"):
            frame = sent  # the colon's clause, in the quotation's own sentence
        elif before.strip():
            return None  # inside someone else's sentence
        else:
            number = self._sent_number[sent.start]
            frame = self.sents[number - 1] if number else None
            if frame is None or paragraph_break_after(self.text, frame, start_char) or \
                    any(frame.start_char <= a < start_char for a, _ in self.quoted if a != start_char):
                return None  # a paragraph's first sentence, or one that quotes someone itself
        if frame is sent:  # for a colon, the first subject before it (the parser may make the quoted clause
            # the root and hang the subject on it: 'X was blunt: "This is war"')
            subject = next((t for t in sent if t.idx < start_char and t.dep_ in ("nsubj", "nsubjpass")
                            and not self.inside(t)), None)
        else:
            subject = next((c for c in frame.root.children
                            if c.dep_ in ("nsubj", "nsubjpass") and not self.inside(c)), None)
        speaker = self.subject_ref(subject) if subject is not None and subject.pos_ != "PRON" else None
        if speaker is None or not speaker.actor_id or (speaker.code in (None, "UNK") and subject.ent_type_ != "PERSON"):
            return None  # (a named person speaks whether or not the text gives a state: 'analyst Jo Obi was blunt:')
        previous = found[-1].speaker if found else None
        if previous is not None and previous.actor_id == speaker.actor_id and not before.endswith(":"):
            return None  # the last speaker goes on: a continuation
        start_char, end_char = self._trimmed(start_char, end_char)
        return Quotation(id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=None,
                         text=self.text[start_char:end_char], kind="direct", medium=None, according_to=None,
                         start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip())

    def _sentence_by(self, sent: Span, speaker: ActorRef) -> bool:
        """Whether a sentence's subject is this speaker ('Obama annouced, "..."' after Obama's quote)."""
        subject = next((t for t in sent if t.dep_ == "nsubj" and not self.inside(t) and t.i < sent.root.i + 2), None)
        ref = self.subject_ref(subject) if subject is not None else None
        if ref is None:
            return False
        return ref.actor_id == speaker.actor_id if ref.actor_id or speaker.actor_id else ref.name == speaker.name
