"""redact-preview: write exactly what an annotator would receive, for a data steward to check.

For input number N: `item-N.txt` (text), `item-N.png` (image), `item-N.dcm` plus
`item-N.frame-K.png` (DICOM), and `item-N.report.json` (kinds, counts, rules; no values).
A refused input gets only its report, with status "refused" and the reason; the batch goes on.
`index.json` lists every report in input order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.redaction.errors import RedactionError, SourceRefusedError
from app.redaction.image import encode_png
from app.redaction.inputs import Source, read_media
from app.redaction.pipeline import RedactedItem, preview_frames, redact_item
from app.redaction.settings import RedactionSettings


def read_inputs(paths: Sequence[Path]) -> list[Source]:
    """Media files as sources, by the table ingest uses (app/redaction/inputs.py). The
    server's command line reads inputs with its source reader instead, which also expands
    Label Studio exports."""
    return [read_media(path, path.name) for path in paths]


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
    sources: Sequence[Source],
    out_dir: Path,
    project_secret: bytes,
    settings: RedactionSettings | Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Redact every source into `out_dir`; return one report per source, in order."""
    typed = RedactionSettings.from_json(settings or {})
    out_dir.mkdir(parents=True, exist_ok=True)
    reports: list[dict[str, Any]] = []
    for n, source in enumerate(sources, start=1):
        stem = f"item-{n:03d}"
        entry: dict[str, Any] = {"item": stem, "input": source.name}
        try:
            if source.refused is not None:
                raise SourceRefusedError(source.refused)
            item = redact_item(
                source.kind,
                source.data,
                project_secret=project_secret,
                settings=typed if source.crop is None else typed.with_crop(source.crop),
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
