"""Fixtures of the interfaces tests: a small real build of hand-written records (see interfaces_sample)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets the tests import interfaces_sample

from interfaces_sample import build_sample  # noqa: E402


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """A build folder (store/ and graph.nq) of the sample extractions; treat it as read-only."""
    return build_sample(tmp_path_factory.mktemp("build"))


@pytest.fixture()
def sample_dataset(sample_build, tmp_path):
    """An rdflib Dataset of the sample build (a private copy of its store)."""
    from kg.graph import Store

    shutil.copytree(sample_build / "store", tmp_path / "store")
    store = Store(tmp_path / "store")
    yield store.dataset
    store.close()
