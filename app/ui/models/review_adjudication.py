"""Adjudication without Qt: what the lead decides, what a signature means, and how the
signed record reads (21 CFR Part 11 §11.50: printed name, date and time, meaning).

Three decisions: accept one annotator's label as it is ("approved"), merge the layers'
elements ("merged": the union of ranges, boxes or classes, one label name), or a label the
lead drew ("overridden"). Merging and overriding need a reason; approving does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.core.encoding import JsonObject
from app.core.labels import LabelDraft, LabelVersion
from app.ui.models.geometry import Shape, parse_shape, shape_value
from app.ui.models.review_layers import LayerLabel

MEANINGS: Final = ("approved", "overridden", "merged")
MEANING_TEXT: Final = {
    "approved": "Approved: this annotator's label is the final label",
    "overridden": "Overridden: my own label replaces the annotators' labels",
    "merged": "Merged: the final label combines the annotators' labels",
}
MAX_REASON_LEN: Final = 500


class MergeRefused(ValueError):
    """The chosen labels cannot be merged into one (the text says why; no content)."""


def needs_reason(meaning: str) -> bool:
    return meaning in ("overridden", "merged")


def reason_problem(meaning: str, reason: str) -> str | None:
    """Why the reason cannot be signed as it is, or None."""
    if needs_reason(meaning) and not reason.strip():
        return "A reason is required when overriding or merging; write one, then sign."
    if len(reason) > MAX_REASON_LEN:
        return f"The reason is longer than {MAX_REASON_LEN} characters; shorten it."
    return None


def merge_values(labels: Sequence[LayerLabel]) -> tuple[str, JsonObject]:
    """(kind, value) of the union of `labels`: spans and boxes of one label name become the
    covering range or box; classes become the union of class names."""
    if not labels:
        raise MergeRefused("Choose at least one label to merge.")
    kinds = {v.kind for v in labels}
    if len(kinds) != 1:
        raise MergeRefused("Only labels of one kind can be merged; choose one kind.")
    kind = labels[0].kind
    if kind == "class":
        names: list[str] = []
        for v in labels:
            raw = v.value.get("labels")
            names += [n for n in (raw if isinstance(raw, list) else []) if n not in names]
            one = v.value.get("label")
            if isinstance(one, str) and one not in names:
                names.append(one)
        return kind, {"labels": [n for n in names if isinstance(n, str)]}
    names_set = {v.value.get("label") for v in labels}
    if len(names_set) != 1:
        raise MergeRefused("The labels have different names; accept one, or draw your own.")
    label = labels[0].value.get("label")
    if kind == "span":
        starts = [v.value.get("start") for v in labels]
        ends = [v.value.get("end") for v in labels]
        if not all(isinstance(x, int) for x in starts + ends):
            raise MergeRefused("A span to merge is malformed; accept another label instead.")
        return kind, {"start": min(starts), "end": max(ends), "label": label}  # type: ignore[type-var]
    shapes = [parse_shape(v.annotation_id, v.kind, v.value) for v in labels]
    if all(s is not None and s.shape == "box" for s in shapes) and kind in ("box", "region"):
        bounds = [s.bounds for s in shapes if s is not None]
        frames = {s.frame for s in shapes if s is not None}
        if len(frames) != 1:
            raise MergeRefused("The boxes are on different frames; accept one instead.")
        union = Shape(
            "merged", "box",
            ((min(b[0] for b in bounds), min(b[1] for b in bounds)),
             (max(b[2] for b in bounds), max(b[3] for b in bounds))),
            str(label), frames.pop(),
        )  # fmt: skip
        return kind, shape_value(union, kind)
    raise MergeRefused("Polygons and regions cannot be merged; accept one, or draw your own.")


@dataclass(frozen=True)
class SignedRecord:
    signature_id: str
    printed_name: str
    signed_ms: int
    meaning: str
    label_sha256: str

    def when(self, tz: dt.tzinfo | None = None) -> str:
        """Date and time with its zone (local time unless `tz` is given)."""
        moment = dt.datetime.fromtimestamp(self.signed_ms / 1000, tz=dt.UTC)
        moment = moment.astimezone(tz) if tz is not None else moment.astimezone()
        return moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip()

    def lines(self, tz: dt.tzinfo | None = None) -> list[str]:
        return [
            f"Signed by {self.printed_name}",
            f"on {self.when(tz)}",
            f"Meaning: {self.meaning}",
            f"Label version {self.label_sha256[:16]}…  signature {self.signature_id[:12]}",
        ]


def parse_signed(body: object) -> SignedRecord | None:
    """The signature (the server's `{"signature": {...}}` or the signature object itself),
    or None when it is malformed."""
    sig = body.get("signature", body) if isinstance(body, dict) else None
    if not isinstance(sig, dict):
        return None
    sid, name, ms = sig.get("id"), sig.get("printed_name"), sig.get("signed_ms")
    meaning, digest = sig.get("meaning"), sig.get("label_sha256")
    if not (isinstance(name, str) and isinstance(ms, int) and meaning in MEANINGS):
        return None
    return SignedRecord(str(sid), name, ms, str(meaning), digest if isinstance(digest, str) else "")


class PendingSink:
    """The lead's own drawing, held in memory until it is signed: the normal tools draw
    into an `ItemLabels` over this sink, and nothing reaches the store or the journal until
    the adjudication is signed (the Workbench then saves and journals it)."""

    def __init__(self, user_id: str = "lead") -> None:
        self.user_id = user_id
        self.drafts: dict[str, LabelVersion] = {}
        self._n = 0

    def save(self, draft: LabelDraft) -> LabelVersion:
        self._n += 1
        aid = draft.annotation_id or f"pending-{self._n}"
        previous = self.drafts.get(aid)
        version = LabelVersion(
            aid, (previous.version + 1) if previous else 1, draft.project_id, draft.shard_id,
            draft.item_id, self.user_id, draft.kind, draft.value, 0,
        )  # fmt: skip
        self.drafts[aid] = version
        return version

    def live(self) -> list[LabelVersion]:
        """What the lead drew and did not delete, in drawing order."""
        return [v for v in self.drafts.values() if v.value.get("deleted") is not True]

    def clear(self) -> None:
        self.drafts.clear()
