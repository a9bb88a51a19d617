"""Response headers that make injected markup inert, and the access token for non-loopback binds.

Both are plain ASGI middleware (no `BaseHTTPMiddleware`), so they cost little per request and also
cover static files and error pages.
"""

from __future__ import annotations

import hmac
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild.api.errors import error_body

# No inline script or style anywhere; the UI's one script and stylesheet come from /static.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
TOKEN_COOKIE = "lagebild_token"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TokenAuth:
    """Every request must carry the token: `Authorization: Bearer T`, the cookie, or `?token=T` once.

    `?token=` on a GET sets an HttpOnly cookie and redirects to the same URL without the token, so the
    secret does not linger in the address bar, history or logs.
    """

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode()

    def _ok(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate).encode(), self.token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and self._ok(auth[7:].strip()):
            await self.app(scope, receive, send)
            return
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is just "no cookie"
            cookie = SimpleCookie()
        if TOKEN_COOKIE in cookie and self._ok(cookie[TOKEN_COOKIE].value):
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = next((v for k, v in query if k == "token"), None)
        if self._ok(given):
            await self._set_cookie(scope, query)(scope, receive, send)
            return
        await self._deny(scope)(scope, receive, send)

    def _set_cookie(self, scope: Scope, query: list[tuple[str, str]]) -> Response:
        rest = urlencode([(k, v) for k, v in query if k != "token"])
        target = scope.get("path", "/") + (f"?{rest}" if rest else "")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(TOKEN_COOKIE, self.token.decode(), httponly=True, samesite="strict")
        return response

    @staticmethod
    def _deny(scope: Scope) -> Response:
        message = (
            "this server needs an access token: send 'Authorization: Bearer TOKEN' or open any page with ?token=TOKEN"
        )
        if str(scope.get("path", "")).startswith("/api/") or scope.get("path") == "/openapi.json":
            return JSONResponse(error_body(401, message), status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return PlainTextResponse(message, status_code=401, headers={"WWW-Authenticate": "Bearer"})
