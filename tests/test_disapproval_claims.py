"""Claims of another side's misdeeds as disapproval (CAMEO 11, PLOVER ACCUSE): a speaker who says another
state armed, funded or sheltered armed groups, or meddled in its affairs, accuses it (112) rather than
crediting it with aid; a speaker who calls another's act an error or a blunder criticises it (111); a
speaker who says another was behind an explosion or violated its sovereignty accuses it, also in a
participial 'saying ...' after the speaker's own act. Aid to a government, a state's own help and
neutral reports accuse no one."""

import pytest

from dyad import extract


def _disapprovals(text):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events if e.cameo_root == "11"]


@pytest.mark.parametrize("text, expected", [
    # aid said to go to armed groups
    ("Burkina Faso's junta said Ivory Coast had armed the jihadists operating in the north.", ("BFA", "CIV")),
    ("The Chadian defence minister said Libya was funding the rebels in the east.", ("TCD", "LBY")),
    ("Uganda said South Sudan had sheltered the militia that raided its villages.", ("UGA", "SSD")),
    # meddling
    ("Nicaragua's foreign minister said Costa Rica was interfering in its internal affairs.", ("NIC", "CRI")),
    ("The Georgian prime minister said Russia had meddled in the election.", ("GEO", "RUS")),
    # violating another's sovereignty, airspace, a truce
    ("Cyprus said Turkey's drilling ship had violated its exclusive economic zone.", ("CYP", "TUR")),
    # a participial 'saying' after an act: the actor accuses whom it says did the deed
    ("Kenyan troops bombed the camp, saying Somali militants had attacked a Kenyan base.", ("KEN", "SOM")),
    # an act judged an error
    ("Portugal's president said Spain's decision to close the border was a serious error.", ("PRT", "ESP")),
    ("Austria said the Italian quota on lorries was a blunder.", ("AUT", "ITA")),
    # behind an explosion
    ("Syria said Israel was behind the blast at the air base.", ("SYR", "ISR")),
])
def test_claimed_misdeed_is_disapproval(text, expected):
    assert expected in _disapprovals(text)


@pytest.mark.parametrize("text", [
    "Japan said it had funded a new water plant in Cambodia.",
    "Norway pledged to fund the reconstruction of schools in Ukraine.",
    "The Dutch foreign minister said Germany had supplied generators to Moldova.",
    "Reuters reported that the blast damaged several buildings in the port.",
    "Estonia praised Finland's decision to join the alliance.",
    "Belgian police raided three flats, saying the suspects had been under watch for months.",
])
def test_no_disapproval_without_a_misdeed(text):
    assert _disapprovals(text) == []


@pytest.mark.parametrize("text, target", [
    # 'accused X of <misdeed> <victims>': X is accused, not the victims the misdeed names
    ("The Tuareg rebels accused the Malian army of bombing villages.", "MLIMIL"),
    ("A UN panel accused Burundi of the torture of detained students.", "BDI"),
])
def test_the_accused_is_the_direct_object_not_the_victims_of_the_misdeed(text, target):
    found = [(e.cameo, e.target.code if e.target else None) for e in extract(text, published="2024-05-02").events
             if e.cameo_root == "11"]
    assert found and all(code == target for _, code in found)


@pytest.mark.parametrize("text, expected", [
    # a rejection or denial of 'the accusation' answers whoever made it earlier in the article
    ("Lithuania accused Belarusian guards of pushing migrants across the border. Belarus rejected the accusation.",
     ("BLR", "LTU")),
    ("Kenya criticised Somalia over the auction of oil blocks.\n\nSomalia dismissed the criticism on Monday.",
     ("SOM", "KEN")),
])
def test_a_rejected_charge_answers_its_maker(text, expected):
    found = [(e.source.country, e.target.country if e.target else None) for e in
             extract(text, published="2024-05-02").events if e.cameo_root in ("01", "11", "12")]
    assert expected in found
