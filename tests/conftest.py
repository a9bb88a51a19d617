"""Shared fixtures: where ../shared is, a store on each database the machine offers, and the sample store."""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when a fresh clone has no such folder."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (../shared is absent in a fresh clone)")
    return p


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty store URL on SQLite, and on PostgreSQL when LAGEBILD_TEST_PG names a server."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    base = os.environ.get("LAGEBILD_TEST_PG")
    if not base:
        pytest.skip("LAGEBILD_TEST_PG not set: no PostgreSQL server for this run")
    from sqlalchemy import create_engine, text

    from lagebild.store import database_url

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def _load_samplestore() -> ModuleType:
    """tests/api/samplestore.py, loaded by path: tests is not a package, and two folders use it."""
    name = "lagebild_test_samplestore"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "tests" / "api" / "samplestore.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def samplestore() -> ModuleType:
    """The module that fills a store with the sample articles, analyses and stories."""
    return _load_samplestore()


@pytest.fixture
def sample(tmp_path: Path, samplestore: ModuleType) -> tuple[str, Any]:
    db = str(tmp_path / "sample.db")
    return db, samplestore.fill(db)


@pytest.fixture
def client(sample: tuple[str, Any]) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app

    with TestClient(create_app(sample[0])) as c:
        yield c
