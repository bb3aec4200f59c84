"""Every RDF file kg writes parses with pyoxigraph and with Debian's rapper (raptor2), to the same count."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kg.config import ONTOLOGY_DIR
from kg.export import export, formats

pytestmark = pytest.mark.integration
# kg format -> (pyoxigraph format name, rapper parser); raptor2 has no JSON-LD parser.
RDF_FORMATS = {
    "turtle": ("TURTLE", "turtle"), "trig": ("TRIG", "trig"), "nquads": ("N_QUADS", "nquads"),
    "ntriples": ("N_TRIPLES", "ntriples"), "rdfxml": ("RDF_XML", "rdfxml"), "jsonld": ("JSON_LD", None),
}


def _oxigraph_count(path, fmt: str) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt), base_iri="https://kg.example.org/"))


def _rapper_count(path, parser: str) -> int:
    done = subprocess.run(["rapper", "-i", parser, "-c", str(path), "https://kg.example.org/"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower().replace("returned", ""), done.stderr
    return int(re.search(r"returned (\d+) (?:triples|statements)", done.stderr).group(1))


@pytest.fixture(autouse=True)
def _needs_rapper():
    if shutil.which("rapper") is None:
        pytest.skip("rapper is not installed (Debian package raptor2-utils)")


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_export_parses_with_both_parsers(sample_dataset, tmp_path, fmt):
    if fmt not in formats():
        pytest.fail(f"the RDF format {fmt} is not registered")
    ox_format, parser = RDF_FORMATS[fmt]
    dest = tmp_path / f"graph.{fmt}"
    export(sample_dataset, fmt, dest)
    count = _oxigraph_count(dest, ox_format)
    assert count > 0
    if parser is not None:
        assert _rapper_count(dest, parser) == count


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_with_both_parsers(name):
    path = ONTOLOGY_DIR / name
    assert _rapper_count(path, "turtle") == _oxigraph_count(path, "TURTLE") > 0
