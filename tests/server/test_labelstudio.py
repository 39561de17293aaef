"""Label Studio in and out: projects from a labeling config, an export that Label Studio's own
SDK (`LabelInterface`) accepts, and ingest of Label Studio exports (JSON and JSON_MIN) with
their annotations, spans moved onto redacted text, media found by upload URL, local-files
URL or relative path, and no file ingested twice."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from label_studio_sdk.label_interface import LabelInterface
from PIL import Image

from app.core.labels import LabelVersion
from app.server.auth import Principal
from app.server.cli import EXIT_SOME_REFUSED, main
from app.server.errors import LabelStudioError
from app.server.interop.labelstudio_config import parse_labeling_config
from app.server.interop.labelstudio_import import IMPORT_SHARD, SPAN_OVER_PLACEHOLDER, remap_span
from app.server.models import Item, Label, LabelProvenance, RedactionReportRow, User
from app.server.services import assign, users
from app.server.services.labels import latest_labels, store_labels
from app.server.services.projects import create_project
from tests.server.harness import Harness

TEXT_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text">
    <Label value="Finding" background="#ff0000"/><Label value="Drug"/>
  </Labels>
  <Choices name="urgency" toName="text" choice="single">
    <Choice value="routine"/><Choice value="urgent"/>
  </Choices>
</View>"""
IMAGE_CONFIG = """<View>
  <Image name="img" value="$image"/>
  <RectangleLabels name="box" toName="img">
    <Label value="Lesion"/><Label value="Device"/>
  </RectangleLabels>
  <PolygonLabels name="poly" toName="img"><Label value="Organ"/></PolygonLabels>
  <Choices name="quality" toName="img"><Choice value="good"/><Choice value="poor"/></Choices>
</View>"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def png(width: int, height: int, color: tuple[int, int, int] = (90, 120, 150)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="PNG")
    return out.getvalue()


def create(
    capsys: pytest.CaptureFixture[str], harness: Harness, tmp_path: Path, config: str, *extra: str
) -> str:
    project = f"ls-{uuid.uuid4().hex[:8]}"
    path = tmp_path / f"{project}.xml"
    path.write_text(config, encoding="utf-8")
    argv = ["--home", str(harness.home), "project", "create", project, "--labeling-config"]
    code, out = run(capsys, *argv, str(path), *extra)
    assert code == 0, out
    return project


def ingest(
    capsys: pytest.CaptureFixture[str], harness: Harness, project: str, folder: Path, *extra: str
) -> tuple[int, str]:
    return run(capsys, "--home", str(harness.home), "ingest", project, str(folder), *extra)


def store(harness: Harness, project: str, username: str, item_id: str, labels: list[Any]) -> None:
    """Labels of one annotator, stored as an upload stores them (store_labels)."""
    with harness.db() as db:
        user = db.query(User).filter_by(username=username).one()
        caller = Principal(user.id, username, "annotator", "dev-test")
        versions = [
            LabelVersion(
                f"a-{uuid.uuid4().hex[:10]}",
                1,
                project,
                "sh-test",
                item_id,
                user.id,
                kind,
                value,
                1_700_000_000_000,
            )
            for kind, value in labels
        ]
        store_labels(db, harness.config, caller, versions)
        db.commit()


def export(capsys: pytest.CaptureFixture[str], harness: Harness, project: str, out: Path) -> Any:
    code, text = run(
        capsys, "--home", str(harness.home), "export", project, "--format", "labelstudio",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, text
    return json.loads((out / "labelstudio.json").read_text(encoding="utf-8"))


def validate(interface: LabelInterface, task: dict[str, Any]) -> None:
    """The SDK's own checks. (validate_task of a task with annotations calls
    validate_annotation without its argument in label-studio-sdk 2.0.19: the task's data and
    each annotation are checked apart.)"""
    bare = {k: v for k, v in task.items() if k not in ("annotations", "predictions")}
    assert interface.validate_task(bare) is True
    for annotation in task["annotations"]:
        assert interface._validate_object_logic(annotation) == []
        assert interface.validate_annotation(annotation) is True


def items(harness: Harness, project: str) -> list[Item]:
    with harness.db() as db:
        return db.query(Item).filter_by(project_id=project).order_by(Item.id).all()


def imported(harness: Harness, project: str) -> list[tuple[Label, LabelProvenance]]:
    with harness.db() as db:
        rows = db.query(Label).filter_by(project_id=project, shard_id=IMPORT_SHARD).all()
        prov = {
            (p.user_id, p.annotation_id): p
            for p in db.query(LabelProvenance).filter_by(project_id=project)
        }
        return [(r, prov[(r.user_id, r.annotation_id)]) for r in rows]


def add_user(harness: Harness) -> str:
    name = f"ann-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        users.add_user(db, harness.config, name, "annotator", password="correct horse 42")
    return name


# --- the labeling config -----------------------------------------------------------------------


def test_schemas_derive_from_labeling_configs() -> None:
    text = parse_labeling_config(TEXT_CONFIG)
    assert (text.item_kind, text.data_key) == ("text", "text")
    assert text.schema() == {
        "version": 1,
        "labels": [{"name": "Finding", "kind": "span"}, {"name": "Drug", "kind": "span"}],
        "classes": [{"name": "routine"}, {"name": "urgent"}],
        "multi_class": False,
    }
    image = parse_labeling_config(IMAGE_CONFIG.encode())
    assert [(d["name"], d["kind"]) for d in image.schema()["labels"]] == [
        ("Lesion", "box"), ("Device", "box"), ("Organ", "polygon"),
    ]  # fmt: skip
    plain = parse_labeling_config(
        '<View><Image name="i" value="$img"/><Rectangle name="bbox" toName="i"/>'
        '<Choices name="c" toName="i" choice="multiple"><Choice value="x"/></Choices></View>'
    )
    assert plain.data_key == "img"
    assert plain.schema()["labels"] == [{"name": "bbox", "kind": "box"}]
    assert plain.schema()["multi_class"] is True


@pytest.mark.parametrize(
    ("xml", "says"),
    [
        ('<View><Audio name="a" value="$audio"/></View>', "<Audio>"),
        ('<View><Text name="t" value="$text"/><TextArea name="x" toName="t"/></View>',
         "<TextArea>"),
        ('<View><Image name="i" value="$image"/><Labels name="l" toName="i">'
         '<Label value="a"/></Labels></View>', "<Labels> on an <Image>"),
        ('<View><Text name="t" value="$text"/></View>', "no control tags"),
        ('<View><Text name="t" value="$text"/><Labels name="l" toName="other">'
         '<Label value="a"/></Labels></View>', "toName"),
        ("<View><Text", "not well-formed"),
        ('<!DOCTYPE v [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><View>&b;</View>', "DTD"),
        ('<!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]><View>&x;</View>', "DTD"),
    ],
)  # fmt: skip
def test_unsupported_or_hostile_configs_get_one_clear_error(xml: str, says: str) -> None:
    with pytest.raises(LabelStudioError) as err:
        parse_labeling_config(xml)
    assert says in err.value.message
    assert err.value.message.endswith(".")
    assert err.value.exit_code == 50


def test_project_create_refuses_a_bad_config_with_one_line(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.xml"
    path.write_text('<View><Video name="v" value="$video"/></View>')
    code = main(["--home", str(harness.home), "project", "create", "ls-bad", "--labeling-config",
                 str(path)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 50
    assert "<Video>" in err
    assert "Traceback" not in err


def ingest_one_text(
    capsys: pytest.CaptureFixture[str], harness: Harness, tmp_path: Path, project: str, text: str
) -> Item:
    """Ingest `text` as the project's one text file; the stored (redacted) item."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    assert ingest(capsys, harness, project, folder)[0] == 0
    (item,) = items(harness, project)
    return item


# --- export ---------------------------------------------------------------------------------------


def test_text_export_validates_and_groups_one_annotation_per_annotator(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, TEXT_CONFIG)
    item = ingest_one_text(capsys, harness, tmp_path, project, "Aspirin 😀 helped; no finding.")
    text = item.data.decode()
    one, two = add_user(harness), add_user(harness)
    start = text.index("helped")
    store(harness, project, one, item.id, [
        ("span", {"start": 0, "end": 7, "label": "Drug"}),
        ("span", {"start": start, "end": start + 6, "label": "Finding"}),
        ("class", {"labels": ["urgent"]}),
    ])  # fmt: skip
    store(harness, project, two, item.id, [("class", {"labels": ["routine"]})])

    tasks = export(capsys, harness, project, tmp_path / "out")

    interface = LabelInterface(parse_labeling_config(TEXT_CONFIG).xml)
    (task,) = tasks
    validate(interface, task)
    assert task["data"] == {"text": text}  # the redacted text as stored
    assert task["predictions"] == []
    assert [type(a["id"]) for a in task["annotations"]] == [int, int]
    assert len(task["annotations"]) == 2  # one per annotator: spans and class together
    for annotation in task["annotations"]:
        assert annotation["completed_by"]["email"].endswith("@cleanroom.invalid")
    first = next(a for a in task["annotations"] if len(a["result"]) == 3)
    spans = [r for r in first["result"] if r["type"] == "labels"]
    # UTF-16 offsets: the emoji before "helped" counts twice in Label Studio.
    helped = next(r for r in spans if r["value"]["labels"] == ["Finding"])
    assert helped["value"]["start"] == start + 1
    assert helped["value"]["text"] == "helped"
    assert {r["type"] for r in first["result"]} == {"labels", "choices"}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())["manifest"]
    assert manifest["labelstudio"]["data"] == {"redacted text": 1}
    # The pseudonyms are stable: a second export names the same annotators.
    again = export(capsys, harness, project, tmp_path / "out2")
    assert sorted(a["completed_by"]["email"] for a in again[0]["annotations"]) == sorted(
        a["completed_by"]["email"] for a in task["annotations"]
    )


def test_image_export_validates_in_percent_and_carries_a_reference(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, IMAGE_CONFIG)
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "scan.png").write_bytes(png(200, 100))
    assert ingest(capsys, harness, project, folder)[0] == 0
    (item,) = items(harness, project)
    user = add_user(harness)
    store(harness, project, user, item.id, [
        ("box", {"x": 20, "y": 10, "w": 50, "h": 40, "label": "Lesion"}),
        ("polygon", {"points": [[0, 0], [100, 0], [100, 50]], "label": "Organ"}),
        ("class", {"labels": ["good"]}),
    ])  # fmt: skip

    (task,) = export(capsys, harness, project, tmp_path / "out")

    interface = LabelInterface(IMAGE_CONFIG)
    validate(interface, task)
    assert task["data"]["image"] == f"/data/local-files/?d={item.id}.png"
    (annotation,) = task["annotations"]
    by_type = {r["type"]: r for r in annotation["result"]}
    box = by_type["rectanglelabels"]
    assert (box["original_width"], box["original_height"]) == (200, 100)
    assert box["value"] == {"x": 10.0, "y": 10.0, "width": 25.0, "height": 40.0, "rotation": 0,
                            "rectanglelabels": ["Lesion"]}  # fmt: skip
    assert by_type["polygonlabels"]["value"]["points"] == [[0.0, 0.0], [50.0, 0.0], [50.0, 50.0]]
    assert by_type["choices"]["value"] == {"choices": ["good"]}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())["manifest"]
    assert manifest["labelstudio"]["data"] == {"reference": 1}
    assert b"\x89PNG" not in (tmp_path / "out" / "labelstudio.json").read_bytes()


# --- import -------------------------------------------------------------------------------------


def test_round_trip_cleanroom_to_labelstudio_json_and_back_keeps_labels(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, TEXT_CONFIG)
    text_in = "Ibuprofen 400 mg at night; 🙂 pain eased."
    item = ingest_one_text(capsys, harness, tmp_path, project, text_in)
    user = add_user(harness)
    text = item.data.decode()
    eased = text.index("pain eased")
    mine = [
        ("span", {"start": 0, "end": 9, "label": "Drug"}),
        ("span", {"start": eased, "end": eased + 10, "label": "Finding"}),
        ("class", {"labels": ["routine"]}),
    ]
    store(harness, project, user, item.id, mine)
    tasks = export(capsys, harness, project, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    (back / "export.json").write_text(json.dumps(tasks), encoding="utf-8")

    fresh = create(capsys, harness, tmp_path, TEXT_CONFIG)
    code, out = ingest(capsys, harness, fresh, back)

    assert code == 0, out
    assert "imported from Label Studio: 1 annotations, 0 predictions as 3 label versions" in out
    (new_item,) = items(harness, fresh)
    new_text = new_item.data.decode()

    def shown(kind: str, value: dict[str, Any], on: str) -> tuple[str, str]:
        if kind == "span":  # a span is the words it covers (offsets move if text is redacted)
            return kind, f"{value['label']}:{on[value['start'] : value['end']]}"
        return kind, json.dumps(value, sort_keys=True)

    got = sorted(shown(r.kind, r.value, new_text) for r, _ in imported(harness, fresh))
    assert got == sorted(shown(k, v, text) for k, v in mine)
    assert {p.source for _, p in imported(harness, fresh)} == {"imported from Label Studio"}
    assert {p.origin for _, p in imported(harness, fresh)} == {"annotation"}
    # The author is a disabled pseudonym that can never log in.
    with harness.db() as db:
        (author,) = {r.user_id for r in latest_labels(db, fresh)}
        row = db.get(User, author)
        assert row is not None
        assert row.disabled
        assert row.username.startswith("ls-import-")


def test_spans_over_masked_values_move_onto_placeholders_and_say_so(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, TEXT_CONFIG)
    text = "Write to jane.doe@example.org if the rash returns."
    email = text.index("jane.doe@example.org")
    rash = text.index("rash returns")
    tasks = [{
        "id": 7, "data": {"text": text},
        "annotations": [{"id": 1, "completed_by": 3, "result": [
            {"id": "r1", "from_name": "ner", "to_name": "text", "type": "labels",
             "value": {"start": email + 4, "end": email + 8, "labels": ["Finding"]}},
            {"id": "r2", "from_name": "ner", "to_name": "text", "type": "labels",
             "value": {"start": rash, "end": rash + 12, "labels": ["Finding"]}},
        ]}],
        "predictions": [{"model_version": "m1", "result": [
            {"from_name": "urgency", "to_name": "text", "type": "choices",
             "value": {"choices": ["urgent"]}}]}],
    }]  # fmt: skip
    folder = tmp_path / "ls"
    folder.mkdir()
    (folder / "export.json").write_text(json.dumps(tasks))

    code, out = ingest(capsys, harness, project, folder)

    assert code == 0, out
    assert "1 spans moved onto redaction placeholders" in out
    (item,) = items(harness, project)
    redacted = item.data.decode()
    assert "jane.doe" not in redacted
    rows = imported(harness, project)
    spans = {r.value["start"]: (r, p) for r, p in rows if r.kind == "span"}
    moved, kept = sorted(spans.values(), key=lambda rp: rp[0].value["start"])
    placeholder = redacted[moved[0].value["start"] : moved[0].value["end"]]
    assert placeholder == "<EMAIL_1>"  # the whole placeholder, not a cut through it
    assert moved[1].flags == [SPAN_OVER_PLACEHOLDER]
    assert redacted[kept[0].value["start"] : kept[0].value["end"]] == "rash returns"
    assert kept[1].flags == []
    (prediction,) = [(r, p) for r, p in rows if p.origin == "prediction"]
    assert prediction[0].value == {"labels": ["urgent"]}
    assert prediction[0].user_id != moved[0].user_id  # a model is not the annotator
    assert "jane" not in out


def test_remap_span_never_cuts_a_placeholder() -> None:
    # "ab XXXX cd" -> "ab [P] cd": the masked value at 3..7 became 3..6.
    offsets = ((3, 7, 3, 6),)
    assert remap_span(0, 2, offsets) == (0, 2, False)
    assert remap_span(8, 10, offsets) == (7, 9, False)
    assert remap_span(4, 5, offsets) == (3, 6, True)
    assert remap_span(0, 5, offsets) == (0, 6, True)
    assert remap_span(5, 10, offsets) == (3, 9, True)
    assert remap_span(0, 3, offsets) == (0, 3, False)
    assert remap_span(7, 9, offsets) == (6, 8, False)


def test_json_min_upload_urls_local_files_and_relative_media_without_double_ingest(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, IMAGE_CONFIG)
    media = tmp_path / "ls-media"
    (media / "upload" / "6").mkdir(parents=True)
    (media / "upload" / "6" / "abc-scan.png").write_bytes(png(100, 50, (1, 2, 3)))
    (media / "store").mkdir()
    (media / "store" / "local.png").write_bytes(png(40, 40, (4, 5, 6)))
    folder = tmp_path / "ingest"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "beside.png").write_bytes(png(80, 80, (7, 8, 9)))
    rows = [
        {"id": 1, "image": "/data/upload/6/abc-scan.png", "annotator": "ann@example.org",
         "box": [{"x": 10, "y": 20, "width": 50, "height": 40, "rotation": 0,
                  "rectanglelabels": ["Lesion"], "original_width": 100, "original_height": 50}],
         "quality": "poor"},
        {"id": 2, "image": "/data/local-files/?d=store/local.png",
         "poly": [{"points": [[0, 0], [50, 0], [50, 50]], "polygonlabels": ["Organ"],
                   "original_width": 40, "original_height": 40}]},
        {"id": 3, "image": "img/beside.png"},
        {"id": 4, "image": "https://example.org/x.png"},
    ]  # fmt: skip
    (folder / "export_min.json").write_text(json.dumps(rows))

    code, out = ingest(capsys, harness, project, folder, "--media-root", str(media))

    assert code == EXIT_SOME_REFUSED, out  # the https task: ingest never downloads
    assert "stored 3 items" in out  # beside.png once, with its task, not again as a file
    with harness.db() as db:
        reports = db.query(RedactionReportRow).filter_by(project_id=project).all()
        assert [r.status for r in reports].count("refused") == 1
        refused_row = next(r for r in reports if r.status == "refused")
        assert (
            "never downloads" in refused_row.report["message"]
            or "URL" in (refused_row.report["message"])
        )
    labels = {r.kind: r.value for r, _ in imported(harness, project)}
    assert labels["box"] == {"x": 10, "y": 10, "w": 50, "h": 20, "label": "Lesion"}
    assert labels["polygon"] == {"points": [[0, 0], [20, 0], [20, 20]], "label": "Organ"}
    assert labels["class"] == {"labels": ["poor"]}


def test_bad_labelstudio_files_give_one_clear_refusal_each(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = create(capsys, harness, tmp_path, TEXT_CONFIG)
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.json").write_bytes(b"\xff\xfe not json")
    (folder / "b.json").write_text('{"data": {"text": "not a list"}}')
    (folder / "c.json").write_text('[{"data": {"html": "<b>x</b>"}}, 5]')

    code, out = ingest(capsys, harness, project, folder)

    assert code == EXIT_SOME_REFUSED
    assert "stored 0 items" in out
    assert "not UTF-8 JSON" in out
    assert "list of tasks" in out
    assert "has no text field" in out
    assert "Traceback" not in out


def test_imported_labels_reach_annotators_only_with_preannotation(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tasks = [{"data": {"text": "Fever since Monday."}, "annotations": [{"result": [
        {"from_name": "urgency", "to_name": "text", "type": "choices",
         "value": {"choices": ["urgent"]}}]}]}]  # fmt: skip
    folder = tmp_path / "ls"
    folder.mkdir()
    (folder / "t.json").write_text(json.dumps(tasks))
    seen = {}
    for flag in ((), ("--preannotation",)):
        project = create(capsys, harness, tmp_path, TEXT_CONFIG, *flag)
        assert ingest(capsys, harness, project, folder)[0] == 0
        (item,) = items(harness, project)
        with harness.db() as db:
            pre = assign.preannotations(db, project)
        seen[bool(flag)] = pre.get(item.id)
        assert assign._shard_item(item, pre.get(item.id)).meta.get("preannotations") == pre.get(
            item.id
        )
    assert seen[False] is None
    assert seen[True] == [{"kind": "class", "value": {"labels": ["urgent"]}}]


def test_a_project_without_config_says_annotations_were_not_imported(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with harness.db() as db:
        create_project(db, harness.config, "ls-noconfig", {"kinds": ["span"]})
    folder = tmp_path / "ls"
    folder.mkdir()
    result = {
        "from_name": "ner",
        "type": "labels",
        "value": {"start": 0, "end": 5, "labels": ["x"]},
    }
    tasks = [{"data": {"text": "Cough."}, "annotations": [{"result": [result]}]}]
    (folder / "t.json").write_text(json.dumps(tasks))
    code, out = ingest(capsys, harness, "ls-noconfig", folder)
    assert code == 0
    assert "not imported (1): the project has no labeling config" in out


# --- import onto a cropped image -----------------------------------------------------------

ORIGINAL = (400, 300)
CROP = {"left": 40, "top": 30, "right": 360, "bottom": 280}  # stored: 320 x 250
MARKER = (200, 120, 242, 151)  # left, top, right, bottom (exclusive), original pixels


def _marker_png() -> bytes:
    img = Image.new("RGB", ORIGINAL, (255, 255, 255))
    img.paste((220, 20, 20), MARKER)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def _red_box(img: Image.Image) -> tuple[int, int, int, int]:
    pixels = img.convert("RGB").load()
    assert pixels is not None
    red = [
        (x, y)
        for y in range(img.height)
        for x in range(img.width)
        if pixels[x, y][0] > 200 and pixels[x, y][1] < 60  # type: ignore[index]
    ]
    xs, ys = [p[0] for p in red], [p[1] for p in red]
    return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def _percent_rect(x0: int, y0: int, x1: int, y1: int, label: str) -> dict[str, Any]:
    width, height = ORIGINAL
    return {
        "from_name": "box", "to_name": "img", "type": "rectanglelabels",
        "original_width": width, "original_height": height,
        "value": {"x": 100 * x0 / width, "y": 100 * y0 / height, "width": 100 * (x1 - x0) / width,
                  "height": 100 * (y1 - y0) / height, "rotation": 0, "rectanglelabels": [label]},
    }  # fmt: skip


def test_shapes_on_a_cropped_image_map_onto_the_crop_and_back_to_the_original(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"ocr": False, "faces": False, "crop": CROP}))
    project = create(capsys, harness, tmp_path, IMAGE_CONFIG, "--redaction-settings", str(settings))
    folder = tmp_path / "ls"
    folder.mkdir()
    (folder / "scan.png").write_bytes(_marker_png())
    width, height = ORIGINAL
    results = [
        _percent_rect(*MARKER, "Lesion"),  # inside the crop: the marker
        _percent_rect(0, 150, 80, 180, "Device"),  # partly left of the crop
        _percent_rect(368, 10, 392, 40, "Device"),  # wholly right of the crop
        {"from_name": "poly", "to_name": "img", "type": "polygonlabels",
         "value": {"points": [[100 * 20 / width, 100 * 15 / height],
                              [100 * 200 / width, 100 * 15 / height],
                              [100 * 200 / width, 100 * 150 / height]],
                   "polygonlabels": ["Organ"]}},  # its top corners above the crop
    ]  # fmt: skip
    tasks = [{"id": 1, "data": {"image": "scan.png"}, "annotations": [{"result": results}]}]
    (folder / "export.json").write_text(json.dumps(tasks))

    code, out = ingest(capsys, harness, project, folder)

    assert code == 0, out
    assert "stored 1 items" in out
    assert "2 shapes clipped to the image's crop (flagged)" in out
    assert "not imported (1): a shape lies wholly outside the image's crop" in out
    (item,) = items(harness, project)
    stored = Image.open(io.BytesIO(item.data))
    assert stored.size == (320, 250)
    rows = {r.value["label"]: (r, p) for r, p in imported(harness, project)}
    marker, marker_prov = rows["Lesion"]
    left, top = CROP["left"], CROP["top"]
    # The stored box covers the marker in the stored (cropped) image, and only it.
    assert _red_box(stored) == (MARKER[0] - left, MARKER[1] - top, MARKER[2] - left,
                                MARKER[3] - top)  # fmt: skip
    v = marker.value
    assert (v["x"], v["y"], v["x"] + v["w"], v["y"] + v["h"]) == _red_box(stored)
    assert marker_prov.flags == []
    device, device_prov = rows["Device"]
    assert device.value == {"x": 0, "y": 150 - top, "w": 80 - left, "h": 30, "label": "Device"}
    assert device_prov.flags == ["clipped_to_crop"]
    organ, organ_prov = rows["Organ"]
    assert organ_prov.flags == ["clipped_to_crop"]
    assert all(0 <= x <= 320 and 0 <= y <= 250 for x, y in organ.value["points"])
    assert min(y for _, y in organ.value["points"]) == 0  # cut at the crop's top edge

    # COCO gives the box back on the original image's pixels: on the marker.
    code, text = run(capsys, "--home", str(harness.home), "export", project, "--format", "coco",
                     "--out", str(tmp_path / "coco"))  # fmt: skip
    assert code == 0, text
    coco = json.loads((tmp_path / "coco" / "coco.json").read_text())
    names = {c["id"]: c["name"] for c in coco["categories"]}
    (box,) = [a for a in coco["annotations"] if names[a["category_id"]] == "Lesion"]
    x, y, w, h = box["bbox"]
    assert (x, y, x + w, y + h) == MARKER
    assert (coco["images"][0]["width"], coco["images"][0]["height"]) == ORIGINAL
