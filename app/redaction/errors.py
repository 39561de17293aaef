"""Errors of the redaction area.

    CleanroomError
    └── RedactionError                 an item cannot be redacted; it is not released
        ├── RedactionInputError        the item's bytes are malformed (bad kind, encoding, size)
        │   ├── TextDecodeError        text is not UTF-8
        │   ├── TextTooLargeError      text is over the configured size limit
        │   ├── ImageDecodeError       bytes are not an image Pillow can read
        │   ├── ImageBombError         pixel count over the decompression-bomb limit
        │   ├── DicomReadError         bytes are not a readable DICOM dataset (e.g. truncated)
        │   ├── DicomPixelError        pixels cannot be decoded, so burned-in text cannot be checked
        │   ├── CropSettingError       the item's crop lies outside it
        │   └── SourceRefusedError     a source file is of no accepted type, too big or unreadable
        ├── RedactionSetupError        the analyzer cannot start (model or tesseract missing)
        └── ProjectSettingError        the project's settings are invalid (refused, never ignored)
            └── RedactionSettingsError settings from outside refused when read (settings.py)

Exit codes (the command line): RedactionError 60, RedactionInputError 61,
RedactionSetupError 62, ProjectSettingError 63.

Messages never carry item content: only what is wrong and what to do.
"""

from __future__ import annotations

from app.core.errors import CleanroomError


class RedactionError(CleanroomError):
    """The item cannot be redacted and was not released; check the item and ingest it again."""

    exit_code = 60


class RedactionInputError(RedactionError):
    """The item is malformed and was refused; fix or remove it and ingest it again."""

    exit_code = 61


class TextDecodeError(RedactionInputError):
    """The text item is not valid UTF-8; convert it to UTF-8 and ingest it again."""


class TextTooLargeError(RedactionInputError):
    """The text item is larger than the project's limit; split it and ingest the parts."""


class ImageDecodeError(RedactionInputError):
    """The image cannot be decoded; export it again as PNG or JPEG and ingest it again."""


class ImageBombError(RedactionInputError):
    """The image has more pixels than allowed (possible decompression bomb); downscale it."""


class DicomReadError(RedactionInputError):
    """The file is not a readable DICOM dataset (truncated or damaged); export it again."""


class RedactionSetupError(RedactionError):
    """The redaction engine cannot start; run `make` to install the NLP model and tesseract."""

    exit_code = 62


class DicomPixelError(RedactionInputError):
    """The DICOM pixels cannot be decoded to check for burned-in text; export it uncompressed.

    The item was refused. A decoder for its transfer syntax (pylibjpeg) may also help."""


class ProjectSettingError(RedactionError):
    """The project's redaction settings are not valid; fix them and create the project again.

    No item is redacted with them (e.g. a bad recognizer or dicom_ocr value)."""

    exit_code = 63


class RedactionSettingsError(ProjectSettingError):
    """The redaction settings are not valid; fix the file and run the command again."""


class CropSettingError(RedactionInputError):
    """The crop setting is malformed; give left/top/right/bottom or cx/cy/width/height."""

    # A refused item like any malformed input (ingest goes on), but a settings mistake to fix.
    exit_code = 63


class SourceRefusedError(RedactionInputError):
    """The input was refused (not an accepted type, too big or unreadable); see the report."""
