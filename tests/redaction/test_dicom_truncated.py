"""A DICOM copy cut off part-way is refused as truncated, never ingested without pixels."""

from __future__ import annotations

import io

import pydicom
import pytest
from pydicom.data import get_testdata_file

from app.redaction.errors import DicomReadError
from app.redaction.pipeline import redact_item

from .conftest import SECRET

CT = open(get_testdata_file("CT_small.dcm"), "rb").read()  # noqa: SIM115


@pytest.mark.parametrize("cut", [500, 2000, 5000, len(CT) - 1])
def test_ct_small_cut_mid_element_is_refused(cut: int) -> None:
    with pytest.raises(DicomReadError, match="truncated"):
        redact_item("dicom", CT[:cut], project_secret=SECRET, settings={"dicom_ocr": "never"})


def test_image_cut_exactly_before_pixel_data_is_refused() -> None:
    ds = pydicom.dcmread(io.BytesIO(CT))
    del ds.PixelData
    out = io.BytesIO()
    ds.save_as(out)
    with pytest.raises(DicomReadError, match="no pixel data"):
        redact_item("dicom", out.getvalue(), project_secret=SECRET, settings={"dicom_ocr": "never"})


def test_the_whole_file_is_accepted() -> None:
    item = redact_item("dicom", CT, project_secret=SECRET, settings={"dicom_ocr": "never"})
    assert item.meta["rows"] == 128
