"""Reported speech the parser splits or misreads, speakers named in apposition or placed by 'there', and
names that only name a disease. Sentences written for these tests."""

from dyad import extract
from tests.coded import PUBLISHED, actor_codes


def quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker.name if q.speaker else "", q.speaker.code if q.speaker else "")
            for q in extract(text, published=PUBLISHED).quotes]


def test_a_reported_clause_split_at_a_parenthetical_is_one_quotation():
    found = quotes("Farmers' unions say the dam, to be financed by a Chinese bank, would flood pasture along the river.")
    assert [text for text, _, _ in found] == [
        "the dam, to be financed by a Chinese bank, would flood pasture along the river"]


def test_a_name_ending_the_report_before_its_speaker_belongs_to_the_report():
    found = quotes("Kenya's government has asked Uganda to hand over opposition politician Jon Okello, "
                   "a foreign ministry official said.")
    assert found and found[0][0].endswith("Jon Okello") and found[0][1] == "a foreign ministry official"


def test_officials_there_are_of_the_state_named_just_before():
    text = ("Malawi confirmed four cholera deaths on Friday. Neighbouring Zambia said it would check travellers "
            "at two border posts. Officials there said there was no need to close the frontier.")
    assert actor_codes(text)["Officials"] == "ZMBGOV"
    assert [code for _, speaker, code in quotes(text) if speaker == "Officials"] == ["ZMBGOV"]


def test_a_name_in_apposition_to_a_kinship_noun_speaks():
    found = quotes("His sister, Nkechi Obiora, said he had never met the rebels.")
    assert [(text, speaker) for text, speaker, _ in found] == [("he had never met the rebels", "Nkechi Obiora")]


def test_a_place_in_a_diseases_name_is_no_actor():
    codes = actor_codes("An outbreak of Marburg virus has killed six people in Tanzania, and Nigeria reported new "
                        "cases of Lassa fever.")
    assert codes["Tanzania"] == "TZA" and "Marburg" not in codes
    assert codes.get("Lassa") in (None, "UNK")


def test_environmental_and_humanitarian_groups_have_their_sectors():
    codes = actor_codes("Environmental groups said the new mine in Peru would poison the river, and humanitarian "
                        "organisations warned of hunger.")
    assert codes["Environmental groups"] == "PERENV"
    assert codes["humanitarian organisations"] == "NGO"


def test_a_listed_surname_after_another_given_name_is_someone_else():
    codes = actor_codes("Opposition activist Maria Putin was detained in Moscow on Friday, and Vladimir Putin "
                        "said nothing.")
    assert codes["Opposition activist Maria Putin"] == "RUSOPP" and codes["Vladimir Putin"] == "RUSGOV"


def test_the_writers_comment_on_a_report_is_not_part_of_it_and_the_denial_answers_the_speaker():
    text = "Rebels in Niger said they had seized the town of Tassara, a claim the army denied."
    assert [(t, s) for t, s, _ in quotes(text)] == [("they had seized the town of Tassara", "Rebels")]
    from tests.coded import events
    assert ("016", "NERMIL", "NERREB") in events(text)
