"""Coordinates in every common notation and plus codes, the codes made by the outside
reference (Google's `openlocationcode` library: encode, shorten), each masked whole.
Beside them: clinical and technical strings with "+" and hemisphere-like letters stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openlocationcode import openlocationcode as olc

from app.redaction.coordinates import find_coordinates

PLACES = [
    (47.365590, 8.524997), (-33.8688, 151.2093), (51.5072, -0.1276), (64.1466, -21.9426),
    (-22.9068, -43.1729), (35.6762, 139.6503), (1.3521, 103.8198), (-1.2921, 36.8219),
]  # fmt: skip


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_coordinates(text))


@pytest.mark.parametrize(("lat", "lon"), PLACES)
@pytest.mark.parametrize("length", [8, 10, 11])
def test_full_plus_codes_are_masked(lat: float, lon: float, length: int) -> None:
    code = olc.encode(lat, lon, length)
    assert olc.isFull(code)
    assert _covered(f"Meet at {code} by the gate.", code)


@pytest.mark.parametrize(("lat", "lon"), PLACES)
def test_short_plus_codes_with_their_locality_are_masked(lat: float, lon: float) -> None:
    short = olc.shorten(olc.encode(lat, lon), lat + 0.1, lon + 0.1)
    assert olc.isShort(short)
    if not any(c.isalpha() for c in short):
        pytest.skip("a short code of digits only is read as arithmetic")
    text = f"Pickup at {short} Kingsbury, then home."
    assert _covered(text, f"{short} Kingsbury")


def _hemi(value: float, letters: str) -> str:
    return letters[0] if value >= 0 else letters[1]


def _dms(value: float) -> tuple[int, int, int]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return d, m, round(((value - d) * 60 - m) * 60) % 60


@pytest.mark.parametrize(("lat", "lon"), PLACES)
@pytest.mark.parametrize(
    "form",
    [
        "{alat:.4f}{ns} {alon:.4f}{ew}",
        "{alat:.4f}° {ns} {alon:.4f}° {ew}",
        "{ns} {alat:.4f} {ew} {alon:.4f}",
        "{ns}{alat:.5f} {ew}{alon:.5f}",
        "{ns} {dlat}° {mlat}′ {slat}″ {ew} {dlon}° {mlon}′ {slon}″",
        "{dlat}:{mlat:02d}:{slat:02d}{ns} {dlon}:{mlon:02d}:{slon:02d}{ew}",
        "{dlat}d{mlat}m{slat}s{ns} {dlon}d{mlon}m{slon}s{ew}",
    ],
)
def test_coordinates_with_hemisphere_letters_are_masked(lat: float, lon: float, form: str) -> None:
    dlat, mlat, slat = _dms(lat)
    dlon, mlon, slon = _dms(lon)
    value = form.format(
        alat=abs(lat), alon=abs(lon), ns=_hemi(lat, "NS"), ew=_hemi(lon, "EW"),
        dlat=dlat, mlat=mlat, slat=slat, dlon=dlon, mlon=mlon, slon=slon,
    )  # fmt: skip
    assert _covered(f"Position: {value} (scene)", value)


@pytest.mark.parametrize(
    "text",
    [
        "C++ and 2+2=4",
        "CD4+ T cells 350",
        "ER+/PR+ HER2+",
        "Blood group O+",
        "Grade 3+",
        "The dose was 12.5 N/A",
        "Vitamin B12 2.5 E",
        "Na 140 K 4.2",
        "Room 2W 12.5 E",
        "Formula: 2345+67",
        "Score 9+9",
        "S1 S2 heard, N 2.5",
    ],
)
def test_strings_with_plus_and_letters_that_are_not_positions_stay(text: str) -> None:
    assert find_coordinates(text) == []


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("23456789CFGHJMPQRVWX+ NSEW.°′″:d0,"), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_coordinates(text):
        assert 0 <= span.start < span.end <= len(text)
