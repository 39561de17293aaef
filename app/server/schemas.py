"""Request and response bodies of the HTTP API (pydantic). Requests forbid unknown fields."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

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


class EnrolRequest(Strict):
    code: Annotated[str, Field(min_length=8, max_length=128)]
    device_id: ID
    enc_public: Annotated[str, Field(min_length=1, max_length=4096)]
    sign_public: Annotated[str, Field(min_length=1, max_length=128)]


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


class LabelBatch(Strict):
    labels: Annotated[list[dict[str, Any]], Field(min_length=1, max_length=1000)]


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
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 422)
}


class ReviewQueueEntry(BaseModel):
    project_id: str
    item_id: str
    annotators: int
    distinct_answers: int


class ReviewQueue(BaseModel):
    items: list[ReviewQueueEntry]
