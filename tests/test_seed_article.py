"""The seed article (../shared/corpus/seed-israel-turkey.txt): what Dyad must get right on it (issue 2)."""

import pytest

PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "we", "i", "you"}


def _events(result, *, source, target, roots):
    """Events whose source/target country (or code prefix) and CAMEO root match."""
    def side(ref, want):
        return ref is not None and (ref.country == want or ref.code.startswith(want))
    return [e for e in result.events if side(e.source, source) and side(e.target, target) and e.cameo_root in roots]


@pytest.mark.parametrize("source, target, roots, speaker_word, what", [
    ("ISR", "TUR", {"16"}, None, "Israel recalls its diplomats from Turkey"),
    ("TUR", "ISR", {"16"}, "Erdogan", "Erdogan cancels his visit to Israel"),
    ("TUR", "ISR", {"11", "12"}, "Erdogan", "Erdogan speaks out against Israel"),
    ("TUR", "ISR", {"11"}, "Fidan", "Fidan accuses Israel of a crime against humanity"),
    ("ISR", "IGO", {"16"}, "Cohen", "Cohen cancels a meeting with Guterres"),
    ("ISR", "IGO", {"11"}, "Cohen", "Cohen lambasts the UN chief"),
    ("PSE", "ISR", {"18", "19", "20"}, "Hamas", "Hamas attacks Israel"),
])
def test_seed_events(seed_result, source, target, roots, speaker_word, what):
    found = _events(seed_result, source=source, target=target, roots=roots)
    assert found, f"missing: {what}"
    if speaker_word:
        assert any(speaker_word in e.source.name for e in found), f"{what}: sources {[e.source.name for e in found]}"


def test_seed_recall_is_cameo_161_family(seed_result):
    recalls = _events(seed_result, source="ISR", target="TUR", roots={"16"})
    assert any(e.cameo.startswith("161") and e.plover == "SANCTION" and e.quad_class == 4 for e in recalls)
    assert any(e.date == "2023-10-25" and e.date_text == "Last week" for e in recalls)
    assert any(e.attribution == "The Times of Israel" for e in recalls)


def test_seed_israel_tells_citizens_to_leave(seed_result):
    assert any(e.source.country == "ISR" and e.target is not None and e.target.country in ("ISR", "TUR")
               and "call" in e.verb.lower() for e in seed_result.events)


def test_seed_event_actors_are_never_pronouns(seed_result):
    for event in seed_result.events:
        for ref in (event.source, event.target):
            if ref is None:
                continue
            assert ref.name.lower() not in PRONOUNS and ref.code not in ("", "UNK"), event


def test_seed_event_offsets_point_at_evidence(seed_text, seed_result):
    for event in seed_result.events:
        assert seed_text[event.start_char:event.end_char] == event.evidence
        assert seed_text[event.verb_start:event.verb_end] == event.verb


def test_seed_quotes_speakers_and_sources(seed_result):
    quotes = seed_result.quotes
    assert len(quotes) >= 6
    speakers = {q.speaker.name for q in quotes if q.speaker}
    for name in ("Cohen", "Erdogan", "Fidan", "Guterres"):
        assert any(name in s for s in speakers), f"no quote by {name}: {speakers}"
    relayed = [q for q in quotes if q.according_to == "The Times of Israel"]
    assert len(relayed) >= 2
    erdogan = [q for q in quotes if q.speaker and "Erdogan" in q.speaker.name]
    assert any("We had a project to go to Israel" in q.text and q.cue == "added" and q.kind == "direct"
               for q in erdogan)
    cohen_x = [q for q in quotes if q.medium == "X"]
    assert cohen_x and "Cohen" in cohen_x[0].speaker.name


def test_seed_counts(seed_result):
    counts = {(c.kind, c.number, c.qualifier) for c in seed_result.counts}
    assert ("kill", 1400, "at least") in counts
    assert ("wound", 4500, "more than") in counts


def test_seed_persons_have_role_and_country(seed_result):
    by_name = {a.name: a for a in seed_result.actors}
    erdogan = next(a for n, a in by_name.items() if "Erdogan" in n)
    assert (erdogan.kind, erdogan.role, erdogan.country, erdogan.code) == ("person", "president", "TUR", "TURGOV")
    cohen = next(a for n, a in by_name.items() if "Cohen" in n)
    assert (cohen.role, cohen.country) == ("foreign minister", "ISR")
    fidan = next(a for n, a in by_name.items() if "Fidan" in n)
    assert (fidan.role, fidan.country) == ("foreign minister", "TUR")
    mentions = {m.text for m in erdogan.mentions}
    assert "Erdogan" in mentions and "the Turkish President" in mentions
