"""Redaction tests share one loaded analyzer (the spaCy model takes seconds to load)."""

from __future__ import annotations

from typing import Any

import pytest

SECRET = b"test-project-secret-0123456789ab"


@pytest.fixture(scope="session")
def analyzer() -> Any:
    from app.redaction.analyzer import shared_analyzer

    return shared_analyzer()
