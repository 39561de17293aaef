"""Surnames in capitals that lists and notices write without a given name beside them:
- the parties of a case in a court's cause list or a docket ("11:00  OKORO v LINDQVIST —
  directions"): a capitals word on each side of "v" or "v." (the English reports' and
  lists' "versus");
- the head of a death, birth or family notice, or a register's line, that writes the
  surname in capitals before the given names in brackets ("FAIRLIE (Morag Anne) —
  peacefully ..."): a capitals word opening a line before a bracket a found person fills.

Neither is a sentence, so the model rarely reads a person there. The word is of three
letters or more and no acronym, common word, title, institution or party word ("R v
OKORO": the Crown; "ACME LTD v OKORO", "COUNCIL v"). Gated on a substring test (" v",
" (") before a regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.name_forms import COMMON
from app.redaction.names import is_acronym, is_cue_word, is_not_name, is_title
from app.redaction.role_words import is_role_word
from app.redaction.spans import Span
from app.redaction.transcript_roles import is_transcript_role
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "caps_party"
SCORE: Final = 0.7

_CAPS = r"\p{Lu}{3,}(?:['’-]\p{Lu}{2,})?"
_PARTY = r"\p{Lu}+(?:['’-]\p{Lu}{2,})?"  # "R", the Crown, too: it is read, then left
_VERSUS = fast_regex.compile(
    rf"(?<![\w'’-])(?P<a>{_PARTY})[ \t]+vs?\.?[ \t]+(?P<b>{_PARTY})(?![\w'’-])"
)
_HEAD_BEFORE = fast_regex.compile(rf"(?:^|(?<=\n))[ \t]*(?P<word>{_CAPS})[ \t]*\($")
# Words a party or a heading is written in that are nobody's surname.
_NOT_SURNAMES: Final = frozenset(
    word_list(
        """
    ltd limited plc inc llc llp gmbh company corporation council borough county city
    district authority trust bank group crown regina rex state states united kingdom
    republic government secretary minister commissioners commissioner police department
    ors anor others and the of for ministry office board hospital school college people
    commonwealth nation usa america estate matter
    university agency service services health care insurance
    """
    )
)


def _surname(word: str) -> bool:
    folded = word.casefold()
    return not (
        len(word) < 3
        or is_acronym(word)
        or folded in COMMON
        or folded in _NOT_SURNAMES
        or is_not_name(folded)
        or is_title(folded)
    )


def _role(word: str) -> bool:
    return is_cue_word(word) or is_role_word(word) or is_transcript_role(word)


def case_parties(text: str) -> list[Span]:
    """Capitals surnames on either side of "v" (see the module)."""
    if " v" not in text:
        return []
    spans = []
    for m in _VERSUS.finditer(text):
        for side in ("a", "b"):
            if _surname(m.group(side)):
                spans.append(Span(m.start(side), m.end(side), KIND, RULE, SCORE))
    return spans


def heads_before_bracketed_names(text: str, found: list[Span]) -> list[Span]:
    """A capitals surname opening a line before a bracket a found person fills."""
    if " (" not in text and "\n(" not in text:
        return []
    spans = []
    for span in found:
        if span.kind != KIND or text[span.start - 1 : span.start] != "(":
            continue
        close = text.find(")", span.end, span.end + 60)
        if close >= 0 and text[close + 1 : close + 3].lstrip(" \t")[:1] in (":", "："):
            continue  # "VISITOR (Ana):", "AGENT (Ana):": a speaker's role, then the name
        m = _HEAD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if m is not None and _surname(m.group("word")) and not _role(m.group("word")):
            spans.append(Span(m.start("word"), m.end("word"), KIND, RULE, SCORE))
    return spans
