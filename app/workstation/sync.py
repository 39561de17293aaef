"""Workstation sync: talks to the server over TLS pinned to the policy's CA, nothing else.

Transport rules, each a deliberate refusal:
- trust comes only from `ca_cert_pem` in the signed policy (an ssl.SSLContext with only that
  CA, TLS 1.2 at least); never the system store, certificate checks never turned off;
- `trust_env` is off, so REQUESTS_CA_BUNDLE, *_proxy and .netrc change nothing, and the
  adapter refuses to build a proxy;
- redirects are never followed (a 3xx is an error), plain http:// is refused;
- every call has a timeout; connection errors and 5xx are retried with backoff (label and
  journal uploads are idempotent, so a retried POST is safe);
- journal receipts are verified against the server keys pinned in the policy.

`push(outbox)` applies the server's erasure list, then drains the outbox: labels, then
journal, in batches; an entry leaves the outbox only once the server acknowledged it. A push
that applied the erasures and drained the journal records the time, which `ShardGate`
(shard_gate.py) checks before any shard opens; a refused or conflicting label stays queued
and reported, never holding back the journal. `403 device_revoked` on any call raises
`DeviceRevokedError`, on which the caller crypto-shreds the device (revocation.py). This
module only moves bytes: it never opens a shard. Its errors are the Sync* classes of
app/workstation/errors.py.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from app.core.clock import now_ms
from app.core.encoding import b64u_decode, b64u_encode, sha256_hex
from app.core.errors import EncodingError, ReceiptError, as_clause
from app.core.journal import JournalRecord
from app.core.keys import DevicePublicKey, SigningKey, VerifyKey
from app.core.policy import Policy
from app.core.protocol import login_proof_message
from app.core.receipt import Receipt, verify_receipt
from app.workstation.errors import (
    DeviceRevokedError,
    SyncError,
    SyncJournalRejectedError,
    SyncRedirectError,
    SyncServerError,
    SyncTlsError,
    SyncTransportError,
)
from app.workstation.outbox import Outbox

RETRY_STATUS: Final = (500, 502, 503, 504)


@dataclass(frozen=True)
class SyncConfig:
    server_url: str
    ca_cert_pem: str
    server_keys: Mapping[str, VerifyKey]  # for receipts; shards are the gate's business
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 30.0
    retries: int = 3
    backoff_s: float = 0.2
    label_batch: int = 200
    journal_batch: int = 200

    @classmethod
    def from_policy(cls, policy: Policy, **overrides: Any) -> SyncConfig:
        """Server keys are the policy's pinned `server_keys` (receipts verify against them)."""
        if not policy.server_keys:
            raise SyncError("The policy pins no usable server key; ask IT to fix the policy.")
        settings: dict[str, Any] = {
            "server_url": policy.server_url,
            "ca_cert_pem": policy.ca_cert_pem,
            "server_keys": dict(policy.server_keys),
            **overrides,
        }
        return cls(**settings)


def pinned_context(ca_cert_pem: str) -> ssl.SSLContext:
    """Trust exactly one CA; TLS 1.2 or newer; hostname checked."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    try:
        ctx.load_verify_locations(cadata=ca_cert_pem)
    except ssl.SSLError:
        raise SyncError("The policy's CA certificate cannot be loaded; ask IT.") from None
    return ctx


class PinnedAdapter(HTTPAdapter):
    """An HTTPS adapter whose only trust is the given SSLContext, and that never proxies."""

    def __init__(self, context: ssl.SSLContext, retry: Retry) -> None:
        self._context = context
        super().__init__(max_retries=retry, pool_connections=2, pool_maxsize=4)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        host, pool = super().build_connection_pool_key_attributes(request, True, None)
        # Never a CA file (requests would add certifi to our context): only our context.
        pool.pop("ca_certs", None)
        pool.pop("ca_cert_dir", None)
        pool["ssl_context"] = self._context
        pool["cert_reqs"] = "CERT_REQUIRED"
        return host, pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        raise SyncTransportError("Cleanroom never sends sync traffic through a proxy.")


class RefusingAdapter(HTTPAdapter):
    """Mounted on http://: plain HTTP is never used."""

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        raise SyncTransportError("Plain http:// is refused; the server must use https.")


@dataclass
class PushReport:
    labels_acked: int = 0
    label_conflicts: list[tuple[str, int]] = field(default_factory=list)
    labels_erased: int = 0  # answered `erased`: the item was erased, the label dropped
    label_refusal: SyncServerError | None = None  # a refused batch stays queued
    items_purged: int = 0  # newly blocked erased items
    journal_acked_seq: int | None = None
    receipts: list[Receipt] = field(default_factory=list)


class SyncClient:
    """One workstation's connection to its server. Not thread-safe: one per thread."""

    def __init__(
        self,
        config: SyncConfig | Policy,
        *,
        device_id: str | None = None,
        clock_ms: Callable[[], int] = now_ms,
    ) -> None:
        self.config = config if isinstance(config, SyncConfig) else SyncConfig.from_policy(config)
        if not self.config.server_url.startswith("https://"):
            raise SyncError("The server URL must be https://.")
        self.base = self.config.server_url.rstrip("/")
        self.device_id = device_id
        self.token: str | None = None
        self.role: str | None = None  # the account's role from the last login ("lead"...)
        self.printed_name: str | None = None  # what a signature prints (leads sign)
        self._clock_ms = clock_ms
        retry = Retry(
            total=self.config.retries,
            connect=self.config.retries,
            read=self.config.retries,
            status=self.config.retries,
            redirect=0,
            backoff_factor=self.config.backoff_s,
            status_forcelist=RETRY_STATUS,
            allowed_methods=frozenset({"GET", "POST"}),
            raise_on_status=False,
            raise_on_redirect=False,
            respect_retry_after_header=False,
        )
        session = requests.Session()
        session.trust_env = False
        session.proxies = {}
        session.verify = True
        session.mount("https://", PinnedAdapter(pinned_context(self.config.ca_cert_pem), retry))
        session.mount("http://", RefusingAdapter())
        self.session = session

    # --- transport ---------------------------------------------------------------------

    def _request(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> Any:
        headers: dict[str, str] = {"Accept": "application/json"}
        if auth:
            if self.token is None:
                raise SyncError("Not logged in to the server; log in first.")
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.session.request(
                method,
                self.base + path,
                headers=headers,
                timeout=(self.config.connect_timeout_s, self.config.read_timeout_s),
                allow_redirects=False,
                proxies={},
                **kwargs,
            )
            content = response.content  # read now, so a cut connection fails here
        except requests.exceptions.SSLError:
            raise SyncTlsError() from None
        except requests.exceptions.TooManyRedirects:
            raise SyncRedirectError() from None
        except requests.exceptions.RequestException as exc:
            raise SyncTransportError(
                f"The server cannot be reached ({type(exc).__name__}); your work is kept."
            ) from None
        if 300 <= response.status_code < 400:
            raise SyncRedirectError()
        return response, content

    def _json(self, response: requests.Response, content: bytes) -> Any:
        try:
            return response.json() if content else None
        except ValueError:
            raise SyncServerError(
                "The server's answer is not JSON.", status=response.status_code
            ) from None

    @staticmethod
    def _raise_if_revoked(response: requests.Response, body: Any) -> None:
        """`403 device_revoked` on any call: not a sync failure to retry later but the end of
        this device (the caller crypto-shreds it, see revocation.py)."""
        revoked = isinstance(body, dict) and body.get("error") == "device_revoked"
        if response.status_code == 403 and revoked:
            detail = body.get("detail")
            raise DeviceRevokedError(notice=detail if isinstance(detail, str) else "")

    def _check(self, response: requests.Response, content: bytes) -> Any:
        body = self._json(response, content)
        self._raise_if_revoked(response, body)
        if response.status_code >= 400:
            code = body.get("error", "") if isinstance(body, dict) else ""
            detail = body.get("detail", "") if isinstance(body, dict) else ""
            raise SyncServerError(
                f"The server refused the request ({response.status_code} {code}): "
                f"{as_clause(str(detail))}; your work is kept.",
                status=response.status_code,
                code=str(code),
            )
        return body

    # --- API -----------------------------------------------------------------------------

    def health(self) -> Any:
        return self._check(*self._request("GET", "/v1/health", auth=False))

    def enrol(
        self, code: str, device_id: str, enc_public: DevicePublicKey, sign_public: VerifyKey
    ) -> Any:
        body = {
            "code": code,
            "device_id": device_id,
            "enc_public": b64u_encode(enc_public.raw),
            "sign_public": sign_public.b64u(),
        }
        result = self._check(*self._request("POST", "/v1/devices/enrol", auth=False, json=body))
        if not isinstance(result, dict) or result.get("server_kid") not in self.config.server_keys:
            raise SyncError("The server's key is not the one pinned in the policy.")
        self.device_id = device_id
        return result

    def login(
        self, username: str, password: str, totp: str, device_key: SigningKey
    ) -> dict[str, Any]:
        if self.device_id is None:
            raise SyncError("This workstation is not enrolled; ask IT to enrol it.")
        ts_ms = self._clock_ms()
        proof = device_key.sign(login_proof_message(username, self.device_id, ts_ms))
        body = {
            "username": username,
            "password": password,
            "totp": totp,
            "device_id": self.device_id,
            "proof_ts_ms": ts_ms,
            "proof_sig": b64u_encode(proof),
        }
        result = self._check(*self._request("POST", "/v1/auth/login", auth=False, json=body))
        if not isinstance(result, dict) or not isinstance(result.get("token"), str):
            raise SyncServerError("The server's login answer is malformed.")
        self.token = result["token"]
        role, printed = result.get("role"), result.get("printed_name")
        self.role = role if isinstance(role, str) else None
        self.printed_name = printed if isinstance(printed, str) else None
        return result

    def list_shards(self) -> list[dict[str, Any]]:
        body = self._check(*self._request("GET", "/v1/shards"))
        shards = body.get("shards") if isinstance(body, dict) else None
        if not isinstance(shards, list):
            raise SyncServerError("The server's shard list is malformed.")
        return [s for s in shards if isinstance(s, dict)]

    def download_shard(self, shard_id: str, expected_sha256: str | None = None) -> bytes:
        response, content = self._request("GET", f"/v1/shards/{shard_id}")
        if response.status_code != 200:
            self._check(response, content)
        if expected_sha256 is not None and sha256_hex(content) != expected_sha256:
            raise SyncTransportError("The shard download is incomplete; try again.")
        return bytes(content)

    def erasures(self) -> list[str]:
        """Item ids of this device's shards that were erased on the server."""
        body = self._check(*self._request("GET", "/v1/erasures"))
        ids = body.get("item_ids") if isinstance(body, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise SyncServerError("The server's erasure list is malformed.")
        return list(ids)

    def review_queue(self) -> Any:
        return self._check(*self._request("GET", "/v1/review/queue"))

    # --- outbox --------------------------------------------------------------------------

    def push(self, outbox: Outbox) -> PushReport:
        """Apply the server's erasure list, send labels, then journal records; ack only what
        the server acknowledged.

        Every push asks the server first (so a revoked device learns it, and an erasure
        reaches the store, even with nothing to send). A refused label batch or a
        conflicting version stays in the outbox and is reported, but never stops the
        journal upload. The last-sync time, which keeps shards open, is recorded once the
        erasures are applied and the journal is drained; other failures raise a SyncError,
        and what was acknowledged before stays acknowledged.
        """
        report = PushReport()
        report.items_purged = outbox.purge_items(self.erasures())
        try:
            self._push_labels(outbox, report)
        except (SyncJournalRejectedError, DeviceRevokedError):
            raise
        except SyncServerError as exc:
            if exc.status >= 500 or exc.status == 401:
                raise
            report.label_refusal = exc  # 403/409/422: kept for a person; the journal goes on
        refused = report.label_refusal.code or "refused" if report.label_refusal else None
        outbox.note_refusal(refused or ("conflict" if report.label_conflicts else None))
        self._push_journal(outbox, report)
        outbox.set_last_sync_ms(self._clock_ms())
        return report

    def _push_labels(self, outbox: Outbox, report: PushReport) -> None:
        while True:
            batch = outbox.pending_labels(self.config.label_batch)
            if not batch:
                return
            body = {"labels": [label.to_json() for label in batch]}
            result = self._check(*self._request("POST", "/v1/labels", json=body))
            sent = {(label.annotation_id, label.version) for label in batch}
            acked: list[tuple[str, int]] = []
            conflicts: list[tuple[str, int]] = []
            for row in result.get("results", []) if isinstance(result, dict) else []:
                key = (row.get("annotation_id"), row.get("version"))
                if key not in sent:
                    continue
                if row.get("status") in ("stored", "duplicate", "erased"):
                    acked.append((str(key[0]), int(key[1])))
                    report.labels_erased += row.get("status") == "erased"
                else:
                    conflicts.append((str(key[0]), int(key[1])))
            outbox.ack_labels(acked)
            report.labels_acked += len(acked)
            if conflicts or not acked:
                # A conflicting version stays in the outbox for a person to look at.
                report.label_conflicts.extend(conflicts)
                return

    def _push_journal(self, outbox: Outbox, report: PushReport) -> None:
        while True:
            batch = outbox.pending_journal(self.config.journal_batch)
            if not batch:
                return
            body = {"records": [record.to_line().decode("utf-8") for record in batch]}
            response, content = self._request("POST", "/v1/journal", json=body)
            answer = self._json(response, content)
            self._raise_if_revoked(response, answer)
            if response.status_code == 200:
                receipt = self._receipt(answer, batch, exact=True)
            elif (
                response.status_code == 409
                and isinstance(answer, dict)
                and answer.get("error") == "journal_replayed"
                and "receipt" in answer
            ):
                # An earlier answer was lost: the server already holds these records.
                receipt = self._receipt(answer["receipt"], batch, exact=False)
            else:
                code = answer.get("error", "") if isinstance(answer, dict) else ""
                detail = answer.get("detail", "") if isinstance(answer, dict) else ""
                error = SyncJournalRejectedError if response.status_code == 409 else SyncServerError
                raise error(
                    f"The server refused the journal ({response.status_code} {code}): "
                    f"{as_clause(str(detail))}; keep the workstation as it is and call security.",
                    status=response.status_code,
                    code=str(code),
                )
            outbox.ack_journal(receipt)
            report.receipts.append(receipt)
            report.journal_acked_seq = receipt.seq

    def _receipt(self, untrusted: Any, batch: list[JournalRecord], *, exact: bool) -> Receipt:
        receipt = verify_receipt(untrusted, self.config.server_keys)
        by_seq = {record.seq: record for record in batch}
        record = batch[-1] if exact else by_seq.get(receipt.seq)
        if (
            record is None
            or receipt.seq != record.seq
            or receipt.hash != record.hash
            or receipt.device_id != record.entry["device_id"]
        ):
            raise ReceiptError("The receipt does not cover the records sent.")
        return receipt


def decode_key(value: str) -> bytes:
    try:
        return b64u_decode(value)
    except EncodingError as exc:
        raise SyncError(f"The key is malformed ({exc.clause()}).") from None
