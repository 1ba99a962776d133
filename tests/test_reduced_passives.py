"""A passive participle after the actor it modifies, naming its doer with 'by' (a relative clause with its 'who
was' left out), is an event of the doer on that actor; after an event or a thing, or of a standing relation, it is
none (dyad/events/tokens.py reduced_passive; arguments.py acted_on_actor). Sentences written for these tests."""

from coded import triples as _codes


def test_the_doer_of_a_reduced_passive_acts_on_the_actor_it_modifies():
    assert ("IGOIMF", "111", "ZMBGOV") in _codes("Zambia's finance minister, criticised by the IMF for overspending, "
                                                 "defended the budget.")
    assert ("KENOPP", "112", "KENGOV") in _codes("Kenya's energy minister, accused by the opposition of corruption, "
                                                 "resigned on Friday.")
    assert ("NLDGOV", "114", "TURGOV") in _codes("The Turkish ambassador, summoned by the Dutch foreign ministry, "
                                                 "refused to comment.")


def test_a_standing_relation_or_a_thing_modified_is_no_event():
    assert not [c for c in _codes("Sudanese rebels backed by Chad attacked the garrison.") if c[0] == "TCD"]
    assert not [c for c in _codes("The talks, hosted by Qatar in Doha, ended without a deal.") if c[0] == "QAT"]
