"""Request and response bodies of the HTTP API (pydantic). Requests forbid unknown fields."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from app.core import label_values as lv
from app.server.auth import USERNAME_PATTERN

ID = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: Annotated[str, Field(pattern=USERNAME_PATTERN)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    totp: Annotated[str, Field(min_length=6, max_length=6)]
    device_id: ID
    proof_ts_ms: Annotated[int, Field(ge=0, le=2**53)]
    proof_sig: Annotated[str, Field(min_length=1, max_length=128)]


class LoginResponse(BaseModel):
    token: str
    expires_at: int
    user_id: str
    role: str
    # the name a signature prints (User.full_name, else the username): shown before signing
    printed_name: str | None = None


class EnrolRequest(Strict):
    code: Annotated[str, Field(min_length=8, max_length=128)]
    device_id: ID
    enc_public: Annotated[
        str,
        Field(
            min_length=1, max_length=4096, pattern="^[A-Za-z0-9_-]+$",
            description="base64url, no padding: the device's encryption public key in the "
            "suite-tagged form of DESIGN.md (ML-KEM-768 + X25519, or X25519).",
        ),
    ]  # fmt: skip
    sign_public: Annotated[
        str,
        Field(
            min_length=43, max_length=43, pattern="^[A-Za-z0-9_-]+$",
            description="base64url, no padding: the device's 32-byte Ed25519 public key.",
        ),
    ]  # fmt: skip


class EnrolResponse(BaseModel):
    device_id: str
    user_id: str
    server_kid: str


class ShardInfo(BaseModel):
    shard_id: str
    project_id: str
    issued_at: int
    not_after: int
    sha256: str
    size: int


class ShardList(BaseModel):
    shards: list[ShardInfo]


def _label_json_schema() -> dict[str, Any]:
    """The exact label a client may send (FORMATS.md §6.2; app/core/label_values.py holds the
    same rules as code): one branch per kind, no field beyond those listed."""
    ident = {"type": "string", "minLength": 1, "maxLength": lv.MAX_ID_CHARS,
             "pattern": "^[^\\u0000]+$"}  # fmt: skip
    name = {"type": "string", "minLength": 1, "maxLength": lv.MAX_NAME_CHARS,
            "description": "A name the project's label schema defines for this kind."}  # fmt: skip
    coord = {"type": "integer", "minimum": 0, "maximum": lv.MAX_COORD}
    size = {"type": "integer", "minimum": 1, "maximum": lv.MAX_COORD}
    point = {"type": "array", "items": coord, "minItems": 2, "maxItems": 2}
    frame = {"type": "integer", "minimum": 0, "maximum": lv.MAX_FRAME}
    common = {
        "comment": {"type": "string", "maxLength": lv.MAX_COMMENT_CHARS,
                    "description": "The annotator's own note; no NUL."},
        "deleted": {"const": True, "description": "This version deletes the annotation."},
    }  # fmt: skip

    def obj(required: list[str], props: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": False, "required": required,
                "properties": {**props, **common}}  # fmt: skip

    values = {
        "span": obj(["start", "end", "label"], {
            "start": {"type": "integer", "minimum": 0, "maximum": lv.MAX_OFFSET - 1},
            "end": {"type": "integer", "minimum": 1, "maximum": lv.MAX_OFFSET,
                    "description": "Exclusive; greater than start (code points)."},
            "label": name}),
        "box": obj(["x", "y", "w", "h", "label"],
                   {"x": coord, "y": coord, "w": size, "h": size, "label": name, "frame": frame}),
        "polygon": obj(["points", "label"], {
            "points": {"type": "array", "items": point, "minItems": 3,
                       "maxItems": lv.MAX_POINTS, "description": "Not closed."},
            "label": name, "frame": frame}),
        "region": obj(["shape", "points", "label", "frame"], {
            "shape": {"enum": ["box", "polygon"]},
            "points": {"type": "array", "items": point, "minItems": 2,
                       "maxItems": lv.MAX_POINTS,
                       "description": "box: two corners, x0 < x1 and y0 < y1; polygon: 3 or more."},
            "label": name, "frame": frame}),
        "class": obj([], {
            "labels": {"type": "array", "items": name, "maxItems": 200, "uniqueItems": True,
                       "description": "Class names in schema order; one unless multi_class."},
            "label": name}),
    }  # fmt: skip
    branches = []
    for kind, value in values.items():
        branches.append(
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["annotation_id", "version", "project_id", "shard_id", "item_id",
                             "user_id", "kind", "value", "created_ms"],
                "properties": {
                    "annotation_id": ident, "project_id": ident, "shard_id": ident,
                    "item_id": ident, "user_id": ident,
                    "version": {"type": "integer", "minimum": 1, "maximum": lv.MAX_VERSION},
                    "created_ms": {"type": "integer", "minimum": 0, "maximum": lv.MAX_INT64},
                    "kind": {"const": kind},
                    "value": value,
                    "value_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
            }
        )  # fmt: skip
    return {
        "oneOf": branches,
        "description": "One label version. The canonical JSON of `value` is at most "
        f"{lv.MAX_VALUE_BYTES} bytes. Checked against the project's label schema.",
    }


LabelJson = Annotated[dict[str, Any], WithJsonSchema(_label_json_schema())]


class LabelBatch(Strict):
    labels: Annotated[list[LabelJson], Field(min_length=1, max_length=1000)]


class ErasureList(BaseModel):
    item_ids: list[str] = Field(
        description="Items of this device's shards that were erased: block and purge them."
    )


class LabelResult(BaseModel):
    annotation_id: str
    version: int
    status: Literal["stored", "duplicate", "conflict", "erased"] = Field(
        description="stored: kept; duplicate: an identical repeat; conflict: another value "
        "is stored under this (annotation_id, version), keep it for a person to look at; "
        "erased: the item was erased, the label is accepted and dropped."
    )


class LabelBatchResponse(BaseModel):
    results: list[LabelResult]


class JournalBatch(Strict):
    records: Annotated[
        list[Annotated[str, Field(max_length=65536)]], Field(min_length=1, max_length=1000)
    ]


class ReceiptBody(BaseModel):
    device_id: str
    seq: int
    hash: str
    received_at: int


class ReceiptOut(BaseModel):
    receipt: ReceiptBody
    kid: str
    sig: str


class ErrorOut(BaseModel):
    error: str
    detail: str


class FaultRequest(Strict):
    path: str
    mode: Annotated[str, Field(pattern="^(error_500|drop_after_commit|redirect_http)$")]
    count: Annotated[int, Field(ge=1, le=100)] = 1


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 422, 429)
}


class ReviewProject(BaseModel):
    project_id: str
    name: str
    queue_size: int


class ReviewProjects(BaseModel):
    projects: list[ReviewProject]


class ReviewQueueEntry(BaseModel):
    item_id: str
    kind: str = Field(description="The item's kind (text, image ...).")
    annotators: int
    disagreement: float = Field(ge=0, le=1, description="1 = most disagreement.")
    reasons: list[str] = Field(description="Label kinds that differ: class, span, box, polygon.")
    oldest_ms: int


class ReviewQueue(BaseModel):
    items: list[ReviewQueueEntry]
    total: int


class ReviewShardRequest(Strict):
    project_id: ID
    item_ids: Annotated[list[ID], Field(min_length=1, max_length=500)]


class ReviewShardResponse(BaseModel):
    shard_ids: list[str]


class ImportedFrom(BaseModel):
    source: str = Field(description='Where the label came from: "imported from Label Studio".')
    origin: str = Field(description="annotation | prediction")
    flags: list[str] = Field(description="e.g. span_over_placeholder, clipped_to_crop")


class LayerLabel(BaseModel):
    annotation_id: str
    version: int
    kind: str
    value: dict[str, Any]
    value_sha256: str
    imported: ImportedFrom | None = None


class Layer(BaseModel):
    annotator: str = Field(description="A1, A2 ... (stable per project) or the username.")
    colour_index: int
    labels: list[LayerLabel]


class ItemLayers(BaseModel):
    item_id: str
    layers: list[Layer]
    gold: bool


class SourceAnnotation(Strict):
    annotation_id: Annotated[str, Field(min_length=1, max_length=128, pattern="^[^\\x00]+$")]
    version: Annotated[int, Field(ge=1, le=2**31 - 1)]


HEX64 = Annotated[str, Field(pattern="^[0-9a-f]{64}$")]


class AdjudicationRequest(Strict):
    label: LabelJson
    meaning: Literal["approved", "overridden", "merged"]
    reason: Annotated[str | None, Field(max_length=2000)] = None
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    totp: Annotated[str | None, Field(pattern="^[0-9]{6}$")] = None
    source_annotation: SourceAnnotation | None = None
    label_sha256: HEX64 | None = Field(
        default=None, description="SHA-256 of the canonical label version the lead signs."
    )


class SignatureOut(BaseModel):
    id: str
    printed_name: str
    signed_ms: int
    meaning: str
    label_sha256: str


class AdjudicationResponse(BaseModel):
    signature: SignatureOut
    result: LabelResult
