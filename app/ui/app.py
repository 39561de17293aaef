"""`cleanroom` with no command: the annotator's window.

The signed policy and the organisation's key come from `--policy`/`--org-key`, else
`CLEANROOM_POLICY`/`CLEANROOM_ORG_KEY`, else `policy.json`/`org_policy.pub` in the data
folder (where a managed install puts them). Without a display the command says so in one
line (exit 2): Qt would otherwise abort the process.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from app.console import glue_key_values
from app.core.errors import PolicyError, UsageError
from app.core.keys import VerifyKey
from app.core.policy import Policy, verify_policy
from app.workstation.paths import STORE_FILE, data_dir

ENV_POLICY: Final = "CLEANROOM_POLICY"
ENV_ORG_KEY: Final = "CLEANROOM_ORG_KEY"
NO_DISPLAY: Final = (
    "No display: set DISPLAY or WAYLAND_DISPLAY (or run `cleanroom demo --no-window` for the "
    "terminal walkthrough)."
)


def has_display() -> bool:
    """Qt can open a window here: a display on Linux/BSD, or an explicit QPA platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def require_display() -> None:
    if not has_display():
        raise UsageError(NO_DISPLAY)


def load_policy(policy_file: Path, org_key: str) -> Policy:
    try:
        raw = policy_file.read_bytes()
    except OSError:
        raise PolicyError(
            f"No signed policy at {policy_file}; IT installs it (or give --policy)."
        ) from None
    key = VerifyKey.from_b64u(org_key.strip())
    return verify_policy(raw, {key.kid: key})


QUIET_QT_MESSAGES: Final = ("This plugin does not support propagateSizeHints()",)


def _qt_message(mode: object, context: object, message: str) -> None:
    """Qt's own warnings to stderr, without the offscreen platform's harmless noise."""
    if message not in QUIET_QT_MESSAGES:
        print(message, file=sys.stderr)


PYSIDE_REFCOUNT_BUG: Final = (
    "Warning: this PySide6 build drops a reference to None on every call that returns "
    "nothing (seen with 6.12.0 on Python 3.11), so the window will abort after a while; "
    "install PySide6-Essentials 6.11 (saved labels are safe either way)."
)


def pyside_drops_none() -> bool:
    """True when calls into Qt that return nothing lose a reference to None (a PySide6 bug
    that ends the process with "deallocating None" after a few thousand calls)."""
    from PySide6.QtCore import QObject  # noqa: PLC0415

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(4):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def make_application(argv: Sequence[str] = ()) -> object:
    """The QApplication (one per process), with the app font left to the OS."""
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415 - Qt only with a display
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Cleanroom")
    app.setOrganizationName("Cleanroom")
    if pyside_drops_none():
        print(PYSIDE_REFCOUNT_BUG, file=sys.stderr)
    return app


def run_window(bench: object, *, policy_source: str, start: bool = True) -> int:
    """Show the window over `bench` (a Workbench) and run the event loop."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from app.ui.qt.main_window import MainWindow  # noqa: PLC0415
    from app.workstation.workbench import Workbench  # noqa: PLC0415

    assert isinstance(bench, Workbench)
    app = make_application()
    assert isinstance(app, QApplication)
    window = MainWindow(bench, policy_source=policy_source)
    if start:
        window.start()
    window.show()
    try:
        return int(app.exec())
    finally:
        bench.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom", description="The annotator's window.")
    parser.add_argument("--policy", type=Path, help="signed policy file")
    parser.add_argument("--org-key", help="organisation policy key (b64u)")
    parser.add_argument("--keyring-service", default="cleanroom")
    parser.add_argument("--data-dir", type=Path, help="the workstation's folder")
    return parser


def main(argv: Sequence[str] = ()) -> int:
    args = build_parser().parse_args(glue_key_values(argv))
    require_display()
    folder = args.data_dir or data_dir()
    policy_file = args.policy or Path(os.environ.get(ENV_POLICY) or folder / "policy.json")
    org_key = args.org_key or os.environ.get(ENV_ORG_KEY)
    if org_key is None:
        key_file = folder / "org_policy.pub"
        try:
            org_key = key_file.read_text(encoding="utf-8")
        except OSError:
            raise PolicyError(
                f"No organisation key at {key_file}; IT installs it (or give --org-key)."
            ) from None
    policy = load_policy(policy_file, org_key)
    from app.workstation.keystore import KeyStore  # noqa: PLC0415
    from app.workstation.workbench import Workbench  # noqa: PLC0415

    bench = Workbench(policy, KeyStore(args.keyring_service), folder / STORE_FILE)
    return run_window(bench, policy_source=str(policy_file))
