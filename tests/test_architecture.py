"""The dependency direction of DESIGN.md §2, checked on the source's import statements."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# package -> the app packages it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "redaction": {"core"},
    "workstation": {"core", "redaction"},
    "ui": {"core", "redaction", "workstation"},
    "server": {"core", "redaction"},
}
# Third-party modules that must stay out of a package.
FORBIDDEN_THIRD_PARTY: dict[str, set[str]] = {
    "core": {"PySide6", "requests", "sqlcipher3", "sqlite3", "fastapi", "keyring", "socket"},
    "redaction": {"PySide6", "requests", "fastapi"},
    "workstation": {"PySide6", "fastapi", "sqlalchemy", "uvicorn"},
    "ui": {"fastapi", "sqlalchemy", "uvicorn"},
    "server": {"PySide6"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def package_files(package: str) -> list[Path]:
    return sorted((APP / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    offenders = []
    for path in package_files(package):
        for name in imported_modules(path):
            parts = name.split(".")
            if parts[0] == "app" and len(parts) > 1 and parts[1] in ALLOWED:
                target = parts[1]
                if target != package and target not in ALLOWED[package]:
                    offenders.append(f"{path.relative_to(APP)} imports {name}")
            if parts[0] in FORBIDDEN_THIRD_PARTY[package]:
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself must be able to fail."""
    bad = tmp_path / "bad.py"
    bad.write_text("from app.server import cli\nimport PySide6.QtWidgets\n")
    assert {"app.server", "PySide6.QtWidgets"} <= imported_modules(bad)
