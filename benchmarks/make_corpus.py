"""Build a synthetic but realistic news corpus (JSONL) for Dyad's ingest benchmarks and corpus tests.

Each record is ``{"id", "text", "published", "url", "source"}``. The first record is the real seed article
(``shared/corpus/seed-israel-turkey.txt``, read at run time and never copied into the repository); the
others mix the seed's paragraphs with the sentences of PETRARCH2's GigaWord sample
(``shared/petrarch2/GigaWord.sample.PETR.xml``, the ``<Text>`` of each ``<Sentence>``), so that the parser
and the coder see real news prose. Per article:

- actors vary: the countries of :data:`COUNTRIES` are permuted, and every name, demonym, leader, foreign
  minister and capital of a country becomes the same form of its image, consistently within the article
  (the seed's Israel/Turkey story becomes, say, a Brazil/Japan one); the armed group of the seed varies too;
- dates vary: ``published`` is spread over 2023–2024 and the seed's dates ("October 7", "on Tuesday") are
  moved to days before it; casualty figures vary;
- paragraphs: the lede comes first, the rest of the seed's paragraphs in a shuffled order, mixed with
  paragraphs of one to three GigaWord sentences, until the article holds 300–900 words.

The output is a function of ``--seed`` and ``--n`` only (``random.Random(seed)``).

Example: python benchmarks/make_corpus.py --n 1000 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator, NamedTuple

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_PATH = SHARED / "corpus" / "seed-israel-turkey.txt"
GIGAWORD_PATH = SHARED / "petrarch2" / "GigaWord.sample.PETR.xml"
SEED_ID = "seed-israel-turkey"
SEED_PUBLISHED = "2023-10-28"
MIN_WORDS, MAX_WORDS = 300, 900


class Country(NamedTuple):
    name: str
    demonym: str
    people: str  # plural demonym
    title: str  # head of government or state, as the seed's "President"
    leader: str
    minister: str  # foreign minister
    capital: str


# Real countries and office holders (2023–2024), swapped among each other in the generated articles.
COUNTRIES = [
    Country("Israel", "Israeli", "Israelis", "Prime Minister", "Benjamin Netanyahu", "Eli Cohen", "Jerusalem"),
    Country("Turkey", "Turkish", "Turks", "President", "Recep Tayyip Erdogan", "Hakan Fidan", "Ankara"),
    Country("Egypt", "Egyptian", "Egyptians", "President", "Abdel Fattah el-Sisi", "Sameh Shoukry", "Cairo"),
    Country("Iran", "Iranian", "Iranians", "President", "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Tehran"),
    Country("Russia", "Russian", "Russians", "President", "Vladimir Putin", "Sergei Lavrov", "Moscow"),
    Country("China", "Chinese", "Chinese", "President", "Xi Jinping", "Wang Yi", "Beijing"),
    Country("France", "French", "French", "President", "Emmanuel Macron", "Catherine Colonna", "Paris"),
    Country("Germany", "German", "Germans", "Chancellor", "Olaf Scholz", "Annalena Baerbock", "Berlin"),
    Country("India", "Indian", "Indians", "Prime Minister", "Narendra Modi", "Subrahmanyam Jaishankar",
            "New Delhi"),
    Country("Brazil", "Brazilian", "Brazilians", "President", "Luiz Inacio Lula da Silva", "Mauro Vieira",
            "Brasilia"),
    Country("South Africa", "South African", "South Africans", "President", "Cyril Ramaphosa", "Naledi Pandor",
            "Pretoria"),
    Country("Ukraine", "Ukrainian", "Ukrainians", "President", "Volodymyr Zelensky", "Dmytro Kuleba", "Kyiv"),
    Country("Japan", "Japanese", "Japanese", "Prime Minister", "Fumio Kishida", "Yoko Kamikawa", "Tokyo"),
    Country("Jordan", "Jordanian", "Jordanians", "King", "Abdullah II", "Ayman Safadi", "Amman"),
    Country("Qatar", "Qatari", "Qataris", "Emir", "Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani",
            "Doha"),
    Country("Rwanda", "Rwandan", "Rwandans", "President", "Paul Kagame", "Vincent Biruta", "Kigali"),
    Country("Pakistan", "Pakistani", "Pakistanis", "Prime Minister", "Shehbaz Sharif", "Ishaq Dar", "Islamabad"),
    Country("Nigeria", "Nigerian", "Nigerians", "President", "Bola Tinubu", "Yusuf Tuggar", "Abuja"),
]

# (group, territory, people) standing in for the seed's Hamas, Gaza and "Palestinian".
GROUPS = [
    ("Hamas", "Gaza", "Palestinian"),
    ("Hezbollah", "southern Lebanon", "Lebanese"),
    ("Islamic Jihad", "the West Bank", "Palestinian"),
    ("al-Shabaab", "Somalia", "Somali"),
    ("Boko Haram", "Borno State", "Nigerian"),
]

OUTLETS = ["Reuters", "Agence France-Presse", "The Associated Press", "Al Jazeera", "The Times of Israel",
           "The Hindu", "Anadolu Agency", "Xinhua"]

# Seed phrases that name a country's office by the seed's own holders (longest first in the regex).
_SEED_FIXED = {"The Times of Israel": "{outlet}", "The October 7 attacks": "The {attack_day} attacks",
               "Earlier on Tuesday": "Earlier on {weekday}", "1,400": "{dead}", "4,500": "{wounded}",
               "the Jewish state": "{a_name}", "Tel Aviv": "{a_city}", "his AK party faction": "his party's faction"}


# How a second mention names a person, where it is not the last word of the full name.
_SURNAMES = {"Xi Jinping": "Xi", "Wang Yi": "Wang", "Luiz Inacio Lula da Silva": "Lula", "Abdullah II": "Abdullah",
             "Tamim bin Hamad Al Thani": "Tamim", "Mohammed bin Abdulrahman Al Thani": "Sheikh Mohammed"}


def _surface_forms(country: Country) -> dict[str, str]:
    """The forms of a country that get swapped, keyed by a role name."""
    forms = {"name": country.name, "demonym": country.demonym, "people": country.people,
             "leader": country.leader, "minister": country.minister, "capital": country.capital,
             "titled": f"{country.title} {country.leader}", "demonym_title": f"{country.demonym} {country.title}"}
    forms["leader_last"] = _SURNAMES.get(country.leader, country.leader.split()[-1])
    forms["minister_last"] = _SURNAMES.get(country.minister, country.minister.split()[-1])
    return forms


def read_seed() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def read_gigaword() -> list[str]:
    """The ``<Text>`` of every ``<Sentence>`` of the GigaWord sample, whitespace normalised."""
    xml = GIGAWORD_PATH.read_text(encoding="utf-8")
    texts = [" ".join(t.split()) for t in re.findall(r"<Text>(.*?)</Text>", xml, re.S)]
    # The LDC files write `` and '' for quotes; news text uses straight quotes.
    texts = [t.replace("`` ", '"').replace("``", '"').replace(" ''", '"').replace("''", '"') for t in texts if t]
    # A few sample sentences lack their final stop; without it two sentences would run together.
    return [t if t[-1] in '.!?"' else t + "." for t in texts]


class _Swapper:
    """Replace every country form by the same form of the country it is mapped to, in one regex pass."""

    def __init__(self, mapping: dict[Country, Country], extra: dict[str, str]):
        table: dict[str, str] = dict(extra)
        for src, dst in mapping.items():
            dst_forms = _surface_forms(dst)
            for role, form in _surface_forms(src).items():
                table.setdefault(form, dst_forms[role])
        self.table = table
        alternatives = sorted(table, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)")

    def __call__(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.table[m.group(0)], text)


def _words(text: str) -> int:
    return len(text.split())


def _article(rng: random.Random, index: int, seed_paragraphs: list[str], sentences: list[str]) -> dict:
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(731))  # 2023-01-01 … 2024-12-31
    attack = published - dt.timedelta(days=rng.randint(3, 25))
    earlier = published - dt.timedelta(days=rng.randint(1, 6))
    images = rng.sample(COUNTRIES, len(COUNTRIES))
    group, territory, people = rng.choice(GROUPS)
    fills = {"outlet": rng.choice(OUTLETS), "attack_day": f"{attack:%B} {attack.day}",
             "weekday": f"{earlier:%A}", "dead": f"{rng.randint(2, 1900):,}", "wounded": f"{rng.randint(5, 6000):,}",
             "a_name": images[0].name, "a_city": images[0].capital}
    extra = {k: v.format(**fills) for k, v in _SEED_FIXED.items()}
    extra.update({"Hamas": group, "Gaza": territory, "Gaza Strip": territory, "Palestinian": people})
    swap = _Swapper(dict(zip(COUNTRIES, images)), extra)

    target = rng.randint(MIN_WORDS, MAX_WORDS)
    lede, rest = seed_paragraphs[0], seed_paragraphs[1:]
    keep = rng.sample(rest, rng.randint(len(rest) // 3, len(rest)))
    pool = [[p] for p in keep]
    giga = rng.sample(sentences, len(sentences))
    while giga:
        k = rng.randint(1, 3)
        pool.append(giga[:k])
        giga = giga[k:]
    rng.shuffle(pool)
    paragraphs = [lede]
    count = _words(lede)
    for para in pool:
        text = " ".join(para)
        n = _words(text)
        if count + n > MAX_WORDS:
            continue
        paragraphs.append(text)
        count += n
        if count >= target:
            break
    if rng.random() < 0.5:  # some wires open with a dateline naming the capital, some do not
        paragraphs[0] = re.sub(r"^[A-Z][\w ]*: ", "", paragraphs[0])
    text = swap("\n\n".join(paragraphs)) + "\n"
    slug = f"{images[0].name}-{images[1].name}".lower().replace(" ", "-")
    return {"id": f"synth-{index:06d}", "text": text, "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m/%d}/{slug}-{index}", "source": fills["outlet"]}


def make_corpus(n: int, *, seed: int = 0) -> Iterator[dict]:
    """Yield ``n`` article records: the real seed article first, then ``n - 1`` generated ones."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    seed_text = read_seed()
    yield {"id": SEED_ID, "text": seed_text, "published": SEED_PUBLISHED, "url": None, "source": None}
    seed_paragraphs = [p.strip() for p in seed_text.split("\n\n") if p.strip()]
    sentences = read_gigaword()
    rng = random.Random(seed)
    for i in range(1, n):
        yield _article(rng, i, seed_paragraphs, sentences)


def write_corpus(out: Path, n: int, *, seed: int = 0) -> int:
    """Write ``make_corpus(n, seed=seed)`` as JSONL to ``out``; returns the number of words written."""
    words = 0
    with Path(out).open("w", encoding="utf-8") as fh:
        for record in make_corpus(n, seed=seed):
            words += _words(record["text"])
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (the seed article included)")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    words = write_corpus(args.out, args.n, seed=args.seed)
    print(f"wrote {args.n} articles, {words:,} words, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
