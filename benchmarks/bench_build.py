"""How much does kg add on top of spaCy? Time bare ``nlp.pipe`` and a full ``kg.build`` on the same texts.

    python benchmarks/bench_build.py --articles 50

Then the cost of a change: one more article added to the input folder and built again (``kg.build``),
and that article retracted again (``kg.graph.remove``, what ``kg remove`` runs: a file taken out of
the input folder stays in the graph), each split into the merge (``Store.refresh``), the exports
and the rest (reading the inputs to find what changed, loading and running the extractor).
``--check`` also compares every quad of the store before the add and after the remove.

The corpus is made from the sample articles (data/articles): each copy swaps the people and
countries for others and rotates the paragraphs, so no two texts are the same. Both timings
come from the same process and the same loaded model; peak memory is the process's maximum
resident set size (getrusage), optionally the Python heap peak of the build (--tracemalloc,
which slows the build down, so it is measured in a separate run).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from contextlib import contextmanager
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "articles"

# The samples' countries (country, adjective, capital) with their foreign minister and leader (full name,
# short name), and the countries they become: each copy swaps China and Russia for two others, their
# ministers and leaders with them, so that every person keeps one country across the corpus (as in real
# news; a person given a different country in every copy multiplied the country-level rule's facts).
COUNTRIES_IN = [(("China", "Chinese", "Beijing"), [("Wang Yi", "Wang")], [("Xi Jinping", "Xi")]),
                (("Russia", "Russian", "Moscow"), [("Sergei Lavrov", "Lavrov"), ("Sergey Lavrov", "Lavrov")],
                 [("Vladimir Putin", "Putin")])]
COUNTRIES_OUT = [
    (("Australia", "Australian", "Canberra"), ("Penny Wong", "Wong"), ("Anthony Albanese", "Albanese")),
    (("Brazil", "Brazilian", "Brasilia"), ("Mauro Vieira", "Vieira"), ("Luiz Inacio Lula da Silva", "Lula")),
    (("Turkey", "Turkish", "Ankara"), ("Hakan Fidan", "Fidan"), ("Recep Tayyip Erdogan", "Erdogan")),
    (("Germany", "German", "Berlin"), ("Annalena Baerbock", "Baerbock"), ("Olaf Scholz", "Scholz")),
    (("India", "Indian", "New Delhi"), ("Subrahmanyam Jaishankar", "Jaishankar"), ("Narendra Modi", "Modi")),
    (("France", "French", "Paris"), ("Catherine Colonna", "Colonna"), ("Emmanuel Macron", "Macron")),
    (("Canada", "Canadian", "Ottawa"), ("Melanie Joly", "Joly"), ("Justin Trudeau", "Trudeau")),
]


def variant(text: str, index: int) -> str:
    """Copy ``index`` of a sample: other countries with their people (in one pass), paragraphs rotated."""
    table: dict[str, str] = {}
    for k, (names, ministers, leaders) in enumerate(COUNTRIES_IN):
        new_names, minister, leader = COUNTRIES_OUT[(index + 3 * k) % len(COUNTRIES_OUT)]
        table.update(zip(names, new_names))
        for people, (new_full, new_short) in ((ministers, minister), (leaders, leader)):
            for full, short in people:
                table[full], table[short] = new_full, new_short
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    swapped = pattern.sub(lambda m: table[m.group()], text)
    head, *paragraphs = [p for p in re.split(r"\n\s*\n|\n", swapped) if p.strip()]
    shift = index % max(len(paragraphs), 1)
    return "\n\n".join([head, *paragraphs[shift:], *paragraphs[:shift]]) + "\n"


def write_article(folder: Path, index: int) -> Path:
    """Write varied copy ``index`` of the sample articles into ``folder``."""
    samples = sorted(SAMPLES.glob("*.txt"))
    sample = samples[index % len(samples)]
    path = folder / f"{index:04d}_{sample.stem}.txt"
    path.write_text(variant(sample.read_text("utf-8"), index // len(samples)), "utf-8")
    return path


def make_corpus(folder: Path, count: int) -> list[Path]:
    """Write ``count`` varied copies of the sample articles into ``folder``."""
    return [write_article(folder, index) for index in range(count)]


@contextmanager
def phases(*targets: tuple[object, str, str]):
    """Seconds spent in each (owner, attribute, phase) while the block runs, by wrapping the callables."""
    spent: dict[str, float] = {phase: 0.0 for _, _, phase in targets}
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in targets]

    def timed(call: Callable, phase: str) -> Callable:
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                spent[phase] += time.perf_counter() - started
        return wrapper

    for (owner, name, call), (_, _, phase) in zip(originals, targets, strict=True):
        setattr(owner, name, timed(call, phase))
    try:
        yield spent
    finally:
        for owner, name, call in originals:
            setattr(owner, name, call)


def store_quads(out: Path) -> list[str]:
    """Every quad of a build's store as sorted N-Quads lines, the build time left out."""
    import pyoxigraph as ox  # noqa: PLC0415

    store = ox.Store.read_only(str(out / "store"))
    return sorted(str(q) for q in store if "endedAtTime" not in q.predicate.value)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=50, help="how many articles (default 50)")
    options.add_argument("--tracemalloc", action="store_true", help="also measure the Python heap peak of a build")
    options.add_argument("--no-exports", action="store_true", help="build the store only (no export formats)")
    options.add_argument("--check", action="store_true",
                         help="compare the store's quads before the add and after the remove")
    args = options.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import kg.export  # noqa: PLC0415
    from kg import build, read_articles  # noqa: PLC0415
    from kg.graph import remove  # noqa: PLC0415
    from kg.graph.store import Store  # noqa: PLC0415
    from kg.config import load_config  # noqa: PLC0415
    from kg.extract.model import load_model  # noqa: PLC0415

    config = load_config(progress=False, jobs=1)  # one process: kg.build against nlp.pipe on the same model
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        articles = list(read_articles([corpus], max_bytes=config.max_bytes))
        texts = [a.body for a in articles]
        characters = sum(map(len, texts))

        started = time.perf_counter()
        nlp = load_model(config.model)
        load_s = time.perf_counter() - started
        baseline_rss = peak_rss_mb()

        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=config.batch_size):
            pass
        pipe_s = time.perf_counter() - started
        pipe_rss = peak_rss_mb()

        out = Path(tmp) / "out"
        formats = [] if args.no_exports else None
        started = time.perf_counter()
        report = build([corpus], out=out, config=config, progress=False, formats=formats)
        build_s = time.perf_counter() - started
        build_rss = peak_rss_mb()

        started = time.perf_counter()
        again = build([corpus], out=out, config=config, progress=False, formats=formats)
        rebuild_s = time.perf_counter() - started

        before = store_quads(out) if args.check else None
        targets = ((Store, "refresh", "merge"), (kg.export, "export", "exports"))
        added = write_article(corpus, args.articles)
        with phases(*targets) as add_phases:
            started = time.perf_counter()
            build([corpus], out=out, config=config, progress=False, formats=formats)
            add_s = time.perf_counter() - started
        with phases(*targets) as remove_phases:
            started = time.perf_counter()
            assert remove(added.name, out=out)
            remove_s = time.perf_counter() - started
        same = store_quads(out) == before if args.check else None

        heap = None
        if args.tracemalloc:
            tracemalloc.start()
            build([corpus], out=Path(tmp) / "out-traced", config=config, progress=False)
            heap = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()

    print(f"corpus            {len(articles)} articles, {characters:,} characters")
    print(f"model             {nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}, "
          f"loaded in {load_s:.2f} s")
    print(f"bare nlp.pipe     {pipe_s:7.2f} s   {len(texts) / pipe_s:6.1f} articles/s")
    print(f"kg build          {build_s:7.2f} s   {len(texts) / build_s:6.1f} articles/s   "
          f"({report.articles_built} built, {report.entities} entities, {report.relations} relations, "
          f"{len(report.files)} outputs)")
    print(f"ratio build/pipe  {build_s / pipe_s:7.2f}")
    print(f"rebuild unchanged {rebuild_s:7.2f} s   ({again.articles_unchanged} unchanged, {again.articles_built} built)")
    for label, seconds, spent in (("add 1 article", add_s, add_phases), ("remove 1 article", remove_s, remove_phases)):
        rest = seconds - spent["merge"] - spent["exports"]
        print(f"{label:17s} {seconds:7.2f} s   (merge {spent['merge']:.2f} s, exports {spent['exports']:.2f} s, "
              f"reading, extraction and the rest {rest:.2f} s)")
    if same is not None:
        print(f"add then remove    {'same quads as before' if same else 'QUADS DIFFER from before'}")
    print(f"peak RSS          {baseline_rss:7.0f} MiB after loading, {pipe_rss:.0f} after nlp.pipe, "
          f"{build_rss:.0f} after build")
    if heap is not None:
        print(f"python heap peak  {heap:7.1f} MiB during a build (tracemalloc)")


if __name__ == "__main__":
    main()
