"""Quotations: speaker, cue verb, words, direct or indirect, medium, and the outlet relaying them.

Direct quotations are the spans inside double quotation marks that a speech cue outside the marks
governs or stands beside ('"...," Cohen posted on X', 'He added, "..."'); a lone quoted word is a
scare quote, not speech. Indirect quotations are clausal complements of a cue verb with no quotation
marks ('X said that ...', 'The talks, he said, would begin ...': an interposed cue), evaluations given
by a cue's complement ('called the raid a crime', 'described the plan as a provocation'), and main
clauses attributed with 'according to <person>' (a name the dictionaries lack included). The relaying
outlet comes from 'according to <outlet>', '<outlet> reported', 'told <outlet>', 'in an interview with
<outlet>', '<outlet> quoted X as saying' / 'X was quoted by <outlet> as saying' (X speaks), 'speaking to
<outlet>', 'in comments carried by <agency>' and a platform written on ('wrote on Telegram'); an outlet
the dictionaries lack is known by its nameplate words ('the Harbour Gazette') or agencies.tsv.

Notes: follows the cue-verb approach of textacy's ``direct_quotations`` (Krestel, Bergler, Witte,
"Minding the Source") and extends it to indirect speech and attribution chains.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dyad.actors import ActorIndex
from dyad.records import Quotation
from dyad.quotes.finder import QuoteFinder
from dyad.quotes.words import (AUDIENCE_WORDS, DIRECT_ONLY_CUES, DOCUMENT_WORDS, MEDIA_NAME_WORDS, MEDIUM_WORDS,
                               OUTLET_SECTORS, PRESS_PEOPLE, REPORT_VERBS)

__all__ = ["QuoteFinder", "quotations", "attributions", "headline_end", "AUDIENCE_WORDS", "DIRECT_ONLY_CUES",
           "DOCUMENT_WORDS", "MEDIA_NAME_WORDS", "MEDIUM_WORDS", "OUTLET_SECTORS", "PRESS_PEOPLE", "REPORT_VERBS"]


def quotations(doc: Doc, index: ActorIndex, *, quoted: list[tuple[int, int]], cues: frozenset[str],
               text: Optional[str] = None, finder: Optional[QuoteFinder] = None) -> list[Quotation]:
    """All quotations in ``doc``, direct then indirect, in text order (``text``: ``doc.text``, if at hand;
    ``finder``: a :class:`QuoteFinder` on the same Doc and arguments, to share its per-Doc tables)."""
    finder = finder or QuoteFinder(doc, index, quoted, cues, text)
    indirect = finder.indirect()
    direct = [q for q in finder.direct() if not finder.scare_quote(q, indirect)]
    title = headline_end(finder.text)  # a headline restates the body's words in the editor's
    found = sorted((q for q in direct + indirect if q.start_char >= title), key=lambda q: q.start_char)
    return _carry_outlets(found, finder.text)


# Words a headline has at most: a longer first line is a paragraph of the story.
HEADLINE_WORDS = 25


def headline_end(text: str) -> int:
    """Where the article's headline ends, 0 where it has none: a first line of its own (a line break after it),
    of at most HEADLINE_WORDS words, that does not end as a sentence does ('EU report says Israel is
    "annexing" east Jerusalem'). Its quotations are the editor's digest of the body's, not new ones."""
    first = text.lstrip()
    offset = len(text) - len(first)
    line, newline, _ = first.partition("\n")
    line = line.rstrip()
    ending = line.rstrip("\"”’'")  # ('... calls the plan "a betrayal"' is a headline; '... "we will win."' is not)
    if not newline or not ending or len(line.split()) > HEADLINE_WORDS or ending[-1] in ".!?:":
        return 0
    return offset + len(line)


def _same_speaker(a: Quotation, b: Quotation) -> bool:
    if a.speaker.actor_id or b.speaker.actor_id:
        return a.speaker.actor_id == b.speaker.actor_id
    return a.speaker.name == b.speaker.name


def _carry_outlets(found: list[Quotation], text: str) -> list[Quotation]:
    """'X told Reuters that ... "...," he said.' and 'X said on CNN, "..." X added, "..."': a speaker's
    next quotation in the same paragraph comes through the same outlet unless it names its own."""
    carried = []
    for quote in found:
        previous = carried[-1] if carried else None
        if quote.according_to is None and previous is not None and previous.according_to and \
                _same_speaker(previous, quote) and "\n\n" not in text[previous.start_char:quote.start_char]:
            quote = quote.model_copy(update={"according_to": previous.according_to})
        carried.append(quote)
    return carried


def attributions(doc: Doc, index: ActorIndex, quoted: list[tuple[int, int]],
                 text: Optional[str] = None, finder: Optional[QuoteFinder] = None) -> dict[int, Optional[str]]:
    """Per sentence (keyed by its first token), the outlet or person its claims are attributed to;
    events coded from the sentence carry it. ``finder``: the one :func:`quotations` used (attribution
    needs no speech cues, so any finder on the same Doc gives the same answer, from tables already read)."""
    finder = finder or QuoteFinder(doc, index, quoted, frozenset(), text)
    found = {}
    named = {finder._sent_number[i] for i in finder._according + finder._report_verbs}
    for n, sent in enumerate(finder.sents):
        if n not in named:  # no 'according to', no reporting verb: attributed to no one
            found[sent.start] = None
            continue
        name, _ = finder.according_to(sent)
        found[sent.start] = name or finder.relaying_outlet(sent, None)
    return found
