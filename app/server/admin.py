"""What the admin command line does, as functions over a database session.

Every action writes a row to the admin audit table (ids only). Ingest runs each item
through the redaction pipeline with the project's redaction settings and writes one
redaction report row per source (stored or refused). Items that only passed the
pass-through hook (`--no-redaction`, or a build without app.redaction) are stored as
`unredacted`, and `assign` refuses to issue them unless the project allows it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from app.core.encoding import JsonObject, b64u_encode, sha256_hex
from app.core.errors import CleanroomError
from app.core.keys import DevicePublicKey
from app.core.shard import ItemInput, build_payload, seal_shard
from app.server import redaction_settings as redaction_settings_module
from app.server import totp
from app.server.auth import ROLES, USERNAME_PATTERN, audit, hash_password, secret_hash
from app.server.config import ServerConfig
from app.server.errors import AssignError, BadRequestError, ConflictError, NotFoundError
from app.server.models import (
    DeletionRecord,
    Device,
    EnrolmentCode,
    Item,
    Label,
    Project,
    ProjectRedaction,
    RedactionReportRow,
    Shard,
    ShardItem,
    Token,
    User,
)

ADMIN: Final = "admin-cli"
KIND_BY_SUFFIX: Final = {
    ".txt": ("text", "text/plain; charset=utf-8"),
    ".png": ("image", "image/png"),
    ".jpg": ("image", "image/jpeg"),
    ".jpeg": ("image", "image/jpeg"),
    ".dcm": ("dicom", "application/dicom"),
}
# Bigger files are refused unread; the pipeline's own limits (8 MiB text, 64 Mpx) are lower.
MAX_SOURCE_BYTES: Final = 64 * 1024 * 1024
TOO_BIG: Final = "the file is over 64 MiB; split or downscale it and ingest it again"


def _new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8)}"


# --- users and devices -------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """Shown once to the admin, never stored in clear."""

    user_id: str
    username: str
    password: str
    totp_secret: str
    otpauth_uri: str


def add_user(
    db: Session, config: ServerConfig, username: str, role: str, password: str | None = None
) -> Credentials:
    if role not in ROLES:
        raise BadRequestError(f"role must be one of {', '.join(ROLES)}")
    if not re.match(USERNAME_PATTERN, username):
        raise BadRequestError(
            "a user name is 1 to 128 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit"
        )
    if db.query(User).filter_by(username=username).one_or_none() is not None:
        raise ConflictError(f"user {username!r} exists; use `user reset`")
    password = password or secrets.token_urlsafe(18)
    secret = totp.new_secret()
    user = User(
        id=_new_id("u"), username=username, role=role, password_hash=hash_password(password),
        totp_secret=secret, failed_logins=0, locked_until=0, disabled=False,
        created_at=int(config.clock()),
    )  # fmt: skip
    db.add(user)
    audit(db, config, ADMIN, "user.added", user.id, role=role)
    db.commit()
    return Credentials(user.id, username, password, secret, totp.otpauth_uri(secret, username))


def _user(db: Session, username: str) -> User:
    user = db.query(User).filter_by(username=username).one_or_none()
    if user is None:
        raise NotFoundError(f"no user {username!r}")
    return user


def disable_user(db: Session, config: ServerConfig, username: str) -> None:
    user = _user(db, username)
    user.disabled = True
    db.query(Token).filter_by(user_id=user.id).delete()
    audit(db, config, ADMIN, "user.disabled", user.id)
    db.commit()


def reset_user(
    db: Session, config: ServerConfig, username: str, password: str | None = None
) -> Credentials:
    """New password and TOTP secret; clears lockout and re-enables; ends open sessions."""
    user = _user(db, username)
    password = password or secrets.token_urlsafe(18)
    user.password_hash = hash_password(password)
    user.totp_secret = totp.new_secret()
    user.totp_last_step = None
    user.failed_logins = 0
    user.locked_until = 0
    user.disabled = False
    db.query(Token).filter_by(user_id=user.id).delete()
    audit(db, config, ADMIN, "user.reset", user.id)
    db.commit()
    secret = user.totp_secret
    return Credentials(user.id, username, password, secret, totp.otpauth_uri(secret, username))


def enrol_code(db: Session, config: ServerConfig, username: str, ttl_s: int = 900) -> str:
    """A one-time code that lets one device enrol for `username`; stored only hashed."""
    user = _user(db, username)
    code = secrets.token_urlsafe(16)
    db.add(
        EnrolmentCode(
            code_hash=secret_hash(code), user_id=user.id,
            expires_at=int(config.clock()) + ttl_s, used=False,
        )
    )  # fmt: skip
    audit(db, config, ADMIN, "enrol_code.issued", user.id, ttl_s=ttl_s)
    db.commit()
    return code


def revoke_device(db: Session, config: ServerConfig, device_id: str) -> None:
    """Effective at once: every request re-checks the flag (403 device_revoked), and no new
    shard is sealed to the device."""
    device = db.get(Device, device_id)
    if device is None:
        raise NotFoundError(f"no device {device_id!r}")
    device.revoked = True
    audit(db, config, ADMIN, "device.revoked", device_id)
    db.commit()


# --- projects and ingest -----------------------------------------------------------------


def create_project(
    db: Session,
    config: ServerConfig,
    project_id: str,
    schema: JsonObject,
    *,
    instructions: str = "",
    allow_unredacted: bool = False,
    redaction_settings: dict[str, Any] | None = None,
) -> Project:
    """A project with its label schema and its redaction settings (checked here, once)."""
    settings = redaction_settings_module.validate(redaction_settings or {})
    if db.get(Project, project_id) is not None:
        raise ConflictError(f"project {project_id!r} exists")
    project = Project(
        id=project_id, schema=schema, instructions=instructions,
        allow_unredacted=allow_unredacted, secret=os.urandom(32), created_at=int(config.clock()),
    )  # fmt: skip
    db.add(project)
    db.flush()
    db.add(ProjectRedaction(project_id=project_id, settings=settings))
    audit(
        db, config, ADMIN, "project.created", project_id, allow_unredacted=allow_unredacted,
        redaction_settings=sorted(settings),
    )  # fmt: skip
    db.commit()
    return project


def project_redaction_settings(db: Session, project_id: str) -> dict[str, Any]:
    """The settings stored with the project ({} for a project made before they existed)."""
    row = db.get(ProjectRedaction, project_id)
    return dict(row.settings) if row is not None else {}


def subject_key(project: Project, subject_id: str) -> str:
    """Subjects are stored only as a keyed hash, so the database holds no subject ids."""
    return hmac.new(project.secret, subject_id.encode(), hashlib.sha256).hexdigest()


def source_key(project_secret: bytes, name: str) -> str:
    """A source file's name as a keyed hash: file names often carry patient names, and a
    plain SHA-256 of a guessable name can be confirmed by anyone who reads the database."""
    return hmac.new(project_secret, b"source-name\x00" + name.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Redacted:
    data: bytes
    media_type: str
    meta: dict[str, Any]
    redacted: bool  # False: the pass-through hook ran; the item is not safe to issue
    report: dict[str, Any] = field(default_factory=dict)  # kinds, counts, rules; no values


class Redactor(Protocol):
    def __call__(
        self,
        kind: str,
        data: bytes,
        *,
        project_secret: bytes,
        media_type: str,
        settings: dict[str, Any],
    ) -> Redacted: ...


def passthrough_redactor(
    kind: str, data: bytes, *, project_secret: bytes, media_type: str, settings: dict[str, Any]
) -> Redacted:
    """`ingest --no-redaction`, or a build without app.redaction: marks every item
    unredacted, so `assign` refuses it unless the project allows unredacted items."""
    return Redacted(data, media_type, {}, redacted=False, report={"pipeline": "none"})


def pipeline_redactor() -> Redactor:
    """The redaction pipeline if this build has it, else the documented pass-through."""
    try:
        from app.redaction.pipeline import redact_item  # noqa: PLC0415
    except ImportError:
        return passthrough_redactor

    def run(
        kind: str, data: bytes, *, project_secret: bytes, media_type: str, settings: dict[str, Any]
    ) -> Redacted:
        out = redact_item(kind, data, project_secret=project_secret, settings=settings)
        # redacted=True: the pipeline ran (out.redacted only says whether it found anything).
        return Redacted(out.data, out.media_type, dict(out.meta), True, dict(out.report))

    return run


@dataclass(frozen=True)
class Source:
    """One item to ingest, or (`refused` set) a file or task that could not be read."""

    kind: str
    media_type: str
    data: bytes
    name: str
    subject_id: str | None
    refused: str | None = None
    # Least view for this item only ("crop" or "crop_window"), from its sidecar.
    crop: dict[str, Any] = field(default_factory=dict)


def _refused(name: str, kind: str, message: str) -> Source:
    return Source(kind, "", b"", name, None, refused=message)


def read_folder(folder: Path) -> list[Source]:
    """Files by suffix, plus Label Studio JSON task exports; `X.meta.json` sidecars give
    `subject_id` and may give this item's own `crop` or `crop_window` (its region of
    interest, instead of the project's). Anything else is skipped. A file or task that
    cannot be read becomes a refused source (reported, not stored) so that the rest of the
    folder is still ingested."""
    sources: list[Source] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.name.lower()
        rel = str(path.relative_to(folder))
        if name.endswith(".meta.json"):
            continue
        suffix = path.suffix.lower()
        if suffix not in KIND_BY_SUFFIX and suffix != ".json":
            continue
        kind = KIND_BY_SUFFIX[suffix][0] if suffix in KIND_BY_SUFFIX else "labelstudio"
        if path.stat().st_size > MAX_SOURCE_BYTES:
            sources.append(_refused(rel, kind, TOO_BIG))
            continue
        try:
            subject, crop = _sidecar(path)
        except BadRequestError as exc:
            sources.append(_refused(rel, kind, exc.message))
            continue
        if suffix in KIND_BY_SUFFIX:
            media_type = KIND_BY_SUFFIX[suffix][1]
            sources.append(Source(kind, media_type, path.read_bytes(), rel, subject, crop=crop))
        else:
            sources.extend(_label_studio_tasks(path, folder, rel))
    return sources


SIDECAR_KEYS: Final = ("subject_id", "crop", "crop_window")


def _sidecar(path: Path) -> tuple[str | None, dict[str, Any]]:
    """(subject id, per-item crop) from `path`'s `.meta.json`; unknown keys are refused, so
    that a misspelt crop cannot silently show the whole item."""
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.exists():
        return None, {}
    meta = _json_file(sidecar)
    if not isinstance(meta, dict) or any(k not in SIDECAR_KEYS for k in meta):
        raise BadRequestError(
            f"a .meta.json sidecar is an object with only {', '.join(SIDECAR_KEYS)}"
        )
    subject = meta.get("subject_id")
    if subject is not None and not isinstance(subject, str):
        raise BadRequestError("the .meta.json sidecar's subject_id must be a string")
    crop = redaction_settings_module.validate({k: v for k, v in meta.items() if k != "subject_id"})
    return subject, crop


def _json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequestError(f"{path.suffix} file is not UTF-8 JSON") from None


def _label_studio_tasks(path: Path, folder: Path, rel: str) -> list[Source]:
    try:
        tasks = _json_file(path)
    except BadRequestError as exc:
        return [_refused(rel, "labelstudio", exc.message)]
    if not isinstance(tasks, list):
        return [_refused(rel, "labelstudio", "a Label Studio export is a list of tasks")]
    out: list[Source] = []
    for index, task in enumerate(tasks):
        name = f"{rel}#{task.get('id', index) if isinstance(task, dict) else index}"
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict):
            out.append(_refused(name, "task", f"task {index} has no 'data' object"))
            continue
        meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
        subject = data.get("subject_id") or meta.get("subject_id")
        subject = subject if isinstance(subject, str) else None
        if isinstance(data.get("text"), str):
            text = data["text"].encode("utf-8", "surrogatepass")
            out.append(Source("text", "text/plain; charset=utf-8", text, name, subject))
        elif isinstance(data.get("image"), str):
            # Only local files next to the export: ingest never downloads.
            try:
                local = (folder / data["image"]).resolve()
                usable = local.is_relative_to(folder.resolve()) and local.is_file()
            except (OSError, ValueError):  # e.g. a NUL byte in the path
                usable = False
            if not usable:
                out.append(_refused(name, "image", f"task {index} image is not a local file"))
                continue
            if local.stat().st_size > MAX_SOURCE_BYTES:
                out.append(_refused(name, "image", TOO_BIG))
                continue
            kind, media_type = KIND_BY_SUFFIX.get(local.suffix.lower(), ("image", "image/png"))
            out.append(Source(kind, media_type, local.read_bytes(), name, subject))
        else:
            out.append(_refused(name, "task", f"task {index} has neither text nor image"))
    return out


@dataclass(frozen=True)
class IngestReport:
    ingest_id: str
    stored: int
    unredacted: int
    failed: list[tuple[str, str]]  # (keyed source-name hash, error message)


def ingest(
    db: Session,
    config: ServerConfig,
    project_id: str,
    sources: Sequence[Source],
    redactor: Redactor | None = None,
    *,
    progress: Callable[[int, int, int], None] | None = None,
) -> IngestReport:
    """Redact and store every source with the project's settings; one report row per source.

    A source the pipeline refuses (malformed, undecodable, too big) is not stored: its report
    row carries the error's message, and the ingest goes on with the next one.
    `progress(done, total, refused)` is called after each source (OCR makes images slow).
    """
    project = db.get(Project, project_id)
    if project is None:
        raise NotFoundError(f"no project {project_id!r}")
    settings = project_redaction_settings(db, project_id)
    redactor = redactor or pipeline_redactor()
    ingest_id = _new_id("ing")
    now_ms = int(config.clock() * 1000)
    stored = unredacted = 0
    failed: list[tuple[str, str]] = []
    for position, source in enumerate(sources, start=1):
        if progress is not None and position > 1:
            progress(position - 1, len(sources), len(failed))
        name_key = source_key(project.secret, source.name)
        row = RedactionReportRow(
            ingest_id=ingest_id, project_id=project_id, at_ms=now_ms, position=position,
            item_id=None, source_key=name_key, kind=source.kind, status="refused",
            redaction="none", report={},
        )  # fmt: skip
        db.add(row)
        if source.refused is not None:
            row.report = {"error": "SourceError", "message": source.refused}
            failed.append((name_key, source.refused))
            continue
        item_settings = settings
        if source.crop:  # the item's own region of interest replaces the project's
            item_settings = {
                k: v for k, v in settings.items() if k not in ("crop", "crop_window")
            } | source.crop
        try:
            out = redactor(
                source.kind, source.data, project_secret=project.secret,
                media_type=source.media_type, settings=item_settings,
            )  # fmt: skip
        except CleanroomError as exc:  # the item is not released; the batch goes on
            row.report = {"error": type(exc).__name__, "message": exc.message}
            failed.append((name_key, exc.message))
            continue
        item_id = _new_id("it")
        db.add(
            Item(
                id=item_id, project_id=project_id, kind=source.kind,
                media_type=out.media_type, data=out.data, meta=out.meta,
                subject_id=subject_key(project, source.subject_id) if source.subject_id else None,
                redaction="redacted" if out.redacted else "unredacted",
                source_name_sha256=name_key,
            )
        )  # fmt: skip
        row.item_id, row.status = item_id, "stored"
        row.redaction = "redacted" if out.redacted else "unredacted"
        row.report = out.report
        stored += 1
        unredacted += 0 if out.redacted else 1
    if progress is not None and sources:
        progress(len(sources), len(sources), len(failed))
    audit(
        db, config, ADMIN, "ingest", project_id, ingest_id=ingest_id, stored=stored,
        refused=len(failed), unredacted=unredacted,
    )  # fmt: skip
    db.commit()
    return IngestReport(ingest_id, stored, unredacted, failed)


def redaction_reports(
    db: Session, config: ServerConfig, project_id: str, ingest_id: str | None = None
) -> list[RedactionReportRow]:
    """The stored report rows of a project (or of one ingest), oldest first. Reading them
    is an admin action and is audited like the others."""
    if db.get(Project, project_id) is None:
        raise NotFoundError(f"no project {project_id!r}")
    query = db.query(RedactionReportRow).filter_by(project_id=project_id)
    if ingest_id is not None:
        query = query.filter_by(ingest_id=ingest_id)
    rows = query.order_by(RedactionReportRow.id).all()
    audit(db, config, ADMIN, "redaction_report.read", project_id, rows=len(rows))
    db.commit()
    return rows


# --- assign ------------------------------------------------------------------------------


def assign(
    db: Session,
    config: ServerConfig,
    project_id: str,
    annotators: Sequence[str],
    *,
    overlap: int = 1,
    chunk_size: int = 50,
    ttl_s: int = 7 * 86_400,
    policy: JsonObject | None = None,
) -> list[str]:
    """Give each item to `overlap` annotators (round robin), split each annotator's items
    into shards of `chunk_size`, and seal each shard to every active device of theirs."""
    project = db.get(Project, project_id)
    if project is None:
        raise NotFoundError(f"no project {project_id!r}")
    if not annotators or not 1 <= overlap <= len(annotators):
        raise AssignError("overlap must be between 1 and the number of annotators")
    if chunk_size < 1 or ttl_s < 60:
        raise AssignError("chunk size must be at least 1 and ttl at least 60 s")
    users = [_user(db, name) for name in annotators]
    items = db.query(Item).filter_by(project_id=project_id).order_by(Item.id).all()
    if not project.allow_unredacted and any(i.redaction != "redacted" for i in items):
        raise AssignError(
            "the project holds unredacted items; install the redaction pipeline and ingest "
            "again, or create the project with --allow-unredacted"
        )
    already: set[tuple[str, str]] = {
        (s.user_id, si.item_id)
        for s, si in db.query(Shard, ShardItem).join(ShardItem, ShardItem.shard_id == Shard.id)
        if s.project_id == project_id
    }
    per_user: dict[str, list[Item]] = {u.id: [] for u in users}
    for index, item in enumerate(items):
        for k in range(overlap):
            user = users[(index + k) % len(users)]
            if (user.id, item.id) not in already:
                per_user[user.id].append(item)
    now = int(config.clock())
    shard_ids: list[str] = []
    for user in users:
        devices = db.query(Device).filter_by(user_id=user.id, revoked=False).all()
        if not devices:
            raise AssignError(f"user {user.username!r} has no enrolled, unrevoked device")
        mine = per_user[user.id]
        for start in range(0, len(mine), chunk_size):
            chunk = mine[start : start + chunk_size]
            payload = build_payload(
                [ItemInput(i.id, i.kind, i.media_type, i.data, i.meta) for i in chunk],
                project.schema,
                project.instructions,
            )
            for device in devices:
                shard_id = _new_id("sh")
                sealed = seal_shard(
                    payload, shard_id=shard_id, project_id=project_id, user_id=user.id,
                    device_id=device.id, device_public=DevicePublicKey.from_raw(device.enc_public),
                    issuer=config.signing_key, issued_at=now, not_after=now + ttl_s,
                    policy=policy or {},
                )  # fmt: skip
                db.add(
                    Shard(
                        id=shard_id, project_id=project_id, user_id=user.id,
                        device_id=device.id, issued_at=now, not_after=now + ttl_s,
                        sealed=sealed, sha256=sha256_hex(sealed),
                    )
                )  # fmt: skip
                db.flush()
                db.add_all(ShardItem(shard_id=shard_id, item_id=i.id) for i in chunk)
                shard_ids.append(shard_id)
    audit(db, config, ADMIN, "assign", project_id, shards=len(shard_ids), overlap=overlap)
    db.commit()
    return shard_ids


# --- erase -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    items: int
    labels: int
    shards: int


def erasure_digest(config: ServerConfig, subject_id: str) -> str:
    """The subject as a deletion record names it: an HMAC under a key derived from the
    server key. A plain SHA-256 of a guessable id (an MRN, a name) would let anyone with
    the database confirm who was erased; with the key, only the server can answer
    "was X erased?" by recomputing it."""
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"cleanroom-erasure-record/1"
    ).derive(config.signing_key.raw())
    return hmac.new(key, subject_id.encode(), hashlib.sha256).hexdigest()


def erase_subject(db: Session, config: ServerConfig, subject_id: str) -> Erasure:
    """Remove every item, label and shard record tied to a data subject; record the deletion
    by keyed hash and ids. The journal holds only ids and stays as it is."""
    item_ids: list[str] = []
    for project in db.query(Project).all():
        key = subject_key(project, subject_id)
        item_ids += [i.id for i in db.query(Item).filter_by(project_id=project.id, subject_id=key)]
    shard_ids = sorted(
        {si.shard_id for si in db.query(ShardItem).filter(ShardItem.item_id.in_(item_ids))}
    )
    labels = db.query(Label).filter(Label.item_id.in_(item_ids)).delete()
    db.query(ShardItem).filter(ShardItem.shard_id.in_(shard_ids)).delete()
    db.query(Shard).filter(Shard.id.in_(shard_ids)).delete()
    db.query(Item).filter(Item.id.in_(item_ids)).delete()
    # The redaction reports stay for audit (kinds and counts), without the link to the source.
    db.query(RedactionReportRow).filter(RedactionReportRow.item_id.in_(item_ids)).update(
        {"source_key": "erased"}
    )
    digest = erasure_digest(config, subject_id)
    db.add(
        DeletionRecord(
            at_ms=int(config.clock() * 1000), subject_hmac=digest, item_ids=item_ids,
            label_count=labels, shard_ids=shard_ids,
        )
    )  # fmt: skip
    audit(db, config, ADMIN, "subject.erased", digest, items=len(item_ids), labels=labels)
    db.commit()
    return Erasure(len(item_ids), labels, len(shard_ids))


def b64u_key(raw: bytes) -> str:
    return b64u_encode(raw)
