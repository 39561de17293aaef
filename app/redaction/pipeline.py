"""One entry point for ingest: `redact_item(kind, data, ...)` -> RedactedItem.

Invariant: what leaves this module in `RedactedItem.data` is what an annotator may see.
`report` and `meta` hold kinds, counts and rule names, never a removed value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.redaction.errors import RedactionError, RedactionInputError

KINDS = ("text", "image", "dicom")


@dataclass(frozen=True)
class RedactedItem:
    """A redacted item ready to seal. `redacted` is True when anything was removed."""

    data: bytes
    media_type: str
    meta: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    redacted: bool = False


def redact_item(
    kind: str, data: bytes, *, project_secret: bytes, settings: dict[str, Any]
) -> RedactedItem:
    """Redact one item of `kind` ("text" | "image" | "dicom").

    Raises a RedactionError subclass (never anything else) when the item is malformed;
    the caller records the message for that item and continues with the batch.
    """
    if kind not in KINDS:
        raise RedactionInputError(f"Unknown item kind; use one of {', '.join(KINDS)}.")
    raise RedactionError("Redaction is not available yet in this build.")
