"""A relative's or a companion's name in brackets beside the word for them, in scripts
without capital letters: a Japanese or Chinese contact line puts the kin word inside the
bracket before the name ("連絡先 03-... (長男 山田太郎)", "（妻：王芳）"), an Arabic one
puts the bracketed name after the word ("هاتف المرافق (سامي الخطيب)": the companion's
phone). The English form is `bracketed_kin_names.py`'s.

A bracket that holds a word, not a name ("(長男 同居)" is caught by the name test of
`script_names.cjk_name`; Arabic needs two to four words of its letters and no stop word).
Gated on a bracket and a letter of these scripts (substring and character tests).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.script_names import SCRIPTS, STOP_WORDS, cjk_name
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "script_kin_brackets"
SCORE: Final = 0.8

_CJK_KIN: Final = word_list(
    """
    長男 長女 次男 次女 三男 三女 息子 娘 夫 妻 父 母 兄 姉 弟 妹 祖父 祖母 孫 配偶者 家族 叔父 叔母
    伯父 伯母 義父 義母 保護者 儿子 女儿 兒子 女兒 丈夫 妻子 父亲 母亲 父親 母親 哥哥 姐姐 弟弟
    妹妹 配偶 家属 家屬 监护人 監護人
    아들 딸 남편 아내 부인 어머니 아버지 보호자 배우자 형 누나 언니 오빠
    """
)
_CJK: Final = SCRIPTS["cjk"]
_HANGUL: Final = SCRIPTS["hangul"]
# "(長男 山田太郎)", "（妻：王芳）", "(아들 김민수)": kin word, a space or colon, the name.
_INSIDE: Final = re.compile(
    rf"[(（][ \t]*(?:{trie_pattern(_CJK_KIN)})[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?P<name>[{_CJK}]+(?:[ \u3000・][{_CJK}]+)?|[{_HANGUL}]{{2,4}})[ \t]*[)）]"
)
_ARABIC_KIN: Final = word_list(
    """
    المرافق المرافقة مرافق مرافقة الزوج الزوجة زوج زوجة الأب الأم الاب الام الابن الابنة ابن
    ابنة الأخ الأخت الاخ الاخت ولي_الأمر ولي_الامر القريب القريبة الكفيل الكفيلة
    همراه پدر مادر همسر پسر دختر برادر خواهر سرپرست
    """
)
_ARABIC: Final = SCRIPTS["arabic"]
_ARABIC_WORD = f"[{_ARABIC}]+"
# "هاتف المرافق (سامي الخطيب)": the kin word, then its person's name in brackets.
_AFTER: Final = re.compile(
    rf"(?<![{_ARABIC}])(?:{trie_pattern(tuple(w.replace('_', ' ') for w in _ARABIC_KIN))})"
    rf"[ \t]*\([ \t]*(?P<name>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{1,3}})[ \t]*\)"
)
_HANGUL_NAME: Final = re.compile(f"[{_HANGUL}]+")
_HAS_LETTER: Final = re.compile(f"[{_CJK}{_HANGUL}{_ARABIC}]")


def bracketed_script_kin_names(text: str) -> list[Span]:
    """Names in brackets beside a kin or companion word (see the module docstring)."""
    if ("(" not in text and "（" not in text) or text.isascii():
        return []
    if not _HAS_LETTER.search(text):
        return []
    spans = []
    for m in _INSIDE.finditer(text):
        name = m.group("name")
        if _HANGUL_NAME.fullmatch(name) or cjk_name(name):
            spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    for m in _AFTER.finditer(text):
        if not any(w in STOP_WORDS for w in m.group("name").split()):
            spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
