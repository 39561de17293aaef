"""Export of final labels, with a manifest an auditor can check later.

    OUT/labels.jsonl | coco.json | labelstudio.json
    OUT/manifest.json  {"manifest": {"format": "cleanroom-export/1", "project_id",
                        "created_at", "files": {name: sha256_hex}}, "kid", "sig"}
    sig = Ed25519(server key, CJ(manifest))

"Final" is the latest version of each annotation. `verify_export` checks the signature,
each file's SHA-256, and that no file was added or removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from sqlalchemy.orm import Session

from app.core.encoding import b64u_decode, b64u_encode, canonical_json, sha256_hex
from app.core.errors import EncodingError
from app.core.keys import VerifyKey
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, ExportError
from app.server.interop.labelstudio_export import labelstudio_export
from app.server.models import Item, Label, Project
from app.server.services.common import ADMIN, get_project
from app.server.services.labels import latest_labels

FORMAT: Final = "cleanroom-export/1"
FORMATS: Final = ("jsonl", "coco", "labelstudio")
MANIFEST: Final = "manifest.json"


def _label_json(row: Label) -> dict[str, Any]:
    return {
        "annotation_id": row.annotation_id, "version": row.version, "item_id": row.item_id,
        "user_id": row.user_id, "kind": row.kind, "value": row.value,
        "value_sha256": row.value_sha256, "created_ms": row.created_ms,
    }  # fmt: skip


def _coco(db: Session, project: Project, labels: list[Label]) -> dict[str, Any]:
    items = {i.id: i for i in db.query(Item).filter_by(project_id=project.id, kind="image")}
    categories: dict[str, int] = {}
    annotations: list[dict[str, Any]] = []
    for row in labels:
        box = row.value.get("bbox") if row.kind == "box" else None
        if row.item_id not in items or not isinstance(box, list) or len(box) != 4:
            continue
        name = str(row.value.get("label", "object"))
        cat = categories.setdefault(name, len(categories) + 1)
        annotations.append(
            {"id": len(annotations) + 1, "image_id": row.item_id, "category_id": cat,
             "bbox": box, "area": box[2] * box[3], "iscrowd": 0,
             "cleanroom": {"annotation_id": row.annotation_id, "version": row.version}}
        )  # fmt: skip
    return {
        "images": [{"id": i, "file_name": i} for i in sorted(items)],
        "annotations": annotations,
        "categories": [{"id": v, "name": k} for k, v in categories.items()],
    }


def export(db: Session, config: ServerConfig, project_id: str, fmt: str, out: Path) -> Path:
    project = get_project(db, project_id)
    if fmt not in FORMATS:
        raise BadRequestError(f"The format must be one of {', '.join(FORMATS)}; choose one.")
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise BadRequestError(f"The folder {out} is not empty; export into a new folder.")
    labels = latest_labels(db, project_id)
    if fmt == "jsonl":
        name, data = (
            "labels.jsonl",
            b"".join(canonical_json(_label_json(r)) + b"\n" for r in labels),
        )
    elif fmt == "coco":
        name, data = "coco.json", json.dumps(_coco(db, project, labels), indent=1).encode()
    else:
        name, data, extra = labelstudio_export(db, project, labels)
    (out / name).write_bytes(data)
    manifest = {
        "format": FORMAT, "project_id": project_id, "created_at": int(config.clock_s()),
        "labels": len(labels), "files": {name: sha256_hex(data)},
    }  # fmt: skip
    if fmt == "labelstudio":
        manifest["labelstudio"] = extra  # what the data key holds, what was left out
    envelope = {
        "manifest": manifest,
        "kid": config.signing_key.kid,
        "sig": b64u_encode(config.signing_key.sign(canonical_json(manifest))),
    }
    (out / MANIFEST).write_bytes(canonical_json(envelope) + b"\n")
    audit(db, config, ADMIN, "export", project_id, format=fmt, labels=len(labels))
    db.commit()
    return out / MANIFEST


def verify_export(folder: Path, server_keys: dict[str, VerifyKey]) -> dict[str, Any]:
    """Check an export folder; return its manifest, or raise ExportError naming the fault."""
    try:
        envelope = json.loads((folder / MANIFEST).read_bytes())
    except FileNotFoundError:
        raise ExportError(f"The {MANIFEST} is missing; copy the whole export folder.") from None
    except ValueError:
        raise ExportError(
            f"The {MANIFEST} is not JSON; the export was changed or damaged."
        ) from None
    if not isinstance(envelope, dict) or set(envelope) != {"manifest", "kid", "sig"}:
        raise ExportError(f"The {MANIFEST} is not a signed export manifest; check the folder.")
    manifest, key = envelope["manifest"], server_keys.get(str(envelope["kid"]))
    if key is None:
        raise ExportError(
            "The manifest is signed by a key that is not trusted; check --server-key."
        )
    try:
        sig = b64u_decode(envelope["sig"], length=64)
        signed = canonical_json(manifest)
    except EncodingError:
        raise ExportError(
            "The manifest signature is malformed; the export was changed or damaged."
        ) from None
    if not key.verify(sig, signed) or not isinstance(manifest, dict):
        raise ExportError("The manifest signature does not verify; the manifest was changed.")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise ExportError("The manifest lists no files; the export was changed or damaged.")
    present = {p.name for p in folder.iterdir() if p.is_file()} - {MANIFEST}
    if present != set(files):
        raise ExportError(
            f"Files were added or removed: {sorted(present ^ set(files))}; restore the export."
        )
    for name, digest in files.items():
        if sha256_hex((folder / name).read_bytes()) != digest:
            raise ExportError(
                f"The file {name} does not match its SHA-256 in the manifest; it was changed."
            )
    return manifest
