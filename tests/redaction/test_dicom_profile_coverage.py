"""Every DICOM file we can get offline comes out clean, and every attribute of the profile
table is acted on: a dataset holding a marked value in each of them keeps none.

Pixels (burned-in text) are covered by test_dicom.py on the synthetic set; here OCR is off
so that the ~80 files of pydicom's wheel stay quick.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pydicom.data
import pytest
from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.tag import Tag
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, ExplicitVRLittleEndian

from app.redaction.dicom import is_standard_uid, read_dicom
from app.redaction.dicom_profile import (
    ACTIONS_BY_TAG,
    BASIC_PROFILE,
    DUMMY,
    EMPTY,
    REMOVE,
    UID,
    UNKNOWN_KEYWORDS,
)
from app.redaction.errors import RedactionInputError
from app.redaction.pipeline import redact_item
from resources.synthetic.eval_redaction import dicom_violations, is_overlay_or_curve

from .conftest import SECRET

_NO_OCR = {"dicom_ocr": "never"}
TEST_FILES = Path(pydicom.data.__file__).parent / "test_files"
BUNDLED = sorted(p.name for p in TEST_FILES.glob("*.dcm"))
# Files pydicom ships damaged on purpose: refusing them (one clear message) is right.
# no_meta.dcm: without a preamble pydicom misreads it as one 173 MB element that the file
# does not hold; rtplan_truncated.dcm is cut part-way (both refused as truncated).
DAMAGED = {"MR_truncated.dcm", "badVR.dcm", "no_meta.dcm", "rtplan_truncated.dcm"}
_META_KEPT = {
    "FileMetaInformationGroupLength",
    "FileMetaInformationVersion",
    "MediaStorageSOPClassUID",
    "MediaStorageSOPInstanceUID",
    "TransferSyntaxUID",
    "ImplementationClassUID",
    "ImplementationVersionName",
}


def _uids(ds: Dataset) -> set[str]:
    found = set()
    for elem in [*ds.iterall(), *getattr(ds, "file_meta", Dataset())]:
        if elem.VR != "UI" or not elem.value:
            continue
        values = elem.value if isinstance(elem.value, list | tuple) else [elem.value]
        for v in values:
            uid = str(v).strip("\x00 ")
            # pydicom's own implementation UID is in every output (as ours); some test
            # files reuse it, or its prefix, as their instance UIDs.
            if PYDICOM_IMPLEMENTATION_UID.startswith(uid):
                continue
            if len(uid) >= 10 and not is_standard_uid(uid):
                found.add(uid)
    return found


def test_the_wheel_still_ships_its_test_files() -> None:
    assert len(BUNDLED) >= 60  # guards the parametrized test below against an empty list


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_file_is_clean_or_refused(name: str) -> None:
    data = (TEST_FILES / name).read_bytes()
    if name in DAMAGED:
        with pytest.raises(RedactionInputError):
            redact_item("dicom", data, project_secret=SECRET, settings=_NO_OCR)
        return
    item = redact_item("dicom", data, project_secret=SECRET, settings=_NO_OCR)
    original, out = read_dicom(data), read_dicom(item.data)
    assert dicom_violations(original, out) == []
    for elem in out.iterall():
        assert not elem.tag.is_private
        assert not is_overlay_or_curve(elem.tag.group)
        assert not (elem.VR == "PN" and elem.value and elem.value != "ANONYMOUS")
    for uid in _uids(original):
        assert uid.encode() not in item.data
    assert out.PatientIdentityRemoved == "YES"
    assert {e.keyword for e in out.file_meta} <= _META_KEPT


def _marked_value(vr: str, n: int) -> object:
    """A value of `vr` that can be found again in the output bytes (or compared)."""
    if vr == "SQ":
        inner = Dataset()
        inner.PatientName = f"Marker^Seq{n}"
        return Sequence([inner])
    return {
        "PN": f"Marker^P{n}",
        "DA": "19730412",
        "TM": "101112",
        "DT": "19730412101112",
        "UI": f"1.2.826.0.1.3680043.9.{n}",
        "AS": "042Y",
        "IS": str(7000 + n),
        "DS": f"{n}.25",
        "CS": f"MK{n}",
        "AE": f"MKAE{n}",
        "US": 4242,
        "SS": 4242,
        "UL": 424242,
        "SL": 424242,
        "FL": 4.5,
        "FD": 4.5,
        "AT": 0x00100010,
        "OB": f"MKOB{n:04d}".encode(),
        "OW": f"MKOW{n:04d}".encode(),
        "UN": f"MKUN{n:04d}".encode(),
    }.get(vr, f"MK{n:05d}")


def _everything_dataset() -> tuple[Dataset, dict[int, object]]:
    ds = Dataset()
    planted: dict[int, object] = {}
    for n, (tag_int, _action) in enumerate(sorted(ACTIONS_BY_TAG.items())):
        tag = Tag(tag_int)
        if tag.group in (0x0000, 0x0002) or tag.group >= 0xFFFA:
            continue  # command and file-meta groups, item delimiters: not dataset content
        vr = dictionary_VR(tag).split(" or ")[0]
        value = _marked_value(vr, n)
        ds.add_new(tag, vr, value)
        planted[tag_int] = value
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    return ds, planted


def test_every_attribute_of_the_profile_table_is_acted_on() -> None:
    from app.redaction.dicom import encode_dicom

    ds, planted = _everything_dataset()
    assert len(planted) > 550
    item = redact_item("dicom", encode_dicom(ds), project_secret=SECRET, settings=_NO_OCR)
    out = read_dicom(item.data)
    problems = []
    for tag_int, before in planted.items():
        action = ACTIONS_BY_TAG[tag_int]
        if tag_int not in out:
            if action != REMOVE and tag_int not in (0x00080018, 0x00080016):
                problems.append(f"{Tag(tag_int)} {action} but removed")
            continue
        after = out[tag_int].value
        if action == REMOVE:
            problems.append(f"{Tag(tag_int)} kept, should be removed")
        elif action == EMPTY and after not in (None, "", b"") and len(after) != 0:
            problems.append(f"{Tag(tag_int)} not emptied")
        elif action in (DUMMY, UID) and after == before:
            problems.append(f"{Tag(tag_int)} not replaced")
    assert problems == []
    for marker in (b"Marker^", b"MKOB", b"MKOW", b"MKUN", b"1.2.826.0.1.3680043.9."):
        assert marker not in item.data


def test_profile_table_covers_the_2023_edition() -> None:
    assert UNKNOWN_KEYWORDS == []
    assert len(BASIC_PROFILE) >= 600
    # A sample of attributes added to Table E.1-1 after 2013, which the first table lacked.
    for keyword, action in {
        "PatientTelecomInformation": REMOVE,
        "GPSLatitude": REMOVE,
        "StructureSetLabel": DUMMY,
        "SpecimenIdentifier": DUMMY,
        "ROIName": EMPTY,
        "TreatmentSessionUID": UID,
        "ReferencedPatientPhotoSequence": REMOVE,
    }.items():
        assert BASIC_PROFILE[keyword] == action, keyword


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_no_value_reaches_the_application_logs_or_warnings() -> None:
    # rtdose.dcm carries a malformed UID; pydicom warns quoting it when asked to validate.
    data = (TEST_FILES / "rtdose.dcm").read_bytes()
    bad_uid = "1.2.123.456.78.9.0123.4567.89012345678901"
    assert bad_uid.encode() in data  # the check below can fail
    root = logging.getLogger()
    collect, level = _Collect(), root.level
    root.addHandler(collect)  # where a server's log configuration would send records
    root.setLevel(logging.DEBUG)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            redact_item("dicom", data, project_secret=SECRET, settings=_NO_OCR)
    finally:
        root.removeHandler(collect)
        root.setLevel(level)
    assert all(bad_uid not in str(w.message) for w in caught)
    assert all(bad_uid not in m for m in collect.messages)
