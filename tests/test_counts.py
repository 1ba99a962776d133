"""dyad.counts on short real sentences."""

import pytest

from dyad.counts import counts, number_value


@pytest.mark.parametrize("text, expected", [
    ("The March 3 raids by the militia killed at least 1,250 Chileans and wounded more than 3,700.",
     [("kill", 1250, "at least"), ("wound", 3700, "more than")]),
    ("Six U.S. citizens were arrested in Ghana.", [("arrest", 6, None)]),
    ("At least 25 people were killed and 40 wounded in the blast.", [("kill", 25, "at least"), ("wound", 40, None)]),
    ("The death toll rose to 132.", [("kill", 132, None)]),
    ("Nearly 300,000 people have fled their homes.", [("displace", 300000, "nearly")]),
    ("The bombing killed three soldiers.", [("kill", 3, None)]),
    ("The two armed groups, which killed 12 soldiers last year, signed the accord.", [("kill", 12, None)]),
    ("Fourteen sailors who were killed in the blast were buried on Friday.", [("kill", 14, None)]),
    ("Some 2,000 people marched in the capital.", [("protest", 2000, "some")]),
])
def test_counts_finds_casualty_figures(nlp, text, expected):
    found = [(c.kind, c.number, c.qualifier) for c in counts(nlp(text))]
    assert found == expected


@pytest.mark.parametrize("text", [
    "He paid $40 million for 20 tanks.",
    "The launching of thousands of shells at Peru began on March 3.",
    "In 2008, the council met 12 times.",
    # the antecedent of a relative clause that kills someone is the killer: 'which killed 12 soldiers'
    "The three armed groups, which had raided the outpost, signed the accord.",
])
def test_counts_ignores_non_casualty_numbers(nlp, text):
    assert list(counts(nlp(text))) == []


def test_counts_offsets_point_at_the_figure(nlp):
    text = "Police detained 12 protesters on Sunday."
    (count,) = counts(nlp(text))
    assert text[count.start_char:count.end_char] == count.text == "detained 12 protesters"


@pytest.mark.parametrize("words, value", [
    (["1,400"], 1400), (["4.5", "million"], 4500000), (["twenty", "-", "six"], 26), (["six"], 6), (["dozen"], 12),
])
def test_counts_number_value(words, value):
    assert number_value(words) == value


@pytest.mark.parametrize("text, expected", [
    ("The raids left a total of 87 people dead and over 12,000 forcibly displaced, according to the survey.",
     [("kill", 87), ("displace", 12000)]),
    ("The death toll has climbed to about 1,300 and the number of homeless has swelled to more than 250,000.",
     [("kill", 1300), ("displace", 250000)]),
    ("Over 420 were hurt in the shelling.", [("wound", 420)]),
    ("Nearly the whole population of 8,900 was displaced.", [("displace", 8900)]),
])
def test_counts_coordinated_and_prepositional_figures(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # subject of a passive casualty verb, figures written as words
    ("Fourteen people were killed when the ferry capsized off Varna Point.", [("kill", 14)]),
    ("Eleven men were executed in Darro prison.", [("kill", 11)]),
    ("A dozen protesters were detained outside the Ministry of Mines in Belvar.", [("arrest", 12)]),
    ("Half a million people were displaced.", [("displace", 500000)]),
    ("Tanks killed two hundred and twelve civilians.", [("kill", 212)]),
    # object of a casualty verb, phrasal and idiomatic verbs
    ("Militants gunned down 12 villagers.", [("kill", 12)]),
    ("Troops rounded up 80 men in the village.", [("arrest", 80)]),
    ("Nine people lost their lives in the fire.", [("kill", 9)]),
    ("The landslide claimed 63 lives in the hill town of Kesh.", [("kill", 63)]),
    ("Police said 23 suspects had been taken into custody.", [("arrest", 23)]),
    ("Some 3,000 people were forced from their homes.", [("displace", 3000)]),
    ("Fighting has forced 40,000 people to flee their homes.", [("displace", 40000)]),
    ("About 9,000 people have sought refuge in neighbouring Tarsh.", [("displace", 9000)]),
    ("Officials said 64 people perished in the blaze.", [("kill", 64)]),
    # tallies
    ("The shelling brought the death toll to 58.", [("kill", 58)]),
    ("Officials put the number of dead at 87.", [("kill", 87)]),
    ("The number of people killed has risen to 74.", [("kill", 74)]),
    ("The number of those detained reached 200.", [("arrest", 200)]),
    # headlines
    ("Floods kill 40 in Marrovia", [("kill", 40)]),
    ("Tolvik quake: 38 dead, 120 injured", [("kill", 38), ("wound", 120)]),
    # comitative: the companions share the verb
    ("The editor was detained on Friday together with 7 of her reporters.", [("arrest", 7)]),
    # ranges count their lower bound
    ("Between 20 and 30 people were killed in the raid on Askel.", [("kill", 20)]),
])
def test_counts_constructions(nlp, text, expected):
    assert [(c.kind, c.number) for c in counts(nlp(text))] == expected


def test_counts_range_is_one_figure_with_its_words(nlp):
    text = "Police detained 40 to 50 students in Ostrel."
    (count,) = counts(nlp(text))
    assert (count.kind, count.number, count.qualifier) == ("arrest", 40, "between")
    assert text[count.start_char:count.end_char] == count.text == "detained 40 to 50 students"


@pytest.mark.parametrize("text", [
    "A 34-year-old man was killed in the crash.",
    "He was killed in 1998 in Tolvik.",
    "He spent 15 years in prison after the killings.",
    "The convoy was attacked 30 km from Velt and two guards were hurt, one seriously.",
    "The blast killed him and destroyed 3 buildings.",
    "He was one of the people killed in the attack.",
    "It was the second bombing to kill civilians this year.",
    "About 60 percent of the dead were women.",
    "The bill to free the detainees passed by 54 votes to 12.",
    "The army fired 30 rockets at the town.",
    "Insurgents captured four towns near the northern border overnight.",
    "Rebels captured six army trucks on the coastal road.",
])
def test_counts_leaves_measures_dates_and_other_figures(nlp, text):
    assert [(c.kind, c.number) for c in counts(nlp(text)) if c.number != 2] == []


def test_counts_severity_subset_is_not_a_second_figure(nlp):
    found = [(c.kind, c.number) for c in counts(nlp("Officials said 5 people were injured, two seriously."))]
    assert found == [("wound", 5)]


def test_counts_restated_figure_is_given_once(nlp):
    text = ("Gunmen killed 17 miners in Orlovo on Monday. The 17 miners killed were buried on Tuesday, "
            "and police arrested 17 suspects.")
    assert [(c.kind, c.number) for c in counts(nlp(text))] == [("kill", 17), ("arrest", 17)]


@pytest.mark.parametrize("words, value", [
    (["two", "hundred", "and", "twelve"], 212), (["a", "dozen"], 12), (["two", "dozen"], 24),
    (["half", "a", "million"], 500000), (["tens", "of", "thousands"], 10000), (["1.5", "million"], 1500000),
    (["twelve", "thousand", "four", "hundred"], 12400), (["banana"], None),
])
def test_counts_number_value_written_forms(words, value):
    assert number_value(words) == value


def test_count_tables_reject_bad_rows(tmp_path):
    from dyad.codebooks import DictionaryError
    from dyad.count_tables import count_words, number_words

    words = tmp_path / "words.tsv"
    words.write_text("word\tkind\twith\nkill\tkill\t\nslay\tmaybe\t\n")
    with pytest.raises(DictionaryError, match="slay"):
        count_words(words)
    numbers = tmp_path / "numbers.tsv"
    numbers.write_text("word\tvalue\tvague\ndozen\ttwelve\t\n")
    with pytest.raises(DictionaryError, match="twelve"):
        number_words(numbers)
