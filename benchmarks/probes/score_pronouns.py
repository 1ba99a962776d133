"""score_pronouns.py [FILE] [--show]: code each article of a '+/- SRC ROOT TGT' probe file
(pronoun_events.txt, the default; article_events.txt: whole short articles) and count expected triples found
and wrong triples emitted (an event matching a '-'
line, or one with an expected root whose arguments match no expected triple)."""
import sys
from pathlib import Path

import dyad

path = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), Path(__file__).with_name("pronoun_events.txt")))
show = "--show" in sys.argv
articles = [a.strip("\n") for a in path.read_text().split("\n===\n")]
found = expected = wrong = 0
for n, article in enumerate(articles):
    lines = [l for l in article.split("\n") if not l.startswith("#")]
    plus = [l[2:].split() for l in lines if l.startswith("+ ")]
    minus = [l[2:].split() for l in lines if l.startswith("- ")]
    text = "\n".join(l for l in lines if not l.startswith(("+ ", "- "))).strip()
    events = [((e.source.code if e.source else "-"), e.cameo[:2], (e.target.code if e.target else "-"))
              for e in dyad.extract(text, published="2025-03-10", article_id=f"p{n}").events]
    match = lambda t, e: (t[0] == "*" or e[0].startswith(t[0])) and e[1] == t[1] and (t[2] == "*" or e[2].startswith(t[2]))
    hits = sum(any(match(t, e) for e in events) for t in plus)
    roots = {t[1] for t in plus}
    bad = [e for e in events if any(match(t, e) for t in minus)
           or (e[1] in roots and not any(match(t, e) for t in plus))]
    found, expected, wrong = found + hits, expected + len(plus), wrong + len(bad)
    if show and (hits < len(plus) or bad):
        print(f"[{n}] {text[:100]!r}\n    want {plus} got {events} wrong {bad}")
print(f"pronoun probes: found {found}/{expected} ({found / expected:.3f}) wrong {wrong} ({len(articles)} articles)")
