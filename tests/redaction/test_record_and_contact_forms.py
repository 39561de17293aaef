"""Contact and record numbers in the forms other countries and other systems write them:
extension words of many languages, dotted international numbers, munged e-mail
addresses, US federal case numbers, identifier columns named by their suffix, ages
closed by a dash, and what stays readable (a card's last four digits, HGVS protein
changes, the label before an MRN)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.ages import find_ages
from app.redaction.court_numbers import find_court_numbers
from app.redaction.field_names import field_kind
from app.redaction.munged_emails import find_munged_emails
from app.redaction.national_ids import find_national_ids
from app.redaction.phones import find_phones
from app.redaction.record_numbers import find_by_context
from app.redaction.structured import find_structured, pattern_spans, text_words
from app.redaction.tables import find_field_values


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# Extension words of national directories and switchboards (phones.EXT_WORDS), after
# numbers grouped with dots as France, Belgium, Switzerland and Brazil write them.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rückfragen unter +49.187.60928397 App. 9182.", "+49.187.60928397 App. 9182"),
        ("Tel. +49 30 1234567 Apparat 12", "+49 30 1234567 Apparat 12"),
        ("tél. +33.6.42.16.63.38 poste 4678", "+33.6.42.16.63.38 poste 4678"),
        ("Tel. 044 668 18 00 intern 9745", "044 668 18 00 intern 9745"),
        ("+41.73.244.67.45 intern 9745 or", "+41.73.244.67.45 intern 9745"),
        ("тел. +7 495 123-45-67 доб. 123", "+7 495 123-45-67 доб. 123"),
        ("тел. +380 44 123 4567 дод. 21", "+380 44 123 4567 дод. 21"),
        ("โทร 02-123-4567 ต่อ 123", "02-123-4567 ต่อ 123"),
        ("+55.19.98173-4132,N", "+55.19.98173-4132"),
        ("+32.2.555.12.12 interne 12", "+32.2.555.12.12 interne 12"),
    ],
)
def test_extension_words_and_dotted_numbers(text: str, number: str) -> None:
    assert number in _found(find_phones(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Potassium 4.2.",  # a decimal
        "value +12.5.3 x",  # a version, too short for a phone
        "See the app. 12 users",  # "app." with no number before it
    ],
)
def test_decimals_and_versions_are_no_phones(text: str) -> None:
    assert find_phones(text) == []


def test_a_pause_is_not_the_next_cells_amount() -> None:
    # a semicolon table: ";89.90" is the amount's cell, not an auto-dial pause
    text = "Olofsson;GB73 DMFQ 0876 9553 8905 02;89.90;Rechnung"
    assert _found(find_phones(text), text) == ["0876 9553 8905 02"]
    text = "call 0161 496 0000;48000"
    assert _found(find_phones(text), text) == ["0161 496 0000;48000"]


# Address munging as people write it against harvesters.
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("my new email is xliu [at] yahoo [dot] de", "xliu [at] yahoo [dot] de"),
        ("bcampbell [at] gmail [dot] com.", "bcampbell [at] gmail [dot] com"),
        ("j.smith(at)example(dot)org", "j.smith(at)example(dot)org"),
        ("Kontakt: max(at)web(punkt)de", "max(at)web(punkt)de"),
        ("info [AT] praxis-mueller [DOT] de", "info [AT] praxis-mueller [DOT] de"),
        ("ana arroba gmail punto com", "ana arroba gmail punto com"),
        ("ana arroba gmail.com", "ana arroba gmail.com"),
        ("write to name @ example.com today", "name @ example.com"),
        ("john dot smith at example dot com", "john dot smith at example dot com"),
        ("x {at} mail {.} ru", "x {at} mail {.} ru"),
        ("mail: xliu@yahoo[dot]de", "xliu@yahoo[dot]de"),
        ("mail: xliu@yahoo dot de", "xliu@yahoo dot de"),
    ],
)
def test_munged_addresses(text: str, address: str) -> None:
    assert _found(find_munged_emails(text), text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "We met at the station. Dot said hi.",
        "Seen at noon. He was at home dot",
        "arrived at 10.30 and left at 11.15",
        "cost @ 5.00 each",
        "meet @ cafe.nero",
        "se pesa una arroba de trigo",
        "dot blot haemorrhages at macula",
        "x@y.com is clean",  # patterns.EMAIL's
    ],
)
def test_prose_is_no_munged_address(text: str) -> None:
    assert find_munged_emails(text) == []


_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PIECES = st.sampled_from(
    ["at", " at ", "[at]", "(", ")", "@", " @ ", "dot", " dot ", "[dot]", ".", "a", "de", " "]
)


@_SETTINGS
@given(st.lists(_PIECES, max_size=30), st.text(max_size=40))
def test_munged_finder_on_any_text(pieces: list[str], noise: str) -> None:
    text = noise + "".join(pieces)
    for span in find_munged_emails(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Case No. 9:26-cr-00319\n", "9:26-cr-00319"),
        ("Case identifier: 1:25-cr-00233", "1:25-cr-00233"),
        ("In re Smith, No. 2:19-bk-12345-ABC.", "2:19-bk-12345-ABC"),
        ("filed in 20-cv-1234, dismissed", "20-cv-1234"),
        ("warrant 3:24-mj-00077-RWT", "3:24-mj-00077-RWT"),
    ],
)
def test_us_federal_case_numbers(text: str, number: str) -> None:
    assert _found(find_court_numbers(text), text) == [number]


@pytest.mark.parametrize("text", ["dated 20-12-1234", "Ref 20-AB-1234", "BP 120-80-70"])
def test_no_case_type_no_case_number(text: str) -> None:
    assert find_court_numbers(text) == []


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("screen_no", ("RECORD_NUMBER", False)),
        ("study_id", ("RECORD_NUMBER", False)),
        ("Sample ID", ("RECORD_NUMBER", False)),
        ("patient_no", ("RECORD_NUMBER", True)),
        ("USUBJID", ("RECORD_NUMBER", True)),
        ("contact no", ("PHONE_NUMBER", True)),
        ("account_no", ("ACCOUNT_NUMBER", True)),
        ("phone_no", ("PHONE_NUMBER", True)),
        ("house no", ("ADDRESS", True)),
        ("visit_no", None),
        ("row id", None),
        ("dose_no", None),
        ("model no", None),
        ("icd code", None),
    ],
)
def test_identifier_columns_by_suffix(header: str, kind: tuple[str, bool] | None) -> None:
    assert field_kind(header) == kind


def test_identifier_column_in_a_table() -> None:
    text = (
        "screen_no,subject_name,dob,eligible\n"
        '100-181,"Spasov, Borche",1997-05-09,N\n'
        "study_id | initials | yob | postcode\n"
    )
    found = {(text[s.start : s.end], s.kind) for s in find_field_values(text, text_words(text))}
    assert ("100-181", "RECORD_NUMBER") in found
    assert not any(value == "N" for value, _ in found)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Victim: Mangfova, Pelai, 97 — minor abrasion", "97"),
        ("Victim: Trüb, Alida, 105 – declined EMS", "105"),
        ("Smith, 92 - lives alone", "92"),
    ],
)
def test_apposition_closed_by_a_dash(text: str, age: str) -> None:
    assert _found(find_ages(text), text) == [age]


@pytest.mark.parametrize("text", ["Okafor, 92 - 95 Main St", "room 92 — left", "HR, 92 — stable"])
def test_dash_after_a_measure_is_no_age(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Card ending in 4417 (full PAN on file: 2204 9220 7111 3281)", "4417"),
        ("partial VIN ending 4829\n", "4829"),
        ("Result: BRCA2 c.5946delT (p.Ser1982fs) — pathogenic.", "1982"),
        ("OBX|1|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F", "70-99"),
    ],
)
def test_truncated_numbers_and_protein_changes_stay(text: str, kept: str) -> None:
    assert not any(kept in value for value in _found(find_by_context(text), text))


def test_account_ending_in_a_full_number_is_masked() -> None:
    text = "account ending 12345678 blocked"
    assert _found(find_by_context(text), text) == ["12345678"]


def test_label_before_prefixed_numbers_stays_readable() -> None:
    text = "DOB July 13, 2016   MRN 00346266   Acct: 872293694   EMP 12345"
    found = {(text[s.start : s.end], s.rule) for s in pattern_spans(text)}
    assert ("00346266", "mrn_prefixed") in found
    assert ("872293694", "account_prefixed") in found
    assert ("12345", "employee_prefixed") in found
    assert not any("MRN" in v or "Acct" in v or "EMP" in v for v, _ in found)


def test_structured_finds_munged_email() -> None:
    text = "xiuying.liu: my new email is xliu [at] yahoo [dot] de"
    assert any(
        s.kind == "EMAIL_ADDRESS" and text[s.start : s.end] == "xliu [at] yahoo [dot] de"
        for s in find_structured(text)
    )


@pytest.mark.parametrize(
    "text", ["Reported 2021-06-05 00:33 by the caller", " 21/03/2020 17:17  login from"]
)
def test_a_timestamp_is_no_national_number(text: str) -> None:
    # ten digits of a date and an hour may pass an NHS or a CPR check by chance
    assert find_national_ids(text) == []


def test_national_numbers_still_found_beside_times() -> None:
    text = "CPR 210320-2017, seen 21/03/2020 17:17"
    assert set(_found(find_national_ids(text), text)) == {"210320-2017"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("13/03/2019, 09:02 - 070 8446 4862 ext. 9490: This", "070 8446 4862 ext. 9490"),
        ("Bank nurse on call: Zoe Osborne (0064 20 206 3850)\n", "0064 20 206 3850"),
        ("by Piotrek (082573 43908 ext 8983)\nLocation", "082573 43908 ext 8983"),
        ("Tel (020) 7946 0958", "(020) 7946 0958"),
        ("call (212) 555-0147 now", "(212) 555-0147"),
    ],
)
def test_a_number_without_the_time_or_brackets_around_it(text: str, number: str) -> None:
    phones = {text[s.start : s.end] for s in find_structured(text) if s.kind == "PHONE_NUMBER"}
    assert number in phones
    assert not any(p.startswith("02 ") or (p.startswith("(") and p.endswith(")")) for p in phones)


def test_a_number_never_continues_over_a_line_break() -> None:
    text = "Telephone number(s): +84 911 255 217\n31. Inviting person"
    phones = {text[s.start : s.end] for s in find_structured(text) if s.kind == "PHONE_NUMBER"}
    assert phones == {"+84 911 255 217"}
