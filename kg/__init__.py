"""kg: a knowledge-graph builder for news about international relations.

    import kg
    report = kg.build(["data/articles"], out="output")

Names are imported on first use, so ``import kg`` stays cheap (spaCy, rdflib and friends load
only when a function that needs them runs).
"""

from __future__ import annotations

import importlib
import sys
import types

__all__ = [
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
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """Keeps ``kg.extract``/``kg.export``/``kg.query``/``kg.serve`` the functions of the same name.

    Importing a submodule normally rebinds the package attribute to the module; here the public
    function wins, as it would after ``from kg.query import query`` in an eager ``__init__``.
    Reach the modules themselves with ``from kg.query import ...`` or ``importlib.import_module``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name, ("", None))[1] is not None:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
