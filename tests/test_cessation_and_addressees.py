"""Acts that are stopped, pairs of states named by their forces, rejected allegations, generic act words,
and the state of an official or a description read from whom it addresses or who speaks of it."""

import pytest

from coded import actor_codes as _actor_codes, events as _events


@pytest.mark.parametrize("text, code, stopped", [
    ("Ugandan troops stopped shelling Congolese villages on Monday.", "087", "19"),
    ("Malian police have ceased arresting Guinean traders at the market.", "081", "17"),
])
def test_a_stopped_act_is_a_yield_not_the_act(text, code, stopped):
    events = _events(text)
    assert any(c == code for c, _, _ in events), events
    assert not any(c[:2] == stopped for c, _, _ in events), events


def test_a_stopped_act_with_no_yield_of_its_own_is_not_coded():
    events = _events("The Chadian government stopped praising Sudan's generals after the coup.")
    assert not any(c[:2] == "05" for c, _, _ in events), events


def test_both_countries_after_an_act_of_one_states_troops_are_the_two_states():
    events = _events("Chad accused Sudanese troops on Monday of shelling its border posts. Chad's army said its "
                     "soldiers had returned fire. The African Union urged both countries to show restraint.")
    appeals = {target for c, source, target in events if source == "IGOAU" and c[:2] == "02"}
    assert appeals == {"TCD", "SDN"}, events


def test_an_allegation_rejected_in_a_relative_clause_answers_its_maker():
    events = _events("Uganda accused Rwandan forces of crossing the border, an accusation Kigali rejected.")
    assert ("120", "RWAGOV", "UGA") in events, events


def test_a_generic_act_word_refers_to_an_act_told_with_its_doer():
    # (the detentions, whose doer the text leaves out, are not what 'the measures' refers to)
    events = _events("Canada imposed sanctions on three Iranian officials on Monday. Dozens of dissidents were "
                     "detained last year. Iran's foreign ministry dismissed the measures as illegal.")
    rejections = [(source, target) for c, source, target in events if c[:2] == "12"]
    assert rejections and all(target == "CAN" for _, target in rejections), events


def test_the_country_and_it_in_a_ministrys_reported_clause_are_its_own_state():
    text = ("Rwanda and Burundi held joint drills near the lake this week. Kenya's foreign ministry said the "
            "drills would not worry the country and that it was ready to talk.")
    codes = _actor_codes(text)
    assert codes.get("the country") == "KEN" and codes.get("it") == "KENGOV", codes


@pytest.mark.parametrize("text, mention, code", [
    ("Nurses walked out in Lusaka on Monday. The nurses' union said it would not back down.", "union", "ZMBLAB"),
    ("Peru's justice department said on Monday it had opened an inquiry into the contract.",
     "justice department", "PERGOV"),
    ("Officers in Lima were questioned. The Lima police department said two were suspended.",
     "The Lima police department", "PERCOP"),
])
def test_unions_and_departments_are_bodies_of_their_sector(text, mention, code):
    assert _actor_codes(text).get(mention) == code


def test_an_official_who_addresses_the_storys_state_speaks_for_the_other_one():
    text = ("Vietnam lodged a protest with China on Monday. Beijing, which claims the reef, said its vessels were "
            "in Chinese waters. A foreign ministry spokesman urged Hanoi to stop provoking incidents.")
    codes = _actor_codes(text)
    assert codes.get("A foreign ministry spokesman") == "CHNGOV", codes
