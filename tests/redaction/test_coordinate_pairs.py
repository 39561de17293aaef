"""Signed decimal-degree pairs with no hemisphere letters (ISO 6709's decimal form,
latitude first, as GPS exports and map links write it), masked whole in every separator
form; beside them, measurements, ranges, ratios, versions and lists of values stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.coordinates import find_coordinates

# Places on every continent and both sides of both zero lines.
PLACES = [
    (47.365590, 8.524997), (-33.8688, 151.2093), (51.5072, -0.1276), (64.1466, -21.9426),
    (-22.9068, -43.1729), (35.6762, 139.6503), (1.3521, 103.8198), (-41.093990, -115.420429),
    (44.42472, -158.30130), (-77.8419, 166.6863),
]  # fmt: skip
SEPARATORS = [",", ", ", ";", " ", "  ", " , "]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_coordinates(text))


@pytest.mark.parametrize(("lat", "lon"), PLACES)
@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("decimals", [4, 5, 6])
def test_signed_decimal_pairs_are_masked(
    lat: float, lon: float, separator: str, decimals: int
) -> None:
    pair = f"{lat:.{decimals}f}{separator}{lon:.{decimals}f}"
    for text in (f"GPS: {pair}", f"Location (lat,lon): {pair}.", f"| geo | {pair} |", pair):
        assert _covered(text, pair), text


@pytest.mark.parametrize(
    "text",
    [
        "K 3.5-5.1 mmol/L",
        "version 1.2345, 2.3456",
        "1.2345, 2.3456 mg",
        "12.3456, 45.6789 mmol/L",
        "CI (0.8123, 0.9345)",
        "values 12.3456, 45.6789, 78.9012",
        "ratio 45.1234 12.5678 mmol",
        "12.3456 45.6789%",
        "95.1234, 12.5678",  # no latitude beyond 90
        "45.1234, 190.5678",  # no longitude beyond 180
        "eGFR 45.12 ml/min, creatinine 1.23",
        "Build 10.0.19045.3803",
    ],
)
def test_measurements_and_lists_are_no_position(text: str) -> None:
    assert not [s for s in find_coordinates(text) if s.rule == "coordinates_pair"], text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("0123456789.,; -+−°%mgabc\n"), max_size=80))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_coordinates(text):
        assert 0 <= span.start < span.end <= len(text)
