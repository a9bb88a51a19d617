"""The web UI's routes: each builds its page dict (see `views`) and hands it to `render`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from lagebild.api.deps import AppConfig, get_cache, get_config, get_store, same_origin
from lagebild.api.errors import ApiError
from lagebild.api.ingest import items_from_bytes, items_from_url, run_ingest
from lagebild.api.ingest_routes import read_upload
from lagebild.api.services import MAX_LIMIT, StoryCache
from lagebild.store import Store
from lagebild.web import views
from lagebild.web.render import render, request_lang
from lagebild.web.story_view import story_page

router = APIRouter(include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[StoryCache, Depends(get_cache)]
ConfigDep = Annotated[AppConfig, Depends(get_config)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/")
def home(request: Request, store: StoreDep, cache: CacheDep) -> Response:
    """The busiest page: its HTML is kept as long as its data (rendering the plots costs more than the SQL)."""

    def data() -> dict[str, Any]:
        return cache.memo("home", lambda: views.home_page(store))

    if request.query_params:  # ?format=json, ?lang=... (sets a cookie): render this answer as usual
        return render(request, "home.html", data())
    lang = request_lang(request)
    html = cache.memo(f"home.html:{lang}", lambda: bytes(render(request, "home.html", data()).body))
    return HTMLResponse(html)


@router.get("/stories/{story_id}")
def story(request: Request, store: StoreDep, cache: CacheDep, config: ConfigDep, story_id: str) -> Response:
    # `lagebild serve` never waits for a dossier build: a story without a stored dossier shows it as pending
    bundle = cache.get(store, story_id, wait=not config.pending_dossiers)
    return render(request, "story.html", story_page(store, bundle))


@router.get("/articles/{article_id}")
def article(request: Request, store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> Response:
    return render(request, "article.html", views.article_page(store, article_id))


@router.get("/compare/{article_id}/{other_id}")
def compare(
    request: Request, store: StoreDep, article_id: Annotated[int, Path(ge=1)], other_id: Annotated[int, Path(ge=1)]
) -> Response:
    return render(request, "compare.html", views.compare_page(store, article_id, other_id))


@router.get("/entities")
def entities(
    request: Request,
    store: StoreDep,
    type: str | None = None,
    name: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    return render(request, "entities.html", views.entities_page(store, type or None, name or None, limit, offset))


@router.get("/entities/{key:path}")
def entity(request: Request, store: StoreDep, key: str) -> Response:
    return render(request, "entity.html", views.entity_page(store, key))


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    return render(request, "search.html", views.search_page(store, q, limit, offset))


@router.get("/quotes")
def quotes(
    request: Request,
    store: StoreDep,
    speaker: str | None = None,
    entity: str | None = None,
    outlet: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    filters = {"speaker": speaker, "entity": entity, "outlet": outlet}
    return render(request, "quotes.html", views.quotes_page(store, filters, limit, offset))


@router.get("/upload")
def upload_form(request: Request, config: ConfigDep) -> Response:
    return render(request, "upload.html", {"result": None, "max_mb": config.max_upload_bytes // 1_000_000})


@router.post("/upload", dependencies=[Depends(same_origin)])
async def upload(
    request: Request,
    store: StoreDep,
    cache: CacheDep,
    config: ConfigDep,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str, Form()] = "",
    analyze: Annotated[bool, Form()] = False,
) -> Response:
    if file is not None and file.filename:
        data = await read_upload(file, config.max_upload_bytes)
        items = items_from_bytes(data, file.filename, config.max_upload_bytes)
    elif url.strip():
        items = items_from_url(url, config.allow_private_fetch, config.max_upload_bytes)
    else:
        raise ApiError(400, "choose a file or give a URL")
    result: dict[str, Any] = await run_in_threadpool(run_ingest, store, items, analyze)
    cache.clear()
    return render(request, "upload.html", {"result": result, "max_mb": config.max_upload_bytes // 1_000_000})


@router.get("/docs")
def docs(request: Request) -> Response:
    """API reference generated from the OpenAPI schema, rendered here so no CDN or inline script is needed."""
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            ops.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "tag": (op.get("tags") or [""])[0],
                    "params": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description") or "",
                            "type": _type_of(p.get("schema", {})),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": list((op.get("requestBody") or {}).get("content", {}).keys()),
                }
            )
    return render(
        request,
        "docs.html",
        {
            "title": schema["info"]["title"],
            "version": schema["info"]["version"],
            "description": schema["info"].get("description", ""),
            "operations": ops,
        },
    )


def _type_of(schema: dict[str, Any]) -> str:
    if "type" in schema:
        return str(schema["type"])
    options = [str(s.get("type")) for s in schema.get("anyOf", []) if s.get("type") and s.get("type") != "null"]
    return " | ".join(options) or "any"
