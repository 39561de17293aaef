"""After a window session that opens, shows, labels (with a comment) and syncs a text, an
image and a DICOM item through the real server, no file under home, temp or the data
folder holds any of the session's canaries (plain, UTF-16 or base64).

The session runs in its own process (tests/ui/xvfb_support.py `canary-session`) with HOME,
TMPDIR, XDG folders and CLEANROOM_DATA_DIR inside the scanned folder; the server's own
folder is outside it (the server is not the workstation). The canaries sit in the text, in
the PNG's metadata, in the DICOM patient name, in the instructions and in the comment, so
any raw copy of an item, of its decoded text or of a label would show.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.test_no_plaintext_on_disk import sandbox_env, scan
from tests.ui.xvfb_support import CANARY_COMMENT, CANARY_INSTRUCTIONS, ROOT, SESSION_CANARIES

pytestmark = pytest.mark.slow


def test_window_session_leaves_no_canary_on_disk(tmp_path: Path) -> None:
    scanned, server = tmp_path / "scanned", tmp_path / "server"
    home, tmp, data = scanned / "home", scanned / "tmp", scanned / "home" / "data"
    for folder in (home, tmp, data, server):
        folder.mkdir(parents=True, exist_ok=True)
    env = sandbox_env(home, tmp, data) | {
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.xvfb_support", "canary-session", str(server), str(data)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line.startswith(b"{"):
        child.kill()
        raise AssertionError(child.communicate()[1].decode()[-3000:])
    session = json.loads(line)
    assert session == {"kinds": ["dicom", "image", "text"], "pushed": True}
    written_while_open = {p.name for p in scanned.rglob("*") if p.is_file()}
    assert "vault.db" in written_while_open
    assert scan(scanned, SESSION_CANARIES) == []
    _, err = child.communicate(b"go\n", timeout=120)
    assert child.returncode == 0, err.decode()[-3000:]
    assert scan(scanned, SESSION_CANARIES) == []
    # The control: the session's label (comment) and the project's instructions did reach
    # the server (outside the scanned folder), so content flowed; the items themselves are
    # sealed under the server's key-encryption key (issue 13), so no item canary is there.
    on_server = {hit.split(": ")[1][:12] for hit in scan(server, SESSION_CANARIES)}
    flowed = {CANARY_COMMENT[:12], CANARY_INSTRUCTIONS[:12]}
    assert on_server == flowed
