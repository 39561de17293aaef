"""The two parsers of item bytes (images, DICOM) give pixels or one ItemDisplayError on any
input: random bytes, and real files truncated or with bytes flipped."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydicom.data import get_testdata_file

from app.ui.errors import ItemDisplayError
from app.ui.qt.dicom_view import read_dicom
from app.ui.qt.image_canvas import decode_image
from tests.ui.views_harness import scene_image

CT = Path(str(get_testdata_file("CT_small.dcm"))).read_bytes()
PNG = scene_image("PNG", (64, 48))
JPEG = scene_image("JPEG", (64, 48))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def damaged(original: bytes) -> st.SearchStrategy[bytes]:
    """The file cut short, or with a few bytes overwritten."""
    cut = st.integers(0, len(original)).map(lambda n: original[:n])
    flips = st.lists(
        st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)), min_size=1, max_size=8
    )

    def flip(changes: list[tuple[int, int]]) -> bytes:
        data = bytearray(original)
        for at, value in changes:
            data[at] = value
        return bytes(data)

    return cut | flips.map(flip)


@SLOW
@given(st.binary(max_size=512) | damaged(PNG) | damaged(JPEG))
def test_image_bytes_decode_or_raise_one_error(qapp: object, data: bytes) -> None:
    try:
        image, size = decode_image(bytearray(data))
    except ItemDisplayError:
        return
    assert not image.isNull()
    assert size.width() > 0


@SLOW
@given(st.binary(max_size=512) | damaged(CT))
def test_dicom_bytes_decode_or_raise_one_error(data: bytes) -> None:
    try:
        pixels = read_dicom(bytearray(data))
    except ItemDisplayError:
        return
    assert pixels.frames.ndim in (3, 4)
