"""Speakers of chat exports that write the time before the speaker (session 41,
chat_time_speakers): LINE's tab export and KakaoTalk's "date, time, speaker : message";
a schedule laid out with tabs, a bot and one line alone stay readable."""

from __future__ import annotations

from app.redaction.chat_time_speakers import chat_time_speakers
from app.redaction.text import redact_text

LINE_EXPORT = (
    "[LINE] Chat history with family\n"
    "2024/08/17 Sat\n"
    "08:40\t恵美\t駅に着いたよ\n"
    "08:41\t拓海\t了解、すぐ行く\n"
    "08:45\t恵美\t改札の前にいるね\n"
)
KAKAO_EXPORT = (
    "2024. 8. 17. 오전 9:02, 최서준 : 병원 어디야?\n"
    "2024. 8. 17. 오전 9:03, 한지민 : 세브란스 본관\n"
    "2024. 8. 17. 오전 9:05, 최서준 : 알겠어\n"
)


def test_line_export_speakers_are_found() -> None:
    found = [LINE_EXPORT[s.start : s.end] for s in chat_time_speakers(LINE_EXPORT)]
    assert found == ["恵美", "拓海", "恵美"]
    out = redact_text(LINE_EXPORT).text
    assert "恵美" not in out
    assert "拓海" not in out
    assert "改札の前にいるね" in out


def test_kakao_export_speakers_are_found() -> None:
    found = [KAKAO_EXPORT[s.start : s.end] for s in chat_time_speakers(KAKAO_EXPORT)]
    assert found == ["최서준", "한지민", "최서준"]
    out = redact_text(KAKAO_EXPORT).text
    assert "최서준" not in out
    assert "한지민" not in out


def test_tab_conversation_without_header_needs_name_shaped_speakers() -> None:
    chat = "19:10\t陽菜\tもう家？\n19:12\t大翔\tまだ\n19:13\t陽菜\t気をつけて\n"
    assert [chat[s.start : s.end] for s in chat_time_speakers(chat)] == ["陽菜", "大翔", "陽菜"]
    schedule = "09:00\t回診\t病棟\n10:00\t検査\tCT\n11:00\t回診\t外来\n"
    assert chat_time_speakers(schedule) == []


def test_bots_and_single_lines_stay() -> None:
    one = "2024. 8. 17. 오전 9:02, 최서준 : 병원 어디야?\n"
    assert chat_time_speakers(one) == []
    logs = "2024-08-17 09:02, ERROR : disk full\n2024-08-17 09:03, deploybot : retry\n"
    assert chat_time_speakers(logs) == []
