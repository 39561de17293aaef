"""A Japanese or Chinese place with its administrative unit, written straight before the
name of the hospital or clinic it names ("…市…区市民病院"): the place is masked, the
facility's word stays (places.CJK_UNIT_PLACE)."""

from __future__ import annotations

import pytest

from app.redaction.places import find_places


def _places(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_places(text) if s.kind == "LOCATION"]


@pytest.mark.parametrize(
    ("place", "facility"),
    [
        ("札幌市中央区", "市民病院"),
        ("神戸市須磨区", "総合病院"),
        ("福岡市", "クリニック"),
        ("杭州市", "人民医院"),
    ],
)
def test_place_before_facility_is_found(place: str, facility: str) -> None:
    text = f"紹介先: {place}{facility} 内科\n"
    assert place in _places(text)


def test_unit_word_inside_a_longer_word_is_no_place() -> None:
    assert _places("紹介先: 市民病院 内科\n") == []
