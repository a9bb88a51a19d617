"""A hard cap on request bodies, enforced while reading, so a huge upload is refused early.

A declared `Content-Length` over the cap is refused before anything is read; a chunked body is
counted as it arrives and stopped as soon as it passes the cap.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild.api.errors import ApiError, error_body

MULTIPART_OVERHEAD = 64 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes + MULTIPART_OVERHEAD

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            body = error_body(413, f"request body of {declared} bytes is over the {self.max_bytes} byte limit")
            await JSONResponse(body, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise ApiError(413, f"request body is over the {self.max_bytes} byte limit")
            return message

        await self.app(scope, counting_receive, send)
