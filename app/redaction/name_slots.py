"""Person names found from the slot they fill and a closed set of surnames
(`surname_sets.py`), where neither a capital letter nor a known label gives them away:

- a hangul name (a known surname and one or two syllables) or a Chinese or Japanese name
  (a known surname and one to four han) after a label that names a person by its agent
  suffix ("퇴원 담당의:", "작성자:", "药剂师：", "経理担当者："), or before a Chinese
  greeting ("郭瑜您好", "尊敬的王芳");
- a Japanese katakana reading whose first word is a known surname ("ハセガワ ヒロシ"), and
  the kanji name written beside it ("長谷川 博（ハセガワ ヒロシ）");
- a romanised Korean or Chinese name with a hyphenated given name ("HA Yu-jin",
  "Kim Min-jun", "Chen Yi-ling"), each half a romanised syllable, or with one written as
  a word of two syllables before the surname ("eunyeong son", "Minjun Park");
- a Devanagari given name (looked up in the name dictionary through its Latin spelling)
  or an initial, before a common Indian or Nepali surname ("प्रिया सिंह", "च. महर्जन");
- a person's initials after an "Initials" label, in the languages of trial and case forms;
- a login handle after a word that says it names a user ("analyst: jjones").
- a ward list's lower-case occupant after the room or bed ("rm 5 amato:"), and a
  note's last line signed with a dash ("-blaise").
- a name in a script without capitals after a cue that says a name follows ("Kind
  regards,\nאוריאן אהרוני") or in a field of a Latin-script form (`name_fields.py`).
- a hangul name alone on a line written in Latin letters (a native spelling beside its
  romanisation).
- a transcript's speaker in a script without capitals, its role in brackets
  ("ايمان (agent):"), and the sender heading a message copied from Teams or Slack
  ("Skaidrīte 08:05  done").

Every finder first checks for a character or word the slot needs, so text without it
costs one search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import fold_accents, given_names, is_given_name
from app.redaction.name_fields import names_in_fields
from app.redaction.name_forms import COMMON
from app.redaction.names import CUE
from app.redaction.script_names import HAN, HANGUL
from app.redaction.spans import Span
from app.redaction.surname_sets import (
    CHINESE,
    CHINESE_LATIN,
    DEVANAGARI,
    JAPANESE_KANA,
    JAPANESE_KANJI,
    KOREAN,
    KOREAN_LATIN,
)
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "name_slot"
SCORE: Final = 0.8

_HAN = HAN
_KATA = "\u30a1-\u30fa\u30fc"
_HANGUL = HANGUL

# Korean agent nouns end in one of these syllables: -자 (者), -인 (人), -원 (員), -사 (師,
# 士), -의 (醫), -관 (官), -장 (長), -님; the nouns below end so but name no person.
_KO_AGENT_ENDS: Final = tuple("자인원사의관장님")
_KO_NOT_AGENTS: Final = frozenset(
    word_list("검사 주사 조사 회사 병원 의원 학원 요양원 원인 기관 부위 결과 소견 진단 처방")
)
# Labels that say who did something ("담당: 김민준", in charge; "서명", signed; "확인",
# checked; "작성", written; "판독", read by), without an agent suffix.
_KO_BY_LABELS: Final = frozenset(
    word_list("담당 서명 확인 작성 기록 검토 승인 입력 집도 판독 의뢰 상담 인계 인수 주치 접수")
)
# Three-syllable words of clinical and office notes that open with a surname's syllable.
_KO_NOT_NAMES: Final = frozenset(
    word_list(
        """
    고혈압 고지혈 심부전 심근경 신부전 신경과 정상임 정상적 이상무 이상없 전신적 전반적 우측부
    좌측부 안정적 안정됨 양호함 양성임 음성임 유의함 주의함 진행중 하지부 방사선 완료됨 미확인
    유소견 무소견 이상함 정상범 조영제 전원함 퇴원함 입원함 수술함 경과중 구토증 안과적 한방과
    """
    )
)
# Chinese and Japanese agent nouns end in these han: 人 者 员/員 师/師 医/醫 生 官 长/長 士.
_HAN_AGENT_ENDS: Final = tuple("人者员員师師医醫生官长長士")
_HAN_NOT_AGENTS: Final = frozenset(word_list("卫生 衛生 发生 發生 医生院 人人 学生 學生"))

_KO_SLOT = re.compile(
    rf"(?P<label>[{_HANGUL}]{{1,8}})[ \t]*[:：][ \t\u3000]*"
    rf"(?P<name>[{_HANGUL}]{{2,4}})(?![{_HANGUL}])"
)
# Korean writes a person's title after the name: "김민수 간호사", "이서연 교수님".
_KO_TITLES: Final = word_list(
    """
    간호사 약사 의사 교수 교수님 과장 과장님 원장 원장님 전공의 주치의 상담원 담당자 선생님
    수간호사 조사관 경위 경사 순경 경장 변호사 세무사 회계사 팀장 팀장님 대리 주임
    담당의 담당의사 집도의 판독의
    """
)
_KO_BEFORE_TITLE = re.compile(
    rf"(?<![{_HANGUL}])(?P<name>[{_HANGUL}]{{3,4}})[ ]?(?:{trie_pattern(_KO_TITLES)})"
)
# A form or note also writes the role before the name, with no colon ("주치의 우재호").
_KO_AFTER_TITLE = re.compile(
    rf"(?<![{_HANGUL}])(?:{trie_pattern(_KO_TITLES)})[ \t]+(?P<name>[{_HANGUL}]{{3,4}})"
    rf"(?![{_HANGUL}])"
)
# ... or the name in two words, surname first ("주치의 우 재호") or, as a form filled in
# abroad stores it, given name first ("담당의 재호 우"), closing what is written there (a
# line's end or punctuation): in a sentence the one-syllable word is as often a word of
# its own ("주치의 이 환자는", this patient). `_spaced_korean_name`.
_KO_AFTER_TITLE_SPACED = re.compile(
    rf"(?<![{_HANGUL}])(?:{trie_pattern(_KO_TITLES)})[ \t]+"
    rf"(?P<name>[{_HANGUL}]{{1,2}}[ ][{_HANGUL}]{{1,2}})(?=[ \t]*(?:$|[,.;:()\[\]/|]|\d))",
    re.M,
)
_HAN_SLOT = re.compile(
    rf"(?P<label>[{_HAN}]{{1,8}})[ \t]*[:：][ \t\u3000]*"
    rf"(?P<name>[{_HAN}]{{1,6}}(?:[ \u3000][{_HAN}]{{1,4}})?)(?![{_HAN}])"
)
# After "dear" a name may be written in parts with spaces, in the Western order a form
# filled in abroad stores it (given, middle, family: "尊敬的 丽华 陈"); `_spaced_han_name`.
_ZH_DEAR_SPACED = re.compile(
    rf"(?:尊敬的|亲爱的|親愛的)[ \t]*(?P<spaced>[{_HAN}]{{1,3}}(?:[ \u3000][{_HAN}]{{1,3}}){{1,2}})"
    rf"(?![{_HAN}])"
)
_ZH_GREETING = re.compile(
    rf"(?:(?:尊敬的|亲爱的|親愛的)[ \t]*(?P<dear>[{_HAN}]{{2,4}})(?![{_HAN}])"
    rf"|(?<![{_HAN}])(?P<hello>[{_HAN}]{{2,4}})[，,]?[ \t]*(?:您好|你好))"
)
# Chinese writes a role word straight onto the name, without a colon ("收件人李云"), and a
# service chat's speaker as the role and "小" (the familiar "little") with a given name
# ("客服小洋：") or, typed in pinyin, the customer's name ("客户 yun li：").
_ZH_ROLES = "|".join(
    word_list(
        "收件人 寄件人 收货人 收貨人 联系人 聯絡人 收款人 付款人 经办人 經辦人 客户 客戶 顾客 顧客"
    )
)
_ZH_ROLE_NAME = re.compile(rf"(?:{_ZH_ROLES})(?P<name>[{_HAN}]{{2,3}})(?![{_HAN}])")
_ZH_CHAT_SPEAKER = re.compile(
    rf"(?:客服|店员|店員|专员|專員|顾问|顧問|助理)小(?P<given>[{_HAN}]{{1,2}})[ \t]*[:：]"
    rf"|(?:{_ZH_ROLES}|用户|用戶|买家|買家|卖家|賣家)[ \t]+"
    r"(?P<pinyin>[a-z]{1,6}[ \t][a-z]{1,6})[ \t]*[:：]"
)
# "小" with these makes a word, not a familiar name: team, hour, subtotal, summary,
# district, school, shop, receipt, parcel, mini-program.
_ZH_XIAO_WORDS: Final = frozenset("组組时時计計结結区區学學店票件程")
_ZH_HONORIFIC = re.compile("女士|先生|小姐|老师|老師|同学|同學|医生|醫生|阁下|閣下|同志")
_KANA_PAIR = re.compile(
    rf"(?<![{_KATA}])(?P<family>[{_KATA}]{{2,7}})[ \u3000・]"
    rf"(?P<given>[{_KATA}]{{1,7}})(?![{_KATA}])"
)
_KANJI_BEFORE = re.compile(
    rf"(?P<kanji>[{_HAN}]{{1,6}}(?:[ \u3000][{_HAN}]{{1,4}})?)[ \u3000]*[（(／/]?[ \u3000]*$"
)
_KANJI_AFTER = re.compile(
    rf"^[ \u3000]*[）)]?[ \u3000]*[（(／/]?[ \u3000]*"
    rf"(?P<kanji>[{_HAN}]{{1,6}}(?:[ \u3000][{_HAN}]{{1,4}})?)"
)


def _surname_len(value: str, surnames: frozenset[str]) -> int:
    """Length of the known surname `value` opens with (two letters before one), else 0."""
    for n in (2, 1):
        if value[:n] in surnames:
            return n
    return 0


def _korean_name(value: str) -> bool:
    """A Korean name: a known surname and a given name of one or two syllables, three
    syllables in all (the usual form; two-syllable names are too often common words)."""
    n = _surname_len(value, KOREAN)
    return n > 0 and len(value) - n in ((2,) if n == 1 else (1, 2))


def _han_name(value: str) -> bool:
    """A Chinese name (a known surname and one or two han) or a Japanese one (a known
    surname in kanji and a given name of one to three han)."""
    compact = value.replace(" ", "").replace("\u3000", "")
    n = _surname_len(compact, JAPANESE_KANJI) or (3 if compact[:3] in JAPANESE_KANJI else 0)
    if n and 1 <= len(compact) - n <= 3:
        return True
    n = _surname_len(compact, CHINESE)
    return n > 0 and 1 <= len(compact) - n <= 2


def _spaced_han_name(value: str) -> int:
    """The length of the Chinese name `value` holds in parts with spaces, its known
    surname first or last ("陈 丽华", "丽华 陈", "丽 华 陈"), two to four han in all; else 0.
    A title after it ("先生") is no part of it."""
    parts = value.split()
    if _ZH_HONORIFIC.fullmatch(parts[-1]):
        parts.pop()
    compact = "".join(parts)
    if len(parts) < 2 or not 2 <= len(compact) <= 4:
        return 0
    if parts[0] in CHINESE or parts[-1] in CHINESE or _han_name(compact):
        return value.index(parts[-1], len(parts[0])) + len(parts[-1])
    return 0


def _spaced_korean_name(value: str) -> bool:
    """A Korean name in two words: a known surname and a given name of one or two
    syllables, in either order ("우 재호", "재호 우")."""
    first, last = value.split(" ")
    return (first in KOREAN and len(last) in (1, 2)) or (last in KOREAN and len(first) in (1, 2))


def _agent_label(label: str, ends: tuple[str, ...], not_agents: frozenset[str]) -> bool:
    return label.endswith(ends) and not any(label.endswith(w) for w in not_agents)


def _cjk_slots(text: str) -> list[Span]:
    spans = []
    if re.search(f"[{_HANGUL}]", text):
        for m in _KO_SLOT.finditer(text):
            label, name = m.group("label"), m.group("name")
            agent = label in _KO_BY_LABELS or _agent_label(label, _KO_AGENT_ENDS, _KO_NOT_AGENTS)
            if agent and _korean_name(name) and name not in _KO_NOT_NAMES:
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
        for m in _KO_AFTER_TITLE_SPACED.finditer(text):
            if _spaced_korean_name(m.group("name")):
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
        for m in (*_KO_BEFORE_TITLE.finditer(text), *_KO_AFTER_TITLE.finditer(text)):
            name = m.group("name")
            if _korean_name(name) and name not in _KO_NOT_NAMES and name not in _KO_TITLES:
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    if re.search(f"[{_HAN}]", text):
        for m in _HAN_SLOT.finditer(text):
            if _agent_label(m.group("label"), _HAN_AGENT_ENDS, _HAN_NOT_AGENTS) and _han_name(
                m.group("name")
            ):
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
        for m in _ZH_ROLE_NAME.finditer(text):
            if _han_name(m.group("name")):
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
        for m in _ZH_CHAT_SPEAKER.finditer(text):
            group = "given" if m.group("given") is not None else "pinyin"
            if group == "pinyin" and not _pinyin_name(m.group(group)):
                continue
            if group == "given" and m.group(group)[0] in _ZH_XIAO_WORDS:
                continue  # "客服小组：" is the service team
            spans.append(Span(m.start(group), m.end(group), KIND, RULE, SCORE))
        for m in _ZH_DEAR_SPACED.finditer(text):
            length = _spaced_han_name(m.group("spaced"))
            if length:
                s = m.start("spaced")
                spans.append(Span(s, s + length, KIND, RULE, SCORE))
        for m in _ZH_GREETING.finditer(text):
            group = "dear" if m.group("dear") is not None else "hello"
            value, start = m.group(group), m.start(group)
            # Before a greeting the name ends the run ("请王芳您好"); after "dear" it opens it
            # ("尊敬的王芳女士"): try the run's tails or heads, longest first.
            cuts = [(start + c, m.end(group)) for c in range(len(value) - 1)]
            if group == "dear":
                value = _ZH_HONORIFIC.split(value)[0]
                cuts = [(start, start + len(value) - c) for c in range(len(value) - 1)]
            for s, e in cuts:
                if _han_name(text[s:e]):
                    spans.append(Span(s, e, KIND, RULE, SCORE))
                    break
    return spans


def _kana_readings(text: str) -> list[Span]:
    """Katakana readings opening with a known surname, and a kanji name beside them."""
    if not re.search(f"[{_KATA}]", text):
        return []
    spans = []
    for m in _KANA_PAIR.finditer(text):
        if m.group("family") not in JAPANESE_KANA:
            continue
        spans.append(Span(m.start(), m.end(), KIND, RULE, SCORE))
        before = _KANJI_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is not None and _kanji_beside(before.group("kanji")):
            spans.append(Span(before.start("kanji"), before.end("kanji"), KIND, RULE, SCORE))
        after = _KANJI_AFTER.search(text[m.end() : m.end() + 16])
        if after is not None and _kanji_beside(after.group("kanji")):
            s = m.end() + after.start("kanji")
            spans.append(Span(s, m.end() + after.end("kanji"), KIND, RULE, SCORE))
    return spans


@functools.cache
def _cjk_labels() -> tuple[str, ...]:
    """script_names' Han and kana labels ("氏名", "患者"), read once."""
    from app.redaction.script_names import NAME_LABELS, ROLE_LABELS  # noqa: PLC0415

    return tuple(w for w in {*NAME_LABELS, *ROLE_LABELS} if re.match(f"[{_HAN}{_KATA}]", w))


def _kanji_beside(kanji: str) -> bool:
    """Kanji beside a surname's reading are the name it reads, when they open with a known
    surname or are two to six letters that are not a label."""
    compact = kanji.replace(" ", "").replace("\u3000", "")
    if any(compact.endswith(w) or compact.startswith(w) for w in _cjk_labels()):
        return _han_name(compact)
    return 2 <= len(compact) <= 6


# Romanised names with a hyphenated given name: each half one syllable of Revised
# Romanisation, McCune-Reischauer, pinyin or Wade-Giles.
_SYLLABLE = re.compile(
    r"(?:ch|jj|kk|pp|ss|tt|ts|tz|hs|sh|zh|[bcdfghjklmnpqrstwxyz])?[wy]?"
    r"(?:ae|eo|eu|oe|ui|ai|ao|ei|ou|ia|ie|io|iu|ua|uo|ue|a|e|i|o|u|ŏ|ŭ|ü)"
    r"(?:ng|n|m|l|k|p|t|r)?",
    re.I,
)
_ROMANISED = re.compile(
    r"(?<![\w-])(?:(?P<sur>[A-Z][A-Za-z]{0,7})[ \t]+(?P<given>[A-Z][a-z]{0,6}-[a-z]{1,6})"
    r"|(?P<given2>[A-Z][a-z]{0,6}-[a-z]{1,6})[ \t]+(?P<sur2>[A-Z][A-Za-z]{0,7}))(?![\w-])"
)
# Surnames that are also English words at a sentence's start: only in capitals ("HA", "I").
_SURNAMES_ALSO_WORDS: Final = frozenset(
    word_list("i o u an in no so do go ok ha ma na ye ji je mo son song sun bang ham won min")
    + word_list("gang jun chun ban han park ho he lo gil kil ra la sa bae tan ong")
)


def _pinyin_name(value: str) -> bool:
    """Two pinyin syllables, one of them a Chinese surname ("yun li", "li yun")."""
    parts = value.split()
    return all(_SYLLABLE.fullmatch(p) for p in parts) and any(p in CHINESE_LATIN for p in parts)


def _romanised(text: str) -> list[Span]:
    if "-" not in text:
        return []
    spans = []
    for m in _ROMANISED.finditer(text):
        sur = m.group("sur") or m.group("sur2")
        given = m.group("given") or m.group("given2")
        folded = sur.casefold()
        if folded not in KOREAN_LATIN and folded not in CHINESE_LATIN:
            continue
        if folded in _SURNAMES_ALSO_WORDS and not (sur.isupper() and len(sur) >= 1):
            continue
        if all(_SYLLABLE.fullmatch(part) for part in given.split("-")):
            spans.append(Span(m.start(), m.end(), KIND, RULE, SCORE))
    return spans


# The same names with the given name written as one word of two syllables, before the
# surname in the Western order that chats, forms and passports outside Asia use
# ("eunyeong son", "Minjun Park", "xiaoling wu"), where the pair closes what is written
# (a line's end, a date, punctuation): the surname then may be an English word ("son",
# "song", "park"), never a function word ("minjun in").
_GIVEN_SURNAME = fast_regex.compile(
    r"(?<![\p{L}\p{N}'’.@_-])(?P<given>\p{L}\p{Ll}{3,11})[ \t](?P<sur>\p{L}\p{Ll}{0,6})"
    r"(?=[ \t]*(?:$|[,;:|()\[\]]|\d))",
    re.M,
)
_TWO_SYLLABLES = re.compile(rf"(?:{_SYLLABLE.pattern}){{2}}", re.I)


def _romanised_given_first(text: str, known: Callable[[str], bool]) -> list[Span]:
    spans = []
    for m in _GIVEN_SURNAME.finditer(text):
        given, sur = m.group("given"), m.group("sur")
        if given[0].isupper() != sur[0].isupper():
            continue  # one case for both words: "eunyeong son", "Minjun Park"
        folded = sur.casefold()
        if (folded not in KOREAN_LATIN and folded not in CHINESE_LATIN) or folded in COMMON:
            continue
        first = given.casefold()
        if not _TWO_SYLLABLES.fullmatch(first) or first in COMMON or known(first):
            continue  # a word of the model's vocabulary: "Seoul", "china", "union"
        spans.append(Span(m.start(), m.end(), KIND, RULE, SCORE))
    return spans


# "Initials: SP", "Subject initials ..... J.P.", "Initialen | KM".
_INITIALS_LABELS: Final = word_list(
    """
    initials initialen initiales iniciales iniciais iniziali initialer initialerna
    inicjały inicjaly iniciály inicialy monogram инициалы ініціали ініціали αρχικά
    nikirjaimet baş_harfleri monogramma inisial イニシャル 이니셜 姓名缩写 姓名首字母 首字母
    """
)
_INITIALS = re.compile(
    r"(?i:(?:(?:subject|patient|pt|participant|donor|client|child|reporter)[ \t]+)?"
    rf"(?:{trie_pattern(w.replace('_', ' ') for w in _INITIALS_LABELS)}))"
    # "Iniciales del paciente", "Initials of the subject", "Initials (pt)".
    r"(?:[ \t]+(?i:of|del|de|du|des|do|da|della|dello|van|der)(?:[ \t]+(?i:the|la|le|el|o|a))?"
    r"[ \t]+\w{2,20})?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:=|\t.…]*[ \t]*"
    # What a filler writes there: the initials, or an initial and the surname ("S Mancini").
    r"(?P<initials>[A-Z]\.?(?:[ \t]?[A-Z]\.?)?[ \t][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]+|"
    r"[A-Z](?:[.\- ]?[A-Z]){1,3}\.?)(?![\w])"
)
_INITIALS_GATE = re.compile(
    r"(?i)initia|inicia|inizia|инициал|ініціал|αρχικά|イニシャル|이니셜|缩写|首字母"
)


def _header_cell(text: str, at: int) -> bool:
    """The cell at `at` belongs to a table's header of three cells or more and no digit
    ("Screen no. | Initials | YOB | ..."): the next column's caption, not a value
    ("| Initials | KM | Geb. 1950" is a key and its value). `names._table_cells` reads the
    column below."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    for sep in "|\t":
        if sep in text[max(start, at - 4) : at]:
            cells = [cell for cell in line.split(sep) if cell.strip()]
            return len(cells) > 2 and not any(c.isdigit() for c in line)
    return False


def _initials(text: str) -> list[Span]:
    spans: dict[int, Span] = {}
    # The label pattern runs only around a word the gate found, not over the whole text.
    for g in _INITIALS_GATE.finditer(text):
        m = _INITIALS.search(text, max(0, g.start() - 24), min(len(text), g.end() + 80))
        if m is not None and not _header_cell(text, m.start("initials")):
            spans[m.start("initials")] = Span(
                m.start("initials"), m.end("initials"), KIND, RULE, SCORE
            )
    return list(spans.values())


# A login handle after a word that says a user is named: "analyst: jjones", "agent=rwright",
# "flagged by pmackova". The handle is the one lower-case token that follows.
_HANDLE_CUES: Final = word_list(
    """
    analyst agent user username user_id userid login operator handler investigator assignee
    owner reviewer approver officer uid caseworker case_worker clerk
    flagged_by reviewed_by approved_by closed_by opened_by assigned_to escalated_by
    escalated_to created_by modified_by updated_by entered_by logged_by handled_by
    submitted_by checked_by verified_by
    benutzer bearbeiter sachbearbeiter utilisateur usuario utente gebruiker användare bruger
    käyttäjä uživatel użytkownik kullanıcı пользователь оператор аналитик
    """
)
_HANDLE = re.compile(
    rf"(?i:(?<![\w.])(?P<cue>{trie_pattern(w.replace('_', ' ') for w in _HANDLE_CUES)}))"
    r"(?P<sep>[ \t]*[:=#][ \t]*|[ \t]+)"
    r"(?P<handle>[a-z][a-z0-9]{3,15})(?![\w@-]|\.\w)"
)
# A bare "by" before a login that closes its line: the sign-off of a specimen label, a
# log or a worklist row ("collected 07:40 by jdoe", "ward 4 by kpatel"), where systems
# print the user's login (initial and surname, the common corporate convention). Any
# participle may stand before "by", so the login, not the cue, decides: a word the
# model's vocabulary lacks, at the line's end ("caused by ibuprofen" stays).
_BY_HANDLE = re.compile(
    r"(?<![\w.])(?i:by)[ \t]+(?P<handle>[a-z][a-z0-9]{3,15})[ \t]*(?=\r?\n|$)", re.M
)
_NOT_HANDLES: Final = frozenset(
    word_list(
        """
    system admin root guest unknown none null auto automated automatic bot support service
    team queue test pending unassigned anonymous nobody everyone default manual batch
    """
    )
)


def _handles(text: str, known: Callable[[str], bool]) -> list[Span]:
    spans = []
    for m in _HANDLE.finditer(text):
        handle = m.group("handle")
        if handle in COMMON or handle in _NOT_HANDLES:
            continue
        # After a bare space the cue may be an ordinary word ("user reported", "reviewed
        # by pharmacy"): the handle must then be a token the model's vocabulary lacks.
        if ":" not in m.group("sep") and "=" not in m.group("sep") and known(handle):
            continue
        spans.append(Span(m.start("handle"), m.end("handle"), KIND, RULE, SCORE))
    if "by" in text or "BY" in text or "By" in text:
        for m in _BY_HANDLE.finditer(text):
            handle = m.group("handle")
            if handle in COMMON or handle in _NOT_HANDLES or known(handle):
                continue
            spans.append(Span(m.start("handle"), m.end("handle"), KIND, RULE, SCORE))
    return spans


# A name all in lower case after the word that says a person follows, as audit logs, chat
# and romanised Thai or Arabic notes write it ("user nelly yáñez", "dr ragheb aarif",
# "patient élodie séguin", "ordered by eremia gheorghiu"): a given name and a surname.
_LOWER_NAME = fast_regex.compile(
    r"(?<![\w.])(?P<cue>(?i:dr|doctor|patient|pt|user|client|nurse|mr|mrs|ms|miss|dear|by))"
    r"\.?[ \t]+"
    r"(?P<given>\p{Ll}[\p{Ll}'’]+)[ \t]+"
    r"(?P<surname>\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]+)?)(?![\w@/-]|\.\w)"
)


# Cues after which a care note's shorthand follows as often as a name ("pt nbm post-op"):
# two words the vocabulary lacks are a name after the other cues only (a title, "by", "dr",
# "user": "ordered by eremia gheorghiu").
_CARE_CUES: Final = frozenset({"patient", "pt", "client"})


def _lower_case_names(text: str, known: Callable[[str], bool]) -> list[Span]:
    """`_LOWER_NAME`: the given name a dictionary one, or a word the model's vocabulary
    lacks before a double surname or (after a cue of `_CARE_CUES`' complement) before any
    surname; the surname a word the vocabulary lacks ("user john connected" names John
    only, and is left to the rules for lone given names)."""
    spans = []
    for m in _LOWER_NAME.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        barrelled = "-" in surname and fold_accents(given) in given_names()
        if (given in COMMON and not barrelled) or surname in COMMON or known(surname):
            continue
        if (
            is_given_name(given)
            # before a double surname the model lacks, a dictionary given name that is
            # also a month or a word ("by august andresen-johansen")
            or ("-" in surname and (not known(given) or barrelled))
            or (m.group("cue").casefold() not in _CARE_CUES and not known(given))
        ):
            spans.append(Span(m.start("given"), m.end("surname"), KIND, RULE, SCORE))
    return spans


# Devanagari in Latin letters, enough to look a given name up in the name dictionary:
# consonants carry "a" unless a vowel sign or virama follows; a word drops its last "a".
_DEVA_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
        word_list(
            "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l"
        ),
        strict=True,
    )
)
_DEVA_VOWELS = dict(zip("अआइईउऊऋएऐओऔ", word_list("a a i i u u ri e ai o au"), strict=True))
_DEVA_SIGNS = dict(zip("ािीुूृेैोौ", word_list("a i i u u ri e ai o au"), strict=True))
_DEVA_WORD = "[\u0900-\u0963\u0971-\u097f][\u0900-\u0963\u0971-\u097f\u200c\u200d]*"
_DEVA_NAME = re.compile(
    rf"(?<![\u0900-\u097f])(?:(?P<given>{_DEVA_WORD})|(?P<initial>[क-ह])\.?)[ \u00a0]+"
    rf"(?P<surname>{_DEVA_WORD})(?:-(?P<second>{_DEVA_WORD}))?(?![\u0900-\u097f])"
)


def _latin(word: str, long_vowels: tuple[str, str] = ("i", "u")) -> str:
    out: list[str] = []
    for i, c in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if c in _DEVA_CONSONANTS:
            out.append(_DEVA_CONSONANTS[c])
            if nxt not in _DEVA_SIGNS and nxt not in ("\u094d", "\u093c"):  # virama, nukta
                out.append("a")
        elif c in "ीू":
            out.append(long_vowels[0] if c == "ी" else long_vowels[1])
        elif c in _DEVA_SIGNS:
            out.append(_DEVA_SIGNS[c])
        elif c in _DEVA_VOWELS:
            out.append(_DEVA_VOWELS[c])
        elif c in "\u0902\u0901":  # anusvara, candrabindu
            out.append("n")
    latin = "".join(out)
    return latin[:-1] if latin.endswith("a") and word[-1] in _DEVA_CONSONANTS else latin


def _devanagari_names(text: str) -> list[Span]:
    """A given name (looked up in its Latin spelling) or an initial, then a common
    surname: "प्रिया सिंह", "च. महर्जन", "द नायर"."""
    if not re.search("[\u0900-\u097f]", text):
        return []
    names = given_names()
    spans = []
    pos = 0
    while (m := _DEVA_NAME.search(text, pos)) is not None:
        given = m.group("given")
        if given is not None and len(given) == 1 and given in _DEVA_CONSONANTS:
            given = None  # an initial without its dot: "द नायर"
        spellings = () if given is None else (_latin(given), _latin(given, ("ee", "oo")))
        if m.group("surname") in DEVANAGARI and (
            given is None or any(s in names for s in spellings)
        ):
            spans.append(Span(m.start(), m.end(), KIND, RULE, SCORE))
            pos = m.end()
        else:  # the surname may open the next pair: "ग्राहक द नायर"
            pos = m.start("surname")
    return spans


# A ward list's occupant: a handover or bed board names each patient after the room or
# bed that holds them, lower case when typed in haste ("- rm 5 amato: BG stable",
# "bed 12b kjær: NBM"). The words must be a dictionary given name or a word the model's
# vocabulary lacks, so a bed's state ("rm 5 empty:", "bed 3 pt:") stays readable.
_BED_OCCUPANT = fast_regex.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?i:rm|room|bed|bay)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]+"
    r"(?P<name>\p{Ll}[\p{Ll}'’-]{1,30}(?:[ \t]\p{Ll}[\p{Ll}'’-]{1,30})?)[ \t]*:",
    re.M,
)
# A note's last line signed with a dash and a name, no space between: "-blaise", "--janne",
# "—Olwethu" (the informal sign-off of handover notes and texts).
_DASH_SIGNOFF = fast_regex.compile(
    r"(?:^|\n)[ \t]*(?:--?|—|–|~)(?P<name>\p{L}[\p{L}'’-]{1,30}(?:[ \t]\p{L}[\p{L}'’.-]{0,30})?)"
    r"[ \t]*\Z"
)


def _name_word(word: str, known: Callable[[str], bool]) -> bool:
    """A word that may be a name: a dictionary given name or a word unknown to the model,
    and no common English word."""
    folded = word.casefold()
    return folded not in COMMON and (is_given_name(folded) or not known(folded))


def _bed_occupants(text: str, known: Callable[[str], bool]) -> list[Span]:
    folded = text.casefold()
    if not any(cue in folded for cue in ("rm", "room", "bed", "bay")):
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _BED_OCCUPANT.finditer(text)
        if all(_name_word(w, known) for w in m.group("name").split())
    ]


def _signed_word(word: str, known: Callable[[str], bool]) -> bool:
    """A word of a signature: also a given name the dictionary holds that is more often a
    place or a word elsewhere ("-israel", "-florence"): the slot says it signs."""
    return _name_word(word, known) or (
        word.casefold() not in COMMON and fold_accents(word) in given_names()
    )


def _dash_signoff(text: str, known: Callable[[str], bool]) -> list[Span]:
    body = text.rstrip()
    last = body[body.rfind("\n") + 1 :].lstrip()
    if not last.startswith(("-", "—", "–", "~")) or last.startswith(("- ", "-- ")):
        return []
    m = _DASH_SIGNOFF.search(body, max(0, len(body) - len(last) - 2))
    if m is None or not all(_signed_word(w, known) for w in m.group("name").split()):
        return []
    return [Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)]


def _uncased_after_cues(text: str) -> list[Span]:
    """A name in a script without capitals (Hebrew, Arabic, hangul, han, Thai) right after
    a cue that says a name follows ("Kind regards,\nאוריאן אהרוני", "Dear أحمد,"), or
    in a field of a Latin-script form (`name_fields`): no capital letter can mark it."""
    return names_in_fields(text, frozenset(m.end() for m in CUE.finditer(text)))


# A script switch: a line written in Latin letters that holds one hangul word, of a known
# surname and a two-syllable given name (or a two-syllable surname and two), gives a
# person's native spelling ("Applicant: YUN Min-jae; native spelling 윤민재"). A word
# ending in a place or office suffix (시 군 구 도 동 읍 면 리 로 길 ...) or 과 (a clinic's
# department) or 어 (a language) is no name.
_HANGUL_RUN = fast_regex.compile(rf"[{_HANGUL}]+")
_LATIN_LETTERS = fast_regex.compile(r"[A-Za-z]{3}")
_NOT_NAME_ENDS: Final = tuple("시군구도동읍면리로길가과어원실국관청장층호")


def _native_spellings(text: str) -> list[Span]:
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        runs = list(_HANGUL_RUN.finditer(line))
        if len(runs) == 1 and _LATIN_LETTERS.search(line):
            word = runs[0].group()
            surname = word[:2] if len(word) == 4 else word[:1]
            if len(word) in (3, 4) and surname in KOREAN and not word.endswith(_NOT_NAME_ENDS):
                start = pos + runs[0].start()
                spans.append(Span(start, start + len(word), KIND, RULE, SCORE))
        pos += len(line)
    return spans


# A transcript's speaker in a script without capitals, with the role in brackets after
# the name ("ايمان (agent): Hi", "김민준 (상담원):"): the bracketed role before the colon
# says a person speaks.
_ROLED_SPEAKER = fast_regex.compile(
    r"^[ \t]{0,4}(?P<name>\p{Lo}[\p{Lo}\p{M}]*(?:[ \t]\p{Lo}[\p{Lo}\p{M}]*){0,2})[ \t]*"
    r"[(（](?i:agent|staff|support|advisor|adviser|operator|customer|client|patient|nurse|"
    r"doctor|dr|admin|moderator|host|guest|rep|representative|caller|user|상담원|고객|"
    r"客服|客户|顾客)[)）][ \t]*[:：]",
    re.M,
)


def _roled_speakers(text: str) -> list[Span]:
    if "(" not in text and "（" not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _ROLED_SPEAKER.finditer(text)
    ]


# The head of a message copied from Teams or Slack: the sender's display name and the time,
# then the message after a gap or on the next line ("Skaidrīte 08:05  done", "Nazari M.
# 08:02  bed 4", "Anna 9:14 AM"). Two such lines or more make a chat; each word of the
# sender is an initial, a letter of a script without capitals, a dictionary given name or
# a word the model's vocabulary lacks ("Paracetamol 08:00  given" is a drug chart).
# Discord writes a dash and the day between them ("Skaidrīte — Today at 21:14").
_SENDER_WORD = r"(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|\p{Lo}[\p{Lo}\p{M}]*)"
_CHAT_HEAD = fast_regex.compile(
    rf"^[ \t]{{0,4}}(?P<name>{_SENDER_WORD}(?:,?[ \t]{_SENDER_WORD}){{0,2}})"
    r"(?:,?[ \t]{1,4}|[ \t]{1,2}[—–-][ \t]{1,2}(?:(?:Today|Yesterday)[ \t]at[ \t]"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t])?)"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?(?=[ \t]{2,}|\t|[ \t]*$)",
    re.M,
)


def _chat_heads(text: str, known: Callable[[str], bool]) -> list[Span]:
    from app.redaction.name_guards import ROLE_NOUNS  # noqa: PLC0415
    from app.redaction.names import is_cue_word, is_not_name  # noqa: PLC0415

    def initial(word: str) -> bool:
        return len(word) == 2 and word.endswith(".")

    def sender(name: str) -> bool:
        # With an initial beside it ("Reis L.") or in a register's "Surname, Given" form, a
        # word needs only not to be a plain one.
        words = name.replace(",", " ").split()
        initialled = "," in name or any(initial(w) for w in words)
        for word in words:
            if initial(word) or not word[0].isupper():
                continue  # an initial, or a script without capitals
            folded = word.casefold()
            if is_not_name(folded) or is_cue_word(folded) or folded in ROLE_NOUNS:
                return False
            if not initialled and not _name_word(word, known):
                return False
        return True

    if ":" not in text:
        return []
    heads = list(_CHAT_HEAD.finditer(text))
    if len(heads) < 2:
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in heads
        if sender(m.group("name"))
    ]


def _never_known(_: str) -> bool:
    return False


def names_in_slots(text: str, known: Callable[[str], bool] = _never_known) -> list[Span]:
    """Persons found by the slot they fill and a known surname (see the module docstring).
    `known` says whether a lower-case word is in the language model's vocabulary."""
    spans = _romanised(text) + _initials(text) + _handles(text, known)
    spans += _romanised_given_first(text, known)
    spans += _lower_case_names(text, known)
    spans += _bed_occupants(text, known) + _dash_signoff(text, known)
    spans += _chat_heads(text, known)
    if not text.isascii():
        spans += _cjk_slots(text) + _kana_readings(text) + _devanagari_names(text)
        spans += _uncased_after_cues(text) + _roled_speakers(text)
        if _HANGUL_RUN.search(text):
            spans += _native_spellings(text)
    return spans
