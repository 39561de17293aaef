"""Names in a script without capitals standing alone in a line written in Latin letters:
the English form, note or chat that writes a person in her own script ("Reporter 丽 宋",
"Child: চঞ্চল আলম", "Witness زارعی, محمد", "Vertretung: 王"). No label of that script
stands beside them, so `script_names.py` cannot read them. Such a run of words is a
person when it is short, as names are, is no label word of its script ("患者:"), and
- the Latin word right before it says that a person follows (a role, a relation, a
  sign-off or greeting, "by" or "with"), or
- one of its words (or a part of a hyphenated word) is a frequent surname of its script:
  `surname_sets.py` for Chinese, Japanese, Korean and Devanagari, and the lists below, or
- it is a chat export's speaker: a time before it, a colon after it ("21:14 - 晃: ok").

Places and addresses in the same position are long, run on into digits or stand after
"from", "in", "at", and pass neither test unless a surname is among their words.

Sources of the lists below (the most frequent entries, written by hand; no runtime data):
- Bengali: the surnames of Bangladesh's and West Bengal's electoral rolls and civil
  registers most often published (Hossain, Islam, Ahmed, Das, Dey, Barman ...) and the
  "Md." / "Abdul" that open men's names, in Bengali script;
- Persian and Arabic: the most frequent surnames of Iran's National Organization for Civil
  Registration (sabt-e ahval) ranking (Mohammadi, Hosseini, Ahmadi, Rezaei ...), the
  tribal and family names most frequent in the Gulf states (al-Harbi, al-Otaibi ...), the
  commonest given names (Muhammad, Ali, Fatima ...), and
  the suffixes that make a Persian surname (-zadeh "born of", -pour "son of", -nejad,
  -far, -rad, -lou) written as a word of their own or after a hyphen;
- Nepali (Devanagari): the surnames of Nepal's 2011 census caste/ethnic groups not in
  `surname_sets.DEVANAGARI` (Dhakal, Pokharel, Ghimire, Koirala ...).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.script_names import NAME_LABELS, ROLE_LABELS, SCRIPTS
from app.redaction.spans import Span
from app.redaction.surname_sets import CHINESE, DEVANAGARI, JAPANESE_KANJI, KOREAN
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "script_runs"
SCORE: Final = 0.86  # above spaCy's 0.85: it tags a Persian surname's -zadeh a place

# The scripts read here, as `script_names.SCRIPTS` spells them (without Hebrew's geresh
# and gershayim: a run is letters only). Hebrew and the scripts after it are read after a
# cue word only: no surname list of those scripts here.
_READ: Final = word_list(
    "cjk hangul arabic devanagari bengali hebrew gurmukhi gujarati tamil "
    "telugu_kannada_malayalam sinhala thai georgian"
)
_SCRIPTS: Final = {key: SCRIPTS[key].replace("'\"", "") for key in _READ}
_ALL = "".join(_SCRIPTS.values())
_HAS_SCRIPT = re.compile(f"[{_ALL}]")

BENGALI: Final = frozenset(
    word_list(
        """
    দাস দে দেব বর্মন রায় সরকার সাহা পাল ঘোষ বসু বোস সেন দত্ত চৌধুরী চক্রবর্তী ভট্টাচার্য মুখার্জি
    মুখোপাধ্যায় বন্দ্যোপাধ্যায় চট্টোপাধ্যায় গঙ্গোপাধ্যায় মজুমদার বিশ্বাস মণ্ডল মন্ডল প্রামাণিক
    হালদার নন্দী কর গুহ মিত্র দাশগুপ্ত সেনগুপ্ত হোসেন হোসাইন হোসেইন হাসান ইসলাম আহমেদ আহমদ
    মোহাম্মদ মুহাম্মদ মোঃ আব্দুল আবদুল খান আলী আলি আলম রহমান মিয়া মিয়া শেখ সিদ্দিকী সিদ্দিকি চৌধুরি তালুকদার ভূঁইয়া ভূইয়া
    মোল্লা কবির করিম উদ্দিন উদ্দীন হক বেগম খাতুন আক্তার আখতার জামান হাওলাদার মাহমুদ
    """
    )
)
PERSIAN: Final = frozenset(
    word_list(
        """
    محمدی حسینی احمدی رضایی موسوی کریمی جعفری رحیمی هاشمی صادقی قاسمی حیدری کاظمی نوری
    عباسی اکبری زارعی مرادی ابراهیمی یوسفی سلیمانی قربانی نجفی امیری محمودی رستمی شریفی
    عزیزی کرمی باقری طاهری فتحی صفری میرزایی نظری خسروی جلالی اسدی سعیدی حسنی علوی
    منصوری اصغری بهرامی ملکی شیرازی تهرانی رحمانی یزدانی نصیری فرهادی جنتی سماوات
    الحربي العتيبي القحطاني الشمري الدوسري الغامدي الزهراني المطيري العنزي الشهري
    المالكي السبيعي الخالدي الأحمد المحمد العلي الحسن الحسين إبراهيم عبدالله
    محمد محمّد أحمد احمد علي علی حسن حسین حسين رضا مهدی فاطمه فاطمة زهرا مریم مريم زینب
    زينب عبد عبدالرحمن
    """
    )
)
_PERSIAN_SUFFIXES: Final = ("زاده", "پور", "نژاد", "فر", "راد", "لو")
NEPALI: Final = frozenset(
    word_list(
        """
    ढकाल पोखरेल घिमिरे कोइराला न्यौपाने रेग्मी सुवेदी खनाल लामिछाने भण्डारी बराल आचार्य
    अर्याल सापकोटा दाहाल पन्त पाण्डे उप्रेती कोइराला केसी कडेल तिमल्सिना भुसाल लम्साल
    राई लिम्बू तामाङ शेर्पा नेवार प्रधान मल्ल राजकर्णिकार ताम्राकार मानन्धर डंगोल
    """
    )
)
_SURNAMES: Final = {
    "bengali": BENGALI,
    "arabic": PERSIAN,
    "devanagari": DEVANAGARI | NEPALI,
}
# A word of a bilingual form's label ("Patient 患者:", "Name / 이름:") is no name.
_LABEL_WORDS: Final = frozenset(NAME_LABELS) | frozenset(ROLE_LABELS)

# Latin words after which a name follows: roles, relations, sign-offs and greetings, and
# the prepositions that join a person to an act ("certificate by", "arranged with").
_CUES: Final = frozenset(
    word_list(
        """
    by with re cc attn dear hi hello hey thanks regards sincerely cheers
    dr mr mrs ms miss mx prof sir madam
    patient client customer employee applicant claimant member child baby infant son
    daughter mother father wife husband partner spouse brother sister guardian carer
    caregiver parent grandmother grandfather friend neighbour neighbor colleague
    contact kin nok witness donor recipient reporter informant interpreter translator
    doctor physician surgeon consultant nurse midwife pharmacist therapist gp clinician
    officer agent analyst investigator reviewer approver approved author signed signatory
    director manager supervisor deputy cover substitute representative rep teller clerk
    driver owner tenant landlord holder cardholder policyholder beneficiary insured
    sender recipient caller visitor student teacher referrer requesting requester
    dispensed prescribed reviewed checked verified examined reported referred issued
    entered recorded prepared authorised authorized attending treating
    """
    )
)


def _run(script: str) -> str:
    letters = _SCRIPTS[script]
    word = f"[{letters}]+(?:-[{letters}]+)*"
    gap = r"(?:,[ ]|[ \u3000・])" if script == "cjk" else r"(?:,[ ]|[ \u00a0])"
    # An initial before the surname: "云. 孙", "현. 박".
    initial = rf"(?:[{letters}]\.[ ]?)?" if script in ("cjk", "hangul") else ""
    return rf"(?<![{letters}\w-]){initial}{word}(?:{gap}{word}){{0,3}}(?![{letters}\w-])"


_RUNS: Final = re.compile("|".join(f"(?P<{s}>{_run(s)})" for s in _SCRIPTS))
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CUE_BEFORE = re.compile(r"(?P<cue>[A-Za-z]+)\.?[ \t]*[:：,\-–(?]?[ \t]*\??$")
# A chat export's speaker: a time (and a closing bracket or a dash) before, a colon after
# ("21:14 - 晃: ...", "[09:02:11] 민준: ...").
_TIME_BEFORE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*[-–]?[ \t]*$"
)
_DIGIT_AFTER = re.compile(r"[ \t]*[,]?[ \t]*\d")


def _parts(value: str) -> list[str]:
    return [p for w in re.split(r"[, \u00a0\u3000・]+", value) if w for p in w.split("-")]


def _cjk_shape(value: str) -> bool:
    """Parts of one to four letters, two to four written together when alone (a given
    name, "秀珠"), or a known surname alone ("王")."""
    words = [w for w in re.split(r"[., \u3000・]+", value) if w]
    if not all(1 <= len(w) <= 4 for w in words) or len(words) > 3:
        return False
    return len(words) > 1 or len(value) >= 2 or value in CHINESE


def _surname_in(script: str, value: str) -> bool:
    words = [w for w in re.split(r"[., \u00a0\u3000・]+", value) if w]
    if script == "cjk":
        # One word alone is a name only when it is a surname itself ("王"): "高血压" opens
        # with the surname 高 too.
        if len(words) == 1:
            return value in CHINESE or value in JAPANESE_KANJI
        return any(w in CHINESE or w in JAPANESE_KANJI for w in words)
    if script == "hangul":
        # The usual Korean name: a known surname and two syllables ("김민준"), or the
        # surname and the given name apart; two syllables alone are too often words.
        if len(words) == 1:
            return (value[:1] in KOREAN and len(value) == 3) or value[:2] in KOREAN
        return any(w in KOREAN for w in words)
    surnames = _SURNAMES.get(script, frozenset())
    parts = _parts(value)
    if script == "arabic" and any(p in _PERSIAN_SUFFIXES for p in parts):
        return len(parts) >= 2
    return any(p in surnames for p in parts)


def names_in_latin_lines(text: str) -> list[Span]:
    """Short runs of a caseless script, in lines that also hold Latin words, that a cue
    word before them or a frequent surname among them marks as a person."""
    if text.isascii() or not _HAS_SCRIPT.search(text):
        return []
    spans: list[Span] = []
    for m in _RUNS.finditer(text):
        script = next(s for s, v in m.groupdict().items() if v is not None)
        value, start, end = m.group(), m.start(), m.end()
        value = value.rstrip(",")
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:start], text[end:line_end]
        if not (_LATIN_WORD.search(before) or _LATIN_WORD.search(after)):
            continue  # a line in the script itself: its labels are script_names' to read
        if _DIGIT_AFTER.match(after):
            continue  # a street and its number
        if after[:1] in (":", "：") and _TIME_BEFORE.search(before):
            if script != "cjk" or all(len(w) <= 4 for w in value.split()):
                spans.append(Span(start, start + len(value), KIND, RULE, SCORE))
            continue
        if script == "cjk" and not _cjk_shape(value):
            continue  # a long place name
        if value in _LABEL_WORDS or any(w in _LABEL_WORDS for w in value.split()[:1]):
            continue
        cue = _CUE_BEFORE.search(before)
        cued = cue is not None and cue.group("cue").casefold() in _CUES
        if cued or _surname_in(script, value):
            spans.append(Span(start, start + len(value), KIND, RULE, SCORE))
    return spans
