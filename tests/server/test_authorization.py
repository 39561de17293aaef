"""Who may do what: every endpoint refuses a missing, bad or expired token, a revoked
device, the wrong role, and another annotator's data."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.inputs import Source
from app.server.auth import secret_hash
from app.server.errors import BadRequestError
from app.server.models import Label, Shard, Token
from app.server.services import assign, devices, ingest, members, projects, users
from app.workstation.errors import DeviceRevokedError, SyncServerError
from tests.server.harness import Harness, Workstation, fresh_totp, make_project, new_workstation

ENDPOINTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/v1/shards", None),
    ("GET", "/v1/shards/sh-0000", None),
    ("GET", "/v1/erasures", None),
    ("POST", "/v1/labels", {"labels": [{"annotation_id": "x"}]}),
    ("POST", "/v1/journal", {"records": ["x"]}),
    ("GET", "/v1/review/queue?project_id=authz", None),
    ("GET", "/v1/review/projects", None),
]


def call(ws: Workstation, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    response, _ = ws.client._request(method, path, json=body)
    return response.status_code, response.json() if response.content else None


@pytest.fixture(scope="module")
def team(harness: Harness) -> dict[str, Workstation]:
    alice, bob = new_workstation(harness), new_workstation(harness)
    lead = new_workstation(harness, "lead")
    make_project(harness, "authz", [alice, bob], texts=("one", "two"), overlap=2)
    with harness.db() as db:
        members.add_member(db, harness.config, "authz", lead.username, "lead")
    return {"alice": alice, "bob": bob, "lead": lead}


@pytest.mark.parametrize("token", ["missing", "garbage", "expired"])
def test_bad_tokens_are_refused_by_every_endpoint(harness: Harness, token: str) -> None:
    ws = new_workstation(harness)
    if token == "garbage":
        ws.client.token = "not-a-token"
    elif token == "expired":
        with harness.db() as db:
            db.get(Token, secret_hash(ws.client.token or "")).expires_at = 0  # type: ignore[union-attr]
            db.commit()
    expected = "token_expired" if token == "expired" else "token_invalid"
    for method, path, body in ENDPOINTS:
        if token == "missing":
            url = ws.client.base + path
            response = ws.client.session.request(method, url, json=body, timeout=5)
            status, answer = response.status_code, response.json()
        else:
            status, answer = call(ws, method, path, body)
        assert (path, status, answer["error"]) == (path, 401, expected)


def test_revoked_device_is_refused_at_once_by_every_endpoint(harness: Harness) -> None:
    ws = new_workstation(harness)
    assert call(ws, "GET", "/v1/shards")[0] == 200
    with harness.db() as db:
        devices.revoke_device(db, harness.config, ws.device_id)
    for method, path, body in ENDPOINTS:
        status, answer = call(ws, method, path, body)
        assert (path, status, answer["error"]) == (path, 403, "device_revoked")


def test_revoked_device_cannot_log_in_or_get_new_shards(harness: Harness) -> None:
    ws = new_workstation(harness)
    with harness.db() as db:
        devices.revoke_device(db, harness.config, ws.device_id)
    with pytest.raises(DeviceRevokedError):
        ws.login()
    source = Source("text", "text/plain", b"x", "x", None)
    with harness.db() as db:
        projects.create_project(db, harness.config, "rev", {}, allow_unredacted=True)
        ingest.ingest(db, harness.config, "rev", [source], ingest.passthrough_redactor)
        with pytest.raises(Exception, match="no enrolled, unrevoked device"):
            assign.assign(db, harness.config, "rev", [ws.username])


def test_annotator_cannot_read_review_queue(team: dict[str, Workstation]) -> None:
    status, answer = call(team["alice"], "GET", "/v1/review/queue?project_id=authz")
    assert (status, answer["error"]) == (403, "wrong_role")


def test_lead_reads_review_queue_of_disagreements(
    harness: Harness, team: dict[str, Workstation]
) -> None:
    alice, bob = team["alice"], team["bob"]
    votes = {alice.username: "a", bob.username: "b"}
    for ws in (alice, bob):
        shard = ws.client.list_shards()[0]
        with harness.db() as db:
            from app.server.models import ShardItem

            item_id = db.query(ShardItem).filter_by(shard_id=shard["shard_id"]).first().item_id  # type: ignore[union-attr]
        label = ws.label(
            shard["shard_id"], item_id, {"label": votes[ws.username]}, project_id="authz"
        )
        status, _ = call(ws, "POST", "/v1/labels", {"labels": [label.to_json()]})
        assert status == 200
    status, answer = call(team["lead"], "GET", "/v1/review/queue?project_id=authz")
    assert status == 200
    assert [q["item_id"] for q in answer["items"]] == [item_id]


def test_other_annotators_shard_is_not_found(
    harness: Harness, team: dict[str, Workstation]
) -> None:
    with harness.db() as db:
        bobs = db.query(Shard).filter_by(user_id=team["bob"].user_id).first()
        assert bobs is not None
    status, answer = call(team["alice"], "GET", f"/v1/shards/{bobs.id}")
    assert (status, answer["error"]) == (404, "not_found")
    assert bobs.id not in [s["shard_id"] for s in team["alice"].client.list_shards()]


def test_labels_on_another_annotators_shard_are_refused(
    harness: Harness, team: dict[str, Workstation]
) -> None:
    alice, bob = team["alice"], team["bob"]
    bobs = bob.client.list_shards()[0]["shard_id"]
    with harness.db() as db:
        before = db.query(Label).count()
    forged = alice.label(bobs, "it-x", {"label": "a"}, project_id="authz")
    status, answer = call(alice, "POST", "/v1/labels", {"labels": [forged.to_json()]})
    assert (status, answer["error"]) == (403, "forbidden")
    as_bob = {**forged.to_json(), "user_id": bob.user_id}
    status, answer = call(alice, "POST", "/v1/labels", {"labels": [as_bob]})
    assert (status, answer["error"]) == (403, "forbidden")
    with harness.db() as db:
        assert db.query(Label).count() == before


def test_failed_logins_slow_the_account_without_locking_it(harness: Harness) -> None:
    ws = new_workstation(harness, login=False)
    for _ in range(3):
        with pytest.raises(SyncServerError, match="auth_failed"):
            ws.client.login(ws.username, "wrong password", "000000", ws.sign_key)
    # The fourth attempt must wait a little: refused before the password is even checked.
    response, _ = ws.client._request(
        "POST", "/v1/auth/login", auth=False,
        json={"username": ws.username, "password": ws.password, "totp": "000000",
              "device_id": ws.device_id, "proof_ts_ms": 0, "proof_sig": "AA"},
    )  # fmt: skip
    assert response.status_code == 429
    assert response.json()["error"] == "login_throttled"
    assert 1 <= int(response.headers["Retry-After"]) <= harness.config.login_account_max_delay_s
    with harness.db() as db:
        users.reset_user(db, harness.config, ws.username, password=ws.password)
    ws.login()


def test_totp_code_works_only_once(harness: Harness) -> None:
    ws = new_workstation(harness, login=False)
    code = fresh_totp(harness, ws.username)
    ws.client.login(ws.username, ws.password, code, ws.sign_key)
    with pytest.raises(Exception, match="auth_failed"):
        ws.client.login(ws.username, ws.password, code, ws.sign_key)


def test_login_needs_the_devices_own_key(harness: Harness) -> None:
    from app.core.keys import SigningKey

    ws = new_workstation(harness, login=False)
    code = fresh_totp(harness, ws.username)
    with pytest.raises(Exception, match="auth_failed"):
        ws.client.login(ws.username, ws.password, code, SigningKey.generate())


def test_disabled_user_is_refused(harness: Harness) -> None:
    ws = new_workstation(harness)
    with harness.db() as db:
        users.disable_user(db, harness.config, ws.username)
    status, _ = call(ws, "GET", "/v1/shards")
    assert status in (401, 403)


def test_enrolment_code_works_once(harness: Harness) -> None:
    from app.core.keys import SUITE_X25519, DeviceEncryptionKey, SigningKey

    ws = new_workstation(harness, login=False)
    with harness.db() as db:
        code = devices.enrol_code(db, harness.config, ws.username)
    keys = (
        DeviceEncryptionKey.generate(SUITE_X25519).public_key(),
        SigningKey.generate().verify_key(),
    )
    ws.client.enrol(code, "dev-once-1", *keys)
    with pytest.raises(Exception, match="enrolment_failed"):
        ws.client.enrol(code, "dev-once-2", *keys)


def test_user_names_outside_the_allowed_set_are_refused(harness: Harness) -> None:
    """Regression (schemathesis on PostgreSQL): a NUL in a login's user name was a 500."""
    client = new_workstation(harness, login=False).client
    body = {"username": "a\x00b", "password": "x", "totp": "000000", "device_id": "d",
            "proof_ts_ms": 0, "proof_sig": "AA"}  # fmt: skip
    response, _ = client._request("POST", "/v1/auth/login", auth=False, json=body)
    assert response.status_code == 422
    with harness.db() as db, pytest.raises(BadRequestError, match="A user name is"):
        users.add_user(db, harness.config, "two words", "annotator")
