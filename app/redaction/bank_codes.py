"""A bank's own code after its label: the BIC (ISO 9362, SWIFT's "business identifier
code": "BIC: DEUTDEFF", "SWIFT code COBADEFFXXX", "Beneficiary bank: BIC GENODEF1S04").
It names the bank, as a sort code's bank or a routing number does, not its customer; the
account beside it (IBAN, account number) is found by its own rules and stays masked. The
record-number, caps-run and NER rules read the code as an identifier or a name: a
finding that is a BIC after its label, or "BIC" and the code, is dropped. Pure `re`.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

# Bank (four letters), country (two letters), location (two letters or digits), and an
# optional branch (three): eight or eleven characters.
_BIC = fast_regex.compile(
    r"(?:(?i:bic|swift)[ \t]?[:#]?[ \t]?)?[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?"
)
# The label before the code ("BIC:", "SWIFT code", "BIC/SWIFT", "SWIFT-BIC", "Code BIC").
_LABEL_BEFORE = fast_regex.compile(
    r"(?<![\w])(?i:bic|swift|swift[ /-]?bic|bic[ /-]?swift|swift[ ]?code|bic[ ]?code|code[ ]bic)"
    r"[ \t]*[:#=]?[ \t]*$"
)
_LEADING_WORD = fast_regex.compile(r"(?:BIC|SWIFT)[ \t]")
# "BIC" and the code as one finding only in a bank's field ("Beneficiary bank : BIC …"):
# a name in capitals may follow a "Bic" too.
_BANK_BEFORE = fast_regex.compile(
    r"(?i:bank|banque|banco|banca|bankverbindung|kreditinstitut)(?![^\W\d_])[^\n]{0,24}$"
)


def bank_code(text: str, span: Span) -> bool:
    """Whether the finding is a BIC after its label, or "BIC" with its code."""
    value = text[span.start : span.end]
    if len(value) > 24 or _BIC.fullmatch(value) is None:
        return False
    if _LEADING_WORD.match(value):
        return _BANK_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
    return _LABEL_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
