"""Court file numbers in the national schemes that give them a fixed shape, found with no
label before them (a label's number is `record_numbers.py`'s). Pure `re`.

- Germany: the Aktenzeichen of the Aktenordnung (AktO) and the prosecutors' register
  rules: the chamber's or department's number (Arabic, or a senate's Roman numeral), the
  register sign of the court's kind of case, the running number and the year's two
  digits: "20 O 6616/24" (Landgericht, civil chamber), "39 Js 1145/20" (prosecutor's
  preliminary proceedings), "4 OWi 12/24", "VI ZR 123/20" (Bundesgerichtshof). The register
  sign must be one of the list below, so "3 mg 40/20" or "BP 130/80" is none.
- Japan: the 事件番号 of the Supreme Court's rules on case record signs (事件記録符号規程):
  the era and year, the case sign in brackets (one to three kana or kanji: (ワ) a district
  court's ordinary civil case, (ネ) its appeal, (行ウ) an administrative case, (わ) a
  criminal case), then 第 number 号: "令和6年(ワ)第9007号", "平成30年（行ウ）第12号".
- United States: the federal courts' case numbers as CM/ECF and PACER write them: the
  divisional office's digit and a colon, the year's two digits, the case type (cv civil,
  cr criminal, mj magistrate judge, mc miscellaneous, bk bankruptcy, ap adversary
  proceeding, po petty offence, sw search warrant, md / ml multidistrict litigation, gj
  grand jury, pt probation transfer), the running number, and the judges' initials after
  it: "1:25-cr-00233", "9:26-cr-00319-ABC", "2:19-bk-12345", "20-cv-1234". The type
  between hyphens is what makes the shape: "20-12-1234" is none.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"

# Register signs (Registerzeichen) of the AktO and of the prosecutors' and the federal
# courts' registers: civil (C, O, S, T, U, H, HK O), family (F, UF, WF), insolvency (IN,
# IK, IE), guardianship and probate (XVII, VI), criminal (Js, UJs, Ds, Ls, KLs, Ns, Ss, Cs,
# Gs, Qs, Ws, VRs, AR, StVK, BRs), regulatory offences (OWi, Ss OWi), labour (Ca, Sa, AZR,
# ABR), the federal courts (ZR, ZB, StR, BvR, BvL, BvQ) and administrative, social and
# fiscal courts (K, L, A, B, KR, AS, SF).
REGISTER_SIGNS: Final = (
    "C", "O", "S", "T", "U", "H", "HK", "F", "UF", "WF", "IN", "IK", "IE",
    "XVII", "Js", "UJs", "Ds", "Ls", "KLs", "Ns", "Ss", "Cs", "Gs", "Qs", "Ws", "VRs",
    "AR", "StVK", "BRs", "OWi", "Ca", "Sa", "Ta", "AZR", "ABR", "ZR", "ZB", "StR", "BvR",
    "BvL", "BvQ", "K", "L", "A", "B", "KR", "AS", "SF", "OH", "Lw", "M",
)  # fmt: skip
_SIGNS = "|".join(sorted(REGISTER_SIGNS, key=len, reverse=True))
DE_AKTENZEICHEN = fast_regex.compile(
    rf"(?<![\w/.-])(?:\d{{1,3}}|[IVX]{{1,5}})[ ](?:{_SIGNS})(?:[ ]OWi)?[ ]\d{{1,6}}/\d{{2}}"
    r"(?![\w/]|[.-]\d)"
)
# "/" then two digits: a cheap first look before the alternation of signs runs.
_DE_HINT = fast_regex.compile(r"\d/\d\d")
_ERAS = "令和|平成|昭和"
JP_JIKEN_BANGO = fast_regex.compile(
    rf"(?:{_ERAS})(?:元|\d{{1,2}}|[０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})年"
    r"[(（][\u3040-\u30ff\u4e00-\u9fff]{1,3}[)）]第?(?:\d{1,6}|[０-９]{1,6})号"
)
_JP_HINT = fast_regex.compile(r"[(（][\u3040-\u30ff\u4e00-\u9fff]{1,3}[)）]第?[\d０-９]")


# CM/ECF case types (the PACER Case Locator's "case type" codes).
US_CASE_TYPES: Final = ("cv", "cr", "mj", "mc", "bk", "ap", "po", "sw", "md", "ml", "gj", "pt")
US_CASE_NUMBER = fast_regex.compile(
    r"(?<![\w:/.-])(?:\d{1,2}:)?\d{2}-(?i:" + "|".join(US_CASE_TYPES) + r")-\d{2,6}"
    r"(?:-[A-Z]{2,4}){0,3}(?![\w/]|[.-]\w)"
)
_US_HINT = fast_regex.compile(r"\d-[A-Za-z]{2}-\d")


def find_court_numbers(text: str) -> list[Span]:
    """German Aktenzeichen, Japanese 事件番号 and US federal case numbers in `text`."""
    spans: list[Span] = []
    if _US_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "us_case_number", 0.8)
            for m in US_CASE_NUMBER.finditer(text)
        ]
    if _DE_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "de_aktenzeichen", 0.8)
            for m in DE_AKTENZEICHEN.finditer(text)
        ]
    if _JP_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "jp_jiken_bango", 0.85)
            for m in JP_JIKEN_BANGO.finditer(text)
        ]
    return spans
