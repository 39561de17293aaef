"""Case numbers named by the case they belong to, with no label before them. Pure `regex`.

- A court's daily cause list (a hearing list) writes each row as a time, the case number
  and the case's title, the parties with "v" between them: "10:30  4471/19  OKAFOR v
  BRANDT". A token holding three digits or more right before such a title, on its line,
  is that case's number.
- A judgment's neutral citation (England and Wales since 2001, the UK Supreme Court, Northern
  Ireland, Ireland): the year in square brackets, the court's abbreviation and the
  judgment's number, "[2024] EWHC 1183 (Fam)", "[2023] EWCA Civ 45". In an anonymised
  family or probate judgment the number leads to the unredacted parties, so it is masked
  (the year and the court stay).
Gated on " v " or "] " in the text.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"

# The number, then a title of one to four capitalised words, "v" (or "v." / "vs"), a party.
_BEFORE_TITLE = fast_regex.compile(
    # (a row's cell: at the line's start or after a column gap, so that prose's "1950
    # Novák v Praze", a Czech or Slovak locative, is none)
    r"(?:(?m:^)|(?<=[ ]{2}|\t|\|[ ]?))"
    r"(?=[\w/.-]*\d[\w/.-]*\d[\w/.-]*\d)[A-Za-z0-9][\w/.-]{2,24}(?<=\w)"
    r"(?=[ \t]{1,4}(?:[A-Z][\w'’.-]*[ \t]){1,4}(?:v|vs|v\.|vs\.)[ \t]+[A-Z])"
)
_COURTS = (
    r"UKSC|UKPC|UKHL|UKUT|UKFTT|UKEAT|UKIPTrib|EWCA[ ](?:Civ|Crim)|EWHC|EWFC|EWCOP|EWCST|"
    r"CSIH|CSOH|HCJAC|NICA|NIQB|NIFam|NICh|IESC|IECA|IEHC"
)
_CITATION = fast_regex.compile(
    rf"\[(?:19|20)\d\d\][ ](?:{_COURTS})[ ](?P<v>\d{{1,5}}(?:/\d{{1,4}})?)(?![\w/])"
)
# A time of day or a year is no case number ("10:00", "2021").
_TIME = fast_regex.compile(r"\d{1,2}[:.]\d\d|(?:19|20)\d\d")


def find_case_title_numbers(text: str) -> list[Span]:
    """Each case number before its case's title, and each neutral citation's number."""
    spans: list[Span] = []
    if " v " in text or " v. " in text or " vs " in text:
        for m in _BEFORE_TITLE.finditer(text):
            if not _TIME.fullmatch(m.group()):
                spans.append(Span(m.start(), m.end(), KIND, "case_before_title", 0.6))
    if "] " in text:
        for m in _CITATION.finditer(text):
            spans.append(Span(m.start("v"), m.end("v"), KIND, "neutral_citation", 0.6))
    return spans
