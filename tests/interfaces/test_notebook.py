"""notebooks/explore.ipynb runs top to bottom (nbclient), so it cannot rot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.integration]
NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"


def test_notebook_imports_only_kg_and_display_libraries():
    cells = json.loads(NOTEBOOK.read_text("utf-8"))["cells"]
    imports = {line.split()[1].split(".")[0] for c in cells if c["cell_type"] == "code"
               for line in "".join(c["source"]).splitlines() if line.startswith(("import ", "from "))}
    assert imports <= {"kg", "os", "pathlib", "networkx", "matplotlib", "IPython"}, imports


def test_notebook_executes(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(tmp_path / "out"))
    client = nbclient.NotebookClient(notebook, timeout=1200, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "articles read" in text and "Sergei Lavrov" in text
    assert "(0 rows)" not in text  # each of the five questions has an answer in the sample corpus
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the matplotlib figure
    assert any("<iframe" in o.get("data", {}).get("text/html", "") for o in outputs)
    assert (tmp_path / "out" / "html" / "overview.html").is_file()
    assert os.environ["KG_NOTEBOOK_OUT"] == str(tmp_path / "out")
