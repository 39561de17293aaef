"""Redaction settings files come from outside: any bytes give settings or one
RedactionSettingsError, never another exception; what passes is what the pipeline reads."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.server.redaction_settings import KNOWN, RedactionSettingsError, load, validate

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
            out = load(path)
        except RedactionSettingsError:
            return
        assert isinstance(out, dict)


@given(untrusted=known_objects)
@settings(max_examples=300, deadline=None)
def test_known_keys_with_any_values_validate_or_fail_cleanly(untrusted: dict[str, Any]) -> None:
    try:
        out = validate(untrusted)
    except RedactionSettingsError as exc:
        message = exc.message
        assert message.startswith(("redaction setting", "unknown", "give either")), message
        return
    assert set(out) <= set(KNOWN)
    assert validate(out) == out  # what was accepted is accepted again unchanged


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
    assert validate(full) == full
