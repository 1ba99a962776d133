"""Reported acts as accusations (CAMEO 112, PLOVER ACCUSE): a side that reports a hostile act done to it
accuses the perpetrator, also when the report comes before its cue ('Y shelled the town, X said') or is
credited with 'according to X'; a speaker who lays a deed on someone ('Y was behind the bombing', 'held Y
responsible for the clashes') accuses it. Reports of one's own side's acts, and those of the press,
police, residents, monitors and third states' diplomats, accuse no one."""

import pytest

from dyad import extract


def _accusations(text):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events if e.cameo.startswith("112")]


@pytest.mark.parametrize("text, expected", [
    # a report put after its cue, by the side that suffered the act
    ("Russian drones struck an energy facility in Odesa, the Ukrainian foreign ministry said.", ("UKR", "RUS")),
    ("Chinese coast guard vessels rammed a Philippine supply boat, the Philippine government said.",
     ("PHL", "CHN")),
    ("Israeli warplanes bombed a village near Tyre, the Lebanese government said on Tuesday.", ("LBN", "ISR")),
    ("Houthi rebels attacked a Saudi oil terminal with drones, Saudi Arabia said.", ("SAU", "YEM")),
    # 'according to X'
    ("According to Colombia, Venezuelan soldiers attacked a Colombian patrol.", ("COL", "VEN")),
    # predicates of responsibility
    ("Iraq said Turkish warplanes were responsible for the strike on Sinjar.", ("IRQ", "TUR")),
    ("Somalia said al-Shabaab militants were behind the bombing in Mogadishu.", ("SOM", "SOM")),
    ("Georgia held Russia responsible for the shelling of its villages.", ("GEO", "RUS")),
    ("Thailand held Cambodia responsible for the clashes.", ("THA", "KHM")),
    # a second act of the clause the parser reads as a modifier of its object; looting is a misdeed too
    ('"The Chadian army has entered our territory and looted farms," a Nigerien government spokesman said.',
     ("NER", "TCD")),
    ("The Ghanaian government said Togolese troops had looted shops in Aflao.", ("GHA", "TGO")),
])
def test_reported_act_accuses(text, expected):
    assert expected in _accusations(text)


@pytest.mark.parametrize("text", [
    # its own side's act
    "Ukrainian forces destroyed three Russian tanks, the Ukrainian defence ministry said.",
    "Turkish jets struck Kurdish targets in Iraq, the Turkish defence ministry said.",
    # police, the press, residents, monitors, a third state's diplomat
    "A suicide bomber attacked a mosque in Peshawar, Reuters reported.",
    "Reuters reported that gunmen attacked a bus in Pakistan.",
    "Rebels attacked a village in Darfur, residents said.",
    "Sudanese forces attacked protesters in Khartoum, the United Nations said.",
    "Myanmar's army bombed a village in Sagaing, a French embassy spokesman said.",
    # denied responsibility, a deed that is no hostile act, a denied act
    "The Nigerian army said it was not responsible for the bombing.",
    "India said Pakistan was responsible for the talks.",
    "Egypt said it did not attack the Libyan convoy.",
    # an act of the speaker's own forces together with a partner's
    "The Nigerien army said Nigerien and Chadian troops had jointly attacked the insurgents' bases.",
])
def test_report_without_accusation(text):
    assert _accusations(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A communique issued by the Malian army said Algerian-backed rebels ambushed a patrol.", ("MLI", "MLI")),
    ("Azerbaijan's statement that Armenia had violated the ceasefire was rejected by Yerevan.", ("AZE", "ARM")),
])
def test_statement_noun_speaks_for_its_issuer(text, expected):
    assert expected in _accusations(text)


def test_press_report_noun_accuses_no_one():
    assert _accusations("Al Jazeera's report that Saudi jets bombed a market in Yemen was widely shared.") == []


@pytest.mark.parametrize("text, expected", [
    # the agent of a reported passive act, and idioms of authorship whose subject is the deed
    ("The Armenian government said the village had been shelled by Azerbaijani troops.", ("ARM", "AZE")),
    ("Bolivia's interior minister said two of its officers had been abducted by Peruvian smugglers.",
     ("BOL", "PER")),
    ("Nigeria's army said the ambush was the work of Islamic State fighters from Niger.", ("NGA", "IMGISL")),
    ("The Afghan government said the massacre bore the hallmarks of the Islamic State.", ("AFG", "IMGISL")),
    # an idiom of blame as the main verb
    ("The Burundian president pointed the finger at Rwanda for the grenade attacks.", ("BDI", "RWA")),
])
def test_authorship_and_passive_agents_accuse(text, expected):
    assert any(s == expected[0] and (t or "").startswith(expected[1]) for s, t in _accusations(text))


@pytest.mark.parametrize("text", [
    "The Chilean opposition said the ballots had not been burned by the army.",  # denied
    "The Armenian government said the village would be shelled by Azerbaijani troops.",  # foretold
    "Police in Accra said the two men had been arrested by officers at the airport.",  # a police report
    "The Greek government said the migrants had been rescued by a Turkish coast guard vessel.",  # no hostile act
])
def test_no_accusation_by_passive_agent(text):
    assert _accusations(text) == []


def test_a_passive_report_with_an_agent_is_no_statement_about_the_patients():
    found = [(e.cameo, e.source.country, e.target.code if e.target else None) for e in extract(
        "Three union members were shot in Lahore. The union's president said the union members had been shot by "
        "activists of a rival party.", published="2024-05-02").events]
    assert not [t for t in found if t[0] == "010"]
    assert [t for t in found if t[0].startswith("112") and t[1] == "PAK"]


def test_the_aim_of_an_alleged_act_is_alleged_too():
    codes = [(e.source.code, e.cameo[:3]) for e in extract(
        "Ethiopia accused Eritrea of sending fighters across the border to support rebels in Tigray.",
        published="2024-05-02").events]
    assert ("ETH", "112") in codes
    assert not any(c[:2] in ("05", "07") for _, c in codes)  # the support is what Eritrea is accused of



def test_the_grounds_of_a_discipline_are_alleged_not_told():
    codes = [(e.source.code, e.cameo[:3], e.target.code if e.target else None) for e in extract(
        "Two Nepalese policemen were suspended for torturing a suspect in Pokhara.", published="2024-05-02").events]
    assert not any(c.startswith("18") for _, c, _ in codes), codes  # the torture is what they are suspended for


@pytest.mark.parametrize("text, expected", [
    # blame at home between political sides
    ("Nepal's Unity party said the Maoist Centre party was behind the attack on its office in Kathmandu.",
     ("NPL", "NPL")),
    ("Zambia's ruling party said the opposition was behind the riots in Lusaka.", ("ZMB", "ZMB")),
])
def test_a_political_side_laying_an_act_on_another_at_home_accuses_it(text, expected):
    assert expected in _accusations(text)


@pytest.mark.parametrize("text", [
    "The Chilean government said the police had used tear gas against the marchers in Santiago.",
    "Police in Kenya said the militants had attacked a bus near Mandera.",
])
def test_a_state_speaking_of_its_own_organs_or_police_reporting_accuse_no_one_at_home(text):
    assert _accusations(text) == []
