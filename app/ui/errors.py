"""Errors of the window.

CleanroomError
└── ShardError
    └── ItemDisplayError     an item's bytes cannot be shown (not the image or DICOM
                             file its kind says); that item shows the message, the rest
                             of the shard stays usable
"""

from __future__ import annotations

from app.core.errors import ShardError


class ItemDisplayError(ShardError):
    """This item cannot be shown; skip it and tell the data steward."""
