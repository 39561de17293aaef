"""`ingest` of a Label Studio export with its annotations and predictions.

Reading (before redaction): each task becomes a source (its text, or the image it names,
found by upload URL, local-files URL or relative path under `--media-root` or beside the
export), and its annotations wait in `LabelStudioReading.pending` under the source's name.
Media a task names is remembered, so that the folder walk does not ingest it a second time.

Storing (after redaction, `store_imported`): each annotation or prediction becomes label
versions of an import pseudonym (below), with a provenance row "imported from Label
Studio". Spans are moved onto the redacted text with the offset map redaction reports: a
span that touches a masked value is widened to that value's placeholder and flagged
`span_over_placeholder`; a span that cannot be mapped is left out and counted, never
misplaced. Shapes are read in pixels of the image Label Studio showed (the original) and
mapped onto the stored image through the item's coordinate record (crop_map.py): a shape
partly outside the crop is clipped and flagged `clipped_to_crop`, one wholly outside is
counted. Nothing is dropped without a count in the summary.

Authors: labels need a user. Each Label Studio annotator (and each prediction's model
version) of a project becomes one disabled user `ls-import-<hash>` (role annotator, no
device, a random password nobody knows: it can never log in), where the hash is a keyed
hash of the Label Studio user under the project secret. So distinct annotators stay
distinct (review sees their disagreement) and no Label Studio e-mail is stored.

Imported labels are never put in an annotator's shard unless the project was created with
`--preannotation` (`preannotations`, used by assign).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy.orm import Session

from app.core.encoding import canonical_json, sha256_hex
from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.core.labels import LabelVersion
from app.redaction.geometry import ItemGeometry
from app.redaction.inputs import Source, read_media, refused
from app.redaction.item import RedactedItem
from app.server import totp
from app.server.auth import audit, hash_password
from app.server.config import ServerConfig
from app.server.interop.crop_map import to_stored
from app.server.interop.labelstudio_config import LabelingConfig, parse_labeling_config
from app.server.interop.labelstudio_parse import LSTask, convert, load_export, parse_tasks
from app.server.models import Item, Label, LabelProvenance, ProjectLabelStudio, User
from app.server.services import sources
from app.server.services.common import ADMIN, get_project
from app.server.services.members import review_settings
from app.server.services.review_scores import refresh_items

PROVENANCE: Final = "imported from Label Studio"
IMPORT_SHARD: Final = "labelstudio-import"  # the shard id imported versions carry
UPLOAD_PREFIX: Final = "/data/upload/"
LOCAL_FILES_PREFIX: Final = "/data/local-files/"
SPAN_OVER_PLACEHOLDER: Final = "span_over_placeholder"
CLIPPED_TO_CROP: Final = "clipped_to_crop"
NOT_MAPPED: Final = "an image was cropped at ingest and has no coordinate record: shapes not mapped"


@dataclass(frozen=True)
class Pending:
    """A task's annotations, waiting for its item to be stored."""

    task: LSTask
    text: str | None  # the task's text as given (offsets of its spans refer to it)


@dataclass
class LabelStudioReading:
    """What reading a folder learnt about Label Studio exports in it."""

    config: LabelingConfig | None = None
    media_root: Path | None = None
    referenced: set[Path] = field(default_factory=set)  # media a task named (resolved)
    pending: dict[str, Pending] = field(default_factory=dict)  # source name -> annotations
    formats: Counter[str] = field(default_factory=Counter)


def project_reading(db: Session, project_id: str, media_root: Path | None) -> LabelStudioReading:
    row = db.get(ProjectLabelStudio, project_id)
    config = None
    if row is not None and row.labeling_config:
        config = parse_labeling_config(row.labeling_config)
    return LabelStudioReading(config, media_root.resolve() if media_root else None)


# --- reading ------------------------------------------------------------------------------


def read_export(path: Path, folder: Path, rel: str, reading: LabelStudioReading) -> list[Source]:
    """The sources of one export file (a refused source per unusable task or file)."""
    try:
        fmt, tasks = parse_tasks(load_export(path.read_bytes()), reading.config)
    except CleanroomError as exc:
        return [refused(rel, "labelstudio", exc.message)]
    reading.formats[fmt] += 1
    out: list[Source] = []
    for index, task in enumerate(tasks):
        name = f"{rel}#{task.key}"
        if task.refused is not None:
            out.append(refused(name, "task", task.refused))
            continue
        source, text = _task_source(task, index, name, folder, reading)
        out.append(source)
        if source.refused is None and task.annotations:
            reading.pending[name] = Pending(task, text)
    return out


def _task_source(
    task: LSTask, index: int, name: str, folder: Path, reading: LabelStudioReading
) -> tuple[Source, str | None]:
    data = task.data
    meta = data.get("meta")
    subject = data.get("subject_id") or (meta.get("subject_id") if isinstance(meta, dict) else None)
    subject = subject if isinstance(subject, str) else None
    config = reading.config
    text_key = config.data_key if config and config.item_kind == "text" else "text"
    image_key = config.data_key if config and config.item_kind == "image" else "image"
    if (config is None or config.item_kind == "text") and isinstance(data.get(text_key), str):
        text = data[text_key]
        raw = text.encode("utf-8", "surrogatepass")
        return Source("text", "text/plain; charset=utf-8", raw, name, subject), text
    if (config is None or config.item_kind == "image") and isinstance(data.get(image_key), str):
        local, why = resolve_media(data[image_key], folder, reading.media_root)
        if local is None:
            return refused(name, "image", f"Task {index} image {why}"), None
        reading.referenced.add(local)
        return read_media(local, name, subject), None
    wanted = config.data_key if config else "text or image"
    return refused(name, "task", f"Task {index} has no {wanted} field; fix the export."), None


def resolve_media(ref: str, folder: Path, media_root: Path | None) -> tuple[Path | None, str]:
    """The local file a task's media reference names, or (None, why not). Ingest never
    downloads: URLs other than Label Studio's own upload and local-files URLs are refused."""
    parts = urlsplit(ref)
    if ref.startswith(UPLOAD_PREFIX):
        rel = unquote(parts.path[len(UPLOAD_PREFIX) :])
        candidates = [f"upload/{rel}", rel, rel.rsplit("/", 1)[-1]]
    elif ref.startswith(LOCAL_FILES_PREFIX):
        wanted = parse_qs(parts.query).get("d", [""])[0]
        candidates = [wanted] if wanted else []
    elif parts.scheme or parts.netloc or ref.startswith("/") or not ref:
        return None, "is a URL or an absolute path; copy the file under --media-root."
    else:
        candidates = [unquote(ref)]
    roots = [r for r in (media_root, folder.resolve()) if r is not None]
    for root in roots:
        for rel in candidates:
            if not rel or "\x00" in rel:
                continue
            local = root / rel
            if sources.contained(local, root) and sources.refusal(local) is None:
                return local.resolve(), ""
    return None, "is not a file under --media-root or beside the export; copy it there."


# --- storing -------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    annotations: int = 0
    predictions: int = 0
    labels: int = 0
    moved_onto_placeholders: int = 0
    clipped_to_crop: int = 0
    left_out: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [
            f"imported from Label Studio: {self.annotations} annotations, {self.predictions} "
            f"predictions as {self.labels} label versions; {self.moved_onto_placeholders} spans "
            f"moved onto redaction placeholders, {self.clipped_to_crop} shapes clipped to the "
            "image's crop (flagged)"
        ]
        out += [f"  not imported ({n}): {why}" for why, n in sorted(self.left_out.items())]
        return out


def import_user(db: Session, config: ServerConfig, project_secret: bytes, author: str) -> User:
    """The disabled pseudonym user that authors one Label Studio annotator's labels."""
    digest = hmac.new(project_secret, b"ls-import\x00" + author.encode(), hashlib.sha256)
    username = f"ls-import-{digest.hexdigest()[:16]}"
    user = db.query(User).filter_by(username=username).one_or_none()
    if user is None:
        user = User(
            id=f"u-{username}", username=username, role="annotator",
            password_hash=hash_password(secrets.token_urlsafe(32)), totp_secret=totp.new_secret(),
            failed_logins=0, locked_until=0, disabled=True, created_at=int(config.clock_s()),
        )  # fmt: skip
        db.add(user)
        db.flush()
        audit(db, config, ADMIN, "user.added", user.id, role="annotator", import_pseudonym=True)
    return user


def remap_span(
    start: int, end: int, offsets: tuple[tuple[int, int, int, int], ...]
) -> tuple[int, int, bool]:
    """(start, end) on the redacted text, and whether the span touches a masked value: it
    is then widened to cover that value's whole placeholder (never cut through one).
    `offsets`: (start, end) in the input -> (start, end) of its placeholder, in order."""
    new_start, new_end = start, end
    for a, b, na, nb in offsets:
        delta = (nb - na) - (b - a)
        if b <= start:
            new_start += delta
        elif a <= start:
            new_start = na
        if b <= end:
            new_end += delta
        elif a < end:
            new_end = nb
    touched = any(a < end and b > start for a, b, _, _ in offsets)
    return new_start, new_end, touched


def store_imported(
    db: Session,
    config: ServerConfig,
    project_id: str,
    reading: LabelStudioReading,
    stored: dict[str, tuple[str, RedactedItem]],
) -> ImportSummary:
    """Store the pending annotations of every stored task (`stored`: source name ->
    (item id, what redaction made)) as label versions with their provenance."""
    summary = ImportSummary()
    if not reading.pending:
        return summary
    if reading.config is None:
        count = sum(len(p.task.annotations) for p in reading.pending.values())
        summary.left_out["the project has no labeling config (project create "
                         "--labeling-config)"] += count  # fmt: skip
        return summary
    project = get_project(db, project_id)
    schema = LabelSchema.from_json(project.schema)
    now_ms = int(config.clock_s() * 1000)
    labelled: set[str] = set()
    for name, pending in reading.pending.items():
        if name not in stored:
            continue  # the item was refused: its report row says why
        item_id, out = stored[name]
        item = db.get(Item, item_id)
        size, geometry = None, None
        if item is not None and item.kind == "image":
            # Label Studio's percentages are of the image it showed: the original, which
            # ingest may have cropped. Shapes are read in original pixels, then mapped.
            geometry = out.geometry
            if geometry is None and item.meta.get("cropped"):
                summary.left_out[NOT_MAPPED] += len(pending.task.annotations)
                continue
            if geometry is None:
                geometry = ItemGeometry.uncropped(
                    int(item.meta.get("width", 0)) or 1, int(item.meta.get("height", 0)) or 1
                )
            size = (geometry.original_width, geometry.original_height)
        for a_index, annotation in enumerate(pending.task.annotations):
            converted = convert(annotation, reading.config, text=pending.text, size=size)
            summary.left_out.update(converted.left_out)
            user = import_user(db, config, project.secret, annotation.author)
            kept = 0
            for r_index, (kind, value) in enumerate(converted.labels):
                version = LabelVersion(
                    annotation_id=f"lsi-{item_id}-{a_index}-{r_index}", version=1,
                    project_id=project_id, shard_id=IMPORT_SHARD, item_id=item_id,
                    user_id=user.id, kind=kind, value=value, created_ms=now_ms,
                )  # fmt: skip
                kept += _store(
                    db,
                    version,
                    origin=annotation.origin,
                    offsets=out.offsets,
                    geometry=geometry,
                    schema=schema,
                    summary=summary,
                )
            summary.labels += kept
            if kept:
                labelled.add(item_id)
            if annotation.origin == "prediction":
                summary.predictions += 1
            else:
                summary.annotations += 1
    audit(
        db, config, ADMIN, "labelstudio.imported", project_id, annotations=summary.annotations,
        predictions=summary.predictions, labels=summary.labels,
        moved_onto_placeholders=summary.moved_onto_placeholders,
        left_out=sum(summary.left_out.values()),
    )  # fmt: skip
    db.flush()  # the imported labels count in their items' review scores
    refresh_items(db, project_id, labelled, review_settings(db, project_id), now_ms)
    db.commit()
    return summary


def _store(
    db: Session,
    version: LabelVersion,
    *,
    origin: str,
    offsets: tuple[tuple[int, int, int, int], ...] | None,
    geometry: ItemGeometry | None,
    schema: LabelSchema,
    summary: ImportSummary,
) -> int:
    """Store one imported version (spans moved onto the redacted text, shapes onto the
    stored crop) and its provenance; 1 if stored, 0 if left out (counted in `summary`)."""
    value, flags = version.value, []
    if version.kind in ("box", "polygon") and geometry is not None and not geometry.identity:
        mapped = to_stored(version.kind, value, geometry)
        if mapped.value is None:
            summary.left_out[mapped.why] += 1
            return 0
        value = mapped.value
        if mapped.clipped:
            flags.append(CLIPPED_TO_CROP)
            summary.clipped_to_crop += 1
    if version.kind == "span":
        if offsets is None:
            summary.left_out["a span's text was changed by redaction"] += 1
            return 0
        start, end, moved = remap_span(int(value["start"]), int(value["end"]), offsets)
        value = value | {"start": start, "end": end}
        if moved:
            flags.append(SPAN_OVER_PLACEHOLDER)
            summary.moved_onto_placeholders += 1
    try:
        check_label(version.kind, value, schema)
    except CleanroomError as exc:
        summary.left_out[exc.message] += 1
        return 0
    db.add(
        Label(
            annotation_id=version.annotation_id, version=1, project_id=version.project_id,
            shard_id=IMPORT_SHARD, item_id=version.item_id, user_id=version.user_id,
            device_id=IMPORT_SHARD, kind=version.kind, value=value,
            value_sha256=sha256_hex(canonical_json(value)), created_ms=version.created_ms,
            received_at=version.created_ms // 1000,
        )
    )  # fmt: skip
    db.add(
        LabelProvenance(
            user_id=version.user_id, annotation_id=version.annotation_id,
            project_id=version.project_id, source=PROVENANCE, origin=origin, flags=flags,
        )
    )  # fmt: skip
    return 1


# --- pre-annotation ---------------------------------------------------------------------------


def preannotations(db: Session, project_id: str) -> dict[str, list[dict[str, Any]]]:
    """Imported labels by item, for assign to put in shards: empty unless the project asks
    for pre-annotation (imported labels are otherwise never shown to annotators)."""
    row = db.get(ProjectLabelStudio, project_id)
    if row is None or not row.preannotation:
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for label in (
        db.query(Label)
        .filter_by(project_id=project_id, shard_id=IMPORT_SHARD)
        .order_by(Label.item_id, Label.annotation_id)
    ):
        out.setdefault(label.item_id, []).append({"kind": label.kind, "value": label.value})
    return out
