"""What a data steward may feed to ingest and to redact-preview: ONE table for both.

A file's suffix says its kind; a file without an accepted suffix whose bytes carry the DICOM
preamble ("DICM" at offset 128) is DICOM, since scanners often write files with no suffix.
`.json` is a Label Studio task export (the server expands its tasks). Anything else is
refused with a report row, never silently skipped: a steward who previews a file sees the
same verdict that ingest will give it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # settings.py reads MAX_INPUT_BYTES from here
    from app.redaction.settings import RedactionSettings

# suffix -> (item kind, media type of the input as read)
ACCEPTED: Final = {
    ".txt": ("text", "text/plain; charset=utf-8"),
    ".text": ("text", "text/plain; charset=utf-8"),
    ".md": ("text", "text/plain; charset=utf-8"),
    ".csv": ("text", "text/plain; charset=utf-8"),
    ".log": ("text", "text/plain; charset=utf-8"),
    ".note": ("text", "text/plain; charset=utf-8"),
    ".png": ("image", "image/png"),
    ".jpg": ("image", "image/jpeg"),
    ".jpeg": ("image", "image/jpeg"),
    ".tif": ("image", "image/tiff"),
    ".tiff": ("image", "image/tiff"),
    ".bmp": ("image", "image/bmp"),
    ".gif": ("image", "image/gif"),
    ".webp": ("image", "image/webp"),
    ".dcm": ("dicom", "application/dicom"),
    ".dicom": ("dicom", "application/dicom"),
}
LABEL_STUDIO_SUFFIX: Final = ".json"
SIDECAR_SUFFIX: Final = ".meta.json"
DICOM_MAGIC: Final = (128, b"DICM")
# Bigger inputs are refused unread; the pipeline's own limits (8 MiB text, 64 Mpx) are lower.
MAX_INPUT_BYTES: Final = 64 * 1024 * 1024
TOO_BIG: Final = (
    f"The file is over {MAX_INPUT_BYTES // 2**20} MiB; split or downscale it and try again."
)
UNKNOWN_TYPE: Final = (
    "The file is not of an accepted type; use text (.txt .md .csv), images (.png .jpg .tif "
    ".gif .webp .bmp), DICOM (.dcm) or a Label Studio export (.json)."
)


@dataclass(frozen=True)
class Source:
    """One input item, or (`refused` set: the reason) a file or task that cannot be used."""

    kind: str
    media_type: str
    data: bytes
    name: str
    subject_id: str | None
    refused: str | None = None
    # This item's own region of interest (crop or crop_window only), from its sidecar.
    crop: RedactionSettings | None = None


def refused(name: str, kind: str, message: str) -> Source:
    return Source(kind, "", b"", name, None, refused=message)


def kind_of(path: Path) -> tuple[str, str] | None:
    """(kind, media type) of a media file from its suffix or the DICOM preamble; None for a
    file of no accepted type (a Label Studio export is not a media file: see the server)."""
    accepted = ACCEPTED.get(path.suffix.lower())
    if accepted is not None:
        return accepted
    offset, magic = DICOM_MAGIC
    try:
        with path.open("rb") as fh:
            head = fh.read(offset + len(magic))
    except OSError:
        return None
    return ACCEPTED[".dcm"] if head[offset:] == magic else None


def read_media(path: Path, name: str, subject_id: str | None = None) -> Source:
    """A media file as a source, or a refused source that says why (never an exception)."""
    kinds = kind_of(path)
    if kinds is None:
        return refused(name, "unknown", UNKNOWN_TYPE)
    kind, media_type = kinds
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        return refused(name, kind, f"The file cannot be read ({exc.strerror}); check it.")
    if len(data) > MAX_INPUT_BYTES:
        return refused(name, kind, TOO_BIG)
    return Source(kind, media_type, data, name, subject_id)
