"""What every command shares: the server home, a database session, small formatting."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session, sessionmaker

from app.redaction.errors import RedactionInputError
from app.server.config import ServerConfig, load_config
from app.server.models import make_engine

# `ingest` and `redact-preview` when some inputs were refused (the others were processed).
EXIT_SOME_REFUSED: Final = RedactionInputError.exit_code


def home(args: argparse.Namespace) -> Path:
    return Path(args.home or os.environ.get("CLEANROOM_SERVER_HOME") or "server-home")


@contextmanager
def session(args: argparse.Namespace) -> Iterator[tuple[Session, ServerConfig]]:
    config = load_config(home(args), args.database_url)
    engine = make_engine(config.database_url)
    try:
        with sessionmaker(engine, expire_on_commit=False)() as db:
            yield db, config
    finally:
        engine.dispose()


def counts(mapping: object) -> str:
    if not isinstance(mapping, dict) or not mapping:
        return "-"
    return " ".join(f"{k}:{v}" for k, v in sorted(mapping.items()))
