"""Process hygiene at start: no core dumps, private file modes, no ptrace by other processes.

A core dump or a debugger attached by another process of the same user would copy
decrypted items out of memory onto disk. `harden_process()` runs first thing in the
workstation's main.

Windows has no RLIMIT_CORE. The equivalent is to keep Windows Error Reporting from writing
a dump of the process: `SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)` at
start, and `WerAddExcludedApplication("cleanroom.exe", TRUE)` (or the managed policy key
`HKLM\\SOFTWARE\\Microsoft\\Windows\\Windows Error Reporting\\ExcludedApplications`) set by
the installer, plus `LocalDumps` left unconfigured for the executable. macOS: RLIMIT_CORE
works as on Linux; `PT_DENY_ATTACH` is the ptrace counterpart and is left to the bundle.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from typing import Final

PRIVATE_UMASK: Final = 0o077
PR_SET_DUMPABLE: Final = 4


@dataclass(frozen=True)
class Hardening:
    """What `harden_process` achieved (the doctor command reports it)."""

    core_dumps_disabled: bool
    umask_private: bool
    not_dumpable: bool


def disable_core_dumps() -> bool:
    """Set RLIMIT_CORE to (0, 0); True when the limit is now zero."""
    if sys.platform == "win32":  # see the module docstring for the Windows equivalent
        return False
    import resource  # POSIX only  # noqa: PLC0415

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def set_private_umask() -> bool:
    """Files and folders we create are readable by this user only (0600 / 0700)."""
    if sys.platform == "win32":
        return False
    os.umask(PRIVATE_UMASK)
    return True


def set_not_dumpable() -> bool:
    """Linux: PR_SET_DUMPABLE 0, so no core file and no ptrace from other user processes."""
    if not sys.platform.startswith("linux"):
        return False
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0


def harden_process() -> Hardening:
    return Hardening(disable_core_dumps(), set_private_umask(), set_not_dumpable())
