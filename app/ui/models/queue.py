"""The work queue without Qt: the rows the queue screen shows and the default move.

Shard rows carry the project, the item count, done/total and the expiry (highlighted when
less than a day is left); item rows carry a state from `ITEM_STATES`. "Next unlabelled" is
the default move: the first `new` item after the current one, wrapping round, else None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.workstation.workbench import ItemEntry, ShardSummary

NEAR_EXPIRY_S: Final = 24 * 3600
STATE_TEXT: Final = {
    "new": "new",
    "labelled": "labelled",
    "skipped": "skipped",
    "needs sync": "needs sync",
}


def duration_text(seconds: int) -> str:
    """A short human duration: '3 d 4 h', '5 h 12 min', '7 min', 'expired'."""
    if seconds <= 0:
        return "expired"
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{max(minutes, 1)} min"


@dataclass(frozen=True)
class ShardRow:
    shard_id: str
    project: str
    items: str  # "12" or "?" before the first open
    progress: str  # "3/12"
    expires: str  # "in 2 d 3 h"
    near_expiry: bool
    downloaded: bool
    done: int
    total: int | None


def shard_rows(shards: Sequence[ShardSummary], now_s: int) -> list[ShardRow]:
    rows = []
    for shard in shards:
        left = shard.not_after - now_s
        total = shard.item_count
        rows.append(
            ShardRow(
                shard_id=shard.shard_id,
                project=shard.project_id,
                items="?" if total is None else str(total),
                progress=f"{shard.done}/{'?' if total is None else total}",
                expires=f"in {duration_text(left)}" if left > 0 else "expired",
                near_expiry=left <= NEAR_EXPIRY_S,
                downloaded=shard.cached,
                done=shard.done,
                total=total,
            )
        )
    return rows


class ItemQueue:
    """The items of the open shard, in manifest order, and where the annotator is."""

    def __init__(self, shard_id: str, items: Sequence[ItemEntry]) -> None:
        self.shard_id = shard_id
        self.items = list(items)
        self.current: int | None = None

    def __len__(self) -> int:
        return len(self.items)

    def series_neighbour(self, step: int) -> int | None:
        """The item `step` (+1 or -1) away from the current one when it is a DICOM item too:
        scrolling past a slice's last frame goes on to the series' next slice."""
        if self.current is None:
            return None
        index = self.current + step
        if not 0 <= index < len(self.items) or self.items[self.current].kind != "dicom":
            return None
        return index if self.items[index].kind == "dicom" else None

    def index_of(self, item_id: str) -> int | None:
        for index, item in enumerate(self.items):
            if item.item_id == item_id:
                return index
        return None

    def set_states(self, items: Sequence[ItemEntry]) -> None:
        """New states from the workbench (after a save, skip or sync); same items."""
        self.items = list(items)

    def next_unlabelled(self) -> int | None:
        """First `new` item after the current one, wrapping round; None when all are done."""
        count = len(self.items)
        start = -1 if self.current is None else self.current
        for step in range(1, count + 1):
            index = (start + step) % count
            if self.items[index].state == "new":
                return index
        return None

    def next(self) -> int | None:
        """The item after the current one (any state), or None at the end."""
        index = 0 if self.current is None else self.current + 1
        return index if index < len(self.items) else None

    def previous(self) -> int | None:
        if self.current is None or self.current == 0:
            return None
        return self.current - 1

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATE_TEXT, 0)
        for item in self.items:
            out[item.state] = out.get(item.state, 0) + 1
        return out
