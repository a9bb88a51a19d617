"""The FastAPI application: REST API under /api, the web UI at /, one error shape, strict headers."""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from lagebild.api.deps import AppConfig
from lagebild.api.errors import install_error_handlers
from lagebild.api.limits import BodyLimit
from lagebild.api.security import SecurityHeaders, TokenAuth
from lagebild.api.services import StoryCache
from lagebild.errors import InputError
from lagebild.store import Store

DESCRIPTION = (
    "lagebild's store as JSON. Every list takes `limit`/`offset` and answers with `items` and `total`; "
    'every error is `{"error": {"status", "code", "message", "detail"}}`. When the server is bound '
    "to a non-loopback address, send `Authorization: Bearer TOKEN`."
)

ENV_DB = "LAGEBILD_DB"
ENV_PUBLIC = "LAGEBILD_PUBLIC"
ENV_PENDING = "LAGEBILD_PENDING_DOSSIERS"


def create_app(
    db: str,
    token: str | None = None,
    public: bool = False,
    *,
    allow_private_fetch: bool = False,
    max_upload_bytes: int = 20_000_000,
    warm: bool = False,
    pending_dossiers: bool = False,
) -> FastAPI:
    """Build the app over the store at `db`. `public` (bound beyond loopback) demands a token.

    `warm` builds the dossiers of the largest stories in a background thread at start-up.
    `pending_dossiers` makes the web story page answer at once when a dossier is neither cached nor
    stored (it is built in the background); otherwise the first view waits for the build.
    """
    if public and not token:
        raise InputError("a server reachable from other machines needs a token: pass --token or set LAGEBILD_TOKEN")
    from lagebild.api import ingest_routes, routes
    from lagebild.web import pages
    from lagebild.web.render import STATIC_DIR

    app = FastAPI(
        title="lagebild",
        version="0.1.0",
        description=DESCRIPTION,
        docs_url=None,  # the stock Swagger UI loads from a CDN with inline script: /docs is our own page
        redoc_url=None,
    )
    app.state.store = Store(db)
    app.state.story_cache = StoryCache()
    app.state.story_cache.defer_builds = pending_dossiers  # built by `lagebild serve`'s builder process
    app.state.config = AppConfig(
        db=db,
        public=public,
        allow_private_fetch=allow_private_fetch,
        max_upload_bytes=max_upload_bytes,
        pending_dossiers=pending_dossiers,
    )
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(ingest_routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    if token:
        app.add_middleware(TokenAuth, token=token)
    app.add_middleware(SecurityHeaders)  # outermost: also covers 401 and 413 answers
    if warm:
        import threading

        threading.Thread(target=app.state.story_cache.warm, args=(app.state.store,), daemon=True).start()
    return app


def prepare(app: FastAPI) -> FastAPI:
    """Compile every template and build the home page's data before the first request.

    Twenty readers arriving at a fresh worker would otherwise queue behind template compilation and
    the home page aggregates; `lagebild serve` calls this in each worker before it accepts connections.
    """
    from lagebild.web import views
    from lagebild.web.render import environment

    env = environment()
    for name in env.list_templates(filter_func=lambda n: n.endswith(".html")):
        env.get_template(name)
    try:
        app.state.story_cache.memo("home", lambda: views.home_page(app.state.store))
    except Exception:  # an empty or odd store still serves; the page builds (and reports) on request
        logging.getLogger("lagebild.api").exception("preparing the home page failed")
    return app


def factory() -> FastAPI:
    """The app of one uvicorn worker process, configured by `lagebild.api.server.run` through the environment."""
    db = os.environ.get(ENV_DB)
    if not db:
        raise InputError(f"set {ENV_DB} to the store to serve")
    token = os.environ.get("LAGEBILD_TOKEN") or None
    public = bool(os.environ.get(ENV_PUBLIC))
    return prepare(create_app(db, token=token, public=public, pending_dossiers=bool(os.environ.get(ENV_PENDING))))
