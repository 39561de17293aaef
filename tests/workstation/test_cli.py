"""`cleanroom`: shard inspect, demo and doctor print what they should on success, and one
line with the README's exit code on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.keys import SUITE_X25519, DeviceEncryptionKey, SigningKey
from app.core.shard import ItemInput
from app.workstation.demo import LEAK_PROBES
from tests.support.shards import NOW, make_shard


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def shard_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("shard")
    device = DeviceEncryptionKey.generate(SUITE_X25519)
    items = [ItemInput("i1", "text", "text/plain", b"canary-item-text")]
    built = make_shard(
        "d1", device.public_key(), items=items, schema={"classes": ["a"]}, instructions="go",
        now=NOW, ttl_s=600, chunk_size=32,
    )  # fmt: skip
    shard = folder / "s1.crshard"
    shard.write_bytes(built.sealed)
    # The same key under another device id: only the secret's device_id can tell them apart.
    other = make_shard("d2", device.public_key(), issuer=built.issuer, now=NOW, shard_id="s2")
    (folder / "s2.crshard").write_bytes(other.sealed)
    files = {"secret": device.to_secret_bytes(), "secret-d1": device.to_secret_bytes("d1")}
    for name, data in files.items():
        (folder / f"{name}.json").write_bytes(data)
    return {
        "shard": shard,
        "other-device-shard": folder / "s2.crshard",
        "secret": folder / "secret.json",
        "secret-d1": folder / "secret-d1.json",
        "issuer": built.issuer.verify_key().b64u(),
    }


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


def test_demo_walkthrough_verifies_every_step(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    first = run("app.workstation.cli", "demo", "--folder", str(folder))
    assert first.returncode == 0, first.stderr
    assert "All steps verified" in first.stdout
    assert "journal starts with 'enrolled'" in first.stdout
    assert "headache" not in first.stdout  # item content is never printed
    # The phone's digit groups with their dash: a bare "555" also turns up in random ids.
    assert "555-0187" not in first.stdout
    assert not [p for p in LEAK_PROBES if p.decode() in first.stdout]

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


def inspect_with(shard: object, secret: object, issuer: object) -> subprocess.CompletedProcess[str]:
    return run(
        "app.workstation.cli", "shard", "inspect", str(shard), "--issuer-key", str(issuer),
        "--device-secret-file", str(secret), "--at", str(NOW),
    )  # fmt: skip


def test_a_secret_with_device_id_refuses_another_devices_shard(
    shard_files: dict[str, object],
) -> None:
    files = shard_files
    own = inspect_with(files["shard"], files["secret-d1"], files["issuer"])
    assert own.returncode == 0, own.stderr
    other = inspect_with(files["other-device-shard"], files["secret-d1"], files["issuer"])
    assert other.returncode == 10
    assert other.stderr.startswith("ShardRecipientError: The shard was issued to device d2, not d1")


def test_a_secret_without_device_id_checks_the_key_alone(shard_files: dict[str, object]) -> None:
    # Files written before device_id existed still work; they cannot tell d1 from d2.
    files = shard_files
    for shard in (files["shard"], files["other-device-shard"]):
        result = inspect_with(shard, files["secret"], files["issuer"])
        assert result.returncode == 0, result.stderr
