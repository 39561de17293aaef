"""Nothing readable on disk: a full session leaves no canary in any file it could write.

The session (tests/support/plaintext_session.py) runs in its own process with HOME,
TMPDIR and the data directory inside this test's folder, on a shard whose items,
instructions, label comments and password are canary strings. Every file under that folder
is scanned for each canary as UTF-8, UTF-16-LE/BE and base64 (standard and url-safe, at all
three alignments), once while the store and its WAL are open and once after close.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from tests.support.plaintext_session import CANARIES

REPO = Path(__file__).resolve().parents[2]


def needles(canary: str) -> dict[str, bytes]:
    text = canary.encode()
    found = {
        "utf-8": text,
        "utf-16-le": canary.encode("utf-16-le"),
        "utf-16-be": canary.encode("utf-16-be"),
    }
    for shift in range(3):
        # Encode behind `shift` filler bytes; keep only the groups made of canary bytes alone.
        start = (shift + 2) // 3 * 4
        end = (shift + len(text)) // 3 * 4
        for name, encode in (("base64", base64.b64encode), ("b64u", base64.urlsafe_b64encode)):
            found[f"{name}+{shift}"] = encode(b"\0" * shift + text)[start:end]
    return found


def scan(root: Path, canaries: Iterable[str]) -> list[str]:
    hits = []
    patterns = [(c, enc, needle) for c in canaries for enc, needle in needles(c).items()]
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        hits += [
            f"{path.relative_to(root)}: {canary[:14]}… as {enc}"
            for canary, enc, needle in patterns
            if needle in data
        ]
    return hits


def test_scanner_finds_what_it_looks_for(tmp_path: Path) -> None:
    canary = CANARIES[0]
    (tmp_path / "plain.txt").write_bytes(b"xx" + canary.encode() + b"yy")
    (tmp_path / "utf16.txt").write_bytes(canary.encode("utf-16-be"))
    for shift in range(3):
        blob = base64.urlsafe_b64encode(b"q" * shift + canary.encode() + b"z")
        (tmp_path / f"b64-{shift}.txt").write_bytes(blob)
    (tmp_path / "clean.txt").write_bytes(b"nothing here")
    hits = scan(tmp_path, [canary])
    assert {h.split(":")[0] for h in hits} == {
        "plain.txt", "utf16.txt", "b64-0.txt", "b64-1.txt", "b64-2.txt"
    }  # fmt: skip


def sandbox_env(home: Path, tmp: Path, data: Path) -> dict[str, str]:
    """A child's environment whose home, temp, XDG and data folders all lie in folders the
    scan reads, so anything it writes anywhere is scanned."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "TMP": str(tmp),
        "TEMP": str(tmp),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "CLEANROOM_DATA_DIR": str(data),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def test_full_session_leaves_no_plaintext(tmp_path: Path) -> None:
    home, tmp, data = tmp_path / "home", tmp_path / "tmp", tmp_path / "home" / "data"
    for folder in (home, tmp, data):
        folder.mkdir(parents=True, exist_ok=True)
    env = sandbox_env(home, tmp, data)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.plaintext_session"],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stdin is not None
    line = child.stdout.readline()
    if line != b"CHECKPOINT\n":
        child.kill()
        raise AssertionError(child.communicate()[1].decode()[-2000:])
    written_while_open = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert "vault.db-wal" in written_while_open  # the scan does cover the open WAL
    assert scan(tmp_path, CANARIES) == []
    out, err = child.communicate(b"go\n", timeout=60)
    assert child.returncode == 0, err.decode()[-2000:]
    assert out == b"DONE\n"
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert {"vault.db", "cleanroom.log", "journal-export.jsonl"} <= set(files)
    assert scan(tmp_path, CANARIES) == []
    log = (data / "cleanroom.log").read_text()
    assert "log.refused logger=cleanroom.ui" in log
    assert "label.saved annotation_id=" in log
