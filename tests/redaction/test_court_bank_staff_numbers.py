"""Court file numbers, Japanese bank accounts, labelled staff and record numbers, plate
columns and phone numbers in table cells (issue 15, session 23).

The values follow their schemes' own definitions, not any generated document: the German
Aktenordnung's Aktenzeichen (chamber, register sign, running number / year) with register
signs the AktO and the federal courts use; the 事件番号 of the Japanese Supreme Court's
事件記録符号規程 (era year, case sign, 第 number 号); the Zengin system's branch, deposit type
and seven-digit account; the German abbreviation "Nr." (Duden) closing a compound label;
CJK labels ending in the word for "number" (番号, 编号, 번호).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.accounts import find_accounts
from app.redaction.court_numbers import REGISTER_SIGNS, find_court_numbers
from app.redaction.phones import find_phones
from app.redaction.record_numbers import find_by_context
from app.redaction.spans import Span
from app.redaction.structured import find_structured, text_words
from app.redaction.tables import find_field_values


def _covers(text: str, value: str, spans: list[Span], kind: str | None = None) -> bool:
    at = text.index(value)
    return any(
        s.start <= at and at + len(value) <= s.end and (kind is None or s.kind == kind)
        for s in spans
    )


# --- court file numbers --------------------------------------------------------------------

AKTENZEICHEN = {
    "civil chamber of a Landgericht": "312 O 103/19",
    "appeal chamber": "13 S 45/21",
    "Amtsgericht civil": "8 C 1234/22",
    "family court appeal": "12 UF 45/22",
    "prosecutor's proceedings": "4 Js 1234/22",
    "criminal judge": "7 Ds 309/23",
    "regulatory offence": "5 OWi 123/21",
    "labour court": "6 Ca 1234/21",
    "Bundesgerichtshof civil senate": "III ZR 25/05",
    "Bundesgerichtshof criminal senate": "2 StR 123/19",
    "Bundesverfassungsgericht": "1 BvR 2835/17",
}


@pytest.mark.parametrize("value", AKTENZEICHEN.values(), ids=AKTENZEICHEN.keys())
def test_a_german_aktenzeichen_is_found_without_a_label(value: str) -> None:
    text = f"In der Sache {value} wird Termin bestimmt."
    assert _covers(text, value, find_court_numbers(text), "RECORD_NUMBER")


JIKEN_BANGO = {
    "district court civil": "令和5年(ワ)第1234号",
    "high court appeal, full-width brackets": "平成30年（ネ）第56号",
    "administrative": "令和2年(行ウ)第12号",
    "first year of the era": "令和元年(ワ)第7号",
    "criminal, hiragana sign": "平成28年(わ)第345号",
}


@pytest.mark.parametrize("value", JIKEN_BANGO.values(), ids=JIKEN_BANGO.keys())
def test_a_japanese_case_number_is_found(value: str) -> None:
    text = f"東京地方裁判所 {value} 損害賠償請求事件"
    assert _covers(text, value, find_court_numbers(text), "RECORD_NUMBER")


COURT_NEGATIVES = {
    "blood pressure": "BP 130/80, Puls 72",
    "dose over days": "3 mg 40/20 Tage",
    "a fraction": "2 x 10/12 Tabletten",
    "a date in the era": "令和6年4月1日に受診",
    "a case sign alone": "(ワ)号証",
    "a lower-case word": "am 3 ca 12/20",
}


@pytest.mark.parametrize("text", COURT_NEGATIVES.values(), ids=COURT_NEGATIVES.keys())
def test_measurements_and_dates_are_no_court_numbers(text: str) -> None:
    assert find_court_numbers(text) == []


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(
        st.integers(1, 999),
        st.sampled_from(REGISTER_SIGNS),
        st.integers(1, 99999),
        st.integers(0, 99),
    ),
    st.text(max_size=40),
    st.text(max_size=40),
)
def test_any_aktenzeichen_in_any_text(
    parts: tuple[int, str, int, int], before: str, after: str
) -> None:
    chamber, sign, number, year = parts
    value = f"{chamber} {sign} {number}/{year:02d}"
    text = f"{before} Az. {value} . {after}"
    spans = find_court_numbers(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert _covers(text, value, spans)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_court_and_zengin_finders_read_any_text(text: str) -> None:
    for span in (*find_court_numbers(text), *find_accounts(text)):
        assert 0 <= span.start < span.end <= len(text)


# --- Japanese bank accounts (Zengin) -------------------------------------------------------

ZENGIN = {
    "branch, type, account": ("口座：123 普通 1234567", "123 普通 1234567"),
    "full-width space": ("振込先　001　当座　7654321", "001　当座　7654321"),
    "type with 預金": ("新宿支店 普通預金 2345678", "普通預金 2345678"),
    "savings": ("貯蓄 3456789", "貯蓄 3456789"),
}


@pytest.mark.parametrize(("text", "value"), ZENGIN.values(), ids=ZENGIN.keys())
def test_a_zengin_account_is_masked_with_its_branch(text: str, value: str) -> None:
    assert _covers(text, value, find_accounts(text), "ACCOUNT_NUMBER")


@pytest.mark.parametrize(
    "text", ["普通の風邪です", "当座の対応として 3 日間", "普通 123456 円", "普通 12345678"]
)
def test_ordinary_words_and_other_lengths_are_no_zengin_account(text: str) -> None:
    assert [s for s in find_accounts(text) if s.rule == "account_jp_zengin"] == []


# --- labels: "…nr.", CJK "number" words, Russian and Hebrew ---------------------------------

LABELLED = {
    "German Nr. compound": ("Versichertennr. A123456789", "A123456789"),
    "German staff number": ("Personalnr.: ST/04711", "ST/04711"),
    "German case number": ("Vorgangsnr. 4 Js 1234/22", "4 Js 1234/22"),
    "Dutch": ("Klantnr. KL-204518", "KL-204518"),
    "Japanese patient number": ("患者番号：AB-12345", "AB-12345"),
    "Japanese staff number": ("社員番号：EM/20931　氏名", "EM/20931"),
    "Chinese record number": ("病历编号：2024-00123", "2024-00123"),
    "Korean registration number": ("등록번호: 12-34567", "12-34567"),
    "Russian number of a card": ("номер карты K/12-34567", "K/12-34567"),
    "Hebrew case file": ("מספר תיק 12345-06-21", "12345-06-21"),
    "Argentine provincial registration": ("Lic. M. Pérez, M.P. 4-12345", "4-12345"),
    "Argentine national registration": ("Dr. J. Gómez M.N. 123456", "123456"),
    "a voiceprint reference": ("voice check VB-2231-a90812 passed", "VB-2231-a90812"),
}


@pytest.mark.parametrize(("text", "value"), LABELLED.values(), ids=LABELLED.keys())
def test_a_labelled_number_is_masked(text: str, value: str) -> None:
    assert _covers(text, value, find_by_context(text), "RECORD_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Zimmernr. 3",
        "番号：3 錠",
        "номер 5 в очереди",
        "Patient mit Nr. 12",
        "第3号証",
        "J. Smith, M.P.H. 2020",
        "M.P. 12 mg",
    ],
)
def test_small_counts_after_a_label_stay(text: str) -> None:
    assert find_by_context(text) == []


# --- tables: plate columns, abbreviated headers, a phone ends at a cell break -------------


def _table_spans(text: str) -> list[Span]:
    return find_field_values(text, text_words(text))


def test_a_plate_column_beside_a_phone_column_is_masked() -> None:
    text = "id\tnombre\ttelefono\tplaca\tnota\n17\tAna Ruiz\t+34 612 345 678\tAB123CD\tok\n"
    assert _covers(text, "AB123CD", _table_spans(text), "VEHICLE_ID")


def test_a_plate_word_alone_names_no_column() -> None:
    assert _table_spans("drug,dose,plate\naspirin,100,agar\n") == []


def test_an_abbreviated_header_cell_does_not_hide_the_table() -> None:
    text = "Nimi\tPuhelin\tHuom.\nAnna Virtanen\t040 1234567\tok\n"
    assert _covers(text, "040 1234567", _table_spans(text), "PHONE_NUMBER")


def test_a_sentence_in_commas_is_no_header() -> None:
    assert _table_spans("Call the phone, then the nurse will see you.\nok, fine\n") == []


def test_a_phone_number_ends_at_a_cell_break() -> None:
    text = "Irma Aho\t141077-7239\t013 1286336\tok\n"
    spans = find_phones(text)
    assert _covers(text, "013 1286336", spans)
    assert all("\t" not in text[s.start : s.end] for s in spans)


def test_structured_finds_each_kind_once_wired() -> None:
    text = "事件番号：令和5年(ワ)第1234号\n口座：123 普通 1234567\nAz. 312 O 103/19"
    kinds = {(text[s.start : s.end], s.kind) for s in find_structured(text)}
    assert ("令和5年(ワ)第1234号", "RECORD_NUMBER") in kinds
    assert ("123 普通 1234567", "ACCOUNT_NUMBER") in kinds
    assert ("312 O 103/19", "RECORD_NUMBER") in kinds


# --- Greek ages: a number no longer reaches across a line break into a phone span ----------

GREEK_AGES = {
    "genitive plural of έτος": "Ασθενής 92 ετών",
    "of χρόνος": "ηλικία 95 χρόνων",
    "ELOT 743 romanised, on a new line": "AMKA 01019012345\n94 eton (years)",
}


@pytest.mark.parametrize("text", GREEK_AGES.values(), ids=GREEK_AGES.keys())
def test_a_greek_age_over_89_is_masked(text: str) -> None:
    value = next(w for w in ("92", "95", "94") if f"{w} " in text)
    assert _covers(text, value, find_structured(text), "AGE")


def test_a_greek_age_under_90_stays() -> None:
    assert [s for s in find_structured("Ο ασθενής είναι 45 ετών") if s.kind == "AGE"] == []
