"""A "Surname, Given" name after a word that leads to a person, one of whose words the
NER model read as a place. Invented values; a place pair after a place label stays a place."""

from __future__ import annotations

import pytest

from app.redaction.comma_place_names import names_read_as_places
from app.redaction.spans import Span


def _place(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "LOCATION", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        ("Worker: Quillfeather, Dakota   SIN: 000\n", "Dakota", "Quillfeather"),
        ("CERTIFIER: Madrid, Arnelio, license L-1\n", "Madrid", "Arnelio"),
        ("LIJEČNIK: Vukoja, Maj, tel. 01 000 000\n", "Vukoja", "Maj"),
        ("Firma AS, kontakt Brattli, Lillehammer\n", "Lillehammer", "Brattli"),
    ],
)
def test_pair_after_person_lead_is_a_name(text: str, place: str, other: str) -> None:
    out = names_read_as_places(text, [_place(text, place)])
    assert {(text[s.start : s.end], s.kind) for s in out} == {
        (place, "PERSON"),
        (other, "PERSON"),
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Address: 4 Elm Road, Austin, TX\n", "Austin"),
        ("Born in: Shelbyville, Indiana\n", "Shelbyville"),
        ("Worker: Austin, TX\n", "Austin"),  # a code of capitals: no name
        ("Worker:\nDenver, Colorado\n", "Denver"),  # the pair on the next line
    ],
)
def test_place_pairs_stay(text: str, place: str) -> None:
    span = _place(text, place)
    assert names_read_as_places(text, [span]) == [span]
