"""`cleanroom demo [--folder DIR] [--window | --no-window]`.

With a display (or `--window`): the window, logged in as demo.annotator, the first text item
shown; no dialog in between, so a script can drive it under Xvfb. Without a display (or
`--no-window`): the terminal walkthrough of the workstation, then screenshots of the first
items rendered offscreen into DIR/screenshots. A second run reuses DIR.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.console import run_cli
from app.core.errors import UsageError

DEFAULT_FOLDER = Path("cleanroom-demo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom demo", description=__doc__)
    parser.add_argument(
        "--folder", type=Path, default=DEFAULT_FOLDER,
        help="the demo's folder (default ./cleanroom-demo); reused by the next run",
    )  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="on an error, print the traceback")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--window", action="store_true", help="open the window (needs a display)")
    mode.add_argument(
        "--no-window", action="store_true",
        help="terminal walkthrough and offscreen screenshots",
    )  # fmt: skip
    return parser


def _say(text: str) -> None:
    print(f"  {text}", flush=True)


def _open_first_text(window: object) -> None:
    from app.demo.screenshots import first_of_each_kind  # noqa: PLC0415
    from app.ui.qt.main_window import MainWindow  # noqa: PLC0415

    assert isinstance(window, MainWindow)
    shards = [s for s in window.bench.list_shards() if s.cached]
    if not shards or not window.open_shard(shards[0].shard_id):
        return
    first = first_of_each_kind(window)
    window.show_item(first.get("text", 0))


def run_window(folder: Path) -> int:
    from app.ui.app import make_application, require_display  # noqa: PLC0415

    require_display()
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from app.demo.world import prepare  # noqa: PLC0415
    from app.ui.qt.main_window import MainWindow  # noqa: PLC0415

    print(f"Cleanroom demo in {folder.resolve()} (demo keyring: NOT a secure keyring)")
    world, bench = prepare(folder, _say)
    try:
        app = make_application()
        assert isinstance(app, QApplication)
        window = MainWindow(bench, policy_source=str(world.policy_file))
        window.start()
        window.show()
        window.raise_()
        window.activateWindow()  # content shows only while the window is active
        _open_first_text(window)
        print("Window open: close it to stop the demo server.", flush=True)
        return int(app.exec())
    finally:
        bench.close()
        world.stop()


def run_terminal(folder: Path) -> int:
    from app.workstation.demo import run_demo  # noqa: PLC0415

    code = int(run_demo(folder, verbose=True))
    if code != 0:
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt aborts without a display
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from app.demo.screenshots import settle, take_screenshots  # noqa: PLC0415
    from app.demo.world import prepare  # noqa: PLC0415
    from app.ui.app import make_application  # noqa: PLC0415
    from app.ui.qt.main_window import MainWindow  # noqa: PLC0415

    print("\nThe window, offscreen: server, redaction, enrolment and login for real")
    world, bench = prepare(folder, _say)
    try:
        app = make_application()
        assert isinstance(app, QApplication)
        window = MainWindow(bench, policy_source=str(world.policy_file))
        window.start()
        window.show()
        settle(app)
        _open_first_text(window)
        written = take_screenshots(app, window, folder.resolve() / "screenshots")
        window.close()
        settle(app, 0.1)
    finally:
        bench.close()
        world.stop()
    print(f"\nScreenshots of the first items (watermarked) are in {written[0].parent}:")
    for path in written:
        print(f"  {path.name}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))

    def command() -> int:
        from app.ui.app import has_display  # noqa: PLC0415

        if args.window:
            return run_window(args.folder)
        if args.no_window or not has_display():
            return run_terminal(args.folder)
        if not has_display():
            raise UsageError("No display for the window; use --no-window.")
        return run_window(args.folder)

    return run_cli(command, debug=args.debug)
