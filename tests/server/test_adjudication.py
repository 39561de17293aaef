"""Adjudication over the real TLS server: a project's lead signs a label version of their own
for an item of the project (POST /v1/review/adjudications, one signed label per call);
annotators and admins get 403; the write is audited by ids, idempotent, and settles the
item in the review queue."""

from __future__ import annotations

from typing import Any

import pytest

from app.server.models import AuditRow, Label, ShardItem
from app.server.services import members
from app.server.services.labels import ADJUDICATION_SHARD, latest_labels
from tests.server.harness import Harness, Workstation, fresh_totp, make_project, new_workstation

PATH = "/v1/review/adjudications"


def call(ws: Workstation, body: Any) -> tuple[int, Any]:
    """Sign each label of {"labels": [...]} in turn: (last status, last answer, with the
    label results gathered under "results" as the batch endpoint answered)."""
    results, status, answer = [], 0, None
    for label in body["labels"]:
        signed = {"label": label, "meaning": "approved", "password": ws.password}
        response, _ = ws.client._request("POST", PATH, json=signed)
        status, answer = response.status_code, response.json()
        if answer.get("error") == "signature_totp_required":  # the session's first signing
            signed["totp"] = fresh_totp(ws.harness, ws.username)
            response, _ = ws.client._request("POST", PATH, json=signed)
            status, answer = response.status_code, response.json()
        if status != 200:
            return status, answer
        results.append(answer["result"])
    return status, {**answer, "results": results}


@pytest.fixture(scope="module")
def team(harness: Harness) -> dict[str, Any]:
    alice, bob = new_workstation(harness), new_workstation(harness)
    lead = new_workstation(harness, "lead")
    make_project(harness, "adj", [alice, bob], texts=("only item",), overlap=2)
    make_project(harness, "adj-other", [alice], texts=("elsewhere",))
    with harness.db() as db:
        members.add_member(db, harness.config, "adj", lead.username, "lead")
    with harness.db() as db:
        item = db.query(ShardItem).filter(ShardItem.item_id.like("it-%")).all()
        shards = {s["shard_id"]: s for ws in (alice, bob) for s in ws.client.list_shards()}
        by_project: dict[str, str] = {}
        for row in item:
            if row.shard_id in shards:
                by_project[shards[row.shard_id]["project_id"]] = row.item_id
    # Alice and Bob disagree on the one item of "adj".
    for ws, vote in ((alice, "a"), (bob, "b")):
        shard = next(s for s in ws.client.list_shards() if s["project_id"] == "adj")
        label = ws.label(shard["shard_id"], by_project["adj"], {"label": vote}, project_id="adj")
        response, _ = ws.client._request("POST", "/v1/labels", json={"labels": [label.to_json()]})
        assert response.status_code == 200
    return {"alice": alice, "bob": bob, "lead": lead, "items": by_project}


def queued(ws: Workstation) -> list[str]:
    response, _ = ws.client._request("GET", "/v1/review/queue?project_id=adj")
    assert response.status_code == 200
    return [q["item_id"] for q in response.json()["items"]]


@pytest.mark.parametrize("role", ["annotator", "admin"])
def test_only_leads_adjudicate(harness: Harness, team: dict[str, Any], role: str) -> None:
    other = team["alice"] if role == "annotator" else new_workstation(harness, "admin")
    label = other.label(ADJUDICATION_SHARD, team["items"]["adj"], {"label": "a"}, project_id="adj")
    with harness.db() as db:
        before = db.query(Label).count()
    status, answer = call(other, {"labels": [label.to_json()]})
    assert (status, answer["error"]) == (403, "wrong_role")
    with harness.db() as db:
        assert db.query(Label).count() == before


def test_lead_adjudicates_an_item_and_settles_it(harness: Harness, team: dict[str, Any]) -> None:
    lead, item_id = team["lead"], team["items"]["adj"]
    assert queued(lead) == [item_id]
    decision = lead.label(ADJUDICATION_SHARD, item_id, {"label": "b"}, project_id="adj")
    status, answer = call(lead, {"labels": [decision.to_json()]})
    assert status == 200
    assert answer["results"] == [
        {"annotation_id": decision.annotation_id, "version": 1, "status": "stored"}
    ]
    # The same upload again is a duplicate, not a second row.
    status, answer = call(lead, {"labels": [decision.to_json()]})
    assert (status, answer["results"][0]["status"]) == (200, "duplicate")
    assert queued(lead) == []
    with harness.db() as db:
        rows = db.query(Label).filter_by(annotation_id=decision.annotation_id).all()
        assert [(r.user_id, r.shard_id, r.device_id) for r in rows] == [
            (lead.user_id, ADJUDICATION_SHARD, lead.device_id)
        ]
        audit = db.query(AuditRow).filter_by(action="review.adjudicated", target=item_id).all()
        assert [(a.actor, a.detail["annotation_id"]) for a in audit] == [
            (lead.user_id, decision.annotation_id)
        ]
        assert set(audit[0].detail) == {
            "project_id", "annotation_id", "version", "signature_id", "meaning",
        }  # ids only  # fmt: skip
        final = [r for r in latest_labels(db, "adj") if r.item_id == item_id]
    assert {r.user_id for r in final} == {team["alice"].user_id, team["bob"].user_id, lead.user_id}


def test_a_new_version_of_the_decision_is_the_latest(
    harness: Harness, team: dict[str, Any]
) -> None:
    lead, item_id = team["lead"], team["items"]["adj"]
    first = lead.label(ADJUDICATION_SHARD, item_id, {"label": "a"}, project_id="adj")
    second = lead.label(
        ADJUDICATION_SHARD, item_id, {"label": "b"}, project_id="adj",
        annotation_id=first.annotation_id, version=2,
    )  # fmt: skip
    status, _ = call(lead, {"labels": [first.to_json(), second.to_json()]})
    assert status == 200
    with harness.db() as db:
        latest = [r for r in latest_labels(db, "adj") if r.annotation_id == first.annotation_id]
    assert [(r.version, r.value) for r in latest] == [(2, {"label": "b"})]


@pytest.mark.parametrize("fault", ["other project", "unknown item", "not marked", "other user"])
def test_lead_writes_only_own_decisions_on_items_of_the_named_project(
    harness: Harness, team: dict[str, Any], fault: str
) -> None:
    lead, items = team["lead"], team["items"]
    label = lead.label(ADJUDICATION_SHARD, items["adj"], {"label": "a"}, project_id="adj")
    body = label.to_json()
    if fault == "other project":
        body["item_id"] = items["adj-other"]
    elif fault == "unknown item":
        body["item_id"] = "it-unknown"
    elif fault == "not marked":
        body["shard_id"] = "sh-anything"
    else:
        body["user_id"] = team["alice"].user_id
    with harness.db() as db:
        before = db.query(Label).count()
    status, answer = call(lead, {"labels": [body]})
    assert (status, answer["error"]) == (403, "forbidden")
    with harness.db() as db:
        assert db.query(Label).count() == before


def test_no_one_continues_another_users_annotation(harness: Harness, team: dict[str, Any]) -> None:
    """Annotation ids are per user: a version under another user's annotation id is the
    caller's own new annotation. It never becomes the other annotation's latest version, and
    the answer ("stored", as for any fresh id) tells nothing about the other label."""
    alice, bob, lead = team["alice"], team["bob"], team["lead"]
    with harness.db() as db:
        bobs = db.query(Label).filter_by(user_id=bob.user_id, project_id="adj").one()
    shard = next(s for s in alice.client.list_shards() if s["project_id"] == "adj")
    hijack = alice.label(
        shard["shard_id"], bobs.item_id, {"label": "a"}, project_id="adj",
        annotation_id=bobs.annotation_id, version=bobs.version + 1,
    )  # fmt: skip
    response, _ = alice.client._request("POST", "/v1/labels", json={"labels": [hijack.to_json()]})
    assert response.status_code == 200
    assert response.json()["results"][0]["status"] == "stored"
    unknown = alice.label(
        shard["shard_id"], bobs.item_id, {"label": "a"}, project_id="adj",
        annotation_id="never-used-by-anyone", version=bobs.version + 1,
    )  # fmt: skip
    response, _ = alice.client._request("POST", "/v1/labels", json={"labels": [unknown.to_json()]})
    assert response.json()["results"][0]["status"] == "stored"  # the same answer
    over = lead.label(
        ADJUDICATION_SHARD, bobs.item_id, {"label": "a"}, project_id="adj",
        annotation_id=bobs.annotation_id, version=bobs.version + 1,
    )  # fmt: skip
    status, _ = call(lead, {"labels": [over.to_json()]})
    assert status == 200
    with harness.db() as db:
        latest = {(row.user_id, row.annotation_id): row.version for row in latest_labels(db, "adj")}
        assert latest[(bob.user_id, bobs.annotation_id)] == bobs.version
        still = db.query(Label).filter_by(user_id=bob.user_id, project_id="adj").one()
        assert still.value_sha256 == bobs.value_sha256
