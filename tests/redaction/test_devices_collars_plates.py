"""Three Safe Harbor classes by the conventions that write them: a worn or implanted
device's code after its word (a CGM transmitter's six characters, a pump's or a
pacemaker's serial; (M)), a police officer's collar number after the rank and name (the
British forces' "PC Name 1234/X"; (R) any other unique number), and a plate with its
country's distinguishing sign in brackets (Vienna Convention 1968, Annex 3) or after a
German "…fahrzeug" compound ((L)). Negatives: models, years, vitamins, plain words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.devices import find_devices
from app.redaction.record_numbers import find_officer_numbers
from app.redaction.vehicles import find_vehicles
from tests.redaction.conftest import second_pass_covers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("R: Libor aware. CGM transmitter 8BQLSU.", "8BQLSU"),  # Dexcom's six characters
        ("transmitter ID: 81ND9U", "81ND9U"),
        ("Pacemaker S/N: PJN123456A", "PJN123456A"),
        ("insulin pump serial AB12345", "AB12345"),
        ("Sensor: 3MH00X1T2Y, left arm", "3MH00X1T2Y"),
        ("Capteur 0M0001ABCD posé le 3/5", "0M0001ABCD"),
    ],
)
def test_worn_device_codes_are_masked(text: str, value: str) -> None:
    assert second_pass_covers(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Dexcom G6 transmitter changed",  # a model
        "insulin pump MiniMed 780G",
        "Omnipod 5 pod replaced",
        "sensor 2 failed at 0300",
        "pump rate 12 units/h",
    ],
)
def test_device_models_and_counts_stay(text: str) -> None:
    assert [s for s in find_devices(text) if s.rule == "device_code_after_word"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officer: PC Svobodová 31708/T", "31708/T"),
        ("Officer: PC 許 78913/D", "78913/D"),
        ("DC 4521 attended the scene", "4521"),
        ("PCSO Ahmed 7781 took the statement", "7781"),
        ("Sgt. O'Neil 2231/B", "2231/B"),
    ],
)
def test_collar_numbers_after_a_rank(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_officer_numbers(text)]
    assert second_pass_covers(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "PC Jones 2021 annual report",  # a year
        "the officer arrived at 1530",  # a time after no rank and name
        "PC Jones attended",
    ],
)
def test_no_collar_number_where_none_is(text: str) -> None:
    assert find_officer_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unfallfahrzeug: CUF 364 (S), FIN 9717YNZS03YTJ4479", "CUF 364"),
        ("Tatfahrzeug CUF 364 gesehen", "CUF 364"),
        ("ABC 123 (S) left the scene", "ABC 123"),
        ("car KA 1234 (D)", "KA 1234"),
    ],
)
def test_plates_with_a_sign_or_after_a_vehicle_compound(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_vehicles(text)]


@pytest.mark.parametrize(
    "text", ["Vitamin B 12 (D)", "blood group AB 12 (S)", "Fahrzeug war rot", "Table 3 (A)"]
)
def test_no_plate_in_brackets_where_none_is(text: str) -> None:
    assert [s for s in find_vehicles(text) if s.rule == "plate_with_sign"] == []


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("PC DSgt.ABCS0123456789/()ahrzeugsensor:\n"), max_size=80))
def test_the_finders_take_any_text(text: str) -> None:
    for span in [*find_devices(text), *find_officer_numbers(text), *find_vehicles(text)]:
        assert 0 <= span.start < span.end <= len(text)
