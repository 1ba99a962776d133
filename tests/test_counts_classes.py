"""dyad.counts on construction classes it used to miss: membership ('among those killed'), predicate
nominals and relative-clause predicates, light verbs of injury, custody as a state, action nouns with
'of', fractions of a scale; and figures that are no count (a fronted partitive, a vote's second term)."""

import pytest

from dyad.counts import counts


@pytest.mark.parametrize("text, expected", [
    # membership in a casualty set
    ("Two paramedics were among those wounded in the blast in Quetta.", [("wound", 2)]),
    ("Four police officers were among the dead, the governor of Kandahar said.", [("kill", 4)]),
    # predicate nominal and the predicate of a relative clause
    ("Around 800,000 Rohingya became refugees within a month.", [("displace", 800000)]),
    ("Divers are looking for 6 tourists who remain missing off Phuket.", [("missing", 6)]),
    ("Police are still trying to trace 3 hikers who are unaccounted for.", [("missing", 3)]),
    # light verbs of injury
    ("Nine workers sustained injuries when scaffolding fell in Doha.", [("wound", 9)]),
    ("Twenty villagers suffered burns in the fire near Lahore.", [("wound", 20)]),
    ("Medics treated 31 people for injuries after the derailment.", [("wound", 31)]),
    # custody as a state
    ("Some 45 activists remain in detention in Algiers.", [("arrest", 45)]),
    ("Eleven sailors are now in custody in Bandar Abbas.", [("arrest", 11)]),
    # casualty verbs and action nouns
    ("Thirty-two migrants drowned when their boat sank near Djibouti.", [("kill", 32)]),
    ("Soldiers apprehended 19 smugglers near the border with Niger.", [("arrest", 19)]),
    ("The kidnapping of 14 traders near Maiduguri alarmed the region.", [("kidnap", 14)]),
    ("Officials ordered the evacuation of 7,500 residents from the delta.", [("displace", 7500)]),
    ("The killing of 9 farmers in Plateau state sparked protests.", [("kill", 9)]),
    ("About 1,100 people have crossed into Malawi to escape the floods.", [("displace", 1100)]),
    # fractions of a scale
    ("A quarter of a million people fled the city.", [("displace", 250000)]),
    # a bare figure the parser hangs on the auxiliary of its verb
    ("Seven miners died and four are missing after the collapse.", [("kill", 7), ("missing", 4)]),
])
def test_counts_construction_classes(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the 60 workers in the mine, 14 died.", [("kill", 14)]),
    ("The amnesty for detainees was approved by 88 votes to 31.", []),
    ("A quarter of the town was flooded.", []),
])
def test_counts_whole_sets_and_vote_tallies_are_no_count(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # the size of a crowd, by the verb of marching, rallying or protesting (the people's word counts nothing alone)
    ("Around 15,000 nurses marched to the health ministry in Nairobi.", [("protest", 15000)]),
    ("Some 3,000 students rallied outside the university in Dhaka.", [("protest", 3000)]),
    ("A demonstration of 6,000 miners blocked the highway near Oruro.", [("protest", 6000)]),
    ("Riot police detained 25 protesters near the square in Tbilisi.", [("arrest", 25)]),
    ("Four people were shot dead during a protest in Conakry.", [("kill", 4)]),
])
def test_crowd_sizes_are_protest_counts(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected
