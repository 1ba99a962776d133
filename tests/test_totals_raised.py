"""A bare 'total' that a new figure brings up ('bringing the total to 41') counts what the clause it follows
counts (dyad/counts.py _tally_kind, count_words.tsv). Sentences written for these tests."""

from dyad import extract


def _counts(text: str) -> set[tuple[str, int]]:
    return {(c.kind, c.number) for c in extract(text, published="2025-10-14").counts}


def test_a_total_raised_by_new_deaths_or_arrests_is_of_their_kind():
    assert ("kill", 63) in _counts("Three more patients died of dengue in Chittagong, bringing the total to 63.")
    assert ("arrest", 118) in _counts("Police detained nine more students overnight, raising the total to 118.")


def test_a_total_of_something_else_counts_no_people():
    assert _counts("The ministry spent a total of 41 million dollars on new clinics.") == set()
