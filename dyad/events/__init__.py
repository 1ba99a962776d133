"""Events: verb patterns over the dependency parse → source, target, CAMEO code (and PLOVER, Goldstein).

For each verb outside quotation marks, the verb lexicon's patterns for its lemma are tried against the
verb's complements (particle, object head, prepositions); the most specific match gives the code.
Arguments come from syntax, not word order: the subject (climbing through 'Lambasting X, Cohen said'
and 'decided to cancel' to the governing subject), the passive agent, the object or the object of a
preposition ('a meeting with Guterres', 'its diplomats from the country'), with a target never equal to
the source. Event nouns under light verbs are coded as the verb they name ('announced the
postponement of her trip to Peru' → postpone + trip). A speaker who says that another actor
committed a crime or an attack accuses that actor (PETRARCH's transformation 'a (b . ATTACK) SAY = a b
112', done on the parse).

The coder is a package, one part of the design per module, joined by :class:`EventCoder`:

- :mod:`dyad.events.predicates`: what happened (verb patterns, event nouns, light verbs, stance);
- :mod:`dyad.events.arguments`: who to whom (subjects, sources, targets);
- :mod:`dyad.events.implicit`: arguments the clause leaves implicit (institutions, crowds, placed violence);
- :mod:`dyad.events.setting`: when and where (dates, places);
- :mod:`dyad.events.modality_rules`: negation, hypotheticals, demands, refusals, intents and threats;
- :mod:`dyad.events.reported`: accusations, quoted first-person acts, attribution;
- :mod:`dyad.events.evaluations`: judgements and reactions;
- :mod:`dyad.events.coder`: :class:`EventCoder` and :func:`events`, which join them;
- :mod:`dyad.events.lexicon` and :mod:`dyad.events.tokens`: the word classes and the token stand-ins all
  parts share.

Every name the former single module ``dyad/events.py`` defined is importable from here.
"""

from dyad.events.lexicon import (LIGHT_VERBS, PLACEHOLDER_OBJECTS, QUANTITY_OBJECTS, PLAN_GOVERNORS, HYPOTHETICAL_HEADS,
                                 STATEMENT_NOUNS, STANCE_NOUNS, MODALS, NEGATORS, TARGET_PREPS, ACCUSATION_OBJECTS,
                                 PERPETRATING_VERBS, REJECTING_PREDICATES, ACCEPTING_PREDICATES, UNREALISED_ROOTS,
                                 DEMANDING_HEADS, CONFLICT_ROOTS, SELF_MOVING_CODES, WITHDRAWAL_CODES,
                                 WITHDRAWING_VERBS, COOPERATIVE_ROOTS, FUTURE_AUX, INTENT_HEADS, ADJECTIVAL_PASSIVES,
                                 ASPECTUAL_VERBS, PREPARING_HEADS, INTENT_CODES, THREAT_CODES_16,
                                 PURPOSE_UNREALISED_ROOTS, WEAPON_SUBJECTS, VICTIM_NOUNS, DETAINEE_NOUNS, CROWD_NOUNS,
                                 REFUSAL_CODES, REFUSING_HEADS, CALLING_VERBS, AS_LABELLING_VERBS, STIMULUS_PREPS,
                                 PATIENT_NOUNS, EMPTY_PRONOUNS, LOCATION_PREPS, _predicate_classes, _CLASSES,
                                 FRAME_VERBS, REFUSING_ADJECTIVES, STANCE_PREDICATES)
from dyad.events.tokens import (_Tok, _tokens, _release, _in, _children, _first, _pobj, _phrase_head, _fragment_subject,
                                _is_passive, INDICATIVE_AUX, _indicative)
from dyad.events.predicates import _Predicate, PredicateMixin
from dyad.events.arguments import _home, STATE_SECTORS, _same_state, _anonymous, ArgumentMixin
from dyad.events.implicit import ImplicitMixin
from dyad.events.setting import SettingMixin
from dyad.events.modality_rules import ModalityMixin
from dyad.events.reported import ReportedMixin
from dyad.events.evaluations import EvaluationMixin
from dyad.events.coder import EventCoder, _dedupe, events

__all__ = [
    "LIGHT_VERBS", "PLACEHOLDER_OBJECTS", "QUANTITY_OBJECTS", "PLAN_GOVERNORS", "HYPOTHETICAL_HEADS",
    "STATEMENT_NOUNS", "STANCE_NOUNS", "MODALS", "NEGATORS", "TARGET_PREPS", "ACCUSATION_OBJECTS",
    "PERPETRATING_VERBS", "REJECTING_PREDICATES", "ACCEPTING_PREDICATES", "UNREALISED_ROOTS", "DEMANDING_HEADS",
    "CONFLICT_ROOTS", "SELF_MOVING_CODES", "WITHDRAWAL_CODES", "WITHDRAWING_VERBS", "COOPERATIVE_ROOTS", "FUTURE_AUX",
    "INTENT_HEADS", "ADJECTIVAL_PASSIVES", "ASPECTUAL_VERBS", "PREPARING_HEADS", "INTENT_CODES", "THREAT_CODES_16",
    "PURPOSE_UNREALISED_ROOTS", "WEAPON_SUBJECTS", "VICTIM_NOUNS", "DETAINEE_NOUNS", "CROWD_NOUNS", "REFUSAL_CODES",
    "REFUSING_HEADS", "CALLING_VERBS", "AS_LABELLING_VERBS", "STIMULUS_PREPS", "PATIENT_NOUNS", "EMPTY_PRONOUNS",
    "LOCATION_PREPS", "_predicate_classes", "_CLASSES", "FRAME_VERBS", "REFUSING_ADJECTIVES", "STANCE_PREDICATES",
    "_Tok", "_tokens", "_release", "_in", "_children", "_first", "_pobj", "_phrase_head", "_fragment_subject",
    "_is_passive", "INDICATIVE_AUX", "_indicative", "_Predicate", "PredicateMixin", "_home", "STATE_SECTORS",
    "_same_state", "_anonymous", "ArgumentMixin", "ImplicitMixin", "SettingMixin", "ModalityMixin", "ReportedMixin",
    "EvaluationMixin", "EventCoder", "_dedupe", "events",
]
