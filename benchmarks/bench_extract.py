"""What does extraction (lexicons and rules) cost on top of spaCy? Time bare ``nlp.pipe`` and
``kg.extract`` on the same texts, in one process with one loaded model.

    python benchmarks/bench_extract.py --articles 100

The corpus is the varied copies of the sample articles that bench_build.py makes, plus the
challenge articles (data/challenge/articles) when present. The first call to the lexicons
(loading the event-data dictionaries and building the phrase matchers) is timed on its own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import make_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=100, help="how many generated articles (default 100)")
    options.add_argument("--repeat", type=int, default=2, help="timed rounds of each side, best kept (default 2)")
    args = options.parse_args(argv)

    from kg import read_articles  # noqa: PLC0415
    from kg.config import load_config  # noqa: PLC0415
    from kg.extract import extract, extract_doc  # noqa: PLC0415
    from kg.extract.model import load_model  # noqa: PLC0415

    config = load_config(progress=False)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        inputs = [corpus] + ([ROOT / "data/challenge/articles"] if (ROOT / "data/challenge/articles").is_dir() else [])
        articles = list(read_articles(inputs, max_bytes=config.max_bytes))
    texts = [a.body for a in articles]
    nlp = load_model(config.model)

    started = time.perf_counter()
    extract_doc(nlp(texts[0]), articles[0])  # loads the lexicons and builds the matchers
    warm_s = time.perf_counter() - started

    pipe_s = extract_s = float("inf")
    relations = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=config.batch_size):
            pass
        pipe_s = min(pipe_s, time.perf_counter() - started)
        started = time.perf_counter()
        relations = sum(len(x.relations) for x in extract(articles, config=config))
        extract_s = min(extract_s, time.perf_counter() - started)

    words = sum(len(t.split()) for t in texts)
    print(f"corpus             {len(texts)} articles, {words:,} words")
    print(f"lexicons loaded    {warm_s:7.2f} s (once per process)")
    print(f"bare nlp.pipe      {pipe_s:7.2f} s   {len(texts) / pipe_s:6.1f} articles/s")
    print(f"kg extract         {extract_s:7.2f} s   {len(texts) / extract_s:6.1f} articles/s   ({relations} relations)")
    print(f"ratio extract/pipe {extract_s / pipe_s:7.2f}   (rules and lexicons: {100 * (extract_s / pipe_s - 1):.0f}% "
          f"on top of spaCy)")


if __name__ == "__main__":
    main()
