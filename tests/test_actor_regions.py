"""Region adjectives (regions.tsv) qualify role words; they are no actors by themselves."""

from dyad import extract
from dyad.codebooks import actor_dictionary


def _actors(text):
    return {a.name: a.code for a in extract(text, published="2010-01-01").actors}


def test_region_data_loads():
    regions = actor_dictionary().regions
    assert regions["African"] == "AFR" and regions["West African"] == "WAF"


def test_a_region_adjective_codes_the_role_it_qualifies():
    # the role's sector is added to the region's code, as PETRARCH composes codes (AFR + GOV)
    assert _actors("Prominent African leaders criticized the government of Kenya.")["Prominent African leaders"] == "AFRGOV"
    assert _actors("West African ministers met in Accra.")["West African ministers"] == "WAFGOV"


def test_a_state_adjective_wins_over_a_region():
    assert _actors("South African police arrested two men.")["South African police"] == "ZAFCOP"


def test_a_region_adjective_built_on_a_demonym_is_the_regions():
    # 'American', 'Asian' end these adjectives: the region is named, not the United States
    found = _actors("Latin American diplomats condemned the raid. South Asian ministers met in Kathmandu.")
    assert found["Latin American diplomats"] == "LAMGOV"
    assert found["South Asian ministers"] == "SASGOV"
    assert "USA" not in found.values()
    events = extract("North American officials urged Cuba to free the dissidents.", published="2010-01-01").events
    assert [(e.source.code, e.target.code) for e in events] == [("NMRGOV", "CUB")]


def test_a_region_adjective_alone_is_no_actor():
    assert "AFR" not in _actors("The two West African neighbours signed a border treaty.").values()


def test_a_body_in_the_phrase_of_another_states_party_is_that_states(nlp):
    """'the BJP faction in parliament' is India's parliament even in an article about Pakistan; a bare
    'parliament' is still the article's main state's."""
    from dyad.actors import resolve_actors

    def parliament_code(text: str) -> str:
        index = resolve_actors(nlp(text))
        return next(a.code for a in index.actors if a.name == "parliament")

    lead = "Pakistan said on Monday that the talks had failed. Pakistan wants a new round. "
    assert parliament_code(lead + "The BJP faction in parliament demanded an inquiry.") == "INDLEG"
    assert parliament_code(lead + "The opposition in parliament demanded an inquiry.") == "PAKLEG"


def test_rebel_forces_are_rebels_and_not_merged_with_government_forces(nlp):
    from dyad.actors import resolve_actors

    text = ("Chad said on Monday that the fighting went on. Government forces shelled the town. "
            "Rebel forces attacked a convoy near the border.")
    codes = {a.name.lower(): a.code for a in resolve_actors(nlp(text)).actors}
    assert codes["government forces"] == "TCDMIL"
    assert codes["rebel forces"] == "TCDREB"
