"""The shortcut table: no key bound twice, and schema keys never collide with tool keys."""

from __future__ import annotations

from app.core.label_schema import KEY_ORDER, RESERVED_KEYS
from app.ui.models.shortcuts import SHORTCUTS
from app.ui.models.windowing import PRESETS


def test_no_key_is_bound_twice() -> None:
    keys = [k for s in SHORTCUTS for k in s.keys]
    assert len(keys) == len(set(keys))


def test_single_letter_tool_keys_are_reserved_from_the_schema() -> None:
    letters = {k.lower() for s in SHORTCUTS for k in s.keys if len(k) == 1 and k.isalpha()}
    assert letters == set(RESERVED_KEYS)
    assert not letters & set(KEY_ORDER)


def test_presets_are_listed() -> None:
    listed = {k for s in SHORTCUTS for k in s.keys}
    assert {p.key for p in PRESETS} <= listed


def test_review_keys_are_bound_once() -> None:
    from app.ui.models.shortcuts import REVIEW_SHORTCUTS

    keys = [k for s in REVIEW_SHORTCUTS for k in s.keys]
    assert len(keys) == len(set(keys))
    assert {"1-9", "0", "Alt+R", "Ctrl+Return"} <= set(keys)
