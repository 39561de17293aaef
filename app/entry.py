"""The `cleanroom` console script: the window, the demo, or the workstation's commands.

    cleanroom [--policy F --org-key K ...]   the annotator's window (app.ui.app)
    cleanroom demo [...]                      the demo (app.demo)
    cleanroom doctor|shard ...                app.workstation.cli

Each imports only what it needs, so `cleanroom doctor` never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.console import run_cli

WINDOW_OPTIONS = ("--policy", "--org-key", "--keyring-service", "--data-dir", "--debug")


def _is_window(argv: Sequence[str]) -> bool:
    return not argv or argv[0] == "window" or argv[0].split("=")[0] in WINDOW_OPTIONS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _is_window(args):
        from app.ui.app import main as window_main  # noqa: PLC0415

        rest = args[1:] if args and args[0] == "window" else args
        debug = "--debug" in rest
        rest = [a for a in rest if a != "--debug"]
        return run_cli(lambda: window_main(rest), debug=debug)
    if args[0] == "demo":
        try:
            from app.demo.cli import main as demo_main  # noqa: PLC0415
        except ImportError:  # managed builds leave the demo (and the server) out
            print("UsageError: This build has no demo; use a developer install.", file=sys.stderr)
            return 2
        return demo_main(args[1:])
    from app.workstation.cli import main as cli_main  # noqa: PLC0415

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
