"""news-dev scoring: the matching rules on hand-made records (made-up text), then the whole set, per group."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest

from conftest import hold_baseline

from dyad.evaluate.news import (GoldArticle, GoldCount, GoldEvent, GoldQuote, code_matches, event_matches,
                                find_phrase, normalise, parse_selection, score_article, sentence_at,
                                speaker_matches)
from dyad.records import ActorRef, ArticleResult, Count, Event, Quotation

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "news-dev"
BASELINES = REPO / "tests" / "baselines"
# news-dev grew: articles 01-12 were the development set, 13-28 arrived later and no rule has seen them.
# Each group keeps its own floors, recorded from the coder as it was before they arrived.
GROUPS = {"news-01-12": "1-12", "news-13-28": "13-28", "news-all": "1-28"}

# Made up for these tests (no evaluation text): a speaker abroad, a relayed greeting, a denial, figures.
TEXT = ("Hungarian envoy upbeat after talks: officials in Budapest\n\n"
        "Varga, who is in Chile for the launch of that nation's new port authority, said that the premier "
        "wishes the Chilean public “a prosperous harvest” according to the Hungarian wire service MTI Online. "
        "Varga denied rumours that the premier has a heart condition.\n\n"
        "Some 200,000 people fled their homes and at least 900 were killed in the floods.\n")


def ref(name: str, code: str) -> ActorRef:
    start = max(TEXT.find(name), 0)
    return ActorRef(name=name, code=code, country=code[:3], start_char=start, end_char=start + len(name))


def event(source: ActorRef, target: Optional[ActorRef], root: str, evidence: str = "Varga denied rumours") -> Event:
    start = TEXT.find(evidence)
    return Event(id=f"E{root}{source.code}{target.code if target else ''}{start}", source=source, target=target,
                 verb="denied", verb_start=start, verb_end=start + 6, cameo=root + "1", cameo_root=root,
                 cameo_name="x", goldstein=0.0, quad_class=1, evidence=evidence, start_char=start,
                 end_char=start + len(evidence), confidence=0.8)


def quote(text: str, speaker: Optional[ActorRef], kind: str = "direct",
          according_to: Optional[str] = None) -> Quotation:
    start = max(TEXT.find(text), 0)
    return Quotation(id=f"Q{start}{kind}", speaker=speaker, cue="said", text=text, kind=kind,
                     according_to=according_to, start_char=start, end_char=start + len(text), sentence=TEXT[:80])


def count(kind: str, number: int, text: str) -> Count:
    start = TEXT.find(text)
    return Count(kind=kind, number=number, text=text, start_char=start, end_char=start + len(text))


def article(events=(), quotes=(), counts=()) -> GoldArticle:
    return GoldArticle("01-hungary-envoy", TEXT, "2011-05-06", tuple(events), tuple(quotes), tuple(counts))


def result(events=(), quotes=(), counts=()) -> ArticleResult:
    return ArticleResult(article_id="01", text_sha1="0" * 40, events=list(events), quotes=list(quotes),
                         counts=list(counts))


VARGA = ref("Varga", "HUNGOV")
CHILE = ref("Chile", "CHL")


def test_code_prefix_rule():
    assert code_matches("ISRGOV", "ISR") and code_matches("ISR", "ISR")
    assert code_matches("IGOUNO", "IGO") and not code_matches("IGOUNO", "UNO")  # prefix only
    assert code_matches("UN", "UN") and not code_matches("UNO", "UN") and not code_matches("EUR", "EU")
    assert not code_matches(None, "ISR") and not code_matches("IS", "ISR")


def test_event_matching_roots_direction_and_missing_target():
    visit = GoldEvent("varga-visits-chile", ("HUN",), ("CHL",), frozenset({"04"}), True, "who is in Chile")
    talks = GoldEvent("talks", ("HUN",), ("CHL",), frozenset({"04"}), True, "", symmetric=True)
    assert event_matches(event(VARGA, CHILE, "04"), visit)
    assert not event_matches(event(VARGA, CHILE, "05"), visit)        # root not listed
    assert not event_matches(event(CHILE, VARGA, "04"), visit)        # wrong direction
    assert event_matches(event(CHILE, VARGA, "04"), talks)            # symmetric: either direction
    assert not event_matches(event(VARGA, None, "04"), visit)           # gold always has a target


def test_required_events_get_the_prediction_first_and_duplicates_are_not_false():
    optional = GoldEvent("background-visit", ("HUN",), ("CHL",), frozenset({"04"}), False, "who is in Chile")
    required = GoldEvent("varga-visits-chile", ("HUN",), ("CHL",), frozenset({"04", "05"}), True, "who is in Chile")
    denial = GoldEvent("varga-denies", ("HUN",), ("USA",), frozenset({"12"}), True, "Varga denied rumours")
    predicted = [event(VARGA, CHILE, "04"), event(ref("Varga", "HUN"), CHILE, "04"),
                 event(VARGA, ref("Chile", "USA"), "18")]
    score = score_article(article(events=[optional, required, denial]), result(events=predicted))
    assert (score.events_required.correct, score.events_required.total) == (1, 2)
    assert (score.events_all.correct, score.events_all.total) == (2, 3)
    assert (score.events_precision.correct, score.events_precision.total) == (2, 3)
    assert score.events_duplicates == 0
    missed = [m for m in score.misses if m["status"] == "missed"]
    assert [m["gold"].split(":")[0] for m in missed] == ["varga-denies"]
    assert missed[0]["sentence"] == "Varga denied rumours that the premier has a heart condition."
    single = score_article(article(events=[required]), result(events=predicted[:2]))
    assert single.events_precision.value == 1.0 and single.events_duplicates == 1


def test_one_emitted_event_stands_for_at_most_one_gold_event():
    """Two gold arrests of the same dyad and one emitted arrest: recall 1/2, not 2/2 (one-to-one matching,
    as the held-back sets are scored); a second emitted arrest makes it 2/2."""
    police = ref("Varga", "HUNCOP")
    first = GoldEvent("arrest-one", ("HUN",), ("HUN",), frozenset({"17"}), True, "Varga denied rumours")
    second = GoldEvent("arrest-two", ("HUN",), ("HUN",), frozenset({"17"}), True, "at least 900 were killed")
    one = [event(police, ref("Varga", "HUNCVL"), "17")]
    score = score_article(article(events=[first, second]), result(events=one))
    assert (score.events_required.correct, score.events_required.total) == (1, 2)
    two = one + [event(police, ref("Chile", "HUNOPP"), "17", evidence="at least 900 were killed")]
    assert score_article(article(events=[first, second]), result(events=two)).events_required.correct == 2


def test_speaker_whole_word_in_name_or_mention():
    assert speaker_matches(VARGA, ["Istvan Varga", "Varga"])
    assert not speaker_matches(ActorRef(name="Vargas Llosa", code="PER", start_char=0, end_char=0), ["Varga"])
    other = ActorRef(name="Peter Kovacs", code="HUNGOV", start_char=TEXT.find("Varga"), end_char=TEXT.find("Varga") + 5)
    assert speaker_matches(other, ["varga"], TEXT)                     # the mention text counts too
    assert not speaker_matches(None, ["Varga"])


def test_quote_matching_normalises_quotes_dashes_and_space():
    assert normalise("“Prosperous  harvest” — he\nsaid") == '"prosperous harvest" - he said'
    gold = [GoldQuote(("Varga", "Istvan Varga"), "a prosperous harvest", "direct", "MTI"),
            GoldQuote(("Varga",), "wishes the Chilean public \"a prosperous harvest\"", "indirect"),
            GoldQuote(("Varga",), "the premier has a heart condition", "indirect")]
    predicted = [quote("a prosperous harvest", VARGA, "direct", "the Hungarian wire service MTI Online"),
                 quote("wishes the Chilean public “a prosperous harvest”", VARGA, "indirect"),
                 quote("that the premier has a heart condition", ref("Chile", "CHL"), "indirect"),
                 quote("new port authority", None, "indirect")]
    score = score_article(article(quotes=gold), result(quotes=predicted))
    assert (score.quotes_direct.correct, score.quotes_direct.total) == (1, 1)
    assert (score.quotes_indirect.correct, score.quotes_indirect.total) == (1, 2)
    assert score.quotes_span.correct == 3                               # the span was found, speaker wrong
    assert (score.quotes_speaker.correct, score.quotes_speaker.total) == (2, 3)  # over the spans found
    assert (score.quotes_precision.correct, score.quotes_precision.total) == (2, 4)
    assert (score.according_to.correct, score.according_to.total) == (1, 1)
    assert score.quotes_kind_agreement.value == 1.0


def test_according_to_wrong_or_missing():
    gold = [GoldQuote(("Horvath",), "the talks went well", "direct", "BBC")]
    speaker = ActorRef(name="Anna Horvath", code="HUNLEG", start_char=0, end_char=0)
    wrong = score_article(article(quotes=gold), result(quotes=[quote("the talks went well", speaker,
                                                                         according_to="CNN")]))
    assert wrong.according_to.correct == 0 and wrong.quotes_direct.correct == 1
    right = score_article(article(quotes=gold), result(quotes=[quote("the talks went well", speaker,
                                                                         according_to="BBC World Service")]))
    assert right.according_to.correct == 1
    none = score_article(article(quotes=gold), result())
    assert (none.according_to.correct, none.according_to.total) == (0, 1)


def test_counts_are_matched_as_multisets_and_unannotated_kinds_left_out():
    gold = [GoldCount(200000, "displace"), GoldCount(900, "kill")]
    predicted = [count("displace", 200000, "200,000 people fled their homes"), count("wound", 900, "900 were killed"),
                 count("missing", 12, "Some")]
    score = score_article(article(counts=gold), result(counts=predicted))
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (1, 1, 1)
    assert score.counts_out_of_scope == 1
    missed = next(m for m in score.misses if m["type"] == "count" and m["status"] == "missed")
    assert missed["sentence"].startswith("Some 200,000 people fled")


def test_find_phrase_and_sentence_at():
    at = find_phrase(TEXT, 'wishes the Chilean public "a prosperous harvest"')
    assert at == TEXT.find("wishes the Chilean")
    sentence = sentence_at(TEXT, at)
    assert sentence.startswith("Varga, who is in Chile") and sentence.endswith("MTI Online.")
    assert sentence_at(TEXT, 3) == "Hungarian envoy upbeat after talks: officials in Budapest"


def test_article_selection():
    assert parse_selection("13-28") == frozenset(range(13, 29))
    assert parse_selection("1,4-6, 9") == frozenset({1, 4, 5, 6, 9})
    for bad in ("13-", "a-b", "9-3", ""):
        with pytest.raises(ValueError):
            parse_selection(bad)


@pytest.fixture(scope="module")
def news_report():
    if not NEWS.is_dir():
        pytest.skip("../shared/news-dev is not beside the repository")
    from dyad.evaluate.news import evaluate_news

    return evaluate_news(NEWS)


def test_news_dev_set_is_the_one_the_floors_were_recorded_on(news_report):
    """The README of news-dev states the sizes: 01-12 hold 72 required of 174 events, 146 quotations and
    24 counts; all 28 hold 168 of 496, 366 and 52."""
    assert len(news_report.articles) == 28
    old = news_report.subset(parse_selection("1-12")).total
    assert (old.events_required.total, old.events_all.total, old.quotes_all.total) == (72, 174, 146)
    assert old.counts.tp + old.counts.fn == 24
    total = news_report.total
    assert (total.events_required.total, total.events_all.total, total.quotes_all.total) == (168, 496, 366)
    assert total.counts.tp + total.counts.fn == 52


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_news_dev_scores_do_not_fall_below_baseline(news_report, name, request):
    """Every total of each group of news-dev stays at or above ``tests/baselines/<group>.json``.

    Each baseline holds the group's scores rounded *down* to 3 decimals. It is only ever raised, when the
    coder improves (run ``pytest --update-baselines`` — it keeps the higher of old and new per score);
    it is never lowered to make a regression pass.
    """
    scores = news_report.subset(parse_selection(GROUPS[name])).scores()
    hold_baseline(scores, BASELINES / f"{name}.json",
                  update=request.config.getoption("--update-baselines", default=False))


def test_cli_scores_a_selection_with_a_column_per_group():
    if not NEWS.is_dir():
        pytest.skip("../shared/news-dev is not beside the repository")
    import json

    from typer.testing import CliRunner

    from dyad.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "news", str(NEWS), "--select", "2-3", "--group", "2", "--group", "3",
                                 "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [a["name"][:2] for a in report["articles"]] == ["02", "03"]
    two, three = report["groups"]["2"]["total"], report["groups"]["3"]["total"]
    assert two["events_required"]["total"] + three["events_required"]["total"] == \
        report["total"]["events_required"]["total"]
    table = runner.invoke(app, ["evaluate", "news", str(NEWS), "--select", "2-3", "--group", "2", "--group", "3"])
    assert table.exit_code == 0 and "articles 2 (1)" in table.stdout and "all (2)" in table.stdout
    bad = runner.invoke(app, ["evaluate", "news", str(NEWS), "--select", "3-1"])
    assert bad.exit_code == 2 and "--select" in bad.output
