"""Three parse and argument rules, with sentences written for these tests:
- a tally's conjoined participle with a number for subject ('... left three dead and dozens wounded') is undergone,
  not done by the number (dyad/parse_repairs.py subject_of_participle);
- an 'of' phrase right after a conjoined relational noun is that noun's ('police and supporters of the party':
  parse_repairs.relational_of), so the party is a side of the clash;
- a state a way leads to ('blocked the highway to Peru') is no target of what is done on the way
  (dyad/events/arguments.py _way_end), while a state a way is closed to in a blockade still is."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo[:3], e.target.code if e.target else None) for e in extract(text).events}


def test_a_number_in_a_tally_did_not_injure_anyone():
    for text in ("Riots in the town of Abeche left four people dead and dozens wounded, Chad's interior ministry "
                 "said.", "Fighting near Abeche left two soldiers dead and 15 civilians wounded, Chad's army said."):
        sources = [e.source.name for e in extract(text).events]
        assert not any(name in ("dozens", "civilians", "15 civilians") for name in sources), (text, sources)


def test_the_party_of_conjoined_supporters_is_a_side_of_the_clash():
    events = _events("Clashes between police and supporters of the Awami party erupted in the town of Sylhet, "
                     "Bangladesh.")
    assert ("BGDCOP", "190", "BGDPTY") in events and ("BGDPTY", "190", "BGDCOP") in events, events


def test_the_state_a_road_leads_to_is_no_target_of_a_blockade_by_farmers():
    events = _events("Bolivian farmers blocked the highway to Peru for a second day.")
    assert events and not any(target == "PER" for _, _, target in events), events


def test_a_state_closing_a_route_to_another_states_traffic_still_targets_it():
    assert ("ARM", "191", "AZE") in _events("Armenia closed the mountain road to Azerbaijani trucks.")
