"""The workstation's ReviewClient over the real TLS server (the transport the lead's window
uses), and the gold-file parser (outside bytes: Hypothesis)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.labels import LabelDraft
from app.server.errors import BadRequestError
from app.server.services.gold import add_gold, parse_gold
from app.workstation.errors import SyncServerError
from app.workstation.review_client import ReviewClient, decision_label
from tests.server.harness import Harness, fresh_totp, new_workstation
from tests.server.review_support import lead_of, text_project, upload


def test_the_review_client_signs_over_tls(harness: Harness) -> None:
    anns = [new_workstation(harness) for _ in range(2)]
    items = text_project(harness, "rc", anns, 2)
    for ws, vote in zip(anns, "ab", strict=True):
        upload(harness, ws, "rc", items[0], kind="class", value={"label": vote})
    lead = lead_of(harness, ["rc"], "Lead Client")
    with harness.db() as db:
        add_gold(db, harness.config, "rc", parse_gold(
            json.dumps({"item_id": items[0], "kind": "class", "value": {"label": "a"}}).encode()
        ))  # fmt: skip
    client = ReviewClient(lead.client)
    assert [p["project_id"] for p in client.projects()] == ["rc"]
    assert [e["item_id"] for e in client.queue("rc")["items"]] == [items[0]]
    layers = client.item_layers("rc", items[0])
    assert layers["gold"] is True
    assert len(layers["layers"]) == 2
    assert client.request_review_shard("rc", [items[0]])
    draft = LabelDraft("rc", "adjudication", items[0], "class", {"label": "a"})
    label = decision_label(draft, lead.user_id, 1)
    with pytest.raises(SyncServerError) as refused:
        client.adjudicate(label, "approved", None, lead.password, None, None)
    assert refused.value.code == "signature_totp_required"
    signature = client.adjudicate(
        label, "approved", None, lead.password, fresh_totp(harness, lead.username), None
    )
    assert signature["printed_name"] == "Lead Client"
    assert client.queue("rc")["items"] == []


@settings(max_examples=200, derandomize=True)
@given(st.binary(max_size=300))
def test_gold_parser_never_crashes(data: bytes) -> None:
    message = ""
    try:
        answers = parse_gold(data)
    except BadRequestError as exc:
        message, answers = exc.message, []
    assert message == "" or message.endswith(".")
    assert all(a.item_id for a in answers)


@settings(max_examples=100, derandomize=True)
@given(st.lists(st.sampled_from(["a", "b"]), max_size=5))
def test_gold_parser_reads_valid_lines(labels: list[str]) -> None:
    data = "\n".join(
        json.dumps({"item_id": f"it-{i}", "kind": "class", "value": {"label": x}})
        for i, x in enumerate(labels)
    ).encode()
    assert [a.value["label"] for a in parse_gold(data)] == labels
