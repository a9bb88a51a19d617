"""Request-scoped access to what `create_app` put on `app.state`."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from lagebild.api.errors import ApiError
from lagebild.api.services import StoryCache
from lagebild.store import Store


@dataclass
class AppConfig:
    db: str
    public: bool = False
    allow_private_fetch: bool = False
    max_upload_bytes: int = 20_000_000
    pending_dossiers: bool = False  # story pages show a missing dossier as pending instead of waiting for it


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def get_cache(request: Request) -> StoryCache:
    return request.app.state.story_cache  # type: ignore[no-any-return]


def get_config(request: Request) -> AppConfig:
    return request.app.state.config  # type: ignore[no-any-return]


def same_origin(request: Request) -> None:
    """Refuse posts a page on another site makes to this server (browsers send `Origin` with them)."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != f"{request.url.scheme}://{request.url.netloc}":
        raise ApiError(403, f"cross-site post from {origin} refused")
