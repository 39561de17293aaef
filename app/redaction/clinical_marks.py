"""Clinical notations that the recognizers read as identifiers, though they name no one:

- a unit of measure right after its value ("systolic 148 mmHg"), which the NER model
  tags as a person;
- a questionnaire's name and its score ("PHQ-9 17", "GAD-7 15": the Patient Health
  Questionnaire and the Generalized Anxiety Disorder scale, each named with its item
  count), which reads as a code after a word such as "plan";
- a medicinal product's EU marketing authorisation number ("EU/1/20/1528", the Union
  Register's EU/1 or EU/2, the year, the product; a pack's three digits after it), which
  the EU Digital COVID Certificate writes as `v.mp`;
- a dental chart's procedure between two FDI tooth numbers ("36 RCT 46": ISO 3950 numbers
  a tooth by quadrant 1-8 and tooth 1-8), which reads as a Turkish plate;
- a run of vital signs ("GCS 13, BP 92/60, HR 118, BM 2.1"), which reads as a Croatian
  postcode ("HR 118") and its town;
- a German compound noun of a payslip's or a clinical note's vocabulary, read as a name
  ("Lohnsteuer", "Solidaritätszuschlag", "Radiusfraktur", "Herz-Kreislauf-Versagen"):
  its last part is a noun head no surname ends in;
- a gene symbol or another code of capitals and digits read as a place ("BRCA1", "HER2":
  HGNC symbols), as no place's name holds a digit;
- a laboratory's method or its result word, read in capitals as a name ("confirmed
  GC-MS", "Wynik: NIE WYKRYTO", "NICHT NACHWEISBAR").

Each guard drops a finding only when the whole finding is that notation, so an
identifier beside it stays masked.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.benefit_names import benefit_names, in_benefit_name
from app.redaction.category_cells import category_cell
from app.redaction.spans import WORD_KINDS, Span
from app.redaction.wordtrie import word_list

# Units written after a value in clinical notes, as printed (case matters: "Pa" is a name).
_UNITS: Final = frozenset(
    word_list(
        """
    mmHg mmhg cmH2O kPa bpm mmol/L mmol/l µmol/L umol/L mg/dL mg/dl g/dL g/dl g/L mEq/L
    mL/min ml/min IU/L U/L ng/mL pg/mL mcg/L µg/L
    """
    )
)
_VALUE_BEFORE = fast_regex.compile(r"\d[ \t]?\Z")


def _unit_after_value(text: str, span: Span) -> bool:
    if span.kind not in WORD_KINDS:
        return False
    if text[span.start : span.end] not in _UNITS:
        return False
    return _VALUE_BEFORE.search(text, max(0, span.start - 2), span.start) is not None


# Questionnaires named with their item count, then the score (at most three digits).
_SCORE = fast_regex.compile(
    r"(?:PHQ|GAD|PCL|DASS|CORE|PSS|OCI|EPDS|AUDIT|K|SF|EQ)-\d{1,2}[ \t]\d{1,3}"
)


def _questionnaire_score(text: str, span: Span) -> bool:
    return span.kind == "RECORD_NUMBER" and _SCORE.fullmatch(text, span.start, span.end) is not None


_EU_PRODUCT = fast_regex.compile(r"(?<![\w/])EU/[12]/\d{2}/\d{3,4}(?:/\d{3})?(?![\w/])")


def _eu_products(text: str) -> list[tuple[int, int]]:
    if "EU/" not in text:
        return []
    return [m.span() for m in _EU_PRODUCT.finditer(text)]


# ISO 3950 tooth numbers around a dental procedure's abbreviation.
_DENTAL = fast_regex.compile(
    r"[1-8][1-8][ \t](?:RCT|MOD|MO|DO|OD|MOB|DOB|EXT|XLA|PFM|CRN|FS|SSC|IMP)[ \t][1-8][1-8]"
)


def _dental_chart(text: str, span: Span) -> bool:
    return span.kind == "VEHICLE_ID" and _DENTAL.fullmatch(text, span.start, span.end) is not None


# Vital signs and bedside tests written before their value ("BM 2.1": a capillary glucose).
_VITALS: Final = frozenset(
    word_list("gcs bp hr rr pr sats spo2 temp t bm cbg avpu news news2 pulse resp map o2 fio2")
)
_VITAL_WORD = fast_regex.compile(r"[^\W\d_][^\W_]*")


def _vital_signs(text: str, span: Span) -> bool:
    """An address finding made of vital signs' names and values only."""
    if span.kind != "ADDRESS":
        return False
    value = text[span.start : span.end]
    words = _VITAL_WORD.findall(value)
    return (
        len(words) >= 2
        and any(c.isdigit() for c in value)
        and all(w.casefold() in _VITALS for w in words)
    )


# Heads of German compounds: taxes and payroll lines, and clinical findings.
_GERMAN_HEAD = fast_regex.compile(
    r"(?i:(?:steuer|zuschlag|zulage|beitrag|beiträge|freibetrag|pauschale|abzug|abzüge|"
    r"versagen|insuffizienz|fraktur|ruptur|luxation|blutung|entzündung|verletzung)$)"
)
_COMPOUND_MIN = 9  # letters: "Lohnsteuer", not a short name that ends so


def _german_compound(text: str, span: Span) -> bool:
    if span.kind not in WORD_KINDS:
        return False
    value = text[span.start : span.end]
    last = value.rsplit("-", 1)[-1]
    return (
        last.isalpha()
        and value.replace("-", "").isalpha()
        and len(value.replace("-", "")) >= _COMPOUND_MIN
        and _GERMAN_HEAD.search(last) is not None
        # a hyphen's last part is a noun alone ("-Versagen"), not a surname ("-Steuer")
        and len(last) >= (_COMPOUND_MIN if "-" not in value else _COMPOUND_MIN - 1)
    )


# Three capitals or more, then the digits: a postcode's district ("EC1", "SW1A") has fewer.
_CAPS_DIGITS = fast_regex.compile(r"[A-Z]{3,8}[0-9]{1,2}")
_PLACE_KINDS: Final = frozenset({"LOCATION", "NRP", "ORGANIZATION"})


def _caps_code_place(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    return span.kind in _PLACE_KINDS and _CAPS_DIGITS.fullmatch(value) is not None


# Analytical methods and qualitative results, as laboratory reports print them.
_LAB_TERMS: Final = frozenset(
    t.casefold()
    for t in (
        "GC-MS", "GC/MS", "LC-MS", "LC-MS/MS", "LC/MS", "HPLC", "UPLC", "MALDI-TOF", "ELISA",
        "RT-PCR", "qPCR", "NGS", "NOT DETECTED", "NIE WYKRYTO", "WYKRYTO", "NICHT NACHWEISBAR",
        "NACHWEISBAR", "NON RILEVATO", "NO DETECTADO", "NÃO DETECTADO", "NON DÉTECTÉ",
        "NIET GEDETECTEERD", "NEGATIV", "POSITIV", "UJEMNY", "DODATNI",
    )
)  # fmt: skip


def _lab_term(text: str, span: Span) -> bool:
    return span.kind in WORD_KINDS and text[span.start : span.end].casefold() in _LAB_TERMS


def clinical_marks(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings that are clinical notations (see above)."""
    products = _eu_products(text)
    benefits = benefit_names(text)  # "Attendance Allowance": `benefit_names.py`
    return [
        s
        for s in spans
        if not (
            _unit_after_value(text, s)
            or _questionnaire_score(text, s)
            or _dental_chart(text, s)
            or _vital_signs(text, s)
            or _german_compound(text, s)
            or _caps_code_place(text, s)
            or _lab_term(text, s)
            or any(a <= s.start and s.end <= b for a, b in products)
            or in_benefit_name(s, benefits)
            or category_cell(text, s)  # "| Silver |": `category_cells.py`
        )
    ]
