"""Parsers of outside bytes raise only RedactionError subclasses, whatever the bytes."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.dicom import read_dicom
from app.redaction.errors import RedactionError
from app.redaction.image import open_image
from app.redaction.text import decode_text
from resources.synthetic.dicom_set import dicom_files

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DICOM = dicom_files()[1].data
_PNG_HEAD = b"\x89PNG\r\n\x1a\n"


@_SETTINGS
@given(st.binary(max_size=2048))
def test_decode_text_raises_only_redaction_errors(data: bytes) -> None:
    with contextlib.suppress(RedactionError):
        assert isinstance(decode_text(data, max_bytes=1024), str)


@_SETTINGS
@given(st.binary(max_size=512))
def test_open_image_raises_only_redaction_errors(data: bytes) -> None:
    with contextlib.suppress(RedactionError):
        open_image(_PNG_HEAD + data, max_pixels=1_000_000)


@_SETTINGS
@given(st.integers(min_value=0, max_value=len(_DICOM)), st.binary(max_size=64))
def test_read_dicom_raises_only_redaction_errors(cut: int, junk: bytes) -> None:
    # Real DICOM cut anywhere and followed by junk: the shapes damaged files take.
    with contextlib.suppress(RedactionError):
        read_dicom(_DICOM[:cut] + junk)


@_SETTINGS
@given(st.binary(max_size=1024))
def test_read_dicom_on_random_bytes(data: bytes) -> None:
    with contextlib.suppress(RedactionError):
        read_dicom(b"\x00" * 128 + b"DICM" + data)
