"""Export of final labels, with a manifest an auditor can check later.

    OUT/labels.jsonl | coco.json | labelstudio.json
    OUT/manifest.json  {"manifest": {"format": "cleanroom-export/1", "project_id",
                        "created_at", "labels", "files": {name: sha256_hex}
                        [, "coco": counts, "warnings": [lines]]}, "kid", "sig"}
    sig = Ed25519(server key, CJ(manifest))

"Final", per item: the lead's adjudicated labels where the item was adjudicated (the latest
version of each of the lead's annotations on it), else the latest version of each
annotation. labels.jsonl holds one line per item:

    {"item_id", "final": [label...], "provenance": {"labelled_by": [A1 | username ...],
     "adjudicated_by": printed name | null, "meaning", "signed_ms", "signature_id",
     "label_sha256", "journal_entry_sha256", "signatures": [one per signed final label],
     "imported": [{"annotation_id", "version", "source", "origin", "flags"} ...]}}

`imported` names the final labels that were imported (from Label Studio: `origin`
annotation or prediction, `flags` such as span_over_placeholder or clipped_to_crop), from
the label_provenance table; labels made in Cleanroom are not listed.

`verify_export` checks the manifest's signature, each file's SHA-256, that no file was
added or removed, and in labels.jsonl that every signature's `label_sha256` is the hash of
the exported label it names (21 CFR 11.70: the signature cannot move to another record).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.encoding import b64u_decode, b64u_encode, canonical_json, sha256_hex
from app.core.errors import EncodingError
from app.core.keys import VerifyKey
from app.core.labels import LABEL_FIELDS, LabelVersion
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, ExportError
from app.server.interop.labelstudio_export import labelstudio_export
from app.server.models import Label, LabelProvenance, Signature
from app.server.services.common import ADMIN, get_project
from app.server.services.export_coco import coco_export
from app.server.services.labels import ADJUDICATION_SHARD, latest_labels
from app.server.services.review import annotator_names, stored_label

FORMAT: Final = "cleanroom-export/1"
FORMATS: Final = ("jsonl", "coco", "labelstudio")
MANIFEST: Final = "manifest.json"


def _label_json(row: Label) -> dict[str, Any]:
    """The whole label version (every field LabelVersion.label_sha256 covers)."""
    return stored_label(row).to_json()


def final_labels(db: Session, project_id: str) -> tuple[list[Label], dict[str, list[Label]]]:
    """(final labels, ordered by item; every latest label by item): the lead's adjudicated
    labels where an item has them, else the latest version of each annotation."""
    by_item: dict[str, list[Label]] = {}
    for row in latest_labels(db, project_id):
        by_item.setdefault(row.item_id, []).append(row)
    final: list[Label] = []
    for rows in by_item.values():
        decided = [r for r in rows if r.shard_id == ADJUDICATION_SHARD]
        final += [r for r in decided if not r.value.get("deleted")] if decided else rows
    return final, by_item


def _jsonl(
    db: Session, project_id: str, final: list[Label], by_item: dict[str, list[Label]]
) -> bytes:
    signatures: dict[str, Signature] = {
        s.label_sha256: s
        for s in db.scalars(select(Signature).where(Signature.project_id == project_id))
    }
    annotators = {r.user_id for rows in by_item.values() for r in rows}
    annotators -= {r.user_id for r in final if r.shard_id == ADJUDICATION_SHARD}
    names = annotator_names(db, project_id, annotators)
    imported = {
        (p.user_id, p.annotation_id): p
        for p in db.scalars(select(LabelProvenance).where(LabelProvenance.project_id == project_id))
    }
    lines: list[bytes] = []
    finals: dict[str, list[Label]] = {}
    for row in final:
        finals.setdefault(row.item_id, []).append(row)
    for item_id, rows in finals.items():
        labelled = sorted(
            {names[r.user_id] for r in by_item[item_id] if r.shard_id != ADJUDICATION_SHARD}
        )
        signed = [signatures[h] for r in rows if (h := stored_label(r).label_sha256) in signatures]
        last = max(signed, key=lambda s: (s.signed_ms, s.id)) if signed else None
        provenance = {
            "labelled_by": labelled,
            "adjudicated_by": last.printed_name if last else None,
            "meaning": last.meaning if last else None,
            "signed_ms": last.signed_ms if last else None,
            "signature_id": last.id if last else None,
            "label_sha256": last.label_sha256 if last else None,
            "journal_entry_sha256": last.journal_entry_sha256 if last else None,
            "signatures": [
                {"signature_id": s.id, "annotation_id": s.annotation_id, "version": s.version,
                 "label_sha256": s.label_sha256, "printed_name": s.printed_name,
                 "meaning": s.meaning, "reason": s.reason, "signed_ms": s.signed_ms,
                 "journal_entry_sha256": s.journal_entry_sha256}
                for s in signed
            ],
            "imported": [
                {"annotation_id": r.annotation_id, "version": r.version, "source": p.source,
                 "origin": p.origin, "flags": list(p.flags)}
                for r in rows if (p := imported.get((r.user_id, r.annotation_id))) is not None
            ],
        }  # fmt: skip
        line = {"item_id": item_id, "final": [_label_json(r) for r in rows],
                "provenance": provenance}  # fmt: skip
        lines.append(canonical_json(line) + b"\n")
    return b"".join(lines)


def export(db: Session, config: ServerConfig, project_id: str, fmt: str, out: Path) -> Path:
    project = get_project(db, project_id)
    if fmt not in FORMATS:
        raise BadRequestError(f"The format must be one of {', '.join(FORMATS)}; choose one.")
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise BadRequestError(f"The folder {out} is not empty; export into a new folder.")
    labels, by_item = final_labels(db, project_id)
    extra: dict[str, Any] = {}  # what the format adds to the manifest (counts, warnings)
    if fmt == "jsonl":
        name, data = "labels.jsonl", _jsonl(db, project_id, labels, by_item)
    elif fmt == "coco":
        coco = coco_export(db, project, labels)
        name, data = "coco.json", json.dumps(coco.document, indent=1).encode()
        extra = {"coco": coco.counts(), "warnings": coco.warnings()}
    else:
        name, data, held = labelstudio_export(db, project, labels)
        extra = {"labelstudio": held}  # what the data key holds, what was left out
    (out / name).write_bytes(data)
    manifest = {
        "format": FORMAT, "project_id": project_id, "created_at": int(config.clock_s()),
        "labels": len(labels), "files": {name: sha256_hex(data)}, **extra,
    }  # fmt: skip
    envelope = {
        "manifest": manifest,
        "kid": config.signing_key.kid,
        "sig": b64u_encode(config.signing_key.sign(canonical_json(manifest))),
    }
    (out / MANIFEST).write_bytes(canonical_json(envelope) + b"\n")
    audit(
        db, config, ADMIN, "export", project_id, format=fmt, labels=len(labels),
        warnings=len(extra.get("warnings", [])),
    )  # fmt: skip
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
    if "labels.jsonl" in files:
        _verify_signatures((folder / "labels.jsonl").read_bytes())
    return manifest


def _verify_signatures(data: bytes) -> None:
    """Every signature in labels.jsonl names an exported final label whose canonical hash is
    the signature's `label_sha256`."""
    for number, line in enumerate(data.splitlines(), start=1):
        try:
            obj = json.loads(line)
            finals = {
                (f["annotation_id"], f["version"]): LabelVersion.from_json(
                    {k: v for k, v in f.items() if k in LABEL_FIELDS - {"value_sha256"}}
                )
                for f in obj["final"]
            }
            signatures = obj["provenance"]["signatures"]
            pairs = [((s["annotation_id"], s["version"]), s["label_sha256"]) for s in signatures]
        except (ValueError, KeyError, TypeError, EncodingError):
            raise ExportError(
                f"Line {number} of labels.jsonl is not an export line; the export was changed."
            ) from None
        for key, digest in pairs:
            label = finals.get(key)
            if label is None or label.label_sha256 != digest:
                raise ExportError(
                    f"A signature on line {number} of labels.jsonl does not match its label; "
                    "the label or the signature was changed."
                )
