"""Read PETRARCH2 / TABARI dictionaries and unit-test records into Dyad's records.

The one place Dyad parses these formats (STYLE §3): the coder only sees :class:`ActorEntry`,
:class:`RoleEntry` and :class:`VerbPattern`. Each reader validates as it reads and raises one
:class:`DictionaryError` listing every line it could not understand as ``file:line: message``; every
record it returns carries ``origin = "<file name>:<line>"``.

Comments, in all three dictionary formats: a line starting with ``#`` or ``<!``, anything after ``#``,
and ``<!-- ... -->`` (also across lines). PETRARCH itself only cuts at `` #``; ``[ZBW]#jw`` shows why
we cut at any ``#``.

Notes on the formats, for coders using the results:

* Actor codes combine with agent codes: an actor ``ARNOR [ARN]`` plus the agent ``GOVERNMENT [~GOV]``
  is ``ARNGOV``; ``~XXX`` is appended, ``XXX~`` (e.g. ``HUMAN_RIGHTS_BODY [NGO~]``) is prefixed: both
  land in ``sector`` without the ``~``, the second with ``RoleEntry.prefix`` set.
* ``[---]`` is PETRARCH's null code: the phrase is known but must not be coded as an actor (or, in a verb
  block header, the block has no default event code).
* TABARI codes may hold several actors joined by ``/`` (``[FRO/BIL/SAM]``) and lower case (``[pse]``);
  codes are upper-cased and otherwise kept as written.
* In a name, ``_`` joins words that must be adjacent and a space allows words in between; both become a
  space here, and the final ``_`` (TABARI's "not a stem" mark) is dropped.
"""

from __future__ import annotations

import datetime as _dt
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from dyad.codebooks import (
    ActorEntry,
    CameoCode,
    DictionaryError,
    RoleEntry,
    VerbLexicon,
    VerbPattern,
    cameo_codebook,
    index_patterns,
)

PathLike = Union[str, Path]

# --------------------------------------------------------------------------- shared


def _lines(path: Path, *, keep_hash_headers: bool = False) -> Iterator[tuple[int, str, str]]:
    """Numbered lines with comments removed: ``(number, text, raw)``; blank results are dropped.

    ``text`` keeps its leading whitespace (actor date lines start with a tab). ``raw`` is the line as
    read, so a caller can look at a ``#`` section header before it is cut.
    """
    in_comment = False
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    continue
                in_comment = False
                line = line[end + 3:]
            if line.startswith("<!"):  # one-line '<!-- ... -->' or the opening line of a block comment
                if "-->" not in line:
                    in_comment = True
                continue
            while "<!--" in line:
                start = line.find("<!--")
                end = line.find("-->", start)
                if end < 0:
                    in_comment = True
                    line = line[:start]
                    break
                line = line[:start] + line[end + 3:]
            if line.lstrip().startswith("#"):
                if keep_hash_headers:
                    yield number, "", raw
                continue
            if "#" in line:
                line = line[: line.find("#")]
            if line.strip():
                yield number, line.rstrip(), raw


def _words(phrase: str) -> list[str]:
    """Words of a dictionary phrase: '_' and spaces both separate."""
    return [w for w in re.split(r"[\s_]+", phrase) if w]


def _display(phrase: str) -> str:
    """'UNITED_STATES_' → 'United States'; apostrophes and hyphens keep sensible capitals."""
    text = " ".join(_words(phrase))
    return re.sub(r"[^\W\d_]+('[^\W\d_]+)?", lambda m: m.group(0).capitalize(), text.lower())


def _finish(problems: list[str], sink: Optional[list[str]]) -> None:
    """Raise every problem at once, or hand them to the caller's ``problems`` list (lenient mode)."""
    if sink is not None:
        sink.extend(problems)
    elif problems:
        raise DictionaryError(problems)


# --------------------------------------------------------------------------- actors

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE_BODY = re.compile(
    r"^(?P<code>[A-Za-z0-9/+~-]+)?\s*"
    r"(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))?$"
)
_NON_STATE_3 = frozenset({"IGO", "NGO", "NGM", "IMF", "UNO", "IBR", "EEC", "MNC", "INT", "REB", "UAF", "---"})
_ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})


def _iso(digits: str) -> str:
    """TABARI date → ISO. ``YYMMDD`` (00–30 → 20YY, else 19YY, as KEDS/TABARI) or ``YYYYMMDD``."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        raise ValueError(f"date {digits!r} is neither YYMMDD nor YYYYMMDD")
    return _dt.date(year, month, day).isoformat()  # ValueError for 20100931


def _shift(iso: str, days: int) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()


@dataclass
class _ActorDraft:
    name: str
    number: int
    aliases: list[str] = field(default_factory=list)
    default: Optional[str] = None
    roles: list[tuple[str, str, str, str, str]] = field(default_factory=list)


def _parse_codes(text: str, draft: _ActorDraft, where: str, problems: list[str]) -> str:
    """Apply every ``[...]`` in ``text`` to ``draft``; return what is left outside the brackets."""
    for match in _BRACKET.finditer(text):
        body = match.group(1).strip()
        parsed = _CODE_BODY.match(body)
        if not body or not parsed or not parsed.group("code"):
            problems.append(f"{where}: code block [{match.group(1)}] is not 'CODE', 'CODE <date', "
                            "'CODE >date' or 'CODE date-date'")
            continue
        code = parsed.group("code").upper()
        try:
            if parsed.group("op") == "<":  # PETRARCH: date < D
                start, end = "", _shift(_iso(parsed.group("d")), -1)
            elif parsed.group("op") == ">":  # PETRARCH: date > D
                start, end = _shift(_iso(parsed.group("d")), 1), ""
            elif parsed.group("d1"):
                start, end = _iso(parsed.group("d1")), _iso(parsed.group("d2"))
                if end < start:
                    raise ValueError(f"end {end} before start {start}")
            else:
                draft.default = code  # an undated code replaces the default, as in PETRARCH
                continue
        except ValueError as exc:
            problems.append(f"{where}: date restriction [{match.group(1)}]: {exc}")
            continue
        draft.roles.append(("", code[:3], code[3:], start, end))
    return _BRACKET.sub(" ", text).strip()


def _actor_kind(codes: list[str], has_roles: bool) -> str:
    """Documented rule: all codes 3 letters (and not a known non-state code) → country; dated roles
    with a longer code → person; a rebel/insurgent/criminal sector or an ``IMG`` code → group; else
    organisation. Undated persons (``PRESIDENT_GEORGE_W._BUSH [USAGOV]``) come out as organisations."""
    real = [c for c in codes if c != "---"]
    if real and all(len(c) == 3 and c.isalpha() and c not in _NON_STATE_3 for c in real):
        return "country"
    if has_roles:
        return "person"
    for code in real:
        if code.startswith("IMG") or any(code[i:i + 3] in _ARMED_GROUP_SECTORS for i in range(3, len(code), 3)):
            return "group"
    return "organisation"


def read_actors(path: PathLike, *, problems: Optional[list[str]] = None) -> list[ActorEntry]:
    """Read a TABARI/PETRARCH ``.actors`` file into :class:`ActorEntry` records.

    An entry is a primary phrase at the start of a line, optionally with codes (``ISRAEL [ISR]``), then
    ``+`` synonym lines and indented code lines (``\\t[USAGOV >19950101]``); several codes may share a
    line (``[IGOUNO 820101-911231] [ELI]``). The undated code is the default (``code``); dated codes
    become ``roles`` ``("", code[:3], code[3:], start, end)`` in file order, the first match winning as
    in PETRARCH. ``<D`` means before D and ``>D`` after D, so they become an end of D-1 and a start of
    D+1 (``role_on`` compares inclusively); ``D1-D2`` is inclusive. An entry with only dated codes
    gets the country part of its last role as ``code``. Kinds: see :func:`_actor_kind`.

    Primary lines with no code before another primary line share that entry's codes, as in
    PETRARCH (``IVO_JOSIPOVIC_`` / ``PRESIDENT_JOSIPOVIC_`` / ``JOSIPOVIC_`` / ``[HRVGOV ...]``): they
    become one entry, named by the first line (or by the first line that carries codes itself).

    Bad lines raise one :class:`DictionaryError`. Pass a list as ``problems`` to collect them there
    instead and keep what PETRARCH keeps: a bad date restriction is dropped, the codes of a code line
    with stray text (``\tJOHN_MCCLOY_\t[IGOUNODEVWBK ...]``) still apply, an entry with no code is
    dropped. The Phoenix files need this (bad dates such as ``[GBRGOV >201005011]``).
    """
    path = Path(path)
    sink = problems
    drafts: list[_ActorDraft] = []
    problems = []
    current: Optional[_ActorDraft] = None
    for number, line, _ in _lines(path):
        where = f"{path}:{number}"
        if line[0] in " \t":  # continuation: date restrictions and codes
            if current is None:
                problems.append(f"{where}: code line before any actor")
                continue
            if _parse_codes(line, current, where, problems):
                problems.append(f"{where}: text outside [...] on a code line: {line.strip()!r}")
        elif line.startswith("+"):
            if current is None:
                problems.append(f"{where}: synonym before any actor")
                continue
            if "[" in line:
                problems.append(f"{where}: codes on a synonym line are not allowed: {line.strip()!r}")
                continue
            alias = _display(line[1:])
            if alias:
                current.aliases.append(alias)
        else:
            if line.startswith("---STOP---"):
                break
            draft = _ActorDraft(name="", number=number)
            name = _display(_parse_codes(line, draft, where, problems))
            if not name:
                problems.append(f"{where}: actor line has no name: {line.strip()!r}")
                continue
            if current is not None and current.default is None and not current.roles:
                # the previous primary had no code yet: PETRARCH gives it this entry's codes
                current.default, current.roles = draft.default, draft.roles
                if draft.default is not None or draft.roles:
                    current.aliases.insert(0, current.name)
                    current.name = name
                else:
                    current.aliases.append(name)
                continue
            draft.name = name
            current = draft
            drafts.append(current)
    entries = []
    for draft in drafts:
        if draft.default is None and not draft.roles:
            problems.append(f"{path}:{draft.number}: actor {draft.name!r} has no code")
            continue
        codes = ([draft.default] if draft.default else []) + [r[1] + r[2] for r in draft.roles]
        code = draft.default or draft.roles[-1][1]
        kind = _actor_kind(codes, bool(draft.roles))
        country = sector = None
        if code not in ("---", "+++") and "/" not in code:  # null code / TABARI multi-actor code
            country, sector = code[:3], (code[3:] or None)
        entries.append(ActorEntry(
            name=draft.name, aliases=tuple(dict.fromkeys(draft.aliases)), code=code, kind=kind,
            country=country, sector=sector, roles=tuple(draft.roles), origin=f"{path.name}:{draft.number}",
        ))
    _finish(problems, sink)
    return entries


# --------------------------------------------------------------------------- agents

# Heads that name a body, not one person (documented heuristic for RoleEntry.person).
COLLECTIVE_HEADS = frozenset("""
    administration agency army assembly authority authorities board body cabinet clergy coalition command
    commission committee community company congress corporation council court courts department
    directorate faction firm force forces front government group guard junta judiciary leadership
    legislature media military militia ministry ministries movement navy network newspaper office
    opposition organisation organization parliament party people police press regime senate service
    services television radio troops union
""".split())
_HEAD_BREAKS = frozenset({"of", "for", "de", "on", "to", "in", "and"})


def _plural(word: str) -> str:
    """PETRARCH's regular plural of an agent phrase (last word): Y→IES, S→SES, else +S."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word + "ES"
    return word + "S"


def _is_person(words: list[str], plural: bool) -> bool:
    """True unless the phrase is a plural form or its head is a collective (``COLLECTIVE_HEADS``).

    The head is the last word before 'of/for/de/...' (``minister of silly walks`` → minister)."""
    if plural:
        return False
    head_words = []
    for word in words:
        if word in _HEAD_BREAKS and head_words:
            break
        head_words.append(word)
    return head_words[-1] not in COLLECTIVE_HEADS


def read_agents(path: PathLike, *, problems: Optional[list[str]] = None) -> dict[str, RoleEntry]:
    """Read a PETRARCH ``.agents`` file into roles keyed by lower-case phrase ('foreign minister').

    Lines are ``PHRASE {PLURALS} [~CODE]``: ``{}`` means no plural, ``{X Y}`` lists them, and with no
    braces PETRARCH's regular plural is generated. ``!SET! = A, B`` defines a substitution set used as
    ``CONGRESS!PERSON!`` or ``FOREIGN_!MINIST!``; substituted phrases get no generated plural (as in
    PETRARCH). Plural keys get ``person=False``; see :func:`_is_person` for singular ones. ``sector``
    is the code without ``~`` (``~GOV`` → GOV; ``NGO~``, a prefix in TABARI, → NGO with ``prefix``
    set). The first entry
    for a phrase wins. A code closed by ``}`` instead of ``]`` (``[~ENV}`` in Phoenix.agents.txt) is
    accepted. Bad lines raise one :class:`DictionaryError`, or, when ``problems`` is a list, are
    described there and skipped (``ISLAMIC_EXTREMIST`` with no code in Phoenix.agents.txt).
    """
    path = Path(path)
    sink = problems
    roles: dict[str, RoleEntry] = {}
    subsets: dict[str, list[str]] = {}
    problems = []

    def store(phrase: str, sector: str, plural: bool) -> None:
        words = [w.lower() for w in _words(phrase)]
        if words:
            key = " ".join(words)
            roles.setdefault(key, RoleEntry(key, sector, _is_person(words, plural), prefix))

    for number, line, _ in _lines(path):
        where = f"{path}:{number}"
        defn = re.match(r"^\s*!(\w+)!\s*=\s*(.+)$", line)
        if defn:
            subsets[defn.group(1)] = [x.strip() for x in defn.group(2).split(",") if x.strip()]
            continue
        parsed = re.match(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[\s*(?P<code>[^\]}]*?)\s*[\]}]\s*$",
                          line.strip())
        if not parsed:
            problems.append(f"{where}: expected 'PHRASE {{PLURALS}} [~CODE]': {line.strip()!r}")
            continue
        code = parsed.group("code").replace(" ", "")
        sector = code.replace("~", "")
        if not sector or "~" not in code or not re.fullmatch(r"[A-Za-z0-9]+", sector):
            problems.append(f"{where}: agent code {code!r} must be '~XXX' or 'XXX~'")
            continue
        sector = sector.upper()
        prefix = code.endswith("~")
        phrase = parsed.group("phrase").strip()
        marker = re.search(r"!(\w+)!", phrase)
        if marker:
            if marker.group(1) not in subsets:
                problems.append(f"{where}: substitution set !{marker.group(1)}! is not defined above")
                continue
            for item in subsets[marker.group(1)]:
                substituted = phrase[: marker.start()] + item + phrase[marker.end():]
                store(substituted, sector, plural=item.upper().endswith(("MEN", "S", "IES")))
            continue
        store(phrase, sector, plural=False)
        if parsed.group("plurals") is None:
            words = _words(phrase)
            store(" ".join(words[:-1] + [_plural(words[-1].upper())]), sector, plural=True)
        else:
            for plural in parsed.group("plurals").split():
                store(plural.lstrip("+"), sector, plural=True)
    _finish(problems, sink)
    return roles


# --------------------------------------------------------------------------- verbs

PARTICLES = frozenset("up down off out on in over back away forward aside around about through along apart "
                      "together ahead".split())
PREPOSITIONS = frozenset("for with to from over against in on at by into onto of about among between toward "
                         "towards under before after during through without within around upon across behind "
                         "near despite amid beyond via per".split())
# Words before '*' that a pattern can require as the verb's auxiliaries ('- % HAVE * [191]'); 'not' is
# left out: Dyad codes negation itself (a refused act).
_AUXILIARIES = frozenset("have has had will would shall was were is are be been can could may might must "
                         "should".split())
_DETERMINERS = frozenset("the a an their its his her our my your this that these those".split())
_PATTERN_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")


@dataclass(frozen=True)
class VerbReadResult:
    """Patterns read from a PETRARCH verb file and what could not be carried over.

    ``skipped`` counts, by reason, pattern lines (or verb × pattern combinations, for the 'conflict'
    reasons) that :class:`VerbPattern` cannot express. ``approximated`` counts patterns kept in a
    looser form: 'modifiers dropped' means only the head noun of ``{ARMS SHIPMENT}`` / ``DIPLOMATIC TIES``
    / a multi-word synset member is required.
    """

    patterns: list[VerbPattern]
    skipped: dict[str, int]
    approximated: dict[str, int] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # written verb form → pattern key (VerbLexicon.forms)


@dataclass
class _VerbForm:
    verb: str
    particle: str
    prep: str
    objects: frozenset[str]
    code: Optional[str]
    number: int
    irregular: tuple[str, ...] = ()  # the {FORMS} of 'GIVE {GAVE GIVEN}'


@dataclass
class _Block:
    name: str
    code: str
    number: int
    verbs: list[_VerbForm] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # (line, body, code)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):  # parties → party, but ties → tie
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _noun_forms(word: str) -> set[str]:
    word = word.lower()
    return {word, _singular(word)}


def _form_verb(form: str) -> str:
    """The verb word of a written form: 'GAVE' → gave, '+CORDONED_OFF' → cordoned (the '+' word, else
    the first)."""
    words = _words(form)
    marked = [w for w in words if w.startswith("+")]
    return (marked[0] if marked else words[0]).lstrip("+").lower()


def _split_code(code: str) -> tuple[str, str]:
    """``(forward, reverse)``: '042:043' → ('042', '043'), the source's act on the target and the target's
    act on the source ('A left for B': A visits, B hosts); ':173' → ('', '173'); '042' → ('042', '')."""
    forward, _, reverse = code.partition(":")
    return forward.strip(), reverse.strip()


class _Skip(Exception):
    """A pattern VerbPattern cannot express; the message is the statistics key."""


def read_verbs(path: PathLike, book: Optional[dict[str, CameoCode]] = None, *,
               problems: Optional[list[str]] = None) -> VerbReadResult:
    """Read a PETRARCH verb dictionary (``CAMEO.2.0.txt`` format) into :class:`VerbPattern` records.

    Blocks ``--- NAME [code] ---`` list verbs (``BAN {BANS BANNED}``, ``+CALL_OFF [160]``, ``LASH OUT``;
    a verb's own code overrides the block's) and patterns ``- pre * post [code]``. Each verb gets a
    pattern with no conditions for its code, and each pattern line one pattern per verb of the block.
    After the verb: particles (``* OFF``), one noun phrase (its head → ``objects``, word and naive
    singular), one prepositional phrase ``(PREP NOUN)`` or TABARI-style ``FOR NOUN`` (→ ``prep``,
    ``prep_objects``). ``&SYNSET`` expands to its members' heads (nested sets included); ``{A B}`` is a
    compound whose head is B. ``%`` marks a compound actor: before ``*`` (``- % * [030:030]``, 'A and B
    agree') it sets ``compound='source'``, after it (``- * WITH % [031]``) ``compound='target'``.
    ``[a:b]`` codes the source's act ``a`` on the target and the target's act ``b`` on the source
    (``reverse_code``); ``[:b]`` only the target's act on the subject (``target='reverse'``), as does a
    pattern with the target before the verb and the source after it (``- + * MONEY $ [071]``, 'A received
    money from B'). After the verb, ``^`` (a skipped word) sets no condition and ``+`` marks the
    preposition whose object is the target (``- * EID AT ^ WITH + [043]`` → eid, with; the ``AT ^``
    phrase, which sets no condition, is dropped beside the target's); ``+`` after a preposition's skipped
    phrase (``- * AT ^ + [162]``) is the actor named after that phrase (``target='after-prep-object'``). Auxiliaries before ``*``
    (``- % HAVE * [191]``, ``- WILL * COMMITMENT``; not ``NOT``) must be the verb's (``auxiliaries``).
    Not expressible, skipped and counted: other words before ``*``, other uses of ``$ + ^`` before the
    verb and of ``$`` after it, several noun or prepositional phrases, ``[---]`` and codes outside ``book``
    (default: the CAMEO codebook). The TRANSFORMATIONS section (``~ a (a b ATTACK) SAY = a b 015``) is
    skipped and counted.

    ``forms`` maps each written verb to its pattern key: the verb's name (``LEFT``, a block of its own
    in PETR.Validate.verbs.txt beside ``LEAVE``) and its irregular forms (``GAVE`` → give); a verb's own
    name wins over another verb's form.

    Bad lines raise one :class:`DictionaryError`, or, when ``problems`` is a list, are described
    there and skipped (``- * DIPLXMATIC  [`` in PETR.Validate.verbs.txt).
    """
    path = Path(path)
    book = book or cameo_codebook()
    sink = problems
    problems = []
    skipped: dict[str, int] = {}
    approximated: dict[str, int] = {}

    def skip(reason: str, n: int = 1) -> None:
        skipped[reason] = skipped.get(reason, 0) + n

    synsets: dict[str, list[tuple[int, str]]] = {}
    blocks: list[_Block] = []
    block: Optional[_Block] = None
    synset: Optional[str] = None
    in_transformations = False
    for number, line, raw in _lines(path, keep_hash_headers=True):
        where = f"{path}:{number}"
        if not line:
            if "TRANSFORMATIONS" in raw:
                in_transformations = True
            continue
        text = line.strip()
        if in_transformations or text.startswith("~"):
            skip("transformation")
            continue
        if text.startswith("---"):
            synset = None
            header = re.match(r"^---\s*(.+?)\s*\[([^\]]*)\][\s-]*$", text)  # '[110]---  ---' occurs
            if not header:
                problems.append(f"{where}: block header must be '--- NAME [code] ---': {text!r}")
                block = None
                continue
            block = _Block(header.group(1).strip("_ "), header.group(2).strip(), number)
            blocks.append(block)
            continue
        if text.startswith("&"):
            synset = text[1:].split()[0].rstrip("_").upper()
            synsets[synset] = []
            continue
        if text.startswith("+") and synset is not None:
            synsets[synset].append((number, text[1:].strip()))
            continue
        synset = None
        if block is None:
            problems.append(f"{where}: {'pattern' if text.startswith('-') else 'verb'} outside a '--- NAME ---' block")
            continue
        if text.startswith("-"):
            parsed = re.match(r"^-(?P<body>.*?)\[(?P<code>[^\]]*)\]\s*$", text)
            if not parsed or "*" not in parsed.group("body"):
                problems.append(f"{where}: pattern must be '- words * words [code]': {text!r}")
                continue
            block.patterns.append((number, parsed.group("body"), parsed.group("code").strip()))
            continue
        text = text.split(";")[0].strip()  # TABARI's old ';' comment: 'SCRAP {SCRAPS ...};shan 8/30/93'
        verb = re.match(r"^(?P<name>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$", text)
        if not verb:
            problems.append(f"{where}: verb line must be 'VERB {{FORMS}} [code]': {text!r}")
            continue
        words = _words(verb.group("name"))
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        head = marked[0] if marked else 0
        if head > 0:
            skip("multiword verb with words before the verb")
            continue
        rest = [w.lstrip("+").lower() for w in words[1:]]
        particle, prep, objects = "", "", frozenset()
        if rest and rest[0] in PARTICLES:  # +CALL_OFF → call + off
            particle = rest.pop(0)
        elif rest and rest[0] in PREPOSITIONS:  # +ASK_FOR → ask + prep for
            prep = rest.pop(0)
        if len(rest) > 1:
            skip("multiword verb too long")
            continue
        if rest:
            objects = frozenset(_noun_forms(rest[0]))
        code = verb.group("code").strip() if verb.group("code") is not None else None
        irregular = tuple(_form_verb(w) for w in (verb.group("forms") or "").split())
        block.verbs.append(_VerbForm(words[0].lstrip("+").lower(), particle, prep, objects, code, number,
                                     irregular))

    def expand(name: str, where: str, seen: frozenset[str] = frozenset()) -> list[str]:
        """Heads of every member of synset ``name`` (nested synsets expanded)."""
        key = name.rstrip("_").upper()
        if key not in synsets:
            raise _Skip("undefined synset")  # PETRARCH prints 'Undefined synset' and goes on
        if key in seen:
            raise ValueError(f"{where}: synset &{key} contains itself")
        heads: list[str] = []
        for _, member in synsets[key]:
            member_words = _words(member)
            if not member_words:
                continue
            if len(member_words) > 1:
                dropped.add(where)
            last = member_words[-1]
            if last.startswith("&"):
                heads += expand(last[1:], where, seen | {key})
            else:
                heads.append(last)
        return heads

    def phrase_heads(elements: list[str], where: str) -> frozenset[str]:
        """Acceptable head lemmas of a noun phrase given as words / &synsets (head = last)."""
        if len(elements) > 1:
            dropped.add(where)
        last = elements[-1]
        words = expand(last[1:], where) if last.startswith("&") else [last]
        forms: set[str] = set()
        for word in words:
            forms |= _noun_forms(word)
        return frozenset(forms)

    def convert(body: str, where: str) -> tuple[str, frozenset[str], str, frozenset[str], str, frozenset[str], bool,
                                                bool]:
        """(particle, objects, prep, prep_objects, compound, auxiliaries, swapped, beyond) of a pattern body,
        or raise _Skip. ``swapped``: '- + * MONEY $ [071]', the subject is the target and the source follows.
        ``beyond``: '- * AT ^ +', the preposition's own object is skipped and the target is named after it."""
        pre, _, post = body.partition("*")
        tokens_all = body.replace("*", " ").split()
        if any("%" in t and t != "%" for t in tokens_all):
            raise _Skip("compound-actor marker % inside a word")
        swapped = pre.split() == ["+"] and "$" in post.split() and "+" not in post.split()
        if swapped:
            pre, post = "", post.replace("$", "+")  # the actor after the verb is found where a target is
        if any(t in ("$", "+", "^") for t in pre.split()) or "$" in post.split():
            raise _Skip("source/target/skip markers $ + ^ before the verb, $ after it")
        compound = ""
        before = _words(pre)
        if before[:1] == ["%"]:  # '- % * [030:030]': the subject is a compound ('A and B agree')
            compound, before = "source", before[1:]
        auxiliaries = frozenset(w.lower() for w in before)
        if not auxiliaries <= _AUXILIARIES:  # '- % HAVE * [191]': 'have' must be the verb's auxiliary
            raise _Skip("words before the verb")
        if "%" in post.split():
            if compound:
                raise _Skip("compound-actor marker % on both sides")
            compound = "target"  # '- * WITH % [031]': the actors after 'with' are several
        tokens = _PATTERN_TOKEN.findall(post.replace("_", " ").replace("{", " {").replace("(", " ("))
        particle = ""
        phrases: list[list[str]] = []
        preps: list[tuple[str, list[str]]] = []
        current: Optional[list[str]] = None  # the open noun phrase (after the verb or a bare preposition)
        in_bare_prep = False
        target_prep = -1  # index in preps of the phrase holding '+' (the target), if one does
        beyond = False  # '- * AT ^ +': '+' after a skipped phrase of a bare preposition
        for i, token in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token in ("%", "^"):  # the compound actor / a skipped word: no head condition
                continue
            if token == "+":  # the target stands here: after a preposition, that preposition's object
                if in_bare_prep and preps and current is preps[-1][1]:
                    target_prep = len(preps) - 1
                    beyond = i > 0 and tokens[i - 1] == "^"
                continue
            if token.startswith("("):
                inner = _PATTERN_TOKEN.findall(token[1:-1].replace("{", " {"))
                if not inner:
                    raise ValueError(f"{where}: empty prepositional group ()")
                prep_np = []
                for element in inner[1:]:
                    prep_np += element[1:-1].split() if element.startswith("{") else [element]
                if "+" in prep_np:
                    target_prep = len(preps)
                preps.append((inner[0].lower(), [w for w in prep_np if w not in ("+", "^")]))
                current, in_bare_prep = None, False
                continue
            if token.startswith("{"):
                elements = token[1:-1].split()
            else:
                word = token.lower()
                next_is_noun = bool(nxt) and not nxt.startswith("(") and nxt.lower() not in PREPOSITIONS
                if (word in PARTICLES and not particle and not phrases and current is None
                        and not (word in PREPOSITIONS and next_is_noun)):
                    particle = word
                    continue
                if word in PREPOSITIONS:
                    preps.append((word, []))
                    current, in_bare_prep = preps[-1][1], True
                    continue
                elements = [token]
            if current is None:
                current = []
                phrases.append(current)
            current += elements
        if len(phrases) > 1:
            raise _Skip("several noun phrases after the verb")
        if len(preps) > 1:
            # '- * EID AT ^ WITH + [043]': a phrase with no condition of its own ('at' anything) is
            # dropped when another holds the target; what is left must be one phrase
            preps = [p for n, p in enumerate(preps) if n == target_prep or p[1]] if target_prep >= 0 else preps
            if len(preps) > 1:
                raise _Skip("several prepositional phrases")
            dropped.add(where)
        if phrases and all(w.lower() in _DETERMINERS for w in phrases[0]):
            phrases = []  # '- * THEIR ^ ABOUT + [162]': 'their' and a skipped word, no head to require
        objects = phrase_heads(phrases[0], where) if phrases and phrases[0] else frozenset()
        prep, prep_objects = "", frozenset()
        if preps:
            prep = preps[0][0]
            prep_objects = phrase_heads(preps[0][1], where) if preps[0][1] else frozenset()
        return particle, objects, prep, prep_objects, compound, auxiliaries, swapped, beyond and not swapped

    patterns: list[VerbPattern] = []
    seen: set[tuple] = set()
    dropped: set[str] = set()  # pattern lines kept with only the head of a phrase

    def emit(pattern: VerbPattern) -> None:
        key = (pattern.code, pattern.verb, pattern.particle, pattern.objects, pattern.prep, pattern.prep_objects,
               pattern.compound, pattern.auxiliaries, pattern.target)
        if key in seen:
            skip("duplicate")
            return
        seen.add(key)
        patterns.append(pattern)

    def usable(raw: str) -> Optional[tuple[str, str, str]]:
        """(code, reverse code, target mode) of a ``[...]`` code, or None (counted) when nothing can be
        coded."""
        code, reverse = _split_code(raw)
        mode = "object"
        if not code and reverse:  # '[:173]': only the target's act on the subject
            code, reverse, mode = reverse, "", "reverse"
        if not code or code == "---":
            skip("null code [---]")
            return None
        if code not in book:
            skip("code not in CAMEO")
            return None
        if reverse and (reverse == "---" or reverse not in book):
            skip("reverse code not in CAMEO (forward code kept)")
            reverse = ""
        return code, reverse, mode

    forms: dict[str, str] = {}
    for block in blocks:  # a verb's own name first ('SAID' may be a block of its own), then {FORMS}
        for form in block.verbs:
            forms.setdefault(form.verb, form.verb)
    for block in blocks:
        for form in block.verbs:
            for written in form.irregular:
                forms.setdefault(written, form.verb)

    for block in blocks:
        for form in block.verbs:
            codes = usable(form.code if form.code is not None else block.code)
            if codes:
                emit(VerbPattern(code=codes[0], verb=form.verb, particle=form.particle, objects=form.objects,
                                 prep=form.prep, origin=f"{path.name}:{form.number}", reverse_code=codes[1],
                                 target=codes[2]))
        for number, body, raw_code in block.patterns:
            where = f"{path}:{number}"
            try:
                particle, objects, prep, prep_objects, compound, auxiliaries, swapped, beyond = convert(body, where)
            except _Skip as exc:
                skip(str(exc))
                continue
            except ValueError as exc:
                problems.append(str(exc))
                continue
            codes = usable(raw_code)
            if not codes:
                continue
            for form in block.verbs:
                if form.particle and particle and form.particle != particle:
                    skip("particle conflict with multiword verb")
                    continue
                if form.objects and objects:
                    skip("object conflict with multiword verb")
                    continue
                if form.prep and prep and form.prep != prep:
                    skip("preposition conflict with multiword verb")
                    continue
                pat_objects, pat_prep_objects = objects, prep_objects
                if form.prep and not prep:  # +ASK_FOR with '- * AID': aid is the object of 'for'
                    pat_objects, pat_prep_objects = frozenset(), objects
                emit(VerbPattern(code=codes[0], verb=form.verb, particle=form.particle or particle,
                                 objects=form.objects or pat_objects, prep=form.prep or prep,
                                 prep_objects=pat_prep_objects, origin=f"{path.name}:{number}",
                                 reverse_code=codes[1], compound=compound, auxiliaries=auxiliaries,
                                 target=_target_mode(swapped, codes[2], beyond)))
    if dropped:
        approximated["modifiers dropped"] = len(dropped)
    _finish(problems, sink)
    return VerbReadResult(patterns, dict(sorted(skipped.items())), dict(sorted(approximated.items())), forms)


def _target_mode(swapped: bool, mode: str, beyond: bool) -> str:
    """A pattern line's target mode: 'reverse' for a reversed code or a line with the target before the
    verb (not both), 'after-prep-object' for '- * AT ^ +', else 'object'."""
    if swapped != (mode == "reverse"):
        return "reverse"
    return "after-prep-object" if beyond and mode != "reverse" else "object"


def read_verbs_lexicon(path: PathLike, book: Optional[dict[str, CameoCode]] = None, *,
                       problems: Optional[list[str]] = None) -> VerbLexicon:
    """A :class:`VerbLexicon` of the patterns :func:`read_verbs` reads, with its verb forms (no nominals
    or speech cues)."""
    result = read_verbs(path, book, problems=problems)
    return VerbLexicon(index_patterns(result.patterns), forms=result.forms)


# --------------------------------------------------------------------------- unit-test records


@dataclass(frozen=True)
class GoldEvent:
    """One expected ``<EventCoding>``. Codes in double quotes (``'"THE MINISTRY OF MAGIC"'``) are
    PETRARCH's 'new actor' text, written when ``new_actor_length`` > 0; they are kept as written."""

    source: str
    target: str
    code: str


@dataclass(frozen=True)
class UnitTestRecord:
    """One ``<Sentence>`` of ``PETR.UnitTest.records.xml`` (the ``<Parse>`` tree is not read).

    ``events`` empty with ``noevents`` True: the sentence must yield no event. ``error`` names the
    expected failure (``bad_input_parse``, ``dateline``, ``sentencediscard``, ``storydiscard``).
    ``config`` holds the ``<Config option= value=>`` settings in force (set between sentences and
    kept for the rest of the file, e.g. ``require_dyad=false``).
    """

    id: str
    date: str
    category: str
    text: str
    comments: tuple[str, ...]
    events: tuple[GoldEvent, ...]
    noevents: bool
    error: Optional[str]
    verbfile: str
    actorfile: str
    agentfile: str
    config: tuple[tuple[str, str], ...]
    origin: str


def read_unit_tests(path: PathLike) -> list[UnitTestRecord]:
    """Read PETRARCH's validation records (stdlib expat; comments kept, ``<Parse>`` ignored)."""
    path = Path(path)
    parser = xml.parsers.expat.ParserCreate()
    records: list[UnitTestRecord] = []
    problems: list[str] = []
    env: dict[str, str] = {}
    config: dict[str, str] = {}
    stack: list[str] = []
    sentence: Optional[dict] = None
    text_parts: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal sentence
        stack.append(tag)
        line = parser.CurrentLineNumber
        if tag == "Config" and "option" in attrs:
            config[attrs["option"]] = attrs.get("value", "")
        elif tag == "Sentence":
            sentence = {"attrs": attrs, "line": line, "comments": [], "events": [], "noevents": False,
                        "error": None, "text": None}
        elif tag == "EventCoding" and sentence is not None:
            if attrs.get("noevents", "").strip().lower() == "true":
                sentence["noevents"] = True
            elif "error" in attrs:
                sentence["error"] = attrs["error"]
            elif {"sourcecode", "targetcode", "eventcode"} <= attrs.keys():
                sentence["events"].append(GoldEvent(attrs["sourcecode"], attrs["targetcode"], attrs["eventcode"]))
            else:
                problems.append(f"{path}:{line}: <EventCoding> without codes, noevents or error: {attrs}")
        if tag in ("Text", "Verbfile", "Actorfile", "Agentfile"):
            text_parts.clear()

    def end(tag: str) -> None:
        nonlocal sentence
        stack.pop()
        content = " ".join("".join(text_parts).split())
        if tag in ("Verbfile", "Actorfile", "Agentfile"):
            env[tag.lower()] = content
        elif tag == "Text" and sentence is not None:
            sentence["text"] = content
        elif tag == "Sentence" and sentence is not None:
            attrs, where = sentence["attrs"], f"{path}:{sentence['line']}"
            try:
                date = _iso(attrs.get("date", "").strip())
            except ValueError as exc:
                problems.append(f"{where}: date: {exc}")
                date = ""
            missing = [k for k in ("id", "category") if not attrs.get(k)]
            if missing or sentence["text"] is None:
                problems.append(f"{where}: <Sentence> lacks {missing or ['<Text>']}")
            else:
                records.append(UnitTestRecord(
                    id=attrs["id"], date=date, category=attrs["category"], text=sentence["text"],
                    comments=tuple(sentence["comments"]), events=tuple(sentence["events"]),
                    noevents=sentence["noevents"], error=sentence["error"],
                    verbfile=env.get("verbfile", ""), actorfile=env.get("actorfile", ""),
                    agentfile=env.get("agentfile", ""), config=tuple(sorted(config.items())),
                    origin=f"{path.name}:{sentence['line']}",
                ))
            sentence = None

    def chars(data: str) -> None:
        if stack and stack[-1] in ("Text", "Verbfile", "Actorfile", "Agentfile"):
            text_parts.append(data)

    def comment(data: str) -> None:
        if sentence is not None and stack and stack[-1] == "Sentence":
            sentence["comments"].append(" ".join(data.split()))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.CommentHandler = comment
    try:
        with open(path, "rb") as handle:
            parser.ParseFile(handle)
    except xml.parsers.expat.ExpatError as exc:
        problems.append(f"{path}:{exc.lineno}: not well-formed XML: {xml.parsers.expat.ErrorString(exc.code)}")
    if problems:
        raise DictionaryError(problems)
    return records
