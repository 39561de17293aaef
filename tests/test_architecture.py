"""The dependency rules (docs/ARCHITECTURE.md) are import-linter contracts in pyproject.toml,
run by `make lint`. These tests run them too, and prove that they catch a forbidden import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# file -> a forbidden import added to it -> the contract that must then break
VIOLATIONS = [
    ("app/core/labels.py", "import sqlite3", "No I/O libraries in core"),
    ("app/core/policy.py", "import PIL.Image", "No I/O libraries in core"),
    ("app/core/keys.py", "from ..workstation import errors", "Workstation layers"),
    ("app/workstation/outbox.py", "import PySide6.QtCore", "Qt only in app.ui"),
    ("app/workstation/paths.py", "import sqlalchemy", "SQLAlchemy, FastAPI and uvicorn"),
    ("app/redaction/patterns.py", "import keyring", "Redaction holds no store"),
    ("app/ui/__init__.py", "import app.server", "The server is never imported"),
    ("app/ui/__init__.py", "import app.redaction.text", "The window reaches redaction only"),
    ("app/console.py", "import app.workstation", "The console (run_cli) is a leaf"),
]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_the_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_catch_forbidden_imports(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for file, line, _ in VIOLATIONS:
        with (tmp_path / file).open("a", encoding="utf-8") as fh:
            fh.write(f"\n{line}  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    broken = {line for line in result.stdout.splitlines() if line.endswith("BROKEN")}
    for _, _, contract in VIOLATIONS:
        assert any(line.startswith(contract) for line in broken), (contract, result.stdout)
    assert "app.core.labels -> sqlite3" in result.stdout
