"""Both command lines end every run the same way: one line, the README's exit code, and a
traceback only with --debug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.console import UNEXPECTED, run_cli
from app.core.errors import ShardExpiredError
from app.core.keys import SigningKey
from app.workstation.errors import SyncOfflineError

ISSUER = SigningKey.generate().verify_key().b64u()
SECRET = "item text that must never reach a terminal"


def raising(exc: BaseException) -> int:
    raise exc


@pytest.mark.parametrize(
    ("exc", "code", "line"),
    [
        (ShardExpiredError(), 10, "ShardExpiredError: The shard has expired;"),
        (SyncOfflineError(), 52, "SyncOfflineError: This workstation has been offline"),
        (FileNotFoundError(2, "No such file or directory", "x.crshard"), 1, "OSError: No such"),
        (KeyboardInterrupt(), 130, "Interrupted."),
        (RuntimeError(SECRET), 1, UNEXPECTED),
        (KeyError(SECRET), 1, UNEXPECTED),
    ],
)
def test_one_line_and_the_exit_code(
    exc: BaseException, code: int, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(lambda: raising(exc), debug=False) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(line)
    assert err.count("\n") == 1
    assert SECRET not in err
    assert "Traceback" not in err


def test_debug_prints_the_traceback_then_the_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(lambda: raising(RuntimeError("boom")), debug=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("Traceback")
    assert "RuntimeError: boom" in err
    assert err.endswith(UNEXPECTED + "\n")


def test_success_passes_the_code_through(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(lambda: 0, debug=False) == 0
    assert capsys.readouterr() == ("", "")


def test_workstation_cli_takes_debug(tmp_path: Path) -> None:
    args = ["shard", "inspect", str(tmp_path / "missing.crshard"), "--issuer-key", ISSUER]
    plain = subprocess.run(
        [sys.executable, "-m", "app.workstation.cli", *args], capture_output=True, text=True
    )
    debug = subprocess.run(
        [sys.executable, "-m", "app.workstation.cli", "--debug", *args],
        capture_output=True,
        text=True,
    )
    assert (plain.returncode, debug.returncode) == (1, 1)
    assert plain.stderr.startswith("OSError:")
    assert "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr
