"""The word lists that mark media, outlets, documents, audiences and reporting verbs in quotations."""

from __future__ import annotations

MEDIUM_WORDS = {"x", "twitter", "facebook", "instagram", "telegram", "tweet", "post", "statement", "interview",
                "television", "tv", "radio", "broadcast", "letter", "conference", "briefing", "speech", "website",
                "media", "blog", "message", "video", "communique", "communiqué", "release", "newspaper",
                "address", "op-ed", "column", "podcast", "call", "session", "meeting", "report", "document"}

OUTLET_SECTORS = {"MED"}

# Words that make an unknown organisation's name an outlet's ('Yemen Post', 'Press TV', 'state media').
MEDIA_NAME_WORDS = {"times", "news", "post", "press", "tv", "television", "radio", "agency", "journal", "herald",
                    "tribune", "gazette", "daily", "network", "broadcasting", "channel", "media", "newspaper",
                    "wire", "telegraph", "guardian", "observer", "chronicle", "weekly", "magazine", "reuters",
                    "courier", "monitor", "dispatch", "inquirer", "examiner", "broadcaster", "newswire", "online"}

# The head word of a proper name that makes it an outlet's even when NER does not call it an organisation
# ('the Harbour Gazette', 'Meridian Radio'): the nameplate words of newspapers and broadcasters.
MEDIA_HEAD_WORDS = {"times", "post", "news", "herald", "journal", "gazette", "courier", "tribune", "telegraph",
                    "observer", "chronicle", "daily", "tv", "television", "radio", "broadcasting", "dispatch",
                    "inquirer", "examiner", "newswire", "wire", "online"}

# Name words that make a name an outlet's only beside a news word ('Velta News Agency', not 'Atomic
# Energy Agency'; 'Coastal Broadcasting Network', not 'Human Rights Network').
MEDIA_NAME_NEEDS_NEWS = {"agency", "network", "channel", "monitor", "wire"}
MEDIA_NEWS_WORDS = {"news", "press", "media", "broadcasting", "television", "tv", "radio", "newswire"}

# Common nouns that are outlets by themselves ('state television', 'the state broadcaster', 'the daily'),
# and heads that are outlets beside a news word ('the state news agency', 'a local radio station').
OUTLET_NOUNS = {"media", "television", "radio", "newspaper", "broadcaster", "tabloid", "daily", "newswire", "outlet"}
OUTLET_NOUN_HEADS = {"agency", "service", "station", "channel", "outlet", "network", "wire"}


def outlet_noun(token) -> bool:
    """Whether a common noun names an outlet by itself ('state television', 'the daily') or as an outlet head
    beside a news word ('the state news agency', 'a Kurdish news network'). ``token``: a spaCy Token."""
    lemma = token.lemma_.lower()
    return lemma in OUTLET_NOUNS or lemma in OUTLET_NOUN_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MEDIA_NEWS_WORDS for c in token.children)


def nameplate(words: list[str]) -> bool:
    """Whether a capitalised name's lower-cased words end as an outlet's do: in a nameplate word ('the Harbour
    Gazette', 'China Daily') or in an outlet head beside a news word ('Kenya News Agency', not 'the Atomic Energy
    Agency')."""
    return bool(words) and (words[-1] in MEDIA_HEAD_WORDS or
                            words[-1] in OUTLET_NOUN_HEADS and bool(set(words) & MEDIA_NEWS_WORDS))


# Documents and channels that relay what an actor says ('The EU report says', 'the embassy's website said').
DOCUMENT_WORDS = {"report", "website", "statement", "letter", "communique", "communiqué", "message", "document",
                  "study", "survey", "memo", "cable", "note", "declaration", "resolution", "bulletin", "broadcast"}

# Cues that introduce quoted words but not reported clauses ('"...," he continued').
DIRECT_ONLY_CUES = {"continue", "recall", "describe", "chant"}

# Punctuation that edges a clause rather than belonging to it.
_EDGE_PUNCT = {",", ".", ";", ":", "-", "--", "—", "–"}

# Gatherings a speaker addresses ('told a news conference', 'told the crowd'): an audience, not an outlet.
AUDIENCE_WORDS = {"conference", "briefing", "crowd", "rally", "parliament", "assembly", "congress", "senate",
                  "audience", "gathering", "meeting", "supporter", "press", "reporter", "journalist",
                  "correspondent", "lawmaker", "delegate", "nation", "people", "student", "summit", "forum",
                  "session", "council", "committee", "hearing", "court"}

# Roles of people who work for an outlet: persons, not the outlet ('state media' is the outlet).
PRESS_PEOPLE = {"reporter", "journalist", "correspondent", "editor", "columnist", "anchor", "photographer",
                "cameraman", "presenter", "commentator", "blogger", "photojournalist", "stringer"}

# Verbs through which an outlet relays someone's words: 'The Gazette quoted X as saying', 'was cited by'.
QUOTING_VERBS = {"quote", "cite", "report"}  # 'was reported as saying'
# Cues that are cues only without a direct object: 'charged that X ...' accuses, 'charged him with treason'
# is a legal act whose words are not speech.
OBJECTLESS_CUES = frozenset({"charge"})
# Passives of report and belief that raise a speaker's subject: 'X is reported / understood / believed to have said'.
RAISING_PASSIVES = frozenset({"report", "say", "understand", "believe", "think", "know", "allege", "rumour", "rumor"})

# Participles that pass a medium on ('comments carried by Velta', 'remarks published in the Gazette').
RELAY_PARTICIPLES = {"carry", "publish", "broadcast", "air", "release", "issue", "post", "televise"}

# Nouns for what a speaker said, in which a reported clause may be given ('in comments to the Gazette').
SPEECH_NOUNS = {"comment", "remark", "interview", "article", "editorial", "op-ed", "words", "testimony"}

# Speaking verbs whose participle names the outlet spoken to: 'Speaking to the Gazette, X said'.
SPEAKING_VERBS = {"speak", "talk"}

# Platforms a speaker writes on; they relay the words as an outlet does ('wrote on X', 'in a post on Telegram').
PLATFORM_WORDS = {"x", "twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "weibo", "website",
                  "truth social", "linkedin", "threads", "vkontakte", "blog"}

REPORT_VERBS = {"report", "say", "write", "quote", "cite", "state", "broadcast", "publish", "tell", "carry"}

# Sources of findings: a cue of the 'finding' class (speech_cues.tsv: 'found', 'showed') reports only with one
# of these as its subject ('a UN report found that ...', 'the poll showed that ...'); the speaker is its owner
# ('a UN report', 'the survey by Gallup') or, with none named, the document itself: inquiries and their
# documents, records and their media ('the ministry's records show that ...', 'footage showed'). So do the
# bodies and people whose office is to find facts (FACT_FINDERS: 'the tribunal found that ...', 'auditors found
# that ...'), not anyone who happens to find something ('she found that the door was locked').
EVIDENCE_WORDS = DOCUMENT_WORDS | {"poll", "investigation", "inquiry", "audit", "review", "analysis", "assessment",
                                   "research", "probe", "census", "findings", "data", "evaluation", "paper",
                                   "autopsy", "report", "study", "survey", "estimate", "test", "inspection",
                                   "record", "email", "file", "filing", "transcript", "recording", "footage", "video",
                                   "image", "imagery", "photograph", "photo", "evidence", "figure", "statistic",
                                   "result", "tally", "log", "testimony"}
# (the bodies and people speak for themselves: 'UN investigators found' is theirs, not the UN's document's)
FACT_FINDERS = frozenset({"court", "judge", "jury", "tribunal", "panel", "commission", "committee", "investigator",
                          "inspector", "auditor", "coroner", "watchdog", "regulator", "researcher", "scientist"})
# Every subject with which a finding cue reports (dyad/quotes/gates.py).
FINDING_SOURCES = EVIDENCE_WORDS | FACT_FINDERS

# Pronouns of the first and second person: 'I believe ...', 'we think ...' state the writer's belief, not a
# reported one.
FIRST_PERSON = {"i", "we", "you", "me", "us"}

# The general words for a head of state or government ('the Greek leader said' after 'Prime Minister Kyriakos
# ...'): a role phrase with one of these is the person named earlier with a head's role (HEAD_ROLES).
HEAD_WORDS = {"leader", "premier"}
HEAD_ROLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
              "leader", "head of state", "head of government", "taoiseach", "supreme leader"}
