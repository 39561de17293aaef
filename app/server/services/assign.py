"""Assign and seal: give each item to `overlap` annotators, split each annotator's items into
shards, and seal each shard to every active device of theirs (app.core.shard)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.core.encoding import JsonObject, sha256_hex
from app.core.keys import DevicePublicKey
from app.core.shard import ItemInput, build_payload, seal_shard
from app.redaction.image import encode_for_display
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import AssignError
from app.server.interop.labelstudio_import import preannotations
from app.server.models import Device, Item, Project, Shard, ShardItem, User
from app.server.services.common import ADMIN, get_project, get_user, new_id
from app.server.services.members import review_settings


def double_labelled(item_id: str, fraction: float) -> bool:
    """Whether the project's spot check gives this item one more annotator: a fixed
    share of items, chosen by the SHA-256 of the item id (the same answer on every run)."""
    if fraction <= 0:
        return False
    digest = int.from_bytes(hashlib.sha256(item_id.encode()).digest()[:8], "big")
    return digest < fraction * 2**64


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
    """Give each item to `overlap` annotators (round robin; one more for the project's
    `double_label_fraction` of items), split each annotator's items into shards of
    `chunk_size`, and seal each shard to every active device of theirs. Gold items are
    items like any other here."""
    project = get_project(db, project_id)
    if not annotators or not 1 <= overlap <= len(annotators):
        raise AssignError(
            "The overlap must be between 1 and the number of annotators; change --overlap."
        )
    if chunk_size < 1 or ttl_s < 60:
        raise AssignError(
            "The chunk size must be at least 1 and the ttl at least 60 s; change them."
        )
    users = [get_user(db, name) for name in annotators]
    items = db.query(Item).filter_by(project_id=project_id).order_by(Item.id).all()
    if not project.allow_unredacted and any(i.redaction != "redacted" for i in items):
        raise AssignError(
            "The project holds unredacted items; install the redaction pipeline and ingest "
            "again, or create the project with --allow-unredacted."
        )
    already: set[tuple[str, str]] = {
        (user_id, item_id)
        for user_id, item_id in db.query(Shard.user_id, ShardItem.item_id)
        .join(ShardItem, ShardItem.shard_id == Shard.id)
        .filter(Shard.project_id == project_id)
    }
    per_user: dict[str, list[Item]] = {u.id: [] for u in users}
    fraction = float(review_settings(db, project_id)["double_label_fraction"])
    for index, item in enumerate(items):
        extra = 1 if overlap < len(users) and double_labelled(item.id, fraction) else 0
        for k in range(overlap + extra):
            user = users[(index + k) % len(users)]
            if (user.id, item.id) not in already:
                per_user[user.id].append(item)
    shard_ids: list[str] = []
    for user in users:
        shard_ids += seal_to_user(
            db, config, project, user, per_user[user.id], chunk_size=chunk_size, ttl_s=ttl_s,
            policy=policy,
        )  # fmt: skip
    audit(db, config, ADMIN, "assign", project_id, shards=len(shard_ids), overlap=overlap)
    db.commit()
    return shard_ids


def seal_to_user(
    db: Session,
    config: ServerConfig,
    project: Project,
    user: User,
    items: Sequence[Item],
    *,
    chunk_size: int = 50,
    ttl_s: int = 7 * 86_400,
    policy: JsonObject | None = None,
) -> list[str]:
    """Split `items` into shards of `chunk_size` and seal each to every active device of
    the user (annotators' assignments and leads' review shards alike); the caller commits."""
    devices = db.query(Device).filter_by(user_id=user.id, revoked=False).all()
    if not devices:
        raise AssignError(
            f"The user {user.username!r} has no enrolled, unrevoked device; enrol one."
        )
    now = int(config.clock_s())
    pre = preannotations(db, project.id)  # empty unless the project asks for them
    shard_ids: list[str] = []
    for start in range(0, len(items), chunk_size):
        chunk = items[start : start + chunk_size]
        inputs = [_shard_item(i, pre.get(i.id)) for i in chunk]
        payload = build_payload(inputs, project.schema, project.instructions)
        for device in devices:
            shard_id = new_id("sh")
            sealed = seal_shard(
                payload, shard_id=shard_id, project_id=project.id, user_id=user.id,
                device_id=device.id, device_public=DevicePublicKey.from_raw(device.enc_public),
                issuer=config.signing_key, issued_at=now, not_after=now + ttl_s,
                policy=policy or {},
            )  # fmt: skip
            db.add(
                Shard(
                    id=shard_id, project_id=project.id, user_id=user.id, device_id=device.id,
                    issued_at=now, not_after=now + ttl_s, sealed=sealed,
                    sha256=sha256_hex(sealed),
                )
            )  # fmt: skip
            db.flush()
            db.add_all(ShardItem(shard_id=shard_id, item_id=i.id) for i in chunk)
            shard_ids.append(shard_id)
    return shard_ids


def _shard_item(item: Item, preannotated: list[JsonObject] | None = None) -> ItemInput:
    """An item as a shard carries it: images in the encoding the workstation decodes fast;
    imported labels in its meta only when the project asks for pre-annotation."""
    media_type, data = (
        encode_for_display(item.media_type, item.data)
        if item.kind == "image"
        else (item.media_type, item.data)
    )
    meta = item.meta | {"preannotations": preannotated} if preannotated else item.meta
    return ItemInput(item.id, item.kind, media_type, data, meta)
