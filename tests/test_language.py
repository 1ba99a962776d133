"""The language rule: non-English articles become E030 records; English, even dense with foreign names, and
short texts the detector is unsure of are kept."""

from __future__ import annotations

import re

import pytest

from dyad.ingest import read_articles
from dyad.ingest.language import MIN_CONFIDENCE, judge
from dyad.records import Article
from news_pages import ENGLISH, FOREIGN


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_english_articles_pass(key):
    title, body = ENGLISH[key]
    verdict = judge(f"{title}\n\n{body}")
    assert verdict.english and verdict.language == "en"


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_spanish_french_german_are_not_english(lang):
    title, body = FOREIGN[lang]
    verdict = judge(f"{title}\n\n{body}")
    assert not verdict.english
    assert verdict.language == lang and verdict.confidence >= MIN_CONFIDENCE


def test_name_heavy_english_passes_where_the_whole_text_would_not():
    # Almost every word is a name; only "met", "in", "on", "and", "said" tell the language.
    text = ("Ouedraogo met Dlamini-Zuma, Hernandez de la Fuente, Idrissa Maiga and Mkhabela-Nkosi in "
            "Ouagadougou on Wednesday, said Toure Diallo.")
    assert judge(text).english


@pytest.mark.parametrize("text", ["Talks resume in Lomé.", "Kyiv, Kharkiv, Dnipro.", "Sí.", "Grève à Lyon"])
def test_short_texts_are_kept(text):
    assert judge(text).english


def test_declared_language_is_trusted():
    title, body = ENGLISH["drought"]
    assert judge(body, declared="en-GB").language == "en"
    assert not judge(body, declared="pt").english


def test_foreign_text_file_is_an_e030_record_carrying_language_and_confidence(tmp_path):
    title, body = FOREIGN["es"]
    (tmp_path / "pesca.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "ferry.txt").write_text("\n\n".join(ENGLISH["harbour"]) + "\n", encoding="utf-8")
    ferry, pesca = read_articles(tmp_path)
    assert isinstance(ferry, Article) and ferry.language == "en"
    assert (pesca.code, pesca.article_id, pesca.stage) == ("E030", "pesca", "ingest")
    assert re.match(r"\[E030\] not English: language es \(detected, confidence (0\.9\d|1\.00)\)", pesca.message)
