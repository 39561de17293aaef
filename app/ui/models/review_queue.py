"""The lead's disagreement queue without Qt: the projects a lead leads, the ranked rows
(item, kind, annotators, disagreement, reasons, age) and paging.

Rows come from `GET /v1/review/queue` already ranked (most disagreement first, then
oldest); a malformed row is dropped. Item ids are opaque ids, not content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from app.ui.models.queue import duration_text

PAGE_SIZE: Final = 50
REASON_TEXT: Final = {"class": "class", "span": "span", "box": "box", "polygon": "polygon",
                      "region": "region"}  # fmt: skip


@dataclass(frozen=True)
class ReviewProject:
    project_id: str
    name: str
    queue_size: int


@dataclass(frozen=True)
class ReviewRow:
    item_id: str
    kind: str
    annotators: int
    disagreement: float
    reasons: tuple[str, ...]
    oldest_ms: int

    def cells(self, now_ms: int) -> tuple[str, str, str, str, str, str]:
        age = duration_text(max(1, (now_ms - self.oldest_ms) // 1000))
        return (
            self.item_id[:12],
            self.kind,
            str(self.annotators),
            f"{self.disagreement:.2f}",
            ", ".join(REASON_TEXT.get(r, r) for r in self.reasons),
            age,
        )


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_projects(body: Any) -> list[ReviewProject]:
    raw = body.get("projects") if isinstance(body, dict) else None
    found = []
    for p in raw if isinstance(raw, list) else []:
        if not isinstance(p, dict) or not isinstance(p.get("project_id"), str):
            continue
        name = p.get("name")
        found.append(
            ReviewProject(
                p["project_id"],
                name if isinstance(name, str) else p["project_id"],
                _int(p.get("queue_size")) or 0,
            )
        )
    return found


def parse_queue(body: Any) -> tuple[list[ReviewRow], int]:
    """(rows, total) from the server's page."""
    raw = body.get("items") if isinstance(body, dict) else None
    rows = []
    for r in raw if isinstance(raw, list) else []:
        if not isinstance(r, dict) or not isinstance(r.get("item_id"), str):
            continue
        score = r.get("disagreement")
        if not isinstance(score, int | float) or isinstance(score, bool):
            continue
        reasons, kind = r.get("reasons"), r.get("kind")
        rows.append(
            ReviewRow(
                r["item_id"],
                kind if isinstance(kind, str) else "?",
                _int(r.get("annotators")) or 0,
                min(1.0, max(0.0, float(score))),
                tuple(
                    x for x in (reasons if isinstance(reasons, list) else []) if isinstance(x, str)
                ),
                _int(r.get("oldest_ms")) or 0,
            )
        )
    total = _int(body.get("total")) if isinstance(body, dict) else None
    return rows, max(total or 0, len(rows))


@dataclass
class Paging:
    """Offset paging over the ranked queue."""

    limit: int = PAGE_SIZE
    offset: int = 0
    total: int = 0

    def next(self) -> bool:
        if self.offset + self.limit >= self.total:
            return False
        self.offset += self.limit
        return True

    def previous(self) -> bool:
        if self.offset == 0:
            return False
        self.offset = max(0, self.offset - self.limit)
        return True

    def text(self, shown: int) -> str:
        if self.total == 0:
            return "No items disagree."
        first = self.offset + 1 if shown else self.offset
        return f"{first}–{self.offset + shown} of {self.total}"
