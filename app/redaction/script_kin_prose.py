"""A relative's name in running text right after the word for them, in scripts without
capital letters, where no label, colon or bracket sets it off: "案主表示其配偶林雅婷失業"
(her spouse Lin Yating), "남편 김민수가 ..." (her husband Kim Minsu), "تم إبلاغ الأخ سامي
الخطيب." (the brother Sami al-Khatib was told), "همسر مددجو، رقیه احمدی، ..." (the client's
wife, Roqayeh Ahmadi), "בת הזוג ענבר עודכנה" (the partner Inbar), "मरीज़ के बेटे राहुल
वर्मा को" (the patient's son Rahul Verma). Case notes, discharge letters and police
reports of these languages name the next of kin this way.

What follows the kin word is a name only in a name's shape, since the word is also
followed by ordinary words ("配偶失業", "الأخ الأكبر", "पति अस्पताल में"):
- Han and hangul: a surname and a given name as `cjk_names` reads a field's value (the
  name is written onto the next word in Chinese, a particle onto it in Korean);
- Arabic and Persian: two to four words, the first without the article "ال";
- Devanagari and Bengali: two words, or three before a postposition;
- Hebrew: one or two words;
each up to the first grammar word of its script (`script_names.STOP_WORDS`).
Gated on a letter of these scripts; one pattern a script family.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.cjk_names import person_value
from app.redaction.script_names import SCRIPTS, STOP_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "script_kin_prose"
SCORE: Final = 0.8


def _phrases(spaced: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in word_list(spaced))


_HAN_KIN: Final = _phrases(
    """
    配偶 配偶者 丈夫 妻子 太太 老公 老婆 儿子 兒子 女儿 女兒 父亲 母亲 父親 母親 哥哥 姐姐
    弟弟 妹妹 长子 長子 长女 長女 次子 孙子 孫子 孙女 孫女 家属 家屬 监护人 監護人 長男 次男
    次女 息子 兄长 兄長 姊姊 女婿 儿媳 兒媳 前夫 前妻 男友 女友 男朋友 女朋友 同居人
    其妻 其夫 其子 其女 其母 其父 之妻 之夫 之子 之女
    """
)
_HANGUL_KIN: Final = _phrases(
    """
    남편 아내 부인 아들 딸 어머니 아버지 배우자 보호자 형 누나 언니 오빠 동생 할머니 할아버지
    손자 손녀
    """
)
# Korean particles written onto a name: subject, topic, object, "to", "of", "and".
_HANGUL_PARTICLES: Final = tuple(
    word_list("에게 께서 이가 이는 이를 가 이 은 는 을 를 께 의 와 과 도 씨 님")
)
# A relative named by whose relative they are: "زوجة المريض" (the patient's wife); the
# bare construct form ("زوجة سامي", Sami's wife) is followed by a name that is no relative's.
_ARABIC_CONSTRUCT: Final = tuple(
    f"{kin} {whose}"
    for kin in word_list("زوجة زوج ابنة ابن والدة والد شقيق شقيقة")
    for whose in word_list("المريض المريضة المراجع المراجعة المتوفى المتوفاة")
)
_ARABIC_KIN: Final = _ARABIC_CONSTRUCT + _phrases(
    """
    الأخ الأخت الاخ الاخت الزوج الزوجة زوجها زوجته ابنه ابنها ابنته ابنتها الابن الابنة
    الأب الأم والده والدته والدها والدتها شقيقه شقيقها شقيقته شقيقتها أخوه أخته أخيه
    همسر همسرش پسر پسرش دختر دخترش برادر برادرش خواهر خواهرش پدر پدرش مادر مادرش
    """
)
# Whose relative: "الأخ المريض" is no name; "همسر مددجو" (the client's spouse) and "زوجة
# المريض" (the patient's wife) are followed by the name, often after a comma.
_ARABIC_WHOSE: Final = _phrases("مددجو بیمار المريض المريضة المراجع المراجعة ایشان وی")
_HEBREW_KIN: Final = _phrases(
    """
    בן_הזוג בת_הזוג בן_זוגה בת_זוגו בן_זוגו בת_זוגה אשתו בעלה בנו בתו בנה בתה אביו אמו אביה
    אמה אחיו אחותו אחיה אחותה הבן הבת האב האם
    """
)
_INDIC_KIN: Final = _phrases(
    """
    बेटे बेटा बेटी पुत्र पुत्री पत्नी पति भाई बहन माँ मां पिता पिताजी सास ससुर दामाद बहू
    मुलगा मुलगी आई वडील भाऊ बहीण नवरा बायको छोरा छोरी श्रीमान बुबा आमा दाइ दिदी भाइ बहिनी
    ছেলে মেয়ে স্বামী স্ত্রী ভাই বোন বাবা পুত্র কন্যা
    """
)


def _word(script: str) -> str:
    return f"[{SCRIPTS[script]}]+"


_HAN = SCRIPTS["cjk"]
_HANGUL = SCRIPTS["hangul"]
_ARABIC = SCRIPTS["arabic"]
_HEBREW = SCRIPTS["hebrew"]
_INDIC = SCRIPTS["devanagari"] + SCRIPTS["bengali"]
_HAN_NAME = re.compile(
    rf"(?:{trie_pattern(_HAN_KIN)})[ \u3000]?(?P<name>[{_HAN}]{{2,4}})"
    rf"|(?<![{_HANGUL}])(?:{trie_pattern(_HANGUL_KIN)})[ ]+(?P<hangul>[{_HANGUL}]{{2,6}})"
)
_ARABIC_NAME = re.compile(
    rf"(?<![{_ARABIC}])(?:{trie_pattern(_ARABIC_KIN)})"
    rf"(?:[ ]+(?:{trie_pattern(_ARABIC_WHOSE)}))?[ ]*[،,:]?[ ]*"
    rf"(?P<name>(?!ال){_word('arabic')}(?:[ ]{_word('arabic')}){{1,3}})"
)
_HEBREW_NAME = re.compile(
    rf"(?<![{_HEBREW}])(?:{trie_pattern(_HEBREW_KIN)})[ ]+"
    rf"(?P<name>{_word('hebrew')}(?:[ ]{_word('hebrew')})?)"
)
_INDIC_NAME = re.compile(
    rf"(?<![{_INDIC}])(?:{trie_pattern(_INDIC_KIN)})[ ]+"
    rf"(?P<name>[{_INDIC}]+(?:[ ][{_INDIC}]+){{1,2}})"
)
# A name of three words in these languages is followed by its postposition ("को", "ने",
# "এর"); a third word before the sentence's end is its verb.
_POSTPOSITION = re.compile(
    rf"[ ]+(?:{trie_pattern(tuple(w for w in STOP_WORDS if re.fullmatch(f'[{_INDIC}]+', w)))})"
    rf"(?![{_INDIC}])"
)
_HEBREW_LETTERS = _HEBREW.replace("'\"", "")  # the geresh's ASCII stand-ins are no letters
_HAS_LETTER = re.compile(f"[{_HAN}{_HANGUL}{_ARABIC}{_HEBREW_LETTERS}{_INDIC}]")


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The name's words up to the first grammar word of its script."""
    kept = []
    for w in re.finditer(r"\S+", text[start:end]):
        if w.group().strip("،,.") in STOP_WORDS:
            break
        kept.append(w)
        if w.group()[-1:] in "،,.":
            break
    return kept


def _han(m: re.Match[str]) -> Span | None:
    if m.group("name") is not None:
        run = m.group("name")
        for size in range(len(run), 1, -1):
            if person_value(run[:size]) is not None:
                return Span(m.start("name"), m.start("name") + size, KIND, RULE, SCORE)
        return None
    word = m.group("hangul")
    for particle in _HANGUL_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            word = word[: -len(particle)]
            break
    if 2 <= len(word) <= 4 and person_value(word) is not None:
        return Span(m.start("hangul"), m.start("hangul") + len(word), KIND, RULE, SCORE)
    return None


def script_kin_prose(text: str) -> list[Span]:
    """Relatives' names right after a kin word in running text (see the module)."""
    if text.isascii() or not _HAS_LETTER.search(text):
        return []
    spans = [s for m in _HAN_NAME.finditer(text) if (s := _han(m)) is not None]
    for pattern, fewest in ((_ARABIC_NAME, 2), (_HEBREW_NAME, 1), (_INDIC_NAME, 2)):
        for m in pattern.finditer(text):
            words = _words(text, m.start("name"), m.end("name"))
            if (
                pattern is _INDIC_NAME
                and len(words) == 3
                and not _POSTPOSITION.match(text, m.start("name") + words[-1].end())
            ):
                words = words[:2]  # the verb that closes the sentence, not a third name
            if len(words) < fewest:
                continue
            start = m.start("name") + words[0].start()
            end = m.start("name") + words[-1].end()
            while text[end - 1] in "،,.":
                end -= 1
            spans.append(Span(start, end, KIND, RULE, SCORE))
    return spans
