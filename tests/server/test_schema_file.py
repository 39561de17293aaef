"""`project create --schema FILE` reads the file strictly: an unknown key is one clear line
naming it, exit 50 (the server refused), and nothing is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.server.cli import main


def test_project_create_refuses_an_unknown_key_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    assert main(["init", str(home), "--server-url", "https://127.0.0.1:9"]) == 0
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"version": 1, "labels": [
        {"name": "lesion", "kind": "box", "colour": "#E69F00"}]}))  # fmt: skip
    capsys.readouterr()
    code = main(["--home", str(home), "project", "create", "p", "--schema", str(schema)])
    err = capsys.readouterr().err
    assert code == 50  # the server refused (README exit codes)
    assert "labels[0] has the key 'colour'" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    schema.write_text(json.dumps({"version": 1, "labels": [
        {"name": "lesion", "kind": "box", "color": "#E69F00"}]}))  # fmt: skip
    assert main(["--home", str(home), "project", "create", "p", "--schema", str(schema)]) == 0
