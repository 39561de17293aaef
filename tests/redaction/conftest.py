"""Redaction tests share one loaded analyzer (the spaCy model takes seconds to load)."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction import second_pass

SECRET = b"test-project-secret-0123456789ab"


@pytest.fixture(scope="session")
def analyzer() -> Any:
    from app.redaction.analyzer import shared_analyzer

    return shared_analyzer()


def second_pass_covers(text: str, value: str) -> bool:
    """Every character of `value` (first occurrence) lies in a second-pass finding."""
    start = text.index(value)
    spans = second_pass.find(text)
    return all(any(a <= i < b for a, b, _ in spans) for i in range(start, start + len(value)))


def second_pass_leaves(text: str, value: str) -> bool:
    """No second-pass finding touches `value` (first occurrence)."""
    start = text.index(value)
    end = start + len(value)
    return not any(a < end and start < b for a, b, _ in second_pass.find(text))
