"""A sample store (see samplestore.py) and an in-process client over it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fastapi.testclient import TestClient


def load_samplestore() -> ModuleType:
    """Importable from tests/api and tests/web alike, without making tests a package."""
    name = "lagebild_test_samplestore"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("samplestore.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def sample(tmp_path: Path) -> tuple[str, Any]:
    db = str(tmp_path / "sample.db")
    return db, load_samplestore().fill(db)


@pytest.fixture
def client(sample: tuple[str, Any]) -> Iterator[TestClient]:
    from lagebild.api.app import create_app

    with TestClient(create_app(sample[0])) as c:
        yield c
