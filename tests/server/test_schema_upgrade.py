"""A database made before the review tables and columns existed gains them on the next start
(`make_engine`): new tables, nullable columns (ADD COLUMN) and the review index, with the
rows it held kept."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.server.models import make_engine
from app.server.sealing import Sealer


def test_an_older_database_gains_the_review_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    sealer = Sealer.of(os.urandom(32))
    engine = make_engine(url, sealer)
    with engine.begin() as conn:  # make it look like a database from before issue 12
        conn.execute(text("DROP INDEX ix_labels_project_item"))
        conn.execute(text("ALTER TABLE users DROP COLUMN full_name"))
        conn.execute(text("ALTER TABLE tokens DROP COLUMN signed_ms"))
        conn.execute(text("DROP TABLE signatures"))
        conn.execute(
            text(
                "INSERT INTO users (id, username, role, password_hash, totp_secret, "
                "failed_logins, locked_until, disabled, created_at) "
                "VALUES ('u-1', 'kept', 'lead', 'h', x'00', 0, 0, 0, 1)"
            )
        )
    engine.dispose()
    bare = create_engine(url)
    assert "full_name" not in {c["name"] for c in inspect(bare).get_columns("users")}
    bare.dispose()

    engine = make_engine(url, sealer)
    found = inspect(engine)
    assert "full_name" in {c["name"] for c in found.get_columns("users")}
    assert "signed_ms" in {c["name"] for c in found.get_columns("tokens")}
    assert "signatures" in found.get_table_names()
    assert "ix_labels_project_item" in {i["name"] for i in found.get_indexes("labels")}
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT username, full_name FROM users")).all()
    assert [tuple(r) for r in rows] == [("kept", None)]
    engine.dispose()
