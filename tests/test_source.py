"""The package's source: no module binds one top-level name twice (a second word set under a name in use
silently replaces the first for every rule that reads it)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def bound_twice(source: str) -> dict[str, list[int]]:
    """The top-level names a module's text binds more than once (assignments, functions, classes), with their lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_check_finds_a_name_bound_twice():
    assert bound_twice("_WORDS = {1}\ndef f():\n    return _WORDS\n_WORDS = {2}\n") == {"_WORDS": [1, 4]}


def test_no_module_binds_a_top_level_name_twice():
    found = {str(path.relative_to(PACKAGE)): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := bound_twice(path.read_text("utf-8")))}
    assert not found, found
