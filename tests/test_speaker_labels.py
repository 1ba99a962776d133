"""What a speaker calls an act: 'calling it a provocation' after a reported act judges that act's doer; a
label noun ('an attack on our sovereignty') is a name, not another event; a reported clause about a
happening ('the launch was a success') leaves the next verb to the speaker; a state news agency is its
state's press."""

from coded import events as _events
from dyad import extract


def test_calling_it_a_provocation_judges_the_doer_of_the_reported_act():
    events = _events("Greece said Turkey was sending survey ships into its waters, calling it a provocation.")
    assert ("111", "GRC", "TUR") in events, events


def test_a_label_noun_is_not_an_event_of_its_own():
    events = _events("Estonia's government said Russia was jamming GPS signals over the Baltic, calling it an "
                     "attack on the region's air safety.")
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in events), events
    assert any(c == "111" and target == "RUS" for c, _, target in events), events


def test_after_a_clause_about_a_happening_the_next_verb_is_the_speakers():
    events = _events("Iran's state news agency said the launch was a success and accused Israel of "
                     "spreading lies about the programme.")
    assert any(c.startswith("112") and source.startswith("IRN") and target == "ISR"
               for c, source, target in events), events


def test_a_state_news_agency_is_its_states_press():
    result = extract("Cuba's state news agency said the talks had ended.", published="2024-06-10")
    assert {m.text: a.code for a in result.actors for m in a.mentions}.get("state news agency") == "CUBMED"


def test_condemning_the_looting_refers_to_the_looters_act():
    events = _events("Gunmen looted a Red Cross depot in Chad's Ouaddai province on Monday. Chad's government "
                     "condemned the looting.")
    assert ("111", "TCDGOV", "TCDREB") in events, events


def test_after_saying_what_is_the_speaker_asks():
    events = _events("Honduras's foreign ministry said three of the victims were Honduran nationals and asked "
                     "Panama to return the bodies.")
    assert any(c.startswith("02") and source == "HNDGOV" and target == "PAN" for c, source, target in events), events


def test_politically_motivated_judges_the_owner_of_the_case():
    events = _events("Amnesty International said the Cambodian government's case against the journalist was "
                     "politically motivated.")
    assert any(c == "111" and target == "KHMGOV" for c, _, target in events), events


def test_the_bloc_tagged_as_a_name_still_refers_back():
    events = _events("The European Union agreed to lend Armenia 270 million euros on Monday. Armenia's president "
                     "thanked the bloc for its support.")
    assert any(c[:2] == "05" and source == "ARMGOV" and target.startswith("IGOEU") for c, source, target in events), events


def test_ordering_troops_to_a_place_deploys_them():
    events = _events("Chad's president ordered troops to the Sudanese border on Monday.")
    assert any(c == "154" for c, _, _ in events), events
    assert not any(c == "100" for c, _, _ in events), events
    demands = _events("Chad's president ordered troops to withdraw from the Sudanese border on Monday.")
    assert any(c[:2] != "15" for c, _, _ in demands), demands
