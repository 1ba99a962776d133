"""Codebooks and dictionaries: readable data files in ``dyad/data`` and the one loader for each.

Every loader validates as it reads and reports *all* bad lines at once as ``file:line: field: message``
(see :class:`DictionaryError`). Files are found through the package (``importlib.resources``), parsed once
(``functools.cache``) and returned as immutable records, so stages take them as arguments with
packaged defaults and tests can pass a three-line one.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional


class DictionaryError(ValueError):
    """A data file has bad lines; ``problems`` lists each as 'file:line: message'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("[E100] bad dictionary data:\n  " + "\n  ".join(problems))


def data_path(name: str) -> Path:
    """Path of a packaged data file (works from a wheel or a checkout)."""
    return Path(str(resources.files("dyad.data").joinpath(name)))


def _rows(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered non-comment, non-blank lines of a text file."""
    opener = gzip.open if path.suffix == ".gz" else open  # the Phoenix supplement is stored compressed
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            stripped = line.rstrip("\n")
            if stripped.strip() and not stripped.lstrip().startswith("#"):
                yield number, stripped


def _tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header line naming at least ``columns``."""
    rows = _rows(path)
    try:
        _, header_line = next(rows)
    except StopIteration:
        raise DictionaryError([f"{path}:1: empty file, expected header {columns}"]) from None
    header = header_line.split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise DictionaryError([f"{path}:header: missing columns {missing}"])
    for number, line in rows:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield number, {h: c.strip() for h, c in zip(header, cells)}


def _alternatives(cell: str) -> frozenset[str]:
    return frozenset(x.strip().lower() for x in cell.split("|") if x.strip())


# --------------------------------------------------------------------------- CAMEO / PLOVER


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class PloverMapping:
    code: str
    category: str
    mode: str
    context: str


@functools.cache
def cameo_codebook(path: Optional[Path] = None) -> dict[str, CameoCode]:
    """All CAMEO event codes with name, Goldstein value and quad class (``cameo_codes.tsv``)."""
    path = path or data_path("cameo_codes.tsv")
    book, problems = {}, []
    for number, row in _tsv(path, ("code", "root", "name", "goldstein", "quad_class")):
        try:
            code = row["code"]
            if not code.isdigit() or not 2 <= len(code) <= 4 or row["root"] != code[:2]:
                raise ValueError(f"code {code!r} / root {row['root']!r} malformed")
            book[code] = CameoCode(code, row["root"], row["name"], float(row["goldstein"]), int(row["quad_class"]))
        except ValueError as exc:
            problems.append(f"{path}:{number}: {exc}")
    if problems:
        raise DictionaryError(problems)
    return book


def cameo_lookup(code: str, book: Optional[dict[str, CameoCode]] = None) -> CameoCode:
    """The entry for ``code``, falling back to its parent ('1612' → '161' → '16') when unlisted."""
    book = book or cameo_codebook()
    probe = code
    while probe:
        if probe in book:
            return book[probe]
        probe = probe[:-1]
    raise KeyError(f"[E101] unknown CAMEO code {code!r}")


PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

@functools.cache
def plover_table(path: Optional[Path] = None) -> dict[str, PloverMapping]:
    """The official CAMEO→PLOVER 2021 table (CC BY-SA 4.0, ``cameo_plover.tsv``)."""
    path = path or data_path("cameo_plover.tsv")
    table, problems = {}, []
    for number, row in _tsv(path, ("code", "category", "mode", "context")):
        if row["category"] not in PLOVER_CATEGORIES:
            problems.append(f"{path}:{number}: category: {row['category']!r} is not a PLOVER 2021 category")
            continue
        table.setdefault(row["code"], PloverMapping(row["code"], row["category"], row["mode"], row["context"]))
    if problems:
        raise DictionaryError(problems)
    if path == data_path("cameo_plover.tsv"):
        for code, mapping in plover_supplement().items():
            if mapping is not None:
                table.setdefault(code, mapping)
    return table


@functools.cache
def plover_supplement(path: Optional[Path] = None) -> dict[str, Optional[PloverMapping]]:
    """Dyad's categories for CAMEO codes the official table leaves out, each with its rationale
    (``plover_supplement.tsv``); None where the gap is deliberate (statements are no PLOVER events)."""
    path = path or data_path("plover_supplement.tsv")
    found: dict[str, Optional[PloverMapping]] = {}
    problems = []
    for number, row in _tsv(path, ("code", "category", "rationale")):
        if row["category"] != "-" and row["category"] not in PLOVER_CATEGORIES:
            problems.append(f"{path}:{number}: category: {row['category']!r} is not a PLOVER 2021 category or '-'")
        elif not row["rationale"]:
            problems.append(f"{path}:{number}: rationale: empty")
        else:
            found[row["code"]] = None if row["category"] == "-" else PloverMapping(row["code"], row["category"], "", "")
    if problems:
        raise DictionaryError(problems)
    return found


def plover_for(code: str) -> Optional[PloverMapping]:
    """PLOVER category, mode and context for a CAMEO code (most specific listed ancestor wins)."""
    table = plover_table()
    probe = code
    while probe:
        if probe in table:
            hit = table[probe]
            if len(probe) == 2:  # a root line carries only the category
                return PloverMapping(code, hit.category, "", "")
            return hit
        probe = probe[:-1]
    return None


# --------------------------------------------------------------------------- verbs


@dataclass(frozen=True)
class VerbPattern:
    """One verb pattern: a verb lemma (with optional particle) and conditions on its complements.

    ``objects``: acceptable head lemmas of the direct object (or the passive subject); empty = any.
    ``prep``: a preposition that must head a complement of the verb or its object; its object is the
    preferred target. ``prep_objects``: acceptable head lemmas of that preposition's object.
    ``target``: 'object' (default: object, else prepositional object), 'none' (no target),
    'subject-of-complement' (for accusations: the subject of the clausal complement is the target), or
    'direct-object' (only an actor named as the direct object: 'ordered the ambassador to leave'), or
    'reverse' (the actor found as the target acts on the subject: 'A received money from B' is B's aid to A),
    or 'after-prep-object' (``prep``'s own object is passed over and the next actor named after it is the
    target: PETRARCH's '- * AT ^ +', 'warned at the summit of the rebels').
    ``reverse_code``: a second event the target directs at the source ('A left for B' is A visiting B
    and B hosting A: PETRARCH's ``[032:033]``); empty: none. ``compound``: 'source' or 'target' when the
    pattern applies only if that side names several actors ('A and B agree', 'agrees with A and B':
    PETRARCH's ``%``); empty: either. ``auxiliaries``: words that must be among the verb's auxiliaries
    ('have' of PETRARCH's ``- % HAVE *``: 'have delayed', not 'delayed'). An object lemma may be a word
    class of ``word_classes.tsv`` ('@people', expanded when read), or one of the two markers the matcher
    sets itself: ``@actor`` (the object names an actor: 'booked the former minister'), ``@none`` (the
    verb has no object: 'the army deployed along the border'), and in a ``prep_object`` cell ``@place`` (the
    preposition's object is a named place, a country, region or town: 'withdrew from Somalia'). ``fallback``: the row's code is the verb's
    own, used when its object, a person or an actor, matches none of the verb's rows ('tortured the
    detainees' where only 'torture + prisoner' is listed).
    """

    code: str
    verb: str
    particle: str = ""
    objects: frozenset[str] = frozenset()
    prep: str = ""
    prep_objects: frozenset[str] = frozenset()
    target: str = "object"
    origin: str = ""
    reverse_code: str = ""
    compound: str = ""
    auxiliaries: frozenset[str] = frozenset()
    fallback: bool = False

    @property
    def specificity(self) -> int:
        return (2 * bool(self.objects)) + bool(self.particle) + bool(self.prep) + bool(self.prep_objects) + \
            bool(self.compound) + bool(self.auxiliaries)


@dataclass(frozen=True)
class VerbLexicon:
    """Verb patterns indexed by lemma, plus nominalisations and speech cues."""

    patterns: dict[str, tuple[VerbPattern, ...]]
    nominals: dict[str, str] = field(default_factory=dict)
    speech_cues: frozenset[str] = frozenset()
    # Dyad's lexicon codes future and intended acts as intents/threats (CAMEO 03/13, as PLOVER does);
    # PETRARCH's dictionaries code the verb as stated, whatever its tense.
    future_as_intent: bool = True
    # Inflected forms a dictionary codes as verbs of their own (PETRARCH's 'LEFT [032:033]' beside
    # 'LEAVE', 'MET' beside 'MEET'): surface form → pattern key, tried before the lemma.
    forms: dict[str, str] = field(default_factory=dict)

    def for_lemma(self, lemma: str) -> tuple[VerbPattern, ...]:
        return self.patterns.get(lemma, ())

    def merged(self, other: "VerbLexicon") -> "VerbLexicon":
        """A lexicon whose patterns are ``other``'s first, then this one's (other wins ties)."""
        patterns = dict(self.patterns)
        for lemma, pats in other.patterns.items():
            patterns[lemma] = tuple(pats) + tuple(patterns.get(lemma, ()))
        return VerbLexicon(patterns, {**self.nominals, **other.nominals}, self.speech_cues | other.speech_cues,
                           self.future_as_intent and other.future_as_intent, {**self.forms, **other.forms})


_TARGET_MODES = {"object", "none", "optional", "subject-of-complement", "direct-object", "reverse",
                 "after-prep-object", "destination", "envoy"}
# Object markers the matcher sets itself (see VerbPattern): not word classes of word_classes.tsv.
OBJECT_MARKERS = frozenset({"@actor", "@none", "@place"})


@functools.cache
def word_classes(path: Optional[Path] = None) -> dict[str, frozenset[str]]:
    """Named classes of object words a verb pattern may cite as '@name' (``word_classes.tsv``)."""
    path = path or data_path("word_classes.tsv")
    found: dict[str, frozenset[str]] = {}
    problems = []
    for number, row in _tsv(path, ("class", "words")):
        name, words = row["class"].lower(), _alternatives(row["words"])
        if not name.startswith("@") or name in OBJECT_MARKERS:
            problems.append(f"{path}:{number}: class: {name!r} must start with '@' and not be a marker")
        elif not words:
            problems.append(f"{path}:{number}: words: empty")
        else:
            found[name] = found.get(name, frozenset()) | words
    if problems:
        raise DictionaryError(problems)
    return found


def _object_alternatives(cell: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """A pattern's word cell with its '@class' names expanded (markers kept as they are)."""
    words: set[str] = set()
    for word in _alternatives(cell):
        if word.startswith("@") and word not in OBJECT_MARKERS:
            words |= classes[word]
        else:
            words.add(word)
    return frozenset(words)


def read_verb_patterns(path: Path, book: Optional[dict[str, CameoCode]] = None) -> list[VerbPattern]:
    """Read a Dyad verb-pattern TSV (``code verb particle object prep prep_object target note``)."""
    book = book or cameo_codebook()
    classes = word_classes()
    patterns, problems = [], []
    for number, row in _tsv(path, ("code", "verb")):
        code, verb = row["code"], row["verb"].lower()
        target = row.get("target", "") or "object"
        unknown = [w for w in _alternatives(row.get("object", "")) | _alternatives(row.get("prep_object", ""))
                   if w.startswith("@") and w not in OBJECT_MARKERS and w not in classes]
        if unknown:
            problems.append(f"{path}:{number}: object: unknown word classes {sorted(unknown)}")
        elif row.get("fallback", "") not in ("", "yes"):
            problems.append(f"{path}:{number}: fallback: {row['fallback']!r} must be 'yes' or empty")
        elif code not in book:
            problems.append(f"{path}:{number}: code: {code!r} is not a CAMEO code")
        elif not verb or " " in verb:
            problems.append(f"{path}:{number}: verb: {verb!r} must be one lemma (put particles in 'particle')")
        elif target not in _TARGET_MODES:
            problems.append(f"{path}:{number}: target: {target!r} not one of {sorted(_TARGET_MODES)}")
        else:
            patterns.append(VerbPattern(
                code=code, verb=verb, particle=row.get("particle", "").lower(),
                objects=_object_alternatives(row.get("object", ""), classes), prep=row.get("prep", "").lower(),
                prep_objects=_object_alternatives(row.get("prep_object", ""), classes), target=target,
                origin=f"{path.name}:{number}", fallback=row.get("fallback", "") == "yes",
            ))
    if problems:
        raise DictionaryError(problems)
    return patterns


def index_patterns(patterns: Iterable[VerbPattern]) -> dict[str, tuple[VerbPattern, ...]]:
    index: dict[str, list[VerbPattern]] = {}
    for pattern in patterns:
        index.setdefault(pattern.verb, []).append(pattern)
    return {lemma: tuple(pats) for lemma, pats in index.items()}


@functools.cache
def own_verb_patterns() -> tuple[VerbPattern, ...]:
    """Dyad's own verb patterns (``verb_patterns.tsv``), read once per process (the lexicon and the tokenizer's
    hyphened verbs both use them)."""
    return tuple(read_verb_patterns(data_path("verb_patterns.tsv")))


@functools.cache
def verb_lexicon() -> VerbLexicon:
    """Dyad's packaged verb lexicon (``verb_patterns.tsv``, ``nominals.tsv``, ``speech_cues.tsv``)."""
    patterns = list(own_verb_patterns())
    own = {p.verb for p in patterns}
    patterns = [*patterns, *(p for p in petrarch_verb_patterns() if p.verb not in own)]
    nominals = {row["noun"].lower(): row["verb"].lower()
                for _, row in _tsv(data_path("nominals.tsv"), ("noun", "verb"))}
    cues = frozenset(speech_cue_classes())
    return VerbLexicon(index_patterns(patterns), nominals, cues)


PETRARCH_VERBS_FILE = "petrarch_verbs.jsonl.gz"


@functools.cache
def petrarch_verb_patterns() -> tuple[VerbPattern, ...]:
    """PETRARCH2's CAMEO verb patterns with a specific code (``petrarch_verbs.jsonl.gz``, converted by
    ``scripts/convert_petrarch_verbs.py``; MIT licence, ``PHOENIX_LICENSE.txt``): :func:`verb_lexicon`
    adds those of verbs ``verb_patterns.tsv`` does not list ('airlift', 'acquiesce'), so Dyad's rows
    decide every verb they know. ``DYAD_PHOENIX=0`` leaves them out with the other PETRARCH2 supplements."""
    if os.environ.get("DYAD_PHOENIX", "1") == "0":
        return ()
    path = data_path(PETRARCH_VERBS_FILE)
    book = cameo_codebook()
    found, problems = [], []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
                for key in ("objects", "prep_objects", "auxiliaries"):
                    row[key] = frozenset(row[key])
                pattern = VerbPattern(**row)
            except (ValueError, TypeError, KeyError) as exc:
                problems.append(f"{path}:{number}: {exc}")
                continue
            if pattern.code not in book or not pattern.verb:
                problems.append(f"{path}:{number}: code {pattern.code!r} not in the CAMEO codebook or no verb")
                continue
            found.append(pattern)
    if problems:
        raise DictionaryError(problems)
    return tuple(found)


# Classes of speech cues (``speech_cues.tsv``, column ``class``), after Levin (1993): verbs of communication
# (37.2 tell, 37.3 manner of speaking, 37.7 say, 37.8 complain, 37.9 advise), of cognition and desire (29.4
# declare, 29.5 conjecture, 32.1 hope), commissives (vow, pledge), evidential predicates (suggest, indicate),
# findings of a document ('a survey showed that'), stance verbs ('questioned whether', 'disputed that'),
# continuation (continue, recall), and speech-act nouns. Some classes report only in their construction
# (dyad.quotes.gates): a belief in the third person, a finding with a document as subject.
SPEECH_CUE_CLASSES = frozenset({"say", "tell", "manner", "complain", "advise", "declare", "conjecture", "hope",
                                "promise", "evidential", "finding", "stance", "discourse", "noun"})


@functools.cache
def speech_cue_classes(path: Optional[Path] = None) -> dict[str, frozenset[str]]:
    """Speech cue lemmas (lower case) → their classes (``speech_cues.tsv``; a lemma may be a verb of one
    class and a noun: 'claim', 'pledge')."""
    path = path or data_path("speech_cues.tsv")
    found: dict[str, frozenset[str]] = {}
    problems = []
    for number, row in _tsv(path, ("lemma", "class")):
        lemma, cls = row["lemma"].lower(), row["class"]
        if not lemma:
            problems.append(f"{path}:{number}: lemma: empty")
        elif cls not in SPEECH_CUE_CLASSES:
            problems.append(f"{path}:{number}: class: {cls!r} not one of {sorted(SPEECH_CUE_CLASSES)}")
        else:
            found[lemma] = found.get(lemma, frozenset()) | {cls}
    if problems:
        raise DictionaryError(problems)
    return found


@dataclass(frozen=True)
class Evaluation:
    """A word by which a speaker judges another actor: its CAMEO code and frame ('judgement': an adjective
    said of the actor, 'reaction': the speaker's feeling at the actor's act, 'label': a noun said of it)."""

    word: str
    code: str
    frame: str


_EVALUATION_FRAMES = {"judgement", "reaction", "label"}


@functools.cache
def evaluations(path: Optional[Path] = None) -> dict[str, Evaluation]:
    """Words of evaluation by lower form (``evaluations.tsv``)."""
    path = path or data_path("evaluations.tsv")
    book = cameo_codebook()
    found, problems = {}, []
    for number, row in _tsv(path, ("word", "code", "frame")):
        word, code, frame = row["word"].lower(), row["code"], row["frame"]
        if code not in book:
            problems.append(f"{path}:{number}: code: {code!r} is not a CAMEO code")
        elif frame not in _EVALUATION_FRAMES:
            problems.append(f"{path}:{number}: frame: {frame!r} not one of {sorted(_EVALUATION_FRAMES)}")
        else:
            found[word] = Evaluation(word, code, frame)
    if problems:
        raise DictionaryError(problems)
    return found


@dataclass(frozen=True)
class ImplicitAgent:
    """The institution an act implies when the text names no one doing it ('were arrested' → the police):
    its sector code, the name the event's source takes, and the CAMEO roots the act must be coded with."""

    verb: str
    sector: str
    name: str
    roots: frozenset[str]
    undergone: bool = False  # the verb's subject undergoes the act ('died in custody'), no passive needed


IMPLICIT_SECTORS = frozenset({"COP", "JUD", "GOV", "MIL"})


@dataclass(frozen=True)
class BodyWords:
    """Words in a national body's name that give its sector (``national_bodies.tsv``)."""

    words: tuple[str, ...]
    sector: str


# The CAMEO agent codes a national body may take from its name.
BODY_SECTORS = frozenset({"GOV", "JUD", "LAB", "NGO", "REL", "BUS", "EDU", "MED", "HLH", "AGR"})


@functools.cache
def national_bodies(path: Optional[Path] = None) -> tuple[BodyWords, ...]:
    """The rows of ``national_bodies.tsv`` in order (the first whose word a name holds gives its sector)."""
    path = path or data_path("national_bodies.tsv")
    found, problems = [], []
    for number, row in _tsv(path, ("words", "sector")):
        words = tuple(w.strip().lower() for w in row["words"].split("|") if w.strip())
        if not words:
            problems.append(f"{path}:{number}: words: empty")
        elif row["sector"] not in BODY_SECTORS:
            problems.append(f"{path}:{number}: sector: {row['sector']!r} not one of {sorted(BODY_SECTORS)}")
        else:
            found.append(BodyWords(words, row["sector"]))
    if problems:
        raise DictionaryError(problems)
    return tuple(found)


@dataclass(frozen=True)
class OrganisationHeads:
    """Head words of organisations' names no dictionary lists (``organisation_heads.tsv``): political heads →
    sector and the armed words with their sector; a state's organs by head word (``organs``; ``owned_organs``
    only with a possessive owner) and the words that give one its sector; unions' heads and members' words."""

    heads: dict[str, str]
    armed: frozenset[str]
    armed_sector: str
    organs: dict[str, str] = field(default_factory=dict)
    owned_organs: dict[str, str] = field(default_factory=dict)
    organ_words: dict[str, str] = field(default_factory=dict)
    union_heads: frozenset[str] = frozenset()
    union_words: dict[str, str] = field(default_factory=dict)
    causes: dict[str, str] = field(default_factory=dict)

    def cause_joint(self, words: list[str]) -> Optional[int]:
        """Where a name's lower-case words state a cause after 'for' or 'without' ('lawyers for human rights',
        'reporters without borders': an advocacy body's name, whatever its members), the index of that word;
        else None."""
        joint = next((j for j, w in enumerate(words[1:-1], 1) if w in ("for", "without")), None)
        return joint if joint is not None and any(w in self.causes for w in words[joint + 1:]) else None


# The kinds of rows of organisation_heads.tsv.
ORGANISATION_HEAD_KINDS = ("head", "armed", "organ", "organ-owned", "organ-word", "union", "union-word", "cause")
# The sectors of a union of workers or farmers by its members' word (organisation_heads.tsv, kind 'union-word').
UNION_SECTORS = ("LAB", "AGR", "EDU", "HLH", "MED", "BUS")
# The sectors a state's organ may have by the head of its name (organisation_heads.tsv, kind 'organ').
ORGAN_SECTORS = ("GOV", "MIL", "COP", "JUD", "SPY", "LEG", "MED")


@functools.cache
def organisation_heads(path: Optional[Path] = None) -> OrganisationHeads:
    """The table of :class:`OrganisationHeads`; an unknown kind or sector, or empty words, is an error."""
    path = path or data_path("organisation_heads.tsv")
    by_kind: dict[str, dict[str, str]] = {kind: {} for kind in ORGANISATION_HEAD_KINDS}  # word → sector
    armed_sector, problems = "REB", []
    for number, row in _tsv(path, ("kind", "words", "sector")):
        words, kind = _alternatives(row["words"]), row["kind"]
        allowed = ORGAN_SECTORS if kind.startswith("organ") else UNION_SECTORS if kind.startswith("union") \
            else ("NGO",) if kind == "cause" else ("PTY", "REB", "OPP", "NGO", "EDU")
        if kind not in by_kind:
            problems.append(f"{path}:{number}: kind: {kind!r} not one of {', '.join(ORGANISATION_HEAD_KINDS)}")
        elif not words:
            problems.append(f"{path}:{number}: words: empty")
        elif row["sector"] not in allowed:
            problems.append(f"{path}:{number}: sector: {row['sector']!r} not one of {', '.join(allowed)}")
        else:
            by_kind[kind].update((w, row["sector"]) for w in words)
            armed_sector = row["sector"] if kind == "armed" else armed_sector
    if problems:
        raise DictionaryError(problems)
    return OrganisationHeads(by_kind["head"], frozenset(by_kind["armed"]), armed_sector, organs=by_kind["organ"],
                             owned_organs=by_kind["organ-owned"], organ_words=by_kind["organ-word"],
                             union_heads=frozenset(by_kind["union"]), union_words=by_kind["union-word"],
                             causes=by_kind["cause"])


@functools.cache
def implicit_agents(path: Optional[Path] = None) -> dict[str, ImplicitAgent]:
    """Verbs whose agentless passive implies a state institution, by lemma (``implicit_agents.tsv``)."""
    path = path or data_path("implicit_agents.tsv")
    book = cameo_codebook()
    found, problems = {}, []
    for number, row in _tsv(path, ("verb", "sector", "name", "roots")):
        verb, sector, name = row["verb"].lower(), row["sector"], row["name"]
        roots = _alternatives(row["roots"])
        if not verb or " " in verb:
            problems.append(f"{path}:{number}: verb: {row['verb']!r} is not one lemma")
        elif sector not in IMPLICIT_SECTORS:
            problems.append(f"{path}:{number}: sector: {sector!r} not one of {sorted(IMPLICIT_SECTORS)}")
        elif not name:
            problems.append(f"{path}:{number}: name: empty")
        elif not roots or any(r not in book or len(r) != 2 for r in roots):
            problems.append(f"{path}:{number}: roots: {row['roots']!r} are not CAMEO roots ('17|11')")
        elif verb in found:
            problems.append(f"{path}:{number}: verb: {verb!r} listed twice")
        elif row.get("voice", "") not in ("", "passive", "subject"):
            problems.append(f"{path}:{number}: voice: {row['voice']!r} not 'passive' or 'subject'")
        else:
            found[verb] = ImplicitAgent(verb, sector, name, roots, row.get("voice") == "subject")
    if problems:
        raise DictionaryError(problems)
    return found


_MODAL_KINDS = frozenset({"deontic", "deontic-to", "conditional", "counterfactive"})


@functools.cache
def modals(path: Optional[Path] = None) -> dict[str, frozenset[str]]:
    """Modal words by lower form → kinds (``modals.tsv``: deontic, deontic-to, conditional, counterfactive;
    '|'-separated)."""
    path = path or data_path("modals.tsv")
    found, problems = {}, []
    for number, row in _tsv(path, ("word", "kind")):
        kinds = _alternatives(row["kind"])
        if not kinds or not kinds <= _MODAL_KINDS:
            problems.append(f"{path}:{number}: kind: {row['kind']!r} not of {sorted(_MODAL_KINDS)}")
        else:
            found[row["word"].lower()] = kinds
    if problems:
        raise DictionaryError(problems)
    return found


@dataclass(frozen=True)
class SpeechActCodes:
    """What an intent to do an act (CAMEO 03) and an appeal for it (02) are coded as."""
    intent: str
    appeal: str


@functools.cache
def speech_act_codes(path: Optional[Path] = None) -> dict[str, SpeechActCodes]:
    """Act code prefix → its intent and appeal codes (``speech_act_codes.tsv``); each code must be in
    CAMEO under root 03 (intent) or 02 (appeal)."""
    path = path or data_path("speech_act_codes.tsv")
    found, problems = {}, []
    for number, row in _tsv(path, ("act", "intent", "appeal")):
        act, intent, appeal = row["act"].strip(), row["intent"].strip(), row["appeal"].strip()
        for code, root in ((intent, "03"), (appeal, "02")):
            try:
                known = cameo_lookup(code).root == root
            except KeyError:
                known = False
            if not known:
                problems.append(f"{path}:{number}: {code!r} is not a CAMEO code under root {root}")
        if not act.isdigit():
            problems.append(f"{path}:{number}: act: {act!r} is not a CAMEO code prefix")
        found[act] = SpeechActCodes(intent, appeal)
    if problems:
        raise DictionaryError(problems)
    return found


def speech_act_code(act: str, kind: str) -> Optional[str]:
    """The intent or appeal code (``kind``) for an act code, by its longest listed prefix, else None."""
    table = speech_act_codes()
    for n in range(len(act), 1, -1):
        if act[:n] in table:
            return getattr(table[act[:n]], kind)
    return None


@functools.cache
def occasions(path: Optional[Path] = None) -> frozenset[str]:
    """Nouns of occasions a visitor comes for (``occasions.tsv``): 'is in Egypt for a summit'."""
    return frozenset(row["noun"].lower() for _, row in _tsv(path or data_path("occasions.tsv"), ("noun",)))


@functools.cache
def seats(path: Optional[Path] = None) -> dict[str, str]:
    """Capitals news names for the international body seated there (``seats.tsv``): city → actor code."""
    path = path or data_path("seats.tsv")
    found, problems = {}, []
    for number, row in _tsv(path, ("city", "code")):
        city, code = row["city"], row["code"]
        if not city or not (code.isalpha() and code.isupper() and len(code) >= 3):
            problems.append(f"{path}:{number}: a city and an upper-case actor code are needed")
            continue
        found[city] = code
    if problems:
        raise DictionaryError(problems)
    return found


@functools.cache
def divided_states(path: Optional[Path] = None) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Halves of a divided nation news names alone (``divided_states.tsv``): 'North' → ((PRK, {KOR, PRK}),)."""
    path = path or data_path("divided_states.tsv")
    found: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    problems = []
    for number, row in _tsv(path, ("half", "state", "nation")):
        half, state, nation = row["half"], row["state"], frozenset(row["nation"].split("|"))
        codes = {state, *nation}
        if not half[:1].isupper() or not all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes) or \
                state not in nation:
            problems.append(f"{path}:{number}: a capitalised half, its ISO-3 state and the pair holding it are needed")
            continue
        found[half] = found.get(half, ()) + ((state, nation),)
    if problems:
        raise DictionaryError(problems)
    return found


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: frozenset[str]  # lower-cased, the name included
    country: str


@functools.cache
def agencies(path: Optional[Path] = None) -> tuple[Agency, ...]:
    """News agencies named in datelines and sign-offs (``agencies.tsv``), used by :mod:`dyad.wire`.

    Each alias (the name included) may belong to one agency only; country is ISO-3 or empty.
    """
    path = path or data_path("agencies.tsv")
    found, problems, owner = [], [], {}
    for number, row in _tsv(path, ("name", "aliases", "country")):
        name, country = row["name"], row["country"]
        aliases = _alternatives(row["aliases"]) | {name.lower()}
        if not name:
            problems.append(f"{path}:{number}: name: empty")
            continue
        if country and not (len(country) == 3 and country.isalpha() and country.isupper()):
            problems.append(f"{path}:{number}: country: {country!r} is not an ISO-3 code")
        if any(c in alias for alias in aliases for c in "()\n"):
            problems.append(f"{path}:{number}: aliases: parentheses are not allowed")
        for alias in sorted(aliases):
            if alias in owner:
                problems.append(f"{path}:{number}: aliases: {alias!r} already names {owner[alias]!r}")
            owner.setdefault(alias, name)
        found.append(Agency(name, frozenset(aliases), country))
    if problems:
        raise DictionaryError(problems)
    return tuple(found)


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class ActorEntry:
    """A named actor in a dictionary: organisation, armed group, outlet or notable person.

    ``roles`` of a person are (role, country, sector, start, end) with ISO dates or '' for open ends;
    the one in force on the publication date gives the person's country and sector.
    """

    name: str
    aliases: tuple[str, ...]
    code: str
    kind: str
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    roles: tuple[tuple[str, str, str, str, str], ...] = ()
    origin: str = ""

    def role_on(self, date: Optional[str]) -> Optional[tuple[str, str, str, str, str]]:
        """The role held on ``date`` (ISO), or the latest one when no date is given."""
        if not self.roles:
            return None
        if not date:
            return self.roles[-1]
        for role in self.roles:
            if (not role[3] or role[3] <= date) and (not role[4] or date <= role[4]):
                return role
        return None


_KINDS = {"person", "organisation", "group", "country", "place"}


def read_actor_entries(path: Path) -> list[ActorEntry]:
    """Read a Dyad actor dictionary: JSONL, one ``{"name", "aliases", "code", "kind", ...}`` a line."""
    entries, problems = [], []
    for number, line in _rows(path):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: not JSON: {exc.msg}")
            continue
        missing = [k for k in ("name", "code", "kind") if not obj.get(k)]
        if missing or obj.get("kind") not in _KINDS:
            problems.append(f"{path}:{number}: fields {missing or ['kind']}: required; kind one of {sorted(_KINDS)}")
            continue
        roles = tuple(
            (r.get("role", ""), r.get("country", "") or "", r.get("sector", "") or "", r.get("from", "") or "",
             r.get("to", "") or "")
            for r in obj.get("roles", [])
        )
        entries.append(ActorEntry(
            name=obj["name"], aliases=tuple(obj.get("aliases", [])), code=obj["code"], kind=obj["kind"],
            country=obj.get("country"), sector=obj.get("sector"), role=obj.get("role"), roles=roles,
            origin=f"{path.name}:{number}",
        ))
    if problems:
        raise DictionaryError(problems)
    return entries


@dataclass(frozen=True)
class RoleEntry:
    """A role or agent word ('foreign minister', 'army', 'rebels') and the sector it implies."""

    role: str
    sector: str
    person: bool  # True when the word names one person (president), False for a body (army)
    # The sector is written before the country it qualifies (PETRARCH's 'MSF [NGO~]': 'MSF Arnor' is
    # NGOARN), not after it (the usual '~GOV': ARNGOV).
    prefix: bool = False


@dataclass(frozen=True)
class ActorDictionary:
    """Everything actor coding reads: country names/demonyms, named actors, roles."""

    countries: dict[str, str]  # lower-cased name or demonym → ISO-3
    entries: tuple[ActorEntry, ...]
    roles: dict[str, RoleEntry]
    anaphors: dict[str, str] = field(default_factory=dict)  # 'the country', 'the news agency' → kind referred to
    regions: dict[str, str] = field(default_factory=dict)  # 'African', 'West African' → CAMEO region code

    def merged(self, other: "ActorDictionary") -> "ActorDictionary":
        return ActorDictionary({**self.countries, **other.countries}, other.entries + self.entries,
                               {**self.roles, **other.roles}, {**self.anaphors, **other.anaphors},
                               {**self.regions, **other.regions})

    @functools.cached_property
    def persons_by_surname(self) -> dict[str, tuple[ActorEntry, ...]]:
        """Persons with dated roles, by lower-cased surname (built once per dictionary)."""
        index: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            if entry.kind == "person" and entry.roles and not from_phoenix(entry):
                index.setdefault(entry.name.split()[-1].lower(), []).append(entry)
        return {surname: tuple(found) for surname, found in index.items()}

    @functools.cached_property
    def role_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of a role ('foreign' of 'foreign minister') → the lengths, in tokens and longest first,
        of the roles it opens (a hyphen is a token of its own): a role match tries only those, and most
        tokens open none."""
        lengths: dict[str, set[int]] = {}
        for role in self.roles:
            words = role.replace("-", " - ").split()
            lengths.setdefault(words[0], set()).add(len(words))
        return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}

    @functools.cached_property
    def role_first_words(self) -> frozenset[str]:
        """First word of every role: the tokens a role match starts from."""
        return frozenset(self.role_lengths)


ANAPHOR_KINDS = frozenset({"country", "group", "agency", "namesake", "bloc", "outlet", "document"})


@functools.cache
def actor_dictionary() -> ActorDictionary:
    """Dyad's packaged actor data: ``countries.tsv``, ``actors.jsonl`` and ``security_forces.jsonl`` (a state's
    police, paramilitary and intelligence bodies, which news names without their state), ``roles.tsv``,
    ``anaphors.tsv``, ``regions.tsv``."""
    countries: dict[str, str] = {}
    problems = []
    path = data_path("countries.tsv")
    for number, row in _tsv(path, ("iso3", "names")):
        if len(row["iso3"]) != 3 or not row["iso3"].isupper():
            problems.append(f"{path}:{number}: iso3: {row['iso3']!r} is not an ISO-3 code")
            continue
        for name in _alternatives(row["names"]):
            countries.setdefault(name, row["iso3"])
    roles = read_roles(data_path("roles.tsv"), problems)
    anaphors = {}
    path = data_path("anaphors.tsv")
    for number, row in _tsv(path, ("noun", "refers")):
        if row["refers"] not in ANAPHOR_KINDS:
            problems.append(f"{path}:{number}: refers: {row['refers']!r} not one of {sorted(ANAPHOR_KINDS)}")
            continue
        anaphors[row["noun"].lower()] = row["refers"]
    regions = {}
    path = data_path("regions.tsv")
    for number, row in _tsv(path, ("adjective", "code")):
        if len(row["code"]) != 3 or not row["code"].isupper():
            problems.append(f"{path}:{number}: code: {row['code']!r} is not a three-letter region code")
            continue
        regions[row["adjective"]] = row["code"]
    if problems:
        raise DictionaryError(problems)
    entries = (*read_actor_entries(data_path("actors.jsonl")), *read_actor_entries(data_path("security_forces.jsonl")),
               *phoenix_entries())
    return ActorDictionary(countries, entries, {**phoenix_roles(roles, anaphors), **roles}, anaphors, regions)


PHOENIX_FILE = "phoenix_actors.jsonl.gz"
PHOENIX_ROLES_FILE = "phoenix_roles.tsv"


def phoenix_roles(own: dict[str, RoleEntry], anaphors: dict[str, str]) -> dict[str, RoleEntry]:
    """The Phoenix role and agent words (``phoenix_roles.tsv``, converted by
    ``scripts/convert_phoenix_agents.py``; MIT licence, ``PHOENIX_LICENSE.txt``) that Dyad's own tables
    leave open: not a role of ``roles.tsv`` (Dyad's wins), not a phrase ending in a noun ``anaphors.tsv``
    resolves ('the official news agency' is the outlet named before, not a new actor), and not a single
    word that only opens one of Dyad's longer roles ('deputy' of 'deputy minister': a modifier there, a
    sheriff's officer in Phoenix). ``DYAD_PHOENIX=0`` leaves them out, as it does the named actors."""
    if os.environ.get("DYAD_PHOENIX", "1") == "0":
        return {}
    openers = {role.split()[0] for role in own if " " in role}
    problems: list[str] = []
    found = read_roles(data_path(PHOENIX_ROLES_FILE), problems)
    if problems:
        raise DictionaryError(problems)
    return {role: entry for role, entry in found.items()
            if role not in own and not (" " not in role and role in openers)
            # (an abstract noun of a state of affairs names no agent: 'good governance', 'the insurgence'; but
            # 'intelligence' names the services)
            and not (" " not in role and role.removesuffix("s").endswith(("ance", "ence"))
                     and not role.startswith("intelligence"))
            # ('official news agency' ends in an anaphor Dyad resolves: 'news agency'; a noun that refers back
            # only to a body so named, 'the union', resolves alone: 'student union' stays a role)
            and not any((tail := " ".join(role.split()[k:])) in anaphors and
                        (anaphors[tail] != "namesake" or tail == role) for k in range(len(role.split())))}


def read_roles(path: Path, problems: list[str]) -> dict[str, RoleEntry]:
    """A table of role words (``roles.tsv`` and ``phoenix_roles.tsv``: role, sector, person), keyed by the
    lower-case role; a row with a person other than yes/no or a sector that is not an upper-case code is
    described in ``problems`` and left out."""
    roles: dict[str, RoleEntry] = {}
    for number, row in _tsv(path, ("role", "sector", "person")):
        if row["person"] not in ("yes", "no"):
            problems.append(f"{path}:{number}: person: {row['person']!r} must be yes or no")
        elif not (row["sector"].isalpha() and row["sector"].isupper()):
            problems.append(f"{path}:{number}: sector: {row['sector']!r} is not an upper-case agent code")
        else:
            roles[row["role"].lower()] = RoleEntry(row["role"].lower(), row["sector"], row["person"] == "yes")
    return roles


def from_phoenix(entry: ActorEntry) -> bool:
    """Whether an entry comes from the Phoenix supplement. Its persons are found by the names the
    entry lists, never by a bare surname or as the holder of a role: with 18,000 persons of many
    countries and no story date, 'President Bush' or 'the foreign minister' would pick a stranger."""
    return entry.origin.startswith(PHOENIX_FILE)


@functools.cache
def phoenix_entries() -> tuple[ActorEntry, ...]:
    """The Phoenix named actors (PETRARCH2's Phoenix dictionaries, MIT licence: ``PHOENIX_LICENSE.txt``),
    converted by ``scripts/convert_phoenix.py``: a supplement that :func:`actor_dictionary` puts after
    Dyad's own entries, so that Dyad's win where both name an actor. ``DYAD_PHOENIX=0`` leaves it out."""
    if os.environ.get("DYAD_PHOENIX", "1") == "0":
        return ()
    return tuple(read_actor_entries(data_path(PHOENIX_FILE)))
