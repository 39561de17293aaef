"""Addresses in running prose and in labels of more languages (issue 15, session 41, split
W): after a "residing at" word ("المقيم في", "राहणार", "residing at") to the end of the
clause or the postcode; a Thai address whose subdistrict and district stand bare before
the province; the Uzbek and Irish address labels ("Manzil:", "Seoladh baile ar chomhad:").
The sentence after the address, and a residence with no number, stay readable. Values
invented."""

from __future__ import annotations

import pytest

from app.redaction.residence_addresses import find_residence_addresses
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = merge_spans(find_structured(text))
    return any(s.start <= start and start + len(value) <= s.end for s in spans)


_CASES = [
    ("حضر المواطن المقيم في 71 شارع النخيل، طنطا وهاتفه 012 3456789", "71 شارع النخيل، طنطا"),
    (
        "तक्रारदार: राहणार 402 शिंदे आळी, सातारा-415001, मोबाईल 98220 11223",
        "402 शिंदे आळी, सातारा-415001",
    ),
    (
        "Mr Lowe, residing at 9 Birch Row, Hexham NE46 3QT, appeared today.",
        "9 Birch Row, Hexham NE46 3QT",
    ),
    (
        "ที่อยู่ 77 ถนนสายลม ท่าช้าง เมืองใหม่ ลำปาง 52100 โทร 081 111 2222",
        "77 ถนนสายลม ท่าช้าง เมืองใหม่ ลำปาง 52100",
    ),
    (
        "Manzil: Bog'bon ko'chasi, 4-uy, 9-xonadon, Qarshi 180100   Tel: +998 90 111 22 33",
        "Bog'bon ko'chasi, 4-uy, 9-xonadon, Qarshi 180100",
    ),
    (
        "Seoladh baile ar chomhad: 12 Sráid na Mara, Gaillimh, H91 X2Y3.",
        "12 Sráid na Mara, Gaillimh, H91 X2Y3",
    ),
    ("Lives at Amselweg 4 8810 Horgen alone; son visits.", "Amselweg 4 8810 Horgen"),
    (
        "Pasien tinggal di Jl. Kenanga No. 31, Depok 16412, sejak 2019.",
        "Jl. Kenanga No. 31, Depok 16412",
    ),
]


@pytest.mark.parametrize(("text", "address"), _CASES)
def test_address_is_masked(text: str, address: str) -> None:
    assert _covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mr Lowe, residing at 9 Birch Row, Hexham, appeared before the court.", "appeared"),
        ("She has been living at 3 different addresses since 2020.", "different"),
        ("Lives at Amselweg 4 8810 Horgen alone; son visits.", "alone"),
        ("wohnhaft Amselweg 4 / 8810 Horgen, Widerspruch gegen die Ablehnung", "Widerspruch"),
        ("The patient lives at home with her daughter.", "home"),
    ],
)
def test_the_rest_of_the_sentence_stays_readable(text: str, kept: str) -> None:
    at = text.index(kept)
    assert not any(s.start <= at < s.end for s in find_residence_addresses(text))
