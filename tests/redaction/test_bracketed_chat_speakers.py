"""A chat export that brackets both the speaker and the time at each line's start
("[지민 한] [오후 2:05] 네", "[Odile Brassart] [09:14] ok"): the first bracket is a
person. Invented values; roles, bots and log levels in that place stay readable."""

from __future__ import annotations

import pytest

from app.redaction.chat_export_speakers import bracketed_speakers
from app.redaction.text import redact_text


def _speakers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in bracketed_speakers(text)]


@pytest.mark.parametrize(
    ("first", "second", "time"),
    [
        ("지민 한", "도윤 문", "오후 2:05"),
        ("한, 지민", "문, 도윤", "오전 9:41"),
        ("Odile Brassart", "Kwabena Asante", "09:14"),
        ("王芳", "李娜", "下午 3:02"),
    ],
)
def test_bracketed_speaker_before_bracketed_time(first: str, second: str, time: str) -> None:
    text = (
        f"[{first}] [{time}] 안녕하세요\n[{second}] [{time}] 네, 말씀하세요\n"
        f"[{first}] [{time}] 예약 확인 부탁드려요\n"
    )
    assert _speakers(text) == [first, second, first]
    out = redact_text(text).text
    assert first not in out
    assert second not in out
    assert f"] [{time}] " in out


@pytest.mark.parametrize(
    "text",
    [
        "[INFO] [10:12:01] service started\n[WARN] [10:12:05] disk at 91%\n",
        "[Agent] [10:01] hello\n[Customer] [10:02] hi\n",
        "[상담원] [오후 2:05] 안녕하세요\n[고객] [오후 2:06] 네\n",
        "[Ines Baptista] [09:14] only one line of the layout\n",
        "[12/03/2024, 10:14] Ines: a time first is another layout\n[12/03/2024, 10:15] Ana: ok\n",
    ],
)
def test_no_speaker(text: str) -> None:
    assert _speakers(text) == []
