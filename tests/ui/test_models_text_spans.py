"""Span model: values, overlap lanes, word moves, find, UTF-16 offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ui.models.text_spans import (
    Selection,
    Span,
    Utf16Map,
    find_all,
    lanes,
    next_word,
    parse_span,
    previous_word,
    spans_at,
    word_at,
)  # fmt: skip


def test_overlapping_spans_get_separate_lanes_and_disjoint_ones_share() -> None:
    spans = [
        Span("a", 0, 10, "X"),
        Span("b", 2, 5, "Y"),
        Span("c", 4, 8, "Z"),
        Span("d", 12, 14, "X"),
    ]
    assert lanes(spans) == {"a": 0, "b": 1, "c": 2, "d": 0}
    assert [s.annotation_id for s in spans_at(spans, 4)] == ["b", "c", "a"]


def test_word_moves_and_double_click() -> None:
    text = "mild headache, since Monday."
    assert next_word(text, 0) == 4
    assert next_word(text, 4) == 13
    assert previous_word(text, 13) == 5
    assert previous_word(text, 15) == 5
    assert word_at(text, 7) == (5, 13)
    assert word_at(text, 13) == (13, 13)


def test_selection_trims_blanks() -> None:
    sel = Selection()
    sel.move(3, extend=False)
    sel.move(0, extend=True)
    assert sel.range == (0, 3)
    assert Selection(0, 6).trimmed(" ab c ") == (1, 5)


def test_find_is_case_insensitive() -> None:
    assert find_all("Pain, pain; PAIN", "pain") == [(0, 4), (6, 10), (12, 16)]
    assert find_all("abc", "") == []


def test_parse_span_drops_deleted_and_out_of_range() -> None:
    assert parse_span("a", {"start": 1, "end": 3, "label": "X"}, 5) == Span("a", 1, 3, "X")
    assert parse_span("a", {"start": 1, "end": 3, "label": "X", "deleted": True}, 5) is None
    assert parse_span("a", {"start": 1, "end": 9, "label": "X"}, 5) is None
    assert parse_span("a", {"start": True, "end": 3, "label": "X"}, 5) is None


def test_utf16_map_round_trips_astral_characters() -> None:
    text = "a😀b"
    m = Utf16Map(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.from_utf16(u) for u in range(5)] == [0, 1, 1, 2, 3]


@given(st.text(max_size=30), st.integers(0, 40))
def test_utf16_map_inverts(text: str, pos: int) -> None:
    m = Utf16Map(text)
    pos = min(pos, len(text))
    assert m.from_utf16(m.to_utf16(pos)) == pos
    assert m.to_utf16(len(text)) == len(text.encode("utf-16-le")) // 2
