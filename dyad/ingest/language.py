"""Which language an article is in, so that only English text reaches Dyad's English coder.

The detector is py3langid (langid.py's naive-Bayes model over byte n-grams, 97 languages), whose model
ships inside its wheel: nothing is downloaded. It reads the article's *lower-case words*: capitalised
words are mostly names (``Wang Yi``, ``Andrés Manuel López Obrador``, ``Ouagadougou``), which say where a
story happens, not which language tells it, while the function words (``the, of, and`` / ``de, la, que``
/ ``der, und, ist``) that make a language stay lower case. So an English wire dense with foreign names
is read by its English words. The model's probabilities are normalised with its length temperature,
so a short or mixed text gets a low confidence.

The rule (:func:`judge`): an article is **not English** (error ``E030``) only when the detector names
another language with confidence at least :data:`MIN_CONFIDENCE` from at least :data:`MIN_WORDS` lower-case
words. Anything less sure is kept: a wrongly rejected English article is lost, while a foreign one let
through yields few events. A language the input declares (news-please's ``language``, a JSON ``language``
field) is trusted over the detector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

MIN_CONFIDENCE = 0.90
"""Normalised probability above which a non-English verdict rejects the article."""
MIN_WORDS = 8
"""Lower-case words needed before the detector may reject an article (shorter texts are kept)."""
SAMPLE_WORDS = 400
"""Words read from the start of the text: enough for a sure verdict, cheap on long articles."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Verdict:
    """What the language rule decided for one text.

    language: ISO 639-1 code when known (declared, or detected English, or detected with confidence),
    else None; confidence: the detector's normalised probability (None when declared); english: keep it.
    """

    language: Optional[str]
    confidence: Optional[float]
    english: bool


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads the shipped model (about 2 s)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float, int]:
    """``(language, confidence, words)``: the detector's best language for ``text``, its probability, and
    how many words it read (lower-case words when there are at least :data:`MIN_WORDS`, else all)."""
    words = _WORD.findall(text[: SAMPLE_WORDS * 20])[:SAMPLE_WORDS * 3]
    lower = [w for w in words if not w[0].isupper()][:SAMPLE_WORDS]
    sample = lower if len(lower) >= MIN_WORDS else words[:SAMPLE_WORDS]
    if not sample:
        return "und", 0.0, 0
    lang, confidence = _identifier().classify(" ".join(sample))
    return lang, float(confidence), len(lower)


def _declared(value: object) -> Optional[str]:
    """``'en'`` from ``'en'``, ``'EN'``, ``'en-GB'``, ``'en_US'``; None for blank or non-strings."""
    if not isinstance(value, str) or not value.strip():
        return None
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0] or None


def judge(text: str, declared: object = None) -> Verdict:
    """Apply the language rule (module docstring) to ``text``; ``declared`` is the input's own language."""
    given = _declared(declared)
    if given is not None:
        return Verdict(language=given, confidence=None, english=given == "en")
    lang, confidence, lower_words = detect(text)
    if lang == "en":
        return Verdict(language="en", confidence=confidence, english=True)
    if confidence >= MIN_CONFIDENCE and lower_words >= MIN_WORDS:
        return Verdict(language=lang, confidence=confidence, english=False)
    return Verdict(language=None, confidence=confidence, english=True)  # unsure: kept, language unknown
