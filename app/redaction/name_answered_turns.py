"""A name given as the answer to "what is your name?" in a transcript or subtitles: the
turn after the question is the name, alone ("INTERVIEWER: ما اسمك الكامل؟" then
"GUEST: مكرّم حجار، ..."; "आपका नाम?" then "उत्तरदाता: ऋषि दुत्ता (Rssi duttaa)"), often
with its writing in Latin letters beside it ("jaeho yang 라고 써요", "(Rssi duttaa)").

Capital letters find such a name in Latin script; in a script without them nothing
marks it but the question. So: a line that asks a question (a question mark, in any
script) with a word for "name" in it; then the next line with words (time codes, cue
numbers and blank lines skipped), within three lines; its speaker tag, if any, dropped.
From it are read:
- its opening words in a script without capitals, one to four, when a punctuation mark,
  a bracket or the line's end follows them and none is a grammar word of its script
  (`script_names.STOP_WORDS`: "मेरा नाम ... है" is a sentence, not the name alone);
- a run of two or three Latin words in it when the rest of the line is in another
  script: the name's romanisation.
A text without a question mark costs two substring tests.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.names import KIND
from app.redaction.script_names import SCRIPTS, STOP_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

ANSWER_RULE: Final = "answered_name"
_SCORE: Final = 0.7

# "Name" in the question, by language: English, French, Spanish, Portuguese, Italian,
# German, Dutch, Swedish/Norwegian/Danish, Polish, Turkish, Russian/Ukrainian, Greek,
# Arabic, Persian, Hebrew, Hindi/Nepali/Marathi, Bengali, Thai, Chinese, Japanese,
# Korean, Vietnamese, Indonesian/Malay.
_NAME_WORDS: Final = word_list(
    """
    name names nom nombre nome namen naam navn imię imie adı adınız isim имя ім'я зовут
    όνομα όνομά اسم اسمك نام שם שמך नाम নাম 이름 성함 tên nama
    """
)
# Scripts written without blanks between words hold the word inside a longer run.
_UNSPACED_NAME_WORDS: Final = word_list("ชื่อ 名字 姓名 名前")
_NAME_WORD = re.compile(
    rf"(?i)(?<!\w)(?:{trie_pattern(_NAME_WORDS)})|{trie_pattern(_UNSPACED_NAME_WORDS)}"
)
# A question mark ending its line, in Latin, Arabic and full-width writing.
_QUESTION_END = re.compile(r"[?؟？][ \t]*(?=\r?\n|\Z)")
_SKIP = re.compile(r"[\d:.,\->→–— \t]*\Z")  # a cue number or a time code, or nothing
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,30}\]|[^\W\d][^:：\n]{0,30}[:：])[ \t]*")
_UNCASED = "".join(v for k, v in SCRIPTS.items() if k != "hebrew") + "\u05d0-\u05ea\u200d"
_OPENING = re.compile(
    rf"(?P<name>[{_UNCASED}]+(?:[ \u00a0\u3000][{_UNCASED}]+){{0,3}})"
    r"[ \t]*(?=[.,،、。!！?？;؛(（\"«]|\r?\n|\Z)"
)
_LATIN_RUN = re.compile(r"(?<![\w'’])[A-Za-z][a-zA-Z'’-]*(?:[ ][A-Za-z][a-zA-Z'’-]*){1,2}(?![\w])")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(f"[{_UNCASED}\u05d0-\u05ea]")
_REACH: Final = 3


def answered_names(text: str) -> list[Span]:
    """Names given in the turn after a question asking for one (see the module)."""
    if "?" not in text and "؟" not in text and "？" not in text:
        return []
    spans: list[Span] = []
    # only the lines that end with a question mark are read, and the few after them
    for q in _QUESTION_END.finditer(text):
        start = text.rfind("\n", 0, q.start()) + 1
        if _NAME_WORD.search(text, start, q.start()) is None:
            continue
        at = q.end()
        for _ in range(_REACH + 2):
            if at >= len(text):
                break
            at += 1 if text[at] == "\n" else 0
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if _SKIP.match(line.rstrip("\r")) is None:
                spans += _answer(line, at)
                break
            at = end
    return spans


def _answer(line: str, at: int) -> list[Span]:
    tag = _SPEAKER.match(line)
    pos = tag.end() if tag is not None else 0
    found = []
    m = _OPENING.match(line, pos)
    if m is not None and not any(w in STOP_WORDS for w in m.group("name").split()):
        found.append(Span(at + m.start("name"), at + m.end("name"), KIND, ANSWER_RULE, _SCORE))
    rest = line[pos:]
    latin = list(_LATIN_RUN.finditer(line, pos))
    if (
        len(latin) == 1
        and not _LATIN.search(other := rest.replace(latin[0].group(), ""))
        and _OTHER_SCRIPT.search(other)
    ):
        m = latin[0]
        found.append(Span(at + m.start(), at + m.end(), KIND, ANSWER_RULE, _SCORE))
    return found
