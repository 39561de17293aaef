"""A review team on the real TLS server: annotators, a project lead, and the lead's signing
body (password, TOTP when the session has not signed yet)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Any

from app.core.labels import LabelVersion
from app.redaction.inputs import Source
from app.server.models import RedactionReportRow, ShardItem, User
from app.server.services import assign, ingest, members, projects
from app.server.services.labels import ADJUDICATION_SHARD
from tests.server.harness import Harness, Workstation, fresh_totp, new_workstation

SCHEMA = {"classes": ["a", "b"], "span_labels": ["x"]}


def lead_of(harness: Harness, project_ids: Sequence[str], full_name: str) -> Workstation:
    lead = new_workstation(harness, "lead")
    with harness.db() as db:
        db.query(User).filter_by(id=lead.user_id).one().full_name = full_name
        db.commit()
        for project_id in project_ids:
            members.add_member(db, harness.config, project_id, lead.username, "lead")
    return lead


def text_project(
    harness: Harness, project_id: str, annotators: Sequence[Workstation], n_items: int
) -> list[str]:
    """n text items, each assigned to every annotator; their ids in ingest order."""
    with harness.db() as db:
        projects.create_project(db, harness.config, project_id, SCHEMA, allow_unredacted=True)
        sources = [
            Source("text", "text/plain; charset=utf-8", f"text {i} of the item".encode(),
                   f"t{i}.txt", None)
            for i in range(n_items)
        ]  # fmt: skip
        report = ingest.ingest(db, harness.config, project_id, sources, ingest.passthrough_redactor)
        assign.assign(
            db, harness.config, project_id, [w.username for w in annotators],
            overlap=len(annotators),
        )  # fmt: skip
        rows = (
            db.query(RedactionReportRow.item_id)
            .filter_by(ingest_id=report.ingest_id)
            .order_by(RedactionReportRow.position)
        )
        return [str(r.item_id) for r in rows]


def shard_of(harness: Harness, ws: Workstation, project_id: str, item_id: str) -> str:
    for shard in ws.client.list_shards():
        if shard["project_id"] != project_id:
            continue
        with harness.db() as db:
            if db.get(ShardItem, (shard["shard_id"], item_id)) is not None:
                return str(shard["shard_id"])
    raise AssertionError("the item is in none of this workstation's shards")


def upload(
    harness: Harness, ws: Workstation, project_id: str, item_id: str, *, kind: str,
    value: dict[str, Any],
) -> LabelVersion:  # fmt: skip
    label = LabelVersion(
        f"a-{uuid.uuid4().hex[:12]}", 1, project_id, shard_of(harness, ws, project_id, item_id),
        item_id, ws.user_id, kind, value, int(time.time() * 1000),
    )  # fmt: skip
    response, _ = ws.client._request("POST", "/v1/labels", json={"labels": [label.to_json()]})
    assert response.status_code == 200, response.text
    return label


def decision(
    lead: Workstation, project_id: str, item_id: str, kind: str, value: dict[str, Any]
) -> LabelVersion:
    return LabelVersion(
        f"adj-{uuid.uuid4().hex[:12]}", 1, project_id, ADJUDICATION_SHARD, item_id,
        lead.user_id, kind, value, int(time.time() * 1000),
    )  # fmt: skip


def sign(
    lead: Workstation,
    label: LabelVersion,
    *,
    meaning: str = "approved",
    reason: str | None = None,
    password: str | None = None,
    totp: bool = False,
    **extra: Any,
) -> tuple[int, Any]:
    body = {
        "label": label.to_json(), "meaning": meaning, "reason": reason,
        "password": password if password is not None else lead.password,
        "totp": fresh_totp(lead.harness, lead.username) if totp else None, **extra,
    }  # fmt: skip
    response, _ = lead.client._request("POST", "/v1/review/adjudications", json=body)
    return response.status_code, response.json()


def get(ws: Workstation, path: str) -> tuple[int, Any]:
    response, _ = ws.client._request("GET", path)
    return response.status_code, response.json()
