"""The admin command line end to end on a real server home: init, users, projects, ingest,
assign, export and its verification, erasure of a data subject."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest

from app.server.cli import main
from app.server.models import (
    AuditRow,
    DeletionRecord,
    Item,
    Label,
    RedactionReportRow,
    Shard,
    ShardItem,
)
from app.server.services.erasure import erasure_digest
from tests.server.harness import Harness, new_workstation


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_init_makes_a_home_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "init", str(tmp_path / "home"), "--server-url", "https://127.0.0.1:9"
    )
    assert code == 0
    assert "CA certificate SHA-256" in out
    assert "server signing key id" in out
    for secret in ("ca.key", "server.key", "server_signing.key", "org_policy.key"):
        assert stat.S_IMODE((tmp_path / "home" / secret).stat().st_mode) == 0o600
    code, _, err = run(capsys, "init", str(tmp_path / "home"))
    assert code == 50
    assert "already holds a server" in err


def test_user_add_prints_secrets_once_and_audits(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--home", str(harness.home), "user", "add", "cli-user", "--role", "lead"
    )
    assert code == 0
    assert "otpauth://totp/" in out
    with harness.db() as db:
        actions = [a.action for a in db.query(AuditRow).filter_by(action="user.added")]
    assert actions
    code, _, err = run(capsys, "--home", str(harness.home), "user", "add", "cli-user")
    assert code == 50
    assert "exists" in err


def make_folder(root: Path, subject: str = "patient-1") -> Path:
    folder = root / "data"
    folder.mkdir()
    (folder / "note1.txt").write_text("first note")
    (folder / "note1.txt.meta.json").write_text(json.dumps({"subject_id": subject}))
    (folder / "note2.txt").write_text("second note")
    tasks = [
        {"id": 1, "data": {"text": "task one", "subject_id": subject}},
        {"id": 2, "data": {"text": "task two"}},
    ]
    (folder / "export.json").write_text(json.dumps(tasks))
    return folder


def test_unredacted_items_are_not_issued_without_explicit_permission(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = new_workstation(harness, login=False)
    home = ["--home", str(harness.home)]
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"kinds": ["class"]}))
    assert run(capsys, *home, "project", "create", "strict", "--schema", str(schema))[0] == 0
    folder = make_folder(tmp_path)
    code, out, _ = run(capsys, *home, "ingest", "strict", str(folder), "--no-redaction")
    assert code == 0
    assert "stored 4 items (4 unredacted)" in out
    code, _, err = run(capsys, *home, "assign", "strict", "--annotators", ws.username)
    assert code == 50
    assert "unredacted" in err
    with harness.db() as db:
        assert db.query(Shard).filter_by(project_id="strict").count() == 0


def test_ingest_assign_export_verify_erase(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = new_workstation(harness), new_workstation(harness)
    home = ["--home", str(harness.home)]
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"kinds": ["class"], "classes": ["a", "b"]}))
    create = ["project", "create", "cli", "--schema", str(schema), "--allow-unredacted"]
    assert run(capsys, *home, *create)[0] == 0
    folder = str(make_folder(tmp_path, "patient-7"))
    assert run(capsys, *home, "ingest", "cli", folder, "--no-redaction")[0] == 0
    assign = ["assign", "cli", "--annotators", f"{alice.username},{bob.username}"]
    code, out, _ = run(capsys, *home, *assign, "--overlap", "2", "--chunk-size", "3")
    assert code == 0
    assert "issued 4 shards" in out  # 4 items each, in shards of 3 and 1

    # Each annotator labels every item they hold.
    for ws in (alice, bob):
        labels = []
        for shard in ws.client.list_shards():
            with harness.db() as db:
                ids = [r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard["shard_id"])]
            labels += [
                ws.label(shard["shard_id"], i, {"label": "a"}, project_id="cli") for i in ids
            ]
        ws.client._check(
            *ws.client._request(
                "POST", "/v1/labels", json={"labels": [x.to_json() for x in labels]}
            )
        )

    out_dir = tmp_path / "export"
    assert run(capsys, *home, "export", "cli", "--format", "jsonl", "--out", str(out_dir))[0] == 0
    lines = [json.loads(x) for x in (out_dir / "labels.jsonl").read_text().splitlines()]
    assert [len(line["final"]) for line in lines] == [2, 2, 2, 2]  # one line per item
    code, out, _ = run(capsys, *home, "verify-export", str(out_dir))
    assert code == 0
    for fmt in ("coco", "labelstudio"):
        assert (
            run(capsys, *home, "export", "cli", "--format", fmt, "--out", str(tmp_path / fmt))[0]
            == 0
        )
        assert run(capsys, *home, "verify-export", str(tmp_path / fmt))[0] == 0
    with (out_dir / "labels.jsonl").open("a") as fh:
        fh.write("{}\n")
    code, _, err = run(capsys, *home, "verify-export", str(out_dir))
    assert code == 50
    assert "does not match" in err

    code, out, _ = run(capsys, *home, "erase-subject", "patient-7")
    assert code == 0
    assert "erased 2 items, 4 labels" in out
    with harness.db() as db:
        assert db.query(Item).filter_by(project_id="cli").count() == 2
        assert db.query(Label).filter_by(project_id="cli").count() == 4
        record = db.query(DeletionRecord).order_by(DeletionRecord.id.desc()).first()
        assert record is not None
        assert len(record.item_ids) == 2
        # Keyed: a plain hash of a guessable subject id would confirm who was erased.
        assert record.subject_hmac == erasure_digest(harness.config, "patient-7")
        assert record.subject_hmac != hashlib.sha256(b"patient-7").hexdigest()
        reports = db.query(RedactionReportRow).filter(
            RedactionReportRow.item_id.in_(record.item_ids)
        )
        assert [r.source_key for r in reports] == ["erased", "erased"]
        assert "patient-7" not in json.dumps(
            [r.detail for r in db.query(AuditRow)] + [r.target for r in db.query(AuditRow)]
        )

    # Every admin action of this test is in the audit log, by id only.
    code, out, _ = run(capsys, *home, "audit-log", "--json", "--limit", "1000")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    actions = {r["action"] for r in rows if r["target"] in ("cli", record.subject_hmac)}
    assert {"project.created", "ingest", "assign", "export", "subject.erased"} <= actions
    assert "patient-7" not in out
    code, out, _ = run(capsys, *home, "audit-log", "--action", "subject.erased")
    assert record.subject_hmac in out
