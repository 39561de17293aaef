"""Bank account numbers in three hyphenated digit groups with a long middle group (session
40): "branch-account-check" with ten or eleven digits, which fall short of the twelve a
grouped number needed before."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_fixed_shapes


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_fixed_shapes(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "D SMITH, Jo    123 456 789    415-9073316-2    0001200.00\n",
            "415-9073316-2",
            id="payroll line",
        ),
        pytest.param("paid to 042-738261-5 yesterday\n", "042-738261-5", id="ten digits"),
    ],
)
def test_grouped_accounts_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Seen 2024-03-15 at 10:00\n", id="a date"),
        pytest.param("ISBN 0-306-40615-2\n", id="an isbn-10"),
        pytest.param("range 12-345-67\n", id="short groups"),
    ],
)
def test_short_grouped_numbers_stay(text: str) -> None:
    assert not any(v.count("-") >= 2 for v in _values(text))
