"""One real TLS server for the server tests (session scope keeps the suite fast)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.harness import Harness


@pytest.fixture(scope="session")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    running = Harness(tmp_path_factory.mktemp("server-home")).start()
    yield running
    running.stop()
