"""A project's redaction settings: checked once at `project create`, stored with the project,
passed unchanged to app.redaction.pipeline.redact_item at every ingest.

The keys are those documented at the top of app/redaction/pipeline.py. Checking them here,
before any item is ingested, means a typo ("crop_windw", "dicom_ocr": "sometimes") is one
clear error for the admin instead of a silent default or a refusal of every item later.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final

from app.redaction.errors import ProjectSettingError
from app.redaction.recognizers import parse_recognizers
from app.server.errors import BadRequestError


class RedactionSettingsError(BadRequestError):
    """The redaction settings are not valid; fix the file and run the command again."""

    code = "redaction_settings"


_BOOL_KEYS: Final = ("ocr", "faces")
_CHOICES: Final = {"text_format": ("plain", "json"), "dicom_ocr": ("auto", "always", "never")}
# Upper bounds keep a setting from disabling the pipeline's own bomb limits.
_LIMITS: Final = {"max_text_bytes": 64 * 1024 * 1024, "max_image_pixels": 512 * 1024 * 1024}
_CROP: Final = ("left", "top", "right", "bottom")
_WINDOW: Final = ("cx", "cy", "width", "height")
KNOWN: Final = tuple(
    sorted(
        (*_BOOL_KEYS, *_CHOICES, *_LIMITS, "crop", "crop_window", "drop_fields",
         "private_tag_allowlist", "recognizers")
    )
)  # fmt: skip
# "gggg,CREATOR,ee": an odd (private) group, the private creator, the element's low byte.
_PRIVATE_TAG: Final = re.compile(r"^[0-9A-Fa-f]{3}[13579BDFbdf],[^,]{1,64},[0-9A-Fa-f]{2}$")


def _int(untrusted: Any, where: str, *, minimum: int, maximum: int) -> int:
    if isinstance(untrusted, bool) or not isinstance(untrusted, int):
        raise RedactionSettingsError(f"redaction setting {where} must be a whole number")
    if not minimum <= untrusted <= maximum:
        raise RedactionSettingsError(
            f"redaction setting {where} must be between {minimum} and {maximum}"
        )
    return untrusted


def _box(untrusted: Any, name: str, fields: tuple[str, ...]) -> dict[str, int]:
    if not isinstance(untrusted, dict) or set(untrusted) != set(fields):
        raise RedactionSettingsError(
            f"redaction setting {name} must be an object with exactly {', '.join(fields)}"
        )
    return {f: _int(untrusted[f], f"{name}.{f}", minimum=0, maximum=1 << 20) for f in fields}


def _strings(untrusted: Any, name: str) -> list[str]:
    if not isinstance(untrusted, list) or not all(
        isinstance(s, str) and 0 < len(s) <= 128 for s in untrusted
    ):
        raise RedactionSettingsError(f"redaction setting {name} must be a list of short names")
    return list(untrusted)


def validate(untrusted: Any) -> dict[str, Any]:
    """The settings as a plain JSON object, or RedactionSettingsError naming the first fault."""
    if not isinstance(untrusted, dict):
        raise RedactionSettingsError("redaction settings must be a JSON object")
    unknown = sorted(str(k) for k in untrusted if k not in KNOWN)
    if unknown:
        raise RedactionSettingsError(
            f"unknown redaction setting {unknown[0]!r}; known settings: {', '.join(KNOWN)}"
        )
    out: dict[str, Any] = {}
    for key in _BOOL_KEYS:
        if key in untrusted:
            if not isinstance(untrusted[key], bool):
                raise RedactionSettingsError(f"redaction setting {key} must be true or false")
            out[key] = untrusted[key]
    for key, choices in _CHOICES.items():
        if key in untrusted:
            if untrusted[key] not in choices:
                raise RedactionSettingsError(
                    f"redaction setting {key} must be one of {', '.join(choices)}"
                )
            out[key] = untrusted[key]
    for key, maximum in _LIMITS.items():
        if key in untrusted:
            out[key] = _int(untrusted[key], key, minimum=1, maximum=maximum)
    if "crop" in untrusted and "crop_window" in untrusted:
        raise RedactionSettingsError("give either crop or crop_window, not both")
    if "crop" in untrusted:
        crop = _box(untrusted["crop"], "crop", _CROP)
        if crop["right"] <= crop["left"] or crop["bottom"] <= crop["top"]:
            raise RedactionSettingsError("redaction setting crop is empty (right/bottom too small)")
        out["crop"] = crop
    if "crop_window" in untrusted:
        window = _box(untrusted["crop_window"], "crop_window", _WINDOW)
        if window["width"] < 1 or window["height"] < 1:
            raise RedactionSettingsError("redaction setting crop_window needs a size of 1 or more")
        out["crop_window"] = window
    if "drop_fields" in untrusted:
        out["drop_fields"] = _strings(untrusted["drop_fields"], "drop_fields")
    if "private_tag_allowlist" in untrusted:
        tags = _strings(untrusted["private_tag_allowlist"], "private_tag_allowlist")
        for tag in tags:
            if not _PRIVATE_TAG.match(tag):
                raise RedactionSettingsError(
                    "redaction setting private_tag_allowlist entries look like "
                    "'0009,GEMS_IDEN_01,01' "
                    "(odd group in hex, private creator, element low byte in hex)"
                )
        out["private_tag_allowlist"] = tags
    if "recognizers" in untrusted:
        try:  # the pipeline's own parser, so create refuses exactly what ingest would
            out["recognizers"] = parse_recognizers(untrusted["recognizers"])
        except ProjectSettingError as exc:
            raise RedactionSettingsError(exc.message) from None
    return out


def load(path: Path) -> dict[str, Any]:
    """Read and check a settings file (JSON object)."""
    try:
        untrusted = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise RedactionSettingsError(f"{path.name} does not exist") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RedactionSettingsError(f"{path.name} is not a UTF-8 JSON file") from None
    return validate(untrusted)
