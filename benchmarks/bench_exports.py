"""What do the exports cost? Build N generated articles once, then time and weigh every common format.

    python benchmarks/bench_exports.py --articles 200

The corpus is bench_build.py's (the sample articles with other people and countries). The build
writes no exports; each format is then written from the finished store, in the order ``kg build``
writes them, so formats that share a reading of the store (the graph view of the HTML views and
the Neo4j folder, the article graphs of the two JSONL files) pay for it once, as in a build. It
prints per format the seconds and bytes, the total output against the input text (UTF-8 bytes of
the article bodies), and the total export time against bare ``nlp.pipe`` on the same texts, both
timed in this process.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size_of(path: Path) -> tuple[int, int]:
    """(bytes, files) of a file or of every file under a folder."""
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file()]
        return sum(p.stat().st_size for p in files), len(files)
    return (path.stat().st_size, 1) if path.exists() else (0, 0)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=200, help="how many articles (default 200)")
    args = options.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_build import make_corpus, peak_rss_mb  # noqa: PLC0415
    from kg import build, read_articles  # noqa: PLC0415
    from kg.config import load_config  # noqa: PLC0415
    from kg.export import COMMON_FORMATS, export  # noqa: PLC0415
    from kg.extract.model import load_model  # noqa: PLC0415
    from kg.graph import open_store  # noqa: PLC0415

    config = load_config(progress=False, jobs=1)
    with tempfile.TemporaryDirectory(prefix="kg-bench-exports-") as tmp:
        corpus, out = Path(tmp) / "articles", Path(tmp) / "out"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        texts = [a.body for a in read_articles([corpus], max_bytes=config.max_bytes)]
        text_bytes = sum(len(t.encode("utf-8")) for t in texts)

        nlp = load_model(config.model)
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=config.batch_size):
            pass
        pipe_s = time.perf_counter() - started

        started = time.perf_counter()
        build([corpus], out=out, config=config, formats=[], progress=False)
        build_s = time.perf_counter() - started
        before_rss = peak_rss_mb()

        rows = []
        with open_store(out) as store:
            quads = len(store.ox)
            for fmt, name in COMMON_FORMATS:
                dest = out / name
                started = time.perf_counter()
                export(store.dataset, fmt, dest, **({"config": config} if fmt == "html" else {}))
                rows.append((fmt, name, time.perf_counter() - started, *size_of(dest)))
        store_bytes = size_of(out / "store")[0]

    export_s = sum(r[2] for r in rows)
    output_bytes = sum(r[3] for r in rows)
    print(f"corpus            {len(texts)} articles, {text_bytes:,} bytes of text; store {quads:,} quads, "
          f"{store_bytes / 2**20:.1f} MiB")
    print(f"bare nlp.pipe     {pipe_s:7.2f} s")
    print(f"kg build          {build_s:7.2f} s without exports")
    print(f"{'format':14} {'file':16} {'seconds':>8} {'MiB':>8} {'files':>6} {'x input':>8}")
    for fmt, name, seconds, size, files in rows:
        print(f"{fmt:14} {name:16} {seconds:8.2f} {size / 2**20:8.2f} {files:6d} {size / text_bytes:8.1f}")
    print(f"{'all exports':31} {export_s:8.2f} {output_bytes / 2**20:8.2f} {'':6} {output_bytes / text_bytes:8.1f}")
    print(f"exports / nlp.pipe {export_s / pipe_s:6.2f}")
    print(f"output / input     {output_bytes / text_bytes:6.1f}   (the store: {store_bytes / text_bytes:.1f})")
    print(f"peak RSS          {before_rss:7.0f} MiB before the exports, {peak_rss_mb():.0f} after")


if __name__ == "__main__":
    main()
