"""A speaker tag of a protocol or a transcript in Hebrew, Arabic or Persian that a title or
a role opens and a name closes: "השופטת כהן: הדיון נדחה." (Judge Cohen: the hearing is
adjourned), "القاضي العمري: تفضل", "وکیل رضایی: ...". The colon at the end of a line's
first words makes it a tag; the title before says who speaks; the words between are the
name (one to three of the script's letters). In a sentence the same title is a noun
("השופטת קבעה כי ...": the judge ruled that), and no colon follows its next word.
A text without a letter of these scripts costs one search of a short character class.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.names import KIND
from app.redaction.script_names import STOP_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

SPEAKER_RULE: Final = "titled_speaker"
_SCORE: Final = 0.75

# Judges, registrars, arbitrators, counsel, prosecutors, doctors, chairs, both genders.
_TITLES: Final = tuple(
    w.replace("_", " ")
    for w in word_list(
        """
    השופט השופטת כב'_השופט כב'_השופטת כבוד_השופט כבוד_השופטת הרשם הרשמת הבורר הבוררת
    היו"ר היו״ר עו"ד עו״ד ד"ר ד״ר התובע_המשטרתי פרופ'
    القاضي القاضية المحامي المحامية الدكتور الدكتورة المحكم المحكمة_الفردية رئيس_الجلسة
    وكيل_النيابة الأستاذ الأستاذة المستشار المستشارة
    قاضی وکیل دکتر بازپرس دادستان
    """
    )
)
_LETTERS = "\u05d0-\u05ea\u05f3\u05f4\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06fa-\u06fc"
_HAS_LETTER = re.compile(f"[{_LETTERS}]")
_TAG = re.compile(
    r"(?m)^[ \t]*(?:\[?[\d:.,]{5,12}\]?[ \t]+)?"
    rf"(?:{trie_pattern(_TITLES)})[ \t]+"
    rf"(?P<name>[{_LETTERS}][{_LETTERS}'\"]*(?:[ \t][{_LETTERS}][{_LETTERS}'\"]*){{0,2}})"
    r"[ \t]*[:：]"
)


def titled_speakers(text: str) -> list[Span]:
    """The names in speaker tags that a title opens (see the module)."""
    if text.isascii() or not _HAS_LETTER.search(text):
        return []
    spans = []
    for m in _TAG.finditer(text):
        if any(w in STOP_WORDS for w in m.group("name").split()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, SPEAKER_RULE, _SCORE))
    return spans
