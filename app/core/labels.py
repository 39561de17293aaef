"""Labels as they travel: one immutable version of one annotation.

An annotation (`annotation_id`) gains a new version on every change; versions are never
overwritten (21 CFR Part 11). Uploads are idempotent by (`annotation_id`, `version`).
`value` holds the label itself (kind-specific: span offsets, box, region, class) and may hold
an annotator's comment, so it is task content: never logged, never journaled; the journal
carries only `value_sha256`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from app.core.encoding import JsonObject, canonical_json, sha256_hex
from app.core.errors import EncodingError
from app.core.protocol import LABEL_KINDS

LABEL_FIELDS: Final = frozenset(
    {"annotation_id", "version", "project_id", "shard_id", "item_id", "user_id", "kind",
     "value", "value_sha256", "created_ms"}
)  # fmt: skip


@dataclass(frozen=True)
class LabelDraft:
    """What a person saves: the label before the store gives it a version and a time.

    `annotation_id` None starts a new annotation; an existing id saves its next version.
    `value` is task content (see the module docstring): never logged, never journaled.
    """

    project_id: str
    shard_id: str
    item_id: str
    kind: str
    value: JsonObject
    annotation_id: str | None = None


@dataclass(frozen=True)
class LabelVersion:
    annotation_id: str
    version: int
    project_id: str
    shard_id: str
    item_id: str
    user_id: str
    kind: str
    value: JsonObject
    created_ms: int

    @property
    def value_sha256(self) -> str:
        return sha256_hex(canonical_json(self.value))

    @property
    def label_sha256(self) -> str:
        """SHA-256 of the canonical JSON of the whole version (ids, value, time): what an
        electronic signature on an adjudicated label is bound to (21 CFR 11.70)."""
        return sha256_hex(canonical_json(self.to_json()))

    def to_json(self) -> JsonObject:
        return {
            "annotation_id": self.annotation_id,
            "version": self.version,
            "project_id": self.project_id,
            "shard_id": self.shard_id,
            "item_id": self.item_id,
            "user_id": self.user_id,
            "kind": self.kind,
            "value": self.value,
            "value_sha256": self.value_sha256,
            "created_ms": self.created_ms,
        }

    @classmethod
    def from_json(cls, untrusted: Any) -> LabelVersion:
        """Type-check a label from outside; raise EncodingError naming the bad field."""
        if not isinstance(untrusted, dict):
            raise EncodingError("A label is a JSON object.")
        unknown = untrusted.keys() - LABEL_FIELDS
        if unknown:
            raise EncodingError(
                f"A label holds {len(unknown)} field(s) the format does not define; remove them."
            )
        strings = ("annotation_id", "project_id", "shard_id", "item_id", "user_id", "kind")
        for key in strings:
            if not isinstance(untrusted.get(key), str) or not untrusted[key]:
                raise EncodingError(f"Label field {key!r} must be a non-empty string.")
        for key in ("version", "created_ms"):
            value = untrusted.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**63:
                raise EncodingError(f"Label field {key!r} must be a non-negative 64-bit integer.")
        if untrusted["version"] < 1:
            raise EncodingError("Label field 'version' starts at 1.")
        if untrusted["kind"] not in LABEL_KINDS:
            raise EncodingError(f"Label kind must be one of {', '.join(LABEL_KINDS)}.")
        if not isinstance(untrusted.get("value"), dict):
            raise EncodingError("Label field 'value' must be an object.")
        label = cls(**{k: untrusted[k] for k in (*strings, "version", "created_ms", "value")})
        claimed = untrusted.get("value_sha256")
        if claimed is not None and claimed != label.value_sha256:
            raise EncodingError("Label 'value_sha256' does not match its value.")
        return label
