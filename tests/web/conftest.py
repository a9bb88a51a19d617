"""The sample store of tests/api, shared with the web tests."""

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
    name = "lagebild_test_samplestore"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "api" / "samplestore.py"
        spec = importlib.util.spec_from_file_location(name, path)
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
