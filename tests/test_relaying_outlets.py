"""Who relays a quotation (its ``according_to``), in the forms news uses besides 'according to X' and 'told X':
an outlet named after its state or city, a trailing 'X reported' the parser hangs inside the reported clause,
participles of relaying ('in comments carried by', 'quoted by'), an outlet referred back to ('the newspaper',
'it'), and a named outlet in apposition to its description (dyad/actors/mentions.py _outlet_named_after;
organisations.py named_outlets; coreference.py _outlet_described; quotes/indirect.py _trailing_relay,
_without_attribution; quotes/outlets.py _relaying_participle; quotes/speakers.py _named_body_at). Sentences
written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.according_to, q.text)
            for q in extract(text, published=PUBLISHED).quotes]


def _codes(text):
    return {a.name: a.code for a in extract(text, published=PUBLISHED).actors}


def test_an_outlet_named_after_its_state_or_capital_is_that_states_outlet_not_the_state():
    codes = _codes("The Moscow Times and China Daily reported that the Ghanaian envoy had left.")
    assert codes.get("Moscow Times") == "RUSMED" and codes.get("China Daily") == "CHNMED"
    assert "China" not in codes and "Moscow" not in codes
    quotes = _quotes("Police chief Omar Haddad said, according to the Jordan Times, that the gang had been "
                     "dismantled.")
    assert [(speaker, outlet) for speaker, outlet, _ in quotes] == [("Omar Haddad", "the Jordan Times")]


def test_a_trailing_outlet_verb_relays_the_clause_before_it():
    quotes = _quotes("Prime Minister Jan Dvorak said the deal was dead, Radio Prague reported.")
    assert quotes == [("Jan Dvorak", "Radio Prague", "the deal was dead")]


def test_participles_of_relaying_name_the_outlet_and_leave_the_reported_words():
    quotes = _quotes("Foreign Minister Tomas Brel said the talks had failed, in comments carried by state "
                     "television.")
    assert quotes == [("Tomas Brel", "state television", "the talks had failed")]
    interview = _quotes("The general said in an interview published on Sunday by Le Matin that the army was ready.")
    assert [outlet for _, outlet, _ in interview] == ["Le Matin"]
    quoted = _quotes("The spokesman for the foreign ministry, quoted by the Interfax news agency, said Moscow "
                     "would respond.")
    assert [outlet.split()[0] for _, outlet, _ in quoted] == ["Interfax"]


def test_a_body_that_releases_its_own_statement_relays_nothing():
    quotes = _quotes("The governor said in a statement released by the interior ministry that the dam was safe.")
    assert [outlet for _, outlet, _ in quotes] == [None]


def test_the_newspaper_and_the_paper_refer_back_to_the_named_outlet():
    text = ("The Harbour Gazette reported that the mayor had resigned. The newspaper said the mayor had been "
            "under investigation for months. According to the paper, two aides were also questioned.")
    quotes = _quotes(text)
    assert [(speaker, outlet.removeprefix("The ")) for speaker, outlet, _ in quotes] == \
        [("Harbour Gazette", "Harbour Gazette")] * 3
    assert quotes[2][2] == "two aides were also questioned"


def test_it_after_a_named_outlet_relays_the_sources_it_cites():
    quotes = _quotes("The Nordic Times reported on Tuesday that Finland would buy the jets. It cited defence "
                     "officials as saying the deal was worth $2 billion.")
    assert (quotes[-1][0], quotes[-1][1].removeprefix("The ")) == ("defence officials", "Nordic Times")


def test_an_outlet_named_right_after_its_kind_is_the_outlet():
    quotes = _quotes("Interior Minister Adam Rolek told the Moldovan daily Ziarul that the border would stay "
                     "closed.")
    assert [(speaker, outlet.split()[-1]) for speaker, outlet, _ in quotes] == [("Adam Rolek", "Ziarul")]


def test_a_named_outlet_in_apposition_to_its_description_speaks():
    quotes = _quotes("Hungary's state-run news service, Kestran News, reported that three army officers were "
                     "arrested.")
    assert [(speaker, outlet) for speaker, outlet, _ in quotes] == [("Kestran News", "Kestran News")]
    body = _quotes("The rebel movement, the Ardan Liberation Front, said its fighters had taken the town.")
    assert [speaker for speaker, _, _ in body] == ["Ardan Liberation Front"]


def test_a_name_that_reports_someones_saying_relays_it():
    quotes = _quotes("Kestralia reported that the interior minister said the border would close on Monday.")
    assert ("interior minister", "Kestralia") in [(speaker, outlet) for speaker, outlet, _ in quotes]
    classified = _quotes("The Kurdish outlet Rudovo reported that a commander said his fighters had retaken the "
                         "village.")
    assert [outlet.split()[-1] for speaker, outlet, _ in classified if speaker == "commander"] == ["Rudovo"]


def test_an_outlet_addressed_through_the_object_of_a_cue_relays():
    quotes = _quotes("The minister expressed his concern to Reuters that the talks would fail.")
    assert [(speaker, outlet) for speaker, outlet, _ in quotes] == [("minister", "Reuters")]


def test_a_trailing_interview_with_an_outlet_relays_the_clause():
    # the parser hangs ', in an interview with X' on the reported clause's verb
    quotes = extract("The Burundian minister said the troops would stay in Congo, in an interview with the BBC.",
                     published=PUBLISHED).quotes
    assert [(q.speaker.name, q.according_to) for q in quotes] == [("Burundian minister", "BBC")]


def test_an_outlet_or_a_document_that_speaks_itself_is_the_channel_its_words_come_through():
    quotes = _quotes('"The crossing was closed at dawn," the Tarsin Herald reported on Monday.')
    assert [(speaker, outlet) for speaker, outlet, _ in quotes] == [("Tarsin Herald", "Tarsin Herald")]
    agency = _quotes('"No ship has left the port since Friday," Agence France-Presse said.')
    assert [outlet for _, outlet, _ in agency] == [agency[0][0]] and agency[0][0]
    text = ("The Volta Workers Union issued a statement on Monday. The statement said the union would strike "
            "from June and that \"no mine will open.\"")
    assert {(speaker, outlet) for speaker, outlet, _ in _quotes(text)} == {("Volta Workers Union", "statement")}


def test_a_new_report_is_not_the_statement_another_body_issued_before():
    text = ("The Kessa Liberation Front issued a statement on Friday. The statement said its fighters held "
            "four towns.\n\nA report by the Orvane Institute says the government tortured detainees. "
            "\"Abuse is systematic,\" the report says.")
    speakers = {text: speaker for speaker, _, text in _quotes(text)}
    assert speakers["Abuse is systematic"] != "Kessa Liberation Front"


def test_an_outlet_described_in_apposition_or_referred_back_to_as_the_publication_relays_itself():
    described = _quotes("Meridia, a Kurdish news network, reported that the border crossing had reopened.")
    assert [(speaker, outlet) for speaker, outlet, _ in described] == [("Meridia", "Meridia")]
    text = ("The Harbour Gazette said the mayor had resigned. The publication said the mayor had been under "
            "investigation for months.")
    assert [(speaker, outlet) for speaker, outlet, _ in _quotes(text)] == [("Harbour Gazette", "Harbour Gazette")] * 2


def test_a_report_an_outlet_published_comes_through_that_outlet():
    quotes = _quotes("A Reuters report said that the port had been closed to grain ships.")
    assert [outlet for _, outlet, _ in quotes] == ["Reuters"]
    spoken = _quotes("Speaking to Gulf Online, campaigner Jane Holt said the arrests were unlawful.")
    assert [(speaker, outlet) for speaker, outlet, _ in spoken] == [("Jane Holt", "Gulf Online")]
