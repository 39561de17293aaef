"""What the visible watermark says: the viewer, the device, the session and the minute.

Qt-free so the text can be checked without a display. The lines carry ids only, never item
content; control characters are dropped so a crafted user name cannot break the layout.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from typing import Final

MAX_FIELD_CHARS: Final = 64


def minute_of(ms: int) -> str:
    """The UTC minute of a millisecond timestamp, as the watermark shows it."""
    return time.strftime("%Y-%m-%d %H:%MZ", time.gmtime(ms // 1000))


def _clean(value: str) -> str:
    kept = "".join(c for c in value if unicodedata.category(c)[0] != "C")
    kept = " ".join(kept.split())
    return kept[:MAX_FIELD_CHARS] or "-"


@dataclass(frozen=True)
class WatermarkStamp:
    """Who is looking, on which device, in which session, at which minute (UTC)."""

    user: str
    device_id: str
    session_id: str
    minute: str  # "2026-11-26 14:05Z"

    def lines(self) -> tuple[str, ...]:
        """The user name first (largest share of each tile, what OCR must find)."""
        return (
            _clean(self.user),
            f"device {_clean(self.device_id)}",
            f"session {_clean(self.session_id)}",
            _clean(self.minute),
        )
