"""The evaluation lexicon grown from VADER (scripts/build_evaluations.py): a speaker's judgement of another
actor or its act in words the hand-written list lacked, the verbs of denunciation, and the words of
victims' suffering and of the speaker's own feelings that the hand review left out."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from dyad import extract
from dyad.codebooks import evaluations

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT / "benchmarks" / "breadth" / "score.py"


def _codes(text, published="2021-06-01"):
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo)
            for e in extract(text, published=published).events}


@pytest.mark.parametrize("text, expected", [
    ("Chile said the Bolivian minister's remarks were arrogant.", ("CHL", "BOL", "111")),
    ("Denmark called the Russian decree oppressive.", ("DNK", "RUS", "111")),
    ("Ghana described the Togolese ruling as unethical.", ("GHA", "TGO", "111")),
    ("Peru called the Ecuadorian envoy a troublemaker.", ("PER", "ECU", "111")),
    ("Jordan said the Syrian army's shelling of the camp was vicious.", ("JOR", "SYR", "111")),
])
def test_a_judgement_word_from_the_grown_lexicon_is_criticism(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text, expected", [
    ("Guyana's president excoriated Suriname over the fishing dispute.", ("GUY", "SUR", "111")),
    ("The Latvian government pilloried Belarus over the border crossings.", ("LVA", "BLR", "111")),
])
def test_verbs_of_denunciation_are_criticism(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text", [
    "The Chilean president said the wildfires in the south were terrible.",
    "Morocco's interior minister said the drought was painful for farmers.",
    "The Nepalese government said its own response to the floods was disappointing.",
    "Cuba's foreign minister said he was sad about the hurricane.",
])
def test_victims_suffering_and_the_speakers_feelings_accuse_no_one(text):
    assert not any(code.startswith("11") for _, _, code in _codes(text))


def test_the_grown_rows_name_their_source_and_keep_valid_codes():
    rows = [l.split("\t") for l in (ROOT / "dyad" / "data" / "evaluations.tsv").read_text().splitlines()
            if l and not l.startswith("#")][1:]
    grown = [r for r in rows if len(r) > 3 and r[3].startswith("VADER 3.3.2")]
    assert len(grown) >= 100
    book = evaluations()
    assert all(book[r[0]].code == r[1] for r in grown)
    assert not {"tragic", "sad", "painful", "devastating", "terrible"} & set(book)


@pytest.mark.skipif(importlib.util.find_spec("vaderSentiment") is None, reason="vaderSentiment not installed")
def test_the_build_script_reproduces_the_committed_rows():
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_evaluations.py")], cwd=ROOT,
                           capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT)}).stdout
    committed = [l for l in (ROOT / "dyad" / "data" / "evaluations.tsv").read_text().splitlines()
                 if "\tVADER 3.3.2" in l]
    assert built.splitlines() == committed


JUDGEMENT_FLOORS = {"judgements.tsv": 0.90, "judgements_heldout.tsv": 0.54}  # triple, negatives included


@pytest.mark.parametrize("name", sorted(JUDGEMENT_FLOORS))
def test_judgement_sets_keep_their_floor_and_their_negatives(name, benchmark_script):
    score = benchmark_script("breadth/score.py")
    outcomes = score.score_breadth(SCORE.parent / name)
    negatives = [o for o in outcomes if o.record.category == "NOT-ACCUSE"]
    assert len(outcomes) >= 35 and len(negatives) >= 8
    assert all(o.fields["triple"] for o in negatives)
    assert score.accuracy(outcomes, "triple") >= JUDGEMENT_FLOORS[name]


@pytest.mark.parametrize("text, expected", [
    # labels of two words: the noun and its compound, or one hyphenated word the tokenizer splits
    ("The Moldovan opposition called the prosecution a witch hunt.", ("MDA", "MDA", "111")),
    ("Georgia's opposition described the trial as a witch-hunt.", ("GEO", "GEO", "111")),
    ("The Armenian foreign ministry called the Azerbaijani tribunal a kangaroo court.", ("ARM", "AZE", "111")),
    # a state's own critics judging an act of its justice hold its government to account
    ("Belarusian opposition leaders said the investigation was a whitewash.", ("BLR", "BLR", "111")),
])
def test_two_word_labels_and_acts_of_justice(text, expected):
    assert expected in _codes(text)


def test_a_labelled_object_is_named_not_acted_on():
    # 'call' + 'strike' is a labour strike (143) only where the strike is called, not where it is called a crime
    codes = _codes("Yerevan called the Azerbaijani strike on the border post a war crime.")
    assert ("ARM", "AZE", "1124") in codes
    assert not [c for c in codes if c[2].startswith("14")]


def test_an_act_named_by_its_kind_is_the_act_told_with_that_word():
    # the bombing is Israel's, though another side's act came after it
    codes = _codes("Israeli jets bombed a warehouse in Lebanon on Friday. Hezbollah fighters fired rockets at an "
                   "army post. The French foreign ministry condemned the bombing.")
    assert ("FRA", "ISR", "111") in codes
    assert not [c for c in codes if c[0] == "FRA" and c[1] == "LBN"]


@pytest.mark.parametrize("text, expected", [
    ("Ecuador's president called the Peruvian envoy a conspirator.", ("ECU", "PER", "111")),
    ("Georgia described the Russian soldiers as invaders.", ("GEO", "RUS", "1123")),
    ("The Cuban foreign minister described the American senator as a warmonger.", ("CUB", "USA", "1123")),
    ("Kenya's interior minister called the Somali trader a fraudster.", ("KEN", "SOM", "1121")),
])
def test_agent_nouns_of_the_labelled_acts_label_their_doer(text, expected):
    assert expected in _codes(text)  # the person who does what a label names: conspiracy → conspirator
