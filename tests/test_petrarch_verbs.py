"""The PETRARCH2 verb supplement (dyad/data/petrarch_verbs.jsonl.gz, converted from CAMEO.2.0.txt by
scripts/convert_petrarch_verbs.py): specific codes only, and only for verbs Dyad's own table lacks."""

from pathlib import Path

import pytest

from dyad import extract
from dyad.codebooks import (PETRARCH_VERBS_FILE, data_path, petrarch_verb_patterns, read_verb_patterns,
                            verb_lexicon)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "petrarch2"


def _triples(text):
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in extract(text, published="2024-02-01").events}


def test_the_supplement_holds_specific_codes_only():
    patterns = petrarch_verb_patterns()
    assert len(patterns) > 20000
    assert all(len(p.code) > 3 or p.code[2] != "0" for p in patterns)  # no root-level 'not specified'


def test_dyads_own_verbs_keep_only_their_own_rows():
    own = read_verb_patterns(data_path("verb_patterns.tsv"))
    lexicon = verb_lexicon()
    for verb in {p.verb for p in own if p.verb in {"attack", "meet", "arrest", "withdraw"}}:
        assert {Path(p.origin.split(":")[0]).name for p in lexicon.patterns[verb]} == {"verb_patterns.tsv"}


@pytest.mark.parametrize("text, expected", [
    ("Canada airlifted food to Haiti on Tuesday.", ("CAN", "HTI", "073")),
    ("The Kenyan government banished the Ugandan activist last week.", ("KENGOV", "UGAOPP", "174")),
])
def test_a_verb_only_petrarch_knows_is_coded(text, expected):
    assert expected in _triples(text)


@pytest.mark.skipif(not (SHARED / "CAMEO.2.0.txt").is_file(), reason="needs ../shared/petrarch2")
def test_the_committed_file_is_what_the_script_writes(tmp_path):
    import runpy
    script = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch_verbs.py"
    out = tmp_path / "verbs.jsonl.gz"
    runpy.run_path(str(script), run_name="not_main")["main"]([str(SHARED), "--out", str(out)])
    assert out.read_bytes() == data_path(PETRARCH_VERBS_FILE).read_bytes()
