"""Actors: entity resolution and actor coding over a parsed article.

Mentions come from three places, strongest first: Dyad's actor dictionary (organisations, armed groups,
outlets, notable persons), country names and demonyms (pycountry + ``countries.tsv``), then spaCy's
named entities. Persons take their role and country from titles and appositions in the text itself
("Chilean President Gabriel Boric", "the foreign minister of Peru, Elmer Schialer"), falling back
to the dictionary's role in force on the publication date. Role phrases ("the Turkish President",
"the UN chief", "Israeli citizens") and later mentions ("Erdogan", "he", "its", "the country") resolve
to the same actor, so events never carry a pronoun.

Codes follow CAMEO's actor scheme: a country (ISO-3) plus a sector (``TURGOV``), an IGO code
(``IGOUNO``), or a sector alone when the country is unknown.

The package follows the stages, all over one shared per-Doc token table:

- ``tokens``: :class:`TokenTable`, the Doc's token attributes as plain lists, and the string caches;
- ``index``: :class:`ActorIndex`, the result quotes and events query, and ``_Builder``, an actor being built;
- ``lookup``: dictionary phrase matching, the dictionary's persons by office, gazetteer names;
- ``mentions``: dictionary names, entities, peoples, titles, appositions and role phrases;
- ``coreference``: surnames, pronouns, definite descriptions, cataphora, previous sentences' subjects;
- ``antecedents``: the pronoun model (agreement filters, binding, window, salience) coreference asks;
- ``codes``: qualifiers, offices and regions, the main state and default countries;
- ``resolver``: ``_Resolver`` (the mixins above over one article's state) and :func:`resolve_actors`,
  which runs the passes in order.
"""

from __future__ import annotations

from dyad.actors.codes import BASED_VERBS
from dyad.actors.coreference import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS
from dyad.actors.index import _MODIFIER_DEPS, ActorIndex, _Builder, _conjuncts_of
from dyad.actors.lookup import (HEAD_ROLES, _alias_case_ok, _cached_matcher, _capitalised, _country_name,
                                _entry_number, _joined_word_matches, _persons_of, _same_role)
from dyad.actors.mentions import GROUP_HEADS, PEOPLE_NOUNS
from dyad.actors.resolver import _Resolver, resolve_actors
from dyad.actors.tokens import TokenTable, _strings

__all__ = [
    "ActorIndex", "TokenTable", "resolve_actors",
    "BASED_VERBS", "GROUP_HEADS", "HEAD_ROLES", "PEOPLE_NOUNS", "PERSON_PRONOUNS", "PLURAL_PRONOUNS", "THING_PRONOUNS",
    "_Builder", "_MODIFIER_DEPS", "_Resolver", "_alias_case_ok", "_cached_matcher", "_capitalised", "_conjuncts_of",
    "_country_name", "_entry_number", "_joined_word_matches", "_persons_of", "_same_role", "_strings",
]
