"""Every message given at a raise site in app/ follows the house style: it starts with a
capital letter and ends with a full stop ("What happened; what to do."). The default
messages (class docstrings) are checked in test_exit_codes.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"


def raised_messages(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each literal message given to a raised error class; an f-string's
    placeholders read as {} (one that ends the message is an embedded message or clause)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        name = node.exc.func.id if isinstance(node.exc.func, ast.Name) else ""
        if not name.endswith("Error") or not node.exc.args:
            continue  # a helper such as fail("password") takes a reason code, not a message
        # JournalRejectedError(code, message): the message comes second
        first = node.exc.args[1 if name == "JournalRejectedError" else 0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((node.lineno, first.value))
        elif isinstance(first, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in first.values)
            found.append((node.lineno, text))
    return found


FILES = sorted(APP.rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(APP)))
def test_raised_messages_follow_the_style(path: Path) -> None:
    bad = [
        f"{path.relative_to(APP)}:{line}: {text!r}"
        for line, text in raised_messages(path)
        if not (text[:1].isupper() and text.rstrip().endswith((".", "{}")))
    ]
    assert not bad, "messages start with a capital and end with a full stop:\n" + "\n".join(bad)


def test_the_scan_finds_messages() -> None:
    lines = dict(raised_messages(APP / "core" / "policy.py"))
    assert any(text.startswith("Policy 'server_url'") for text in lines.values())
