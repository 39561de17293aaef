"""Every sync call has a timeout: a server that accepts the connection and then says nothing
(no TLS handshake, no answer) gives SyncTransportError instead of hanging the workstation."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from app.workstation.errors import SyncTlsError, SyncTransportError
from app.workstation.sync import SyncClient
from tests.server.harness import Harness


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A listening socket whose connections are accepted by the kernel and never answered."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


@pytest.mark.parametrize("call", ["health", "list_shards"])
def test_a_silent_server_times_out(harness: Harness, silent_port: int, call: str) -> None:
    config = harness.sync_config(
        server_url=f"https://127.0.0.1:{silent_port}",
        connect_timeout_s=0.3, read_timeout_s=0.3, retries=1, backoff_s=0.01,
    )  # fmt: skip
    client = SyncClient(config)
    client.token = "not-checked-because-nothing-answers"
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            getattr(client, call)()
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a generous bound; without timeouts the call never returns
    assert not worker.is_alive(), "the sync call hung"
    assert isinstance(outcome[0], SyncTransportError)
    assert not isinstance(outcome[0], SyncTlsError)  # silence is not a certificate problem
