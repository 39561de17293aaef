"""The label schema a shard's manifest carries: which labels and item classes exist, their
keys and their colours (docs/FORMATS.md, "Label schema and label values").

`LabelSchema.from_json` takes the manifest's `schema` object as untrusted input and returns a
checked, immutable schema or raises `LabelSchemaError` (never a foreign exception). With
`strict=True` (a `--schema` file given to `project create`, or a schema derived from another
tool's config) a key the format does not define is refused by name: a misspelt "colour" or
"multiclass" would otherwise be dropped without a word. Readers of shards are not strict, so
a newer server's additions still open. Version 1
is `{"version": 1, "labels": [...], "classes": [...], "multi_class": bool}`; the two shapes
written before it (`{"span_labels", "classes"}` and `{"kinds", "classes"}`) migrate, so old
shards keep opening.

Invariants of a returned schema: names are non-empty printable strings of at most 64
characters, unique per kind (labels) and unique (classes); keys are single characters from
`KEY_ORDER`, unique across labels and classes together (one key press means one thing), and
never one of `RESERVED_KEYS` (the tools' own keys); colours are `#rrggbb`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from app.core.encoding import JsonObject, is_int
from app.core.errors import LabelSchemaError

SCHEMA_VERSION: Final = 1
# Kinds a label of the schema may be drawn as; item classes are listed apart ("classes").
SCHEMA_LABEL_KINDS: Final = ("span", "box", "polygon", "region")
# Letters the tools use unmodified (box, polygon, select, fit, window/level): never label keys.
RESERVED_KEYS: Final = frozenset("bpvfw")
# Keys handed out, in order, to labels and then classes that name none.
KEY_ORDER: Final = "123456789" + "".join(
    c for c in "abcdefghijklmnopqrstuvwxyz" if c not in "bpvfw"
)
# Okabe & Ito (2008) colour-blind-safe palette, black left out (it hides text and DICOM).
PALETTE: Final = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
MAX_NAME_LEN: Final = 64
MAX_ENTRIES: Final = 200
# Names given to the one label of each kind that a `{"kinds": [...]}` schema enables.
_DEFAULT_NAMES: Final = {"span": "span", "box": "box", "polygon": "polygon", "region": "region"}
_HEX: Final = frozenset("0123456789abcdefABCDEF")
# The keys each object of the format may hold (strict reading refuses any other).
V1_KEYS: Final = ("version", "labels", "classes", "multi_class")
LEGACY_KEYS: Final = (
    "span_labels",
    "box_labels",
    "polygon_labels",
    "region_labels",
    "kinds",
    "classes",
)
LABEL_KEYS: Final = ("name", "kind", "key", "color")
CLASS_KEYS: Final = ("name", "key")


@dataclass(frozen=True)
class LabelDef:
    """A label annotators draw: a text span, an image box or polygon, or a DICOM region."""

    name: str
    kind: str
    key: str | None
    color: str


@dataclass(frozen=True)
class ClassDef:
    """An item-level class (one per item, or several when the schema is multi-class)."""

    name: str
    key: str | None


@dataclass(frozen=True)
class LabelSchema:
    labels: tuple[LabelDef, ...] = ()
    classes: tuple[ClassDef, ...] = ()
    multi_class: bool = False
    version: int = SCHEMA_VERSION

    # --- reading ------------------------------------------------------------------------

    @classmethod
    def from_json(cls, untrusted: Any, *, strict: bool = False) -> LabelSchema:
        """Check a schema object; raise LabelSchemaError naming the fault. `strict` also
        refuses keys the format does not define (files users hand us, not shards)."""
        if not isinstance(untrusted, dict):
            raise LabelSchemaError(
                "The label schema is not a JSON object; ask the data "
                "steward to fix the project's schema."
            )
        if "version" in untrusted:
            if strict:
                _known_keys(untrusted, V1_KEYS, "the top level")
            return _parse_v1(untrusted, strict)
        if strict:
            _known_keys(untrusted, LEGACY_KEYS, "the top level")
        return _parse_legacy(untrusted)

    def to_json(self) -> JsonObject:
        """Version 1 form, every key and colour spelled out (from_json gives it back)."""
        return {
            "version": self.version,
            "labels": [
                {"name": d.name, "kind": d.kind, "key": d.key, "color": d.color}
                if d.key is not None
                else {"name": d.name, "kind": d.kind, "color": d.color}
                for d in self.labels
            ],
            "classes": [
                {"name": c.name, "key": c.key} if c.key is not None else {"name": c.name}
                for c in self.classes
            ],
            "multi_class": self.multi_class,
        }

    # --- lookups the views use ----------------------------------------------------------

    def labels_for(self, *kinds: str) -> tuple[LabelDef, ...]:
        return tuple(d for d in self.labels if d.kind in kinds)

    def label_for_key(self, key: str, *kinds: str) -> LabelDef | None:
        key = key.lower()
        return next((d for d in self.labels if d.key == key and d.kind in kinds), None)

    def class_for_key(self, key: str) -> ClassDef | None:
        key = key.lower()
        return next((c for c in self.classes if c.key == key), None)

    def label(self, name: str, kind: str) -> LabelDef | None:
        return next((d for d in self.labels if d.name == name and d.kind == kind), None)

    def color_of(self, name: str) -> str:
        """The label's colour; a name the schema does not know (an old label) gets grey."""
        return next((d.color for d in self.labels if d.name == name), "#8C8C8C")

    def keys(self) -> frozenset[str]:
        return frozenset(
            k for k in [*(d.key for d in self.labels), *(c.key for c in self.classes)] if k
        )


# --- parsing --------------------------------------------------------------------------------


def _known_keys(obj: JsonObject, known: tuple[str, ...], where: str) -> None:
    """Refuse the first key (in sorted order) that `known` does not hold, by name."""
    unknown = sorted((k for k in obj if k not in known), key=str)
    if not unknown:
        return
    key = str(unknown[0])
    shown = repr(key if len(key) <= 40 else key[:40] + "...")
    if where == "the top level" and key in V1_KEYS and "version" not in obj:
        raise LabelSchemaError(
            f"In the label schema, the key {shown} belongs to version 1, which needs "
            '"version": 1; add it.'
        )
    raise LabelSchemaError(
        f"In the label schema, {where} has the key {shown}, which the format does not "
        f"define (known: {', '.join(known)}); remove it or correct its spelling."
    )


def _name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_NAME_LEN:
        raise LabelSchemaError(
            f"In the label schema, {where} needs a name of 1 to {MAX_NAME_LEN} "
            "characters; "
            "ask the data steward to fix it."
        )
    if value != value.strip() or not value.isprintable():
        raise LabelSchemaError(
            f"In the label schema, {where} has a name with control characters "
            "or outer spaces; "
            "ask the data steward to fix it."
        )
    return value


def _key(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 1:
        raise LabelSchemaError(
            f"In the label schema, {where} has a key that is not one character; "
            "ask the data steward to fix it."
        )
    if value.lower() in RESERVED_KEYS:
        raise LabelSchemaError(
            f"In the label schema, {where} uses the key {value.lower()!r}, "
            "kept for the tools (b p v f w); "
            "ask the data steward to fix it."
        )
    if value.lower() not in KEY_ORDER:
        raise LabelSchemaError(
            f"In the label schema, {where} has a key that is not one of "
            "1-9 or a-z; "
            "ask the data steward to fix it."
        )
    return value.lower()


def _color(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if (
        not isinstance(value, str)
        or len(value) != 7
        or value[0] != "#"
        or not set(value[1:]) <= _HEX
    ):
        raise LabelSchemaError(
            f"In the label schema, {where} has a colour that is not #rrggbb; "
            "ask the data steward to fix it."
        )
    return value.upper()


def _list(obj: JsonObject, field: str) -> list[Any]:
    value = obj.get(field, [])
    if not isinstance(value, list):
        raise LabelSchemaError(
            f"In the label schema, {field!r} is not a list; ask the data steward to fix it."
        )
    if len(value) > MAX_ENTRIES:
        raise LabelSchemaError(
            f"In the label schema, {field!r} has more than {MAX_ENTRIES} "
            "entries; "
            "ask the data steward to fix it."
        )
    return value


def _parse_v1(obj: JsonObject, strict: bool = False) -> LabelSchema:
    version = obj["version"]
    if not is_int(version) or version < 1:
        raise LabelSchemaError(
            "In the label schema, 'version' is not a positive integer; "
            "ask the data steward to fix it."
        )
    if version > SCHEMA_VERSION:
        raise LabelSchemaError(
            f"The label schema is version {version}, newer than this build reads; update Cleanroom."
        )
    labels: list[tuple[str, str, str | None, str | None]] = []
    for i, entry in enumerate(_list(obj, "labels")):
        where = f"labels[{i}]"
        if not isinstance(entry, dict):
            raise LabelSchemaError(
                f"In the label schema, {where} is not an object; ask the data steward to fix it."
            )
        if strict:
            _known_keys(entry, LABEL_KEYS, where)
        kind = entry.get("kind")
        if kind not in SCHEMA_LABEL_KINDS:
            raise LabelSchemaError(
                f"In the label schema, {where} has a kind that is not one "
                f"of {', '.join(SCHEMA_LABEL_KINDS)}; "
                "ask the data steward to fix it."
            )
        labels.append(
            (_name(entry.get("name"), where), kind, _key(entry.get("key"), where),
             _color(entry.get("color"), where))
        )  # fmt: skip
    classes: list[tuple[str, str | None]] = []
    for i, entry in enumerate(_list(obj, "classes")):
        where = f"classes[{i}]"
        if not isinstance(entry, dict):
            raise LabelSchemaError(
                f"In the label schema, {where} is not an object; ask the data steward to fix it."
            )
        if strict:
            _known_keys(entry, CLASS_KEYS, where)
        classes.append((_name(entry.get("name"), where), _key(entry.get("key"), where)))
    multi = obj.get("multi_class", False)
    if not isinstance(multi, bool):
        raise LabelSchemaError(
            "In the label schema, 'multi_class' is not true or false; "
            "ask the data steward to fix it."
        )
    return _build(labels, classes, multi)


def _legacy_names(obj: JsonObject, field: str) -> list[str]:
    names = _list(obj, field)
    return [_name(n, f"{field}[{i}]") for i, n in enumerate(names)]


def _parse_legacy(obj: JsonObject) -> LabelSchema:
    """`{"span_labels": [names], "classes": [names]}` (the first demo) and
    `{"kinds": [label kinds], "classes": [names]}` (the server harness): names only."""
    labels: list[tuple[str, str, str | None, str | None]] = []
    for kind in SCHEMA_LABEL_KINDS:
        labels += [(n, kind, None, None) for n in _legacy_names(obj, f"{kind}_labels")]
    kinds = _list(obj, "kinds")
    for i, kind in enumerate(kinds):
        if kind == "class":
            continue
        if kind not in SCHEMA_LABEL_KINDS:
            raise LabelSchemaError(
                f"In the label schema, kinds[{i}] is not one of class, "
                f"{', '.join(SCHEMA_LABEL_KINDS)}; ask the data steward to fix it."
            )
        if not any(k == kind for _, k, _, _ in labels):
            labels.append((_DEFAULT_NAMES[kind], kind, None, None))
    classes: list[tuple[str, str | None]] = [(n, None) for n in _legacy_names(obj, "classes")]
    return _build(labels, classes, False)


def _build(
    labels: list[tuple[str, str, str | None, str | None]],
    classes: list[tuple[str, str | None]],
    multi: bool,
) -> LabelSchema:
    seen_labels = [(name, kind) for name, kind, _, _ in labels]
    if len(set(seen_labels)) != len(seen_labels):
        raise LabelSchemaError(
            "In the label schema, two labels of the same kind share a "
            "name; "
            "ask the data steward to fix it."
        )
    class_names = [name for name, _ in classes]
    if len(set(class_names)) != len(class_names):
        raise LabelSchemaError(
            "In the label schema, two classes share a name; ask the data steward to fix it."
        )
    explicit = [k for _, _, k, _ in labels if k] + [k for _, k in classes if k]
    if len(set(explicit)) != len(explicit):
        raise LabelSchemaError(
            "In the label schema, two entries share a key; ask the data steward to fix it."
        )
    free = iter([k for k in KEY_ORDER if k not in explicit])
    label_defs = tuple(
        LabelDef(name, kind, key or next(free, None), color or PALETTE[i % len(PALETTE)])
        for i, (name, kind, key, color) in enumerate(labels)
    )
    class_defs = tuple(ClassDef(name, key or next(free, None)) for name, key in classes)
    return LabelSchema(label_defs, class_defs, multi)
