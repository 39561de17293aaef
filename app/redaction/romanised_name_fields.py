"""The romanised name of a Chinese, Japanese or Korean form: the field that repeats the
holder's name in Latin letters for a passport, a bank or a foreign office, under its own
caption ("ローマ字：TANAKA Hiro", "英字氏名: SATO Aki", "拼音：WANG Lei", "영문 성명: KIM
Minji"). The caption says the value is the name, whatever its words read as (a romanised
given name may spell a place); the whole value is masked, up to the field's end.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "romanised_name_field"
SCORE: Final = 0.9

_CAPTIONS = (
    r"ローマ字(?:氏名|表記)?|氏名[（(]ローマ字[）)]|英字氏名|英字表記|"
    r"(?:姓名)?拼音|英文(?:姓名|名字|名)|"
    r"영문[ \t]?(?:성명|이름|명)"
)
_FIELD = fast_regex.compile(
    rf"(?:{_CAPTIONS})[ \t]*[:：][ \t\u3000]*"
    r"(?P<name>\p{Latin}[\p{Latin}'’.-]*(?:[ \t,]{1,2}\p{Latin}[\p{Latin}'’.-]*){0,3})"
    r"(?=[ \t]*(?:\r?\n|$)|[\t\u3000|]|[ \t]{2,})"
)


def romanised_name_fields(text: str) -> list[Span]:
    """Values of the romanised-name captions of CJK forms (see the module)."""
    if text.isascii():
        return []
    return [Span(m.start("name"), m.end("name"), KIND, RULE, SCORE) for m in _FIELD.finditer(text)]
