"""`lagebild serve`: uvicorn over `create_app`, loopback by default, a token for anything else.

With more than one core the server runs several uvicorn worker processes (one Python process is
bound by its GIL to one core). Workers are started from an import string, so the store path and the
token reach them through environment variables, read by `lagebild.api.app.factory`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os

from lagebild.api.app import ENV_DB, ENV_PENDING, ENV_PUBLIC, create_app, prepare
from lagebild.api.security import LOOPBACK
from lagebild.api.services import build_dossiers_forever
from lagebild.errors import InputError

log = logging.getLogger("lagebild.api")
MAX_WORKERS = 2


def default_workers() -> int:
    """Two workers where there are at least two cores: enough to use both, few enough to share them."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def run(
    db: str,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    workers: int | None = None,
    warm: bool = True,
) -> None:
    """Serve until interrupted. Bound beyond loopback, a token (argument or LAGEBILD_TOKEN) is required.

    With `warm`, one builder process at lower priority stores the dossiers of the largest stories and
    then those readers asked for; story pages meanwhile answer at once with the dossier pending.
    """
    import uvicorn

    token = token or os.environ.get("LAGEBILD_TOKEN") or None
    public = host not in LOOPBACK
    if public and not token:
        raise InputError("a server reachable from other machines needs a token: pass --token or set LAGEBILD_TOKEN")
    n = workers or default_workers()
    builder = None
    if warm:
        builder = multiprocessing.get_context("spawn").Process(
            target=build_dossiers_forever, args=(db,), daemon=True, name="lagebild-dossiers"
        )
        builder.start()
    opts = {"host": host, "port": port, "log_level": "warning", "access_log": False, "server_header": False}
    try:
        if n == 1:
            app = prepare(create_app(db, token=token, public=public, pending_dossiers=warm))
            uvicorn.run(app, **opts)  # type: ignore[arg-type]
            return
        os.environ[ENV_DB] = db
        os.environ[ENV_PUBLIC] = "1" if public else ""
        os.environ[ENV_PENDING] = "1" if warm else ""
        if token:
            os.environ["LAGEBILD_TOKEN"] = token
        uvicorn.run("lagebild.api.app:factory", factory=True, workers=n, **opts)  # type: ignore[arg-type]
    finally:
        if builder is not None:
            builder.terminate()
