"""Issue 13: the server checks every label against FORMATS.md §6.2 and its project's schema,
answers 400 (never 500) for values out of range, and describes labels in its OpenAPI."""

from __future__ import annotations

from typing import Any

import pytest

from app.server.models import Label
from tests.server.harness import Harness, Workstation, make_project, new_workstation


@pytest.fixture(scope="module")
def annotator(harness: Harness) -> tuple[Workstation, str, list[str]]:
    ws = new_workstation(harness)
    make_project(harness, "valid", [ws])
    shard = next(s for s in ws.client.list_shards() if s["project_id"] == "valid")
    with harness.db() as db:
        from app.server.models import ShardItem

        items = [r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard["shard_id"])]
    return ws, shard["shard_id"], items


def post(ws: Workstation, label: dict[str, Any]) -> tuple[int, Any]:
    response, _ = ws.client._request("POST", "/v1/labels", json={"labels": [label]})
    return response.status_code, response.json()


def body(ws: Workstation, shard_id: str, item_id: str, **changes: Any) -> dict[str, Any]:
    label = ws.label(shard_id, item_id, {"label": "a"}, project_id="valid").to_json()
    label.pop("value_sha256")
    return {**label, **changes}


@pytest.mark.parametrize(
    "changes",
    [
        {"value": {"label": "zebra"}},  # a class the schema does not define
        {"kind": "box", "value": {"x": 0, "y": 0, "w": 1, "h": 1, "label": "box"}},  # no box
        {"value": {"label": "a", "secret_field": 1}},  # unknown value field
        {"surplus": "x"},  # unknown label field
        {"version": 2**63},
        {"created_ms": 2**63},
        {"version": 2**31},
        {"value": {"labels": [], "comment": "nul\x00"}},
        {"annotation_id": "nul\x00id"},
        {"value": {"labels": [], "comment": "x" * 5000}},
    ],
)
def test_invalid_labels_are_refused_and_nothing_is_stored(
    harness: Harness, annotator: tuple[Workstation, str, list[str]], changes: dict[str, Any]
) -> None:
    ws, shard_id, items = annotator
    with harness.db() as db:
        before = db.query(Label).count()
    status, answer = post(ws, body(ws, shard_id, items[0], **changes))
    assert status in (400, 422), answer
    assert answer["detail"].endswith(".")
    with harness.db() as db:
        assert db.query(Label).count() == before


def test_a_valid_label_is_stored(
    harness: Harness, annotator: tuple[Workstation, str, list[str]]
) -> None:
    ws, shard_id, items = annotator
    status, answer = post(ws, body(ws, shard_id, items[0], value={"labels": ["a"]}))
    assert status == 200
    assert answer["results"][0]["status"] == "stored"


def test_a_huge_label_is_refused(
    harness: Harness, annotator: tuple[Workstation, str, list[str]]
) -> None:
    ws, shard_id, items = annotator
    huge = body(ws, shard_id, items[0], value={"labels": [], "comment": "x" * (15 << 20)})
    response, _ = ws.client._request("POST", "/v1/labels", json={"labels": [huge]})
    assert response.status_code in (400, 413)


def test_openapi_describes_label_values(harness: Harness) -> None:
    doc = harness.app.openapi()
    label = doc["components"]["schemas"]["LabelBatch"]["properties"]["labels"]["items"]
    assert all(branch["additionalProperties"] is False for branch in label["oneOf"])
    kinds = {branch["properties"]["kind"]["const"] for branch in label["oneOf"]}
    assert kinds == {"span", "box", "polygon", "region", "class"}
    enrol = doc["components"]["schemas"]["EnrolRequest"]["properties"]
    assert "base64url" in enrol["enc_public"]["description"]
    result = doc["components"]["schemas"]["LabelResult"]["properties"]["status"]
    assert "erased" in result["enum"]
