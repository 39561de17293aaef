"""No code in app/ui names an API that takes content out of the window: printing, saving
dialogs, temporary files, image writers, Pillow's viewer (it writes temp files), the
desktop's URL/file opener, selectable-text flags or setting the clipboard.

Checked on the syntax tree (names and attributes, not comments or docstrings), so a use
cannot hide in a string and an explanation in a docstring does not trip it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
FORBIDDEN = frozenset(
    {
        "QPrinter", "QPrintDialog", "QPrintPreviewDialog", "QPrintPreviewWidget",
        "QPageSetupDialog", "QPdfWriter", "QFileDialog", "QImageWriter", "QTemporaryFile",
        "QTemporaryDir", "QDesktopServices", "QSaveFile", "ImageShow", "tempfile",
        "TextSelectableByMouse", "TextSelectableByKeyboard", "TextBrowserInteraction",
        "setMimeData", "setText", "setPixmap", "setImage",
    }
)  # fmt: skip
# Attribute names that are fine on anything but the clipboard: checked against the object.
CLIPBOARD_ONLY = frozenset({"setMimeData", "setText", "setPixmap", "setImage"})
ALLOWED = {("qt/guard.py", "setMimeData")}  # the guard empties a cancelled drag's data


def names(tree: ast.AST) -> list[tuple[str, int, str]]:
    """(name, line, what it is called on) for every Name, Attribute and imported name."""
    found: list[tuple[str, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.append((node.id, node.lineno, ""))
        elif isinstance(node, ast.Attribute):
            found.append((node.attr, node.lineno, ast.unparse(node.value)))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                found.extend((part, node.lineno, "") for part in alias.name.split("."))
            if isinstance(node, ast.ImportFrom) and node.module:
                found.extend((part, node.lineno, "") for part in node.module.split("."))
    return found


SOURCES = sorted(UI.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI)))
def test_no_way_out_is_named(path: Path) -> None:
    rel = str(path.relative_to(UI))
    for name, line, on in names(ast.parse(path.read_text(), str(path))):
        if name not in FORBIDDEN or (rel, name) in ALLOWED:
            continue
        if name in CLIPBOARD_ONLY and "clipboard" not in on.lower():
            continue
        pytest.fail(f"{rel}:{line} uses {name}")


def test_the_walk_sees_the_ui() -> None:
    assert any(p.name == "guard.py" for p in SOURCES)
    assert len(SOURCES) > 10
