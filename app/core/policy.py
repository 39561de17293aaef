"""Managed policy, format `cleanroom-policy/1` (DESIGN.md §7).

    {"policy": {...}, "kid": str, "sig": b64u},  sig = Ed25519(org key, CJ(policy))

The organisation's public key ships inside the managed build; a policy is used only after
its signature verified against one of those keys, and then only as a typed `Policy`.
Signed objects hold no floats, so the watermark opacity is an integer percentage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.encoding import (
    JsonObject,
    b64u_decode,
    b64u_encode,
    canonical_json,
    is_int,
    parse_json,
    signed_json,
)
from app.core.errors import (
    EncodingError,
    KeyMaterialError,
    PolicyKeyError,
    PolicyParseError,
    PolicySignatureError,
    PolicyValueError,
)
from app.core.keys import SUITE_HYBRID, SUITES, SigningKey, VerifyKey
from app.core.protocol import LABEL_KINDS

FORMAT: Final = "cleanroom-policy/1"
CAPTURE_MODES: Final = ("required", "best_effort")


@dataclass(frozen=True)
class WatermarkPolicy:
    visible: bool = True
    forensic: bool = True
    opacity: int = 12  # percent, 0..100

    @classmethod
    def from_json(cls, untrusted: object) -> WatermarkPolicy:
        if not isinstance(untrusted, dict):
            raise PolicyValueError("Policy 'watermark' must be an object.")
        visible, forensic = untrusted.get("visible"), untrusted.get("forensic")
        opacity = untrusted.get("opacity")
        if not isinstance(visible, bool) or not isinstance(forensic, bool):
            raise PolicyValueError("Policy 'watermark.visible' and '.forensic' must be booleans.")
        if not is_int(opacity) or not 0 <= opacity <= 100:
            raise PolicyValueError("Policy 'watermark.opacity' must be an integer percent 0-100.")
        return cls(visible, forensic, opacity)


@dataclass(frozen=True)
class Policy:
    """A verified policy. `raw` keeps every field, including ones newer builds understand."""

    server_url: str
    ca_cert_pem: str
    server_kids: tuple[str, ...]
    idle_lock_s: int
    watermark: WatermarkPolicy
    capture_protection: str
    max_offline_s: int
    allowed_label_kinds: tuple[str, ...]
    allowed_shard_suites: tuple[str, ...] = (SUITE_HYBRID,)
    # Only the keys of pinned kids (`server_kids`): shards and receipts verify against these.
    server_keys: Mapping[str, VerifyKey] = field(default_factory=dict, hash=False)
    raw: JsonObject = field(default_factory=dict, compare=False)

    @classmethod
    def from_json(cls, obj: JsonObject) -> Policy:
        try:
            return cls(
                server_url=_https_url(obj["server_url"]),
                ca_cert_pem=_pem(obj["ca_cert_pem"]),
                server_kids=_str_list(obj, "server_kids", nonempty=True),
                idle_lock_s=_int_in(obj, "idle_lock_s", 30, 86_400),
                watermark=WatermarkPolicy.from_json(obj["watermark"]),
                capture_protection=_choice(obj, "capture_protection", CAPTURE_MODES),
                max_offline_s=_int_in(obj, "max_offline_s", 0, 90 * 86_400),
                allowed_label_kinds=_str_list(obj, "allowed_label_kinds", choices=LABEL_KINDS),
                allowed_shard_suites=(
                    _str_list(obj, "allowed_shard_suites", choices=SUITES, nonempty=True)
                    if "allowed_shard_suites" in obj
                    else (SUITE_HYBRID,)
                ),
                server_keys=_server_keys(obj),
                raw=obj,
            )
        except KeyError as exc:
            raise PolicyValueError(f"Policy is missing the setting {exc.args[0]!r}.") from None


def _server_keys(obj: Mapping[str, Any]) -> dict[str, VerifyKey]:
    """`server_keys` {kid: b64u Ed25519 key}, optional; a key must match its kid, and only
    the kids pinned in `server_kids` are kept."""
    raw = obj.get("server_keys", {})
    if not isinstance(raw, dict):
        raise PolicyValueError("Policy 'server_keys' must be an object of kid to key.")
    keys: dict[str, VerifyKey] = {}
    for key_id, value in raw.items():
        try:
            key = VerifyKey.from_b64u(value) if isinstance(value, str) else None
        except KeyMaterialError:
            key = None
        if key is None or key.kid != key_id:
            raise PolicyValueError(
                f"Policy 'server_keys' entry {key_id!r} is not the Ed25519 key of that kid; "
                "ask IT to fix and re-sign the policy."
            )
        if key_id in obj["server_kids"]:
            keys[key_id] = key
    return keys


def _https_url(value: object) -> str:
    if not isinstance(value, str) or not value.startswith("https://") or len(value) <= 8:
        raise PolicyValueError("Policy 'server_url' must be an https:// URL.")
    return value


def _pem(value: object) -> str:
    if not isinstance(value, str) or "-----BEGIN CERTIFICATE-----" not in value:
        raise PolicyValueError("Policy 'ca_cert_pem' must hold a PEM certificate.")
    return value


def _int_in(obj: Mapping[str, Any], key: str, low: int, high: int) -> int:
    value = obj[key]
    if not is_int(value) or not low <= value <= high:
        raise PolicyValueError(f"Policy {key!r} must be an integer in [{low}, {high}].")
    return int(value)


def _choice(obj: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = obj[key]
    if value not in choices:
        raise PolicyValueError(f"Policy {key!r} must be one of {', '.join(choices)}.")
    return str(value)


def _str_list(
    obj: Mapping[str, Any],
    key: str,
    *,
    choices: tuple[str, ...] | None = None,
    nonempty: bool = False,
) -> tuple[str, ...]:
    value = obj[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyValueError(f"Policy {key!r} must be a list of strings.")
    if nonempty and not value:
        raise PolicyValueError(f"Policy {key!r} must not be empty.")
    if choices is not None and any(v not in choices for v in value):
        raise PolicyValueError(f"Policy {key!r} may hold only {', '.join(choices)}.")
    return tuple(value)


def sign_policy(policy: JsonObject, org_key: SigningKey) -> bytes:
    """The signed envelope as canonical JSON bytes. Validates the policy first."""
    Policy.from_json(policy)
    envelope = {
        "policy": policy,
        "kid": org_key.kid,
        "sig": b64u_encode(org_key.sign(signed_json(policy))),
    }
    return canonical_json(envelope)


def verify_policy(untrusted: bytes, trusted_org_keys: Mapping[str, VerifyKey]) -> Policy:
    """Parse the envelope, find the org key by kid, verify, then type every setting."""
    try:
        envelope = parse_json(untrusted)
    except EncodingError as exc:
        raise PolicyParseError(
            f"The policy file is malformed ({exc.clause()}); ask IT to reinstall it."
        ) from None
    if not isinstance(envelope, dict) or set(envelope) != {"policy", "kid", "sig"}:
        raise PolicyParseError()
    policy, key_id = envelope["policy"], envelope["kid"]
    if not isinstance(policy, dict) or not isinstance(key_id, str):
        raise PolicyParseError()
    org_key = trusted_org_keys.get(key_id)
    if org_key is None:
        raise PolicyKeyError(
            f"Policy signed by unknown key {key_id!r}; ask IT for the right policy."
        )
    try:
        sig = b64u_decode(envelope["sig"], length=64)
    except EncodingError:
        raise PolicySignatureError() from None
    if not org_key.verify(sig, canonical_json(policy)):
        raise PolicySignatureError()
    return Policy.from_json(policy)
