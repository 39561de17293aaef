"""Fixtures of the window tests: one real server over TLS per test module, and a fresh
workstation folder per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.harness import Harness
from tests.ui.window_world import World, new_world


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    running = Harness(tmp_path_factory.mktemp("server-home")).start()
    yield running
    running.stop()


@pytest.fixture
def world(harness: Harness, tmp_path: Path) -> World:
    return new_world(harness, tmp_path / "ws")
