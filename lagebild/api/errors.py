"""One error body for every failure of the API, and an HTML page with the same content for the UI.

Shape (datasette-style, one object whatever went wrong)::

    {"error": {"status": 404, "code": "not_found", "message": "no article with id 7", "detail": null}}
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild.errors import InputError, LagebildError

log = logging.getLogger("lagebild.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """Raised by views; turned into the one error body (or the HTML error page)."""

    def __init__(self, status: int, message: str, *, code: str | None = None, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.detail = detail


def not_found(what: str) -> ApiError:
    return ApiError(404, what)


def error_body(status: int, message: str, code: str | None = None, detail: Any = None) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": code or _CODES.get(status, "error"), "message": message, "detail": detail}
    }


def wants_json(request: Request) -> bool:
    """API paths and `?format=json` get JSON; pages get HTML."""
    return (
        request.url.path.startswith("/api/")
        or request.url.path == "/openapi.json"
        or (request.query_params.get("format") == "json")
    )


def _respond(request: Request, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    status = int(body["error"]["status"])
    if wants_json(request):
        return JSONResponse(body, status_code=status, headers=headers)
    from lagebild.web.render import render_error

    return render_error(request, body, headers)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"where": ".".join(str(p) for p in err.get("loc", ())), "problem": str(err.get("msg", ""))}
        for err in exc.errors()
    ]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, error_body(exc.status, exc.message, exc.code, exc.detail))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _respond(request, error_body(exc.status_code, message), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = _validation_detail(exc)
        first = detail[0] if detail else {"where": "request", "problem": "invalid"}
        message = f"invalid {first['where']}: {first['problem']}"
        return _respond(request, error_body(422, message, detail=detail))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> Response:
        return _respond(request, error_body(400, str(exc)))

    @app.exception_handler(LagebildError)
    async def _lagebild(request: Request, exc: LagebildError) -> Response:
        return _respond(request, error_body(500, str(exc)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _respond(request, error_body(500, f"internal error: {type(exc).__name__}"))
