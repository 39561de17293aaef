"""Audit journal, format `cleanroom-journal/1` (DESIGN.md §6).

One hash chain per device. `hash = SHA-256(CJ(entry))`, `sig = Ed25519(device key, hash)`,
`prev` links each entry to the one before (seq 1 links to a per-device genesis value).
Exported as JSON Lines of `CJ({"entry", "hash", "sig"})`.

`JournalChain` appends (client side); `verify_records` checks a run of records against a
known chain state (server side, and offline from seq 1 for `verify-journal`).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from app.core.encoding import (
    JsonObject,
    b64u_decode,
    b64u_encode,
    canonical_json,
    is_int,
    is_sha256_hex,
    parse_canonical_object,
    sha256,
    signed_json,
)
from app.core.errors import (
    EncodingError,
    JournalClockError,
    JournalDeviceError,
    JournalHashError,
    JournalLinkError,
    JournalParseError,
    JournalSequenceError,
    JournalSignatureError,
)
from app.core.keys import SigningKey, VerifyKey

FORMAT: Final = "cleanroom-journal/1"
VERSION: Final = 1
DEFAULT_MAX_CLOCK_STEP_S: Final = 300
ENTRY_KEYS: Final = frozenset(
    {"v", "device_id", "seq", "prev", "ts_ms", "user_id", "session_id", "type", "data"}
)
RECORD_KEYS: Final = frozenset({"entry", "hash", "sig"})

EVENT_TYPES: Final = frozenset(
    {
        "enrolled", "login", "logout", "session.locked", "session.unlocked", "policy.loaded",
        "shard.received", "shard.opened", "shard.rejected", "item.viewed", "label.saved",
        "label.changed", "comment.pii_blocked", "text.pii_masked", "copy.blocked",
        "drag.blocked", "print.blocked", "capture.blocked", "focus.lost", "sync.pushed",
        "review.adjudicated", "item.skipped", "items.purged", "error",
    }
)  # fmt: skip


def genesis_hash(device_id: str) -> str:
    """`prev` of seq 1: hex(SHA-256(b"cleanroom-journal/1\\x00" + device_id))."""
    return sha256(b"cleanroom-journal/1\x00" + device_id.encode()).hex()


def entry_hash(entry: JsonObject) -> bytes:
    return sha256(signed_json(entry))


@dataclass(frozen=True)
class JournalRecord:
    """One signed entry. `hash` is hex; `sig` is the raw 64-byte signature."""

    entry: JsonObject
    hash: str
    sig: bytes

    @property
    def seq(self) -> int:
        return int(self.entry["seq"])

    @property
    def ts_ms(self) -> int:
        return int(self.entry["ts_ms"])

    def to_line(self) -> bytes:
        """The JSON Lines form, without the newline."""
        record = {"entry": self.entry, "hash": self.hash, "sig": b64u_encode(self.sig)}
        return canonical_json(record)


@dataclass(frozen=True)
class ChainState:
    """Where a device's chain stands: the last seq, its hash and its time (0 before seq 1)."""

    device_id: str
    seq: int
    hash: str
    ts_ms: int | None = None

    @classmethod
    def start(cls, device_id: str) -> ChainState:
        return cls(device_id, 0, genesis_hash(device_id), None)

    def after(self, record: JournalRecord) -> ChainState:
        return replace(self, seq=record.seq, hash=record.hash, ts_ms=record.ts_ms)


class JournalChain:
    """Appends signed entries for one device. Holds no I/O: the caller stores the records."""

    def __init__(self, signing_key: SigningKey, state: ChainState) -> None:
        self._key = signing_key
        self.state = state

    def make(
        self,
        event_type: str,
        data: Mapping[str, Any],
        *,
        ts_ms: int,
        user_id: str | None = None,
        session_id: str | None = None,
    ) -> JournalRecord:
        """Build and sign the next record without advancing the chain (see `commit`).

        Split in two so a store can write the record in the same transaction as the label
        and advance only once that transaction committed.
        """
        if event_type not in EVENT_TYPES:
            raise JournalParseError(f"Unknown journal event type {event_type!r}.")
        entry = {
            "v": VERSION,
            "device_id": self.state.device_id,
            "seq": self.state.seq + 1,
            "prev": self.state.hash,
            "ts_ms": ts_ms,
            "user_id": user_id,
            "session_id": session_id,
            "type": event_type,
            "data": dict(data),
        }
        digest = entry_hash(entry)  # also proves `data` is canonical-JSON-able
        return JournalRecord(entry, digest.hex(), self._key.sign(digest))

    def commit(self, record: JournalRecord) -> None:
        if record.seq != self.state.seq + 1 or record.entry["prev"] != self.state.hash:
            raise JournalSequenceError("Record does not continue this chain.")
        self.state = self.state.after(record)

    def append(self, event_type: str, data: Mapping[str, Any], **kwargs: Any) -> JournalRecord:
        record = self.make(event_type, data, **kwargs)
        self.commit(record)
        return record


def parse_record(untrusted_line: bytes, line: int | None = None) -> JournalRecord:
    """Parse one JSON Lines record: canonical JSON, exact keys, every field typed."""
    try:
        obj = parse_canonical_object(untrusted_line)
    except EncodingError as exc:
        raise JournalParseError(f"Not a journal record ({exc.clause()}).", line=line) from None
    entry = obj.get("entry")
    if set(obj) != RECORD_KEYS or not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
        raise JournalParseError(
            "Record must hold entry, hash and sig with the §6 fields.", line=line
        )
    valid = (
        entry["v"] == VERSION
        and is_int(entry["v"])
        and isinstance(entry["device_id"], str)
        and bool(entry["device_id"])
        and is_int(entry["seq"])
        and entry["seq"] >= 1
        and is_sha256_hex(entry["prev"])
        and is_int(entry["ts_ms"])
        and entry["ts_ms"] >= 0
        and (entry["user_id"] is None or isinstance(entry["user_id"], str))
        and (entry["session_id"] is None or isinstance(entry["session_id"], str))
        and isinstance(entry["type"], str)
        and bool(entry["type"])
        and isinstance(entry["data"], dict)
        and is_sha256_hex(obj["hash"])
    )
    if not valid:
        raise JournalParseError("An entry field has the wrong type or value.", line=line)
    try:
        sig = b64u_decode(obj["sig"], length=64)
    except EncodingError as exc:
        raise JournalParseError(
            f"The signature is malformed ({exc.clause()}).", line=line
        ) from None
    return JournalRecord(entry, obj["hash"], sig)


def verify_record(
    record: JournalRecord,
    device_key: VerifyKey,
    state: ChainState,
    *,
    max_clock_step_s: int = DEFAULT_MAX_CLOCK_STEP_S,
    line: int | None = None,
) -> ChainState:
    """Check that `record` continues `state`; return the new state. Order: hash, signature,
    device, seq, prev, clock."""
    digest = entry_hash(record.entry)
    if not hmac.compare_digest(digest.hex(), record.hash):
        raise JournalHashError(line=line)
    if not device_key.verify(record.sig, digest):
        raise JournalSignatureError(line=line)
    if record.entry["device_id"] != state.device_id:
        raise JournalDeviceError(
            f"Entry belongs to device {record.entry['device_id']!r}, expected {state.device_id!r}.",
            line=line,
        )
    if record.seq != state.seq + 1:
        raise JournalSequenceError(
            f"Seq {record.seq} does not follow {state.seq} "
            "(an entry was removed, reordered or replayed).",
            line=line,
        )
    if record.entry["prev"] != state.hash:
        raise JournalLinkError(line=line)
    if state.ts_ms is not None and record.ts_ms < state.ts_ms - max_clock_step_s * 1000:
        raise JournalClockError(
            f"Ts_ms goes back {state.ts_ms - record.ts_ms} ms, more than {max_clock_step_s} s.",
            line=line,
        )
    return state.after(record)


def verify_records(
    records: Iterable[JournalRecord],
    device_key: VerifyKey,
    state: ChainState,
    *,
    max_clock_step_s: int = DEFAULT_MAX_CLOCK_STEP_S,
) -> ChainState:
    """Verify records that must continue `state` exactly; raise on the first failure."""
    for number, record in enumerate(records, start=1):
        state = verify_record(
            record, device_key, state, max_clock_step_s=max_clock_step_s, line=number
        )
    return state


def iter_lines(untrusted: bytes) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a JSON Lines file; a final newline is allowed, blank lines are not."""
    lines = untrusted.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    yield from enumerate(lines, start=1)


def verify_jsonl(
    untrusted: bytes,
    device_key: VerifyKey,
    *,
    max_clock_step_s: int = DEFAULT_MAX_CLOCK_STEP_S,
    state: ChainState | None = None,
) -> ChainState:
    """Verify a JSON Lines journal; from seq 1 unless a starting `state` is given.

    From seq 1 the device id is taken from the first entry, and checked on every later one.
    Raises the first JournalError, carrying the 1-based line number.
    """
    count = 0
    for number, raw in iter_lines(untrusted):
        record = parse_record(raw, line=number)
        if state is None:
            state = ChainState.start(str(record.entry["device_id"]))
        state = verify_record(
            record, device_key, state, max_clock_step_s=max_clock_step_s, line=number
        )
        count += 1
    if state is None or count == 0:
        raise JournalParseError("The journal holds no entries.", line=1)
    return state


def to_jsonl(records: Iterable[JournalRecord]) -> bytes:
    return b"".join(record.to_line() + b"\n" for record in records)
