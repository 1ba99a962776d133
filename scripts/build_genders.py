"""Build dyad/data/genders.tsv: the grammatical gender that titles and first names give a person, so that
'he'/'she' can agree with a quotation's speaker.

First names come from the ``nomquamgender`` package (Van Buskirk, Clauset and Larremore, "An open-source
cultural consensus approach to name-based gender classification", 2023; MIT licence), which pools 36
name-gender sources from many countries. Kept: names that at least 15 of its sources attest, with at
least 2000 bearers, and a share of women of at most 5 % (m) or at least 95 % (f); ambiguous names
('Jean', 'Andrea', 'Kim') stay out. Titles are written by hand below, as English marks them.

Usage: pip install nomquamgender; python scripts/build_genders.py > dyad/data/genders.tsv
"""

import importlib.util
import json
import re
from pathlib import Path

TITLES = {
    "m": ["mr", "mr.", "sir", "lord", "king", "prince", "emperor", "sheikh", "duke", "baron", "count",
          "monsieur", "senor", "señor", "herr", "signor", "father", "brother", "uncle", "spokesman",
          "chairman", "congressman", "businessman", "councilman", "policeman", "statesman", "husband",
          "son", "grandfather", "nephew", "boy", "widower", "actor", "crown prince", "pope", "rabbi"],
    "f": ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
          "empress", "sheikha", "duchess", "baroness", "countess", "senora", "señora", "frau", "signora",
          "mother", "sister", "aunt", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
          "councilwoman", "policewoman", "stateswoman", "wife", "daughter", "grandmother", "niece", "girl",
          "widow", "actress", "crown princess", "first lady", "nun"],
}


def main() -> None:
    # The data file only: importing the package would also import its pandas/unidecode code.
    folder = Path(importlib.util.find_spec("nomquamgender").submodule_search_locations[0])
    names = json.loads((folder / "name_data.json").read_text(encoding="utf-8"))
    print("# Dyad genders.tsv: words that give a person's grammatical gender (for he/she agreement).")
    print("# source: title (written for Dyad) or first-name (nomquamgender 0.1.4, MIT licence: names attested by")
    print("#   >= 15 of its sources, >= 2000 bearers, share of women <= 5 % or >= 95 %). Built by scripts/build_genders.py.")
    print("word\tgender\tsource")
    titles = {word for words in TITLES.values() for word in words}
    for gender, words in TITLES.items():
        for word in words:
            print(f"{word}\t{gender}\ttitle")
    for name, (sources, bearers, women, *_) in sorted(names.items()):
        if not re.fullmatch(r"[a-zà-öø-ÿ\-]{2,}", name) or sources < 15 or bearers < 2000 or name in titles:
            continue
        if women <= 0.05 or women >= 0.95:
            print(f"{name}\t{'f' if women >= 0.95 else 'm'}\tfirst-name")


if __name__ == "__main__":
    main()
