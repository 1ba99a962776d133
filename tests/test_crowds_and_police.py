"""Force on crowds and by them: deaths 'in police firing' (the gerund the parser reads as a participle), police who
scatter a crowd, stones thrown 'at them' (dyad/events/predicates.py, verb_patterns.tsv; dyad/actors/coreference.py)."""

from dyad import extract
from tests.coded import PUBLISHED, events


def test_deaths_in_police_firing_are_the_polices_acts():
    coded = events("Seven protesters died in police firing in the Ugandan town of Gulu on Wednesday.")
    assert ("1823", "UGACOP", "UGAOPP") in coded
    deaths = extract("Seven protesters died in police firing in Gulu on Wednesday.", published=PUBLISHED).events
    assert deaths and not any(e.implicit for e in deaths)  # the text names the police


def test_police_who_scatter_protesters_repress_them():
    assert ("175", "PAKCOP", "PAKOPP") in events("Police fired in the air to scatter protesters in Multan.")


def test_stones_thrown_at_them_are_thrown_at_the_people_named_before():
    coded = events("Two policemen were injured when protesters threw stones at them in Pokhara.")
    assert ("145", "NPLOPP", "NPLCOP") in coded
