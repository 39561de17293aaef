"""A transaction's own reference: an X12 BHT segment's BHT03 and BHT04, and a version
control commit's hash after its word (issue 15, session 42, split X). Layouts beyond the
split's: several segments on one line, another separator, upper-case references. Values
invented."""

from __future__ import annotations

import pytest

from app.redaction.commit_hashes import find_commit_hashes
from app.redaction.structured import find_structured
from app.redaction.x12 import find_x12_references


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "reference", "date"),
    [
        ("ST*270*0001~\nBHT*0022*13*7c41e09ab2d3*20250611*0915~\n", "7c41e09ab2d3", "20250611"),
        ("ISA*00~GS*HS~ST*270*0002~BHT*0022*13*INQ-48810*20240102*1200~NM1*PR*2*X~",
         "INQ-48810", "20240102"),
        ("BHT|0019|00|CLM99812|20231130|0800|CH\n", "CLM99812", "20231130"),
    ],
)  # fmt: skip
def test_bht_reference_and_date_are_masked(text: str, reference: str, date: str) -> None:
    assert {reference, date} <= _values(find_x12_references(text), text)
    assert {reference, date} <= _values(find_structured(text), text)


def test_bht_codes_and_time_stay() -> None:
    text = "BHT*0022*13*ab12cd34ef*20250611*0915~"
    assert _values(find_x12_references(text), text) == {"ab12cd34ef", "20250611"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("commit 4be1f09c2d7a\nAuthor: someone", "4be1f09c2d7a"),
        ("Reverted in Commit: 0a9f3c7e21 yesterday", "0a9f3c7e21"),
        ("commit 8d0c6b2e4f1a3579bd02468ace13579bdf024681 (HEAD -> main)",
         "8d0c6b2e4f1a3579bd02468ace13579bdf024681"),
    ],
)  # fmt: skip
def test_commit_hash_is_masked(text: str, value: str) -> None:
    assert value in _values(find_commit_hashes(text), text)
    assert value in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "We commit to deadbeef plans.",
        "commit 20240611 budget",
        "commit facade",
        "commit 3c85729 fixed it",
    ],
)
def test_commit_without_a_hash_stays(text: str) -> None:
    assert find_commit_hashes(text) == []
