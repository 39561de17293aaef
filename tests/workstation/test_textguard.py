"""Second pass on the workstation: masked views and blocked comments, journaled by kind only."""

from __future__ import annotations

import pytest

from app.core.encoding import canonical_json
from app.core.journal import verify_jsonl
from app.core.labels import LabelDraft
from app.workstation.errors import CommentPiiError
from app.workstation.identity import DeviceIdentity
from app.workstation.store import Store
from app.workstation.textguard import save_label_checked, text_for_view

SSN = "219-09-9999"
EMAIL = "jane.roe@example.org"


def draft(value: dict[str, object]) -> LabelDraft:
    return LabelDraft("p1", "s1", "i1", "class", value)


def test_view_masks_identifiers_and_journals_counts(store: Store) -> None:
    buffer = bytearray(f"Reach me at {EMAIL}, SSN {SSN}. Pain since Monday.".encode())
    shown = text_for_view(store, buffer, shard_id="s1", item_id="i1", user_id="u1")
    assert EMAIL not in shown
    assert SSN not in shown
    assert "Pain since Monday." in shown
    assert buffer == bytearray(len(buffer))  # the decrypted bytes were wiped
    record = store.journal_records()[-1]
    assert record.entry["type"] == "text.pii_masked"
    assert record.entry["data"]["item_id"] == "i1"
    assert sum(record.entry["data"]["kinds"].values()) == 2
    journal = canonical_json([r.entry for r in store.journal_records()])
    assert EMAIL.encode() not in journal
    assert SSN.encode() not in journal


def test_clean_text_is_shown_as_is_and_not_journaled(store: Store) -> None:
    before = len(store.journal_records())
    shown = text_for_view(store, bytearray(b"Pain since Monday."), shard_id="s1", item_id="i1")
    assert shown == "Pain since Monday."
    assert len(store.journal_records()) == before


def test_comment_with_pii_is_blocked_and_nothing_saved(store: Store) -> None:
    with pytest.raises(CommentPiiError) as info:
        save_label_checked(
            store, draft({"class": "urgent", "comment": f"call {EMAIL}"}), user_id="u1"
        )
    assert EMAIL not in info.value.message
    assert store.label_count() == 0
    record = store.journal_records()[-1]
    assert record.entry["type"] == "comment.pii_blocked"
    assert EMAIL.encode() not in record.to_line()


def test_clean_comment_is_saved_with_its_journal_entry(
    store: Store, identity: DeviceIdentity
) -> None:
    label = save_label_checked(
        store, draft({"class": "urgent", "comment": "unclear"}), user_id="u1"
    )
    assert store.label_history(label.annotation_id) == [label]
    assert store.journal_records()[-1].entry["type"] == "label.saved"
    verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key())


def test_with_the_schema_a_label_the_server_would_refuse_is_not_saved(store: Store) -> None:
    from app.core.errors import LabelValueError
    from app.core.label_schema import LabelSchema

    schema = LabelSchema.from_json({"kinds": ["class"], "classes": ["urgent"]})
    with pytest.raises(LabelValueError):
        save_label_checked(store, draft({"labels": ["unknown"]}), user_id="u1", schema=schema)
    assert store.label_count() == 0
    saved = save_label_checked(store, draft({"labels": ["urgent"]}), user_id="u1", schema=schema)
    assert saved.version == 1
