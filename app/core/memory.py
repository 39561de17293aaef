"""Plaintext that can be wiped: decrypted item bytes live in bytearrays, never in str."""

from __future__ import annotations


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a writable buffer with zeros in place.

    Python may still hold transient copies (for example inside the AEAD call); wiping the
    buffers we own shortens how long plaintext stays readable in a memory image.
    """
    view = memoryview(buffer).cast("B")
    view[:] = bytes(len(view))
