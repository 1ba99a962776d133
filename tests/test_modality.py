"""dyad.modality: obligations reported of a third party are demands, conditional coercion is a threat,
an aim is no fact. Sentences written for these tests."""

import pytest

from dyad import extract
from dyad.codebooks import modals
from dyad.modality import demand_code, threat_code


def _events(text):
    return [(e.cameo, e.source.country or e.source.code, e.target.country or e.target.code if e.target else None)
            for e in extract(text, published="2023-11-01").events]


@pytest.mark.parametrize("text, code, source, target", [
    ("The Chilean foreign minister said Peru must halt its shelling of border villages.", "1056", "CHL", "PER"),
    ("Norway's prime minister said Sweden should withdraw its troops from the island.", "106", "NOR", "SWE"),
    ("The Kenyan president said Uganda has to release the detained fishermen.", "1053", "KEN", "UGA"),
    ("Canada said Mexico needs to negotiate with the strikers.", "108", "CAN", "MEX"),
    ("Argentina ought to end its blockade of the port, Brazil's president said.", "1056", "BRA", "ARG"),
])
def test_deontic_modal_of_a_third_party_is_the_speakers_demand(text, code, source, target):
    events = extract(text, published="2023-11-01").events
    assert (code, source, target) in [(e.cameo, e.source.country, e.target.country if e.target else None)
                                      for e in events]
    # the demanded act itself is not coded ('should': advice as much as obligation, kept as hypothetical)
    assert all(e.cameo[:2] == "10" or " should " in text and e.hypothetical for e in events)


def test_narrated_had_to_is_an_act():
    events = _events("Hungarian police had to close the border crossing with Serbia.")
    assert not any(c[:2] == "10" for c, _, _ in events)


@pytest.mark.parametrize("text, code, source, target", [
    ("Vietnam warned that it may strike Cambodian positions if the incursions continue.", "138", "VNM", "KHM"),
    ("Greece warned it would attack Turkish ships unless they left its waters.", "138", "GRC", "TUR"),
])
def test_conditional_coercion_is_a_threat(text, code, source, target):
    events = _events(text)
    assert (code, source, target) in events
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in events)


@pytest.mark.parametrize("text", [
    "Serbia sent troops to the border in order to attack Kosovo.",
    "Serbia massed tanks near the frontier so as to invade Kosovo.",
])
def test_purpose_of_an_act_is_not_a_fact(text):
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in _events(text))


def test_modal_lexicon_and_code_tables():
    words = modals()
    assert "deontic" in words["must"] and "deontic-to" in words["need"] and "conditional" in words["might"]
    assert demand_code("0871") == "107" and demand_code("0841") == "1053" and demand_code(None) == "100"
    assert demand_code("190", negated=True) == "1056"
    assert threat_code("191") == "1381" and threat_code("190") == "138" and threat_code("042") is None


def test_speech_cue_classes_are_validated(tmp_path):
    from dyad.codebooks import DictionaryError, speech_cue_classes
    classes = speech_cue_classes()
    assert "manner" in classes["whisper"] and "promise" in classes["pledge"] and "noun" in classes["pledge"]
    assert "tell" in classes["tell"] and "conjecture" in classes["believe"]
    bad = tmp_path / "cues.tsv"
    bad.write_text("lemma\tclass\tnote\nsay\tsaying\t\n")
    with pytest.raises(DictionaryError):
        speech_cue_classes(bad)


@pytest.mark.parametrize("text, cue", [
    ("The Danish envoy whispered that Iceland had already left the talks.", "whispered"),
    ("Lithuania's premier swore that her government would never recognise the vote.", "swore"),
])
def test_manner_of_speaking_and_commissive_cues_report_speech(text, cue):
    quotes = extract(text, published="2023-11-01").quotes
    assert [(q.kind, q.cue) for q in quotes] == [("indirect", cue)]


@pytest.mark.parametrize("text, kept", [
    # counterfactive verbs: what they prevent did not happen; their own act, if any, still counts
    ("Benin moved troops north to prevent clashes with Nigerien militias.", "154"),
    ("Riot police stopped marchers at the bridge and prevented them from storming the Zambian parliament.", None),
    ("Algeria refrained from shelling Moroccan border posts during the crisis.", None),
    ("Sri Lanka hopes to avoid a confrontation with India over fishing rights.", None),
    ("Patrols have deterred raids by Chadian rebels on the camps.", None),
    ("Diplomats from Qatar averted a war between Eritrea and Djibouti.", None),
])
def test_an_act_a_counterfactive_verb_governs_is_not_coded(text, kept):
    roots = {e.cameo[:2] for e in extract(text, published="2023-11-01").events}
    assert not roots & {"14", "15", "17", "18", "19", "20"} - ({kept[:2]} if kept else set())
    if kept:
        assert kept[:2] in roots


def test_counterfactive_verbs_are_a_kind_of_the_modal_lexicon():
    assert "counterfactive" in modals()["prevent"] and "counterfactive" in modals()["refrain"]


@pytest.mark.parametrize("text", [
    "Belarus denied that its border guards had beaten the Polish migrants.",
    "Ankara dismissed reports that its jets had bombed Kurdish villages in Iraq.",
])
def test_a_denied_act_is_not_coded_as_done(text):
    roots = {e.cameo[:2] for e in extract(text, published="2023-11-01").events}
    assert not roots & {"18", "19", "20"}


@pytest.mark.parametrize("text", [
    "Chile sent no troops to the Bolivian border.",
    "No Chilean soldiers crossed into Bolivia on Sunday.",
    "Chile said no diplomats would be expelled from Bolivia.",
])
def test_a_quantifier_of_none_on_an_argument_negates_the_act(text):
    found = extract(text, published="2024-06-10").events
    assert all(e.negated for e in found if e.cameo[:2] in ("08", "15", "16", "19"))


def test_a_negated_recognition_is_a_rejection():
    found = extract("No member of the African Union recognised the breakaway government of Somaliland.",
                    published="2024-06-10").events
    assert not [e for e in found if e.cameo == "054"]


@pytest.mark.parametrize("text, threat", [
    # a warning of what another party may do threatens no one, coded act or not
    ("Australian officials warned that the militants could regroup in the southern islands.", None),
    ("Lithuania warned that Belarus could build more camps near the border.", None),
    # a warning of what will befall a party threatens it
    ("Egypt warned that Ethiopia would pay a heavy price for filling the dam.", ("EGY", "ETH")),
    ("Azerbaijan warned that Armenia would face consequences.", ("AZE", "ARM")),
])
def test_a_warning_of_anothers_act_is_no_threat(text, threat):
    threats = {(e.source.code, e.target.code if e.target else None)
               for e in extract(text, published="2024-05-14").events if e.cameo.startswith("13")}
    assert threats == ({threat} if threat else set())
