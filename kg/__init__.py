"""kg: a knowledge-graph builder for news about international relations.

    import kg
    graph = kg.build_graph("data/articles", out="output")   # or kg.open("output") for a done build
    graph.query("meetings", person="Wang Yi").to_df()
    kg.extract_text("Wang Yi met Sergei Lavrov on Monday.", published="2024-05-08").relations

Names are imported on first use, so ``import kg`` stays cheap (spaCy, rdflib and friends load
only when a function that needs them runs). ``kg.extract``, ``kg.export``, ``kg.query`` and
``kg.serve`` are modules that can also be called as their namesake function.
"""

from __future__ import annotations

import importlib
import sys
import types

__all__ = [
    "build_graph",
    "open",
    "extract_text",
    "Graph",
    "build",
    "extract",
    "read_articles",
    "evaluate",
    "query",
    "serve",
    "export",
    "remove",
    "validate",
    "stats",
    "Config",
    "load_config",
    "records",
    "errors",
]
__version__ = "0.1.0"

# Public name -> (module, attribute); attribute None means the module itself.
_LAZY: dict[str, tuple[str, str | None]] = {
    "build_graph": ("kg.api", "build_graph"),
    "open": ("kg.api", "open"),
    "extract_text": ("kg.api", "extract_text"),
    "Graph": ("kg.graph_handle", "Graph"),
    "build": ("kg.pipeline", "build"),
    "extract": ("kg.extract", "extract"),
    "read_articles": ("kg.ingest", "read_articles"),
    "evaluate": ("kg.eval", "evaluate"),
    "query": ("kg.query", "query"),
    "serve": ("kg.serve", "serve"),
    "export": ("kg.export", "export"),
    "remove": ("kg.graph", "remove"),
    "validate": ("kg.graph", "validate"),
    "stats": ("kg.graph", "stats"),
    "Config": ("kg.config", "Config"),
    "load_config": ("kg.config", "load_config"),
    "records": ("kg.records", None),
    "errors": ("kg.errors", None),
}


def __getattr__(name: str) -> object:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'kg' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    value = module if attribute is None or _is_namesake(name, module) else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _CallableModule(types.ModuleType):
    """A submodule callable as its namesake function: ``kg.query(...)`` is ``kg.query.query(...)``."""

    def __call__(self, *args: object, **kwargs: object) -> object:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)


def _is_namesake(name: str, module: types.ModuleType) -> bool:
    """``kg.extract``, ``kg.export``, ``kg.query``, ``kg.serve``: the module is the public name, made callable."""
    if module.__name__ != f"{__name__}.{name}" or _LAZY[name][1] != name:
        return False
    if type(module) is types.ModuleType:
        module.__class__ = _CallableModule
    return True


class _Package(types.ModuleType):
    # Importing kg.query binds the package attribute before __getattr__ could: make it callable then too,
    # so `import kg.query as q; q.saved_queries()` and `kg.query("...", out=...)` both work in any order.
    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and name in _LAZY:
            _is_namesake(name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
