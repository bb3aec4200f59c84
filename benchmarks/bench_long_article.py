"""One long article: how long does ``kg build`` take and how much memory does it hold at its peak?

    python benchmarks/bench_long_article.py --bytes 5000000      # just under the default max-bytes
    python benchmarks/bench_long_article.py --bytes 300000 --keep /tmp/long

The article is made of varied copies of the sample articles (``bench_build.variant``: other
countries with their ministers and leaders, paragraphs rotated), one headline on top and the
copies' story paragraphs after it, cut to at most ``--bytes`` bytes at a paragraph break. It is built
alone by ``kg build FOLDER -o OUT --no-progress`` in a child process; the script prints the size,
the wall time, the peak resident set size of the largest process (``getrusage(RUSAGE_CHILDREN)``:
the build, or the worker process that parses the article, which is gone before the build stores
it) and the build's summary line. Parsing in pieces (``kg.ingest.pieces``) keeps the worker's
peak flat whatever the length; the build's own peak grows with what the article yields (its
graph is stored, merged and exported whole).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import SAMPLES, variant  # noqa: E402
from kg.ingest.clean import clean_text  # noqa: E402


def long_article(size: int) -> str:
    """A news article of at most ``size`` UTF-8 bytes: one headline, then the story paragraphs of varied sample copies.

    The samples go through ``clean_text`` first, so that no copy's page furniture (its dateline,
    photo credits, comments section) lands in the middle of the story and cuts it short.
    """
    stories = [clean_text(path.read_text("utf-8")) for path in sorted(SAMPLES.glob("*.txt"))]
    samples = ["\n\n".join([story.title or "", *story.paragraphs]) for story in stories]
    head = variant(samples[0], 0).split("\n\n", 1)[0]
    parts, used, index = [head], len(head.encode()) + 2, 0
    while True:
        for paragraph in variant(samples[index % len(samples)], index // len(samples)).split("\n\n")[1:]:
            cost = len(paragraph.encode()) + 2
            if used + cost > size:
                return "\n\n".join(parts) + "\n"
            parts.append(paragraph)
            used += cost
        index += 1


def run(size: int, keep: Path | None, model: str | None) -> dict[str, float]:
    """Build one generated article of about ``size`` bytes in a child process; its size, seconds and peak RSS."""
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        work = keep or Path(tmp)
        folder, out = work / "in", work / "out"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "long_article.txt"
        path.write_text(long_article(size), "utf-8")
        command = [sys.executable, "-m", "kg", "build", str(folder), "-o", str(out), "--no-progress"]
        if model:
            command += ["--model", model]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child: the build
        if done.returncode != 0:
            sys.exit(f"kg build failed ({done.returncode}):\n{done.stderr}")
        summary = next((line for line in done.stdout.splitlines() if "relation" in line), done.stdout.strip())
        return {"bytes": path.stat().st_size, "chars": len(path.read_text("utf-8")), "seconds": seconds,
                "peak_mib": peak_kib / 1024, "summary": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bytes", type=int, default=4_990_000, help="article size in bytes (default just under 5 MB)")
    parser.add_argument("--keep", type=Path, help="write the article and the build here instead of a temporary folder")
    parser.add_argument("--model", help="spaCy model (default: kg's default)")
    args = parser.parse_args()
    result = run(args.bytes, args.keep, args.model)
    print(f"article: {result['bytes']:,} bytes ({result['chars']:,} characters)")
    print(f"kg build: {result['seconds']:.1f} s, peak RSS {result['peak_mib']:,.0f} MiB")
    print(f"summary: {result['summary']}")


if __name__ == "__main__":
    main()
