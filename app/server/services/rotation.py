"""`rotate-kek`: a new key-encryption key for the sealed columns, with no window in which a
crash loses data.

1. the new key is written to `HOME/kek.next` (0600) unless a previous run left one;
2. every sealed value is opened (with the old or the new key) and sealed again with the
   new one, in one transaction;
3. `kek.next` replaces `kek.key`.
A crash after 1 or 2 leaves both files; every start loads both (sealing.load_sealer), and
running `rotate-kek` again finishes the job. With `CLEANROOM_SERVER_KEK` (a KMS), rotation is
the KMS's: see docs/SERVER.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.server.config import write_secret
from app.server.errors import ServerSetupError
from app.server.models import Item, Project, User, make_engine
from app.server.sealing import KEK_ENV, KEK_FILE, KEK_NEXT_FILE, load_sealer, new_kek_text

SEALED_COLUMNS = ((User, "totp_secret"), (Project, "secret"), (Item, "data"))


def rotate_kek(home: Path, database_url: str) -> int:
    """Re-seal every sealed value under a new KEK; returns how many values were re-sealed."""
    if os.environ.get(KEK_ENV):
        raise ServerSetupError(
            f"The key-encryption key comes from {KEK_ENV}; rotate it in your key manager "
            "(see docs/SERVER.md), or unset the variable to rotate the home's kek.key."
        )
    next_file = home / KEK_NEXT_FILE
    if not next_file.exists():
        write_secret(next_file, new_kek_text())
    sealer = load_sealer(home)  # the new key seals; the old one still opens
    engine = make_engine(database_url, sealer)
    count = 0
    try:
        with Session(engine) as db:
            for model, column in SEALED_COLUMNS:
                for row in db.query(model).all():
                    flag_modified(row, column)  # written again: sealed with the new key
                    count += 1
            db.commit()
    finally:
        engine.dispose()
    os.replace(next_file, home / KEK_FILE)
    return count
