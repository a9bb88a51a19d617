"""`lagebild serve`: uvicorn over `create_app`, loopback by default, a token for anything else."""

from __future__ import annotations

import os

from lagebild.api.app import create_app
from lagebild.api.security import LOOPBACK


def run(db: str, host: str = "127.0.0.1", port: int = 8765, token: str | None = None) -> None:
    """Serve until interrupted. Bound beyond loopback, a token (argument or LAGEBILD_TOKEN) is required."""
    import uvicorn

    token = token or os.environ.get("LAGEBILD_TOKEN") or None
    public = host not in LOOPBACK
    app = create_app(db, token=token, public=public, warm=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
