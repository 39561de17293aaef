"""What both command lines share: one line per error, documented exit codes, no tracebacks.

Exit codes: 0 success; 1 unexpected error (a bug: report it); 2 usage; 3 bad encoding;
4 key material; 10 shard rejected; 20 journal does not verify; 30 policy rejected;
40 store; 50 server or sync; 60 redaction. (Each CleanroomError class carries its code.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from app.core.errors import CleanroomError

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2


def run_cli(command: Callable[[], int]) -> int:
    """Run a command; a CleanroomError becomes its one-line diagnostics and its exit code."""
    try:
        return command()
    except CleanroomError as exc:
        print(exc.diagnostics(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        # A file the user named cannot be read or written: say which, not a traceback.
        print(f"OSError: {exc.strerror or exc} ({exc.filename or 'no file name'})", file=sys.stderr)
        return EXIT_BUG
