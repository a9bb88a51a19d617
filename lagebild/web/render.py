"""Render a page dict as HTML (Jinja2, autoescaped) or as JSON (`?format=json`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from lagebild.web.i18n import LANGS, pick_language, translator

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
LANG_COOKIE = "lagebild_lang"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Autoescape is on for every template; nothing in them marks article text as safe."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v, top: 0 if not top else round(100 * v / top)
    env.filters["when"] = when
    return env


def when(value: object) -> str:
    """A stored date or timestamp as a reader scans it: "2031-05-06", "2031-05-06 08:05 UTC".

    Outlets give a bare date or a full ISO timestamp; printed raw, the second breaks table columns and
    its seconds and offset say little. Anything that is not ISO is shown as it is.
    """
    text = "" if value is None else str(value)
    if len(text) <= 10 or "T" not in text:
        return text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    offset = moment.utcoffset()
    if offset is None:
        zone = ""
    elif offset == timedelta(0):
        zone = " UTC"
    else:
        zone = " " + moment.strftime("%z")[:3] + ":" + moment.strftime("%z")[3:]
    return f"{moment:%Y-%m-%d %H:%M}{zone}"


def request_lang(request: Request) -> str:
    return pick_language(
        request.query_params.get("lang"), request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
    )


def _query_builder(request: Request) -> Any:
    def qs(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if k not in ("token", "lang")}
        for k, v in changes.items():
            if v is None:
                params.pop(k, None)
            else:
                params[k] = str(v)
        return request.url.path + ("?" + urlencode(params) if params else "")

    return qs


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
    if request.query_params.get("format") == "json":
        return JSONResponse(data, status_code=status)
    lang = request_lang(request)
    html = (
        environment()
        .get_template(template)
        .render(
            d=data,
            t=translator(lang),
            lang=lang,
            langs=LANGS,
            path=request.url.path,
            qs=_query_builder(request),
        )
    )
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, samesite="lax", max_age=365 * 24 * 3600)
    return response


def render_error(request: Request, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    response = render(request, "error.html", body, status=int(body["error"]["status"]))
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response
