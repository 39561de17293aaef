"""Random-access byte sources, so a sealed shard can be read without loading it whole.

The core opens no files: callers pass bytes, or a binary file object they opened.
"""

from __future__ import annotations

import os
import threading
from typing import BinaryIO, Protocol


class ByteSource(Protocol):
    def size(self) -> int: ...

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to `length` bytes from `offset`; fewer only at the end of the source."""
        ...


class BytesSource:
    """A source over bytes already in memory (small shards, tests)."""

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._data = memoryview(data).toreadonly()

    def size(self) -> int:
        return len(self._data)

    def read_at(self, offset: int, length: int) -> bytes:
        return bytes(self._data[offset : offset + length])


class FileSource:
    """A source over a seekable binary file object; safe to share between threads."""

    def __init__(self, fileobj: BinaryIO) -> None:
        self._file = fileobj
        self._lock = threading.Lock()
        with self._lock:
            self._size = fileobj.seek(0, os.SEEK_END)

    def size(self) -> int:
        return self._size

    def read_at(self, offset: int, length: int) -> bytes:
        with self._lock:
            self._file.seek(offset)
            return self._file.read(length)
