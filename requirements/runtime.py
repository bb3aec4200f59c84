"""Print kg's runtime requirements from pyproject.toml, one per line, for ``pip install -r``.

    python requirements/runtime.py            the dependencies to install with their own dependencies
    python requirements/runtime.py --no-deps  the ones to install without (``pip install --no-deps``)

pyproject.toml stays the one list of pins; this only splits it. pyvis goes in the second list:
kg reads the vis-network script it ships and never imports pyvis, whose declared IPython
dependency would add a few dozen packages to every install.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

NO_DEPS = frozenset({"pyvis"})  # installed without the dependencies they declare
ROOT = Path(__file__).resolve().parents[1]


def requirements(*, no_deps: bool) -> list[str]:
    """pyproject.toml's dependencies that are (``no_deps=True``) or are not in ``NO_DEPS``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    name = lambda requirement: re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0].lower()  # noqa: E731
    return [r for r in project["dependencies"] if (name(r) in NO_DEPS) == no_deps]


if __name__ == "__main__":
    print("\n".join(requirements(no_deps="--no-deps" in sys.argv[1:])))
