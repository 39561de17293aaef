"""A request body over the server's limit is refused with 413 and a reason, whether its
size is declared up front or only found while it streams in; nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator

from app.server.models import Label
from tests.server.harness import Harness, new_workstation


def chunks(total: int, size: int = 1 << 20) -> Iterator[bytes]:
    yield b'{"labels": [{"pad": "'
    for _ in range(total // size):
        yield b"x" * size
    yield b'"}]}'


def test_declared_body_over_the_limit_is_refused(harness: Harness) -> None:
    ws = new_workstation(harness)
    body = b"".join(chunks(harness.config.max_body_bytes + 1))
    response, _ = ws.client._request("POST", "/v1/labels", data=body)
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_streamed_body_over_the_limit_is_refused(harness: Harness) -> None:
    ws = new_workstation(harness)
    with harness.db() as db:
        before = db.query(Label).count()
    response, _ = ws.client._request(
        "POST", "/v1/labels", data=chunks(harness.config.max_body_bytes + 1)
    )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    with harness.db() as db:
        assert db.query(Label).count() == before
