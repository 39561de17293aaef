"""Structured identifier classes that text written apart from the redactor showed us
missing: slashed references, clock times read as IPv6, the Vietnamese day word of a date,
ages as a year of life or "di anni", phone extensions in two groups, and street forms
(doubled commas before a postcode, a postcode straight after a house number, a Mexican
inner number, an address label mid-line). Positives across countries, negatives beside."""

from __future__ import annotations

import pytest

from app.redaction.ages import find_ages
from app.redaction.phones import find_phones
from app.redaction.structured import find_structured
from app.redaction.text import redact_text


def _values(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in find_structured(text) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("File ref AB/2023/00417 attached", "AB/2023/00417"),
        ("Incident 4410/KX/20931 logged", "4410/KX/20931"),
        ("Claim no. HX/12/998877, opened", "HX/12/998877"),
        ("Aktenzeichen 3 O 12/BK/2024/7 (Landgericht)", "12/BK/2024/7"),
        ("Our ref: KR/2023/NB/0042.", "KR/2023/NB/0042"),
    ],
)
def test_slashed_references_are_masked(text: str, value: str) -> None:
    assert value in _values(text, "RECORD_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Dose 5 mg/kg/day for L4/L5/S1 pain",
        "Seen on 12/03/2024 and 1/2/3 split",
        "HIV/AIDS/TB screening negative",
        "O2/CO2/N2 mixture",
    ],
)
def test_units_dates_and_lists_are_not_slashed_references(text: str) -> None:
    assert not [s for s in find_structured(text) if s.rule == "slash_reference"]


@pytest.mark.parametrize("time", ["00:00:04", "14:32:07", "1:05:59"])
def test_clock_times_are_not_ipv6(time: str) -> None:
    text = f"[{time}] OPERADOR: Bom dia"
    assert not _values(text, "IP_ADDRESS")


def test_ipv6_addresses_still_are() -> None:
    text = "login from fe80:0:0:0:202:b3ff:fe1e:8329 and 2001:db8:85a3:0:0:8a2e:370:7334"
    assert len(_values(text, "IP_ADDRESS")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ghi chú — ngày 11 tháng 03 năm 2023\nBệnh nhân",
        "Tái khám vào Ngày 3 tháng 5 năm 2021.",
    ],
)
def test_vietnamese_day_word_is_masked_with_the_date(text: str) -> None:
    out = redact_text(text).text
    assert "ngày" not in out.casefold()
    assert "tháng" not in out


def test_vietnamese_day_count_is_not_a_date() -> None:
    assert "3 ngày" in redact_text("Sốt 3 ngày, ho nhiều.").text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("nato il 02/03/1925, di anni 101.", "101"),
        ("Korisnica u 92. godini života, tlak uredan", "92"),
        ("Pacjentka w 95. roku życia, przyjęta", "95"),
        ("verstorben im 93. Lebensjahr", "93"),
        ("in his 101st year of life", "101"),
        ("overleden in het 91e levensjaar", "91"),
        ("dans sa 96e année de vie", "96"),
    ],
)
def test_ages_as_a_year_of_life_or_di_anni(text: str, age: str) -> None:
    assert age in [text[s.start : s.end] for s in find_ages(text)]


@pytest.mark.parametrize(
    "text",
    [
        "di anni 10 di lavoro",
        "lavora da anni 92 ore",
        "nel 92. anno del secolo",
        "u 92. godini rada tvrtke",
        "da 92 anni la ditta",
    ],
)
def test_year_counts_that_are_not_ages(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    "number",
    [
        "+90(018)155-7053x380-659",
        "+44 20 7946 0958 ext. 12-34",
        "(212) 555-0147 x12-345",
    ],
)
def test_phone_extensions_in_two_groups(number: str) -> None:
    text = f"Tel {number}\nnext line"
    assert number in [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Greek forms with a doubled comma before "TK" and the postcode
        ("Address: Palama 8,, TK 52563 Edessa. Son: Nikos", "Palama 8"),
        ("address is Ermou 02-62,, TK 161 03 Athina\nok", "Ermou 02-62"),
        # Swiss and German: the postcode straight after the house number
        ('ship_to="Bahnhofstrasse 19 8001 Zürich" phone', "Bahnhofstrasse 19 8001 Zürich"),
        ("wohnhaft Musterstraße 12a 80331 München seit", "Musterstraße 12a 80331 München"),
        # Croatian, Polish, Czech: an address label after a sentence on the same line
        ("Kontakt: +385 49 943 214. Adresa: Ilica perivoj 5a 10000 Zagreb", "Ilica perivoj 5a"),
        ("Tel. 601 234 567. Adres: os. Słoneczne 4 31-200 Kraków", "os. Słoneczne 4"),
        # Mexican inner number after the outer one
        ("Vive en Calle Morelos 417 233, Toluca.", "417 233"),
        ("Domicilio: Avenida Reforma 120 15, Ciudad de México", "120 15"),
        ("Domicilio en Calle Hidalgo 45 Int. 3, Puebla.", "45 Int. 3"),
    ],
)
def test_street_forms(text: str, address: str) -> None:
    out = redact_text(text).text
    assert address not in out
    assert "<ADDRESS" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ibuprofen 400 mg 3 times a day. Address: see above", "see above"),
        ("Hauptstrasse 5 has a pharmacy; take 2 tablets daily", "2 tablets daily"),
        ("Seen today. Address questions to the ward clerk.", "questions to the ward clerk"),
    ],
)
def test_street_forms_keep_prose(text: str, kept: str) -> None:
    assert kept in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Unfalltag: 19.06.2025, Unfallort: Bad Tölz\nGegner", "Bad Tölz"),
        ("Place of birth: Stratford upon Avon", "Stratford upon Avon"),
        ("Lieu de naissance : Rodez", "Rodez"),
        ("Geboren:   26/12/1962 te Zwolle\nAdres", "Zwolle"),
        ("né le 3 mars 1950 à Quimper.", "Quimper"),
        ("nato il 02/03/1925 a Bari.", "Bari"),
    ],
)
def test_towns_after_place_labels_and_birth_dates(text: str, town: str) -> None:
    assert town in _values(text, "LOCATION")


@pytest.mark.parametrize(
    "text",
    ["Town: see above", "Ort und Datum: unten", "Born 1950 in the USA", "City: the ward"],
)
def test_place_labels_without_a_town(text: str) -> None:
    assert not [s for s in find_structured(text) if s.rule.startswith("place_after_")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Transferencia no reconocida de 3.500,00 € el martes", "3.500,00 €"),
        ("Abbuchung Nr 1.250 EUR storniert", "1.250 EUR"),
        ("Investigator log\n03/21/2022 14:02  Called bank", "14:02"),
    ],
)
def test_amounts_and_timestamps_stay(text: str, kept: str) -> None:
    assert kept in redact_text(text).text


def test_identifiers_beside_amounts_are_still_masked() -> None:
    out = redact_text("Invoice no 2024-118 of 1.250 EUR; account no 12345678 €").text
    assert "2024-118" not in out
    assert "12345678" not in out
