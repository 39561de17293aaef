"""Journal upload: a batch is stored only if it continues the device's stored chain exactly.

Every failure has its own reason code, checked per record in this order:

    journal_parse        a line is not a journal record
    journal_edited       the recorded hash does not match the entry
    journal_signature    the signature does not verify with this device's registered key
    journal_device       the entry names another device
    journal_replayed     the entry is already stored, identical (the answer carries a
                         receipt for it, so a client whose earlier answer was lost can ack)
    journal_fork         another entry with this seq is already stored
    journal_gap          the batch starts after the stored head: entries are missing
    journal_removed      seq jumps forward inside the batch
    journal_reordered    seq goes back or repeats inside the batch
    journal_not_continuing  right seq, but `prev` is not the stored head's hash
    journal_clock        ts_ms steps back more than allowed
    journal_signature_mismatch  a `review.adjudicated` entry names no signature of this
                         device's user, or another label hash, meaning or item than it

A rejected batch stores nothing.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from app.core.errors import JournalError, JournalHashError, JournalLinkError
from app.core.journal import (
    DEFAULT_MAX_CLOCK_STEP_S,
    ChainState,
    JournalRecord,
    entry_hash,
    parse_record,
)
from app.core.keys import VerifyKey
from app.core.receipt import sign_receipt
from app.server.config import ServerConfig
from app.server.errors import ConflictError, JournalRejectedError
from app.server.models import ChainHead, Device, JournalRow, ReceiptRow, Signature

MAX_CLOCK_STEP_S = DEFAULT_MAX_CLOCK_STEP_S


def head_state(db: Session, device_id: str) -> ChainState:
    head = db.get(ChainHead, device_id)
    if head is None:
        return ChainState.start(device_id)
    return ChainState(device_id, head.seq, head.hash, head.ts_ms)


def _receipt(config: ServerConfig, device_id: str, seq: int, hash_hex: str) -> dict[str, object]:
    return sign_receipt(
        config.signing_key,
        device_id=device_id,
        seq=seq,
        hash_hex=hash_hex,
        received_at=int(config.clock_s()),
    ).to_json()


def accept_batch(
    db: Session, config: ServerConfig, device: Device, lines: Sequence[str]
) -> dict[str, object]:
    """Verify the batch against the stored head, store it, return the signed receipt."""
    if not lines:
        raise JournalRejectedError(
            "journal_parse", "The batch holds no records; send at least one."
        )
    key = VerifyKey(device.sign_public)
    start = head_state(db, device.id)
    state = start
    # surrogatepass: a lone surrogate sent as "\ud800" becomes bytes that fail to parse
    # (journal_parse), not an encoding error.
    raw = [line.encode("utf-8", "surrogatepass") for line in lines]
    parsed: list[JournalRecord] = []
    for number, line in enumerate(raw, start=1):
        try:
            parsed.append(parse_record(line, line=number))
        except JournalError as exc:
            raise JournalRejectedError("journal_parse", exc.message, line=number) from None
    seqs = [r.seq for r in parsed]
    if seqs != sorted(seqs) and sorted(seqs) == list(range(min(seqs), min(seqs) + len(seqs))):
        raise JournalRejectedError(
            "journal_reordered", "The batch holds its entries out of order; send them in seq order."
        )
    records: list[JournalRecord] = []
    for number, record in enumerate(parsed, start=1):
        seq = record.seq
        if not hmac.compare_digest(entry_hash(record.entry).hex(), record.hash):
            raise JournalRejectedError("journal_edited", JournalHashError().message, line=number)
        if not key.verify(record.sig, bytes.fromhex(record.hash)):
            raise JournalRejectedError(
                "journal_signature",
                "The signature does not verify with this device's registered key; "
                "the entry was changed.",
                line=number,
            )
        if record.entry["device_id"] != device.id:
            raise JournalRejectedError(
                "journal_device",
                "The entry names another device; upload each device's journal from that device.",
                line=number,
            )
        if not records and seq <= start.seq:
            stored = db.query(JournalRow).filter_by(device_id=device.id, seq=seq).one_or_none()
            if stored is not None and stored.hash == record.hash:
                # Replayed: say so, and sign for the run of it that is stored.
                raise JournalRejectedError(
                    "journal_replayed",
                    f"Entry seq {seq} is already stored; the batch was replayed "
                    "(keep the receipt).",
                    line=number,
                    receipt=_replay_receipt(db, config, device.id, lines, number),
                )
            if stored is not None:
                raise JournalRejectedError(
                    "journal_fork",
                    f"Another entry with seq {seq} is already stored; "
                    "the journal forked, report it.",
                    line=number,
                )
        if not records and seq > start.seq + 1:
            raise JournalRejectedError(
                "journal_gap",
                f"The batch starts at seq {seq} but the server holds up to {start.seq}; "
                "send the missing entries first.",
                line=number,
            )
        if records and seq > state.seq + 1:
            raise JournalRejectedError(
                "journal_removed",
                f"The seq jumps from {state.seq} to {seq}; entries were removed, report it.",
                line=number,
            )
        if records and seq <= state.seq:
            raise JournalRejectedError(
                "journal_reordered",
                f"Seq {seq} comes after {state.seq}; send the entries in seq order.",
                line=number,
            )
        # Hash, signature and device were checked above (each once: Ed25519 verification is
        # most of the cost of an upload); what is left of verify_record is the link.
        if seq != state.seq + 1 or record.entry["prev"] != state.hash:
            raise JournalRejectedError(
                "journal_not_continuing", JournalLinkError().message, line=number
            )
        if state.ts_ms is not None and record.ts_ms < state.ts_ms - MAX_CLOCK_STEP_S * 1000:
            raise JournalRejectedError(
                "journal_clock",
                f"The ts_ms goes back more than {MAX_CLOCK_STEP_S} s from the previous entry; "
                "check the device clock.",
                line=number,
            )
        state = state.after(record)
        records.append(record)
    _bind_signatures(db, device, records)
    # parse_record accepted only canonical bytes, so the line as sent is the line to keep.
    return _store(db, config, device.id, start=start, end=state, records=records, raw=raw)


def _bind_signatures(db: Session, device: Device, records: Sequence[JournalRecord]) -> None:
    """Each `review.adjudicated` entry must match its Signature row (signer, label hash,
    meaning, item) and not be bound to another entry; the row then records the entry's
    hash. Stored with the batch (the caller commits), so a refused batch binds nothing."""
    for number, record in enumerate(records, start=1):
        if record.entry["type"] != "review.adjudicated":
            continue
        data = record.entry["data"]
        signature = None
        if isinstance(data, dict) and isinstance(data.get("signature_id"), str):
            signature = db.get(Signature, data["signature_id"])
        matches = (
            signature is not None
            and signature.signer_user_id == device.user_id
            and data.get("label_sha256") == signature.label_sha256
            and data.get("meaning") == signature.meaning
            and data.get("item_id") == signature.item_id
            and signature.journal_entry_sha256 in (None, record.hash)
        )
        if not matches or signature is None:
            raise JournalRejectedError(
                "journal_signature_mismatch",
                "A review.adjudicated entry does not match the signature the server holds; "
                "report it to security.",
                line=number,
            )
        signature.journal_entry_sha256 = record.hash


def _is_stored(db: Session, device_id: str, record: JournalRecord) -> bool:
    row = db.query(JournalRow).filter_by(device_id=device_id, seq=record.seq).one_or_none()
    return row is not None and row.hash == record.hash


def _replay_receipt(
    db: Session, config: ServerConfig, device_id: str, lines: Sequence[str], first: int
) -> dict[str, object]:
    """A receipt for the longest run of the batch, from `first`, that is stored identically."""
    last_seq, last_hash = 0, ""
    for line in lines[first - 1 :]:
        try:
            record = parse_record(line.encode("utf-8", "surrogatepass"))
        except JournalError:
            break
        if not _is_stored(db, device_id, record):
            break
        last_seq, last_hash = record.seq, record.hash
    return _receipt(config, device_id, last_seq, last_hash)


def _store(
    db: Session,
    config: ServerConfig,
    device_id: str,
    *,
    start: ChainState,
    end: ChainState,
    records: list[JournalRecord],
    raw: list[bytes],
) -> dict[str, object]:
    now = int(config.clock_s())
    if start.seq == 0 and db.get(ChainHead, device_id) is None:
        db.add(ChainHead(device_id=device_id, seq=end.seq, hash=end.hash, ts_ms=end.ts_ms))
    else:
        # Conditional on the head we verified against: a concurrent upload loses cleanly.
        result = db.execute(
            update(ChainHead)
            .where(ChainHead.device_id == device_id, ChainHead.seq == start.seq)
            .values(seq=end.seq, hash=end.hash, ts_ms=end.ts_ms)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            db.rollback()
            raise ConflictError("Another upload for this device ran at the same time; retry.")
    db.execute(
        insert(JournalRow),
        [
            {"device_id": device_id, "seq": r.seq, "hash": r.hash, "line": line,
             "received_at": now}
            for r, line in zip(records, raw, strict=True)
        ],
    )  # fmt: skip
    receipt = _receipt(config, device_id, end.seq, end.hash)
    db.add(ReceiptRow(device_id=device_id, seq=end.seq, hash=end.hash, receipt=receipt))
    db.commit()
    return receipt
