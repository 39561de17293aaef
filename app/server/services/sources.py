"""Reading what a data steward ingests or previews: media files by the accepted-input table
(app/redaction/inputs.py), `X.meta.json` sidecars, and Label Studio JSON task exports.

A file or task that cannot be used becomes a refused source (reported, not stored) so that
the rest of the batch goes on; nothing is skipped without a report row except the sidecars,
which are read with the file they describe. Outside bytes never raise here.

Containment: ingest reads only regular files inside the ingest root. The folder is walked
without following links; a symbolic link (to a file, to a folder, or a loop) and anything
that is not a regular file (fifo, socket, device) becomes a refused row each, and every
path read is resolved and must equal its own path inside the resolved root (so no link
anywhere on the way). The same holds for sidecars and for Label Studio image paths.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core.errors import CleanroomError
from app.redaction.inputs import (
    LABEL_STUDIO_SUFFIX,
    SIDECAR_SUFFIX,
    Source,
    read_media,
    refused,
)
from app.redaction.settings import RedactionSettings
from app.server.errors import BadRequestError

if TYPE_CHECKING:
    from app.server.interop.labelstudio_import import LabelStudioReading

SIDECAR_KEYS: Final = ("subject_id", "crop", "crop_window")


LINK_REFUSED: Final = (
    "The source is a symbolic link, which ingest never follows; copy the file itself into "
    "the ingest folder."
)
NOT_REGULAR: Final = "The source is not a regular file; put only files in the ingest folder."
OUTSIDE: Final = "The source lies outside the ingest folder; copy it into the folder."


def contained(path: Path, root: Path) -> bool:
    """`path` resolves to itself inside `root` (already resolved): no link on the way."""
    try:
        return path.resolve() == Path(os.path.abspath(path)) and path.resolve().is_relative_to(root)
    except (OSError, ValueError, RuntimeError):  # a loop, a NUL byte
        return False


def refusal(path: Path) -> str | None:
    """Why `path` may not be read, or None for a regular file (checked without following)."""
    try:
        mode = path.lstat().st_mode
    except (OSError, ValueError):  # gone, or a NUL byte in the name
        return NOT_REGULAR
    if stat.S_ISLNK(mode):
        return LINK_REFUSED
    if not stat.S_ISREG(mode):
        return NOT_REGULAR
    return None


def read_folder(folder: Path, reading: LabelStudioReading | None = None) -> list[Source]:
    """Every regular file below `folder`, in name order (sidecars go with their file), and a
    refused row for each link or non-regular entry. Label Studio exports are read first
    (into `reading`: their annotations and the media they name), and a file a task named is
    not read again as a file of its own."""
    from app.server.interop.labelstudio_import import LabelStudioReading  # noqa: PLC0415

    reading = reading if reading is not None else LabelStudioReading()
    root = folder.resolve()
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in [*dirnames, *filenames]:
            path = here / name
            if path.is_dir() and not path.is_symlink():
                continue  # walked into next
            found.append((str(path.relative_to(root)), path))
    exports = [(rel, p) for rel, p in sorted(found) if _is_export(p)]
    out: list[Source] = []
    for rel, path in exports:
        why = refusal(path) or (None if contained(path, root) else OUTSIDE)
        out += [refused(rel, "unknown", why)] if why else _read(path, root, rel, reading)
    for rel, path in sorted(found):
        if (rel, path) in exports or (
            path.name.lower().endswith(SIDECAR_SUFFIX) and refusal(path) is None
        ):
            continue
        why = refusal(path) or (None if contained(path, root) else OUTSIDE)
        if why is not None:
            out.append(refused(rel, "unknown", why))
            continue
        if path.resolve() in reading.referenced:
            continue  # a Label Studio task named it: ingested once, with the task
        out += _read(path, root, rel, reading)
    return out


def _is_export(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(LABEL_STUDIO_SUFFIX) and not name.endswith(SIDECAR_SUFFIX)


def read_paths(paths: Sequence[Path]) -> list[Source]:
    """The files named, in the order given (redact-preview), read as ingest reads them."""
    out: list[Source] = []
    for path in paths:
        why = refusal(path)
        if why is not None:
            out.append(refused(path.name, "unknown", why))
            continue
        out += _read(path, path.parent.resolve(), path.name)
    return out


def _read(
    path: Path, folder: Path, name: str, reading: LabelStudioReading | None = None
) -> list[Source]:
    if path.suffix.lower() == LABEL_STUDIO_SUFFIX:
        from app.server.interop.labelstudio_import import (  # noqa: PLC0415
            LabelStudioReading,
            read_export,
        )

        return read_export(path, folder, name, reading or LabelStudioReading())
    try:
        subject, crop = _sidecar(path)
    except CleanroomError as exc:
        return [refused(name, "unknown", exc.message)]
    source = read_media(path, name, subject)
    if crop is not None and source.refused is None:
        source = Source(source.kind, source.media_type, source.data, name, subject, crop=crop)
    return [source]


def _sidecar(path: Path) -> tuple[str | None, RedactionSettings | None]:
    """(subject id, this item's own crop) from `path`'s `.meta.json`; unknown keys are
    refused, so that a misspelt crop cannot silently show the whole item."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists() and not sidecar.is_symlink():
        return None, None
    if refusal(sidecar) is not None:
        raise BadRequestError("The .meta.json sidecar is a link or not a regular file; fix it.")
    meta = _json_file(sidecar)
    if not isinstance(meta, dict) or any(k not in SIDECAR_KEYS for k in meta):
        raise BadRequestError(
            f"A .meta.json sidecar is an object with only {', '.join(SIDECAR_KEYS)}; fix it."
        )
    subject = meta.get("subject_id")
    if subject is not None and not isinstance(subject, str):
        raise BadRequestError("The .meta.json sidecar's subject_id must be a string; fix it.")
    crop = {k: v for k, v in meta.items() if k != "subject_id"}
    return subject, RedactionSettings.from_json(crop) if crop else None


def _json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequestError(f"The {path.suffix} file is not UTF-8 JSON; fix it.") from None
