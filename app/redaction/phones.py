"""Phone and fax numbers of many countries, with extensions, through `phonenumbers`.

A cheap regex finds runs that could be a phone number ("+44 20 7946 0958", "001-212-555-0147
x12345", "(0)30 1234567 ext. 12"); each is kept when `phonenumbers` reads a "+" number as
possible for its country, when a national one has the length of a number of one of the
regions below (their metadata), or when it carries an international prefix, or when a
phone word stands just before it. (Calling phonenumbers' matcher once per region costs
more than spaCy on the same text; the lengths come from the same metadata.) Unassigned
ranges still count: people write them, and a number that reaches nobody today may reach
someone tomorrow. Pure Python, no NLP.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from app.redaction import fast_regex
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
CANDIDATE = fast_regex.compile(
    r"(?<![\w+/.-])(?:\+|00\s?|001[\s.-]|011[\s.-])?\(?\d[\d\s().\-/]{5,22}\d\)?"
    + _EXT
    + r"(?![\w/-])",
    re.IGNORECASE,
)
_CONTEXT = fast_regex.compile(
    r"(?i:\b(?:phone|ph|tel|telephone|téléphone|teléfono|telefono|telefone|telefon|"
    r"mobile|mob|cell|cellphone|fax|call|contact|whatsapp|pager|bleep|beeper|landline|"
    r"handy|portable|móvil|cellulare|celular|numer|numara|điện thoại|đt|sđt|hotline)\b)"
    r"[^\n\d+]{0,12}$"
)
_DIGITS = fast_regex.compile(r"\d")
# Shapes that are something else and are masked by their own rule or not at all:
# dates (2024-05-10, 10/05/2024, 10.05.2024) and decimal numbers.
_NOT_PHONE = fast_regex.compile(
    r"\d{3}-\d{2}-\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
)
_DECIMAL = fast_regex.compile(r"\.\d(?!\d)")  # "4.2": a measurement; phone groups have 2+ digits


# The national number lengths of the regions above, from phonenumbers' metadata (in
# practice 4 to 15 digits): a run of another length is no phone number of these regions.
def _region_lengths(region: str) -> tuple[int, ...]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = metadata.general_desc if metadata is not None else None
    return tuple(desc.possible_length or ()) if desc is not None else ()


_LENGTHS: Final = frozenset(n for region in REGIONS for n in _region_lengths(region))


def _possible(candidate: str, digits: int) -> bool:
    """A "+" number must be possible for its country; a national one must have a length
    of one of the regions, with or without its trunk prefix ("0", "1")."""
    if candidate.startswith("+"):
        try:
            return bool(phonenumbers.is_possible_number(phonenumbers.parse(candidate, None)))
        except phonenumbers.NumberParseException:
            return False
    return digits in _LENGTHS or digits - 1 in _LENGTHS


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
        if context or (international and digits >= 8) or _possible(value, digits):
            spans.append(Span(m.start(), m.start() + len(value), KIND, "phone_numbers", 0.75))
    return spans
