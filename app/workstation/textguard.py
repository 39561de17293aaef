"""The workstation's second look at text: before a text item is shown, and before a comment
is saved (DESIGN.md §3, "client re-checks text before display"; "comments pass the PII check").

Ingest already redacted every item; this pass runs the fast pattern recognizers again.
What it finds is masked in the view (`text.pii_masked`) or blocks the save
(`comment.pii_blocked`); the journal gets kinds and counts, never the values.
A refused save raises CommentPiiError (app/workstation/errors.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.core.labels import LabelDraft, LabelVersion
from app.core.memory import wipe
from app.redaction.second_pass import check_comment, mask_text
from app.workstation.errors import CommentPiiError
from app.workstation.store import Store


def text_for_view(
    store: Store,
    data: bytearray,
    *,
    shard_id: str,
    item_id: str,
    user_id: str | None = None,
    session_id: str | None = None,
) -> str:
    """Decode a decrypted text item, mask what the second pass finds, journal the counts.

    The decrypted buffer is wiped here: the view keeps only the masked text.
    """
    try:
        text = bytes(data).decode("utf-8", errors="replace")
    finally:
        wipe(data)
    masked, counts = mask_text(text)
    if counts:
        store.append_journal(
            "text.pii_masked",
            {"shard_id": shard_id, "item_id": item_id, "kinds": dict(sorted(counts.items()))},
            user_id=user_id,
            session_id=session_id,
        )
    return masked


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def save_label_checked(
    store: Store,
    draft: LabelDraft,
    *,
    user_id: str,
    session_id: str | None = None,
    schema: LabelSchema | None = None,
) -> LabelVersion:
    """Save a label only if none of its free text holds an identifier and, given the
    shard's `schema`, only if the server will accept it (the same `check_label` the server
    runs: FORMATS.md §6.2 and the schema; LabelValueError, nothing saved). Without a
    schema the value is not checked here, so an old caller keeps working.

    Every string in the value is checked (comments, and free-text class names alike).
    A refusal writes `comment.pii_blocked` with the kinds and raises CommentPiiError.
    """
    if schema is not None:
        check_label(draft.kind, draft.value, schema)
    kinds = sorted({k for text in _strings(draft.value) for k in check_comment(text)})
    if kinds:
        store.append_journal(
            "comment.pii_blocked",
            {"shard_id": draft.shard_id, "item_id": draft.item_id, "kinds": kinds},
            user_id=user_id,
            session_id=session_id,
        )
        raise CommentPiiError(kinds)
    return store.save_label(draft, user_id=user_id, session_id=session_id)
