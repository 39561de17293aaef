"""The HTTP API under /v1, served only over TLS (see `serve`). `create_app(config)` builds it.

Every refusal is a 4xx JSON body `{"error": code, "detail": text}`: CleanroomError
subclasses map through one handler, validation errors are 422, unknown routes 404. A
refused request changes nothing that is stored.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import insert
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.encoding import b64u_decode
from app.core.errors import CleanroomError, EncodingError, JournalError
from app.core.keys import DevicePublicKey, VerifyKey
from app.core.labels import LabelVersion
from app.server import auth
from app.server.config import ServerConfig
from app.server.errors import (
    BadRequestError,
    ConflictError,
    EnrolmentError,
    ForbiddenError,
    NotFoundError,
    ServerError,
    ServerSetupError,
)
from app.server.journal_intake import accept_batch
from app.server.models import (
    Device,
    EnrolmentCode,
    Label,
    Shard,
    ShardItem,
    make_engine,
)
from app.server.review import review_queue

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ID = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: Annotated[str, Field(pattern=auth.USERNAME_PATTERN)]
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


class LabelResult(BaseModel):
    annotation_id: str
    version: int
    status: str  # stored | duplicate | conflict


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


def _error_response(exc: CleanroomError) -> JSONResponse:
    if isinstance(exc, ServerError):
        return JSONResponse(exc.payload(), status_code=exc.status)
    if isinstance(exc, JournalError):
        return JSONResponse({"error": "journal_rejected", "detail": exc.message}, 409)
    return JSONResponse({"error": "bad_request", "detail": exc.message}, 400)


class FaultInjector:
    """Test-only ASGI middleware: fail the next matching request in a chosen way.

    error_500          answer 500 before the endpoint runs (nothing stored)
    drop_after_commit  run the endpoint (it commits), then cut the answer short
    redirect_http      answer 307 to the same path over plain http
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.plans: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        plan = None
        if scope["type"] == "http":
            plan = next((p for p in self.plans if p["path"] == scope["path"]), None)
        if plan is None:
            await self.app(scope, receive, send)
            return
        plan["count"] -= 1
        if plan["count"] <= 0:
            self.plans.remove(plan)
        if plan["mode"] == "redirect_http":
            target = f"http://127.0.0.1:{scope['server'][1]}{scope['path']}"
            await Response(status_code=307, headers={"Location": target})(scope, receive, send)
            return
        if plan["mode"] == "error_500":
            await JSONResponse({"error": "injected", "detail": "test fault"}, 500)(
                scope, receive, send
            )
            return

        async def swallow(message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        # Promise a body that never comes; uvicorn then closes the connection.
        headers = [(b"content-length", b"1000"), (b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes is refused with 413, by its
    Content-Length before anything is read, or as soon as a streamed body passes it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _too_large(self) -> StarletteHTTPException:
        return StarletteHTTPException(
            413, f"the request body is over {self.limit} bytes; send smaller batches"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            exc = self._too_large()
            body = {"error": "too_large", "detail": exc.detail}
            await JSONResponse(body, 413)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # An HTTPException passes FastAPI's body reader unchanged (others become 400).
                    raise self._too_large()
            return message

        await self.app(scope, limited, send)


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as db:
        yield db


Db = Annotated[Session, Depends(get_db)]


def principal(
    request: Request, db: Db, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    return auth.authenticate(db, request.app.state.config, authorization)


Caller = Annotated[auth.Principal, Depends(principal)]


def create_app(config: ServerConfig) -> FastAPI:
    if config.enable_test_faults and "pytest" not in sys.modules:
        raise ServerSetupError("the fault-injection route exists only under pytest")
    engine = make_engine(config.database_url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    app = FastAPI(
        title="Cleanroom reference server",
        version="1",
        description="Sync API for Cleanroom workstations. TLS only; see docs/SERVER.md.",
    )
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = sessions

    @app.exception_handler(CleanroomError)
    async def _cleanroom(_request: Request, exc: CleanroomError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse(
            {"error": "validation", "detail": f"{where}: {first.get('msg', 'invalid')}"}, 422
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        code = codes.get(exc.status_code, "http_error")
        return JSONResponse({"error": code, "detail": str(exc.detail)}, exc.status_code)

    @app.exception_handler(DataError)
    async def _data(_request: Request, _exc: DataError) -> JSONResponse:
        # The database refused a value (e.g. PostgreSQL and a NUL character): nothing stored.
        return JSONResponse({"error": "bad_request", "detail": "a value cannot be stored"}, 400)

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, _exc: OperationalError) -> JSONResponse:
        return JSONResponse({"error": "busy", "detail": "the database is busy; retry"}, 503)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "server_kid": config.signing_key.kid}

    @app.post("/v1/auth/login", response_model=LoginResponse, responses=ERRORS)
    def login(body: LoginRequest, db: Db) -> LoginResponse:
        token, expires_at = auth.login(
            db, config, username=body.username, password=body.password, totp_code=body.totp,
            device_id=body.device_id, proof_ts_ms=body.proof_ts_ms, proof_sig=body.proof_sig,
        )  # fmt: skip
        who = auth.authenticate(db, config, f"Bearer {token}")
        return LoginResponse(token=token, expires_at=expires_at, user_id=who.user_id, role=who.role)

    @app.post("/v1/devices/enrol", response_model=EnrolResponse, responses=ERRORS)
    def enrol(body: EnrolRequest, db: Db) -> EnrolResponse:
        try:
            enc_public = DevicePublicKey.from_raw(b64u_decode(body.enc_public))
            sign_public = VerifyKey.from_raw(b64u_decode(body.sign_public))
        except (EncodingError, CleanroomError) as exc:
            raise BadRequestError(f"device key: {exc.message}") from None
        row = db.get(EnrolmentCode, auth.secret_hash(body.code))
        if row is None or row.used or row.expires_at <= config.clock():
            raise EnrolmentError()
        if db.get(Device, body.device_id) is not None:
            raise ConflictError("a device with this id is already enrolled")
        row.used = True
        db.add(
            Device(
                id=body.device_id, user_id=row.user_id, enc_public=enc_public.raw,
                sign_public=sign_public.raw, revoked=False, enrolled_at=int(config.clock()),
            )
        )  # fmt: skip
        auth.audit(db, config, row.user_id, "device.enrolled", body.device_id)
        db.commit()
        return EnrolResponse(
            device_id=body.device_id, user_id=row.user_id, server_kid=config.signing_key.kid
        )

    @app.get("/v1/shards", response_model=ShardList, responses=ERRORS)
    def list_shards(caller: Caller, db: Db) -> ShardList:
        now = int(config.clock())
        rows = (
            db.query(Shard)
            .filter(Shard.user_id == caller.user_id, Shard.device_id == caller.device_id)
            .filter(Shard.not_after > now)
            .order_by(Shard.issued_at, Shard.id)
            .all()
        )
        return ShardList(
            shards=[
                ShardInfo(
                    shard_id=r.id, project_id=r.project_id, issued_at=r.issued_at,
                    not_after=r.not_after, sha256=r.sha256, size=len(r.sealed),
                )
                for r in rows
            ]
        )  # fmt: skip

    @app.get(
        "/v1/shards/{shard_id}",
        responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
        response_class=Response,
    )
    def get_shard(shard_id: str, caller: Caller, db: Db) -> Response:
        row = db.get(Shard, shard_id)
        # Another user's or device's shard is "not found": do not confirm it exists.
        if row is None or row.user_id != caller.user_id or row.device_id != caller.device_id:
            raise NotFoundError("no such shard for this device")
        auth.audit(db, config, caller.user_id, "shard.downloaded", shard_id)
        db.commit()
        return Response(
            row.sealed,
            media_type="application/octet-stream",
            headers={"Cache-Control": "no-store"},
        )

    @app.post("/v1/labels", response_model=LabelBatchResponse, responses=ERRORS)
    def upload_labels(body: LabelBatch, caller: Caller, db: Db) -> LabelBatchResponse:
        labels = [LabelVersion.from_json(raw) for raw in body.labels]
        _check_label_owner(db, caller, labels)
        try:
            results = _store_labels(db, config, caller, labels)
        except IntegrityError:
            db.rollback()  # a concurrent upload stored some of them first: classify again
            results = _store_labels(db, config, caller, labels)
        return LabelBatchResponse(results=results)

    @app.post("/v1/journal", response_model=ReceiptOut, responses=ERRORS)
    def upload_journal(body: JournalBatch, caller: Caller, db: Db) -> dict[str, object]:
        device = db.get(Device, caller.device_id)
        if device is None:  # pragma: no cover - authenticate checked it
            raise ForbiddenError()
        try:
            return accept_batch(db, config, device, body.records)
        except IntegrityError:
            # A concurrent upload of the same records committed first: answer again against
            # the new head (the client then gets "replayed" with a receipt, not a 500).
            db.rollback()
            return accept_batch(db, config, device, body.records)

    @app.get("/v1/review/queue", responses=ERRORS)
    def get_review_queue(caller: Caller, db: Db) -> dict[str, object]:
        auth.require_role(caller, "lead", "admin")
        return {"items": review_queue(db)}

    app.add_middleware(BodyLimit, limit=config.max_body_bytes)

    if config.enable_test_faults:
        injector_holder: list[FaultInjector] = []

        def _factory(inner: ASGIApp) -> FaultInjector:
            injector = FaultInjector(inner)
            injector_holder.append(injector)
            return injector

        app.add_middleware(_factory)

        @app.post("/v1/test/faults", include_in_schema=False)
        def add_fault(body: FaultRequest) -> dict[str, str]:
            if not injector_holder:
                raise ServerSetupError("fault injector not running")
            injector_holder[-1].plans.append(body.model_dump())
            return {"status": "armed"}

    return app


def _check_label_owner(db: Session, caller: auth.Principal, labels: list[LabelVersion]) -> None:
    """Labels must be the caller's own, on items of a shard issued to the caller.

    Two queries per batch, whatever its size: the shards named, and their item pairs."""
    if any(label.user_id != caller.user_id for label in labels):
        raise ForbiddenError("a label names another user")
    shard_ids = {label.shard_id for label in labels}
    shards = {s.id: s for s in db.query(Shard).filter(Shard.id.in_(shard_ids))}
    for label in labels:
        shard = shards.get(label.shard_id)
        if shard is None or shard.user_id != caller.user_id or shard.project_id != label.project_id:
            raise ForbiddenError("a label names a shard that was not issued to you")
    item_ids = {label.item_id for label in labels}
    held = {
        (row.shard_id, row.item_id)
        for row in db.query(ShardItem.shard_id, ShardItem.item_id).filter(
            ShardItem.shard_id.in_(shard_ids), ShardItem.item_id.in_(item_ids)
        )
    }
    if any((label.shard_id, label.item_id) not in held for label in labels):
        raise ForbiddenError("a label names an item that is not in its shard")


def _store_labels(
    db: Session, config: ServerConfig, caller: auth.Principal, labels: list[LabelVersion]
) -> list[LabelResult]:
    """Store new (annotation_id, version) pairs; say duplicate for an identical repeat and
    conflict for a different value under a stored pair. One read and one insert per batch."""
    now = int(config.clock())
    annotation_ids = {label.annotation_id for label in labels}
    stored: dict[tuple[str, int], tuple[str, str, str]] = {
        (row.annotation_id, row.version): (row.value_sha256, row.user_id, row.item_id)
        for row in db.query(
            Label.annotation_id, Label.version, Label.value_sha256, Label.user_id, Label.item_id
        ).filter(Label.annotation_id.in_(annotation_ids))
    }
    results: list[LabelResult] = []
    new_rows: list[dict[str, Any]] = []
    for label in labels:
        key = (label.annotation_id, label.version)
        digest = label.value_sha256
        held = stored.get(key)
        if held is None:
            stored[key] = (digest, label.user_id, label.item_id)
            new_rows.append(
                {
                    "annotation_id": label.annotation_id, "version": label.version,
                    "project_id": label.project_id, "shard_id": label.shard_id,
                    "item_id": label.item_id, "user_id": label.user_id,
                    "device_id": caller.device_id, "kind": label.kind, "value": label.value,
                    "value_sha256": digest, "created_ms": label.created_ms, "received_at": now,
                }
            )  # fmt: skip
            status = "stored"
        elif held == (digest, label.user_id, label.item_id):
            status = "duplicate"
        else:
            status = "conflict"
        results.append(LabelResult(annotation_id=key[0], version=key[1], status=status))
    if new_rows:
        db.execute(insert(Label), new_rows)
    db.commit()
    return results
