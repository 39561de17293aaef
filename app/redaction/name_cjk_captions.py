"""Chinese, Japanese and Korean names after a caption written without a colon, and before
an addressee's word written apart.

Registers, certificates and envelopes in these scripts caption a name by a word alone:
in brackets ("【父】鈴木 直人", the koseki's father), after a space at a line's start or
after a column gap ("부 권현우   모 신지민", a Korean family certificate's father and
mother; "寄件人 叶鹏", a parcel's sender; "担当医 斎藤 幹", a note's doctor), or with the
addressee's word after the name, apart ("王颖 收", "조도윤 귀하"). `cjk_names.py` needs a
colon, a tab or a wide gap before the value; `han_role_names.py` the name glued on.

The caption is a kinship or register word, or a role of `script_names.ROLE_LABELS`; the
value must still have a name's shape by `cjk_names.person_value` (a ranked surname and
given characters), so a caption followed by a word ("부 담당" "father in charge") stays.
A caption that means the given name alone ("【名】康弘") takes one to three given
characters or two to four kana; a bracketed caption may take a name in Latin letters
("【配偶者】Nguyễn Quang"), its words capitalised and none common.

Gated on the scripts' letters (one class search); one compiled regex per shape.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.cjk_names import GIVEN_CHARACTERS, person_value
from app.redaction.name_forms import COMMON
from app.redaction.script_names import CJK_LETTERS, KANA, ROLE_LABELS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "cjk_caption_names"
SCORE: Final = 0.8

_HAS_LETTER = re.compile(f"[{CJK_LETTERS}]")

# Kinship and register captions of family registers, certificates, envelopes and forms
# (koseki 戸籍, 가족관계증명서, 户口簿), and the sender and addressee of a parcel or letter.
_KIN: Final = word_list(
    """
    名 父 母 子 養女 夫 妻 配偶者 長男 長女 二男 二女 三男 三女 養父 養母 養子 筆頭者 本人 届出人
    宛名 差出人
    父亲 母亲 父親 母親 丈夫 妻子 配偶 子女 儿子 女儿 兒子 女兒 户主 戶主 寄件人 收件人 发件人
    寄件者 收件者 发信人 收信人
    본인 부 모 배우자 자녀 남편 아내 아들 딸 세대주 발신인 수신인 보내는사람 받는사람 보내는_사람
    받는_사람
    """
)
_CAPTIONS: Final = tuple(
    sorted(
        {w.replace("_", " ") for w in _KIN}
        | {w for w in ROLE_LABELS if re.fullmatch(f"[{CJK_LETTERS} ]+", w)},
        key=len,
        reverse=True,
    )
)
# Captions of the given name alone ("【名】康弘"): the surname stands in its own field.
_GIVEN_ONLY: Final = frozenset(("名",))

# A name's value: one run of the scripts' letters, or two apart (a space, an ideographic
# space or a katakana middle dot between), then the line's end, a gap, punctuation or a
# bracket (a romanisation in brackets after it: "임예준 (LIM Ye-jun)").
_VALUE = rf"(?P<value>[{CJK_LETTERS}]{{1,7}}(?:[ \u3000・][{CJK_LETTERS}]{{1,7}})?)"
_AFTER = r"(?=[ \t\u3000]*(?:$|[,，、。;；(（)）【\[]|[ \t\u3000]{2}|\u3000))"
_CAPTIONED = re.compile(
    # in brackets, anywhere ("【父】", "[母]", "〔配偶者〕"), a value after it at once or spaced
    rf"(?:[【\[〔](?P<bracketed>{trie_pattern(_CAPTIONS)})[】\]〕][ \t\u3000]*"
    # or bare, at a line's start or after a column gap, then a space or two
    rf"|(?:^|(?<=[ \t\u3000]{{2}})|(?<=\u3000)|(?<=\t))[ \t]*"
    rf"(?P<bare>{trie_pattern(_CAPTIONS)})[ \u3000]{{1,2}})"
    rf"{_VALUE}{_AFTER}",
    re.MULTILINE,
)
# The addressee's word after the name, apart, ending the line: Chinese 收 / 收启 ("to be
# opened by"), Korean 귀하 / 님 / 앞 ("to"), Japanese 様 / 殿 / 宛.
_ADDRESSEE: Final = word_list("收 收启 收啟 亲启 親啟 启 귀하 님 앞 様 殿 宛")
_ADDRESSED = re.compile(
    rf"^[ \t\u3000]*{_VALUE}[ \u3000]+(?:{trie_pattern(_ADDRESSEE)})[ \t\u3000]*$",
    re.MULTILINE,
)
_ALL_KANA = re.compile(f"[{KANA}]{{2,4}}")
# A bracketed caption's value in Latin letters, a foreign spouse's or parent's name in a
# register ("【配偶者】Nguyễn Quang"): two to four capitalised words up to the line's end
# or a gap.
_LATIN_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
_BRACKETED_LATIN = re.compile(
    rf"[【\[〔](?:{trie_pattern(_CAPTIONS)})[】\]〕][ \t\u3000]*"
    rf"(?P<latin>{_LATIN_WORD}(?:[ ]{_LATIN_WORD}){{1,3}})"
    r"(?=[ \t]*(?:\r?\n|$)|\u3000|[ \t]{2})"
)


def _given_only(value: str) -> bool:
    """A given name alone: one to three given characters, or two to four kana."""
    if " " in value or "\u3000" in value:
        return False
    if 1 <= len(value) <= 3 and set(value) <= GIVEN_CHARACTERS:
        return True
    return _ALL_KANA.fullmatch(value) is not None


def cjk_caption_names(text: str) -> list[Span]:
    """Names after a caption without a colon, or before an addressee's word (see the
    module)."""
    if text.isascii() or not _HAS_LETTER.search(text):
        return []
    spans: list[Span] = []
    for m in _CAPTIONED.finditer(text):
        value = m.group("value")
        caption = m.group("bracketed") or m.group("bare")
        if caption in _GIVEN_ONLY and _given_only(value):
            name: str | None = value
        else:
            name = person_value(value)
        if name is not None and not value.startswith(name):
            name = None  # the shape took a caption in the value: leave it
        if name is not None:
            start = m.start("value")
            spans.append(Span(start, start + len(name), KIND, RULE, SCORE))
    if "】" in text or "]" in text or "〕" in text:
        for m in _BRACKETED_LATIN.finditer(text):
            words = m.group("latin").split()
            if all(w[0].isupper() and w.casefold() not in COMMON for w in words):
                spans.append(Span(m.start("latin"), m.end("latin"), KIND, RULE, SCORE))
    for m in _ADDRESSED.finditer(text):
        name = person_value(m.group("value"))
        if name is not None and m.group("value").startswith(name):
            start = m.start("value")
            spans.append(Span(start, start + len(name), KIND, RULE, SCORE))
    return spans
