"""`init`: a new server home (TLS material, keys, database, a signed workstation policy)."""

from __future__ import annotations

import json
import os
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from app.core.encoding import JsonObject
from app.core.keys import SUITE_HYBRID, SigningKey
from app.core.policy import sign_policy
from app.server.config import CONFIG_FILE, write_key, write_secret
from app.server.errors import ServerSetupError
from app.server.models import make_engine
from app.server.sealing import KEK_ENV, KEK_FILE, load_sealer, new_kek_text
from app.server.tls import make_tls

TLS12_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!SHA1:!CBC"


@dataclass(frozen=True)
class InitResult:
    home: Path
    ca_fingerprint: str
    server_kid: str
    org_kid: str


def default_policy(server_url: str, ca_pem: str, server_key: SigningKey) -> JsonObject:
    """The policy a workstation needs to sync: where, which CA, which server keys."""
    verify = server_key.verify_key()
    return {
        "server_url": server_url,
        "ca_cert_pem": ca_pem,
        "server_kids": [verify.kid],
        # The receipt and shard signatures need the keys themselves, not only their ids.
        "server_keys": {verify.kid: verify.b64u()},
        "idle_lock_s": 300,
        "watermark": {"visible": True, "forensic": True, "opacity": 12},
        "capture_protection": "best_effort",
        "max_offline_s": 3 * 86_400,
        "allowed_label_kinds": ["span", "box", "region", "class"],
        "allowed_shard_suites": [SUITE_HYBRID],
    }


def init_home(
    home: Path,
    *,
    server_url: str = "https://127.0.0.1:8443",
    hosts: tuple[str, ...] = ("localhost", "127.0.0.1"),
    database_url: str | None = None,
) -> InitResult:
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    if (home / CONFIG_FILE).exists():
        raise ServerSetupError(f"The folder {home} already holds a server; choose an empty folder.")
    home.chmod(0o700)  # the database holds task data: owner only (checked at every start)
    if not os.environ.get(KEK_ENV):
        write_secret(home / KEK_FILE, new_kek_text())
    tls = make_tls(hosts)
    write_secret(home / "ca.pem", tls.ca_cert_pem)
    write_secret(home / "ca.key", tls.ca_key_pem)
    write_secret(home / "server.pem", tls.cert_pem)
    write_secret(home / "server.key", tls.key_pem)
    server_key, org_key = SigningKey.generate(), SigningKey.generate()
    write_key(home / "server_signing.key", server_key)
    write_key(home / "org_policy.key", org_key)
    url = database_url or "sqlite:///{home}/cleanroom.db"
    settings = {"database_url": url, "server_url": server_url, "hosts": list(hosts)}
    write_secret(home / CONFIG_FILE, (json.dumps(settings, indent=2) + "\n").encode())
    db_url = url.replace("{home}", str(home.resolve()))
    make_engine(db_url, load_sealer(home)).dispose()
    db_file = home / "cleanroom.db"
    if db_file.exists():
        db_file.chmod(0o600)
    policy = default_policy(server_url, tls.ca_cert_pem.decode(), server_key)
    write_secret(home / "policy.json", sign_policy(policy, org_key) + b"\n")
    write_secret(home / "org_policy.pub", (org_key.verify_key().b64u() + "\n").encode())
    return InitResult(home, tls.ca_fingerprint, server_key.kid, org_key.kid)


def uvicorn_server(
    app: Any, host: str, port: int, certfile: Path, keyfile: Path, *, graceful_s: int = 2
) -> uvicorn.Server:
    """HTTPS only: TLS 1.3 (preferred) or TLS 1.2 with ECDHE and an AEAD cipher (AES-GCM or
    ChaCha20-Poly1305) only; no CBC, no static RSA key exchange. There is no plain-HTTP
    listener anywhere."""
    config = uvicorn.Config(
        app, host=host, port=port, ssl_certfile=str(certfile), ssl_keyfile=str(keyfile),
        log_level="warning", access_log=False, timeout_graceful_shutdown=graceful_s,
    )  # fmt: skip
    config.load()
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    config.ssl.set_ciphers(TLS12_CIPHERS)  # TLS 1.3 suites are all AEAD and stay as they are
    config.ssl.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
    return uvicorn.Server(config)


class BackgroundServer:
    """Runs a uvicorn server in a thread (tests and the load benchmark)."""

    def __init__(self, server: uvicorn.Server) -> None:
        self.server = server
        self.thread = threading.Thread(target=server.run, daemon=True)

    def start(self, timeout_s: float = 20.0) -> None:
        import time  # noqa: PLC0415

        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise ServerSetupError("The test server did not start; see its log.")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
