"""Synthetic labelled DICOM: pydicom's bundled test files with PHI planted everywhere.

Built only from files the pydicom wheel ships (`get_testdata_file`, singular: the plural
form downloads). Each file gets PHI in standard tags, a private block, a nested sequence,
an overlay, and text burned into the pixels (drawn with Pillow at the pixel maximum);
pixels are upscaled to 512 px so the text is a realistic size. One file is relabelled as
ultrasound to exercise the region rule. `phi` lists every planted value.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw
from pydicom import dcmread
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

from resources.synthetic.images import font
from resources.synthetic.text_corpus import SEED, make_value

BASES = (
    "CT_small.dcm",
    "MR_small.dcm",
    "examples_overlay.dcm",
    "SC_rgb_rle.dcm",
    "MR_small_RLE.dcm",
)
SIDE = 512


@dataclass(frozen=True)
class LabelledDicom:
    name: str
    data: bytes
    phi: tuple[str, ...]  # every planted identifying value (tags, private, sequence)
    burned: tuple[str, ...]  # text drawn into the pixels
    original_uids: tuple[str, ...]


def _upscaled(ds: Dataset) -> np.ndarray:
    arr = ds.pixel_array
    if arr.ndim == 3 and arr.shape[-1] != 3:  # multi-frame grey: take the first frame
        arr = arr[0]
    ry, rx = SIDE // arr.shape[0] + 1, SIDE // arr.shape[1] + 1
    big = np.repeat(np.repeat(arr, ry, axis=0), rx, axis=1)[:SIDE, :SIDE]
    return np.ascontiguousarray(big)


def _burn(arr: np.ndarray, lines: list[str], top: int) -> np.ndarray:
    hi = int(arr.max()) if arr.size else 255
    mask = Image.new("L", (arr.shape[1], arr.shape[0]), 0)
    draw = ImageDraw.Draw(mask)
    for i, line in enumerate(lines):
        draw.text((12, top + i * 34), line, fill=255, font=font(26))
    on = np.asarray(mask) > 127
    out = arr.copy()
    out[on] = hi if out.ndim == 2 else [hi, hi, hi]
    return out


def make_dicom(base: str, rng: random.Random, *, ultrasound: bool = False) -> LabelledDicom:
    path = get_testdata_file(base)
    if path is None:
        raise FileNotFoundError(base)
    ds = dcmread(path)
    uids = tuple(
        str(ds[k].value)
        for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID")
        if k in ds
    )
    person, doctor = make_value("PERSON", rng), make_value("PERSON", rng)
    mrn, phone = make_value("MRN", rng), make_value("PHONE", rng)
    ds.PatientName = person.replace(" ", "^")
    ds.PatientID = mrn
    ds.PatientBirthDate = "19640229"
    ds.PatientAddress = "12 Elm Street, Springfield"
    ds.PatientTelephoneNumbers = phone
    ds.OtherPatientIDs = "OPID-" + mrn
    ds.ReferringPhysicianName = doctor.replace(" ", "^")
    ds.InstitutionName = "Saint Example Hospital"
    ds.OperatorsName = "Tech^Olsen"
    ds.AccessionNumber = "ACC778812"
    ds.StudyDescription = f"CT head for {person}"
    ds.ImageComments = f"Patient {person} called from {phone}"
    ds.StudyDate = "20240117"
    # A private block holding PHI, as vendors do.
    block = ds.private_block(0x0011, "ACME PHI STORE", create=True)
    block.add_new(0x10, "LO", person)
    block.add_new(0x11, "LO", mrn)
    # A nested sequence, kept by the profile, with a person name and a UID inside.
    inner = Dataset()
    inner.ScheduledPerformingPhysicianName = doctor.replace(" ", "^")
    inner.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.8.498.777"
    inner.CodeMeaning = "Head CT"
    outer = Dataset()
    outer.ScheduledProcedureStepSequence = Sequence([inner])
    ds.ProcedureCodeSequence = Sequence([outer])
    ds.RequestAttributesSequence = Sequence([Dataset()])
    ds.RequestAttributesSequence[0].RequestedProcedureID = "RP-" + mrn
    # An overlay plane with a tiny bitmap.
    ds.add_new(0x60000010, "US", 8)
    ds.add_new(0x60000011, "US", 8)
    ds.add_new(0x60003000, "OW", b"\xff" * 8)
    # Burned-in text (ultrasound: in the header band the region rule covers).
    if "PixelData" in ds:
        arr = _upscaled(ds)
        burned = [person.upper(), f"ID {mrn}"]
        arr = _burn(arr, burned, 4 if ultrasound else 20)
        ds.Rows, ds.Columns = arr.shape[0], arr.shape[1]
        if "NumberOfFrames" in ds:
            ds.NumberOfFrames = 1
        ds.PixelData = arr.astype(arr.dtype.newbyteorder("<")).tobytes()
        if ds.get("PhotometricInterpretation", "").startswith("YBR"):
            ds.PhotometricInterpretation = "RGB"
        if int(ds.get("SamplesPerPixel", 1)) > 1:
            ds.PlanarConfiguration = 0
        ds["PixelData"].VR = "OB" if int(ds.BitsAllocated) <= 8 else "OW"
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.BurnedInAnnotation = "YES"
    else:
        burned = []
    if ultrasound:
        ds.Modality = "US"
        del ds.BurnedInAnnotation  # unknown: the region rule and OCR must still act
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    phi = (
        person,
        doctor,
        mrn,
        phone,
        "OPID-" + mrn,
        "12 Elm Street",
        "Saint Example Hospital",
        "Olsen",
        "ACC778812",
        "19640229",
        "20240117",
        "RP-" + mrn,
        person.replace(" ", "^"),
        doctor.replace(" ", "^"),
    )
    return LabelledDicom(base, buf.getvalue(), phi, tuple(burned), uids)


def dicom_files(seed: int = SEED) -> list[LabelledDicom]:
    rng = random.Random(seed + 2)  # noqa: S311 - fixed-seed test data, not secrets
    out = [make_dicom(base, rng) for base in BASES]
    out.append(make_dicom("MR_small.dcm", rng, ultrasound=True))
    return out


def truncated_dicom() -> bytes:
    """A real DICOM file cut in the middle of its pixel data."""
    data = dicom_files()[0].data
    return data[: len(data) // 2]
