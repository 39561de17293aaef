"""The sync transport trusts only the policy's CA and goes only straight to the server."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.workstation.errors import SyncError, SyncRedirectError, SyncTlsError, SyncTransportError
from app.workstation.sync import SyncClient, SyncConfig
from tests.server.harness import Harness, free_port


@pytest.fixture(scope="module")
def impostor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    """A second server with its own CA: what an attacker on the network would run."""
    running = Harness(tmp_path_factory.mktemp("impostor-home")).start()
    yield running
    running.stop()


def pointed_at(harness: Harness, other: Harness) -> SyncClient:
    """Our policy's CA and keys, but the other server's address."""
    return SyncClient(dataclasses.replace(harness.sync_config(), server_url=other.url))


def test_the_real_server_answers(harness: Harness) -> None:
    assert SyncClient(harness.sync_config()).health()["status"] == "ok"


def test_certificate_from_another_ca_is_refused(harness: Harness, impostor: Harness) -> None:
    with pytest.raises(SyncTlsError):
        pointed_at(harness, impostor).health()


def test_attacker_ca_in_requests_ca_bundle_is_ignored(
    harness: Harness, impostor: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    attacker_ca = str(impostor.home / "ca.pem")
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, attacker_ca)
    with pytest.raises(SyncTlsError):
        pointed_at(harness, impostor).health()
    # ...and it does not stop the pinned CA from working either.
    assert SyncClient(harness.sync_config()).health()["status"] == "ok"


def test_proxy_in_environment_is_not_used(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens: a used proxy would fail
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "http_proxy"):
        monkeypatch.setenv(name, closed)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert SyncClient(harness.sync_config()).health()["status"] == "ok"


def test_redirect_to_plain_http_is_not_followed(harness: Harness) -> None:
    harness.fault("/v1/health", "redirect_http")
    with pytest.raises(SyncRedirectError):
        SyncClient(harness.sync_config()).health()


def test_plain_http_url_is_refused(harness: Harness) -> None:
    plain = dataclasses.replace(
        harness.sync_config(), server_url=f"http://127.0.0.1:{harness.port}"
    )
    with pytest.raises(SyncError, match="https"):
        SyncClient(plain)
    client = SyncClient(harness.sync_config())
    with pytest.raises(SyncTransportError, match="Plain http"):
        client.session.get(f"http://127.0.0.1:{harness.port}/v1/health", timeout=5)


def test_server_requires_tls_1_2_and_speaks_it(harness: Harness) -> None:
    import socket
    import ssl

    assert harness.background is not None
    server_ctx = harness.background.server.config.ssl
    assert server_ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=str(harness.home / "ca.pem"))
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    with (
        socket.create_connection(("127.0.0.1", harness.port), timeout=5) as sock,
        ctx.wrap_socket(sock, server_hostname="127.0.0.1") as tls,
    ):
        assert tls.version() == "TLSv1.2"


def test_config_from_policy_keeps_only_pinned_keys(harness: Harness) -> None:
    config = SyncConfig.from_policy(harness.policy)
    assert set(config.server_keys) == {harness.server_key.kid}
    assert isinstance(harness.home, Path)


def test_tls_1_2_offers_only_aead_suites(harness: Harness) -> None:
    import socket
    import ssl

    def handshake(ciphers: str) -> str | None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cafile=str(harness.home / "ca.pem"))
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers(ciphers)
        with socket.create_connection(("127.0.0.1", harness.port), timeout=5) as sock:
            try:
                with ctx.wrap_socket(sock, server_hostname="127.0.0.1") as tls:
                    cipher = tls.cipher()
                    return None if cipher is None else cipher[0]
            except ssl.SSLError:
                return None

    assert handshake("ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:AES128-SHA256") is None
    assert handshake("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384") is None
    chosen = handshake("ECDHE+AESGCM:ECDHE+CHACHA20")
    assert chosen is not None
    assert "GCM" in chosen or "CHACHA20" in chosen


def test_a_wrong_method_answers_405_with_allow(harness: Harness) -> None:
    client = SyncClient(harness.sync_config())
    response, _ = client._request("DELETE", "/v1/health", auth=False)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
