"""`make interop`: Cleanroom and a real Label Studio (1.23.2, its own venv), both ways.

1. A Cleanroom server home with two projects made from Label Studio labeling configs (text
   spans + choices; image rectangles + polygons + choices), items ingested through the
   redaction pipeline, labels stored by two annotators as uploads store them.
2. Label Studio started offline on 127.0.0.1 (`label-studio start --no-browser`, the user
   from LABEL_STUDIO_USERNAME / _PASSWORD / _USER_TOKEN); per project: create it with the
   stored config through the API, import Cleanroom's `labelstudio` export, read every
   task's annotations back through the API and compare them with what Cleanroom stored.
3. Export each Label Studio project with annotations as JSON and as JSON_MIN, ingest each
   into a fresh Cleanroom project made from the same config, and compare again.

Usage: python -m tests.interop.run_labelstudio [--label-studio PATH] [--keep DIR]
Exit 0 when every comparison matches; prints one summary line per comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests
from PIL import Image, ImageDraw

from app.core.labels import LabelVersion
from app.server.auth import Principal
from app.server.cli import main as cleanroom
from app.server.config import ServerConfig, read_key
from app.server.home import init_home
from app.server.interop.labelstudio_config import parse_labeling_config
from app.server.interop.labelstudio_import import IMPORT_SHARD
from app.server.interop.labelstudio_parse import LSAnnotation, convert
from app.server.models import Item, Label, User, make_engine
from app.server.sealing import load_sealer, register_sealer
from app.server.services import users
from app.server.services.labels import store_labels

ROOT = Path(__file__).resolve().parents[2]
TEXT_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text"><Label value="Drug"/><Label value="Finding"/></Labels>
  <Choices name="urgency" toName="text"><Choice value="routine"/><Choice value="urgent"/></Choices>
</View>"""
IMAGE_CONFIG = """<View>
  <Image name="img" value="$image"/>
  <RectangleLabels name="box" toName="img"><Label value="Lesion"/></RectangleLabels>
  <PolygonLabels name="poly" toName="img"><Label value="Organ"/></PolygonLabels>
  <Choices name="quality" toName="img"><Choice value="good"/><Choice value="poor"/></Choices>
</View>"""
TEXTS = (
    "Ibuprofen 400 mg at night; the rash faded by the next visit.",
    "Paracetamol as needed. Mild cough, no fever.",
    "Amoxicillin started; 🙂 breathing eased, rash unchanged.",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quiet(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cleanroom(list(argv))
    return code, out.getvalue()


class Cleanroom:
    """A server home driven through its command line, and its database for the checks."""

    def __init__(self, home: Path) -> None:
        init_home(home, server_url="https://127.0.0.1:8443")
        self.home = home
        url = f"sqlite:///{home}/cleanroom.db"
        register_sealer(url, load_sealer(home))
        self.config = ServerConfig(
            database_url=url, signing_key=read_key(home / "server_signing.key")
        )
        from sqlalchemy.orm import sessionmaker

        self.sessions = sessionmaker(make_engine(url), expire_on_commit=False)

    def run(self, *argv: str, ok: tuple[int, ...] = (0,)) -> str:
        code, out = quiet("--home", str(self.home), *argv)
        if code not in ok:
            raise SystemExit(f"cleanroom-server {argv[0]} exited {code}:\n{out}")
        return out

    def project(self, config: str, tmp: Path) -> str:
        project = f"p-{uuid.uuid4().hex[:8]}"
        path = tmp / f"{project}.xml"
        path.write_text(config, encoding="utf-8")
        self.run("project", "create", project, "--labeling-config", str(path))
        return project

    def user(self) -> str:
        name = f"ann-{uuid.uuid4().hex[:6]}"
        with self.sessions() as db:
            users.add_user(db, self.config, name, "annotator", password=secrets.token_urlsafe(12))
        return name

    def store(self, project: str, username: str, item_id: str, labels: list[Any]) -> None:
        with self.sessions() as db:
            user = db.query(User).filter_by(username=username).one()
            caller = Principal(user.id, username, "annotator", "dev-interop")
            versions = [
                LabelVersion(
                    f"a-{uuid.uuid4().hex[:10]}",
                    1,
                    project,
                    "sh-interop",
                    item_id,
                    user.id,
                    kind,
                    value,
                    int(time.time() * 1000),
                )
                for kind, value in labels
            ]
            store_labels(db, self.config, caller, versions)
            db.commit()

    def items(self, project: str) -> list[Item]:
        with self.sessions() as db:
            return db.query(Item).filter_by(project_id=project).order_by(Item.id).all()

    def labels(self, project: str) -> list[Label]:
        with self.sessions() as db:
            return db.query(Label).filter_by(project_id=project).all()


# --- what is compared ---------------------------------------------------------------------------


def shown(kind: str, value: dict[str, Any], text: str | None) -> str:
    """A label as a person would check it: spans by the words they cover."""
    if kind == "span" and text is not None:
        return f"span {value['label']}:{text[value['start'] : value['end']]!r}"
    return f"{kind} {json.dumps(value, sort_keys=True)}"


def cleanroom_answers(room: Cleanroom, project: str, key: str) -> Counter[str]:
    """Each stored label as (item content key, label), keyed by what identifies the item
    in both tools: the text itself, or the image's size and first pixel."""
    items = {i.id: i for i in room.items(project)}
    out: Counter[str] = Counter()
    for row in room.labels(project):
        item = items[row.item_id]
        text = item.data.decode() if item.kind == "text" else None
        out[f"{identity(item)} | {shown(row.kind, row.value, text)}"] += 1
    return out


def text_key(text: str) -> str:
    """A text's words without redaction placeholders (redacting a redacted text again
    wraps some placeholders once more: `<LOCATION_1>` -> `<<LOCATION_1>>`)."""
    return re.sub(r"<+[A-Z_]+_\d+>+", "<>", text)[:40]


def identity(item: Item) -> str:
    if item.kind == "text":
        return text_key(item.data.decode())
    return f"image {item.meta.get('width')}x{item.meta.get('height')}"


# --- Label Studio -------------------------------------------------------------------------------


@contextlib.contextmanager
def label_studio(exe: Path, data_dir: Path) -> Iterator[tuple[str, dict[str, str]]]:
    port, token, password = free_port(), secrets.token_hex(20), secrets.token_urlsafe(16)
    env = os.environ | {
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "LABEL_STUDIO_USERNAME": "interop@cleanroom.invalid",
        "LABEL_STUDIO_PASSWORD": password,
        "LABEL_STUDIO_USER_TOKEN": token,
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        "LOCAL_FILES_SERVING_ENABLED": "true",
        "SENTRY_DSN": "",
        "FRONTEND_SENTRY_DSN": "",
        "COLLECT_ANALYTICS": "false",
    }
    log = (data_dir / "label-studio.log").open("wb")
    proc = subprocess.Popen(
        [str(exe), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=data_dir,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise SystemExit(f"Label Studio exited {proc.returncode}; see {log.name}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{url}/health", timeout=2).ok:
                    break
            time.sleep(1)
        else:
            raise SystemExit(f"Label Studio did not start in 300 s; see {log.name}")
        enable_token(url, "interop@cleanroom.invalid", password)
        yield url, {"Authorization": f"Token {token}"}
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def enable_token(url: str, email: str, password: str) -> None:
    """Label Studio 1.23 starts with legacy tokens (the LABEL_STUDIO_USER_TOKEN one) turned
    off for the organisation: log in as that user and turn them on (/api/jwt/settings)."""
    web = requests.Session()
    web.get(f"{url}/user/login/", timeout=30)
    csrf = web.cookies.get("csrftoken", "")
    web.post(f"{url}/user/login/", data={"email": email, "password": password,
             "csrfmiddlewaretoken": csrf}, headers={"Referer": f"{url}/user/login/"},
             timeout=30)  # fmt: skip
    answer = web.post(
        f"{url}/api/jwt/settings", json={"api_tokens_enabled": True,
                                         "legacy_api_tokens_enabled": True},
        headers={"X-CSRFToken": web.cookies.get("csrftoken", csrf), "Referer": url}, timeout=30,
    )  # fmt: skip
    if not answer.ok:
        raise SystemExit(f"cannot enable API tokens: HTTP {answer.status_code} {answer.text[:300]}")


def api(method: str, url: str, headers: dict[str, str], **kw: Any) -> Any:
    response = requests.request(method, url, headers=headers, timeout=120, **kw)
    if not response.ok:
        raise SystemExit(f"{method} {url}: HTTP {response.status_code}: {response.text[:400]}")
    return response.json() if response.content else None


def ls_answers(
    tasks: list[dict[str, Any]], config: str, sizes: dict[str, tuple[int, int]]
) -> Counter[str]:
    """Label Studio's annotations read back, as Cleanroom label values (the same reader
    ingest uses), keyed like `cleanroom_answers`."""
    parsed = parse_labeling_config(config)
    out: Counter[str] = Counter()
    for task in tasks:
        value = task["data"][parsed.data_key]
        text = value if parsed.item_kind == "text" else None
        size = sizes.get(value)
        key = text_key(value) if text is not None else f"image {size[0]}x{size[1]}" if size else "?"
        for annotation in task["annotations"]:
            ann = LSAnnotation("annotation", "", tuple(annotation["result"]))
            converted = convert(ann, parsed, text=text, size=size)
            for left in converted.left_out:
                out[f"{key} | NOT READ: {left}"] += 1
            for kind, val in converted.labels:
                out[f"{key} | {shown(kind, val, text)}"] += 1
    return out


def compare(title: str, want: Counter[str], got: Counter[str]) -> bool:
    same = want == got
    print(f"{'OK  ' if same else 'DIFF'} {title}: {sum(want.values())} labels in Cleanroom, "
          f"{sum(got.values())} read back, {sum((want & got).values())} equal")  # fmt: skip
    for line in sorted((want - got).elements()):
        print(f"       only in Cleanroom: {line}")
    for line in sorted((got - want).elements()):
        print(f"       only read back:    {line}")
    return same


# --- the run -------------------------------------------------------------------------------------


def png(width: int, height: int, shade: int) -> bytes:
    image = Image.new("RGB", (width, height), (shade, 140, 160))
    ImageDraw.Draw(image).rectangle((10, 10, 40, 30), fill=(250, 250, 250))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def build_text_project(room: Cleanroom, tmp: Path) -> str:
    project = room.project(TEXT_CONFIG, tmp)
    folder = tmp / "texts"
    folder.mkdir()
    for n, text in enumerate(TEXTS):
        (folder / f"note{n}.txt").write_text(text, encoding="utf-8")
    room.run("ingest", project, str(folder))
    one, two = room.user(), room.user()
    for item in room.items(project):
        text = item.data.decode()
        drug_end = text.index(" ")
        found = next(w for w in ("rash", "cough", "breathing") if w in text.lower())
        at = text.lower().index(found)
        room.store(project, one, item.id, [
            ("span", {"start": 0, "end": drug_end, "label": "Drug"}),
            ("span", {"start": at, "end": at + len(found), "label": "Finding"}),
            ("class", {"labels": ["routine"]}),
        ])  # fmt: skip
        room.store(project, two, item.id, [("class", {"labels": ["urgent"]})])
    return project


def build_image_project(room: Cleanroom, tmp: Path) -> str:
    project = room.project(IMAGE_CONFIG, tmp)
    folder = tmp / "images"
    folder.mkdir()
    for n, (w, h) in enumerate(((200, 100), (120, 160))):
        (folder / f"scan{n}.png").write_bytes(png(w, h, 40 * n))
    room.run("ingest", project, str(folder))
    one = room.user()
    for item in room.items(project):
        w, h = item.meta["width"], item.meta["height"]
        room.store(project, one, item.id, [
            ("box", {"x": 10, "y": 10, "w": w // 2, "h": h // 4, "label": "Lesion"}),
            ("polygon", {"points": [[0, 0], [w // 2, 0], [w // 2, h // 2]], "label": "Organ"}),
            ("class", {"labels": ["good"]}),
        ])  # fmt: skip
    return project


def round_trip(
    room: Cleanroom, ls: tuple[str, dict[str, str]], project: str, config: str, tmp: Path
) -> bool:
    url, headers = ls
    ok = True
    out = tmp / f"export-{project}"
    room.run("export", project, "--format", "labelstudio", "--out", str(out))
    tasks = json.loads((out / "labelstudio.json").read_text(encoding="utf-8"))
    manifest = json.loads((out / "manifest.json").read_text())["manifest"]["labelstudio"]
    print(f"---- {project}: {len(tasks)} tasks, {manifest['annotations']} annotations, "
          f"data: {manifest['data']}, left out: {manifest['left_out'] or 'none'}")  # fmt: skip
    created = api("POST", f"{url}/api/projects", headers,
                  json={"title": f"cleanroom {project}", "label_config": config})  # fmt: skip
    pid = created["id"]
    known = {u["email"] for u in api("GET", f"{url}/api/users/", headers)}
    for email in sorted(set(manifest["annotators"]) - known):  # as a team admin invites them
        api("POST", f"{url}/api/users/", headers, json={"email": email, "username": email})
    imported = api("POST", f"{url}/api/projects/{pid}/import", headers, json=tasks)
    print(f"Label Studio project {pid}: imported {imported.get('task_count')} tasks, "
          f"{imported.get('annotation_count')} annotations, "
          f"{imported.get('prediction_count')} predictions")  # fmt: skip
    listed = api("GET", f"{url}/api/tasks", headers, params={"project": pid, "page_size": 1000})
    read: list[dict[str, Any]] = []
    for task in listed["tasks"] if isinstance(listed, dict) else listed:
        anns = api("GET", f"{url}/api/tasks/{task['id']}/annotations/", headers)
        read.append({"data": task["data"], "annotations": anns})
    sizes = {
        f"/data/local-files/?d={i.id}.png": (i.meta["width"], i.meta["height"])
        for i in room.items(project) if i.kind == "image"
    }  # fmt: skip
    want = cleanroom_answers(room, project, "")
    ok &= compare(
        "Cleanroom -> Label Studio (API read-back)", want, ls_answers(read, config, sizes)
    )
    authors = {a.get("completed_by") for t in read for a in t["annotations"]}
    per_task = sorted(len(t["annotations"]) for t in read)
    print(f"     annotations per task in Label Studio: {per_task}; authors seen: {len(authors)}")
    for fmt in ("JSON", "JSON_MIN"):
        raw = requests.get(f"{url}/api/projects/{pid}/export", headers=headers,
                           params={"exportType": fmt, "download_all_tasks": "true"},
                           timeout=300)  # fmt: skip
        if not raw.ok:
            raise SystemExit(f"export {fmt}: HTTP {raw.status_code}: {raw.text[:300]}")
        folder = tmp / f"ls-{fmt}-{project}"
        folder.mkdir()
        (folder / f"project-{pid}-{fmt}.json").write_bytes(raw.content)
        fresh = room.project(config, tmp)
        media = ["--media-root", str(tmp / "media")] if sizes else []
        said = room.run("ingest", fresh, str(folder), *media, ok=(0, 61))
        print(f"     ingest of Label Studio {fmt} export into {fresh}:")
        for line in said.strip().splitlines():
            if not line.startswith("details:"):
                print(f"       {line.strip()}")
        # Imported labels have one pseudonym per Label Studio annotator; compare content.
        back = cleanroom_answers(room, fresh, "")
        ok &= compare(f"Label Studio {fmt} -> Cleanroom (ingest)", want, back)
        with room.sessions() as db:
            shards = {r.shard_id for r in db.query(Label).filter_by(project_id=fresh)}
        ok &= shards <= {IMPORT_SHARD}
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label-studio", default=str(ROOT / ".interop/ls-venv/bin/label-studio"))
    parser.add_argument("--keep", help="keep the work folder here (default: a temp folder)")
    args = parser.parse_args()
    exe = Path(args.label_studio).absolute()
    if not exe.exists():
        print(f"no Label Studio at {exe}; run `make interop`", file=sys.stderr)
        return 2
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cr-interop-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        room = Cleanroom(tmp / "home")
        text_project = build_text_project(room, tmp)
        image_project = build_image_project(room, tmp)
        # The images Label Studio's tasks reference (/data/local-files/?d=<item>.png): the
        # redacted images as Cleanroom stores them, where --media-root finds them again.
        (tmp / "media").mkdir()
        for item in room.items(image_project):
            (tmp / "media" / f"{item.id}.png").write_bytes(item.data)
        (tmp / "ls").mkdir()
        started = time.monotonic()
        with label_studio(exe, tmp / "ls") as ls:
            print(f"Label Studio {ls_version(exe)} up on {ls[0]} in "
                  f"{time.monotonic() - started:.0f} s")  # fmt: skip
            ok = round_trip(room, ls, text_project, TEXT_CONFIG, tmp)
            ok &= round_trip(room, ls, image_project, IMAGE_CONFIG, tmp)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print("interop: all comparisons match" if ok else "interop: DIFFERENCES (see above)")
    return 0 if ok else 1


def ls_version(exe: Path) -> str:
    meta = exe.parent.parent / "lib"
    found = sorted(meta.glob("python*/site-packages/label_studio-*.dist-info"))
    return found[0].name.removesuffix(".dist-info").split("-")[1] if found else "?"


if __name__ == "__main__":
    raise SystemExit(main())
