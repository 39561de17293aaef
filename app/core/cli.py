"""Moved to `app.console` (core does no I/O). Kept only until `app/server/cli.py` calls
`app.console.run_cli(..., debug=args.debug)`; then delete this file and its exception in
the import-linter contracts (pyproject.toml)."""

from __future__ import annotations

from collections.abc import Callable

from app import console


def run_cli(command: Callable[[], int]) -> int:
    return console.run_cli(command, debug=False)
