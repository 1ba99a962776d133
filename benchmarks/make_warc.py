"""Build a WARC crawl of generated news pages, with near-duplicates and foreign-language pages, and its truth.

The English stories come from ``make_corpus.py`` (the seed article and GigaWord sentences, countries and
dates varied; it needs ``../shared`` beside the repository). Of ``--n`` pages (default 5,000):

- one tenth are **non-English** (Spanish, French, German, Portuguese, Italian), built from the sentence
  templates in :data:`TEMPLATES`, written for this script;
- one third are **near-duplicates** of an English original: the same story with one to three small edits,
  listed in the truth file: ``sentence`` (one sentence replaced by a sentence of another story),
  ``headline`` (another headline), ``boilerplate`` (a syndication credit, a newsletter plug or a "read
  more" line added), ``site`` (republished on another site: another host and path; every page has its own
  URL, duplicates included, so this edit is about the *site* changing, not only the URL);
- the rest are English **originals**, each its own story.

Each page is a ``response`` record (HTTP 200, ``text/html``) whose HTML has a headline, the paragraphs, a
``<meta name="date">`` with the publication day, navigation and a footer; ``WARC-Date`` is the publication
day at a random hour. A ``warcinfo`` record opens the file. ``dyad ingest`` reads the file as is.

Truth file: ``<out without .warc/.warc.gz>.truth.jsonl``, one JSON object per page in WARC order::

    {"url": "https://...",            # WARC-Target-URI, which is also the Dyad article id of the page
     "language": "en",                # ISO 639-1 of the text
     "kind": "original",              # "original" | "near-duplicate" | "foreign"
     "group": "g000123",              # duplicate group: an original and all its near-duplicates share it;
                                      #   every other page (foreign pages too) is alone in its group
     "edits": [],                     # near-duplicates: the edits above, e.g. ["headline", "site"]
     "published": "2024-03-02",       # publication day (also in the page and WARC-Date)
     "happening": null}               # id of the real-world happening, where the generator knows one

``happening`` is always null here: ``make_corpus`` gives no happening ids (each generated story mixes
paragraphs freely, so two originals share no known event), so the duplicate group is the only truth
about which pages tell the same story. The output is a function of ``--n`` and ``--seed``.

Example: python benchmarks/make_warc.py --n 5000 --out crawl.warc.gz
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import COUNTRIES, make_corpus  # noqa: E402

SITES = ["news.example.org", "wire.example.net", "daily.example.com", "globe.example.info", "post.example.co"]
BOILERPLATE = ["Reporting by staff correspondents; editing by the world desk.",
               "Sign up for our morning briefing to get the day's top stories in your inbox.",
               "Read more: our full coverage of the region, updated throughout the day.",
               "This story has been republished from a wire service and was not edited by our newsroom.",
               "Follow us on social media for the latest updates."]
EDITS = ("sentence", "headline", "boilerplate", "site")

# Sentence templates, written for this script. Slots: {a} {b} countries, {leader}, {minister}, {city},
# {n} a number, {day} a weekday in the language.
TEMPLATES: dict[str, dict] = {
    "es": {"days": ["lunes", "martes", "miércoles", "jueves", "viernes"], "sentences": [
        "El gobierno de {a} anunció el {day} que enviará una delegación a {city} para reanudar las conversaciones.",
        "El ministro de Asuntos Exteriores, {minister}, dijo que su país no aceptará nuevas condiciones.",
        "Según fuentes oficiales, al menos {n} personas murieron durante los enfrentamientos en la frontera.",
        "Las autoridades de {b} pidieron a la comunidad internacional que presione para lograr un alto el fuego.",
        "{leader} se reunió con los embajadores de varios países europeos en la capital.",
        "Los analistas creen que las negociaciones podrían durar varias semanas más.",
        "Miles de personas salieron a las calles para protestar contra la subida de los precios."]},
    "fr": {"days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], "sentences": [
        "Le gouvernement de {a} a annoncé {day} l'envoi d'une délégation à {city} pour reprendre les discussions.",
        "Le ministre des Affaires étrangères, {minister}, a affirmé que son pays n'accepterait aucune condition.",
        "Selon un bilan officiel, au moins {n} personnes ont été tuées lors des affrontements à la frontière.",
        "Les autorités de {b} ont appelé la communauté internationale à faire pression pour un cessez-le-feu.",
        "{leader} a reçu les ambassadeurs de plusieurs pays européens dans la capitale.",
        "Selon les observateurs, les négociations pourraient encore durer plusieurs semaines.",
        "Des milliers de personnes ont manifesté contre la hausse des prix de l'énergie."]},
    "de": {"days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"], "sentences": [
        "Die Regierung von {a} hat am {day} angekündigt, eine Delegation nach {city} zu schicken.",
        "Außenminister {minister} sagte, sein Land werde keine neuen Bedingungen akzeptieren.",
        "Nach offiziellen Angaben wurden bei den Kämpfen an der Grenze mindestens {n} Menschen getötet.",
        "Die Behörden von {b} forderten die internationale Gemeinschaft auf, sich für eine Waffenruhe einzusetzen.",
        "{leader} empfing die Botschafter mehrerer europäischer Länder in der Hauptstadt.",
        "Beobachter gehen davon aus, dass die Verhandlungen noch einige Wochen dauern könnten.",
        "Tausende Menschen gingen auf die Straße, um gegen die steigenden Preise zu protestieren."]},
    "pt": {"days": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"], "sentences": [
        "O governo de {a} anunciou na {day} que vai enviar uma delegação a {city} para retomar as negociações.",
        "O ministro das Relações Exteriores, {minister}, disse que o país não vai aceitar novas condições.",
        "Segundo fontes oficiais, pelo menos {n} pessoas morreram durante os confrontos na fronteira.",
        "As autoridades de {b} pediram à comunidade internacional que pressione por um cessar-fogo.",
        "{leader} recebeu os embaixadores de vários países europeus na capital.",
        "Os analistas acreditam que as conversas podem durar ainda várias semanas."]},
    "it": {"days": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"], "sentences": [
        "Il governo di {a} ha annunciato {day} che invierà una delegazione a {city} per riprendere i colloqui.",
        "Il ministro degli Esteri, {minister}, ha detto che il suo paese non accetterà nuove condizioni.",
        "Secondo fonti ufficiali, almeno {n} persone sono morte durante gli scontri al confine.",
        "Le autorità di {b} hanno chiesto alla comunità internazionale di fare pressione per un cessate il fuoco.",
        "{leader} ha ricevuto gli ambasciatori di diversi paesi europei nella capitale.",
        "Secondo gli analisti, i negoziati potrebbero durare ancora diverse settimane."]},
}

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”']))\s+(?=[A-Z\"“])")


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE.split(paragraph) if s.strip()]


def _headline(text: str, rng: random.Random) -> str:
    """A headline from the lede: its first clause, cut to a few words (or a later sentence's, for variety)."""
    sentences = _sentences(text.split("\n\n")[0]) or [text[:80]]
    source = sentences[0] if rng.random() < 0.7 else rng.choice(sentences)
    source = re.sub(r"^[A-Z][A-Z ,/]+(\([^)]*\))?\s*[-:—]+\s*", "", source)  # drop a dateline
    words = source.rstrip(".").split()[: rng.randint(6, 11)]
    return " ".join(words).strip(" ,;:") or "News"


def _foreign(rng: random.Random, lang: str) -> tuple[str, str]:
    spec = TEMPLATES[lang]
    a, b = rng.sample(COUNTRIES, 2)
    fill = {"a": a.name, "b": b.name, "leader": a.leader, "minister": a.minister, "city": b.capital,
            "n": rng.randint(3, 400), "day": rng.choice(spec["days"])}
    chosen = rng.sample(spec["sentences"], rng.randint(4, len(spec["sentences"])))
    paragraphs, i = [], 0
    while i < len(chosen):
        k = rng.randint(1, 2)
        paragraphs.append(" ".join(s.format(**fill) for s in chosen[i:i + k]))
        i += k
    return chosen[0].format(**fill).split(",")[0].rstrip("."), "\n\n".join(paragraphs)


def _near_duplicate(original: dict, others: list[dict], rng: random.Random) -> tuple[str, str, str, list[str]]:
    """(headline, text, site, edits) of a near-duplicate of ``original``."""
    edits = sorted(rng.sample(EDITS, rng.randint(1, 3)), key=EDITS.index)
    headline, site = original["headline"], original["site"]
    paragraphs = original["text"].split("\n\n")
    if "sentence" in edits:
        donor = rng.choice(others)["text"].split("\n\n")
        replacement = rng.choice(_sentences(rng.choice(donor)) or ["The talks continue."])
        idx = rng.randrange(len(paragraphs))
        sentences = _sentences(paragraphs[idx]) or [paragraphs[idx]]
        sentences[rng.randrange(len(sentences))] = replacement
        paragraphs[idx] = " ".join(sentences)
    if "headline" in edits:
        new = _headline(original["text"], rng)
        headline = new if new != headline else "UPDATE 1-" + headline
    if "boilerplate" in edits:
        paragraphs.append(rng.choice(BOILERPLATE))
    if "site" in edits:
        site = rng.choice([s for s in SITES if s != site])
    return headline, "\n\n".join(paragraphs), site, edits


def _page(headline: str, text: str, published: str, site: str, lang: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    doc = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(headline)}</title>'
           f'<meta property="og:site_name" content="{site}"><meta name="date" content="{published}">'
           '<script>window.analytics = {page: "story"};</script></head><body>'
           f'<nav><a href="/">{site}</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>'
           f"<article><h1>{html.escape(headline)}</h1>{body}</article>"
           f"<footer>&copy; {site}. All rights reserved. Cookie settings.</footer></body></html>")
    return doc.encode("utf-8")


def plan(n: int, *, seed: int = 0) -> list[dict]:
    """The pages, in WARC order: ``url, language, kind, group, edits, published, headline, text, site``."""
    if n < 3:
        raise ValueError(f"n must be at least 3, got {n}")
    rng = random.Random(seed)
    n_foreign, n_dups = n // 10, n // 3
    n_orig = n - n_foreign - n_dups
    originals = []
    for i, rec in enumerate(make_corpus(n_orig, seed=seed)):
        site = rng.choice(SITES)
        published = rec["published"]
        slug = re.sub(r"[^a-z0-9]+", "-", rec["id"].lower()).strip("-")
        originals.append({"url": f"https://{site}/{published.replace('-', '/')}/{slug}", "language": "en",
                          "kind": "original", "group": f"g{i:06d}", "edits": [], "published": published,
                          "headline": _headline(rec["text"], rng), "text": rec["text"].strip(), "site": site})
    pages = list(originals)
    for j in range(n_dups):
        original = rng.choice(originals)
        headline, text, site, edits = _near_duplicate(original, originals, rng)
        pages.append({**original, "url": f"https://{site}/syndicated/{j:06d}/{original['url'].rsplit('/', 1)[-1]}",
                      "kind": "near-duplicate", "edits": edits, "headline": headline, "text": text, "site": site})
    langs = sorted(TEMPLATES)
    for k in range(n_foreign):
        lang = langs[k % len(langs)]
        headline, text = _foreign(rng, lang)
        published = (dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(731))).isoformat()
        site = f"{lang}.{rng.choice(SITES)}"
        pages.append({"url": f"https://{site}/{published.replace('-', '/')}/noticia-{k:06d}", "language": lang,
                      "kind": "foreign", "group": f"f{k:06d}", "edits": [], "published": published,
                      "headline": headline, "text": text, "site": site})
    rng.shuffle(pages)  # duplicates and foreign pages spread through the crawl, as in a real one
    return pages


def truth_path(out: Path) -> Path:
    name = re.sub(r"\.warc(\.gz)?$", "", out.name)
    return out.with_name(name + ".truth.jsonl")


def write_warc(out: Path, n: int, *, seed: int = 0) -> Path:
    """Write the crawl to ``out`` (gzip when it ends in ``.gz``) and its truth file; returns the truth path."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed + 1)
    truth = truth_path(out)
    with out.open("wb") as fh, truth.open("w", encoding="utf-8") as tf:
        writer = WARCWriter(fh, gzip=out.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(out.name, {"software": "dyad benchmarks/make_warc.py",
                                                                     "description": f"n={n} seed={seed}"}))
        for p in plan(n, seed=seed):
            data = _page(p["headline"], p["text"], p["published"], p["site"], p["language"])
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(data)))], protocol="HTTP/1.1")
            when = f"{p['published']}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00Z"
            writer.write_record(writer.create_warc_record(p["url"], "response", payload=BytesIO(data),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": when}))
            tf.write(json.dumps({"url": p["url"], "language": p["language"], "kind": p["kind"],
                                 "group": p["group"], "edits": p["edits"], "published": p["published"],
                                 "happening": None}, ensure_ascii=False) + "\n")
    return truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of pages")
    parser.add_argument("--out", type=Path, required=True, help="WARC file to write (.warc or .warc.gz)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same crawl)")
    args = parser.parse_args(argv)
    truth = write_warc(args.out, args.n, seed=args.seed)
    print(f"wrote {args.n} pages to {args.out} and their truth to {truth}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
