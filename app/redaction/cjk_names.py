"""Chinese, Japanese and Korean names as the value of a field, in text written in those
scripts.

`script_names.py` reads a name after a label it knows ("姓名：", "担当者：", "報告者：");
forms invent labels without end ("通報者：", "担当：", "病人代號："), so here the value
itself is read, by the naming conventions of the three languages:
- a Chinese name is a surname of one or two characters from the published ranking
  (`surname_sets.CHINESE`, and the traditional forms below) followed by one or two given
  characters ("蔡淑華"), or the two written apart in either order, the given name first
  as in romanised and Western forms ("志 賴", "淑淑 張");
- a Japanese name is a surname from the published frequency ranking
  (`surname_sets.JAPANESE_KANJI`) followed by a given name of one to three kanji or two
  to four kana ("木村美加子", "佐藤あすか");
- a Korean name is a surname of Statistics Korea's ranking (`surname_sets.KOREAN`) and two
  given syllables of the commonest ("김민준", "김 순옥", "지후 한").

Such a run is a person only where it fills a field on its own: after a colon, a tab or
a table's "|", after a label and an ideographic space or two spaces, or alone on its line,
up to the end of the value; a role, an honorific or the next field's label after the name
("蔡淑華　藥師", "林真綾　様") is not part of it, and a romanisation in brackets after it is
masked too. Prose, clinical terms and place names that open with a surname's character
("高血压", "白内障", "林口区", "고혈압") fail the shape (given characters of the name
rankings, no disease radical, no place suffix) or stand in no field of their own.

Sources: the PRC Ministry of Public Security's 2020 household-registration ranking and the
ROC (Taiwan) Ministry of the Interior's 2018 surname statistics (traditional forms of the
top-100 surnames whose simplified form `surname_sets.CHINESE` lists, and Taiwan's frequent
surnames missing there); 名字由来net / Meiji Yasuda for the Japanese ranking; the Supreme
Court of Korea's given-name statistics for the Korean syllables.

Pure `re`; a text without Han, kana or hangul costs one search of a character class.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.script_names import (
    CJK_LETTERS,
    HAN,
    HANGUL,
    KANA,
    NAME_LABELS,
    ROLE_LABELS,
)
from app.redaction.spans import Span
from app.redaction.surname_sets import (
    CHINESE,
    CHINESE_LATIN,
    JAPANESE_KANJI,
    KOREAN,
    KOREAN_LATIN,
)
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "cjk_names"
SCORE: Final = 0.85

_HAS_CJK = re.compile(f"[{CJK_LETTERS}]")
_ALL_HAN = re.compile(f"[{HAN}]+")
_ALL_KANA = re.compile(f"[{KANA}]+")
# Characters no given name is written with: those of the radicals 疒 "sickness" (U+7592-
# U+7675) and 血 "blood" (U+8840-U+884B; Unihan orders the block by radical), which write
# the terms of disease ("高血压", "黄疸"), and the suffixes of administrative divisions,
# streets, stations and institutions, which end the names of places and firms ("林口区",
# "中山路", "上野駅", "田中内科", "山田医院").
_NOT_GIVEN = re.compile("[\u7592-\u7675\u8840-\u884b]")
_PLACE_ENDINGS: Final = tuple(
    "省市県縣区區町郡路街道号號"  # divisions and streets
    "駅站線线橋桥港園园館馆院科店社所局署課课部室会會屋堂"  # stations, institutions, firms
)

# Traditional forms of ranked surnames the simplified list writes, and surnames of
# Taiwan's top 100 not in it (ROC Ministry of the Interior, 2018).
_TRADITIONAL: Final = frozenset(
    word_list(
        """
    龍 賀 萬 聶 寧 費 項 車 畢 鮑 駱 閻 韋 魯 顏 歐 齊 藍 紀 關 龐 鄔 邊 翁 黃 楊 蔣 鄧 鍾 錢
    湯 賈 鄒 譚 盧 蕭 葉 陸 龔 顧 嚴 莊 溫 簡 游 詹 連 洪 邱 廖 賴 許 謝 郭 曾 蘇 潘 鄭 張 劉 陳
    吳 孫 馬 趙 韓 馮 羅 呂 蔡 林 王 李 周 徐 朱 胡 何 高 梁 宋 唐 董 袁 程 魏 丁 沈 姜 姚 余
    杜 方 石 江 施 柯 涂 卓 巫 凃 蘇 阮 侯 傅 范 白 田 康 古 戴 孔 包 季 溫
    """
    )
)
SURNAMES: Final = CHINESE | _TRADITIONAL | JAPANESE_KANJI
# The characters given names are written with most (simplified, traditional, Japanese
# kanji): the PRC Ministry of Public Security's 2020 national name report and its earlier
# lists of the commonest given names, the ROC Ministry of the Interior's 2018 name
# statistics (淑芬 雅婷 家豪 志明 ...), and the Japanese name rankings of Meiji Yasuda.
# A surname of one character written onto two more is a name only with these: a word of
# three characters often opens with a surname's ("白内障", "康复", "原因不明").
GIVEN_CHARACTERS: Final = frozenset(
    "".join(
        word_list(
            """
    伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰玉萍华红梅鑫波斌宇浩凯健俊帆帅旭宁龙
    林欣佳颖婷雪慧晶琳淑珍凤云莉丹燕玲蓉芬琴彬飞鹏辉建国文志海亮成东峰春晓晨阳雨思怡悦子
    梓涵轩睿博泽辰奕诺一依语桐可馨嘉彤萱琪雅钰妍瑶璐倩荣兵坤福生德新金庆祥贵山民清秋菊月
    花香美珠翠琼芝莲冬爱小永长立利武振良宏鸿斐凡乐洁婧露薇蕾菲莹璇瑾瑞琦琛瑜峻昊皓然霖宸
    铭锦航毅杨天伦正仁义礼智信忠孝贤豪家宝安康泰和顺达发财富兴旺昌盛光耀星江河澜源泉溪川
    岩岭松柏竹荷桃杏樱蕊芸芮茜蓓婉娴娇媛姗妮姝娥贞惠聪捷锋钢铁剑威雄卓越群旋胜中南西北京
    卫跃进学彦哲鹤凌峥嵘琰璟瑛珺玥晗昕晔曦朗逸尧舜禹翔鸣驰骏腾蔚蓝青翰墨书琪然莎丝纯静
    偉麗強軍艷傑濤輝紅蓮鳳雲蘭儀穎瑩潔君宜佩冠承宗銘鈞維賢榮興勝發龍鵬飛誠瑋筠蕙靜雯鈺詩
    妤庭綺蓁晴如姿容妙玫瑰珊霓達聖崇鴻曉陽語軒澤諾琦瑤璐倩慶貴華書樺楓
    美加子香奈愛優結翔太大郎二三介輔人斗真和浩博裕夫男樹也哉司直知誠恵絵理里沙紗咲菜綾
    彩穂千夏桜篤由希未来麻衣央七実舞萌悠颯陸湊蒼碧凛葵芽心暖貴隆幸次治義茂進昭豊稔功勉巧
    拓徹亘亨聡伸晃純淳潤充満章善範則道史保寛広剛竜虎鷹百合瞳藍瑠璃琴歌紀記織空宙日朝晶彰
    尚友朋匠翼遥遼渉歩彩奏蘭舞綾远遠修涼弘幹代助
            """
        )
    )
)

# The syllables Korean given names are written with most: the Supreme Court of Korea's
# family-register statistics of the names given each year (민준 서준 도윤 서연 지우 하은 ...,
# and the older 영수 정호 상철 영자 순자 영숙 미경 ...). A Korean name in a field is a
# surname of `surname_sets.KOREAN` and two of these: Korean words of three syllables
# often open with a surname's ("고혈압", "연락처", "신청인").
KOREAN_GIVEN: Final = frozenset(
    "".join(
        word_list(
            """
    민준서도윤예시우하주원지호후현건진선재연유정승혁은환찬성규수태동결한이안율빈훈람로운
    채아다소린가영나철식광상자숙명경순희미혜옥일석용기남봉만길덕복분례애란향화인슬솔별보
    새봄늘비리라세혁범중창병웅종근택열형효겸담설송
            """
        )
    )
)
# Korean words that stand before a noun as a surname stands before a given name: "이"
# (this: "이 경우"), "한" (one: "한 명").
_KOREAN_NOT_APART: Final = frozenset(("이", "한"))
_ALL_HANGUL = re.compile(f"[{HANGUL}]+")

# A field's value: after a colon, a tab, a cell border, a word and a wide gap, or at a line's
# start; letters of Han, kana and hangul, in at most two parts apart (an ideographic space,
# a space or a katakana middle dot between). A Korean name may open with the father's and
# the mother's surnames joined by a hyphen ("강-김지후"), as some families write them.
_VALUE = re.compile(
    rf"(?:[:：|\t]|^|(?<=[{CJK_LETTERS}])(?:\u3000|[ ]{{2,}}))[ \t\u3000]*"
    rf"(?P<value>(?:[{HANGUL}]{{1,2}}-)?[{CJK_LETTERS}]{{1,7}}"
    rf"(?:[ \u3000・][{CJK_LETTERS}]{{1,7}})?)"
    rf"(?![{CJK_LETTERS}])",
    re.MULTILINE,
)
# A bilingual form's romanisation in brackets after the name: "吳淑華（WU, Shu-Hua）".
_ROMANISED = re.compile(
    r"[ \u3000]?[(（][ ]?(?P<latin>[A-Za-z][A-Za-z'-]+(?:,?[ ][A-Za-z][A-Za-z'-]+){0,3})[ ]?[)）]"
)
_ROMAN_SURNAMES: Final = CHINESE_LATIN | KOREAN_LATIN
# What may follow a name in its field: the line's end, a blank, punctuation, a bracket.
_END = re.compile(r"[ \t\u3000]*(?:$|[\n\r|,，、。.;；()（）\[\]【】「」/／]|[ \t\u3000])")
_ROLE_WORDS: Final = frozenset(NAME_LABELS) | frozenset(ROLE_LABELS)
# The endings of CJK role nouns: -師 pharmacist, -士 nurse, -者 -er, -員 staff, -長 chief,
# -官 officer ("藥師", "看護師", "薬剤師", "報告者").
_ROLE_ENDINGS: Final = tuple("師师士者員员長长官")
# Honorifics written after a name (Japanese, Chinese).
_HONORIFICS: Final = frozenset(word_list("様 さま さん 殿 先生 氏 くん ちゃん 女士 小姐 君"))


def _role(word: str) -> bool:
    return word in _ROLE_WORDS or (len(word) >= 2 and word.endswith(_ROLE_ENDINGS))


# Japanese given names of kana and a last kanji of the commonest endings ("くみ子", "ゆり恵").
_KANA_THEN_KANJI = re.compile(f"[{KANA}]{{1,3}}[子美恵代江枝乃香奈]")


def _given(rest: str, japanese: bool) -> bool:
    """A given name: one or two Han characters (Chinese), one to three kanji or two to
    four kana (Japanese)."""
    if _NOT_GIVEN.search(rest) or rest.endswith(_PLACE_ENDINGS):
        return False
    if _ALL_HAN.fullmatch(rest):
        return 1 <= len(rest) <= (3 if japanese else 2)
    if japanese and _KANA_THEN_KANJI.fullmatch(rest):
        return True  # "くみ子", "さや香"
    return japanese and _ALL_KANA.fullmatch(rest) is not None and 2 <= len(rest) <= 4


def _korean_given(rest: str) -> bool:
    return len(rest) == 2 and set(rest) <= KOREAN_GIVEN and _ALL_HANGUL.fullmatch(rest) is not None


def _written_together(word: str) -> bool:
    """Surname and given name in one word: "蔡淑華", "木村美加子", "佐藤あすか", "김민준",
    and a Korean one after a second surname and a hyphen ("강-김지후")."""
    if "-" in word:
        first, rest = word.split("-", 1)
        return (
            first in KOREAN
            and _ALL_HANGUL.fullmatch(rest) is not None
            and any(rest[:cut] in KOREAN and _korean_given(rest[cut:]) for cut in (2, 1))
        )
    if any(word[:cut] in KOREAN and _korean_given(word[cut:]) for cut in (2, 1)):
        return True
    for cut in (3, 2, 1):
        surname, rest = word[:cut], word[cut:]
        if not rest:
            continue
        if cut == 1 and not (set(rest) <= GIVEN_CHARACTERS or _ALL_KANA.fullmatch(rest)):
            continue
        if surname in JAPANESE_KANJI and _given(rest, japanese=True):
            return True
        if (surname in CHINESE or surname in _TRADITIONAL) and _given(rest, japanese=False):
            return True
    return False


def _written_apart(first: str, second: str) -> bool:
    """Surname and given name apart, in either order: "賴 志", "志 賴", "木村 美加子",
    "김 순옥", "지후 한"."""
    if first in KOREAN and first not in _KOREAN_NOT_APART and _korean_given(second):
        return True
    if second in KOREAN and _korean_given(first):
        return True
    for surname, given in ((first, second), (second, first)):
        if surname in SURNAMES and _given(given, japanese=surname in JAPANESE_KANJI):
            return True
    return False


def person_value(value: str, label_after: bool = False) -> str | None:
    """The name a field's value holds, without a role or an honorific written after it,
    nor the next field's label (`label_after`: a colon follows the value); None when the
    value is no Chinese or Japanese name."""
    parts = re.split("[ \u3000・]", value)
    if len(parts) == 2 and _role(parts[0]):
        parts = parts[1:]  # a label and its value apart: "報告者　木村美加子"
    elif len(parts) == 2 and (label_after or _role(parts[1]) or parts[1] in _HONORIFICS):
        parts = parts[:1]
    elif label_after:
        return None
    if any(_role(p) for p in parts):
        return None
    if len(parts) == 1:
        return parts[0] if _written_together(parts[0]) else None
    if _written_apart(*parts):
        return value
    return None


def cjk_field_names(text: str) -> list[Span]:
    """Chinese and Japanese names that fill a field on their own (see the module)."""
    if text.isascii() or not _HAS_CJK.search(text):
        return []
    spans: list[Span] = []
    for m in _VALUE.finditer(text):
        label_after = text[m.end() : m.end() + 1] in (":", "：")
        if not label_after and not _END.match(text, m.end()):
            continue
        value = m.group("value")
        name = person_value(value, label_after)
        if name is not None:
            start = m.start("value") + value.index(name)
            spans.append(Span(start, start + len(name), KIND, RULE, SCORE))
            spans += _romanised(text, start + len(name))
    return spans + _glued_to_role(text)


# A role label written onto the name with no colon, as chat turns and notes run them
# together ("收件人曲俊", the recipient Qu Jun): a Han run that opens with a role label of
# `script_names` and ends where the run ends, its rest a name by shape.
_HAN_RUN = re.compile(f"(?<![{HAN}])[{HAN}]{{4,9}}(?![{HAN}])")
_GLUED_ROLES: Final = tuple(
    sorted((w for w in ROLE_LABELS if re.fullmatch(f"[{HAN}]{{2,4}}", w)), key=len, reverse=True)
)


def _glued_to_role(text: str) -> list[Span]:
    spans = []
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        role = next((r for r in _GLUED_ROLES if run.startswith(r)), None)
        if role is None:
            continue
        rest = run[len(role) :]
        if 2 <= len(rest) <= 3 and _written_together(rest):
            start = m.start() + len(role)
            spans.append(Span(start, m.end(), KIND, RULE, SCORE))
    return spans


def _romanised(text: str, end: int) -> list[Span]:
    """The name's romanisation in brackets right after it, when a romanised Chinese or
    Korean surname is among its words ("（WU, Shu-Hua）", "(Kim Min-jun)")."""
    m = _ROMANISED.match(text, end)
    if m is None:
        return []
    words = re.split(r"[ ,-]+", m.group("latin").casefold())
    if not any(w in _ROMAN_SURNAMES for w in words):
        return []
    return [Span(m.start("latin"), m.end("latin"), KIND, RULE, SCORE)]
