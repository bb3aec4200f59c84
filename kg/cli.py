"""The ``kg`` command: a thin argparse layer over the library; each command's docstring is its --help."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path

from kg.errors import ConfigError, KgError

__all__ = ["main", "parser"]

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2


def cmd_build(args: argparse.Namespace) -> int:
    """Build the graph from articles (.txt, .html, .jsonl files, folders or globs).

    Unchanged articles (same sha256) are not extracted again. Inputs that cannot be used are
    reported one per line and skipped; the others are still built (exit status 1 if any was skipped).

    example:
      kg build data/articles -o output
      kg build data/articles/*.txt -o sample --format turtle --format html --base-iri https://example.org/
      kg build data/articles -o output --jobs 4                 # four extraction processes
      kg build archive/ -o output --scheduler tcp://HOST:8786   # extraction on a Dask cluster
    """
    from kg.config import load_config  # noqa: PLC0415
    from kg.pipeline import build  # noqa: PLC0415

    config = load_config(model=args.model, base_iri=args.base_iri, max_bytes=args.max_bytes,
                         jobs=args.jobs, scheduler=args.scheduler, progress=False if args.no_progress else None)
    report = build(args.inputs, out=args.out, config=config, formats=args.format)
    for problem in report.problems:
        _err(str(problem))
    unchanged = f" ({report.articles_unchanged} unchanged)" if report.articles_unchanged else ""
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    print(f"articles: {report.articles_read} read, {report.articles_built} built{unchanged}{skipped}")
    print(f"extracted: {report.entities} entities, {report.relations} relations "
          f"(in the {report.articles_built} articles built now, asserted or not)")
    graph = _graph_counts(args.out)
    if graph:
        print(f"graph: {graph}  (kg stats -o {args.out} for more)")
    print(f"files: {len(report.files)} written in {args.out}")
    for path in report.files:
        print(f"  {path}")
    if report.html:
        print(f"open: {report.html.resolve().as_uri()}")
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def _graph_counts(out: Path) -> str | None:
    """The named counts of the whole build (kg.graph.counts) as one line; None when there is no store to count."""
    try:
        from kg.graph.counts import counts  # noqa: PLC0415

        return counts(out=out).text
    except (ImportError, KgError):  # a build without a kg store (a stand-in store in the tests)
        return None


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the built graph (OUTDIR/relations.jsonl, entities.jsonl) against a gold file.

    example:
      kg eval data/gold/seeds.json -o output
      kg eval data/gold/seeds.json -o output --json > scores.json
    """
    from kg.eval import evaluate  # noqa: PLC0415

    report = evaluate(args.gold, out=args.out)
    print(_json(report) if args.json else _text(report))
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    """Run a SPARQL query (text, a .rq file or a saved query name) over the built graph.

    example:
      kg query 'SELECT ?s ?o WHERE { ?s <https://kg.example.org/ontology#meets> ?o }' -o output
      kg query meetings -o output --param person="Wang Yi" --format csv
    """
    from kg.query import query  # noqa: PLC0415

    result = query(args.query, out=args.out, params=_params(args.param))
    print(_render(result, args.format), end="")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the built graph as a SPARQL 1.1 endpoint (read-only unless --writable) until Ctrl-C.

    example:
      kg serve -o output --port 7878
    """
    from kg.serve import serve  # noqa: PLC0415

    try:
        serve(out=args.out, host=args.host, port=args.port, read_only=not args.writable, timeout=args.timeout)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write one export of the built graph (default destination: inside OUTDIR).

    example:
      kg export --format neo4j -o output
      kg export --format turtle -o output --dest graph.ttl
      kg export --format nquads --shards 8 -o output   # output/shards/graph-0001-of-0008.nq ... for a bulk load
    """
    if args.shards is not None:
        from kg.export.shards import export_shards  # noqa: PLC0415

        print("\n".join(map(str, export_shards(out=args.out, shards=args.shards, fmt=args.format, dest=args.dest))))
        return EXIT_OK
    from kg.graph import export_build  # noqa: PLC0415

    print(export_build(out=args.out, fmt=args.format, dest=args.dest))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove one article (its file name, e.g. 000_x.txt) and everything only it said from the graph.

    example:
      kg remove 003_4abb5b22b4219653.txt -o output
    """
    from kg.graph import remove  # noqa: PLC0415

    if not remove(args.article, out=args.out):
        raise KgError(f"no article {args.article!r} in {args.out}")
    print(f"removed {args.article}; the exports in {args.out} are updated")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Check the built graph against the SHACL shapes (exit status 1 if it does not conform).

    example:
      kg validate -o output
    """
    from kg.graph import validate  # noqa: PLC0415

    report = validate(out=args.out)
    print(_text(report))
    return EXIT_OK if report.conforms else EXIT_SKIPPED


def cmd_stats(args: argparse.Namespace) -> int:
    """Counts, degree and centrality of the built entity graph.

    example:
      kg stats -o output
    """
    from kg.graph import stats  # noqa: PLC0415

    print(_text(stats(out=args.out)))
    return EXIT_OK


def cmd_formats(args: argparse.Namespace) -> int:
    """List the export formats (for kg build --format and kg export --format).

    example:
      kg formats
    """
    from kg.export import formats  # noqa: PLC0415
    from kg.pipeline import output_name  # noqa: PLC0415

    known = formats()
    width = max(map(len, known), default=0)
    files = {name: output_name(name) for name in known}
    file_width = max(map(len, files.values()), default=0)
    for name, description in known.items():
        print(f"{name:<{width}}  {files[name]:<{file_width}}  {description}")
    return EXIT_OK


def cmd_queries(args: argparse.Namespace) -> int:
    """List the saved SPARQL queries (usable by name with kg query).

    example:
      kg queries
    """
    from kg.query import saved_queries  # noqa: PLC0415

    for name, description in saved_queries().items():
        print(f"{name:<24} {description}")
    return EXIT_OK


def cmd_lexicon(args: argparse.Namespace) -> int:
    """Show what the lexicons hold (counts per table), or what they say of a word or name.

    The tables are tab-separated files in kg/extract/data/ (eventdata/ holds the event-data
    dictionaries: PETRARCH2 CAMEO verbs, Phoenix actors and agents, the CAMEO-to-PLOVER map).

    example:
      kg lexicon
      kg lexicon expel
      kg lexicon "vladimir putin"
    """
    from kg.extract.lexicon import lookup, summary  # noqa: PLC0415

    if args.word:
        lines = lookup(args.word)
        print("\n".join(lines) if lines else f"{args.word}: not in the lexicons")
        return EXIT_OK
    for name, count in summary().items():
        print(f"{count:>8,}  {name}")
    return EXIT_OK


def _params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"--param wants key=value, got {pair!r}")
        params[key] = value
    return params


def _text(obj: object) -> str:
    """A report as text: its ``text`` field when it has one, else ``str``."""
    text = getattr(obj, "text", None)
    return text if isinstance(text, str) else str(obj)


def _json(obj: object) -> str:
    """A report as JSON: its own ``to_json`` when it has one, else its dataclass fields."""
    if callable(getattr(obj, "to_json", None)):
        return obj.to_json()  # type: ignore[attr-defined]
    data = asdict(obj) if is_dataclass(obj) else obj
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def _render(result: object, fmt: str) -> str:
    """A query result in ``fmt`` (table, csv, tsv, json), through the result's own formatter."""
    text = result.format(fmt)  # type: ignore[attr-defined]
    return text if text.endswith("\n") else text + "\n"


def _out(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("-o", "--out", metavar="OUTDIR", type=Path, default=Path("output"),
                     help="the build folder (default: output)")


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``kg`` with every subcommand."""
    top = argparse.ArgumentParser(
        prog="kg", description="Build a knowledge graph of international relations from news articles.",
        epilog="Run `kg COMMAND --help` for a command's options and an example.")
    top.add_argument("--version", action="version", version=f"kg {_version()}")
    subs = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        doc = func.__doc__ or ""
        sub = subs.add_parser(name, help=doc.splitlines()[0], description=_dedent(doc),
                              formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(func=func)
        return sub

    sub = add("build", cmd_build)
    sub.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or glob patterns")
    _out(sub)
    sub.add_argument("--model", help="spaCy pipeline name (default: an installed en_core_web_sm)")
    sub.add_argument("--base-iri", help="IRI prefix of the data (default: https://kg.example.org/)")
    sub.add_argument("--format", action="append", metavar="FMT",
                     help="write this export (repeatable; default: the common ones, see kg formats)")
    sub.add_argument("--no-progress", action="store_true", help="no progress lines on stderr")
    sub.add_argument("--max-bytes", type=int, metavar="N", help="skip input files larger than N bytes")
    sub.add_argument("--jobs", type=int, metavar="N",
                     help="extract in N processes (default: one per core; the output is the same for any N)")
    sub.add_argument("--scheduler", metavar="ADDRESS",
                     help="extract on the Dask cluster of this scheduler, e.g. tcp://HOST:8786 (needs kg[dask])")

    sub = add("eval", cmd_eval)
    sub.add_argument("gold", metavar="GOLD", help="gold file (JSON)")
    _out(sub)
    sub.add_argument("--json", action="store_true", help="print the scores as JSON")

    sub = add("query", cmd_query)
    sub.add_argument("query", metavar="QUERY", help="SPARQL text, a .rq file or a saved query name")
    _out(sub)
    sub.add_argument("--param", action="append", default=[], metavar="K=V", help="bind ?K to V (repeatable)")
    sub.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")

    sub = add("serve", cmd_serve)
    _out(sub)
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=7878)
    sub.add_argument("--timeout", type=float, default=30.0, help="query time limit in seconds")
    sub.add_argument("--writable", action="store_true", help="accept SPARQL updates (read-only by default)")

    sub = add("export", cmd_export)
    sub.add_argument("--format", required=True, metavar="FMT", help="an export format (see kg formats)")
    _out(sub)
    sub.add_argument("--dest", type=Path, metavar="PATH", help="where to write (default: inside OUTDIR)")
    sub.add_argument("--shards", type=int, metavar="N",
                     help="N-Quads as N files for a parallel bulk load, in a folder (default: OUTDIR/shards)")

    sub = add("remove", cmd_remove)
    sub.add_argument("article", metavar="ARTICLE", help="the article id (its file name)")
    _out(sub)

    for name, func in (("validate", cmd_validate), ("stats", cmd_stats)):
        _out(add(name, func))
    add("formats", cmd_formats)
    add("queries", cmd_queries)
    sub = add("lexicon", cmd_lexicon)
    sub.add_argument("word", nargs="?", metavar="WORD", help="a word, phrasal verb or name to look up")
    return top


def _version() -> str:
    from kg import __version__  # noqa: PLC0415

    return __version__


def _dedent(doc: str) -> str:
    import textwrap  # noqa: PLC0415

    first, _, rest = doc.partition("\n")
    return first + "\n" + textwrap.dedent(rest)


def _err(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: the command line); returns the exit status."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    except BrokenPipeError:  # `kg query ... | head`
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # e.g. OUTDIR not writable: the user's to fix, not a bug
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"error: {where}{exc.strerror or exc}")
        return EXIT_ERROR
