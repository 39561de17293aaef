"""The README's exit-code table is true: every CleanroomError class exits with the code of
the row that names it (or of its nearest named ancestor), every row names classes that
exist with that code, and every default message follows the message style."""

from __future__ import annotations

import builtins
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import app
from app.console import run_cli
from app.core.errors import CleanroomError

README = Path(__file__).resolve().parents[1] / "README.md"
# "(and any settings error)": a class whose name says it is about settings exits as 63.
SETTINGS_CODE = 63


def readme_table() -> dict[int, list[str]]:
    """code -> class names of the README's exit-code table."""
    text = README.read_text(encoding="utf-8")
    start = text.index("| code | meaning | classes |")
    rows: dict[int, list[str]] = {}
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        code, _meaning, classes = (cell.strip() for cell in line.strip("|").split("|"))
        rows[int(code)] = re.findall(r"\b[A-Z][A-Za-z]*(?:Error|Interrupt)\b", classes)
    return rows


def all_error_classes() -> list[type[CleanroomError]]:
    # Import every module, so that every error class is defined (server and redaction too).
    for module in pkgutil.walk_packages(app.__path__, "app."):
        importlib.import_module(module.name)
    found: list[type[CleanroomError]] = []
    todo = [CleanroomError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: (c.__module__, c.__name__))


TABLE = readme_table()
NAMED = {name: code for code, names in TABLE.items() for name in names}
CLASSES = all_error_classes()
BY_NAME = {cls.__name__: cls for cls in CLASSES}


def expected_code(cls: type[CleanroomError]) -> int | None:
    """The row naming the class, else its nearest named ancestor's row."""
    if "Setting" in cls.__name__:
        return SETTINGS_CODE
    for ancestor in cls.__mro__:
        if ancestor.__name__ in NAMED:
            return NAMED[ancestor.__name__]
    return None


def test_the_table_is_the_decided_one() -> None:
    codes = [0, 1, 2, 3, 4, 10, 20, 30, 40, 41, 42, 43, 44, 45, 50, 51, 52, 60, 61, 62, 63, 130]
    assert sorted(TABLE) == codes
    assert len(set(NAMED)) == sum(len(names) for names in TABLE.values())  # no name twice


def test_the_walk_finds_every_package() -> None:
    modules = {cls.__module__.split(".")[1] for cls in CLASSES if cls is not CleanroomError}
    assert {"core", "workstation", "server", "redaction"} <= modules


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_error_class_exits_as_the_table_says(cls: type[CleanroomError]) -> None:
    if cls is CleanroomError:
        return  # the abstract base: never raised itself
    assert cls.exit_code in TABLE, f"{cls.__name__} exits {cls.exit_code}, not in the README"
    assert cls.exit_code == expected_code(cls), f"{cls.__name__}: see the README's table"


@pytest.mark.parametrize(("name", "code"), sorted(NAMED.items()))
def test_every_named_class_exists_with_its_code(name: str, code: int) -> None:
    if name in BY_NAME:
        assert BY_NAME[name].exit_code == code
        return
    # The rows for exceptions that are not Cleanroom's: run_cli gives them the code.
    exc = getattr(builtins, name)
    assert issubclass(exc, BaseException)
    assert run_cli(lambda: (_ for _ in ()).throw(exc()), debug=False) == code


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_default_message_follows_the_style(cls: type[CleanroomError]) -> None:
    if cls is CleanroomError:
        return
    message = cls.default_message()
    assert message[:1].isupper(), f"{cls.__name__}: {message!r} starts with a capital"
    assert message.endswith("."), f"{cls.__name__}: {message!r} ends with a full stop"
    sentences = message.replace("e.g. ", "").replace("i.e. ", "").count(". ") + 1
    assert sentences <= 2, f"{cls.__name__}: {message!r} is one or two sentences"


def test_a_default_message_is_the_docstrings_whole_first_paragraph() -> None:
    # Regression: only the docstring's first line was used, cutting a message mid-sentence.
    from app.workstation.errors import InsecureKeyringError

    message = InsecureKeyringError().message
    assert message.startswith("The keyring backend is not secure")
    assert message.endswith("macOS Keychain or Secret Service).")
    assert "\n" not in message
