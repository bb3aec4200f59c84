"""The public API: exactly the names in kg.__all__, each importable, and `import kg` stays cheap."""

from __future__ import annotations

import subprocess
import sys

import kg

PUBLIC = {
    "build_graph", "open", "extract_text", "Graph",
    "build", "extract", "read_articles", "evaluate", "query", "serve", "export", "remove", "validate",
    "stats", "Config", "load_config", "records", "errors",
}
MODULES = {"records", "errors"}


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_all_is_exactly_the_public_api():
    assert set(kg.__all__) == PUBLIC
    assert len(kg.__all__) == len(PUBLIC)


def test_every_public_name_resolves_and_is_callable_or_a_module():
    for name in kg.__all__:
        value = getattr(kg, name)
        assert callable(value) or name in MODULES, name
        assert name in dir(kg)


def test_unknown_names_raise_attribute_error():
    try:
        kg.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("kg.no_such_name did not raise")


HEAVY = ("spacy", "rdflib", "pyoxigraph", "dateparser", "trafilatura", "networkx", "pyvis", "pandas")


def test_import_kg_loads_no_heavy_package():
    loaded = run("import sys, kg; print(' '.join(sorted(sys.modules)))").split()
    for heavy in HEAVY:
        assert heavy not in loaded, heavy


def test_the_notebook_names_load_nothing_heavy_until_called():
    # Resolving kg.open, kg.Graph, kg.extract_text and kg.build_graph imports their modules, not the engines.
    loaded = run("import sys, kg; kg.open, kg.Graph, kg.extract_text, kg.build_graph; "
                 "print(' '.join(sorted(sys.modules)))").split()
    for heavy in HEAVY:
        assert heavy not in loaded, heavy


def test_version_is_the_package_version():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    assert kg.__version__ == project["project"]["version"]


def test_namesake_modules_are_callable_whatever_the_import_order():
    # `import kg.query` first, then the attribute; and the attribute first, then the submodule's names.
    assert run("import kg.export as e, kg; print(callable(kg.export), 'formats' in dir(e))") == "True True"
    assert run("import kg; f = kg.export; from kg.export import formats; print(callable(f), callable(formats))") \
        == "True True"


def test_calling_a_namesake_module_calls_its_function(monkeypatch):
    import importlib

    module = importlib.import_module("kg.export")
    monkeypatch.setattr(module, "export", lambda *args, **kwargs: ("called", args, kwargs))
    assert kg.export("dataset", "turtle", dest=None) == ("called", ("dataset", "turtle"), {"dest": None})
