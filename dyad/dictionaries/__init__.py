"""Converters from foreign dictionary formats into Dyad's records (``dyad.codebooks``).

Foreign formats are read here, once, and never inside the coder (STYLE §3). ``petrarch`` reads the
TABARI/PETRARCH2 actor, agent and verb dictionaries and the PETRARCH unit-test records.
"""

from dyad.dictionaries.petrarch import (
    GoldEvent,
    UnitTestRecord,
    VerbReadResult,
    read_actors,
    read_agents,
    read_unit_tests,
    read_verbs,
    read_verbs_lexicon,
)

__all__ = [
    "GoldEvent",
    "UnitTestRecord",
    "VerbReadResult",
    "read_actors",
    "read_agents",
    "read_unit_tests",
    "read_verbs",
    "read_verbs_lexicon",
]
