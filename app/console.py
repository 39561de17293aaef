"""What both command lines share: one line per error, the README's exit codes, never a
traceback unless asked for with `--debug`.

A leaf module: `app.workstation.cli` and `app.server.cli` import it, it imports only
`app.core.errors`. Each CleanroomError class carries its exit code (README, "Exit codes").
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Final

from app.core.errors import CleanroomError

EXIT_OK: Final = 0
EXIT_BUG: Final = 1  # an unexpected error (a bug), or a file that cannot be read
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
UNEXPECTED: Final = (
    "UnexpectedError: unexpected error, please report it "
    "(run again with --debug to see the details)."
)


# Options whose value is a base64url key: such a value may start with "-".
KEY_OPTIONS: Final = frozenset({"--device-key", "--issuer-key", "--server-key", "--org-key"})


def glue_key_values(argv: Sequence[str]) -> list[str]:
    """`--issuer-key -Ab…` as `--issuer-key=-Ab…`: argparse takes a value that starts with
    "-" for an option and refuses the command, which one key in 64 would do."""
    glued: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg in KEY_OPTIONS:
            value = next(args, None)
            glued.append(arg if value is None else f"{arg}={value}")
        else:
            glued.append(arg)
    return glued


def run_cli(command: Callable[[], int], *, debug: bool) -> int:
    """Run a command and turn every exception into one line on stderr and an exit code.

    With `debug`, the traceback is printed before that line (for a developer, on their own
    data: a traceback may show values the one-line messages are careful to leave out).
    """
    try:
        return command()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CleanroomError as exc:
        _trace(debug)
        print(exc.diagnostics(), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        # A file the user named cannot be read or written: say which, not a traceback.
        _trace(debug)
        where = exc.filename or "no file name"
        print(f"OSError: {exc.strerror or exc} ({where}).", file=sys.stderr)
        return EXIT_BUG
    except Exception:
        # A bug. Its message may hold anything (even item content): never print it by default.
        _trace(debug)
        print(UNEXPECTED, file=sys.stderr)
        return EXIT_BUG


def _trace(debug: bool) -> None:
    if debug:
        traceback.print_exc(file=sys.stderr)
