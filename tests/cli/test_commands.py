"""The two command lines: output on success, one line and a documented exit code on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.journal import ChainState, JournalChain, to_jsonl
from app.core.keys import SUITE_X25519, DeviceEncryptionKey, SigningKey
from app.core.shard import ItemInput, build_payload, seal_shard

NOW = 1_800_000_000


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def shard_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("shard")
    issuer = SigningKey.generate()
    device = DeviceEncryptionKey.generate(SUITE_X25519)
    payload = build_payload(
        [ItemInput("i1", "text", "text/plain", b"canary-item-text")], {"classes": ["a"]}, "go"
    )
    sealed = seal_shard(
        payload,
        shard_id="s1",
        project_id="p1",
        user_id="u1",
        device_id="d1",
        device_public=device.public_key(),
        issuer=issuer,
        issued_at=NOW,
        not_after=NOW + 600,
        chunk_size=32,
    )
    shard = folder / "s1.crshard"
    shard.write_bytes(sealed)
    secret = folder / "device.json"
    secret.write_bytes(device.to_secret_bytes())
    return {"shard": shard, "secret": secret, "issuer": issuer.verify_key().b64u()}


def test_inspect_prints_verified_header(shard_files: dict[str, object]) -> None:
    result = run(
        "app.workstation.cli", "shard", "inspect", str(shard_files["shard"]),
        "--issuer-key", str(shard_files["issuer"]), "--at", str(NOW),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["header"]["shard_id"] == "s1"
    assert "manifest" not in out


def test_inspect_with_secret_prints_manifest_but_no_content(
    shard_files: dict[str, object],
) -> None:
    result = run(
        "app.workstation.cli", "shard", "inspect", str(shard_files["shard"]),
        "--issuer-key", str(shard_files["issuer"]),
        "--device-secret-file", str(shard_files["secret"]), "--at", str(NOW),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [i["item_id"] for i in out["manifest"]["items"]] == ["i1"]
    assert "canary" not in result.stdout


@pytest.mark.parametrize(
    ("case", "extra", "code", "name"),
    [
        ("expired", ["--at", str(NOW + 601)], 10, "ShardExpiredError"),
        ("not yet valid", ["--at", str(NOW - 301)], 10, "ShardNotYetValidError"),
        ("wrong issuer", ["--issuer-key", "WRONG"], 4, "KeyMaterialError"),
        ("other issuer", ["--issuer-key", SigningKey.generate().verify_key().b64u()], 10,
         "ShardIssuerError"),
    ],
)  # fmt: skip
def test_inspect_failures_are_one_line(
    shard_files: dict[str, object], case: str, extra: list[str], code: int, name: str
) -> None:
    args = [
        "shard",
        "inspect",
        str(shard_files["shard"]),
        "--issuer-key",
        str(shard_files["issuer"]),
    ]
    result = run("app.workstation.cli", *args, *extra)
    assert result.returncode == code, (case, result.stderr)
    assert result.stderr.startswith(name + ":")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_inspect_missing_file_is_one_line(tmp_path: Path) -> None:
    key = SigningKey.generate().verify_key().b64u()
    result = run(
        "app.workstation.cli", "shard", "inspect", str(tmp_path / "nope"), "--issuer-key", key
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def _journal(tmp_path: Path) -> tuple[Path, SigningKey, list[bytes]]:
    key = SigningKey.generate()
    chain = JournalChain(key, ChainState.start("d1"))
    records = [chain.append("login", {"n": i}, ts_ms=1000 + i) for i in range(4)]
    path = tmp_path / "journal.jsonl"
    data = to_jsonl(records)
    path.write_bytes(data)
    return path, key, data.splitlines()


def test_verify_journal_ok(tmp_path: Path) -> None:
    path, key, _ = _journal(tmp_path)
    result = run(
        "app.server.cli", "verify-journal", str(path), "--device-key", key.verify_key().b64u()
    )
    assert result.returncode == 0, result.stderr
    assert "4 entries" in result.stdout


def test_verify_journal_names_the_first_failing_line(tmp_path: Path) -> None:
    path, key, lines = _journal(tmp_path)
    path.write_bytes(b"\n".join([lines[0], lines[1], lines[3]]) + b"\n")
    result = run(
        "app.server.cli", "verify-journal", str(path), "--device-key", key.verify_key().b64u()
    )
    assert result.returncode == 20
    assert result.stderr.startswith("JournalSequenceError: line 3:")


def test_demo_walkthrough_verifies_every_step(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    first = run("app.workstation.cli", "demo", "--folder", str(folder))
    assert first.returncode == 0, first.stderr
    assert "All steps verified" in first.stdout
    assert "journal starts with 'enrolled'" in first.stdout
    assert "headache" not in first.stdout  # item content is never printed
    assert "555" not in first.stdout

    again = run("app.workstation.cli", "demo", "--folder", str(folder))
    assert again.returncode == 0, again.stderr
    assert "1 labels kept from before" in again.stdout

    doctor = run("app.workstation.cli", "doctor", "--demo-folder", str(folder))
    assert doctor.returncode == 0, doctor.stdout
    assert "FAIL" not in doctor.stdout
    assert "2 labels" in doctor.stdout


def test_doctor_reports_a_damaged_store(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert run("app.workstation.cli", "demo", "--folder", str(folder)).returncode == 0
    store = folder / "vault.db"
    store.write_bytes(store.read_bytes()[:-4096])  # lose the last page

    doctor = run("app.workstation.cli", "doctor", "--demo-folder", str(folder))
    assert doctor.returncode == 1
    assert "FAIL  encrypted store" in doctor.stdout
    assert "Traceback" not in doctor.stdout + doctor.stderr


def test_doctor_without_a_workstation_says_what_to_do(tmp_path: Path) -> None:
    result = run("app.workstation.cli", "doctor", "--demo-folder", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"UsageError: The folder {tmp_path} holds no demo workstation; run `cleanroom demo` first."
    )
