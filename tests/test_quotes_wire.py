"""Wire-news reported speech (dyad/quotes): a known title before an unknown personal name is spoken by the
name; Levin say/conjecture verbs beyond 'say' report a clause; the parser's doubled subject around an
interposed cue; and the floors of the reported-speech probe (benchmarks/quote_frames/score_indirect.py)."""

from pathlib import Path

import pytest

import dyad

SCORE = Path(__file__).resolve().parents[1] / "benchmarks" / "quote_frames" / "score_indirect.py"
FLOORS = {"indirect.tsv": 0.93, "indirect_heldout.tsv": 0.94}  # recall; negatives must stay clean


def _quotes(text):
    return dyad.extract(text, published="2025-03-10", article_id="t").quotes


def _quote(text, content):
    return next(q for q in _quotes(text) if content in q.text)


@pytest.mark.parametrize("text, name, content", [
    ("Kenyan police spokeswoman Resila Onyango said the suspects had been arrested.", "Resila Onyango",
     "the suspects had been arrested"),
    ("The bridge will reopen on Sunday, Kenyan police spokeswoman Resila Onyango said.", "Resila Onyango",
     "The bridge will reopen on Sunday"),
    ("Slovak army spokeswoman Jana Hrabova said the exercise would start in April.", "Jana Hrabova",
     "the exercise would start in April"),
])
def test_a_known_title_before_an_unknown_name_is_spoken_by_the_name(text, name, content):
    quote = _quote(text, content)
    assert quote.speaker.name == name
    assert quote.speaker.code != "UNK"  # the title still codes the speaker


@pytest.mark.parametrize("text, content", [
    ("Fijian Police Commissioner Ratu Vosa confessed that the files had been lost.", "the files had been lost"),
    ("Latvian economist Ilze Berzina speculated that unemployment would fall in spring.", "unemployment would fall"),
    ("The Paraguayan agriculture ministry clarified that the soy ban was temporary.", "the soy ban was temporary"),
    ("Analysts in Jakarta speculated that the rupiah would weaken further.", "the rupiah would weaken"),
])
def test_say_and_conjecture_class_verbs_report_their_clause(text, content):
    assert _quote(text, content).kind == "indirect"


def test_doubled_subject_around_an_interposed_cue():
    quote = _quote("The ruling, the Kyrgyz justice ministry said in a statement, was binding.", "was binding")
    assert "justice ministry" in quote.speaker.name
    assert quote.text.startswith("The ruling")


@pytest.mark.parametrize("text", [
    "Farmers in Oaxaca protested against the new water tariff on Monday.",   # an event, not a speech cue here
    "The Cambodian minister briefed the cabinet on the flood damage.",
    "The new railway is projected to cost two billion dollars.",            # no clause, no speaker
])
def test_event_predicates_and_bare_projections_give_no_quotation(text):
    assert _quotes(text) == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_reported_speech_probe_keeps_its_floor(name, benchmark_script):
    score = benchmark_script("quote_frames/score_indirect.py")
    outcomes = score.score_file(SCORE.parent / name)
    assert len(outcomes) >= 45
    assert score.recall(outcomes) >= FLOORS[name]
    assert score.negative_precision(outcomes) == 1.0


def test_a_positive_probe_row_without_a_speaker_is_a_clear_error(tmp_path, benchmark_script):
    bad = tmp_path / "bad.tsv"
    bad.write_text("construction\tspeaker\tcontent\ttext\ncue_that\t\tx\tSomeone said x.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        benchmark_script("quote_frames/score_indirect.py").load_rows(bad)
