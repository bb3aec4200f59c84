"""pyproject.toml pins what is installed, the model is pinned by hash, and the wheel carries its data."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([\w.]+)$")


def pins() -> list[tuple[str, str]]:
    project = PROJECT["project"]
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return [PIN.match(r).groups() for r in requirements]  # AttributeError here: a requirement is not pinned


def test_every_dependency_is_pinned_to_the_installed_version():
    for name, version in pins():
        assert metadata.version(name) == version, name


def test_model_is_pinned_by_hash_and_installed():
    lines = [line for line in (ROOT / "requirements" / "model.txt").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) == 1
    requirement, digest = re.fullmatch(r"(\S+==\S+) --hash=sha256:([0-9a-f]{64})", lines[0]).groups()
    name, version = requirement.split("==")
    assert metadata.version(name) == version


def test_console_script_and_package_data_are_declared():
    assert PROJECT["project"]["scripts"] == {"kg": "kg.cli:main"}
    assert PROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"] == {"ontology": "kg/ontology"}


@pytest.mark.integration
def test_wheel_holds_the_ontology_and_the_data_files(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"kg/ontology/kg.ttl", "kg/ingest/boilerplate.json", "kg/cli.py"}
    expected |= {f"kg/extract/data/{p.name}" for p in (ROOT / "kg" / "extract" / "data").iterdir() if p.is_file()}
    expected |= {f"kg/ontology/{p.relative_to(ROOT / 'ontology')}" for p in (ROOT / "ontology").rglob("*") if p.is_file()}
    assert expected <= names
