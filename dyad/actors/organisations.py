"""Organisations no dictionary lists: parties and movements known by the head of their name, the short forms
the text gives them in brackets, and the definite descriptions that refer back to them.

News names a country's parties and armed movements without their state ('the Patriotic Front accused the
ruling party', 'the Azawad Liberation Front said'), gives a short form once ('the Green League (GL)') and
then uses it alone, and refers back by the head ('the alliance said'). The dictionaries cannot list every
such body; their names' heads say what they are. A mixin of :class:`dyad.actors.resolver._Resolver`.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from dyad import gazetteer
from dyad.actors.index import STATE_ORGANS, _Builder
from dyad.codebooks import organisation_heads, word_classes

# Words that join the parts of a name ('Movement for Civic Renewal', "People's Front of X").
NAME_JOINERS = frozenset({"for", "of", "the", "and", "'s", "’s", "-", "&", "de", "du", "des", "la", "el", "al"})
# Words after which the head of a name stands before its complement ('Front for the Liberation of X').
COMPLEMENT_PREPS = frozenset({"for", "of"})
# Heads that make a name 'X of Y' a government's ministry by the name alone ('the Ministry of Mines', 'the
# Department of Water Affairs'); 'Office', 'Commission' and the like name private and international bodies too.
MINISTRY_HEADS = frozenset({"ministry", "department"})
# Prepositions after which a body's full name goes on past its head ('Commission on Human Rights').
HEAD_COMPLEMENTS = COMPLEMENT_PREPS | {"on", "against", "in"}


def join_coordinated_names(doc: Doc) -> tuple[Span, ...]:
    """'the Front for Change and Concord', 'the Union for Peace and Progress': names of movements end in a
    coordination of two ideals after 'for'; the tagger often stops the name at 'and' and tags the last word
    apart, even as a town. Where the word after 'and' is one capitalised word joined to the name's last word
    (not a state's name, not the start of a longer name), the name runs to it. Returns the Doc's entities."""
    ents = doc.ents
    spans = []
    for ent in ents:
        end = ent.end
        if ent.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "and" or \
                not any(t.lower_ == "for" for t in ent[1:-1]):
            continue
        word = doc[end + 1]
        after = doc[end + 2] if end + 2 < len(doc) else None
        joined = word.is_title and word.ent_type_ in ("", "GPE", "LOC") and word.dep_ == "conj" and \
            ent.start <= word.head.i < end and word.head.pos_ == "PROPN"
        if joined and not (after is not None and after.is_title and after.pos_ == "PROPN") and \
                not gazetteer.country_code(word.text):
            spans.append(Span(doc, ent.start, end + 2, label="ORG"))
    if spans:
        doc.set_ents(spans, default="unmodified")
        ents = doc.ents
    return ents


class _Organisations:
    """Passes over organisation names (reads the resolver's ``T``, ``builders``, ``token_actor``)."""

    def named_organisations(self) -> None:
        """'the Patriotic Front', 'the Movement for Civic Renewal', 'the Azawad Liberation Front': a name the
        tagger reads as an organisation (or mistakes for a law or a work: NAME_LABELS) whose head is a word of
        ``organisation_heads.tsv`` is one body of that sector; a state named inside it is its state ('the Zambian
        Democratic Movement'), else the article's (:meth:`default_countries`). A dictionary name inside it that
        stops before its head is another body's ('the National Resistance Movement' is not the 'National
        Resistance' a dictionary lists)."""
        table = organisation_heads()
        T = self.T
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            span = self._name_part(ent)
            if span is None:
                continue
            start, end, head = span
            sector = table.heads.get(T.lower[head])
            if sector is None and T.lower[head] in table.organs.keys() | table.owned_organs.keys() and \
                    (head not in self.token_actor or self._role_word_alone(head, start)):
                self._named_organ(start, end, head)
                continue
            if sector is None and T.lower[head] in table.union_heads:  # 'the Mineworkers Union of Zambia'
                sector = next((table.union_words[T.lower[j]] for j in range(start, end)
                               if T.lower[j] in table.union_words), None)
            cause = sector is None and self._cause_name(start, end)
            if cause:  # 'Thai Lawyers for Human Rights': an advocacy body, not lawyers of the judiciary
                sector, role = "NGO", self.token_actor.get(head)
                if role is not None and self._role_word_alone(head, start):
                    self.release(role)
            if sector is None or head in self.token_actor:
                continue
            held = {self.token_actor[j][0] for j in range(start, end) if j in self.token_actor}
            if any(self.builders[k].kind == "person" for k in held):
                continue
            lowers = [T.lower[j] for j in range(start, end)]
            if (set(lowers) | {f"{a} {b}" for a, b in zip(lowers, lowers[1:])}) & table.armed or \
                    self._armed_modifier(start):
                sector = table.armed_sector  # (a word or a pair of words: 'revolutionary armed')
            states = {self.state_words[j] for j in range(start, end) if j in self.state_words} | \
                {b.country for k in held if (b := self.builders[k]).kind == "country" and b.country}
            country = states.pop() if len(states) == 1 else None if states else \
                self._state_in_name(T.span_text(start, end))  # ('the Dockworkers Union of Tanzania', 'Oromo')
            self._claim_named_body(start, end, head, country, sector)

    def named_outlets(self) -> None:
        """'the Harbour Gazette', 'The Nordic Times', 'Meridian Radio': a capitalised name of two words or more
        that no dictionary lists, headed by a nameplate word, is a news outlet (of the state named inside it), so
        that 'the newspaper' and 'it' can refer back to it. A person's name needs the article before it ('the
        Velta Herald', not 'Emily Post')."""
        from dyad.quotes.words import nameplate  # (a leaf module; its package imports the actors)
        T = self.T
        for ent in self.ents:
            if self._described_outlet(ent):
                continue
            if ent.label_ not in NAME_LABELS | {"PERSON", "GPE", "FAC", "NORP"} or \
                    ent.label_ == "PERSON" and T.lower[ent.start] != "the":
                continue
            span = self._name_part(ent)
            if span is None or not nameplate([T.lower[j] for j in range(span[0], span[1])]):
                continue
            start, end, head = span
            if head != end - 1 or any(j in self.token_actor and self.builders[self.token_actor[j][0]].kind != "country"
                                      for j in range(start, end)):
                continue  # (a listed outlet or body inside it: read as that)
            states = {self.state_words[j] for j in range(start, end) if j in self.state_words}
            self.claim_outlet(start, end, states.pop() if len(states) == 1 else None)

    def _described_outlet(self, ent: Span) -> bool:
        """'Meridia, a Kurdish news network, reported': a name no dictionary lists, in apposition with a
        description of an outlet ('a news network', 'the daily', 'a local radio station'), is that outlet (of the
        state the description names). Claimed here; True when it was."""
        from dyad.quotes.words import outlet_noun  # (a leaf module; its package imports the actors)
        root = ent.root
        if root.pos_ != "PROPN" or any(j in self.token_actor for j in range(ent.start, ent.end)):
            return False
        for appos in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i):
            if outlet_noun(appos):
                states = {self.state_words[c.i] for c in appos.children if c.i in self.state_words}
                start = ent.start + 1 if self.T.lower[ent.start] == "the" else ent.start
                self.claim_outlet(start, ent.end, states.pop() if len(states) == 1 else None)
                return True
        return False

    def claim_outlet(self, start: int, end: int, country: Optional[str]) -> None:
        """The news outlet a name [start, end) is, now its only reading; the mention keeps the article before it."""
        T = self.T
        for j in range(start, end):
            self.token_actor.pop(j, None)
        name = T.span_text(start, end)
        first = start - 1 if start and T.lower[start - 1] == "the" else start
        self.claim(self.builder(f"org:{name}", name=name, kind="organisation", sector="MED", country=country),
                   first, end)

    def _claim_named_body(self, start: int, end: int, head: int, country: Optional[str], sector: str) -> None:
        """The organisation a name [start, end) with this head word is, now its only reading."""
        for j in range(start, end):
            self.token_actor.pop(j, None)
        name = self.T.span_text(start, end)
        self.claim(self.builder(f"org:{name}", name=name, kind="organisation", country=country, sector=sector,
                                role=self.T.lower[head]), start, end)

    def _named_organ(self, start: int, end: int, head: int) -> None:
        """"Kenya's National Land Commission", 'the Ghanaian Revenue Authority', "Manila's Maritime Council": a
        name no dictionary lists headed by a word of a state's organs (``organ`` in organisation_heads.tsv),
        that a state owns (its name or adjective inside the name or right before it, or a possessive state or
        capital), is that state's organ, of the head's sector (or of an ``organ-word`` in the name: 'the National
        Police Service'). An ``organ-owned`` head needs the possessive ('the Syrian National Council' may be the
        opposition's). A name no state owns may be a private body ('the Atlantic Council'): left."""
        T, table = self.T, organisation_heads()
        words = [T.lower[j] for j in range(start, end) if j not in self.state_words and T.lower[j] not in ("'s", "’s")]
        if " ".join(words) in self.dictionary.roles or " ".join(words[-2:]) in self.dictionary.roles:
            return  # ("Armenia's Defence Ministry", 'the Supreme Court': a role the titles pass reads)
        owned_only = T.lower[head] not in table.organs
        owners = set() if owned_only else {self.state_words[j] for j in range(start, end) if j in self.state_words}
        possessive = start >= 2 and T.lower[start - 1] in ("'s", "’s", "'", "’")
        before = start - 2 if possessive else start - 1
        hit = self.token_actor.get(before) if before >= 0 and (possessive or not owned_only) else None
        if hit is not None and hit[2] == before + 1:
            owner = self.builders[hit[0]]
            if owner.kind in ("country", "place") and owner.country:
                owners.add(owner.country)
        if not owners and not owned_only:  # a state the dictionaries know inside the name ('the Calenardhon
            owners = {b.country for j in range(start, head)  # Ministry of ...')
                      if j in self.token_actor and (b := self.builders[self.token_actor[j][0]]).kind == "country"}
        if not owners and T.lower[head] in MINISTRY_HEADS and head + 1 < end and T.lower[head + 1] == "of":
            owners.add(None)  # 'the Department of Disaster Management Affairs': a ministry by its very name, of
            # the article's state (default_countries) where none owns it
        role = self.token_actor[head] if self._role_word_alone(head, start) else None
        if len(owners) != 1 or any(j in self.token_actor and self.token_actor[j] != role and
                                   self.builders[self.token_actor[j][0]].kind != "country" for j in range(start, end)):
            return  # (a person's name or a listed body inside it: read as those)
        if role is not None:
            self.release(role)  # ('[The Department] of Water Affairs' read as a role word alone: the name instead)
        sector = next((table.organ_words[T.lower[j]] for j in range(start, end) if T.lower[j] in table.organ_words),
                      table.organs.get(T.lower[head]) or table.owned_organs[T.lower[head]])
        self._claim_named_body(start, end, head, owners.pop(), sector)

    def _cause_name(self, start: int, end: int) -> bool:
        """Whether a capitalised name [start, end) states a cause after 'for' or 'without' ('Lawyers for Human
        Rights', 'the Initiative for Personal Rights', 'Reporters Without Borders'; ``cause`` words of
        organisation_heads.tsv), headed by no person's title ('Minister for Peace' is an office)."""
        T = self.T
        found = organisation_heads().cause_joint([T.lower[j] for j in range(start, end)])
        if found is None:
            return False
        joint = start + found
        entry = self.dictionary.roles.get(T.lower[joint - 1]) or self.dictionary.roles.get(T.lemma[joint - 1])
        return entry is None or not entry.person or T.lower[joint - 1] != T.lemma[joint - 1]

    def _role_word_alone(self, head: int, start: int) -> bool:
        """Whether the head word of a capitalised name is held only as a role word ('[The Department] of
        Water Affairs'): the name is read instead."""
        hit = self.token_actor.get(head)
        return hit is not None and hit[0].startswith("role:") and hit[2] == head + 1 and hit[1] >= start - 1

    def _armed_modifier(self, start: int) -> bool:
        """'the rebel Patriotic Front', 'the armed Liberation Movement': a word of ``@armed_modifiers`` right
        before a name (after its article) says the body fights, whatever its name's head says."""
        T = self.T
        return start > 0 and T.lemma[start - 1] in word_classes()["@armed_modifiers"] and \
            T.pos[start - 1] in ("ADJ", "NOUN", "VERB") and T.text[start - 1].islower()

    def _name_part(self, ent: Span) -> Optional[tuple[int, int, int]]:
        """(start, end, head) of the capitalised name inside an entity: the article before it and lower-case
        words the tagger read on into ('the United Front for Change of fraud') left out; the head is the last
        capitalised word before 'for' or 'of', else the last word. None for a name of one word."""
        T = self.T
        start = ent.start + 1 if T.lower[ent.start] == "the" else ent.start
        end = start
        while end < ent.end and (T.text[end][:1].isupper() or T.lower[end] in NAME_JOINERS):
            end += 1
        while end > start and T.lower[end - 1] in NAME_JOINERS:
            end -= 1
        if end - start < 2 or T.lower[start] in NAME_JOINERS:
            return None
        head = end - 1
        for j in range(start + 1, end):
            if T.lower[j] in COMPLEMENT_PREPS:
                head = j - 1
                break
        if not T.text[head][:1].isupper():
            return None
        return start, end, head

    def acronym_aliases(self) -> None:
        """'the Green League (GL)': a short form in capitals in brackets right after an organisation's name,
        that no actor holds, is that organisation, there and wherever the text uses it again ('the GL said')."""
        T = self.T
        for opening in range(1, T.n - 2):
            if T.text[opening] != "(" or T.text[opening + 2] != ")":
                continue
            short = T.text[opening + 1]
            if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()) or opening + 1 in self.token_actor:
                continue
            before = self.token_actor.get(opening - 1)
            if before is None or before[2] != opening:
                continue
            builder = self.builders[before[0]]
            if builder.kind not in ("organisation", "group"):
                continue
            for j in range(T.n):
                if T.text[j] == short and j not in self.token_actor:
                    self.claim(builder, j, j + 1)

    def organisation_descriptions(self) -> None:
        """'the Green League ... the league said': a definite description by a named organisation's head word,
        after the name, with no owner of its own, is that organisation (the latest so named)."""
        T = self.T
        named = [b for b in self.builders.values() if b.key.startswith("org:") and b.mentions]
        if not named:
            return
        for i in range(1, T.n):
            if i in self.token_actor or T.pos[i] != "NOUN" or not T.text[i].islower() or T.lower[i - 1] != "the":
                continue
            if i - 1 in self.token_actor or (i + 1 < T.n and T.dep[i] == "compound"):
                continue  # ('the league table')
            earlier = [(max(s for s, _ in b.mentions if s < i), b) for b in named
                       if b.role == T.lemma[i].lower() and any(s < i for s, _ in b.mentions)]
            if earlier:
                self.claim(max(earlier, key=lambda pair: pair[0])[1], i - 1, i + 1)

    def short_names(self) -> None:
        """'The European Commission ... The Commission said', 'a Commission spokesman': the capitalised head word
        of an organisation named earlier in full (two words or more), standing alone after 'the' or as the
        modifier of the word after it, is that organisation (the latest so named); a name the tagger made of the
        word alone, with no code, gives way. Run before the titles are read (a dictionary body, so that 'a
        Commission spokesman' is its spokesman) and after (a body named by a role phrase: 'the African Court')."""
        T = self.T
        heads: dict[str, list[tuple[int, _Builder]]] = {}
        for builder in self.builders.values():
            words = builder.name.split()
            if builder.kind not in ("organisation", "group") or len(words) < 2 or \
                    not all(w[:1].isupper() or w.lower() in NAME_JOINERS | HEAD_COMPLEMENTS for w in words):
                continue  # (a proper name: not 'allied militias')
            head = _name_head(words)
            for start, end in builder.mentions:
                heads.setdefault(head.lower(), []).append((start, builder))
                written = T.text[end - 1]  # the head as the text writes it ("Iran's Revolutionary Guards" of a
                if end - start >= 2 and written[:1].isupper() and written.lower() != head.lower() and \
                        T.pos[end - 1] in ("NOUN", "PROPN") and T.text[end - 2][:1].isupper():  # listed '... Corps')
                    heads.setdefault(written.lower(), []).append((start, builder))
        if not heads:
            return
        for i in range(1, T.n):
            word = T.text[i]
            if not word[:1].isupper() or T.lower[i] not in heads or T.pos[i] not in ("NOUN", "PROPN"):
                continue
            before, after = T.text[i - 1], T.text[i + 1] if i + 1 < T.n else ""
            if before[:1].isupper() and T.lower[i - 1] not in ("the", "a", "an"):
                continue  # part of another name ('the Security Council' after 'the European Council' is its own)
            if after[:1].isupper() or not (T.lower[i - 1] in ("the", "a", "an") or T.dep[i] == "compound"):
                continue
            held = self.token_actor.get(i)
            span = (i - 1, i + 1) if T.lower[i - 1] == "the" else (i, i + 1)
            if held is not None and not (held[1:] in ((i, i + 1), span) and not self.builders[held[0]].code and
                                         not self.builders[held[0]].country):
                continue
            earlier = [(start, b) for start, b in heads[T.lower[i]] if start < i]
            if not earlier:
                continue
            builder = max(earlier, key=lambda pair: pair[0])[1]
            if held is not None and self.builders[held[0]] is not builder:
                self.release(held)
            elif held is not None:
                continue
            start = i - 1 if T.lower[i - 1] == "the" and i - 1 not in self.token_actor else i
            self.claim(builder, start, i + 1)

    def classified_names(self) -> None:
        """'the militant group Hamas', 'the West African bloc ECOWAS', 'the state energy company Gazprom': a
        noun that classifies the name right after it (a word of ``@classifiers``, with its article and
        modifiers) is one mention with the name, whose actor it is; the role its modifier would read ('the
        militant') gives way, so that 'Israel and the militant group Hamas agreed' has Hamas for a party. Run
        after the titles, whose role phrases it takes over."""
        T = self.T
        classifiers = word_classes()["@classifiers"]
        for i in range(T.n - 1):
            if T.pos[i] != "NOUN" or T.lemma[i] not in classifiers:
                continue
            named = self.token_actor.get(i + 1)
            if named is None:
                self._classified_new_name(i)
                continue
            if named[1] != i + 1:
                continue
            builder = self.builders[named[0]]
            own = self.token_actor.get(i)
            if builder.kind not in ("organisation", "group") or builder.key.startswith("role:") or \
                    builder.sector == "MED" or (own is not None and not own[0].startswith("role:")):
                continue  # (an outlet keeps its own name: 'the news agency Reuters' is cited as Reuters)
            start = min([c for c in T.children(i) if c < i and T.dep[c] in CLASSIFIER_MODIFIERS] + [i])
            for j in range(start, i + 1):
                held = self.token_actor.get(j)
                if held is not None and held[0] != builder.key:
                    self.release(held)
            if any(j in self.token_actor for j in range(start, i + 1)):
                continue
            end = named[2]
            builder.mentions = [m for m in builder.mentions if m != (i + 1, end)] + [(start, end)]
            for j in range(start, end):
                self.token_actor[j] = (builder.key, start, end)

    def described_new_names(self) -> None:
        """'The Karen Legal Aid Network, a rights group, said': an organisation's name no dictionary lists, with
        an apposition after its comma that the role reading made a body of a sector ('a rights group', 'a
        monitoring group', 'a state-owned company'), is that body under its own name, the apposition one of its
        mentions, and the name used again later the same actor (as :meth:`_classified_new_name`, the
        description after the name instead of before it)."""
        T = self.T
        for ent in self.ents:
            inside = {self.token_actor[j] for j in range(ent.start, ent.end) if j in self.token_actor}
            if ent.label_ not in NAME_LABELS or any(not key.startswith("role:") for key, _, _ in inside):
                continue  # (a role read inside the name gives way: 'Association for Political Prisoners')
            start = ent.start + 1 if T.lower[ent.start] == "the" else ent.start
            described = [c for c in T.children(ent.root.i) if T.dep[c] == "appos" and c >= ent.end
                         and T.text[ent.end] == ","]
            held = self.token_actor.get(described[0]) if described else None
            if held is None or not held[0].startswith("role:") or held[1] <= ent.end:
                continue
            role = self.builders[held[0]]
            if role.kind not in ("organisation", "group") or not role.sector or \
                    role.sector in ("GOV", "MIL", "COP", "LEG", "JUD"):
                continue  # (a state's organs are named by their state: 'the Directorate, the army's ...')
            words = [T.text[j] for j in range(start, ent.end)]
            if len(words) < 2 or gazetteer.country_code(" ".join(words)) or \
                    any(s < start or e > ent.end for _, s, e in inside):
                continue
            for held in inside:
                self.release(held)
            self._name_described_body(role, held[1:], start, ent.end, T.lemma[held[2] - 1])

    def described_names_in_apposition(self) -> None:
        """'the country's largest business association, KEPSA, said', 'the rights group (Haki Yetu)', 'KEPSA, the
        main business association, said': a body of no state's organs known by one description, with a name in
        apposition that no dictionary lists (a name the tagger labels, or an acronym), is that body under its
        name, as :meth:`described_new_names` reads 'The Karen Legal Aid Network, a rights group'."""
        T = self.T
        for role in [b for b in self.builders.values() if b.key.startswith("role:") and len(b.mentions) == 1]:
            if role.kind not in ("organisation", "group") or not role.sector or role.sector in STATE_ORGANS:
                continue
            start, end = role.mentions[0]
            head = end - 1
            names = [c for c in T.children(head) if T.dep[c] == "appos" and c > end and T.text[end] in (",", "(")]
            edge = self.doc[head].left_edge.i
            if T.dep[head] == "appos" and T.head[head] < edge and edge > 0 and T.text[edge - 1] == ",":
                names.append(T.head[head])  # ('KEPSA, the main business association,')
            for name in names:
                held = self.token_actor.get(name)
                named = self.builders[held[0]] if held is not None else None
                if named is not None and named.kind == "organisation" and named is not role:
                    self.release((role.key, start, end))  # ('its main rights group, the Kenya Human Rights
                    self.claim(named, start, end)  # Commission,': the description is the named body's mention)
                    break
                span = self._apposed_name(name)
                if span is not None:
                    self._name_described_body(role, (start, end), *span, T.lemma[head])
                    break

    def _apposed_name(self, i: int) -> Optional[tuple[int, int]]:
        """The token span of an organisation's name at token ``i`` that no actor holds: an entity of a name label,
        or an acronym of three capitals or more."""
        T = self.T
        if T.pos[i] != "PROPN" or i in self.token_actor:
            return None
        ent = T.entity_at(i)
        if ent is not None and ent[2] in NAME_LABELS and not any(j in self.token_actor for j in range(ent[0], ent[1])):
            start = ent[0] + 1 if T.lower[ent[0]] == "the" else ent[0]
            return (start, ent[1]) if not gazetteer.country_code(" ".join(T.text[start:ent[1]])) else None
        word = T.text[i]
        if len(word) >= 3 and word.isalpha() and word.isupper() and not gazetteer.country_code(word):
            return i, i + 1
        return None

    def _name_described_body(self, role: _Builder, mention: tuple[int, int], start: int, end: int,
                             head: str) -> None:
        """Make the unnamed body ``role`` (known by its description at ``mention``) the organisation named by
        tokens ``start:end``: the description's mentions are the name's, and so is every later use of the name."""
        T = self.T
        words = [T.text[j] for j in range(start, end)]
        name = " ".join(words)
        builder = self.builder(f"org:{name}", name=name, kind=role.kind, country=role.country, sector=role.sector,
                               role=head)
        others, role.mentions = [m for m in role.mentions if m != mention], []
        for j in [j for j, held in self.token_actor.items() if held[0] == role.key]:
            del self.token_actor[j]
        if mention[1] == start:  # 'the fuel company Korvan': one mention
            self.claim(builder, mention[0], end)
        else:  # 'the Karen Legal Aid Network, a rights group,'
            self.claim(builder, start, end)
            self.claim(builder, *mention)
        for other in others:  # the description's other mentions ('the company said') are the named body's
            self.claim(builder, *other)
        size = len(words)
        for j in range(T.n - size + 1):
            if j == start or [T.text[k] for k in range(j, j + size)] != words or \
                    (j + size < T.n and T.text[j + size][:1].isupper() and T.pos[j + size] == "PROPN"):
                continue
            held = self.token_actor.get(j)
            if held is not None and held[1:] == (j, j + size) and self.builders[held[0]].final_code() == "UNK":
                self.release(held)  # the tagger's uncoded reading of the same name ('Korvan said': a person, a place)
            if not any(k in self.token_actor for k in range(j, j + size)):
                self.claim(builder, j, j + size)

    def _classified_new_name(self, i: int) -> None:
        """'the French fuel company Korvan', 'the regional lender Banco Sul': a name no dictionary lists, right
        after a noun of ``@classifiers`` whose phrase the role reading made a body of a state and sector, is
        that body under its own name: one mention with its description, and every later use of the name alone
        ('Korvan said', "Korvan's chief") is the same actor, where before the name was no actor at all."""
        T = self.T
        own = self.token_actor.get(i)
        if own is None or own[2] != i + 1 or not own[0].startswith("role:"):
            return
        role = self.builders[own[0]]
        if role.kind not in ("organisation", "group") or not (role.country or role.sector):
            return
        end = i + 1
        while end < T.n and T.pos[end] == "PROPN" and T.text[end][:1].isupper() and end not in self.token_actor \
                and T.ent_type[end] in CLASSIFIED_NAME_LABELS:
            end += 1
        if end == i + 1 or not (T.dep[i + 1] == "appos" and T.head[i + 1] == i or
                                T.dep[i] == "compound" and i + 1 <= T.head[i] < end):
            return  # (no name, or one the parser reads as something else: 'the company Tuesday')
        words = [T.text[j] for j in range(i + 1, end)]
        if gazetteer.country_code(" ".join(words)) or any(w.lower() in self.dictionary.roles for w in words):
            return
        self._name_described_body(role, own[1:], i + 1, end, T.lemma[i].lower())


# Entity labels a classified name may carry ('' where the tagger saw no entity): not a date, number or people. A
# place label is kept: the tagger reads unknown company names as towns ('the mining company Korvan'), and a place it
# knows has been claimed as that place before.
CLASSIFIED_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC", ""})

# Entity labels the small tagger gives a body's name: an organisation, or a name it mistakes for a law, work or
# event ('the Citizens Coalition for Change' read as a law); the head word then decides.
NAME_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
# Modifiers of a classifying noun that belong to the one mention: 'the [West African] bloc ECOWAS'.
CLASSIFIER_MODIFIERS = frozenset({"det", "amod", "compound", "nmod"})


def _name_head(words: list[str]) -> str:
    """The head word of an organisation's name: the last capitalised word before 'of'/'for' ('Court' in
    'Federal Court of Justice'), else the last word ('Commission' in 'European Commission')."""
    for n, word in enumerate(words[1:], 1):
        if word.lower() in HEAD_COMPLEMENTS:
            return words[n - 1]
    return words[-1]
