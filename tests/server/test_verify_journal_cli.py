"""`cleanroom-server verify-journal`: the journal's offline check from the command line.

Server CLI tests belong in tests/server/ (owned by the server work): move this file there
(or into tests/server/test_cli.py) when the branches merge.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core.journal import ChainState, JournalChain, to_jsonl
from app.core.keys import SigningKey


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False
    )


def _journal(tmp_path: Path, key: SigningKey | None = None) -> tuple[Path, SigningKey, list[bytes]]:
    key = key or SigningKey.generate()
    chain = JournalChain(key, ChainState.start("d1"))
    records = [chain.append("login", {"n": i}, ts_ms=1000 + i) for i in range(4)]
    path = tmp_path / "journal.jsonl"
    data = to_jsonl(records)
    path.write_bytes(data)
    return path, key, data.splitlines()


def test_verify_journal_ok(tmp_path: Path) -> None:
    path, key, _ = _journal(tmp_path)
    result = run(
        "app.server.cli", "verify-journal", str(path), "--device-key", key.verify_key().b64u()
    )
    assert result.returncode == 0, result.stderr
    assert "4 entries" in result.stdout


def test_verify_journal_names_the_first_failing_line(tmp_path: Path) -> None:
    path, key, lines = _journal(tmp_path)
    path.write_bytes(b"\n".join([lines[0], lines[1], lines[3]]) + b"\n")
    result = run(
        "app.server.cli", "verify-journal", str(path), "--device-key", key.verify_key().b64u()
    )
    assert result.returncode == 20
    assert result.stderr.startswith("JournalSequenceError: line 3:")


def test_a_key_that_starts_with_a_dash_is_a_value_not_an_option(tmp_path: Path) -> None:
    # One base64url key in 64 starts with "-"; argparse alone would refuse the command.
    key = next(k for k in iter(SigningKey.generate, None) if k.verify_key().b64u()[0] == "-")
    path, _, _ = _journal(tmp_path, key)
    result = run(
        "app.server.cli", "verify-journal", str(path), "--device-key", key.verify_key().b64u()
    )
    assert result.returncode == 0, result.stderr
    assert "4 entries" in result.stdout
