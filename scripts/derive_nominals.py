"""Build-time: propose event nominalisations for the verbs of ``dyad/data/verb_patterns.tsv``.

Candidates come from English derivational morphology (-ation, -ion, -ment, -al, -ance/-ence, -ure and the
Latinate stem changes: invade → invasion, expel → expulsion, detain → detention); a candidate is kept only
when WordNet lists it as a noun (the noun index shipped in the PyPI package ``spacy-lookups-data``,
``en_lemma_index``) and it is frequent enough in spaCy's lexeme probabilities (``en_lexeme_prob``) to be
news vocabulary. Nouns that name a body, a place or a result rather than the act (``government``,
``settlement``, ``organization``) are excluded below, by their sense, not by any corpus.

Usage (the wheel is fetched with ``pip download spacy-lookups-data==1.0.5 --no-deps``):
    python scripts/derive_nominals.py path/to/spacy_lookups_data-1.0.5-py2.py3-none-any.whl > candidates.tsv
The reviewed output is appended to ``dyad/data/nominals.tsv`` (source column: ``derived``).
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "dyad" / "data"
MIN_LOG_PROB = -15.5
# Nominalisations whose usual sense is a body, a place, a document or a result, not the act itself.
NOT_ACTS = {
    "government", "settlement", "organization", "organisation", "establishment", "department", "administration",
    "assembly", "commission", "committee", "movement", "institution", "station", "position", "statement",
    "development", "representation", "association", "federation", "corporation", "foundation", "agency",
    "management", "authority", "department", "compartment", "apartment", "document", "instrument",
    "argument", "element", "treatment", "agreement", "department", "parliament", "regiment", "battalion",
    "publication", "composition", "population", "nation", "station", "location", "condition", "relation",
    "tradition", "direction", "section", "edition", "addition", "information", "question", "mention",
    "attention", "intention", "portion", "notion", "motion", "fiction", "function", "reaction", "action",
    "operation", "situation", "production", "construction", "installation", "observation", "declaration",
    "resolution", "proposition", "opposition", "coalition", "collection", "selection", "election",
    "constitution", "convention", "revolution", "generation", "legislation", "regulation", "application",
    "explanation", "expression", "impression", "confession", "profession", "possession", "session",
    "commitment", "appointment", "achievement", "requirement", "announcement", "engagement",
    "arrival", "approval", "proposal", "survival", "removal", "renewal", "trial", "material", "potential",
    "appearance", "performance", "maintenance", "guidance", "insurance", "allowance", "acceptance",
    "presence", "existence", "reference", "conference", "preference", "difference", "experience",
    "sentence", "defence", "defense", "offence", "residence", "evidence", "independence", "influence",
    "failure", "pressure", "procedure", "departure", "exposure", "measure", "feature", "structure",
    "assurance", "ordinance", "warrant", "payment", "employment", "equipment", "shipment", "settlement",
    "enjoyment", "excitement", "amusement", "statement", "placement", "replacement", "treatment",
    "consideration", "preparation", "expectation", "participation", "administration", "demonstration",
    "integration", "imagination", "inspiration", "aspiration", "determination", "obligation", "occupation",
}
# Look-alikes that share letters, not a derivation, with a lexicon verb ('goal' is no act of 'go'), and
# derivations whose sense drifted away from the verb's event ('passage', 'importance', 'reception').
LOOK_ALIKES = {
    "final", "formal", "goal", "hostage", "massage", "passion", "stallion", "stature", "posture", "postage",
    "signage", "notation", "plantation", "probation", "providence", "importance", "formation", "conduction",
    "audition", "breakage", "blockage", "brokerage", "linkage", "entertainment", "ignorance", "implication",
    "indication", "dispersion", "convergence", "exploration", "reception", "presentation", "passage",
    "observance", "communication", "admittance", "advancement", "alignment", "appreciation", "conclusion",
    "continuation", "contemplation", "examination", "enhancement", "improvement", "distribution", "provision",
    "prediction", "submission", "suggestion", "admission", "assertion", "assessment", "disclosure",
    "attendance", "importation", "allocation", "compensation", "accreditation", "celebration", "relaxation",
    "severance", "visitation", "reduction", "affirmation", "clarification", "justification", "legalisation",
    "legalization", "implementation", "insistence", "issuance", "detainment", "conscription",
    # the act's noun that also names a force, a right or a state of affairs
    "explosion", "protection", "prevention", "violation", "resistance", "permission", "vaccination",
    "confirmation", "dissolution", "reversal", "restriction", "disapproval",
}
SUFFIX_RULES = [
    ("ate", ["ation", "ion"]), ("ize", ["ization"]), ("ise", ["isation"]), ("ify", ["ification"]),
    ("y", ["ial"]), ("ade", ["asion"]), ("ude", ["usion"]), ("ide", ["ision"]), ("ode", ["osion"]),
    ("pel", ["pulsion"]), ("mit", ["mission"]), ("ceive", ["ception"]), ("duce", ["duction"]),
    ("sume", ["sumption"]), ("tain", ["tention"]), ("olve", ["olution"]), ("ose", ["osition"]),
    ("ounce", ["unciation"]), ("e", ["ation", "ion", "al", "ance", "ence", "ure", "ment"]),
    ("", ["ation", "tion", "ion", "ment", "al", "ance", "ence", "ure", "age"]),
]


def _table(wheel: zipfile.ZipFile, name: str) -> dict:
    return json.loads(gzip.decompress(wheel.read(f"spacy_lookups_data/data/{name}.json.gz")))


def candidates(verb: str) -> list[str]:
    found = []
    for ending, suffixes in SUFFIX_RULES:
        if verb.endswith(ending):
            stem = verb[: len(verb) - len(ending)] if ending else verb
            found += [stem + s for s in suffixes]
    if len(verb) > 2 and verb[-1] == verb[-2]:
        pass
    elif len(verb) > 2 and verb[-1] in "lt" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        found += [verb + verb[-1] + s for s in ("al", "ance", "ence")]  # 'acquittal'
    return found


def main(wheel_path: str) -> None:
    with zipfile.ZipFile(wheel_path) as wheel:
        nouns = set(_table(wheel, "en_lemma_index")["noun"])
        probs = _table(wheel, "en_lexeme_prob")
    verbs = set()
    for line in (DATA / "verb_patterns.tsv").read_text().splitlines():
        cells = line.split("\t")
        if len(cells) > 1 and cells[0][:1].isdigit():
            verbs.add(cells[1].lower())
    known = {line.split("\t")[0] for line in (DATA / "nominals.tsv").read_text().splitlines() if line}
    seen = set()
    for verb in sorted(verbs):
        for noun in candidates(verb):
            if noun in seen or noun in known or noun in NOT_ACTS or noun in LOOK_ALIKES or noun in verbs or noun not in nouns:
                continue
            if probs.get(noun, -30.0) < MIN_LOG_PROB:
                continue
            seen.add(noun)
            print(f"{noun}\t{verb}\tderived")


if __name__ == "__main__":
    main(sys.argv[1])
