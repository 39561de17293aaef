"""A project's redaction settings: typed, versioned, checked in this one place.

`RedactionSettings.from_json(untrusted)` is the only parser of settings from outside (a
`--redaction-settings` file, a stored project row, a `.meta.json` sidecar's crop). What it
accepts, the pipeline can honour; what it refuses is one RedactionSettingsError naming the
first fault, so a typo ("crop_windw", "dicom_ocr": "sometimes") is a clear error at
`project create` instead of a silent default or the refusal of every item at ingest.

Stored form (`to_json()`): `{"version": 1, <only the settings given>}`. Settings stored
before versions existed are plain objects without "version"; they load as version 1.

Settings (all optional; the default in brackets):
    max_text_bytes      refuse bigger text items [8 MiB]
    text_format         "plain" or "json" (an object; see drop_fields) ["plain"]
    max_image_pixels    decompression-bomb limit [64 Mpx]
    ocr, faces          images: run OCR / face detection [true]
    crop, crop_window   least view, see least_view.py (one or the other)
    drop_fields         least view: DICOM keywords or JSON keys to remove
    private_tag_allowlist  DICOM private tags to keep, "gggg,CREATOR,ee"
    dicom_ocr           "auto" (unless BurnedInAnnotation is NO), "always", "never" ["auto"]
    recognizers         the project's own identifier patterns, see recognizers.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Final

from app.redaction.errors import ProjectSettingError, RedactionSettingsError
from app.redaction.inputs import MAX_INPUT_BYTES
from app.redaction.recognizers import parse_recognizers

VERSION: Final = 1
DEFAULT_MAX_TEXT_BYTES: Final = 8 * 1024 * 1024
DEFAULT_MAX_IMAGE_PIXELS: Final = 64_000_000
DICOM_OCR: Final = ("auto", "always", "never")
TEXT_FORMATS: Final = ("plain", "json")
CROP_FIELDS: Final = ("left", "top", "right", "bottom")
WINDOW_FIELDS: Final = ("cx", "cy", "width", "height")
# Upper bounds keep a setting from disabling the pipeline's own bomb limits.
_LIMITS: Final = {"max_text_bytes": MAX_INPUT_BYTES, "max_image_pixels": 512 * 1024 * 1024}
# "gggg,CREATOR,ee": an odd (private) group, the private creator, the element's low byte.
_PRIVATE_TAG: Final = re.compile(r"^[0-9A-Fa-f]{3}[13579BDFbdf],[^,]{1,64},[0-9A-Fa-f]{2}$")


@dataclass(frozen=True)
class RedactionSettings:
    """One project's (or one item's) settings; None means "not given: the default"."""

    max_text_bytes: int | None = None
    text_format: str | None = None
    max_image_pixels: int | None = None
    ocr: bool | None = None
    faces: bool | None = None
    crop: Mapping[str, int] | None = None
    crop_window: Mapping[str, int] | None = None
    drop_fields: tuple[str, ...] | None = None
    private_tag_allowlist: tuple[str, ...] | None = None
    dicom_ocr: str | None = None
    recognizers: tuple[Mapping[str, Any], ...] | None = None
    version: int = VERSION

    @classmethod
    def from_json(cls, untrusted: Any) -> RedactionSettings:
        """Parse settings from outside, or raise RedactionSettingsError naming the fault."""
        return _parse(untrusted)

    @classmethod
    def load(cls, path: Path) -> RedactionSettings:
        """Read and check a settings file (a JSON object)."""
        try:
            untrusted = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            raise RedactionSettingsError(
                f"The settings file {path.name} does not exist; check the path."
            ) from None
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise RedactionSettingsError(
                f"The settings file {path.name} is not UTF-8 JSON; fix the file."
            ) from None
        return cls.from_json(untrusted)

    def to_json(self) -> dict[str, Any]:
        """The stored form: the version and only the settings that were given."""
        out: dict[str, Any] = {"version": self.version}
        for name in self.given():
            value = getattr(self, name)
            if isinstance(value, tuple):
                value = [dict(v) if isinstance(v, Mapping) else v for v in value]
            elif isinstance(value, Mapping):
                value = dict(value)
            out[name] = value
        return out

    def given(self) -> list[str]:
        """The names of the settings that were given, sorted (for reports and the audit)."""
        return sorted(
            f.name
            for f in fields(self)
            if f.name != "version" and getattr(self, f.name) is not None
        )

    def with_crop(self, item: RedactionSettings) -> RedactionSettings:
        """These settings with `item`'s own region of interest, if it has one, in place of
        the project's (a sidecar's crop replaces the project's crop or crop window)."""
        if item.crop is None and item.crop_window is None:
            return self
        return replace(self, crop=item.crop, crop_window=item.crop_window)

    # What the pipeline reads: the setting, or its default.
    @property
    def text_limit(self) -> int:
        return self.max_text_bytes or DEFAULT_MAX_TEXT_BYTES

    @property
    def pixel_limit(self) -> int:
        return self.max_image_pixels or DEFAULT_MAX_IMAGE_PIXELS

    @property
    def dicom_ocr_mode(self) -> str:
        return self.dicom_ocr or "auto"


NONE: Final = RedactionSettings()
KNOWN: Final = tuple(sorted(f.name for f in fields(RedactionSettings) if f.name != "version"))


def _fail(what: str) -> RedactionSettingsError:
    return RedactionSettingsError(what)


def _int(untrusted: Any, where: str, *, minimum: int, maximum: int) -> int:
    if isinstance(untrusted, bool) or not isinstance(untrusted, int):
        raise _fail(f"Redaction setting {where} must be a whole number; fix the settings.")
    if not minimum <= untrusted <= maximum:
        raise _fail(
            f"Redaction setting {where} must be between {minimum} and {maximum}; fix the settings."
        )
    return untrusted


def _box(untrusted: Any, name: str, names: tuple[str, ...]) -> dict[str, int]:
    if not isinstance(untrusted, dict) or set(untrusted) != set(names):
        raise _fail(
            f"Redaction setting {name} must be an object with exactly {', '.join(names)}; "
            "fix the settings."
        )
    return {f: _int(untrusted[f], f"{name}.{f}", minimum=0, maximum=1 << 20) for f in names}


def _strings(untrusted: Any, name: str) -> tuple[str, ...]:
    if not isinstance(untrusted, list) or not all(
        isinstance(s, str) and 0 < len(s) <= 128 for s in untrusted
    ):
        raise _fail(f"Redaction setting {name} must be a list of short names; fix the settings.")
    return tuple(untrusted)


def _choice(untrusted: Mapping[str, Any], key: str, choices: tuple[Any, ...]) -> Any:
    if key not in untrusted:
        return None
    if untrusted[key] not in choices or isinstance(untrusted[key], bool) != isinstance(
        choices[0], bool
    ):
        shown = "true or false" if isinstance(choices[0], bool) else f"one of {', '.join(choices)}"
        raise _fail(f"Redaction setting {key} must be {shown}; fix the settings.")
    return untrusted[key]


def _parse(untrusted: Any) -> RedactionSettings:
    if isinstance(untrusted, RedactionSettings):
        return untrusted
    if not isinstance(untrusted, dict):
        raise _fail("Redaction settings must be a JSON object; fix the settings.")
    version = untrusted.get("version", VERSION)  # absent: stored before versions existed
    if version != VERSION or isinstance(version, bool):
        raise _fail(
            f"Redaction settings version must be {VERSION}; "
            "update the settings to this release's format."
        )
    body = {k: v for k, v in untrusted.items() if k != "version"}
    unknown = sorted(str(k) for k in body if k not in KNOWN)
    if unknown:
        raise _fail(
            f"Unknown redaction setting {unknown[0]!r}; the known settings are {', '.join(KNOWN)}."
        )
    if "crop" in body and "crop_window" in body:
        raise _fail("Give either crop or crop_window, not both; fix the settings.")
    limits = {
        key: _int(body[key], key, minimum=1, maximum=maximum) if key in body else None
        for key, maximum in _LIMITS.items()
    }
    crop = window = None
    if "crop" in body:
        crop = _box(body["crop"], "crop", CROP_FIELDS)
        if crop["right"] <= crop["left"] or crop["bottom"] <= crop["top"]:
            raise _fail(
                "Redaction setting crop is empty (right or bottom too small); fix the settings."
            )
    if "crop_window" in body:
        window = _box(body["crop_window"], "crop_window", WINDOW_FIELDS)
        if window["width"] < 1 or window["height"] < 1:
            raise _fail(
                "Redaction setting crop_window needs a size of 1 or more; fix the settings."
            )
    tags = None
    if "private_tag_allowlist" in body:
        tags = _strings(body["private_tag_allowlist"], "private_tag_allowlist")
        if not all(_PRIVATE_TAG.match(tag) for tag in tags):
            raise _fail(
                "Redaction setting private_tag_allowlist entries look like "
                "'0009,GEMS_IDEN_01,01' (odd group in hex, private creator, element low "
                "byte in hex); fix the settings."
            )
    recognizers = None
    if "recognizers" in body:
        try:  # the recognizers' own parser: one definition of what a pattern may be
            recognizers = tuple(parse_recognizers(body["recognizers"]))
        except RedactionSettingsError:
            raise
        except ProjectSettingError as exc:
            raise _fail(exc.message) from None
    return RedactionSettings(
        max_text_bytes=limits["max_text_bytes"],
        text_format=_choice(body, "text_format", TEXT_FORMATS),
        max_image_pixels=limits["max_image_pixels"],
        ocr=_choice(body, "ocr", (True, False)),
        faces=_choice(body, "faces", (True, False)),
        crop=crop,
        crop_window=window,
        drop_fields=_strings(body["drop_fields"], "drop_fields") if "drop_fields" in body else None,
        private_tag_allowlist=tags,
        dicom_ocr=_choice(body, "dicom_ocr", DICOM_OCR),
        recognizers=recognizers,
    )
