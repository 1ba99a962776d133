"""A state or capital word that is a person's given name ('Jordan Bardella') is no state; a person's body
named by a definite description ('a researcher at the organisation') is known after coreference
(dyad/actors/mentions.py)."""

import pytest

from dyad import extract


def _codes(text):
    result = extract(text, published="2024-05-14")
    return {m.text: a.code for a in result.actors for m in a.mentions}


def test_a_state_word_opening_a_persons_name_is_a_given_name():
    codes = _codes("Chad Okafor, a lawyer for the family, said the ruling would be appealed.")
    assert "Chad" not in codes  # not the state of Chad
    codes = _codes("Kenya Walters criticised the decision on Friday.")
    assert "Kenya" not in codes


def test_a_state_before_a_title_or_a_known_person_stays_a_state():
    codes = _codes("Jordan King Abdullah met the Egyptian president in Amman.")
    assert codes.get("Jordan King Abdullah", "").startswith("JOR")
    assert _codes("Bosnian Serbs demanded a truce with the government.").get("Bosnian Serbs", "").startswith("BIH")


def test_a_person_at_an_organisation_named_by_description():
    codes = _codes("Amnesty International accused the Burundian authorities of torturing detainees. "
                   "\"The abuses must end,\" said Sarah Mwangi, a senior researcher at the organisation.")
    assert codes.get("Sarah Mwangi") == "NGO"


def test_a_story_set_only_in_a_town_belongs_to_the_towns_state():
    # no state named, no region: the town's state is the story's, for bodies named without one
    codes = _codes("Separatist fighters ambushed the army in Kidal overnight.")
    assert codes.get("the army") == "MLIMIL"


def test_a_town_named_as_where_things_happen_weighs_for_the_main_state():
    # the foreign state is named more often, but the story happens in the town: its bodies are the town's state's
    codes = _codes("Guinea's president was detained by soldiers of the presidential guard on Monday. France condemned "
                   "the coup and Paris suspended aid. Supporters of the junta rallied in Conakry, chanting slogans "
                   "against France. The junta accused France of plotting an intervention, which Paris denied.")
    assert codes.get("The junta") == "GINGOV"
    assert codes.get("the presidential guard") == "GINMIL"


def test_a_force_led_by_a_state_is_that_states():
    # (the story is Somalia's: its state is named more often)
    codes = _codes("Ethiopian-led forces recaptured a town in southern Somalia after heavy fighting. Somalia's "
                   "government welcomed the gains, and Somali officials said the town was calm.")
    assert codes.get("led forces") == "ETHMIL"


def test_people_of_a_cross_border_story_are_of_the_state_acted_in():
    # the acting state is named more often; its army stays its own, the people where it acts are that state's
    text = ("Rwandan troops shelled militia camps in eastern Burundi on Friday, Rwanda's army said. Rwanda said the "
            "operation would go on. Villagers fled the area, a local official said.")
    codes = _codes(text)
    assert codes.get("Villagers") == "BDICVL"
    assert codes.get("army") == "RWAMIL"


def test_people_held_from_a_state_are_of_it_though_the_parser_hangs_from_on_the_verb():
    codes = _codes("Police in Ghana detained nine fishermen from Togo in Keta on Sunday.")
    assert codes.get("nine fishermen", codes.get("fishermen", "")).startswith("TGO")


def _speakers(text):
    return [(q.speaker.name if q.speaker else None) for q in extract(text, published="2024-05-14").quotes]


def test_a_name_after_a_long_title_is_the_speaker():
    # the tagger reads the title's complement and the name as one body (or leaves the name untagged):
    # the speaker is the person, and the title gives the role
    found = extract('Minister of Foreign Affairs and International Trade Grace Nwosu said on state radio, '
                    '"Nigeria will not pay the ransom."', published="2024-05-14")
    assert [q.speaker.name for q in found.quotes] == ["Grace Nwosu"]
    assert "Minister of Foreign Affairs" not in {a.name for a in found.actors}
    assert _speakers('Special Envoy for the Great Lakes Region Peter Lindqvist said on Tuesday, "The truce is '
                     'holding."') == ["Peter Lindqvist"]


def test_a_name_after_the_titles_complement_is_its_holder_not_the_dictionary_office():
    # 'the head of the UN ...' alone would be the Secretary-General; the name in apposition holds the title
    assert _speakers("The head of the UN mission in Libya, Karl Berger, said the ceasefire was holding.") == \
        ["Karl Berger"]


def test_a_spokesman_for_a_titled_person_is_not_that_person():
    found = extract("A spokesman for Senate Foreign Relations Committee Chairman Paul Whitman said the bill would "
                    "pass.", published="2024-05-14")
    assert [q.speaker.name for q in found.quotes] != ["Paul Whitman"]


@pytest.mark.parametrize("text, holder", [
    ("The UN human rights chief criticised the new law in Tajikistan.", "António Guterres"),
    ("The US defence chief visited troops in Poland.", "Joe Biden"),
    ("The Ghanaian army chief met his Togolese counterpart.", "John Mahama"),
])
def test_a_head_role_of_a_named_sub_body_is_not_the_owners_head(text, holder):
    # a common noun between the owner and 'chief' names the body headed (rights office, defence, army)
    names = {e.source.name for e in extract(text, published="2024-06-10").events}
    assert names and holder not in names


def test_the_owners_head_is_still_its_holder():
    names = {e.source.name for e in extract("The UN chief criticised the new law in Tajikistan.",
                                            published="2024-06-10").events}
    assert "António Guterres" in names
