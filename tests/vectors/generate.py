"""Generate the format test vectors in this folder (run once; the output is checked in).

    .venv/bin/python tests/vectors/generate.py

Keys and times are fixed (derived from fixed labels below), but HPKE and the shard's
file key and salt are random, so running this again produces different shard bytes. The
tests only read the files; they never run this script. Regenerate only when a format
changes, and record the new provenance in README.md.

Valid vectors are made with app.core; rejection cases that app.core refuses to produce
(a wrong blob digest, a missing "last" flag, an unsigned policy value, ...) are built by
hand below with `cryptography` primitives, exactly as DESIGN.md §5-7 describe the bytes.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import os
import struct
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import cryptography  # noqa: E402
from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402
from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: E402

from app.core.journal import ChainState, JournalChain, JournalRecord, to_jsonl  # noqa: E402
from app.core.keys import (  # noqa: E402
    SUITE_HYBRID,
    SUITE_X25519,
    DeviceEncryptionKey,
    SigningKey,
    hpke_suite,
)
from app.core.policy import sign_policy  # noqa: E402
from app.core.shard import ItemInput, build_payload, seal_shard  # noqa: E402

CHUNK_SIZE = 64
ISSUED_AT = 1767225600  # 2026-01-01T00:00:00Z
NOT_AFTER = ISSUED_AT + 30 * 86400
OPEN_AT = ISSUED_AT + 3600  # the time every shard case is opened at
JOURNAL_T0_MS = ISSUED_AT * 1000 + 5000


def cj(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def fixed(label: str, length: int = 32) -> bytes:
    """Deterministic key material for vectors only (never do this for real keys)."""
    return hashlib.sha512(b"cleanroom test vector\x00" + label.encode()).digest()[:length]


def signing_key(label: str) -> SigningKey:
    return SigningKey.from_raw(fixed(label))


def device_key(label: str, suite: str) -> DeviceEncryptionKey:
    seed = fixed(label + " mlkem768", 64) if suite == SUITE_HYBRID else None
    return DeviceEncryptionKey.from_secrets(fixed(label + " x25519"), seed)


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def write_json(name: str, value: Any) -> None:
    write(name, json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).encode() + b"\n")


def ed25519_key_file(key: SigningKey) -> dict[str, str]:
    return {
        "ed25519_seed": b64u(key.raw()),
        "public": key.verify_key().b64u(),
        "kid": key.kid,
    }


ISSUER = signing_key("issuer")
OTHER_ISSUER = signing_key("other issuer")
DEVICES = {
    SUITE_HYBRID: ("dev-vector-hybrid", device_key("device hybrid", SUITE_HYBRID)),
    SUITE_X25519: ("dev-vector-x25519", device_key("device x25519", SUITE_X25519)),
}
OTHER_DEVICE = device_key("other device", SUITE_X25519)
JOURNAL_KEY = signing_key("journal device")
OTHER_JOURNAL_KEY = signing_key("other journal device")
ORG = signing_key("organisation")
OTHER_ORG = signing_key("other organisation")

ITEMS = [
    ItemInput(
        "item-001",
        "text",
        "text/plain; charset=utf-8",
        "Patient <PERSON_1> reports a mild headache since Monday; no fever. Ärztin notes: stable.".encode(),
        {"source": "note", "lang": "en"},
    ),
    ItemInput(
        "item-002",
        "image",
        "image/png",
        bytes(range(256)) + b"\x89PNG-not-really" * 3,
        {"width": 16, "height": 16},
    ),
    ItemInput("item-003", "text", "text/plain; charset=utf-8", b"Follow-up in two weeks.", {}),
]
SCHEMA = {"classes": ["routine", "urgent"], "span_labels": ["SYMPTOM", "TIMEFRAME"]}
INSTRUCTIONS = "Label symptoms and timeframes."
SHARD_POLICY = {"watermark": True}


def seal(suite: str, **overrides: Any) -> bytes:
    device_id, device = DEVICES[suite]
    kwargs: dict[str, Any] = {
        "shard_id": f"shard-vector-{suite.split('-')[1]}",
        "project_id": "proj-vector",
        "user_id": "user-vector",
        "device_id": device_id,
        "device_public": device.public_key(),
        "issuer": ISSUER,
        "issued_at": ISSUED_AT,
        "not_after": NOT_AFTER,
        "policy": SHARD_POLICY,
        "chunk_size": CHUNK_SIZE,
    }
    kwargs.update(overrides)
    payload = kwargs.pop("payload", None) or build_payload(ITEMS, SCHEMA, INSTRUCTIONS)
    return seal_shard(payload, **kwargs)


# --- hand sealing, for the cases app.core will not produce -------------------------------


def split_shard(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """(header object, hsig, body) of a well-formed shard."""
    (hlen,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12 : 12 + hlen])
    return header, data[12 + hlen : 12 + hlen + 64], data[12 + hlen + 64 :]


def resign(header_bytes: bytes, body: bytes, issuer: SigningKey = ISSUER) -> bytes:
    signed = b"CRSHARD1" + struct.pack(">I", len(header_bytes)) + header_bytes
    return signed + issuer.sign(signed) + body


def hand_seal(
    payload: bytes,
    *,
    suite: str = SUITE_X25519,
    last_flag: bool = True,
    wrapped_key: bytes | None = None,
    info_shard_id: str | None = None,
) -> bytes:
    """Seal `payload` from primitives, with optional deliberate mistakes."""
    device_id, device = DEVICES[suite]
    shard_id = "shard-vector-hand"
    file_key, salt = os.urandom(32), os.urandom(16)
    info = b"cleanroom-shard/1\x00" + (info_shard_id or shard_id).encode() + b"\x00"
    info += device_id.encode()
    if wrapped_key is None:
        pub = device.public_key()
        wrapped_key = hpke_suite(suite).encrypt(file_key, pub.hpke_public(), info=info)
    n = max(1, -(-len(payload) // CHUNK_SIZE))
    header = {
        "format": "cleanroom-shard/1",
        "shard_id": shard_id,
        "project_id": "proj-vector",
        "user_id": "user-vector",
        "device_id": device_id,
        "issuer_kid": ISSUER.kid,
        "issued_at": ISSUED_AT,
        "not_after": NOT_AFTER,
        "recipient": {
            "kid": device.public_key().kid,
            "suite": suite,
            "wrapped_key": b64u(wrapped_key),
        },
        "salt": b64u(salt),
        "chunk_size": CHUNK_SIZE,
        "payload_length": len(payload),
        "policy": SHARD_POLICY,
    }
    header_bytes = cj(header)
    signed = b"CRSHARD1" + struct.pack(">I", len(header_bytes)) + header_bytes
    aad = hashlib.sha256(signed).digest()
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"cleanroom-shard/1 payload"
    ).derive(file_key)
    aead = AESGCM(key)
    body = b""
    for i in range(n):
        last = i == n - 1
        nonce = i.to_bytes(11, "big") + (b"\x01" if last and last_flag else b"\x00")
        body += aead.encrypt(nonce, payload[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE], aad)
    return signed + ISSUER.sign(signed) + body


def payload_with_manifest(manifest_bytes: bytes, blobs: bytes) -> bytes:
    return struct.pack(">I", len(manifest_bytes)) + manifest_bytes + blobs


def flip(data: bytes, index: int, bit: int = 0) -> bytes:
    out = bytearray(data)
    out[index] ^= 1 << bit
    return bytes(out)


# --- generation ----------------------------------------------------------------------------


def generate_shards(cases: dict[str, Any], expected: dict[str, Any]) -> None:
    write_json("issuer_key.json", ed25519_key_file(ISSUER))
    write_json("other_issuer_key.json", ed25519_key_file(OTHER_ISSUER))
    secrets = {
        SUITE_HYBRID: "device_hybrid_secret.json",
        SUITE_X25519: "device_x25519_secret.json",
    }
    for suite, (device_id, device) in DEVICES.items():
        write(secrets[suite], device.to_secret_bytes() + b"\n")
    write("other_device_secret.json", OTHER_DEVICE.to_secret_bytes() + b"\n")

    payload = build_payload(ITEMS, SCHEMA, INSTRUCTIONS)
    (mlen,) = struct.unpack(">I", payload[:4])
    manifest = json.loads(payload[4 : 4 + mlen])
    expected["shards"] = {}
    for suite, name in (
        (SUITE_HYBRID, "shard_hybrid.crshard"),
        (SUITE_X25519, "shard_x25519.crshard"),
    ):
        data = seal(suite)
        write(name, data)
        header, _, _ = split_shard(data)
        expected["shards"][name] = {
            "device_secret": secrets[suite],
            "device_id": DEVICES[suite][0],
            "at": OPEN_AT,
            "header": header,
            "manifest": manifest,
            "items": {
                item.item_id: {
                    "sha256": hashlib.sha256(item.data).hexdigest(),
                    "b64u": b64u(item.data),
                }
                for item in ITEMS
            },
        }

    good = seal(SUITE_X25519)
    payload_plain = build_payload(ITEMS, SCHEMA, INSTRUCTIONS)
    header, hsig, body = split_shard(good)
    (hlen,) = struct.unpack(">I", good[8:12])
    body_offset = 12 + hlen + 64

    def case(name: str, data: bytes, error: str, stage: str, **extra: Any) -> None:
        file = f"shard_{name}.crshard"
        write(file, data)
        cases[file] = {"kind": "shard", "error": error, "stage": stage, **extra}

    case("bad_magic", b"CRSHARD2" + good[8:], "ShardMagicError", "open")
    case("empty", b"", "ShardMagicError", "open")
    case("ends_in_prefix", good[:10], "ShardHeaderError", "open")
    case("huge_hlen", good[:8] + b"\xff\xff\xff\xff" + good[12:], "ShardHeaderError", "open")
    spaced = json.dumps(header, sort_keys=True).encode()  # ", " and ": " separators
    case("noncanonical_header", resign(spaced, body), "ShardHeaderError", "open")
    unknown_field = dict(header, extra="x")
    case("unknown_header_field", resign(cj(unknown_field), body), "ShardHeaderError", "open")
    case(
        "unknown_format",
        resign(cj(dict(header, format="cleanroom-shard/2")), body),
        "ShardFormatError",
        "open",
    )
    case("unknown_issuer", seal(SUITE_X25519, issuer=OTHER_ISSUER), "ShardIssuerError", "open")
    case("bad_signature", flip(good, body_offset - 30, 3), "ShardSignatureError", "open")
    case("header_edited_not_resigned", good.replace(b"user-vector", b"user-vectoR", 1),
         "ShardSignatureError", "open")  # fmt: skip
    case("signature_cut", good[: body_offset - 1], "ShardSignatureError", "open")
    case(
        "wrong_device",
        seal(SUITE_X25519, device_public=OTHER_DEVICE.public_key()),
        "ShardRecipientError",
        "open",
    )
    case("wrong_device_id", seal(SUITE_X25519, device_id="dev-someone-else"),
         "ShardRecipientError", "open")  # fmt: skip
    case("expired", seal(SUITE_X25519, issued_at=OPEN_AT - 86400, not_after=OPEN_AT - 1),
         "ShardExpiredError", "open")  # fmt: skip
    case("not_yet_valid", seal(SUITE_X25519, issued_at=OPEN_AT + 301, not_after=NOT_AFTER),
         "ShardNotYetValidError", "open")  # fmt: skip
    case(
        "suite_not_allowed",
        seal(SUITE_X25519),
        "ShardSuiteError",
        "open",
        allowed_suites=[SUITE_HYBRID],
    )
    bad_wrap = dict(header, recipient=dict(header["recipient"], wrapped_key=b64u(fixed("w", 80))))
    case("bad_wrapped_key", resign(cj(bad_wrap), body), "ShardUnwrapError", "open")
    short_wrap = dict(header, recipient=dict(header["recipient"], wrapped_key=b64u(b"\x01")))
    case("short_wrapped_key", resign(cj(short_wrap), body), "ShardUnwrapError", "open")
    payload = build_payload(ITEMS, SCHEMA, INSTRUCTIONS)
    case("wrapped_for_other_shard", hand_seal(payload, info_shard_id="shard-other"),
         "ShardUnwrapError", "open")  # fmt: skip
    case("truncated_last_chunk", good[:-1], "ShardTruncatedError", "open")
    last_len = (header["payload_length"] - 1) % CHUNK_SIZE + 1 + 16
    case("missing_last_chunk", good[:-last_len], "ShardTruncatedError", "open")
    case("appended_bytes", good + b"\x00", "ShardTruncatedError", "open")
    case("last_chunk_tag_flip", flip(good, len(good) - 1, 7), "ShardChunkError", "open")
    # Chunks k and k+1 lie wholly in the blob area (not the manifest, not the last chunk):
    # open succeeds, and reading the item they hold fails.
    manifest_end = 4 + struct.unpack(">I", payload_plain[:4])[0]
    k = manifest_end // CHUNK_SIZE + 1
    assert (k + 2) * CHUNK_SIZE < len(payload_plain), "payload too short for the read cases"
    sealed_chunk = CHUNK_SIZE + 16
    ck = body_offset + k * sealed_chunk
    case("chunk_tag_flip", flip(good, ck + CHUNK_SIZE + 5, 0), "ShardChunkError", "read")
    ck1 = ck + sealed_chunk
    swapped = good[:ck] + good[ck1 : ck1 + sealed_chunk] + good[ck:ck1] + good[ck1 + sealed_chunk :]
    case("chunks_swapped", swapped, "ShardChunkError", "read")
    case("last_chunk_not_flagged", hand_seal(payload, last_flag=False), "ShardChunkError", "open")
    case("header_resigned_over_other_body",
         resign(cj(dict(header, user_id="user-other")), body), "ShardChunkError", "open")  # fmt: skip
    # Items whose manifest digest is wrong, inside a correctly sealed payload.
    manifest_obj = json.loads(payload[4 : 4 + struct.unpack(">I", payload[:4])[0]])
    blobs = payload[4 + struct.unpack(">I", payload[:4])[0] :]
    manifest_obj["items"][1]["blob"]["sha256"] = hashlib.sha256(b"something else").hexdigest()
    case("blob_sha_mismatch", hand_seal(payload_with_manifest(cj(manifest_obj), blobs)),
         "ShardBlobError", "read")  # fmt: skip
    case("manifest_not_json", hand_seal(payload_with_manifest(b"{not json", b"")),
         "ShardManifestError", "open")  # fmt: skip
    manifest_obj = json.loads(payload[4 : 4 + struct.unpack(">I", payload[:4])[0]])
    manifest_obj["items"][2]["blob"]["length"] += 1
    case("blob_past_end", hand_seal(payload_with_manifest(cj(manifest_obj), blobs)),
         "ShardManifestError", "open")  # fmt: skip
    case("manifest_length_past_end", hand_seal(b"\x00\x00\x10\x00{}"),
         "ShardManifestError", "open")  # fmt: skip


def journal_record(key: SigningKey, entry: dict[str, Any]) -> bytes:
    digest = hashlib.sha256(cj(entry)).digest()
    return cj({"entry": entry, "hash": digest.hex(), "sig": b64u(key.sign(digest))})


def generate_journal(cases: dict[str, Any], expected: dict[str, Any]) -> None:
    device_id = "dev-vector-journal"
    write_json("journal_device_key.json", ed25519_key_file(JOURNAL_KEY))
    write_json("other_journal_device_key.json", ed25519_key_file(OTHER_JOURNAL_KEY))

    def build(key: SigningKey) -> list[JournalRecord]:
        chain = JournalChain(key, ChainState.start(device_id))
        events = [
            ("enrolled", {"kid": "0123456789abcdef"}, None, None),
            ("login", {}, "user-vector", "sess-1"),
            ("policy.loaded", {"kid": ORG.kid}, "user-vector", "sess-1"),
            ("shard.opened", {"shard_id": "shard-vector-x25519"}, "user-vector", "sess-1"),
            ("item.viewed", {"item_id": "item-001"}, "user-vector", "sess-1"),
            ("label.saved", {"item_id": "item-001", "value_sha256": "ab" * 32}, "user-vector",
             "sess-1"),
            ("logout", {}, "user-vector", "sess-1"),
        ]  # fmt: skip
        return [
            chain.append(t, d, ts_ms=JOURNAL_T0_MS + 1000 * i, user_id=u, session_id=s)
            for i, (t, d, u, s) in enumerate(events)
        ]

    records = build(JOURNAL_KEY)
    lines = [r.to_line() for r in records]
    write("journal.jsonl", to_jsonl(records))
    expected["journal"] = {
        "file": "journal.jsonl",
        "device_key": "journal_device_key.json",
        "device_id": device_id,
        "last_seq": records[-1].seq,
        "last_hash": records[-1].hash,
        "entries": [r.entry for r in records],
    }

    def case(name: str, new_lines: list[bytes], error: str, line: int, end: bytes = b"\n") -> None:
        file = f"journal_{name}.jsonl"
        write(file, end.join(new_lines) + (end if new_lines else b""))
        cases[file] = {"kind": "journal", "error": error, "line": line}

    def entry(i: int) -> dict[str, Any]:
        return dict(records[i].entry)

    edited = lines[:]
    edited[2] = lines[2].replace(ORG.kid.encode(), b"f" * 16)
    case("edited_entry", edited, "JournalHashError", 3)
    e = entry(2)
    e["data"] = {"kid": "f" * 16}
    rehashed = json.loads(lines[2])
    rehashed["entry"], rehashed["hash"] = e, hashlib.sha256(cj(e)).hexdigest()
    case("edited_entry_rehashed", [*lines[:2], cj(rehashed), *lines[3:]],
         "JournalSignatureError", 3)  # fmt: skip
    case("removed_entry", [*lines[:2], *lines[3:]], "JournalSequenceError", 3)
    case("removed_first_entry", lines[1:], "JournalSequenceError", 1)
    case("reordered", [*lines[:2], lines[3], lines[2], *lines[4:]], "JournalSequenceError", 3)
    case("replayed_entry", [*lines[:3], lines[2], *lines[3:]], "JournalSequenceError", 4)
    # A second branch: an alternative seq 4 that links correctly, then the original seq 5.
    alt = entry(3)
    alt["data"] = {"shard_id": "shard-other"}
    case("fork", [*lines[:3], journal_record(JOURNAL_KEY, alt), *lines[4:]],
         "JournalLinkError", 5)  # fmt: skip
    spliced = entry(3)
    spliced["prev"] = records[1].hash
    case("bad_prev", [*lines[:3], journal_record(JOURNAL_KEY, spliced), *lines[4:]],
         "JournalLinkError", 4)  # fmt: skip
    genesis = entry(0)
    genesis["prev"] = "0" * 64
    case("bad_genesis", [journal_record(JOURNAL_KEY, genesis), *lines[1:]],
         "JournalLinkError", 1)  # fmt: skip
    other = [r.to_line() for r in build(OTHER_JOURNAL_KEY)]
    case("other_device_key", other, "JournalSignatureError", 1)
    moved = entry(2)
    moved["device_id"] = "dev-someone-else"
    case("other_device_id", [*lines[:2], journal_record(JOURNAL_KEY, moved), *lines[3:]],
         "JournalDeviceError", 3)  # fmt: skip
    # Re-chain from entry 4 on with a clock that jumped back 301 s.
    chain = JournalChain(JOURNAL_KEY, ChainState.start(device_id).after(records[2]))
    back = chain.append("shard.opened", {"shard_id": "shard-vector-x25519"},
                        ts_ms=records[2].ts_ms - 301_000, user_id="user-vector",
                        session_id="sess-1")  # fmt: skip
    case("clock_back", [*lines[:3], back.to_line()], "JournalClockError", 4)
    spaced = json.dumps(json.loads(lines[1]), sort_keys=True).encode()
    case("noncanonical_line", [lines[0], spaced, *lines[2:]], "JournalParseError", 2)
    case("blank_line", [*lines[:2], b"", *lines[2:]], "JournalParseError", 3)
    case("crlf_lines", lines, "JournalParseError", 1, end=b"\r\n")
    padded = json.loads(lines[1])
    padded["sig"] += "=="
    case("padded_sig", [lines[0], cj(padded), *lines[2:]], "JournalParseError", 2)
    case("cut_inside_line", [*lines[:3], lines[3][:-20]], "JournalParseError", 4)
    case("empty", [], "JournalParseError", 1)


def generate_policy(cases: dict[str, Any], expected: dict[str, Any]) -> None:
    write_json("org_key.json", ed25519_key_file(ORG))
    policy = {
        "server_url": "https://cleanroom.example.org",
        "ca_cert_pem": "-----BEGIN CERTIFICATE-----\nMIIB(vector)\n-----END CERTIFICATE-----\n",
        "server_kids": [ISSUER.kid],
        "idle_lock_s": 300,
        "watermark": {"visible": True, "forensic": True, "opacity": 12},
        "capture_protection": "required",
        "max_offline_s": 86400,
        "allowed_label_kinds": ["span", "box", "region", "class"],
        "allowed_shard_suites": [SUITE_HYBRID, SUITE_X25519],
    }
    signed = sign_policy(policy, ORG)
    write("policy.json", signed + b"\n")
    expected["policy"] = {"file": "policy.json", "org_key": "org_key.json", "policy": policy}

    def case(name: str, data: bytes, error: str) -> None:
        file = f"policy_{name}.json"
        write(file, data)
        cases[file] = {"kind": "policy", "error": error}

    def envelope(pol: Any, key: SigningKey = ORG) -> bytes:
        return cj({"policy": pol, "kid": key.kid, "sig": b64u(key.sign(cj(pol)))})

    env = json.loads(signed)
    case("altered", cj(dict(env, policy=dict(policy, idle_lock_s=86400))), "PolicySignatureError")
    case("unknown_key", sign_policy(policy, OTHER_ORG), "PolicyKeyError")
    case("kid_of_trusted_key_other_signer",
         cj(dict(json.loads(sign_policy(policy, OTHER_ORG)), kid=ORG.kid)),
         "PolicySignatureError")  # fmt: skip
    case("unsigned", cj(policy), "PolicyParseError")
    case("not_json", b"server_url = https://evil.example\n", "PolicyParseError")
    case("padded_sig", cj(dict(env, sig=env["sig"] + "==")), "PolicySignatureError")
    case("http_server_url", envelope(dict(policy, server_url="http://cleanroom.example.org")),
         "PolicyValueError")  # fmt: skip
    missing = dict(policy)
    del missing["idle_lock_s"]
    case("missing_setting", envelope(missing), "PolicyValueError")


def main() -> None:
    cases: dict[str, Any] = {}
    expected: dict[str, Any] = {
        "generated_at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "cryptography": cryptography.__version__,
        "open_at": OPEN_AT,
        "chunk_size": CHUNK_SIZE,
    }
    for old in HERE.glob("*"):
        if old.suffix in {".crshard", ".jsonl", ".json"}:
            old.unlink()
    generate_shards(cases, expected)
    generate_journal(cases, expected)
    generate_policy(cases, expected)
    write_json("expected.json", expected)
    write_json("cases.json", cases)
    print(f"wrote {len(cases)} rejection cases and expected.json to {HERE}")


if __name__ == "__main__":
    main()
