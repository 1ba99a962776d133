"""dyad.events on short real sentences: arguments from syntax, codes from the verb lexicon."""

import pytest

from dyad import extract


def _codes(text, published="2023-11-01"):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo_root)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    ("Israel recalled its ambassador from Turkey on Monday.", ("ISR", "TUR", "16")),
    ("Turkish President Recep Tayyip Erdogan announced the cancellation of his visit to Israel.", ("TUR", "ISR", "16")),
    ("Lambasting the UN chief after his remarks, Israeli Foreign Minister Eli Cohen stated his view.",
     ("ISR", "IGOUNO", "11")),
    ("Egypt accused Israel of violating the ceasefire.", ("EGY", "ISR", "11")),
    ("Russian troops attacked Ukrainian positions near Kharkiv.", ("RUS", "UKR", "19")),
    ("Police in Bahrain arrested six Americans.", ("BHR", "USA", "17")),
    ("French President Nicolas Sarkozy met Egyptian President Hosni Mubarak in Cairo.", ("FRA", "EGY", "04")),
    ("China rejected the UN resolution on North Korea.", ("CHN", "IGOUNO", "12")),
])
def test_events_code_and_actors(text, expected):
    assert expected in [(s, t, r) for s, t, r in _codes(text)]


def test_events_passive_voice_source_is_the_agent():
    codes = _codes("Israeli citizens were attacked by Hamas militants in Gaza.")
    assert any(s == "PSE" and t == "ISR" and r in ("18", "19") for s, t, r in codes)


def test_events_negation_and_hypothetical_flags():
    (negated,) = [e for e in extract("Japan did not condemn North Korea.").events if e.cameo_root == "11"]
    assert negated.negated
    events = extract("Iran threatened to attack Israel.").events
    assert [e.cameo_root for e in events] == ["13"]  # the threat, not the attack


def test_events_no_actor_no_event():
    assert extract("The weather was mild and the markets were calm on Tuesday.").events == []


def test_events_date_and_plover_fields():
    (event,) = [e for e in extract("Last week, Israel recalled its ambassador from Turkey.",
                                   published="2023-11-01").events if e.cameo_root == "16"]
    assert (event.date, event.date_text) == ("2023-10-25", "Last week")
    assert (event.plover, event.quad_class) == ("SANCTION", 4)
    assert event.goldstein < 0


@pytest.mark.parametrize("text, place, country", [
    ("Insurgents attacked a U.S. patrol near the town of Samarra on Sunday.", "Samarra", "IRQ"),
    ("Iraqi police arrested two bombers in central Baghdad.", "Baghdad", "IRQ"),
])
def test_events_location_from_place_phrases(text, place, country):
    events = [e for e in extract(text, published="2008-01-15").events if e.location is not None]
    assert events and (events[0].location.name, events[0].location.country) == (place, country)
    assert events[0].location.latitude is not None


def test_events_between_two_unnamed_sides_are_dropped():
    # no state or organisation named anywhere: 'GOV met GOV' says nothing about who acted on whom
    assert extract("The minister met the ambassador on Monday.").events == []
    assert [(e.source.code, e.target.code) for e in extract("The Chilean minister met the ambassador.").events
            if e.target is not None] == [("CHLGOV", "GOV")]


def test_events_subject_split_by_the_parser_is_the_one_naming_actors():
    # 'Old foes' and 'Chile' both hang as subjects: the apposition names the actors
    assert {("CHL", "PER"), ("PER", "CHL")} <= {
        (s, t) for s, t, _ in _codes("Old foes Chile and Peru have restored diplomatic ties.")}


def test_events_purpose_clause_names_the_target_when_it_is_no_event_itself():
    # 'to show their anger at Chile': the blockade is aimed at Chile
    assert ("PER", "CHL", "14") in _codes("Protesters in Lima blocked a highway to show their anger at Chile's "
                                          "trade policy.")
