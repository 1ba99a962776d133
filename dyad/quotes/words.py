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
                    "wire", "telegraph", "guardian", "observer", "chronicle", "weekly", "magazine", "reuters"}

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

REPORT_VERBS = {"report", "say", "write", "quote", "cite", "state", "broadcast", "publish", "tell", "carry"}
