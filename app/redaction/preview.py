"""redact-preview: write exactly what an annotator would receive, for a data steward to check.

For input number N: `item-N.txt` (text), `item-N.png` (image), `item-N.dcm` plus
`item-N.frame-K.png` (DICOM), and `item-N.report.json` (kinds, counts, rules; no values).
A refused input gets only its report, with status "refused" and the reason; the batch goes on.
`index.json` lists every report in input order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.redaction.errors import RedactionError
from app.redaction.image import encode_png
from app.redaction.pipeline import RedactedItem, preview_frames, redact_item

TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".json", ".log", ".note"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
DICOM_SUFFIXES = {".dcm", ".dicom"}
# Read at most this much of an input; anything bigger is refused by the pipeline's limits.
_READ_LIMIT = 64 * 1024 * 1024


def kind_of(path: Path, head: bytes) -> str | None:
    """ "text" | "image" | "dicom" from the suffix, or the DICM magic; None if unknown."""
    suffix = path.suffix.lower()
    if suffix in DICOM_SUFFIXES or head[128:132] == b"DICM":
        return "dicom"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def _write(item: RedactedItem, out_dir: Path, stem: str) -> list[str]:
    files: list[str] = []
    if item.media_type.startswith("text/"):
        (out_dir / f"{stem}.txt").write_bytes(item.data)
        files.append(f"{stem}.txt")
    elif item.media_type == "image/png":
        (out_dir / f"{stem}.png").write_bytes(item.data)
        files.append(f"{stem}.png")
    elif item.media_type == "application/dicom":
        (out_dir / f"{stem}.dcm").write_bytes(item.data)
        files.append(f"{stem}.dcm")
        for k, frame in enumerate(preview_frames(item), start=1):
            name = f"{stem}.frame-{k:03d}.png"
            (out_dir / name).write_bytes(encode_png(frame))
            files.append(name)
    return files


def write_preview(
    inputs: list[Path],
    out_dir: Path,
    project_secret: bytes,
    settings: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Redact every input into `out_dir`; return one report per input, in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    reports: list[dict[str, Any]] = []
    for n, path in enumerate(inputs, start=1):
        stem = f"item-{n:03d}"
        entry: dict[str, Any] = {"item": stem, "input": path.name}
        try:
            try:
                with path.open("rb") as fh:
                    data = fh.read(_READ_LIMIT + 1)
            except OSError as exc:
                raise RedactionError(
                    f"The input cannot be read ({exc.strerror}); check the path."
                ) from None
            if len(data) > _READ_LIMIT:
                raise RedactionError("The input is over 64 MiB; split or downscale it first.")
            kind = kind_of(path, data[:132])
            if kind is None:
                raise RedactionError(
                    "Unknown input type; use .txt/.json, .png/.jpg/.tif or .dcm files."
                )
            item = redact_item(
                kind,
                data,
                project_secret=project_secret,
                settings=settings or {},
            )
            entry |= {"status": "ok", "files": _write(item, out_dir, stem)} | item.report
        except RedactionError as exc:
            entry |= {"status": "refused", "error": exc.diagnostics()}
        (out_dir / f"{stem}.report.json").write_text(
            json.dumps(entry, indent=1, sort_keys=True), encoding="utf-8"
        )
        reports.append(entry)
    (out_dir / "index.json").write_text(json.dumps(reports, indent=1, sort_keys=True), "utf-8")
    return reports
