"""The vocabulary words each document holds, indexed at build time (``index.embedded.held_words``): an understood
word filter is one posting list, and answers what the bigram form answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.search_vocabulary import query_vocabulary
from index import get_backend
from index.embedded.held_words import HeldWords
from index.types import FacilityDocument, SearchQuery
from tests.contract.test_contract_understood import DOCS


@pytest.fixture(scope="module")
def vocabulary():
    return query_vocabulary()


def test_the_words_looked_for_are_the_vocabularys_kind_equipment_and_area_words(vocabulary) -> None:
    held = HeldWords.of(vocabulary)
    assert {"공방", "팹랩", "무한상상실"} <= held.name
    assert {"레이저커터", "재봉틀", "3d프린터"} <= held.text
    assert {"분당", "봉담읍", "서면"} <= held.text  # the mentions of 일반구, 읍 and areas
    assert HeldWords.of(None) == HeldWords()


def test_a_documents_held_terms_are_the_words_in_its_name_and_its_text(vocabulary) -> None:
    finder = HeldWords.of(vocabulary).finder()
    terms = finder.terms("하늘공방", "하늘공방\x00레이저커터2대재봉틀")
    assert "n:공방" in terms and "t:레이저커터" in terms and "t:재봉틀" in terms
    assert "n:레이저커터" not in terms  # the name holds no machine
    assert "t:레이저커터" not in finder.terms("레이저", "레이저\x00커터")  # one word, not two values side by side


EXTRA = [
    FacilityDocument(id="bs-list", name="해운대 하늘공방", kind="private_space", kinds=["private_space"],
                     sido="부산광역시", sigungu="해운대구", equipment_text=["레이저커터 2대, 재봉틀"],
                     address="부산광역시 해운대구 어딘가로 2"),
]
QUERIES = ["부산 공방", "부산 레이저커터", "부산 재봉틀", "강원도 무한상상실", "안산 메이커스페이스", "팹랩 부산",
           "화성 봉담", "부산 주말 레이저 커터"]


def _served(path: Path, vocabulary, at_build):
    built = get_backend("embedded", data_dir=path, writer_heap_bytes=30_000_000, writer_threads=1,
                        vocabulary=at_build)
    built.activate(built.build(DOCS + EXTRA, expected=len(DOCS) + len(EXTRA)))
    return get_backend("embedded", data_dir=path, vocabulary=vocabulary)


def test_understood_filters_answer_alike_with_and_without_the_held_words(tmp_path: Path, vocabulary) -> None:
    # a version built without a vocabulary holds no words: its filters are asked as bigrams, as before
    held = _served(tmp_path / "held", vocabulary, vocabulary)
    plain = _served(tmp_path / "plain", vocabulary, None)
    for q in QUERIES:
        a = [h.document.id for h in held.search(SearchQuery(q=q, size=50)).hits]
        b = [h.document.id for h in plain.search(SearchQuery(q=q, size=50)).hits]
        assert a == b, q
    found = [h.document.id for h in held.search(SearchQuery(q="부산 레이저커터", size=50)).hits]
    assert "bs-list" in found  # the machine as typed in a list the normaliser could not split


def test_a_version_keeps_the_words_it_indexed_and_one_term_per_word_held(tmp_path: Path, vocabulary) -> None:
    import orjson

    from index.embedded.schema import open_index

    _served(tmp_path, vocabulary, vocabulary)
    (version,) = (p for p in (tmp_path / "index" / "versions").iterdir() if p.is_dir())
    manifest = orjson.loads((version / "manifest.json").read_bytes())
    assert "레이저커터" in manifest["held"]["text"] and "공방" in manifest["held"]["name"]
    searcher = open_index(version).searcher()
    assert searcher.doc_freq("held", "t:레이저커터") == 1  # the list of the one document that prints it
    assert searcher.doc_freq("held", "n:공방") == 2  # 하늘공방 and 군위 공방
