"""The names of social security benefits, which the NER model reads as a place or a person
("eligible for Attendance Allowance", "awarded Universal Credit"): the names of the UK's
Department for Work and Pensions and HMRC benefits and credits, a qualifier and the kind
of payment. A finding inside such a name is dropped; the claimant's name and numbers
beside it are found by their own rules.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import WORD_KINDS, Span

_QUALIFIERS = (
    "Attendance", "Constant Attendance", "Carer's", "Carers", "Carer’s", "Disability Living",
    "Jobseeker's", "Jobseekers", "Jobseeker’s", "Employment and Support", "Bereavement Support",
    "Guardian's", "Guardian’s", "Maternity", "Winter Fuel", "Housing", "Child", "Council Tax",
    "Personal Independence", "Universal", "Pension", "Working Tax", "Child Tax",
    "Industrial Injuries Disablement", "Severe Disablement", "Incapacity",
)  # fmt: skip
BENEFIT = fast_regex.compile(
    r"(?<![\w])(?:"
    + "|".join(q.replace(" ", "[ ]") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")[ ](?:Allowance|Benefit|Payment|Credit|Reduction)(?![\w])"
)
_KINDS_OF_PAYMENT: Final = ("Allowance", "Benefit", "Payment", "Credit", "Reduction")


def benefit_names(text: str) -> list[tuple[int, int]]:
    """Where the text names a benefit."""
    if not any(w in text for w in _KINDS_OF_PAYMENT):
        return []
    return [m.span() for m in BENEFIT.finditer(text)]


def in_benefit_name(span: Span, names: list[tuple[int, int]]) -> bool:
    """A word finding that lies inside a benefit's name."""
    return span.kind in WORD_KINDS and any(a <= span.start and span.end <= b for a, b in names)
