"""Sending an envoy is a visit by proxy to where the envoy is sent, also where the parser labels the 'to' phrase
a dative (dyad/events/arguments.py _prep_actors). Sentences written for these tests."""

from coded import triples


def test_an_envoy_sent_to_a_state_visits_it():
    assert ("UGA", "042", "RWA") in triples("Uganda sent an envoy to Rwanda on Wednesday.", published="2025-12-06")
    assert ("UGA", "042", "RWA") in triples("Uganda sent its defence minister to Rwanda for talks on the border.",
                                            published="2025-12-06")
