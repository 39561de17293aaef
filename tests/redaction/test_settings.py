"""Redaction settings files come from outside: any bytes give settings or one
RedactionSettingsError, never another exception; what passes is what the pipeline reads.
Settings stored before versions existed (plain objects) still load."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.errors import RedactionSettingsError
from app.redaction.settings import KNOWN, VERSION, RedactionSettings

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
# Objects that use the known keys, so the checks behind the key test are reached.
known_objects = st.dictionaries(st.sampled_from(KNOWN), json_values, max_size=4)


@given(raw=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
@settings(max_examples=150, deadline=None)
def test_any_file_bytes_give_settings_or_one_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        try:
            out = RedactionSettings.load(path)
        except RedactionSettingsError:
            return
        assert isinstance(out, RedactionSettings)


@given(untrusted=known_objects)
@settings(max_examples=300, deadline=None)
def test_known_keys_with_any_values_validate_or_fail_cleanly(untrusted: dict[str, Any]) -> None:
    try:
        out = RedactionSettings.from_json(untrusted)
    except RedactionSettingsError as exc:
        message = exc.message
        assert message.startswith(("Redaction setting", "Unknown", "Give either")), message
        assert message.endswith("."), message
        return
    assert set(out.given()) <= set(KNOWN)
    # what was accepted is accepted again unchanged, from its stored form
    assert RedactionSettings.from_json(out.to_json()) == out


def test_a_full_valid_settings_object_is_kept() -> None:
    full = {
        "crop_window": {"cx": 64, "cy": 64, "width": 32, "height": 32},
        "drop_fields": ["InstitutionName", "notes"],
        "private_tag_allowlist": ["0009,GEMS_IDEN_01,01"],
        "dicom_ocr": "always",
        "ocr": True,
        "faces": False,
        "text_format": "json",
        "max_text_bytes": 1_000_000,
        "max_image_pixels": 40_000_000,
    }
    assert RedactionSettings.from_json(full).to_json() == {"version": VERSION, **full}


def test_settings_stored_before_versions_load_as_version_1() -> None:
    legacy = {"dicom_ocr": "never", "ocr": False}  # what project create stored before
    settings = RedactionSettings.from_json(legacy)
    assert settings.version == 1
    assert settings.given() == ["dicom_ocr", "ocr"]
    assert settings.to_json() == {"version": 1, "dicom_ocr": "never", "ocr": False}


@pytest.mark.parametrize("version", [0, 2, "1", True, None])
def test_an_unknown_settings_version_is_refused(version: object) -> None:
    with pytest.raises(RedactionSettingsError, match="version must be 1"):
        RedactionSettings.from_json({"version": version})
