"""Structured identifiers by the conventions that write them, with invented values: a
device serial with its printed prefix ("SN-", "S/N-", "SER-"); an age after a person's
pronoun set ("she/her, 94"); a postcode alone after a word for "address"; a Korean road
address whose building number stands underground (지하) or a lot in the hills (산); an
Australian state's code before a driver licence's digits, and a region's code after a
licence word; Mexico's CLABE, Argentina's CBU and CVU, Peru's CCI as account labels; a
place after a card's capitals label and a column's gap (OCR'd identity cards); a Eurodac
reference; a store's kind and hex digest ("face-tmpl/…"). Negatives: a drug's code, a
status, a view name, a street number, table headers, label words."""

from __future__ import annotations

import pytest

from app.redaction.accounts import find_accounts
from app.redaction.address_forms import KR_ADDRESS
from app.redaction.ages import find_ages
from app.redaction.devices import find_devices
from app.redaction.places import find_places
from app.redaction.postcodes import find_postcodes
from app.redaction.record_numbers import find_fixed_shapes
from tests.redaction.conftest import second_pass_covers, second_pass_leaves


def _covers(spans: list, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        s.start <= start and end <= s.end and (kind is None or s.kind == kind) for s in spans
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Device identifiers: SN-PLKQWZRTVB", "SN-PLKQWZRTVB"),  # no digit at all
        ("Access fob: SN-HQ4RTZMW2X", "SN-HQ4RTZMW2X"),
        ("Laptop | S/N-RT55AC10ZQ | owner", "S/N-RT55AC10ZQ"),
        ("Returned unit SER-K4X9P2ZB, faulty", "SER-K4X9P2ZB"),
        ("Label reads SN:0042KXA9", "0042KXA9"),  # a colon: "SN" is the label
    ],
)
def test_prefixed_serials_are_device_ids(text: str, value: str) -> None:
    assert _covers(find_devices(text), text, value, "DEVICE_ID")
    assert second_pass_covers(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SN-38 is irinotecan's active metabolite", "SN-38"),  # a drug's code
        ("SN: PENDING", "PENDING"),  # a status after a colon
        ("Device ID: VIEW-PORTRAIT", "VIEW-PORTRAIT"),  # a view, no serial
    ],
)
def test_not_prefixed_serials(text: str, value: str) -> None:
    assert not _covers(find_devices(text), text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client: Ines Varga, pronouns she/her, 94 (check)", "94"),
        ("Intake: Robin Osei, they/them, 102?? (confirm DOB)", "102"),
        ("Referral for Sam, he/him/his, 91, lives alone", "91"),
        ("New resident: she/they, 99.", "99"),
    ],
)
def test_age_after_pronoun_set(text: str, value: str) -> None:
    assert _covers(find_ages(text), text, value, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "Contact: he/him, 95 Harbour Road",  # a street number
        "pronouns she/her, 92 kg on admission",
        "pronouns she/her 97",  # no comma: no apposition
    ],
)
def test_not_age_after_pronoun_set(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Identity confirmed with DOB and address 60314.", "60314"),
        ("Verified by phone, address 2750\nNext step: refill", "2750"),
        ("Adresse: 75011, merci", "75011"),
        ("Home address: 30-518.", "30-518"),
    ],
)
def test_lone_postcode_after_address_word(text: str, value: str) -> None:
    assert _covers(find_postcodes(text), text, value, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "address 4021 Larkspur Avenue",  # a house number, the street goes on
        "IP address 10.44.0.12.",
        "address 12 is vacant.",  # too short for a postcode
    ],
)
def test_not_lone_postcode_after_address_word(text: str) -> None:
    assert [s for s in find_postcodes(text) if s.rule == "postcode_after_address_word"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("경기도 안산시 중앙대로 지하 412 (초지마을)", "지하 412"),
        ("전라북도 남원시 동산로 지하77", "지하77"),
        ("강원도 홍천군 내촌면 서곡리 산 27-4", "산 27-4"),
    ],
)
def test_korean_underground_and_hill_numbers(text: str, value: str) -> None:
    m = KR_ADDRESS.search(text)
    assert m is not None
    assert value in m.group()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yours sincerely, Dr Haddad (VIC 31907264)", "VIC 31907264"),
        ("Reporter licence no. QLD 508812743, tel", "QLD 508812743"),
        ("driver licence: WA 4418093", "WA 4418093"),  # a region code after a licence word
        ("Driving licence CA D7731905 seen", "CA D7731905"),
    ],
)
def test_region_code_and_licence_digits(text: str, value: str) -> None:
    assert _covers(find_fixed_shapes(text), text, value, "LICENSE_NUMBER")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Licence NO 41570923 issued", "NO 41570923"),  # "NO" is the label's, not a region
        ("Seattle, WA 98109", "WA 98109"),  # a US state and a ZIP, no licence word
        ("VIC 2021 meeting", "VIC 2021"),
    ],
)
def test_not_region_licences(text: str, value: str) -> None:
    assert not _covers(find_fixed_shapes(text), text, value, "LICENSE_NUMBER")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CLABE para depósito: 0147 2930 55 10482733", "0147 2930 55 10482733"),
        ("CBU 2850 5909 4009 0418 1350 21", "2850 5909 4009 0418 1350 21"),
        ("CVU: 0000 0031 0001 2345 6789 01", "0000 0031 0001 2345 6789 01"),
        ("CCI 0021 9300 1234 5678 9012", "0021 9300 1234 5678 9012"),
    ],
)
def test_national_account_labels(text: str, value: str) -> None:
    assert _covers(find_accounts(text), text, value, "ACCOUNT_NUMBER")


def test_account_label_words_stay() -> None:
    text = "Cuenta CLABE: 0147 2930 55 10482733"
    assert second_pass_leaves(text, "Cuenta CLABE")
    assert second_pass_covers(text, "0147 2930 55 10482733")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DATE OF BIRTH      04.11.1951\nPLACE OF BIRTH     GMUND\nDOCUMENT NO  X", "GMUND"),
        ("LIEU DE NAISSANCE    ANNECY\n", "ANNECY"),
        ("PLACE OF RESIDENCE   Kirkwall   SEX   F", "Kirkwall"),
        ("Place of birth      Tromsø\nSex   F", "Tromsø"),  # OCR'd in mixed case
        ("MIEJSCE URODZENIA    GDYNIA", "GDYNIA"),
    ],
)
def test_place_after_gap_label_and_gap(text: str, value: str) -> None:
    assert _covers(find_places(text), text, value, "LOCATION")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NAME     CITY     STATE\n", "STATE"),  # a table's header row
        ("PLACE OF BIRTH     DATE OF ISSUE   12.01.2020", "DATE OF ISSUE"),  # an empty field
        ("Place of birth  Leeds", "Leeds"),  # two blanks: no column's gap
        ("the place of birth   was unknown", "was unknown"),  # no capitalised place
    ],
)
def test_not_place_after_gap_label(text: str, value: str) -> None:
    spans = [s for s in find_places(text) if s.rule == "place_after_gap_label"]
    assert not _covers(spans, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Biobank consent ref EURODAC GR5521C09A7E", "EURODAC GR5521C09A7E"),
        ("Fingerprints collected: face-tmpl/9be04a71c2d3", "face-tmpl/9be04a71c2d3"),
        ("template iris/0be1c9d4a7f2 stored", "iris/0be1c9d4a7f2"),
        ("Biometric ref IRIS:7c1e0a9b3d5f2e48 held", "IRIS:7c1e0a9b3d5f2e48"),
        ("Stored as palm-tmpl/5e0c3a9b1d77.", "palm-tmpl/5e0c3a9b1d77"),  # a sentence's stop
    ],
)
def test_eurodac_and_kind_digest_handles(text: str, value: str) -> None:
    assert _covers(find_fixed_shapes(text), text, value, "RECORD_NUMBER")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("see https://example.org/commit/9be04a71c2d3", "commit/9be04a71c2d3"),  # a URL's path
        ("ratio 1/2 and dose/3", "dose/3"),
        ("Eurodac check pending", "Eurodac check"),
        ("IPv6 2001:db8:d9c2:3ba8:ac3d:decd:2462:b286", "db8:d9c2"),  # groups of four
        ("at 12:30 then 10:45:00", "10:45:00"),
    ],
)
def test_not_kind_digest_handles(text: str, value: str) -> None:
    spans = [s for s in find_fixed_shapes(text) if s.rule in ("kind_digest_handle", "eurodac")]
    assert not _covers(spans, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Serial number: QWZRTPLKMX", "QWZRTPLKMX"),  # no digit
        ("Seriennummer: KXTRZWQP4B", "KXTRZWQP4B"),  # one digit
        ("Numer seryjny: WQZT3KRPLX", "WQZT3KRPLX"),
        ("número de serie PLKQWZRT9B", "PLKQWZRT9B"),
        ("Device serial: AB1CDEFGHJ", "AB1CDEFGHJ"),
        ("S/N TQWZRPLKMX", "TQWZRPLKMX"),
    ],
)
def test_serials_after_their_labels(text: str, value: str) -> None:
    spans = [s for s in find_devices(text) if s.rule == "serial_after_label"]
    assert _covers(spans, text, value, "DEVICE_ID")
    assert not _covers(spans, text, text[: text.index(value)].strip())  # the label stays


@pytest.mark.parametrize(
    "text",
    [
        "Serial number: UNKNOWN",
        "Serial: PENDING",
        "Serial number: SMITHS",  # a word in capitals
        "Serial No. 4HXZ",  # too short
        "Serial dilutions: ABCDEF",
    ],
)
def test_not_serials_after_labels(text: str) -> None:
    assert [s for s in find_devices(text) if s.rule == "serial_after_label"] == []
