"""Numbered photo and video file names (issue 15, session 44, split Z): a camera's, a
phone's or a scanner's name for one shot is masked whole, extension too; a file name
without digits stays readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.photo_file_names import find_photo_file_names
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wound photographed on admission: PXL_20230611_0412.jpg", "PXL_20230611_0412.jpg"),
        ("attached (dsc_7731.jpeg) and the consent form", "dsc_7731.jpeg"),
        ("Clip VID_20240102_183015.mp4 sent by the witness.", "VID_20240102_183015.mp4"),
        ("Bilder: portrait-88213.HEIF, Rückseite folgt", "portrait-88213.HEIF"),
        ("scan\tSCN00417.jpg\tfront", "SCN00417.jpg"),
        ("/uploads/kyc/selfie_50912.png", "selfie_50912.png"),
    ],
)
def test_numbered_image_name_is_masked_whole(text: str, name: str) -> None:
    assert name in _values(find_photo_file_names(text), text)
    found = find_structured(text)
    start = text.index(name)
    assert any(s.start <= start and start + len(name) <= s.end for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Letterhead: logo.png, footer.jpg",
        "see v2.png and fig3.png",
        "Report exported as results_2024.pdf",
        "version 1.2.3.jpg-like string",
        "uploaded 0334309-referral.tif for OCR",
        "IMG_20250317_K448120.HEIC (2.1 MB)",  # a record number filed in it: its own rule's
        "sent /home/hr/sicknote_Orlova_2024-03-02.jpg",
    ],
)
def test_file_name_without_a_shot_number_stays(text: str) -> None:
    assert find_photo_file_names(text) == []
