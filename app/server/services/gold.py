"""Gold items: known answers for some of a project's items, to measure accuracy.

`cleanroom-server gold add PROJECT --file answers.jsonl` reads one JSON object per line,
{"item_id", "kind", "value"}, each value checked like an uploaded label against the project's
schema. A gold item is assigned like any other item: nothing in a shard, a manifest or an
answer to an annotator tells it is gold; only the lead's review views say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.core.encoding import canonical_json, sha256_hex
from app.core.errors import EncodingError
from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import BadRequestError
from app.server.models import GoldAnswer, Item
from app.server.services.common import ADMIN, get_project

MAX_GOLD_LINES = 1_000_000


@dataclass(frozen=True)
class GoldLine:
    item_id: str
    kind: str
    value: dict[str, Any]


def parse_gold(data: bytes) -> list[GoldLine]:
    """The answers of a gold file; BadRequestError naming the first bad line (never its
    content). Blank lines are skipped."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestError(
            "The gold file is not UTF-8 text; save it as UTF-8 JSON lines."
        ) from None
    out: list[GoldLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(out) >= MAX_GOLD_LINES:
            raise BadRequestError(f"The gold file holds over {MAX_GOLD_LINES} answers; split it.")
        try:
            obj = json.loads(line)
        except ValueError:
            raise BadRequestError(f"Line {number} of the gold file is not JSON; fix it.") from None
        if not isinstance(obj, dict) or set(obj) != {"item_id", "kind", "value"}:
            raise BadRequestError(
                f"Line {number} of the gold file must be an object with exactly item_id, kind "
                "and value; fix it."
            )
        item_id, kind, value = obj["item_id"], obj["kind"], obj["value"]
        if not isinstance(item_id, str) or not item_id or not isinstance(kind, str):
            raise BadRequestError(
                f"Line {number} of the gold file needs a text item_id and kind; fix it."
            )
        try:
            check_label(kind, value)
        except EncodingError as exc:
            raise BadRequestError(f"Line {number} of the gold file: {exc.message}") from None
        out.append(GoldLine(item_id, kind, value))
    return out


def add_gold(db: Session, config: ServerConfig, project_id: str, answers: list[GoldLine]) -> int:
    """Store the answers (each on an item of the project, valid under its schema)."""
    project = get_project(db, project_id)
    schema = LabelSchema.from_json(project.schema)
    ids = {a.item_id for a in answers}
    known = {
        row[0] for row in db.query(Item.id).filter(Item.project_id == project_id, Item.id.in_(ids))
    }
    now = int(config.clock_s() * 1000)
    for number, answer in enumerate(answers, start=1):
        if answer.item_id not in known:
            raise BadRequestError(
                f"Answer {number} names an item that is not in the project; check its item_id."
            )
        try:
            check_label(answer.kind, answer.value, schema)
        except EncodingError as exc:
            raise BadRequestError(f"Answer {number}: {exc.message}") from None
        db.add(
            GoldAnswer(
                project_id=project_id, item_id=answer.item_id, kind=answer.kind,
                value=answer.value, value_sha256=sha256_hex(canonical_json(answer.value)),
                created_ms=now,
            )
        )  # fmt: skip
    audit(db, config, ADMIN, "gold.added", project_id, answers=len(answers))
    db.commit()
    return len(answers)


def gold_items(db: Session, project_id: str) -> set[str]:
    return {row[0] for row in db.query(GoldAnswer.item_id).filter_by(project_id=project_id)}
