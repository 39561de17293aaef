"""A redacted item ready to seal. Light (no imaging or NLP imports), so the server can name it
even when the pipeline's engines are not installed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.redaction.geometry import ItemGeometry


@dataclass(frozen=True)
class RedactedItem:
    """What redaction made of one input. `redacted`: something was removed or stripped.
    `pipeline_ran` False: the pass-through hook made it (`ingest --no-redaction`); such an
    item is stored as unredacted and is not issued unless the project allows it."""

    data: bytes
    media_type: str
    meta: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)  # kinds, counts, rules; no values
    redacted: bool = False
    pipeline_ran: bool = True
    # Images and DICOM: how the stored pixels map onto the original (crop, scale); kept by
    # the server apart from `meta`, which travels in shards (annotators never see it).
    geometry: ItemGeometry | None = None
    # Text only: (start, end) in the input -> (start, end) in `data`'s text for each masked
    # value (app.redaction.text), so that imported spans can be moved onto the redacted text;
    # None when the text changed in another way (dropped JSON fields). Never stored.
    offsets: tuple[tuple[int, int, int, int], ...] | None = ()
