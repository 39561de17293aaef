"""The contract between the encrypted store (which keeps the outbox) and sync (which drains it).

An entry leaves the outbox only after the server acknowledged it: labels by
(annotation_id, version), journal records by a verified receipt covering their seq.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.core.journal import JournalRecord
from app.core.labels import LabelVersion
from app.core.receipt import Receipt


class Outbox(Protocol):
    def pending_labels(self, limit: int) -> list[LabelVersion]:
        """Label versions not yet acknowledged, oldest first."""
        ...

    def ack_labels(self, keys: Sequence[tuple[str, int]]) -> None:
        """The server stored these (annotation_id, version) pairs; they leave the outbox."""
        ...

    def pending_journal(self, limit: int) -> list[JournalRecord]:
        """Journal records after the last receipted seq, in seq order."""
        ...

    def ack_journal(self, receipt: Receipt) -> None:
        """Keep the verified receipt; records up to `receipt.seq` leave the outbox."""
        ...

    def last_sync_ms(self) -> int | None:
        """When the outbox was last fully drained (for the policy's max_offline_s)."""
        ...

    def set_last_sync_ms(self, ts_ms: int) -> None: ...

    def note_refusal(self, code: str | None) -> None:
        """The server refused queued labels with `code` (None: the last push had no refusal),
        so that `cleanroom doctor` can say so rather than "waiting"."""
        ...

    def purge_items(self, item_ids: Sequence[str]) -> int:
        """The server erased these items: block them and drop their labels (see Store)."""
        ...
