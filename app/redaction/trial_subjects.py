"""A trial subject's number written as two slashed groups, a site's and the subject's
("Subject 412/07", "Participant number 033/18", "soggetto 118/42", "被験者識別コード：
205/16"): ICH E6's subject identification code, as sites number their enrolments. Pure
`regex`.

`record_numbers.py` reads "412/07" after any identifier word as a ratio or a score (a
blood pressure's "130/80", "GCS 15/15") and leaves it. Right after a word that names a
study's subject, in the languages trials are run in, no measurement stands: the pair is
the subject's number. Five digits or more in the two groups; a word between the label
and the pair ("subject's BP 130/80") ends the search.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "RECORD_NUMBER"
RULE: Final = "trial_subject_pair"

# Words for a trial's subject or participant (English, Italian, French, Spanish,
# Portuguese, German, Dutch, Polish, Swedish, Danish, Norwegian, Czech).
SUBJECT_WORDS: Final = word_list(
    "subject subj subjid usubjid participant ptid enrolee enrollee "
    "soggetto partecipante sujet sujeto participante proband probandin probanden "
    "teilnehmer deelnemer uczestnik uczestnika forsøgsperson forskningsperson subjekt"
)
# CJK words for the subject ("被験者", "受試者", "受试者", "参加者") and the label's tail
# up to its colon ("被験者識別コード：", "受试者编号：").
_CJK_SUBJECT = (
    r"(?:被験者|被驗者|受試者|受试者|試験参加者|参加者|피험자|대상자)[^\s：:]{0,8}[：:][ \t\u3000]?"
)
_NUMBER_WORD = (
    r"(?i:number|num|no|nr|n[°º]|id|code|código|codice|numero|número|numéro|nummer|numer)"
)
# The label, right before the pair (searched in the few characters before each pair).
SUBJECT_LABEL = fast_regex.compile(
    rf"(?:(?<![^\W\d_])(?i:{trie_pattern(SUBJECT_WORDS)})(?![^\W\d_])\.?"
    rf"(?:[ \t]{{1,2}}{_NUMBER_WORD}(?![^\W\d_])\.?)?[ \t\n:#=.-]{{1,4}}|{_CJK_SUBJECT})\Z",
    word_led=True,
)
# Two slashed groups of digits, no date's third group nor a decimal after them.
PAIR = fast_regex.compile(r"(?<![\w/.,-])\d{2,4}/\d{2,4}(?![\w/]|[.,]\d)", starts=r"\d")
_MIN_DIGITS = 5
_REACH = 40


def find_trial_subject_pairs(text: str) -> list[Span]:
    """Slashed subject numbers right after a subject word (see above)."""
    if "/" not in text:
        return []
    spans = []
    for m in PAIR.finditer(text):
        if sum(c.isdigit() for c in m.group()) < _MIN_DIGITS:
            continue
        before = text[max(0, m.start() - _REACH) : m.start()]
        if SUBJECT_LABEL.search(before) is not None:
            spans.append(Span(m.start(), m.end(), KIND, RULE, 0.65))
    return spans
