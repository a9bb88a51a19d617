"""POST endpoints that put new documents into the store (local use; behind the token when public)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from lagebild.api.deps import AppConfig, get_cache, get_config, get_store, same_origin
from lagebild.api.errors import ApiError
from lagebild.api.ingest import items_from_bytes, items_from_url, run_ingest
from lagebild.api.services import StoryCache
from lagebild.store import Store

router = APIRouter(prefix="/api/ingest", tags=["ingest"], dependencies=[Depends(same_origin)])

StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[StoryCache, Depends(get_cache)]
ConfigDep = Annotated[AppConfig, Depends(get_config)]
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines")


class UrlIngest(BaseModel):
    url: str = Field(min_length=8, max_length=2000, description="http(s) URL of a page or feed to fetch")
    analyze: bool = True


async def read_upload(file: UploadFile, max_bytes: int) -> bytes:
    data = await file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ApiError(413, f"upload is over the {max_bytes} byte limit")
    return data


@router.post("/file", summary="Upload one file (text dump, HTML, feed, WARC, JSONL; gzip allowed)")
async def ingest_file(
    store: StoreDep,
    cache: CacheDep,
    config: ConfigDep,
    file: Annotated[UploadFile, File(description="The file to ingest")],
    analyze: Annotated[bool, Form()] = True,
) -> dict[str, Any]:
    data = await read_upload(file, config.max_upload_bytes)
    items = items_from_bytes(data, file.filename, config.max_upload_bytes)
    report = await run_in_threadpool(run_ingest, store, items, analyze)
    cache.clear()
    return report


@router.post("/url", summary="Fetch a URL (public addresses only unless the server allows private ones)")
async def ingest_url(store: StoreDep, cache: CacheDep, config: ConfigDep, body: UrlIngest) -> dict[str, Any]:
    items = items_from_url(body.url, config.allow_private_fetch, config.max_upload_bytes)
    report = await run_in_threadpool(run_ingest, store, items, body.analyze)
    cache.clear()
    return report


@router.post(
    "/jsonl",
    summary="JSON Lines in the request body, one article per line",
    openapi_extra={
        "requestBody": {"content": {"application/x-ndjson": {"schema": {"type": "string"}}}, "required": True}
    },
)
async def ingest_jsonl(
    request: Request, store: StoreDep, cache: CacheDep, config: ConfigDep, analyze: bool = True
) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in (*JSONL_TYPES, "text/plain"):
        raise ApiError(415, f"send JSON Lines as application/x-ndjson, not {ctype or 'no content type'}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > config.max_upload_bytes:
            raise ApiError(413, f"body is over the {config.max_upload_bytes} byte limit")
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data.strip():
        raise ApiError(400, "empty body: send one JSON object per line")
    items = items_from_bytes(data, "body.jsonl", config.max_upload_bytes, kind="jsonl")
    report = await run_in_threadpool(run_ingest, store, items, analyze)
    cache.clear()
    return report
