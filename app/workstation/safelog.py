"""The one logger: allow-listed event names with ids and counts, nothing else.

Log lines are files on disk, outside the encrypted store, so they must never carry item
text, label values, comments or PII. Code logs only through `log_event(event, **fields)`:
the event must be in `EVENTS`, each field name in `FIELDS`, each value an int, a bool or an
id (`ID_PATTERN`: letters, digits and `._:-`, no spaces, at most 128 characters). `log_event`
raises LogPolicyError on anything else, so a mistake fails loudly in tests.

`SafeLogFilter` guards the `cleanroom` logger and every handler `install()` sets up: a record
that did not come from `log_event` (say `logging.getLogger("cleanroom.x").info(text)`, or a
library's message, or an exception traceback) is replaced by `log.refused` with only the
logger name, so its text never reaches a handler.
"""

from __future__ import annotations

import logging
import re
from typing import Final

from app.core.journal import EVENT_TYPES
from app.workstation.errors import LogPolicyError

LOGGER_NAME: Final = "cleanroom"
EVENTS: Final = EVENT_TYPES | frozenset(
    {
        "app.started", "app.stopped", "store.opened", "store.closed", "store.migrated",
        "store.refused", "identity.enrolled", "identity.loaded", "keyring.refused",
        "session.idle", "shard.closed", "sync.started", "sync.failed", "log.refused",
    }
)  # fmt: skip
FIELDS: Final = frozenset(
    {
        "annotation_id", "version", "shard_id", "item_id", "project_id", "device_id",
        "session_id", "user_id", "seq", "items", "count", "bytes", "generation",
        "from_version", "to_version", "error", "reason", "mode", "logger", "status",
    }
)  # fmt: skip
ID_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}")
_MARK: Final = "_cleanroom_safe"

Value = str | int | bool


def _checked(event: str, fields: dict[str, Value]) -> dict[str, Value]:
    if event not in EVENTS:
        raise LogPolicyError(f"Log event {event!r} is not allow-listed.")
    for key, value in fields.items():
        if key not in FIELDS:
            raise LogPolicyError(f"Log field {key!r} is not allow-listed.")
        if isinstance(value, bool | int):
            continue
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            # The message names the field, never the value.
            raise LogPolicyError(f"Log field {key!r} must be an id or a count.")
    return fields


def format_event(event: str, fields: dict[str, Value]) -> str:
    return " ".join([event, *(f"{k}={fields[k]}" for k in sorted(fields))])


def log_event(event: str, level: int = logging.INFO, **fields: Value) -> None:
    """Log one allow-listed event with id/count fields; raise LogPolicyError otherwise."""
    message = format_event(event, _checked(event, fields))
    logging.getLogger(LOGGER_NAME).log(level, "%s", message, extra={_MARK: True})


class SafeLogFilter(logging.Filter):
    """Let through only records made by `log_event`; replace any other by `log.refused`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _MARK, False) and record.msg == "%s" and len(record.args or ()) == 1:
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
            return True
        name = record.name if ID_PATTERN.fullmatch(record.name) else "unknown"
        record.msg = "%s"
        record.args = (format_event("log.refused", {"logger": name}),)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        setattr(record, _MARK, True)
        return True


def install(handler: logging.Handler, level: int = logging.INFO) -> logging.Logger:
    """Attach `handler` to the cleanroom logger behind the filter; return the logger."""
    handler.addFilter(SafeLogFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(f, SafeLogFilter) for f in logger.filters):
        logger.addFilter(SafeLogFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False  # the root logger's handlers have no filter
    return logger
