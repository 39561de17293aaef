"""Phone and fax numbers in the forms people write them: extensions, international and
trunk prefixes, national groupings of several countries (values made up for this test)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.phones import find_phones
from app.redaction.second_pass import mask_text

CASES = [
    ("us with x extension", "Reach me at 312-555-0186x4471 after six.", "312-555-0186x4471"),
    ("us with ext.", "desk (646) 555-0139 ext. 22", "(646) 555-0139 ext. 22"),
    ("001 prefix", "from abroad dial 001-503-555-0172", "001-503-555-0172"),
    ("+1- prefix", "mobile +1-206-555-0143", "+1-206-555-0143"),
    ("dotted", "cell 415.555.0108", "415.555.0108"),
    ("uk landline", "Tel: 029 2018 4471", "029 2018 4471"),
    ("uk international", "ring +44 (0)161 496 0753", "+44 (0)161 496 0753"),
    ("german", "Telefon 030 12345678", "030 12345678"),
    ("french pairs", "tél. 04 72 18 33 90", "04 72 18 33 90"),
    ("spanish", "teléfono 912 345 678", "912 345 678"),
    ("italian", "cellulare 347 123 4567", "347 123 4567"),
    ("dutch", "bel 06-12345678", "06-12345678"),
    ("polish", "numer +48 601 234 567", "+48 601 234 567"),
    ("brazil", "celular (11) 98765-4321", "(11) 98765-4321"),
    ("turkish", "telefon 0532 123 45 67", "0532 123 45 67"),
    ("vietnamese", "sđt 0912 345 678", "0912 345 678"),
    ("fax", "Fax: +33 1 44 55 66 77", "+33 1 44 55 66 77"),
]


@pytest.mark.parametrize(("name", "text", "value"), CASES, ids=[c[0] for c in CASES])
def test_phone_is_found_whole(name: str, text: str, value: str) -> None:
    start = text.index(value)
    spans = find_phones(text)
    assert any(s.start <= start and start + len(value) <= s.end for s in spans), name
    assert value not in mask_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Labs: Na 138 K 4.1 Cl 102 HCO3 24",
        "BP 128/84, HR 76, SpO2 97%",
        "Follow up on 2024-03-15.",
        "Dose 2.5 mg then 5 mg",
    ],
)
def test_measurements_and_dates_are_no_phone(text: str) -> None:
    assert find_phones(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789 +-().x/ext", max_size=60))
def test_any_digits_give_spans_inside_the_text(text: str) -> None:
    for span in find_phones(text):
        assert 0 <= span.start < span.end <= len(text)


def test_a_tab_ends_a_number_as_it_ends_a_cell() -> None:
    # E.123 and the national plans group digits with spaces, hyphens, dots, slashes and
    # brackets, never a tab: in a tab-separated sheet each cell's number is its own.
    text = "Nimi\tPuhelin\tHuom.\nIrmeli Ahonen\t141077-7239\t013 1286336\tei allergioita\n"
    start = text.index("013 1286336")
    assert any(s.start == start and s.end == start + 11 for s in find_phones(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("如有疑问请致电139 8765 4321。", "139 8765 4321", id="zh after a verb"),
        pytest.param("电话：0755-8765-4321转", "0755-8765-4321", id="zh before extension word"),
        pytest.param("お問い合わせは電話06-6543-2109まで", "06-6543-2109", id="ja both sides"),
        pytest.param("보호자 010-9876-5432로 연락", "010-9876-5432", id="ko particle after"),
    ],
)
def test_a_phone_touching_an_unspaced_script_is_found_whole(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize("text", ["REF AB12345678 ok", "lot X9876543210", "ID12345678x done"])
def test_a_number_glued_to_latin_letters_stays_a_code(text: str) -> None:
    assert find_phones(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789 -致电話まで로a", max_size=60))
def test_mixed_script_digits_give_spans_inside_the_text(text: str) -> None:
    for span in find_phones(text):
        assert 0 <= span.start < span.end <= len(text)
