"""Pre-annotations an item arrives with (the shard item's `meta.preannotations`, put there by
assign only in projects created with `--preannotation`: labels imported from Label Studio).

Outside input as far as the window is concerned: each entry must be `{"kind", "value"}`
with a value that passes `check_label` under the project's schema, of a kind this item
draws (or an item class), and a span must lie inside the text as shown. Anything else is
skipped and counted, never shown. Identical suggestions (two Label Studio annotators who
agreed) are shown once; an item holds one class value, so the first valid one is kept and
any other is counted as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from app.core.encoding import JsonObject, canonical_json
from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.core.label_values import check_label

META_KEY: Final = "preannotations"
MAX_SUGGESTIONS: Final = 2000  # more is not a pre-annotation of one item
NOTE: Final = "Pre-filled from imported labels; check and save."


@dataclass
class Suggestions:
    labels: list[tuple[str, JsonObject]] = field(default_factory=list)
    skipped: int = 0

    def note(self) -> str:
        """The status line that marks the pre-filled labels as suggested."""
        if not self.labels:
            return ""
        skipped = f" ({self.skipped} could not be used)" if self.skipped else ""
        return f"{NOTE} {len(self.labels)} suggested{skipped}."


def suggestions(
    meta: Any, schema: LabelSchema, kinds: tuple[str, ...], text_len: int | None = None
) -> Suggestions:
    """The usable pre-annotations of an item's `meta` (kinds: the label kinds it draws)."""
    out = Suggestions()
    raw = meta.get(META_KEY) if isinstance(meta, dict) else None
    if raw is None:
        return out
    if not isinstance(raw, list):
        out.skipped += 1
        return out
    seen: set[bytes] = set()
    has_class = False
    for entry in raw[:MAX_SUGGESTIONS]:
        kind = entry.get("kind") if isinstance(entry, dict) else None
        value = entry.get("value") if isinstance(entry, dict) else None
        if not isinstance(kind, str) or kind not in (*kinds, "class"):
            out.skipped += 1
            continue
        try:
            check_label(kind, value, schema)
            key = canonical_json({"kind": kind, "value": value})
        except CleanroomError:
            out.skipped += 1
            continue
        assert isinstance(value, dict)  # check_label refuses anything else
        if value.get("deleted") is True or (
            kind == "span" and text_len is not None and int(value["end"]) > text_len
        ):
            out.skipped += 1
            continue
        if key in seen:
            continue
        if kind == "class":
            if has_class:
                out.skipped += 1
                continue
            has_class = True
        seen.add(key)
        # A comment is the annotator's own free text: never pre-filled.
        out.labels.append((kind, {k: v for k, v in value.items() if k != "comment"}))
    out.skipped += max(0, len(raw) - MAX_SUGGESTIONS)
    return out
