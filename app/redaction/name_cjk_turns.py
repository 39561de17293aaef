"""Chinese, Japanese and Korean names that chat turns and messages write without a label:
the writer introducing themself ("你好，我是王芳，手机号..." "hello, I am Wang Fang";
"私は山田花子です"; "저는 김민준입니다"), and the name in brackets after the role that
opens a turn ("客服（李强）：" the support agent Li Qiang, "担当(佐藤)：").

`cjk_names.py` reads a name after a label and its colon; here the cue is the phrase "I am"
before it, or the turn's role word before its brackets and the colon after them. The value
must still have a name's shape by `cjk_names.person_value` (a ranked surname and given
characters, or a Korean surname and given syllables), so "我是学生，" (I am a student) and
"客服（在线）：" (support, online) stay.

Gated on the scripts' letters and a substring test for each cue before any regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.cjk_names import person_value
from app.redaction.script_names import CJK_LETTERS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "cjk_turn_names"
SCORE: Final = 0.75

_HAS_LETTER = re.compile(f"[{CJK_LETTERS}]")

# "I am", "my name is" before a name, and what ends the name after it: punctuation, a
# blank, the line's end or a letter of another script; in Japanese and Korean the copula
# or "(I) am called" written onto the name.
_INTRODUCTIONS: Final = word_list(
    """
    我是 我叫 我的名字是 我名叫 本人是 我係 我是病人 我是患者
    私は わたしは 私、 わたくし、 わたくしは
    저는 제_이름은 나는
    """
)
_CUES: Final = tuple(w.replace("_", " ") for w in _INTRODUCTIONS)
_ENDINGS: Final = word_list("です と申します といいます だ 입니다 이에요 예요 이고 인데요 라고")
_INTRODUCED = re.compile(
    rf"(?:{trie_pattern(_CUES)})[ ]?(?P<name>[{CJK_LETTERS}]{{2,4}}?)"
    rf"(?=(?:{trie_pattern(_ENDINGS)})|[^{CJK_LETTERS}]|$)"
)
# A turn's role and the name in brackets after it, then a colon: "客服（李强）：".
_BRACKETED = re.compile(
    rf"^[ \t]*[{CJK_LETTERS}]{{1,6}}[ \t]*[（(](?P<name>[{CJK_LETTERS}]{{2,4}})[）)][ \t]*[:：]",
    re.MULTILINE,
)


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    spans = []
    for m in pattern.finditer(text):
        name = person_value(m.group("name"))
        if name is not None:
            start = m.start("name")
            spans.append(Span(start, start + len(name), KIND, RULE, SCORE))
    return spans


def cjk_turn_names(text: str) -> list[Span]:
    """Names a CJK chat turn introduces or brackets after its role (see the module)."""
    if text.isascii() or not _HAS_LETTER.search(text):
        return []
    spans = []
    if any(cue in text for cue in _CUES):
        spans += _spans(_INTRODUCED, text)
    if "（" in text or "(" in text:
        spans += _spans(_BRACKETED, text)
    return spans
