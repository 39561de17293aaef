"""The lead's review over the real TLS server: three annotators label an overlapping shard;
the lead of the project (and nobody else) gets exactly the items that disagree beyond the
project's thresholds, sees each annotator's layer under a pseudonym, takes a review shard,
adjudicates with an electronic signature, and the export carries the adjudicated labels
with their provenance."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.core.encoding import b64u_encode, canonical_json, sha256_hex
from app.server.cli import main
from app.server.errors import ExportError
from app.server.models import Item, Label, ShardItem, Signature
from app.server.services import assign
from app.server.services.export import export, verify_export
from app.server.services.review import review_queue
from tests.server.harness import Harness, Workstation, make_project, new_workstation
from tests.server.review_support import decision, get, lead_of, sign, text_project, upload

SPAN = "span"


@pytest.fixture(scope="module")
def team(harness: Harness) -> dict[str, Any]:
    anns = [new_workstation(harness) for _ in range(3)]
    items = text_project(harness, "rv", anns, 5)
    other = new_workstation(harness)
    make_project(harness, "rv-other", [other], texts=("elsewhere",))
    lead = lead_of(harness, ["rv"], "Dr. Ada Example")
    other_lead = lead_of(harness, ["rv-other"], "Other Lead")
    votes: list[tuple[str, list[dict[str, Any]]]] = [
        ("class", [{"label": "a"}] * 3),  # 0: all agree
        ("class", [{"label": "a"}, {"label": "a"}, {"label": "b"}]),  # 1: class mismatch
        (SPAN, [{"start": 0, "end": 5, "label": "x"}] * 2
         + [{"start": 0, "end": 4, "label": "x"}]),  # 2: overlap F1 1.0: within threshold
        (SPAN, [{"start": 0, "end": 5, "label": "x"}] * 2
         + [{"start": 6, "end": 9, "label": "x"}]),  # 3: no overlap: beyond threshold
        ("class", [{"label": "a"}, {"label": "b"}, {"label": "b"}]),  # 4: class mismatch
    ]  # fmt: skip
    for item_id, (kind, values) in zip(items, votes, strict=True):
        for ws, value in zip(anns, values, strict=True):
            upload(harness, ws, "rv", item_id, kind=kind, value=value)
    return {"anns": anns, "items": items, "lead": lead, "other_lead": other_lead}


def queue_ids(lead: Workstation, project: str = "rv") -> list[str]:
    status, body = get(lead, f"/v1/review/queue?project_id={project}")
    assert status == 200, body
    return [e["item_id"] for e in body["items"]]


def test_the_lead_gets_exactly_the_disagreeing_items(team: dict[str, Any]) -> None:
    items = team["items"]
    status, body = get(team["lead"], "/v1/review/queue?project_id=rv")
    assert status == 200
    assert {e["item_id"] for e in body["items"]} == {items[1], items[3], items[4]}
    assert body["total"] == 3
    ranked = [(-e["disagreement"], e["oldest_ms"], e["item_id"]) for e in body["items"]]
    assert ranked == sorted(ranked)
    reasons = {e["item_id"]: e["reasons"] for e in body["items"]}
    assert reasons == {items[1]: ["class"], items[3]: ["span"], items[4]: ["class"]}
    assert all(e["annotators"] == 3 and e["kind"] == "text" for e in body["items"])


def test_the_queue_pages_in_rank_order(harness: Harness, team: dict[str, Any]) -> None:
    with harness.db() as db:
        whole = review_queue(db, "rv", limit=10, offset=0)["items"]
        pages = [review_queue(db, "rv", limit=1, offset=k) for k in range(4)]
    assert [p["items"] for p in pages[:3]] == [[e] for e in whole]
    assert pages[3]["items"] == []
    assert {p["total"] for p in pages} == {3}


def test_a_stricter_threshold_queues_the_near_spans(harness: Harness, team: dict[str, Any]) -> None:
    from app.server.services.members import set_review_settings

    with harness.db() as db:
        before = {e["item_id"] for e in review_queue(db, "rv", limit=10)["items"]}
        set_review_settings(db, harness.config, "rv", min_span_f1=1.01 - 0.01)
        # Overlap F1 of [0,5) and [0,4) is 1.0: still agreeing at 1.0; exact spans differ.
        after = {e["item_id"] for e in review_queue(db, "rv", limit=10)["items"]}
    assert after == before


def project_review_calls(caller: Any, item: str) -> list[tuple[str, str, Any]]:
    """Every review call on project "rv" and one of its items, made as `caller`."""
    label = decision(caller, "rv", item, "class", {"label": "a"})
    return [
        ("GET", "/v1/review/queue?project_id=rv", None),
        ("GET", f"/v1/review/items/{item}/labels?project_id=rv", None),
        ("POST", "/v1/review/shards", {"project_id": "rv", "item_ids": [item]}),
        ("POST", "/v1/review/adjudications",
         {"label": label.to_json(), "meaning": "approved", "password": caller.password}),
    ]  # fmt: skip


def test_annotators_reach_no_review_endpoint(team: dict[str, Any]) -> None:
    ann, item = team["anns"][0], team["items"][1]
    calls = [("GET", "/v1/review/projects", None), *project_review_calls(ann, item)]
    for method, path, body in calls:
        response, _ = ann.client._request(method, path, json=body)
        assert (path, response.status_code, response.json()["error"]) == (
            path, 403, "wrong_role",
        )  # fmt: skip


def test_a_lead_sees_only_the_projects_they_lead(harness: Harness, team: dict[str, Any]) -> None:
    other, item = team["other_lead"], team["items"][1]
    status, body = get(other, "/v1/review/projects")
    assert status == 200
    assert [p["project_id"] for p in body["projects"]] == ["rv-other"]
    status, body = get(team["lead"], "/v1/review/projects")
    assert body["projects"] == [{"project_id": "rv", "name": "rv", "queue_size": 3}]
    for method, path, body in project_review_calls(other, item):
        response, _ = other.client._request(method, path, json=body)
        assert (path, response.status_code, response.json()["error"]) == (
            path, 404, "not_found",
        )  # fmt: skip
    with harness.db() as db:
        assert db.query(Label).filter_by(user_id=other.user_id).count() == 0


def test_layers_show_pseudonymous_annotators(team: dict[str, Any]) -> None:
    lead, item = team["lead"], team["items"][1]
    status, body = get(lead, f"/v1/review/items/{item}/labels?project_id=rv")
    assert status == 200
    assert [(x["annotator"], x["colour_index"]) for x in body["layers"]] == [
        ("A1", 0), ("A2", 1), ("A3", 2),
    ]  # fmt: skip
    assert sorted(x["labels"][0]["value"]["label"] for x in body["layers"]) == ["a", "a", "b"]
    assert body["gold"] is False
    text = json.dumps(body)
    assert not any(ws.username in text or ws.user_id in text for ws in team["anns"])


def test_a_review_shard_is_sealed_to_the_leads_device(
    harness: Harness, team: dict[str, Any]
) -> None:
    lead, items = team["lead"], team["items"]
    response, _ = lead.client._request(
        "POST", "/v1/review/shards", json={"project_id": "rv", "item_ids": [items[1], items[3]]}
    )
    assert response.status_code == 200
    (shard_id,) = response.json()["shard_ids"]
    listed = {s["shard_id"]: s for s in lead.client.list_shards()}
    assert listed[shard_id]["project_id"] == "rv"
    sealed = lead.client.download_shard(shard_id, listed[shard_id]["sha256"])
    assert sealed
    assert b"text 1 of the item" not in sealed  # sealed, not plain
    with harness.db() as db:
        held = {r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard_id)}
    assert held == {items[1], items[3]}
    # A review shard does not make the lead an annotator: the pseudonyms stay A1..A3.
    _, body = get(lead, f"/v1/review/items/{items[1]}/labels?project_id=rv")
    assert [x["annotator"] for x in body["layers"]] == ["A1", "A2", "A3"]


def test_signed_adjudication_end_to_end(
    harness: Harness, team: dict[str, Any], tmp_path: Path
) -> None:
    lead, items = team["lead"], team["items"]
    first = decision(lead, "rv", items[1], "class", {"label": "b"})
    # The first signing of a session needs the TOTP code.
    status, body = sign(lead, first, meaning="overridden", reason="Guideline 4.2")
    assert (status, body["error"]) == (401, "signature_totp_required")
    # A wrong password signs nothing, even with a good code.
    status, body = sign(lead, first, meaning="overridden", reason="r", password="wrong", totp=True)
    assert (status, body["error"]) == (401, "signature_refused")
    # Overriding needs a reason.
    status, body = sign(lead, first, meaning="overridden", totp=True)
    assert (status, body["error"]) == (400, "bad_request")
    with harness.db() as db:
        assert db.query(Label).filter_by(annotation_id=first.annotation_id).count() == 0
        assert db.query(Signature).filter_by(signer_user_id=lead.user_id).count() == 0

    status, body = sign(lead, first, meaning="overridden", reason="Guideline 4.2", totp=True)
    assert status == 200, body
    signature = body["signature"]
    assert signature["printed_name"] == "Dr. Ada Example"
    assert signature["meaning"] == "overridden"
    assert signature["label_sha256"] == first.label_sha256
    assert body["result"]["status"] == "stored"
    # Later signings in the same session need the password only.
    second = decision(lead, "rv", items[4], "class", {"label": "b"})
    status, body2 = sign(lead, second, meaning="approved")
    assert status == 200, body2
    assert queue_ids(lead) == [items[3]]

    # A signature moved to another record is refused: a label hash that is not this label's,
    # or a label whose ids hold another stored value.
    third = decision(lead, "rv", items[3], "span", {"start": 0, "end": 5, "label": "x"})
    status, body3 = sign(lead, third, label_sha256=first.label_sha256)
    assert (status, body3["error"]) == (409, "signature_mismatch")
    moved = decision(lead, "rv", items[1], "class", {"label": "a"})
    moved = type(moved)(**{**moved.__dict__, "annotation_id": first.annotation_id})
    status, body3 = sign(lead, moved)
    assert (status, body3["error"]) == (409, "signature_mismatch")
    assert queue_ids(lead) == [items[3]]

    # The journal entry of the signing binds to the Signature row; a mismatching one is refused.
    entry = {"signature_id": signature["id"], "label_sha256": first.label_sha256,
             "meaning": "overridden", "item_id": items[1]}  # fmt: skip
    good = lead.chain.append("review.adjudicated", entry, ts_ms=1, user_id=lead.user_id)
    response, _ = lead.client._request(
        "POST", "/v1/journal", json={"records": [good.to_line().decode()]}
    )
    assert response.status_code == 200, response.text
    with harness.db() as db:
        row = db.get(Signature, signature["id"])
        assert row is not None
        assert row.journal_entry_sha256 == good.hash
    bad = lead.chain.append(
        "review.adjudicated", {**entry, "label_sha256": second.label_sha256}, ts_ms=2,
        user_id=lead.user_id,
    )  # fmt: skip
    response, _ = lead.client._request(
        "POST", "/v1/journal", json={"records": [bad.to_line().decode()]}
    )
    assert (response.status_code, response.json()["error"]) == (409, "journal_signature_mismatch")


def test_export_holds_adjudicated_labels_with_provenance(
    harness: Harness, team: dict[str, Any], tmp_path: Path
) -> None:
    lead, items = team["lead"], team["items"]
    label = decision(lead, "rv", items[3], "span", {"start": 0, "end": 5, "label": "x"})
    status, body = sign(lead, label, meaning="approved", totp=True)
    assert status == 200, body
    with harness.db() as db:
        export(db, harness.config, "rv", "jsonl", tmp_path / "out")
    key = harness.config.signing_key.verify_key()
    verify_export(tmp_path / "out", {key.kid: key})
    lines = {
        x["item_id"]: x
        for x in map(json.loads, (tmp_path / "out/labels.jsonl").read_text().splitlines())
    }
    line = lines[items[3]]
    assert [f["annotation_id"] for f in line["final"]] == [label.annotation_id]
    prov = line["provenance"]
    assert prov["adjudicated_by"] == "Dr. Ada Example"
    assert prov["meaning"] == "approved"
    assert prov["signature_id"] == body["signature"]["id"]
    assert prov["label_sha256"] == label.label_sha256
    assert prov["labelled_by"] == ["A1", "A2", "A3"]
    assert len(lines[items[0]]["final"]) == 3  # not adjudicated: every annotator's label
    assert lines[items[0]]["provenance"]["adjudicated_by"] is None

    # A label changed under its signature fails verify-export, even with a re-signed manifest.
    text = (tmp_path / "out/labels.jsonl").read_text().replace('"end":5', '"end":6')
    (tmp_path / "out/labels.jsonl").write_text(text)
    envelope = json.loads((tmp_path / "out/manifest.json").read_bytes())
    envelope["manifest"]["files"]["labels.jsonl"] = sha256_hex(text.encode())
    signed = harness.config.signing_key.sign(canonical_json(envelope["manifest"]))
    envelope["sig"] = b64u_encode(signed)
    (tmp_path / "out/manifest.json").write_bytes(canonical_json(envelope))
    with pytest.raises(ExportError, match="signature"):
        verify_export(tmp_path / "out", {key.kid: key})


LS_TEXT_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text"><Label value="Finding"/></Labels>
  <Choices name="urgency" toName="text"><Choice value="routine"/><Choice value="urgent"/></Choices>
</View>"""


def test_imported_labels_are_marked_in_the_layers_and_the_export(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = f"rv-ls-{uuid.uuid4().hex[:6]}"
    config = tmp_path / "config.xml"
    config.write_text(LS_TEXT_CONFIG)
    home = ["--home", str(harness.home)]
    assert main([*home, "project", "create", project, "--labeling-config", str(config)]) == 0
    text = "Write to jane.doe@example.org if the rash returns."
    email, rash = text.index("jane.doe"), text.index("rash returns")
    tasks = [{
        "id": 1, "data": {"text": text},
        "annotations": [{"completed_by": 4, "result": [
            {"from_name": "ner", "to_name": "text", "type": "labels",
             "value": {"start": email + 2, "end": email + 6, "labels": ["Finding"]}},
            {"from_name": "ner", "to_name": "text", "type": "labels",
             "value": {"start": rash, "end": rash + 12, "labels": ["Finding"]}}]}],
        "predictions": [{"model_version": "m1", "result": [
            {"from_name": "urgency", "to_name": "text", "type": "choices",
             "value": {"choices": ["urgent"]}}]}],
    }]  # fmt: skip
    folder = tmp_path / "ls"
    folder.mkdir()
    (folder / "export.json").write_text(json.dumps(tasks))
    assert main([*home, "ingest", project, str(folder)]) == 0
    capsys.readouterr()
    annotator = new_workstation(harness)
    with harness.db() as db:
        assign.assign(db, harness.config, project, [annotator.username])
        (item_id,) = [i.id for i in db.query(Item).filter_by(project_id=project)]
    upload(harness, annotator, project, item_id, kind="class", value={"labels": ["routine"]})
    lead = lead_of(harness, [project], "Dr. Lee")

    status, body = get(lead, f"/v1/review/items/{item_id}/labels?project_id={project}")

    assert status == 200, body
    marks = [
        sorted({json.dumps(label["imported"], sort_keys=True) for label in layer["labels"]})
        for layer in body["layers"]
    ]
    own = json.dumps(None)
    assert [own] in marks  # the annotator's own layer carries no mark
    imported = [json.loads(m) for layer in marks for m in layer if m != own]
    assert {(m["source"], m["origin"]) for m in imported} == {
        ("imported from Label Studio", "annotation"),
        ("imported from Label Studio", "prediction"),
    }
    assert ["span_over_placeholder"] in [m["flags"] for m in imported]

    with harness.db() as db:
        export(db, harness.config, project, "jsonl", tmp_path / "out")
    key = harness.config.signing_key.verify_key()
    verify_export(tmp_path / "out", {key.kid: key})
    (line,) = map(json.loads, (tmp_path / "out/labels.jsonl").read_text().splitlines())
    finals = {(f["annotation_id"], f["version"]): f for f in line["final"]}
    marked = line["provenance"]["imported"]
    assert len(finals) == 4
    assert len(marked) == 3  # two spans and the prediction; the annotator's class is not
    for entry in marked:
        assert (entry["annotation_id"], entry["version"]) in finals
        assert entry["source"] == "imported from Label Studio"
    assert sorted(e["origin"] for e in marked) == ["annotation", "annotation", "prediction"]
    assert sorted(e["flags"] for e in marked) == [[], [], ["span_over_placeholder"]]
