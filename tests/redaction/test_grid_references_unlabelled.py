"""MGRS / USNG and UTM grid references with no label before them are masked whole, read by
their grid zone and 100 km square (NATO STANAG 2211; FGDC-STD-011-2001, the US National
Grid); look-alikes whose square letter is not of the zone's set, whose easting and
northing differ in precision, or whose zone is out of range stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.coordinates import find_coordinates

# The column letters of the 100 km squares by zone modulo 3 (STANAG 2211's lettering:
# set 1 A-H, set 2 J-R, set 3 S-Z, without I and O), and the row letters A-V.
_COLUMNS = {1: "ABCDEFGH", 2: "JKLMNPQR", 0: "STUVWXYZ"}
_ROWS = "ABCDEFGHJKLMNPQRSTUV"
_BANDS = "CDEFGHJKLMNPQRSTUVWX"


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_coordinates(text))


@pytest.mark.parametrize(
    "value",
    [
        "18S UJ 23371 06519",  # the USNG standard's example (Washington Monument)
        "18S UJ 2337 0651",
        "18S UJ 233 065",
        "18SUJ2337106519",
        "33T WN 00000 49776",
        "04Q FJ 12345 67890",  # a zone written with its leading zero
        "33T 512345 4678901",  # UTM: zone and band, easting, northing
        "33T 512345mE 4678901mN",
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Location: 12 Main St   GPS {v}\nPt",
        "Einsatzort | GPS: {v} | RTW 2",
        "Team met at {v} at 14:05.",
        "({v})",
    ],
)
def test_unlabelled_grid_references_are_masked(value: str, frame: str) -> None:
    text = frame.format(v=value)
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "14U AD 38293 61194",  # A is no column letter of zone 14 (set 2, J-R)
        "12A BC 1234 5678",  # A is no latitude band
        "61U KD 38293 61194",  # no zone 61
        "18S UJ 2337 06519",  # easting and northing of two precisions
        "Ward 4B, bed 12 AB 1234 5678",
        "HbA1c 48 mmol/mol, eGFR 62, CRP 12",
        "Invoice 2024-3C AB 12 payment 1234.",
        "Version 10X XB 12345 67890 3",
        "BP 120/80 HR 72 RR 16 SpO2 98",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not find_coordinates(text), text


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1, max_value=60),
    st.sampled_from(_BANDS),
    st.data(),
    st.sampled_from([3, 4, 5]),
)
def test_every_well_formed_reference_is_masked(
    zone: int, band: str, data: st.DataObject, digits: int
) -> None:
    column = data.draw(st.sampled_from(_COLUMNS[zone % 3]))
    row = data.draw(st.sampled_from(_ROWS))
    easting, northing = (
        data.draw(st.text("0123456789", min_size=digits, max_size=digits)) for _ in range(2)
    )
    value = f"{zone}{band} {column}{row} {easting} {northing}"
    assert _covered(f"Scene {value}, crew on site", value)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 CDEFGHJKLMNPQRSTUVWXYZ.,-:/mEN", max_size=60))
def test_any_text_is_read_without_error(text: str) -> None:
    for span in find_coordinates(text):
        assert 0 <= span.start < span.end <= len(text)
