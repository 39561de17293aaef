"""Building and running the analyzer never opens a network connection."""

from __future__ import annotations

import socket

import pytest


def test_analyzer_builds_and_runs_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access during redaction")

    def refuse_lookup(*args: object, **kwargs: object) -> None:
        attempts.append(args[0] if args else None)
        raise OSError("DNS lookup during redaction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    # tldextract swallows fetch failures and falls back to its snapshot, so the test
    # records attempts instead of relying on an exception to surface.
    from app.redaction.analyzer import build_analyzer

    engine = build_analyzer()
    results = engine.analyze(
        text="Write to jane.doe@example.co.uk or visit https://example.com.au/x",
        language="en",
    )
    kinds = {r.entity_type for r in results}
    assert "EMAIL_ADDRESS" in kinds
    assert attempts == []


def test_missing_model_path_never_downloads() -> None:
    from app.redaction.analyzer import model_path

    # The model is a directory that exists: Presidio only downloads names it cannot find.
    assert (model_path() / "meta.json").is_file()
