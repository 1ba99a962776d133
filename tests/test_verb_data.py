"""Checks on Dyad's packaged verb data: verb_patterns.tsv, nominals.tsv, speech_cues.tsv."""

from __future__ import annotations

from collections import Counter
from typing import Optional

import pytest

from dyad.codebooks import cameo_codebook, data_path, verb_lexicon


def best_code(lemma: str, obj: Optional[str] = None, particle: str = "") -> Optional[str]:
    """Code of the most specific pattern for ``lemma`` that holds with this object and particle (no prep)."""
    candidates = [
        p for p in verb_lexicon().for_lemma(lemma)
        if p.particle == particle and not p.prep and not p.prep_objects
        and (not p.objects or (obj is not None and obj in p.objects))
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda p: p.specificity).code  # max keeps the first of equals


def test_lexicon_loads():
    lexicon = verb_lexicon()
    assert len(lexicon.patterns) > 300
    assert sum(len(p) for p in lexicon.patterns.values()) >= 700
    assert lexicon.nominals and lexicon.speech_cues


def test_every_code_is_cameo():
    book = cameo_codebook()
    for pats in verb_lexicon().patterns.values():
        for p in pats:
            assert p.code in book, p.origin


@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(1, 21)])
def test_every_root_has_patterns(root):
    count = sum(1 for pats in verb_lexicon().patterns.values() for p in pats if p.code.startswith(root))
    assert count >= 10, f"root {root} has only {count} patterns"


CASES = [
    ("say", None, "010"),
    ("claim", "responsibility", "015"),
    ("deny", "involvement", "016"),
    ("deny", None, "016"),
    ("condole", None, "018"),
    ("urge", None, "02"),
    ("pledge", "aid", "033"),
    ("offer", "talk", "036"),
    ("meet", None, "04"),
    ("telephone", None, "041"),
    ("visit", None, "042"),
    ("host", None, "043"),
    ("mediate", None, "045"),
    ("negotiate", None, "046"),
    ("praise", None, "051"),
    ("recognize", "independence", "054"),
    ("apologize", None, "055"),
    ("sign", "agreement", "057"),
    ("share", "intelligence", "064"),
    ("extradite", None, "063"),
    ("sell", "weapon", "062"),
    ("provide", "food", "073"),
    ("release", "prisoner", "08"),
    ("release", "statement", "010"),
    ("withdraw", "troop", "08"),
    ("lift", "sanction", "085"),
    ("declare", "ceasefire", "0871"),
    ("resign", None, "0831"),
    ("investigate", None, "09"),
    ("demand", "release", "1053"),
    ("demand", "withdrawal", "106"),
    ("condemn", None, "111"),
    ("accuse", None, "112"),
    ("sue", None, "115"),
    ("reject", "talk", "125"),
    ("reject", "allegation", "016"),
    ("veto", None, "129"),
    ("threaten", None, "13"),
    ("threaten", "sanction", "1312"),
    ("protest", None, "14"),
    ("deploy", "troop", "15"),
    ("mobilize", None, "154"),
    ("recall", "ambassador", "161"),
    ("return", "ambassador", "161"),
    ("expel", "diplomat", "161"),
    ("sever", "tie", "161"),
    ("cancel", "visit", "16"),
    ("cancel", "talk", "164"),
    ("cut", "aid", "162"),
    ("impose", "sanction", "163"),
    ("impose", "curfew", "1723"),
    ("arrest", None, "173"),
    ("demolish", None, "1712"),
    ("deport", None, "174"),
    ("kidnap", None, "181"),
    ("torture", None, "1822"),
    ("bomb", None, "18"),
    ("assassinate", None, "186"),
    ("attack", None, "19"),
    ("invade", None, "19"),
    ("shell", None, "194"),
    ("fire", "rocket", "195"),
    ("massacre", None, "202"),
]


@pytest.mark.parametrize("lemma,obj,prefix", CASES)
def test_lookup(lemma, obj, prefix):
    code = best_code(lemma, obj)
    assert code is not None and code.startswith(prefix), (lemma, obj, code)


@pytest.mark.parametrize("lemma,particle,obj,prefix", [
    ("call", "for", "ceasefire", "0256"),
    ("call", "on", None, "02"),
    ("call", "off", "talk", "164"),
    ("step", "down", None, "0831"),
    ("crack", "down", None, "175"),
    ("blow", "up", "himself", "1831"),
    ("appeal", "for", "aid", "023"),
])
def test_particle_lookup(lemma, particle, obj, prefix):
    code = best_code(lemma, obj, particle)
    assert code is not None and code.startswith(prefix), (lemma, particle, obj, code)


def test_ambiguous_verbs_have_no_default():
    for lemma in ("call", "take", "hold", "give", "return"):
        defaults = [p for p in verb_lexicon().for_lemma(lemma)
                    if not (p.particle or p.objects or p.prep or p.prep_objects)]
        assert not defaults, lemma


def test_nominal_verbs_have_patterns():
    lexicon = verb_lexicon()
    assert len(lexicon.nominals) >= 80
    missing = {noun: verb for noun, verb in lexicon.nominals.items() if not lexicon.for_lemma(verb)}
    assert not missing


def test_speech_cues():
    cues = verb_lexicon().speech_cues
    assert {"say", "tell", "add", "post", "state"} <= cues


def _data_lines(name):
    with open(data_path(name), encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("name", ["verb_patterns.tsv", "nominals.tsv", "speech_cues.tsv"])
def test_no_duplicate_rows(name):
    lines = _data_lines(name)
    if name == "verb_patterns.tsv":  # identical conditions count as duplicates, whatever the note says
        keys = ["\t".join(line.split("\t")[:7]) for line in lines]
    elif name == "speech_cues.tsv":  # one row per lemma and class ('pledge': a commissive verb and a noun)
        keys = ["\t".join(line.split("\t")[:2]) for line in lines]
    else:  # one row per noun / lemma
        keys = [line.split("\t")[0] for line in lines]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, dupes[:10]


def test_no_conflicting_patterns():
    """Two patterns with the same conditions must not give different codes."""
    seen = {}
    for pats in verb_lexicon().patterns.values():
        for p in pats:
            key = (p.verb, p.particle, p.objects, p.prep, p.prep_objects, p.target)
            assert key not in seen or seen[key] == p.code, (p.origin, seen.get(key))
            seen[key] = p.code


def test_verb_patterns_direct_object_target_mode_is_read():
    from dyad.codebooks import verb_lexicon
    assert any(p.target == "direct-object" for p in verb_lexicon().for_lemma("order"))
