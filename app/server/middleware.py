"""ASGI middleware and the error handlers: how every refusal becomes a JSON body.

Every refusal is a 4xx JSON body `{"error": code, "detail": text}`: CleanroomError
subclasses map through one handler, validation errors are 422, unknown routes 404. A
refused request changes nothing that is stored.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.errors import CleanroomError, JournalError
from app.server.errors import ServerError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _error_response(exc: CleanroomError) -> JSONResponse:
    if isinstance(exc, ServerError):
        retry = getattr(exc, "retry_after_s", None)
        headers = {"Retry-After": str(retry)} if retry is not None else None
        return JSONResponse(exc.payload(), status_code=exc.status, headers=headers)
    if isinstance(exc, JournalError):
        return JSONResponse({"error": "journal_rejected", "detail": exc.message}, 409)
    return JSONResponse({"error": "bad_request", "detail": exc.message}, 400)


def install_error_handlers(app: FastAPI) -> None:
    """Map every refusal to `{"error", "detail"}` with its status; never a traceback."""

    @app.exception_handler(CleanroomError)
    async def _cleanroom(_request: Request, exc: CleanroomError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        what = str(first.get("msg", "invalid")).rstrip(".")
        detail = f"The field {where} is not valid ({what}); fix the request."
        return JSONResponse({"error": "validation", "detail": detail}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        code = codes.get(exc.status_code, "http_error")
        # 405 carries `Allow` (RFC 9110), which Starlette puts in the exception's headers.
        headers = getattr(exc, "headers", None)
        return JSONResponse(
            {"error": code, "detail": str(exc.detail)}, exc.status_code, headers=headers
        )

    @app.exception_handler(DataError)
    async def _data(_request: Request, _exc: DataError) -> JSONResponse:
        # The database refused a value (e.g. PostgreSQL and a NUL character): nothing stored.
        detail = "A value cannot be stored; remove control characters and send it again."
        return JSONResponse({"error": "bad_request", "detail": detail}, 400)

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, _exc: OperationalError) -> JSONResponse:
        detail = "The database is busy; retry in a moment."
        return JSONResponse({"error": "busy", "detail": detail}, 503)


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
            await JSONResponse({"error": "injected", "detail": "Injected test fault."}, 500)(
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
            413, f"The request body is over {self.limit} bytes; send smaller batches."
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
