"""The speaker of a chat export that writes the time BEFORE the speaker (the layout
`chat_export_speakers.py` reads puts it after):

- LINE's text export: "21:02<TAB>里佳<TAB>message" under its "[LINE]" header, one line a
  message, the time, the speaker and the message apart by tabs; the header's title names
  the other party ("[LINE] 井上 拓真とのトーク履歴");
- KakaoTalk's: "2025. 3. 11. 오후 8:13, 김정훈 : message", the date, the half of the day
  (오전/오후, AM/PM), the time, a comma, the speaker and a colon with blanks around it.

Two lines of a layout at least make it an export. A tab layout is a table as well (a
schedule's "09:00<TAB>回診<TAB>..."): there the speaker is read only under a LINE header,
or when it is a name in a script without capitals (`script_names.cjk_name` for Han, kana
and hangul) and a speaker speaks again after another has (a conversation, not a list).
Bots, log levels and role words stay readable. Gated on a colon and a digit before it.
"""

from __future__ import annotations

import itertools
from typing import Final

from app.redaction import fast_regex
from app.redaction.chat_export_speakers import names_nobody
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "chat_time_speaker"
SCORE: Final = 0.9

_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?)"
_HALF_DAY = r"(?:오전|오후|午前|午後|上午|下午|[AaPp]\.?[Mm]\.?)"
_TAB_LINE = fast_regex.compile(
    rf"(?m:^[ ]{{0,2}}(?:{_HALF_DAY}[ ]?)?{_TIME}\t(?P<speaker>[^\t\n]{{1,40}}?)[ ]?\t(?=\S))"
)
# A date of digits ("2025. 3. 11.", "2025/03/11", "11.03.2025"), then the time.
_STAMPED_LINE = fast_regex.compile(
    r"(?m:^[ ]{0,2}\d{1,4}[./-][ ]?\d{1,2}[./-][ ]?\d{1,4}\.?[ ]+"
    rf"(?:{_HALF_DAY}[ ]?)?{_TIME}[ ]*,[ ]*"
    r"(?P<speaker>[^:\n,\d][^:\n,]{0,39}?)[ ]:[ ](?=\S))"
)
_LATIN = fast_regex.compile(r"[A-Za-z]")
_CJK_LETTER = fast_regex.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_LINE_HEADER = fast_regex.compile(r"\[LINE\]|トーク履歴|チャット履歴|대화 내용|聊天记录|聊天記錄")


def _conversation(speakers: list[str]) -> bool:
    """A speaker speaks again after another one has."""
    seen: set[str] = set()
    for before, speaker in itertools.pairwise(speakers):
        seen.add(before)
        if speaker != before and speaker in seen:
            return True
    return False


def _script_name(name: str) -> bool:
    """A name in a script without capitals: a Chinese, Japanese or Korean one as
    `cjk_names` reads a field's value, or a given name alone of the characters given names
    are written with ("里佳", "和也"); in the other scripts, one to three words."""
    from app.redaction.cjk_names import GIVEN_CHARACTERS, KOREAN_GIVEN, person_value  # noqa: PLC0415

    if name.isascii() or _LATIN.search(name):
        return False
    if _CJK_LETTER.search(name):
        return (
            person_value(name) is not None
            or (len(name) <= 3 and set(name) <= GIVEN_CHARACTERS)
            or (len(name) == 2 and set(name) <= KOREAN_GIVEN)
        )
    return len(name.split()) <= 3


def _tab_speakers(text: str) -> list[Span]:
    found = list(_TAB_LINE.finditer(text))
    if len(found) < 2:
        return []
    header = _LINE_HEADER.search(text, 0, 200) is not None
    names = [m.group("speaker").strip() for m in found]
    if not header and not _conversation(names):
        return []
    return [
        Span(m.start("speaker"), m.start("speaker") + len(name), KIND, RULE, SCORE)
        for m, name in zip(found, names, strict=True)
        if not names_nobody(name) and (header or _script_name(name))
    ]


def _stamped_speakers(text: str) -> list[Span]:
    found = list(_STAMPED_LINE.finditer(text))
    if len(found) < 2:
        return []
    spans = []
    for m in found:
        name = m.group("speaker").strip()
        if not names_nobody(name):
            start = m.start("speaker") + m.group("speaker").index(name)
            spans.append(Span(start, start + len(name), KIND, RULE, SCORE))
    return spans


# LINE's export opens with the other party's name in its title, glued to a particle that
# no word search sees past: "[LINE] 井上 拓真とのトーク履歴" ("talk history with"),
# "[LINE] Chat history with Ana Lima", "[LINE] 김민준님과의 대화", "[LINE] 与王芳的聊天记录".
_LINE_TITLE = fast_regex.compile(
    r"(?m:^[ \t]*\[LINE\][ ]?(?P<prefix>Chat history with[ ]|与|與)?"
    r"(?P<name>[^\n\[\]]{1,40}?)"
    r"(?P<suffix>とのトーク履歴|님과의[ ]대화|과의[ ]대화|와의[ ]대화|的聊天记录|的聊天記錄)?"
    r"[ \t]*$)"
)


def _line_title(text: str) -> list[Span]:
    """The other party of a LINE export's title; a group's title ("[LINE] Chat history with
    family", "[LINE] トーク履歴") names nobody."""
    from app.redaction.name_forms import COMMON  # noqa: PLC0415

    m = _LINE_TITLE.search(text, 0, 300)
    if m is None or not (m.group("suffix") or m.group("prefix") == "Chat history with "):
        return []
    name = m.group("name").strip()
    if not name or names_nobody(name):
        return []
    latin = name.split() if name.isascii() else []
    if any(not w[0].isupper() or w.casefold() in COMMON for w in latin):
        return []
    return [Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)]


def chat_time_speakers(text: str) -> list[Span]:
    """Speakers of chat exports that write the time first (see the module)."""
    if ":" not in text:
        return []
    spans = _tab_speakers(text) if "\t" in text else []
    if "[LINE]" in text:
        spans += _line_title(text)
    if " : " in text or ": " in text:
        spans += _stamped_speakers(text)
    return spans
