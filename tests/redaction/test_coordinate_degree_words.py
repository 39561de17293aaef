"""Coordinates with the degree written as a word or with the characters typed for it
("64.89871deg N", "40º 26′ 46″ N", "12.50 degrees S"), with the address segments and the
sentence around them: masked whole, also when a full stop ends the sentence right after
the last hemisphere letter; a version number or a score with a letter after it stays."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses
from app.redaction.coordinates import find_coordinates


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    spans = find_coordinates(text) + find_addresses(text)
    return any(s.start <= start and end <= s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GPS 64.89871deg N, 79.29433deg E", "64.89871deg N, 79.29433deg E"),
        ("pos 12.50 degrees S 45.20 degrees E", "12.50 degrees S 45.20 degrees E"),
        ("at 51.5072 deg. N 0.1276 deg. W", "51.5072 deg. N 0.1276 deg. W"),
        ("at 48.8584º N 2.2945º E", "48.8584º N 2.2945º E"),
        ("at 48.8584˚N 2.2945˚E", "48.8584˚N 2.2945˚E"),
        ("40deg26m46sN 79deg58m56sW", "40deg26m46sN 79deg58m56sW"),
        ("40º 26′ 46″ N 79º 58′ 56″ W", "40º 26′ 46″ N 79º 58′ 56″ W"),
        # a full stop ends the sentence after the pair
        ("collided with her bicycle at 24.43235N 99.21664E. Our client", "24.43235N 99.21664E"),
        ("at 14.18957S 8.86039W.", "14.18957S 8.86039W"),
    ],
)
def test_degree_words_and_sentence_ends(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Firmware 12.34N 5.67E.8 installed",
        "Scores 12.5 degrees higher",
        "temperature 38.5 deg C",
    ],
)
def test_no_position(text: str) -> None:
    assert [s for s in find_coordinates(text) if s.kind == "COORDINATES"] == [], text
