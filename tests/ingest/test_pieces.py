"""Long articles in pieces: every piece under the limit, cut between paragraphs, offsets right after joining."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.pieces import join, split
from kg.ingest.readers import make_article
from kg.records import Entity, Extraction, Mention, Relation

_WORD = st.text("abcdefghij", min_size=1, max_size=12)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=30).map(lambda words: " ".join(words) + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=8).map(" ".join)


def article(paragraphs):
    return make_article("long.txt", paragraphs, raw=b"x", title="Long", published="2024-05-01")


@settings(max_examples=200, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=20), st.integers(20, 400))
def test_pieces_are_slices_under_the_limit_and_keep_every_word(paragraphs, limit):
    whole = article(paragraphs)
    pieces = split(whole, limit)
    starts = [p.offset for p in pieces]
    assert starts == sorted(starts)
    for piece in pieces:
        assert len(piece.article.body) <= limit
        assert whole.body[piece.offset:piece.offset + len(piece.article.body)] == piece.article.body
        assert (piece.article.id, piece.article.published) == (whole.id, whole.published)
        for s, e in piece.article.paragraphs:
            assert piece.article.body[s:e].strip()
    assert " ".join(p.article.body for p in pieces).split() == whole.body.split() or any(
        len(w) > limit for w in whole.body.split())  # only a word longer than the limit is ever cut


def test_a_short_article_is_its_own_piece():
    whole = article(["One paragraph.", "Two."])
    assert [(p.offset, p.article) for p in split(whole, 1000)] == [(0, whole)]


def test_cuts_fall_between_paragraphs_first():
    paragraphs = ["A" * 30 + ".", "B" * 30 + ".", "C" * 30 + "."]
    pieces = split(article(paragraphs), 70)
    assert [p.article.body for p in pieces] == ["A" * 30 + ".\n\n" + "B" * 30 + ".", "C" * 30 + "."]


def test_join_shifts_offsets_into_the_whole_body_and_merges_entities():
    whole = article(["Wang Yi met Lavrov.", "Lavrov met Wang Yi."])
    pieces = split(whole, 20)
    assert len(pieces) == 2
    parts = []
    for piece in pieces:
        body = piece.article.body
        start = body.index("Lavrov")
        mention = Mention("Lavrov", start, start + 6, "Sergei Lavrov", "Person")
        relation = Relation("Wang Yi", "Person", "meets", "Sergei Lavrov", "Person", body, 0, len(body))
        entities = (Entity("Sergei Lavrov", "Person", ("Lavrov",), 1), Entity("Wang Yi", "Person", (), 1))
        parts.append((piece.offset, Extraction(piece.article, entities, (mention,), (relation,))))
    joined = join(whole, parts)
    assert joined.article is whole
    assert [whole.body[m.start:m.end] for m in joined.mentions] == ["Lavrov", "Lavrov"]
    assert [whole.body[r.start:r.end] for r in joined.relations] == [r.sentence for r in joined.relations]
    assert [(e.name, e.mentions, e.aliases) for e in joined.entities] == [
        ("Sergei Lavrov", 2, ("Lavrov",)), ("Wang Yi", 2, ())]
