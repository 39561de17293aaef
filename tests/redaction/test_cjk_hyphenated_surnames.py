"""A Japanese double surname joined by a hyphen after a name label ("担当医: 姓-姓 名"):
the whole name, not its first surname alone. Invented values."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize("joiner", ["-", "‐", "－"])
def test_hyphen_joined_surnames(joiner: str) -> None:
    name = f"松浦{joiner}宮園 千鶴"
    out = redact_text(f"外来診療記録\n担当医: {name}\n").text
    for part in ("松浦", "宮園", "千鶴"):
        assert part not in out
    assert "担当医" in out
