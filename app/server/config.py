"""The server's configuration and its home directory.

    HOME/server.json       database_url, host, port (no secrets)
    HOME/ca.pem ca.key     private CA (the CA key only re-issues the server certificate)
    HOME/server.pem .key   TLS certificate and key for the listed hosts
    HOME/server_signing.key  Ed25519 seed (b64u): seals shards, signs receipts and exports
    HOME/org_policy.key    Ed25519 seed (b64u): signs workstation policies
    HOME/kek.key           key-encryption key of the sealed columns (unless
                           CLEANROOM_SERVER_KEK is set; see sealing.py)
    HOME/cleanroom.db      SQLite database (unless database_url names PostgreSQL)

The home is 0700 and every file in it 0600: `load_config` refuses a home that other users
can read or enter (the database holds task data) and tightens any file that is looser.
Config is a typed dataclass; time is injected (`clock_s`, Unix seconds).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.encoding import b64u_decode, b64u_encode
from app.core.keys import SigningKey
from app.server.errors import ServerSetupError
from app.server.sealing import load_sealer, register_sealer

CONFIG_FILE = "server.json"


@dataclass
class ServerConfig:
    database_url: str
    signing_key: SigningKey
    token_ttl_s: int = 900
    # Login throttling (throttle.py): growing delays after `login_free_failures`, capped
    # short per account (no colleague is locked out for long) and long per source address.
    login_free_failures: int = 3
    login_base_delay_s: int = 1
    login_account_max_delay_s: int = 30
    login_source_max_delay_s: int = 900
    login_source_free_failures: int = 10  # a source's count covers every name it tries
    login_proof_skew_s: int = 300
    max_batch: int = 1000
    # Refused with 413 before it is read in full: a batch of 200 labels is about 100 KiB.
    max_body_bytes: int = 16 * 1024 * 1024
    # A test-only fault route; create_app refuses it outside pytest.
    enable_test_faults: bool = False
    clock_s: Callable[[], float] = field(default=time.time)


def write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def write_key(path: Path, key: SigningKey) -> None:
    write_secret(path, b64u_encode(key.raw()).encode() + b"\n")


def read_key(path: Path) -> SigningKey:
    try:
        return SigningKey.from_raw(b64u_decode(path.read_text().strip()))
    except FileNotFoundError:
        raise ServerSetupError(
            f"The key file {path.name} is missing; run `cleanroom-server init` first."
        ) from None


def read_settings(home: Path) -> dict[str, Any]:
    try:
        settings = json.loads((home / CONFIG_FILE).read_text())
    except FileNotFoundError:
        raise ServerSetupError() from None
    except ValueError:
        raise ServerSetupError(
            f"The {CONFIG_FILE} is not valid JSON; fix it or run init again."
        ) from None
    if not isinstance(settings, dict):
        raise ServerSetupError(
            f"The {CONFIG_FILE} must hold a JSON object; fix it or run init again."
        )
    return settings


def database_url(home: Path, override: str | None = None) -> str:
    if override:
        return override
    url = read_settings(home).get("database_url")
    if not isinstance(url, str):
        raise ServerSetupError(f"The {CONFIG_FILE} has no database_url; add one or run init again.")
    return url.replace("{home}", str(home.resolve()))


def check_home(home: Path) -> None:
    """Refuse a home that other users can read or enter; make its files owner-only."""
    try:
        mode = home.stat().st_mode & 0o777
    except FileNotFoundError:
        raise ServerSetupError() from None
    if mode & 0o077:
        raise ServerSetupError(
            f"The server home {home} is open to other users (mode {mode:o}); run "
            f"`chmod 700 {home}` and start again."
        )
    for path in home.iterdir():
        if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o077:
            path.chmod(0o600)


def load_config(home: Path, database_url_override: str | None = None) -> ServerConfig:
    """The configuration of the server in `home`, after checking the home's permissions and
    loading the key-encryption key for its database."""
    check_home(home)
    url = database_url(home, database_url_override)
    register_sealer(url, load_sealer(home))
    return ServerConfig(database_url=url, signing_key=read_key(home / "server_signing.key"))
