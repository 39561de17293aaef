"""Names and identifiers found by the field or the written convention that says what they
are, each with negatives that must stay readable:

- digits in three or more hyphenated groups, twelve digits or more, masked with no word
  before them (the issue's "digits in groups"); a date, a range, a drug code and a valid
  ISBN-13 (ISO 2108) stay;
- "SURNAME, Given" with any capital letter of Unicode (Central European carons);
- "SURNAME Given" (ICAO 9303's order, kept by EU and Nordic forms): a dictionary given
  name after a surname in capitals, when it closes the value ("BERGLUND Per");
- the columns of card and payment exports: a card number's header (ISO/IEC 7812's
  primary account number) and the parties of a transfer (SEPA's Auftraggeber,
  Zahlungsempfänger; customer in several languages);
- HL7 FHIR R4: the `display` of a Reference whose target is a person (Coverage.
  beneficiary, Observation.performer ...), not of one that names an organisation;
- SWIFT MT103's ordering customer and beneficiary (:50K:, :59:, :50F:/:59F: "1/" lines);
- "she's 98 for ..." : a person said to be an age over 89, the clause going on;
- a surname after a police rank, even one letter ("PC I"), and an initial before a
  two-letter surname ("A. Co", "J. Ng": romanised Chinese, Korean, Vietnamese).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.ages import find_ages
from app.redaction.field_names import field_kind
from app.redaction.name_forms import initial_forms, surname_after_given
from app.redaction.names import find_names
from app.redaction.record_numbers import find_fixed_shapes
from app.redaction.spans import Span
from app.redaction.structured import text_words
from app.redaction.swift_mt import find_swift
from app.redaction.tables import find_field_values

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _grouped(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_fixed_shapes(text) if s.rule == "grouped_digits"]


@pytest.mark.parametrize(
    "value",
    ["979-6975382-9974936", "461-2675012-0061145", "4021-9987-3310-2245-07", "12-3456-789012"],
)
def test_long_grouped_digits_are_masked_without_a_word(value: str) -> None:
    assert _grouped(f"Pupil: Max Thomas   UPN {value}\n") == [value]
    assert _grouped(f"ref {value}, see note") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Seen 2024-03-12 at 10:15",  # a date
        "Range 100-200-300 mg",  # fewer than twelve digits
        "NDC 0002-3227-30 dispensed",  # a drug's code (ten digits)
        "ISBN 978-3-16-148410-0",  # a book, the ISBN-13 check digit holds
        "Version 10-0-19041",  # few digits
        "phone 555-123-4567",  # ten digits
    ],
)
def test_short_or_book_numbers_in_groups_stay(text: str) -> None:
    assert _grouped(text) == []


@_SETTINGS
@given(st.text(alphabet="0123456789- ab/.,", max_size=60))
def test_grouped_digits_hold_only_digits_and_hyphens(text: str) -> None:
    for value in _grouped(text):
        assert set(value) <= set("0123456789-")
        assert sum(c.isdigit() for c in value) >= 12


def _names(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_names(text)})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BOŽIČ, Stanko, aged 92, lives alone", "BOŽIČ, Stanko"),
        ("DVOŘÁK, Jan - fall at home", "DVOŘÁK, Jan"),
        ("Victim: ŠIMKŮ, Věra, DOB 1931", "ŠIMKŮ, Věra"),
    ],
)
def test_caps_last_first_with_any_capital(text: str, name: str) -> None:
    assert name in _names(text)


def test_caps_acronym_before_comma_stays() -> None:
    assert "MRI, Brain" not in _names("Request: MRI, Brain with contrast")


def _grown(text: str, surname: str) -> list[str]:
    start = text.index(surname)
    spans = [Span(start, start + len(surname), "PERSON", "test", 0.8)]
    return [text[s.start : s.end] for s in surname_after_given(text, spans)]


@pytest.mark.parametrize(
    ("text", "surname", "name"),
    [
        ("Customer: BERGLUND Per\nID: x", "BERGLUND", "BERGLUND Per"),
        ("Name: NGUYEN Lan, born 1950", "NGUYEN", "NGUYEN Lan"),
        ("Holder  HANSEN Ola  Account", "HANSEN", "HANSEN Ola"),
    ],
)
def test_given_name_after_caps_surname(text: str, surname: str, name: str) -> None:
    assert name in _grown(text, surname)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Seen by PATEL Today, stable", "PATEL"),  # no given name
        ("Customer: BERGLUND Per month fee", "BERGLUND"),  # "per month": the value goes on
    ],
)
def test_word_after_caps_surname_stays(text: str, surname: str) -> None:
    assert _grown(text, surname) == []


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Kartennummer", "CREDIT_CARD"),
        ("Card Number", "CREDIT_CARD"),
        ("numéro de carte", "CREDIT_CARD"),
        ("Kunde", "PERSON"),
        ("Auftraggeber", "PERSON"),
        ("Zahlungsempfänger", "PERSON"),
        ("prénom usuel", "PERSON"),
    ],
)
def test_payment_and_form_field_names(header: str, kind: str) -> None:
    found = field_kind(header)
    assert found is not None
    assert found[0] == kind


def _values(text: str) -> list[tuple[str, str]]:
    return sorted(
        (text[s.start : s.end], s.kind) for s in find_field_values(text, text_words(text))
    )


def test_customer_column_beside_a_card_column() -> None:
    text = (
        "Timestamp;Kunde;Kartennummer;Betrag\n"
        "2022-02-19T13:26:00Z;Vlore, Saimir;5403-4281-6271-9392;129,99 EUR\n"
    )
    assert ("Vlore, Saimir", "PERSON") in _values(text)
    assert ("129,99 EUR", "PERSON") not in _values(text)


def test_transfer_party_column_beside_an_iban_column() -> None:
    text = "Auftraggeber;IBAN;Betrag\nBrown, Carlton;DE51772128227847484686;89,90\n"
    assert ("Brown, Carlton", "PERSON") in _values(text)


def test_customer_column_alone_is_no_table_of_people() -> None:
    # a weak person word with no identifying column beside it: a segment, not a name
    assert _values("Kunde;Umsatz;Region\nGroßhandel;1200;Nord\n") == []


def test_fhir_person_reference_display() -> None:
    text = (
        '{"resourceType":"Coverage","beneficiary":{"display":"Bledar Alla"},'
        '"payor":[{"display":"Instituto Mexicano del Seguro Social"}],'
        '"type":{"coding":[{"display":"health insurance plan policy"}]}}'
    )
    values = _values(text)
    assert ("Bledar Alla", "PERSON") in values
    assert all("Instituto" not in v and "policy" not in v for v, _ in values)


def test_fhir_performer_list_display() -> None:
    text = '{"resourceType":"Observation","performer":[{"display":"Dr Ana Ruiz"}]}'
    assert ("Dr Ana Ruiz", "PERSON") in _values(text)


_MT103 = (
    "{1:F01BANKDEFFAXXX}{2:I103BANKGB2LXXXXN}\n"
    ":20:FT21471ZRCM7533\n:23B:CRED\n:32A:EUR12500,00\n"
    ":50K:/DK3656593309087487\nHAYUN JO\nSEOUL 789-10\n"
    ":59:/TR285273790498187391399236\nJEONGJA I\n"
    ":70:INVOICE SETTLEMENT\n:71A:SHA\n"
)


def _swift(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in find_swift(text) if s.kind == kind]


def test_swift_party_names() -> None:
    assert _swift(_MT103, "PERSON") == ["HAYUN JO", "JEONGJA I"]


def test_swift_party_without_account_and_structured_party() -> None:
    text = ":20:REF1\n:59:ANNA NOWAK\n:50F:/12345678\n1/SMITH JOHN\n2/10 HIGH STREET\n:71A:SHA\n"
    assert sorted(_swift(text, "PERSON")) == ["ANNA NOWAK", "SMITH JOHN"]


def test_swift_codes_and_remittance_stay() -> None:
    persons = _swift(_MT103, "PERSON")
    assert not any("INVOICE" in p or "CRED" in p or "SHA" in p for p in persons)


@_SETTINGS
@given(st.text(alphabet=":0123456789ABKF/\n {}JOHN", max_size=120))
def test_swift_findings_lie_inside_the_text(text: str) -> None:
    for span in find_swift(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]


def _ages(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ages(text)]


@pytest.mark.parametrize(
    "text",
    ["omg. is she ok? she's 98 for gods sake", "mum is 95 or so", "he's 91 at least"],
)
def test_person_said_to_be_an_age(text: str) -> None:
    assert len(_ages(text)) == 1


@pytest.mark.parametrize("text", ["she's 98 kg now", "he's 92 percent sure", "HR 92 for 3 min"])
def test_measure_after_a_number_stays(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporting officer: PC I FAC/15046/24", "I"),  # Korean 이, Revised Romanization
        ("Officer: PC Rasel 98278/J", "Rasel"),
    ],
)
def test_surname_after_a_police_rank(text: str, name: str) -> None:
    assert name in _names(text)


def test_pronoun_after_a_rank_stays() -> None:
    assert "I" not in _names("Officer: PC I think was there")


@pytest.mark.parametrize(
    ("text", "name"), [("A. Co, FY2 (bleep 4471)", "A. Co"), ("Reviewed: J. Ng, SHO", "J. Ng")]
)
def test_initial_and_two_letter_surname(text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s in initial_forms(text)]


@pytest.mark.parametrize("text", ["See A. St. James church", "Head to B. Rd and left"])
def test_initial_and_two_letter_abbreviation_stays(text: str) -> None:
    assert initial_forms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Verordnung, ausstellender Arzt ŽAGAR, LANR 948374501",  # a doctor's number's label
        "Σύζυγος Α: ΙΟΡΔΆΝΗΣ ΜΟΥΣΕΛΊΜΗΣ, ΑΜΚΑ 29046397336",  # Greek social security label
    ],
)
def test_identifier_label_after_caps_surname_and_comma_stays(text: str) -> None:
    assert not any("LANR" in n or "ΑΜΚΑ" in n for n in _names(text))


def test_person_field_value_stops_before_the_next_label() -> None:
    text = "Asiakas: Kazim Mourib, HETU 111125A4210\nDOB: 01/02/1950\n"
    values = _values(text)
    assert ("Kazim Mourib", "PERSON") in values
    assert not any("HETU" in v for v, _ in values)


def test_card_number_column_is_a_card() -> None:
    text = "Name;Card number;Amount\nAna Ruiz;4111 1111 1111 1111;12,00\n"
    assert ("4111 1111 1111 1111", "CREDIT_CARD") in _values(text)
