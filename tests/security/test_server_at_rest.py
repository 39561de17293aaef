"""Issue 13: the server's secrets are sealed at rest. A database file copied alone holds no
item text, no TOTP secret and no project secret; the home is owner-only; rotate-kek works."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from app.redaction.inputs import Source
from app.server.cli import main
from app.server.config import load_config
from app.server.errors import ServerSetupError
from app.server.home import init_home
from app.server.models import Item, Project, User, make_engine
from app.server.sealing import KEK_FILE, KEK_NEXT_FILE
from app.server.services import ingest, projects, users

ITEM_TEXT = "Patient Zebulon Quixote was seen on ward nine"


def _populated(home: Path) -> tuple[str, bytes]:
    init_home(home)
    config = load_config(home)
    engine = make_engine(config.database_url)
    with sessionmaker(engine)() as db:
        creds = users.add_user(db, config, "alice", "annotator", password="pw horse 42")
        projects.create_project(db, config, "p1", {"kinds": ["class"], "classes": ["a"]},
                                allow_unredacted=True)  # fmt: skip
        source = Source("text", "text/plain; charset=utf-8", ITEM_TEXT.encode(), "t.txt", None)
        ingest.ingest(db, config, "p1", [source], ingest.passthrough_redactor)
        secret = db.query(Project).one().secret
    engine.dispose()
    # Fold the WAL into the file, as a copy of a quiet server would be.
    with sqlite3.connect(home / "cleanroom.db") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return creds.totp_secret, secret


def _needles(totp_secret: str, project_secret: bytes) -> list[bytes]:
    raw_totp = base64.b32decode(totp_secret + "=" * (-len(totp_secret) % 8))
    return [ITEM_TEXT.encode(), b"Zebulon", totp_secret.encode(), raw_totp, project_secret]


def test_a_copied_database_holds_no_item_text_and_no_totp_secret(tmp_path: Path) -> None:
    home = tmp_path / "home"
    totp_secret, project_secret = _populated(home)
    files = [p for p in home.iterdir() if p.name.startswith("cleanroom.db")]
    blob = b"".join(p.read_bytes() for p in files)
    assert blob
    for needle in _needles(totp_secret, project_secret):
        assert needle not in blob
    # With the KEK, the server reads them back.
    config = load_config(home)
    with sessionmaker(make_engine(config.database_url))() as db:
        assert db.query(User).one().totp_secret == totp_secret
        assert db.query(Item).one().data == ITEM_TEXT.encode()
    # Without it, nothing opens: the sealed values name a key that is not loaded.
    (home / KEK_FILE).rename(tmp_path / "kek.elsewhere")
    with pytest.raises(ServerSetupError, match=r"kek\.key"):
        load_config(home)


def test_home_and_files_are_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init_home(home)
    assert home.stat().st_mode & 0o777 == 0o700
    for path in home.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name
    (home / "policy.json").chmod(0o644)
    load_config(home)
    assert (home / "policy.json").stat().st_mode & 0o777 == 0o600  # tightened at start
    home.chmod(0o755)
    with pytest.raises(ServerSetupError, match="chmod 700"):
        load_config(home)


def test_rotate_kek_reseals_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    totp_secret, _ = _populated(home)
    old = (home / KEK_FILE).read_text()
    assert main(["--home", str(home), "rotate-kek"]) == 0
    assert "3 sealed values" in capsys.readouterr().out
    assert (home / KEK_FILE).read_text() != old
    assert not (home / KEK_NEXT_FILE).exists()
    config = load_config(home)
    with sessionmaker(make_engine(config.database_url))() as db:
        assert db.query(User).one().totp_secret == totp_secret
        assert db.query(Item).one().data == ITEM_TEXT.encode()
    # The old key alone no longer opens anything.
    (home / KEK_FILE).write_text(old)
    config = load_config(home)
    with sessionmaker(make_engine(config.database_url))() as db, pytest.raises(ServerSetupError):
        db.query(User).one()
