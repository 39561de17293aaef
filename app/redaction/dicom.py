"""DICOM de-identification: the Basic Application Level Confidentiality Profile by tag
action, keyed UID replacement, private/overlay/curve removal and burned-in text blackout.

Invariants of a dataset returned by `deidentify`:
- no attribute of the profile with action X is present; Z attributes are empty; D
  attributes hold a dummy; every non-standard UID is HMAC-SHA256(project secret, UID)
  mapped to 2.25.<128-bit int>, the same input giving the same output within a project;
- no private tag unless allow-listed, no 50xx/60xx group, any PN value emptied;
- the rule applies inside every nested sequence item;
- when OCR runs (BurnedInAnnotation is not NO, or the project asks), every word OCR reads
  in the pixels is filled black, then OCR runs again on the result to confirm;
- PatientIdentityRemoved is YES and DeidentificationMethod(CodeSequence) say what was done.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pydicom
from PIL import Image
from pydicom._uid_dict import UID_dictionary
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import (
    PYDICOM_IMPLEMENTATION_UID,
    UID,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    SecondaryCaptureImageStorage,
)

from app.redaction.dicom_profile import (
    ACTIONS_BY_TAG,
    CLEAN,
    DUMMY,
    EMPTY,
    KEEP,
    REGION_RULES,
    REMOVE,
)
from app.redaction.dicom_profile import UID as UID_ACTION
from app.redaction.errors import DicomPixelError, DicomReadError
from app.redaction.settings import RedactionSettings

_DUMMY_BY_VR = {
    "PN": "ANONYMOUS",
    "LO": "ANONYMIZED",
    "SH": "ANONYMIZED",
    "LT": "ANONYMIZED",
    "ST": "ANONYMIZED",
    "UT": "ANONYMIZED",
    "CS": "ANONYMIZED",
    "DA": "19000101",
    "TM": "000000",
    "DT": "19000101000000",
    "AS": "000Y",
    "AE": "ANONYMOUS",
    "IS": "0",
    "DS": "0",
}
# pydicom's warnings quote attribute values (a malformed UID, a bad date): they must not
# reach the server's logs. Its logger stops at its own NullHandler; warnings are caught
# around every call into pydicom below.
logging.getLogger("pydicom").propagate = False

_OCR_MIN_CONF = 50.0
_MAX_OCR_FRAMES = 16


def keyed_uid(project_secret: bytes, uid: str) -> str:
    """2.25.<int> from HMAC-SHA256(project_secret, uid): stable per project, and not
    computable from the original UID without the secret."""
    digest = hmac.new(project_secret, uid.strip().encode("ascii", "replace"), hashlib.sha256)
    return "2.25." + str(int.from_bytes(digest.digest()[:16], "big"))


def is_standard_uid(uid: str) -> bool:
    """True for UIDs the standard registers (SOP classes, transfer syntaxes, codes).
    A dictionary lookup: pydicom's UID() would validate, and warn quoting the value."""
    return uid.strip().rstrip("\x00") in UID_dictionary


def read_dicom(untrusted: bytes) -> Dataset:
    """Parse `untrusted` fully (lazy values forced), or raise DicomReadError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom warns on odd VRs; the error is ours
            ds = pydicom.dcmread(io.BytesIO(untrusted), force=True)
            if len(ds) == 0:
                raise DicomReadError("The file holds no DICOM attributes; not a DICOM file.")
            _check_not_truncated(ds, len(untrusted))
            for _ in ds.iterall():  # forces every deferred value to parse now
                pass
        _check_pixel_length(ds)
    except DicomReadError:
        raise
    except Exception as exc:  # pydicom raises many types on damaged input
        raise DicomReadError() from exc
    return ds


_TRUNCATED = (
    "The file is a truncated DICOM (it ends part-way through an element); "
    "copy or export it again in full."
)
_UNDEFINED = 0xFFFFFFFF
_PIXEL_KEYWORDS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")


def _check_not_truncated(ds: Dataset, size: int) -> None:
    """Refuse a file cut off part-way. pydicom stops quietly at the end of the bytes, so a
    copy cut mid-element reads as a shorter dataset; here every top-level value must be as
    long as its header says, and the last one must end exactly where the file does. A file
    cut exactly between elements is caught when it has image attributes (Rows, Columns) but
    no pixel data; a genuinely pixel-less object (a report, a key-object note) passes."""
    end = None
    for tag in list(ds.keys()):
        raw: Any = ds.get_item(tag)  # stubs say DataElement; unread values are raw
        end = None  # unknown unless the last element is a raw, defined-length value
        if not isinstance(raw, RawDataElement) or raw.length == _UNDEFINED:
            continue
        if raw.value is not None and len(raw.value) < raw.length:
            raise DicomReadError(_TRUNCATED)
        end = raw.value_tell + raw.length
    meta = getattr(ds, "file_meta", None)
    deflated = meta is not None and meta.get("TransferSyntaxUID") == DeflatedExplicitVRLittleEndian
    # Deflated: positions are in the inflated stream (a cut stream fails to inflate instead).
    if end is not None and end != size and not deflated:
        raise DicomReadError(_TRUNCATED)
    if "Rows" in ds and "Columns" in ds and not any(k in ds for k in _PIXEL_KEYWORDS):
        raise DicomReadError(
            "The DICOM has image attributes but no pixel data (a truncated copy?); "
            "copy or export it again in full."
        )


def _check_pixel_length(ds: Dataset) -> None:
    if "PixelData" not in ds:
        return
    ts = ds.file_meta.get("TransferSyntaxUID") if hasattr(ds, "file_meta") else None
    if ts is not None and UID(ts).is_compressed:
        return
    rows, cols = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
    bits = int(ds.get("BitsAllocated", 0) or 0)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if str(ds.get("PhotometricInterpretation", "")) == "YBR_FULL_422":
        spp = 2  # chroma subsampled: two samples per pixel on average
    expected = rows * cols * spp * frames * bits // 8
    if expected and len(ds.PixelData) < expected:
        raise DicomReadError("The DICOM pixel data is shorter than its header says (truncated).")


@dataclass
class DicomReport:
    """What was done, by action and rule; tag keywords but never values."""

    actions: Counter[str] = field(default_factory=Counter)
    tags: dict[str, str] = field(default_factory=dict)
    pixel_regions: int = 0
    pixel_rules: Counter[str] = field(default_factory=Counter)

    def note(self, elem_tag: BaseTag, keyword: str, action: str) -> None:
        self.actions[action] += 1
        self.tags[keyword or f"({elem_tag.group:04X},{elem_tag.element:04X})"] = action

    def as_dict(self) -> dict[str, Any]:
        kinds = {
            "DICOM_PHI_TAG": sum(
                n for a, n in self.actions.items() if a in (REMOVE, EMPTY, DUMMY, "PN")
            ),
            "DICOM_UID": self.actions.get(UID_ACTION, 0),
            "DICOM_PRIVATE_TAG": self.actions.get("private", 0),
            "DICOM_OVERLAY_OR_CURVE": self.actions.get("overlay", 0) + self.actions.get("curve", 0),
            "BURNED_IN_TEXT": self.pixel_regions,
        }
        return {
            "kinds": {k: v for k, v in kinds.items() if v},
            "rules": {f"ps3.15-e1-1:{a}": n for a, n in sorted(self.actions.items())}
            | dict(sorted(self.pixel_rules.items())),
            "tags": dict(sorted(self.tags.items())),
            "total": sum(kinds.values()),
        }


@dataclass(frozen=True)
class DicomSettings:
    """Project choices for DICOM: private tags to keep as "gggg,CREATOR,ee" (ee = element
    low byte, hex), extra keywords to drop (least view), and when OCR runs."""

    private_allowlist: frozenset[tuple[int, str, int]] = frozenset()
    drop_keywords: frozenset[str] = frozenset()
    ocr: str = "auto"  # auto: unless BurnedInAnnotation is NO; always; never

    @staticmethod
    def from_settings(settings: RedactionSettings) -> DicomSettings:
        allow: set[tuple[int, str, int]] = set()
        for entry in settings.private_tag_allowlist or ():
            group, creator, element = entry.split(",", 2)  # the form settings.py checked
            allow.add((int(group, 16), creator.strip(), int(element, 16)))
        return DicomSettings(
            frozenset(allow), frozenset(settings.drop_fields or ()), settings.dicom_ocr_mode
        )


def _private_allowed(
    ds: Dataset, elem_tag: BaseTag, allow: frozenset[tuple[int, str, int]]
) -> bool:
    if not allow:
        return False
    if elem_tag.is_private_creator:
        creator = str(ds[elem_tag].value).strip()
        return any(g == elem_tag.group and c == creator for g, c, _ in allow)
    creator_tag = BaseTag((elem_tag.group << 16) | (elem_tag.element >> 8))
    if creator_tag not in ds:
        return False
    creator = str(ds[creator_tag].value).strip()
    return (elem_tag.group, creator, elem_tag.element & 0xFF) in allow


def _map_uids(value: Any, secret: bytes) -> Any:
    if isinstance(value, list | pydicom.multival.MultiValue):
        return [
            keyed_uid(secret, str(v)) if v and not is_standard_uid(str(v)) else v for v in value
        ]
    if value and not is_standard_uid(str(value)):
        return keyed_uid(secret, str(value))
    return value


def _apply(ds: Dataset, secret: bytes, opts: DicomSettings, report: DicomReport) -> None:
    for elem in list(ds):
        tag = elem.tag
        keyword = elem.keyword
        group = tag.group
        if tag.is_private:
            if _private_allowed(ds, tag, opts.private_allowlist):
                continue
            del ds[tag]
            report.note(tag, "", "private")
            continue
        if 0x6000 <= group <= 0x60FF and group % 2 == 0:
            del ds[tag]
            report.note(tag, keyword, "overlay")
            continue
        if 0x5000 <= group <= 0x50FF and group % 2 == 0:
            del ds[tag]
            report.note(tag, keyword, "curve")
            continue
        if keyword in opts.drop_keywords:
            del ds[tag]
            report.note(tag, keyword, "least_view_drop")
            continue
        action = ACTIONS_BY_TAG.get(int(tag))
        if action == REMOVE:
            del ds[tag]
            report.note(tag, keyword, REMOVE)
        elif action == EMPTY:
            elem.value = Sequence() if elem.VR == "SQ" else None
            report.note(tag, keyword, EMPTY)
        elif action == DUMMY:
            if elem.VR == "SQ":
                elem.value = Sequence()
            else:
                elem.value = _DUMMY_BY_VR.get(elem.VR)
            report.note(tag, keyword, DUMMY)
        elif action == UID_ACTION or elem.VR == "UI":
            if elem.VR == "UI":
                before = elem.value
                elem.value = _map_uids(elem.value, secret)
                if elem.value != before:
                    report.note(tag, keyword, UID_ACTION)
            elif elem.VR == "SQ":  # a U action on a sequence: map UIDs inside it
                for item in elem.value:
                    _apply(item, secret, opts, report)
        elif action in (KEEP, CLEAN) or action is None:
            if elem.VR == "SQ":
                for item in elem.value:
                    _apply(item, secret, opts, report)
            elif elem.VR == "PN" and elem.value:
                # A person name outside the table is still a person's name.
                elem.value = None
                report.note(tag, keyword, "PN")


def _frames(arr: np.ndarray, ds: Dataset) -> list[np.ndarray]:
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    if frames > 1:
        return [arr[i] for i in range(arr.shape[0])]
    if spp == 1 and arr.ndim == 3:
        return [arr[i] for i in range(arr.shape[0])]
    return [arr]


def frame_to_image(frame: np.ndarray) -> Image.Image:
    """An 8-bit PIL image of one frame, min-max scaled (for OCR and previews)."""
    data = frame.astype(np.float64)
    lo, hi = float(data.min()), float(data.max())
    scaled = (data - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(data)
    as8 = scaled.astype(np.uint8)
    if as8.ndim == 3 and as8.shape[-1] == 3:
        return Image.fromarray(as8, mode="RGB")
    if as8.ndim == 3:
        as8 = as8[..., 0]
    return Image.fromarray(as8, mode="L")


def decoded_pixels(ds: Dataset) -> np.ndarray:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ts = ds.file_meta.get("TransferSyntaxUID")
            if ts is not None and UID(ts).is_compressed:
                ds.decompress(generate_instance_uid=False)
            arr = np.array(ds.pixel_array, copy=True)
    except Exception as exc:  # decoders raise many types on unsupported or bad data
        raise DicomPixelError() from exc
    return arr


def write_pixels(ds: Dataset, arr: np.ndarray) -> None:
    little = arr.astype(arr.dtype.newbyteorder("<"), copy=False)
    ds.PixelData = little.tobytes()
    ds["PixelData"].VR = "OB" if int(ds.BitsAllocated) <= 8 else "OW"
    if str(ds.get("PhotometricInterpretation", "")).startswith("YBR"):
        ds.PhotometricInterpretation = "RGB"
    if int(ds.get("SamplesPerPixel", 1) or 1) > 1:
        ds.PlanarConfiguration = 0
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian


def _black_boxes(frame: np.ndarray, boxes: Iterable[tuple[int, int, int, int]]) -> int:
    floor = frame.min()
    count = 0
    for left, top, right, bottom in boxes:
        frame[max(0, top - 2) : bottom + 2, max(0, left - 2) : right + 2] = floor
        count += 1
    return count


def readable_words(frame: np.ndarray) -> list[Any]:
    """OCR words (conf >= 50, 2+ alphanumerics) in the frame, read in two views: the
    windowed frame, and a mask of its brightest pixels (burned-in annotation is drawn at or
    near full intensity and reads far better isolated from anatomy or colour behind it)."""
    from app.redaction.ocr import ocr_words  # noqa: PLC0415

    image = frame_to_image(frame).convert("L")
    gray = np.asarray(image)
    bright = Image.fromarray(np.where(gray >= int(gray.max()) - 3, 0, 255).astype(np.uint8))
    return [
        w
        for view in (image, bright)
        for w in ocr_words(view)
        if w.conf >= _OCR_MIN_CONF and sum(c.isalnum() for c in w.text) >= 2
    ]


def _ocr_boxes(frame: np.ndarray) -> list[tuple[int, int, int, int]]:
    return [w.box for w in readable_words(frame)]


def clean_pixels(ds: Dataset, opts: DicomSettings, report: DicomReport) -> bool:
    """Black out region-rule bands and OCR-found text. True when pixels were changed."""
    if "PixelData" not in ds:
        return False
    burned = str(ds.get("BurnedInAnnotation", "")).upper()
    run_ocr = opts.ocr == "always" or (opts.ocr == "auto" and burned != "NO")
    bands = REGION_RULES.get(str(ds.get("Modality", "")), ())
    if not run_ocr and not bands:
        return False
    arr = decoded_pixels(ds)
    frames = _frames(arr, ds)
    changed = False
    for fraction in bands:
        for frame in frames:
            h, w = frame.shape[0], frame.shape[1]
            box = (
                int(fraction[0] * w),
                int(fraction[1] * h),
                int(fraction[2] * w),
                int(fraction[3] * h),
            )
            _black_boxes(frame, [box])
        report.pixel_rules[f"region:{ds.get('Modality', '')}"] += 1
        report.pixel_regions += 1
        changed = True
    if run_ocr:
        for frame in frames[:_MAX_OCR_FRAMES]:
            # Two rounds: the second confirms nothing readable is left next to a fill.
            for round_no in (1, 2):
                boxes = _ocr_boxes(frame)
                if not boxes:
                    break
                report.pixel_regions += _black_boxes(frame, boxes)
                report.pixel_rules[f"burned_in_ocr:round{round_no}"] += len(boxes)
                changed = True
    if changed:
        write_pixels(ds, arr)
    return changed


def _to_explicit_little(ds: Dataset) -> None:
    """Output is always Explicit VR Little Endian or the input's compressed syntax; big
    endian pixels are decoded and rewritten little endian."""
    ts = ds.file_meta.get("TransferSyntaxUID")
    if ts is None or (not UID(ts).is_compressed and ts != ExplicitVRLittleEndian):
        if "PixelData" in ds and ts is not None and not UID(ts).is_little_endian:
            write_pixels(ds, decoded_pixels(ds))
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian


def set_deid_marks(ds: Dataset, *, pixels_cleaned: bool) -> None:
    """PatientIdentityRemoved, DeidentificationMethod and its code sequence (PS3.16 CID 7050)."""
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = "Cleanroom: PS3.15 E.1-1 basic profile; keyed UIDs"
    codes = [("113100", "Basic Application Confidentiality Profile")]
    if pixels_cleaned:
        codes.append(("113101", "Clean Pixel Data Option"))
        ds.BurnedInAnnotation = "NO"
    seq = Sequence()
    for value, meaning in codes:
        item = Dataset()
        item.CodeValue = value
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = meaning
        seq.append(item)
    ds.DeidentificationMethodCodeSequence = seq
    ds.LongitudinalTemporalInformationModified = "REMOVED"


def deidentify(
    ds: Dataset, *, project_secret: bytes, settings: RedactionSettings
) -> tuple[Dataset, dict[str, Any]]:
    """De-identify `ds` in place; return it with its report (kinds, rules, tag keywords)."""
    opts = DicomSettings.from_settings(settings)
    report = DicomReport()
    pixels_cleaned = clean_pixels(ds, opts, report)
    _apply(ds, project_secret, opts, report)
    meta = getattr(ds, "file_meta", None)
    if meta is None:
        meta = FileMetaDataset()
        ds.file_meta = meta
    if not ds.get("SOPInstanceUID"):
        ds.SOPInstanceUID = keyed_uid(project_secret, "cleanroom-missing-sop:" + _content_key(ds))
    if not ds.get("SOPClassUID"):
        ds.SOPClassUID = SecondaryCaptureImageStorage
    _to_explicit_little(ds)
    # File meta is rebuilt, not cleaned: the sender's AE titles, implementation UID and
    # version name, and private information say where the file came from.
    fresh = FileMetaDataset()
    fresh.MediaStorageSOPClassUID = ds.SOPClassUID
    fresh.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    fresh.TransferSyntaxUID = ds.file_meta.TransferSyntaxUID
    fresh.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    fresh.ImplementationVersionName = "CLEANROOM_DEID"
    ds.file_meta = fresh
    set_deid_marks(ds, pixels_cleaned=pixels_cleaned)
    return ds, report.as_dict()


def _content_key(ds: Dataset) -> str:
    """A stable digest of the dataset's pixels, for files that carry no SOP Instance UID."""
    pixels = ds.get("PixelData", b"") or b""
    return hashlib.sha256(bytes(pixels)).hexdigest()


def encode_dicom(ds: Dataset) -> bytes:
    """The dataset as a DICOM Part 10 file (preamble, file meta, dataset)."""
    buf = io.BytesIO()
    ts = UID(ds.file_meta.TransferSyntaxUID)
    pydicom.dcmwrite(
        buf,
        ds,
        implicit_vr=ts.is_implicit_VR,
        little_endian=ts.is_little_endian,
        enforce_file_format=True,
    )
    return buf.getvalue()


def render_frames(ds: Dataset, *, max_frames: int = 64) -> list[Image.Image]:
    """Preview images of the (already de-identified) frames; empty if there are no pixels."""
    if "PixelData" not in ds:
        return []
    arr = decoded_pixels(ds)
    return [frame_to_image(f) for f in _frames(arr, ds)[:max_frames]]
