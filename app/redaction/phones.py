"""Phone and fax numbers of many countries, with extensions, through `phonenumbers`.

A cheap regex finds runs that could be a phone number ("+44 20 7946 0958", "001-212-555-0147
x12345", "(0)30 1234567 ext. 12"); each is kept when `phonenumbers` reads it as a possible
number of one of the regions below, or when it carries an international prefix, or when a
phone word stands just before it. Unassigned ranges still count: people write them, and a
number that reaches nobody today may reach someone tomorrow. Pure Python, no NLP.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from app.redaction.spans import Span

KIND: Final = "PHONE_NUMBER"
# The regions whose national formats are read without a "+" (the countries whose
# addresses and identity numbers this package knows, and the large English-speaking ones).
REGIONS: Final = (
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "TR", "VN", "IN", "CA",
    "AU", "IE", "BE", "CH", "AT", "SE", "DK", "FI", "NO", "MX", "CN", "ZA", "NG",
)  # fmt: skip

_EXT = (
    r"(?:\s{0,2}(?:x|ext\.?|extn\.?|extension|poste|Durchwahl|DW|int\.?|wew\.?|dahili|#)"
    r"\s{0,2}\d{1,6})?"
)
CANDIDATE = re.compile(
    r"(?<![\w+/.-])(?:\+|00\s?|001[\s.-]|011[\s.-])?\(?\d[\d\s().\-/]{5,22}\d\)?"
    + _EXT
    + r"(?![\w/-])",
    re.IGNORECASE,
)
_CONTEXT = re.compile(
    r"(?i:\b(?:phone|ph|tel|telephone|téléphone|teléfono|telefono|telefone|telefon|"
    r"mobile|mob|cell|cellphone|fax|call|contact|whatsapp|pager|bleep|beeper|landline|"
    r"handy|portable|móvil|cellulare|celular|numer|numara|điện thoại|đt|sđt|hotline)\b)"
    r"[^\n\d+]{0,12}$"
)
_DIGITS = re.compile(r"\d")
# Shapes that are something else and are masked by their own rule or not at all:
# dates (2024-05-10, 10/05/2024, 10.05.2024) and decimal numbers.
_NOT_PHONE = re.compile(
    r"\d{3}-\d{2}-\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
)
_DECIMAL = re.compile(r"\.\d(?!\d)")  # "4.2": a measurement; phone groups have 2+ digits


def _possible(candidate: str) -> bool:
    for region in REGIONS:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return True
    return False


def find_phones(text: str) -> list[Span]:
    """Every phone or fax number in `text` (its extension included)."""
    spans: list[Span] = []
    for m in CANDIDATE.finditer(text):
        value = m.group().rstrip(")") if m.group().count(")") > m.group().count("(") else m.group()
        digits = len(_DIGITS.findall(value))
        if not 7 <= digits <= 20 or _NOT_PHONE.fullmatch(value.strip()) or _DECIMAL.search(value):
            continue
        context = _CONTEXT.search(text, max(0, m.start() - 30), m.start()) is not None
        international = value.startswith(("+", "00", "011"))
        if context or (international and digits >= 8) or _possible(value):
            spans.append(Span(m.start(), m.start() + len(value), KIND, "phone_numbers", 0.75))
    return spans
