"""Rules and lexicon families added for breadth (benchmarks/breadth): each on sentences of its own."""

import pytest

from dyad import extract


def _events(text):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events}


@pytest.mark.parametrize("text, expected", [
    # the direct object of a particle verb is whom it is addressed to
    ("Chad asked Nigeria for fuel.", ("TCD", "020", "NGA")),
    ("The Honduran government pressed El Salvador for the extradition of two bankers.", ("HNDGOV", "100", "SLV")),
    # force on places or things hits the state they are in
    ("Egyptian drones struck villages in Libya.", ("EGY", "195", "LBY")),  # drones: force from the air (195)
    # a preposition hung on the particle belongs to the verb
    ("Cuban troops pulled out of Angola.", ("CUBMIL", "0874", "AGO")),
    # acting jointly
    ("Kenya and Ethiopia set up a joint venture to build a power line.", ("KEN", "061", "ETH")),
    ("Nepal and Bhutan worked together on flood warnings.", ("NPL", "060", "BTN")),
    ("Peruvian and Bolivian sailors staged joint drills on Lake Titicaca.", ("PERMIL", "062", "BOLMIL")),
    # taking part in another's exercises is military cooperation, as holding them is
    ("Zambia took part in joint air force exercises with Botswana.", ("ZMB", "062", "BWA")),
    ("Estonian troops participated in naval drills with the Latvian navy.", ("ESTMIL", "062", "LVAMIL")),
    # lexicon families: verbs of one code share their objects
    ("Belgium stopped aid to Burundi.", ("BEL", "162", "BDI")),
    ("Norway terminated its military aid to Uganda.", ("NOR", "162", "UGA")),
    ("Malaysia returned the stranded Thai fishermen.", ("MYS", "0841", "THA")),
    ("Latvia voiced sympathy for Estonia after the storm.", ("LVA", "018", "EST")),
    ("Armenia repudiated the Turkish proposal.", ("ARM", "120", "TUR")),
    ("Senegal made concessions to Gambia on fishing rights.", ("SEN", "080", "GMB")),
    ("Denmark lifted visa requirements for Moroccan students.", ("DNK", "081", "MAREDU")),
])
def test_breadth_rules_code(text, expected):
    # a target state may carry a sector where the text names one ('villages' → LBYCVL, 'fishermen' → THAAGR)
    source, code, target = expected
    assert any(s == source and c == code and (t == target or (t or "").startswith(target or "-"))
               for s, c, t in _events(text)), _events(text)


@pytest.mark.parametrize("text, code", [
    ("Peruvian sailors staged drills on Lake Titicaca.", "150"),  # not joint: a show of force
    ("Iranian and Iraqi forces launched a joint offensive against the rebels.", "190"),  # joint force is force
])
def test_acting_jointly_leaves_force_alone(text, code):
    codes = {c for _, c, _ in _events(text)}
    assert code in codes and not codes & {"060", "061", "062"}, codes


def test_people_caught_are_arrested_by_the_police_of_the_place():
    events = _events("Two smugglers were caught crossing the border near Kasane in Botswana.")
    assert ("BWACOP", "173", "BWACRM") in events
    assert not any(source == "BWA" for source, _, _ in events)   # a town or state is no agent
