"""The workstation's second pass: the structured recognizers only (no spaCy), pure functions.

Ingest already redacted the text; this pass catches structured identifiers that slipped
through (or that an annotator types into a comment). It runs the same structured
recognizers as ingest (`structured.py`: patterns, addresses, phones, national ids with
check digits, record numbers by context). It returns kinds and counts, never the values,
so the caller can journal `text.pii_masked` / `comment.pii_blocked` safely.
"""

from __future__ import annotations

from app.redaction.structured import find_structured


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every structured identifier in `text`, overlaps merged."""
    hits = sorted(
        ((s.start, s.end, s.kind) for s in find_structured(text)), key=lambda h: (h[0], -h[1])
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in hits:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged


def mask_text(text: str) -> tuple[str, dict[str, int]]:
    """`text` with every structured identifier replaced by `[KIND]`, and counts per kind."""
    parts: list[str] = []
    counts: dict[str, int] = {}
    cursor = 0
    for start, end, kind in find(text):
        parts.append(text[cursor:start])
        parts.append(f"[{kind}]")
        counts[kind] = counts.get(kind, 0) + 1
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts), counts


def check_comment(text: str) -> list[str]:
    """Sorted kinds of identifiers found in an annotator's comment (empty: safe to save)."""
    return sorted({kind for _, _, kind in find(text)})
