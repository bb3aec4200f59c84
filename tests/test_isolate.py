"""extract_each: a failing article is reported and skipped, long articles go through in pieces."""

from __future__ import annotations

import pytest

from kg.config import Config
from kg.errors import ModelError
from kg.ingest.pieces import PIECE_CHARS
from kg.ingest.readers import make_article
from kg.isolate import BATCH_CHARS, extract_each
from kg.records import Extraction, Mention

STORY = "Minister Wang met Sergei Lavrov in Moscow on Monday."


def article(name: str, paragraphs=(STORY,)):
    return make_article(name, list(paragraphs), raw=name.encode())


class Model:
    """A stand-in for kg.extract.extract: batches like nlp.pipe, fails on bodies holding BOOM."""

    def __init__(self, batch_fails: bool = False) -> None:
        self.batch_fails, self.batches, self.calls = batch_fails, [], 0

    def __call__(self, articles, *, config):
        self.calls += 1
        batch = []
        for a in articles:
            batch.append(a)
            if len(batch) == config.batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, batch):
        if not batch:
            return
        self.batches.append(sum(len(a.body) for a in batch))
        if self.batch_fails and any("BOOM" in a.body for a in batch):  # fails the whole batch, as nlp.pipe would
            raise ValueError("the parser gave up\nsecond line")
        for a in batch:
            if "BOOM" in a.body:
                raise RecursionError("maximum recursion depth exceeded")
            start = a.body.index("Lavrov")
            yield Extraction(a, mentions=(Mention("Lavrov", start, start + 6, "Sergei Lavrov", "Person"),))


def run(articles, model, batch_size=3):
    problems = []
    done = list(extract_each(articles, model, config=Config(batch_size=batch_size), report=problems.append))
    return done, problems


@pytest.mark.parametrize("batch_fails", [False, True], ids=["one article fails", "its whole batch fails"])
def test_a_failing_article_is_reported_and_every_other_one_extracted(batch_fails):
    names = [f"a{i}.txt" for i in range(8)]
    articles = [article(n, [STORY + (" BOOM" if n == "a4.txt" else "")]) for n in names]
    done, problems = run(articles, Model(batch_fails))
    assert [x.article.id for x in done] == [n for n in names if n != "a4.txt"]
    assert [p.path for p in problems] == ["a4.txt"]
    assert problems[0].message.startswith("extraction failed: ") and "\n" not in problems[0].message


def test_an_article_whose_extraction_never_ends_is_reported_and_the_others_extracted():
    import time  # noqa: PLC0415

    class Stuck(Model):
        def _run(self, batch):
            for a in batch:
                while "LOOP" in a.body:  # a rule that never ends on this input
                    time.sleep(0.01)
                start = a.body.index("Lavrov")
                yield Extraction(a, mentions=(Mention("Lavrov", start, start + 6, "Sergei Lavrov", "Person"),))

    names = [f"a{i}.txt" for i in range(5)]
    articles = [article(n, [STORY + (" LOOP" if n == "a2.txt" else "")]) for n in names]
    problems = []
    started = time.monotonic()
    done = list(extract_each(articles, Stuck(), config=Config(batch_size=2, extract_timeout=0.5),
                             report=problems.append))
    assert [x.article.id for x in done] == [n for n in names if n != "a2.txt"]
    assert [(p.path, p.message) for p in problems] == [
        ("a2.txt", "extraction failed: ExtractionTimeout: took longer than 0.5 s")]
    assert time.monotonic() - started < 10


def test_a_callers_own_timer_is_left_running():
    import signal  # noqa: PLC0415
    import time  # noqa: PLC0415

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        done = list(extract_each([article("a.txt")], Model(), config=Config(extract_timeout=5.0), report=print))
        time.sleep(0.5)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert [x.article.id for x in done] == ["a.txt"]
    assert fired == [signal.SIGALRM]


def test_the_model_missing_stops_the_build():
    def missing(articles, *, config):
        raise ModelError("spaCy model is not installed")
        yield  # pragma: no cover

    with pytest.raises(ModelError):
        run([article("a.txt")], missing)


def test_a_long_article_is_extracted_in_pieces_with_offsets_into_the_whole():
    paragraphs = [f"{STORY} Paragraph {i} says more about the talks." * 20 for i in range(200)]
    long = article("long.txt", paragraphs)
    assert len(long.body) > 10 * PIECE_CHARS
    model = Model()
    done, problems = run([article("a.txt"), long, article("b.txt")], model, batch_size=32)
    assert problems == [] and [x.article.id for x in done] == ["a.txt", "long.txt", "b.txt"]
    whole = done[1]
    assert whole.article is long
    assert len(whole.mentions) > 10 and all(long.body[m.start:m.end] == "Lavrov" for m in whole.mentions)
    assert max(model.batches) <= BATCH_CHARS  # a long article never fills a batch of 32 pieces


def test_a_long_article_failing_in_one_piece_is_skipped_whole():
    paragraphs = [STORY * 100] * 30 + [STORY + " BOOM"] + [STORY * 100] * 30
    done, problems = run([article("long.txt", paragraphs), article("b.txt")], Model())
    assert [x.article.id for x in done] == ["b.txt"]
    assert [p.path for p in problems] == ["long.txt"]


def test_when_every_article_fails_the_build_fails(tmp_path, monkeypatch):
    from tests.fakes import install_fakes

    install_fakes(monkeypatch)
    import sys

    from kg.errors import KgError
    from kg.pipeline import build

    def broken(articles, *, config=None):
        for _ in articles:
            raise TypeError("a bug, not an input")
        yield from ()

    monkeypatch.setattr(sys.modules["kg.extract"], "extract", broken)
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text(STORY, "utf-8")
    with pytest.raises(KgError, match=r"no article could be extracted \(a.txt: extraction failed: TypeError"):
        build([tmp_path / "in"], out=tmp_path / "out", formats=["fake-json"], progress=False)
