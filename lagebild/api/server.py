"""`lagebild serve`: uvicorn over `create_app`, loopback by default, a token for anything else.

With more than one core the server runs several uvicorn worker processes (one Python process is
bound by its GIL to one core). Workers are started from an import string, so the store path and the
token reach them through environment variables, read by `lagebild.api.app.factory`.
"""

from __future__ import annotations

import logging
import os
import threading

from lagebild.api.app import ENV_DB, ENV_PUBLIC, create_app, prepare
from lagebild.api.security import LOOPBACK
from lagebild.api.services import warm_dossiers
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

    Dossiers of the largest stories are built and stored by one background thread of this (the
    supervising) process, so workers do not build the same dossier twice.
    """
    import uvicorn

    token = token or os.environ.get("LAGEBILD_TOKEN") or None
    public = host not in LOOPBACK
    if public and not token:
        raise InputError("a server reachable from other machines needs a token: pass --token or set LAGEBILD_TOKEN")
    n = workers or default_workers()
    if warm:
        threading.Thread(target=warm_dossiers, args=(db,), daemon=True, name="lagebild-warm").start()
    opts = {"host": host, "port": port, "log_level": "warning", "access_log": False, "server_header": False}
    if n == 1:
        uvicorn.run(prepare(create_app(db, token=token, public=public, pending_dossiers=True)), **opts)  # type: ignore[arg-type]
        return
    os.environ[ENV_DB] = db
    os.environ[ENV_PUBLIC] = "1" if public else ""
    if token:
        os.environ["LAGEBILD_TOKEN"] = token
    uvicorn.run("lagebild.api.app:factory", factory=True, workers=n, **opts)  # type: ignore[arg-type]
