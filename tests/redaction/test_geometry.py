"""The coordinate record of an item: stored pixels -> original pixels and back is exact."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.errors import RedactionInputError
from app.redaction.geometry import ItemGeometry


@st.composite
def geometries(draw: st.DrawFn) -> ItemGeometry:
    """A crop of an original image, resampled to any size (ingest today: the same size)."""
    ow, oh = draw(st.integers(1, 5000)), draw(st.integers(1, 5000))
    left, top = draw(st.integers(0, ow - 1)), draw(st.integers(0, oh - 1))
    right, bottom = draw(st.integers(left + 1, ow)), draw(st.integers(top + 1, oh))
    if draw(st.booleans()):
        return ItemGeometry.cropped((ow, oh), (left, top, right, bottom))
    return ItemGeometry(ow, oh, (left, top, right, bottom), draw(st.integers(1, 5000)),
                        draw(st.integers(1, 5000)))  # fmt: skip


@given(geometry=geometries(), data=st.data())
@settings(max_examples=300, deadline=None)
def test_map_then_inverse_is_the_same_point(geometry: ItemGeometry, data: st.DataObject) -> None:
    x = data.draw(st.integers(0, geometry.width))
    y = data.draw(st.integers(0, geometry.height))
    ox, oy = geometry.to_original(x, y)
    back = geometry.to_stored(ox, oy)
    if isinstance(ox, int) and isinstance(oy, int):
        assert back == (x, y)  # whole pixels: exact
    else:  # resampled to a fraction of a pixel: a float for COCO, within its rounding
        assert back == pytest.approx((x, y), abs=1e-6)
    # The stored image's corners land on the crop's corners in the original.
    assert geometry.to_original(0, 0) == geometry.crop[:2]
    assert geometry.to_original(geometry.width, geometry.height) == geometry.crop[2:]
    assert ItemGeometry.from_json(geometry.to_json()) == geometry


@given(geometry=geometries(), dx=st.integers(0, 10_000), dy=st.integers(0, 10_000))
@settings(max_examples=200, deadline=None)
def test_a_crop_without_resampling_is_a_whole_pixel_shift(
    geometry: ItemGeometry, dx: int, dy: int
) -> None:
    left, top, right, bottom = geometry.crop
    plain = ItemGeometry.cropped((geometry.original_width, geometry.original_height), geometry.crop)
    assert (plain.width, plain.height) == (right - left, bottom - top)
    ox, oy = plain.to_original(dx, dy)
    assert (ox, oy) == (left + dx, top + dy)
    assert isinstance(ox, int)  # integer pixels stay integers in the export


def test_an_uncropped_item_is_the_identity() -> None:
    geometry = ItemGeometry.cropped((640, 480), None)
    assert geometry.identity
    assert geometry.to_original(17, 33) == (17, 33)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5000) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=16), inner),
    max_leaves=12,
)


@given(
    record=json_values
    | st.fixed_dictionaries(
        {
            "version": st.integers(0, 2),
            "original_width": json_values,
            "original_height": json_values,
            "width": json_values,
            "height": json_values,
            "crop": st.lists(st.integers(-2, 3000), max_size=5) | json_values,
        }
    )
)
@settings(max_examples=300, deadline=None)
def test_a_malformed_record_is_refused_with_one_error(record: Any) -> None:
    try:
        geometry = ItemGeometry.from_json(record)
    except RedactionInputError:
        return
    assert geometry.to_json() == record


def test_a_crop_outside_the_image_is_refused() -> None:
    with pytest.raises(RedactionInputError, match="inconsistent"):
        ItemGeometry(100, 100, (50, 50, 150, 90), 100, 40)
