"""Normalisation, tokens and the ranked search, against small texts and the real article."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interpol_cli import ranking as search_module
from interpol_cli.normalize import Token, normalize, stems, tokens
from interpol_cli.ranking import STOP_WORDS, Document, Hit, search, within_one_edit
from interpol_cli.translation import PARAGRAPHS_EN

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_57c875342cd42640.txt"
ARTICLE = SEED.read_text(encoding="utf-8")


def article_documents() -> list[Document]:
    """One document per non-empty line; paragraph 0 is the title, offsets are file offsets."""
    docs: list[Document] = []
    pos = 0
    for line in ARTICLE.split("\n"):
        if line.strip():
            n = len(docs)
            docs.append(Document(f"p{n}", "title" if n == 0 else "paragraph", line, n, pos))
        pos += len(line) + 1
    return docs


def english_documents() -> tuple[str, list[Document]]:
    """The translation joined with blank lines, so spans can be checked against one text."""
    text = "\n\n".join(PARAGRAPHS_EN)
    docs: list[Document] = []
    pos = 0
    for k, para in enumerate(PARAGRAPHS_EN, start=1):
        docs.append(Document(f"en{k}", "translation", para, k, pos))
        pos += len(para) + 2
    return text, docs


def matched(hits: list[Hit], text: str) -> list[str]:
    return [text[s:e] for hit in hits for s, e in hit.spans]


def one(text: str) -> list[Document]:
    return [Document("d", "test", text, 1, 0)]


# --- normalisation rules, each checked both ways through the search ----------------------

RULES = [
    ("alef hamza above", "الأمن", "الامن"),
    ("alef hamza below", "إقليمي", "اقليمي"),
    ("alef madda", "آليات", "اليات"),
    ("alef wasla", "ٱلدولي", "الدولي"),
    ("alef maqsura", "مستوى", "مستوي"),
    ("taa marbuta", "المنظمة", "المنظمه"),
    ("harakat", "مُسَلَّحًا", "مسلحا"),
    ("sukun and kasra", "اجْتِماع", "اجتماع"),
    ("superscript alef U+0670", "رحمٰن", "رحمن"),
    ("tatweel", "الشرطـــة", "الشرطه"),
]


@pytest.mark.parametrize(("rule", "written", "plain"), RULES, ids=[r[0] for r in RULES])
def test_each_normalisation_rule(rule: str, written: str, plain: str) -> None:
    assert normalize(written)[0] == plain
    text = f"نص قبل {written} ونص بعد"
    for query in (plain, written):
        hits = search(query, one(text))
        assert len(hits) == 1, rule
        assert matched(hits, text) == [written]
    # And the other way round: a plainly written text found by the decorated query.
    assert matched(search(written, one(f"كلمة {plain}.")), f"كلمة {plain}.") == [plain]


CLITICS = ["و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "كال", "وب", "ول", "ولل"]


@pytest.mark.parametrize("prefix", CLITICS)
def test_each_clitic_prefix_is_stripped(prefix: str) -> None:
    word = prefix + "شرطة"
    text = f"عن {word} هنا"
    assert "شرطه" in stems(normalize(word)[0])
    hits = search("شرطة", one(text))
    assert matched(hits, text) == [word]
    assert hits[0].score < search(word, one(text))[0].score  # exact beats stem


def test_clitic_not_stripped_from_short_words() -> None:
    # و in وقت is part of the word: stripping it would leave two letters.
    assert stems("وقت") == ("وقت",)
    assert stems("بين") == ("بين",)
    assert stems("الي") == ("الي",)
    assert search("قت", one("في وقت قصير")) == []


def test_stems_of_interpol_with_lam_lam() -> None:
    assert stems(normalize("للأنتربول")[0]) == ("للانتربول", "لانتربول", "انتربول")


def test_latin_case_and_accents() -> None:
    assert normalize("Jürgen STOCK")[0] == "jurgen stock"
    assert normalize("Straße")[0] == "strasse"
    assert normalize("Ju\u0308rgen")[0] == "jurgen"  # decomposed input too


def test_digits_and_invisible_controls() -> None:
    assert normalize("٢٠٢٤")[0] == "2024"
    # A zero-width non-joiner or a BiDi mark inside a word must not split it.
    assert [t.norm for t in tokens("Inter\u200cpol \u202bغلاس\u200fكو")] == ["interpol", "غلاسكو"]


def test_decomposed_hamza_recomposed() -> None:
    assert normalize("مسو\u0654ول")[0] == normalize("مسؤول")[0]
    assert normalize("ا\u0654من")[0] == "امن"


# --- the real article ---------------------------------------------------------------------


def test_document_offsets_point_into_the_article() -> None:
    for doc in article_documents():
        assert ARTICLE[doc.offset : doc.offset + len(doc.text)] == doc.text
    assert len(article_documents()) == 19  # title + 18 paragraphs


def test_both_spellings_of_interpol_are_found() -> None:
    hits = search("انتربول", article_documents())
    words = set(matched(hits, ARTICLE))
    assert {"الإنتربول", "الأنتربول", "للأنتربول", "أنتربول", "للإنتربول"} <= words
    assert all("انتربول" in normalize(w)[0] for w in words)
    assert {hit.doc.paragraph for hit in hits} >= {0, 1, 10, 18}


def test_arabic_typo_finds_glasgow() -> None:
    hits = search("غلاسكوا", article_documents())
    assert set(matched(hits, ARTICLE)) == {"غلاسكو"}
    assert [h.doc.paragraph for h in hits] == [1, 3, 12]
    # And the other way round: the correct spelling finds a misspelt text.
    assert matched(search("غلاسكو", one("في غلاسكوا")), "في غلاسكوا") == ["غلاسكوا"]


def test_jurgen_and_glasgo_in_the_translation() -> None:
    text, docs = english_documents()
    assert set(matched(search("jurgen", docs), text)) == {"Jürgen"}
    hits = search("glasgo", docs)
    assert set(matched(hits, text)) == {"Glasgow"}
    assert [h.doc.paragraph for h in hits] == [1, 3, 12]


def test_nothing_found() -> None:
    assert search("zzxxqqy", article_documents()) == []
    assert search("بطيخ", article_documents()) == []
    assert search("", article_documents()) == []
    assert search("  ,.!  ", article_documents()) == []
    assert search("انتربول", []) == []


@pytest.mark.parametrize(
    "query", ["انتربول", "غلاسكو", "حموشي", "الأمن الوطني", "2024", "المنظمة الدولية"]
)
def test_spans_map_back_to_original_words(query: str) -> None:
    docs = article_documents()
    hits = search(query, docs)
    assert hits
    for hit in hits:
        doc = hit.doc
        assert hit.spans == tuple(sorted(set(hit.spans)))
        for s, e in hit.spans:
            assert doc.offset <= s < e <= doc.offset + len(doc.text)
            word = ARTICLE[s:e]
            assert word == doc.text[s - doc.offset : e - doc.offset]
            # A whole word, nothing more: it is exactly one token of its own.
            assert [t.norm for t in tokens(word)] == [normalize(word)[0]]
            assert not ARTICLE[s - 1].isalnum() and not ARTICLE[e : e + 1].isalnum()


def test_hammouchi_spans_are_exact() -> None:
    hits = search("حموشي", article_documents())
    assert [ARTICLE[s:e] for h in hits for s, e in h.spans] == ["حموشي", "حموشي"]


# --- matching rules and ranking -----------------------------------------------------------


def test_stop_words_ignored_unless_alone() -> None:
    _, docs = english_documents()
    assert [h.doc.id for h in search("the Glasgow", docs)] == [
        h.doc.id for h in search("Glasgow", docs)
    ]
    assert search("in the of", docs)  # only stop words: they are searched for
    assert search("في", article_documents())
    for word in STOP_WORDS:
        assert normalize(word)[0] == word


def test_numbers_match_exactly_only() -> None:
    docs = one("in 2024 and 1923")
    assert search("2025", docs) == []
    assert search("192", docs) == []
    assert len(search("2024", docs)) == 1


def test_prefix_match() -> None:
    text = "نتائج الانتخابات"
    assert matched(search("انتخاب", one(text)), text) == ["الانتخابات"]


def test_more_terms_matched_ranks_first() -> None:
    docs = [
        Document("a", "t", "Glasgow is in Scotland", 1, 0),
        Document("b", "t", "Interpol met in Glasgow, Scotland", 2, 100),
    ]
    assert [h.doc.id for h in search("interpol glasgow", docs)] == ["b", "a"]


def test_exact_beats_typo() -> None:
    docs = [
        Document("typo", "t", "Glasgo", 1, 0),
        Document("exact", "t", "Glasgow", 2, 10),
    ]
    hits = search("glasgow", docs)
    assert [h.doc.id for h in hits] == ["exact", "typo"]
    assert hits[0].score > hits[1].score


def test_phrase_adjacency_bonus() -> None:
    docs = [
        Document("apart", "t", "general rules for the secretary", 1, 0),
        Document("together", "t", "the secretary general of it", 2, 50),
    ]
    assert [h.doc.id for h in search("secretary general", docs)] == ["together", "apart"]


def test_ties_keep_paragraph_then_offset_then_input_order() -> None:
    docs = [
        Document("p3", "t", "Lyon", 3, 30),
        Document("p1b", "t", "Lyon", 1, 20),
        Document("p1a", "t", "Lyon", 1, 10),
        Document("x", "t", "Lyon", 1, 10),
    ]
    assert [h.doc.id for h in search("lyon", docs)] == ["p1a", "x", "p1b", "p3"]


def test_limit() -> None:
    docs = article_documents()
    everything = search("انتربول", docs)
    assert search("انتربول", docs, limit=2) == everything[:2]
    assert search("انتربول", docs, limit=0) == []
    with pytest.raises(ValueError):
        search("انتربول", docs, limit=-1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("glasgow", "glasgow", True),
        ("glasgo", "glasgow", True),  # insertion
        ("glasgow", "glasow", True),  # deletion
        ("glasgow", "glasgaw", True),  # substitution
        ("glasgow", "galsgow", True),  # transposition
        ("glasgow", "glsagow", True),  # transposition
        ("glasgow", "glasg", False),
        ("glasgow", "gasglow", False),
        ("abcd", "badc", False),
    ],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


def test_work_per_word_form_not_per_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    # Comparing the query with every distinct word once (not every occurrence) is what keeps
    # a search over 100 copies of the article linear: count the comparisons.
    calls = 0
    real = search_module._quality

    def counting(term: str, term_stems: tuple[str, ...], loose: bool, word: str) -> float:
        nonlocal calls
        calls += 1
        return real(term, term_stems, loose, word)

    monkeypatch.setattr(search_module, "_quality", counting)
    docs = article_documents()
    counts = []
    for copies in (1, 10, 100):
        calls = 0
        hits = search("انتربول غلاسكو", docs * copies)
        counts.append(calls)
        assert len(hits) == copies * len(search("انتربول غلاسكو", docs))
    assert counts[0] == counts[1] == counts[2]


# --- properties ---------------------------------------------------------------------------

arabic_and_latin = st.text(
    alphabet=st.sampled_from(list("أإآٱاىيةهوفبلكـًٌٍَُِّْٰء ،.abcJÜrgenß-'0١٢\u0654\u200c\u202b")),
    max_size=60,
)


@given(st.text(max_size=80) | arabic_and_latin)
def test_offset_map_monotonic_and_in_bounds(text: str) -> None:
    norm, offsets = normalize(text)
    assert len(norm) == len(offsets)
    assert all(0 <= o < len(text) for o in offsets)
    assert all(a <= b for a, b in pairwise(offsets))


@given(st.text(max_size=80) | arabic_and_latin)
def test_tokens_point_at_their_original_text(text: str) -> None:
    previous_start = 0
    for tok in tokens(text):
        assert isinstance(tok, Token)
        # Starts never go back, but two tokens may share one character ("¼" is 1, 4).
        assert previous_start <= tok.start < tok.end <= len(text)
        assert tok.norm and tok.norm in normalize(text[tok.start : tok.end])[0]
        previous_start = tok.start


@given(st.text(max_size=80) | arabic_and_latin)
def test_normalize_is_the_sum_of_its_characters(text: str) -> None:
    # Apart from hamza recomposition (the only look-ahead), each character is normalised on
    # its own: the whole-text fast path must agree with that character by character.
    if "\u0654" in text:
        return
    expected_norm = "".join(normalize(c)[0] for c in text)
    expected_offsets = tuple(i for i, c in enumerate(text) for _ in normalize(c)[0])
    assert normalize(text) == (expected_norm, expected_offsets)


def test_tokens_after_dropped_and_expanded_characters() -> None:
    # A dropped soft hyphen and an expanding ß: lengths agree, offsets do not.
    assert tokens("\xad0:ß") == [Token("0", 1, 2), Token("ss", 3, 4)]
    assert tokens("كتبَ، قرأ") == [Token("كتب", 0, 4), Token("قرا", 6, 9)]


def test_lone_surrogates_do_not_crash() -> None:
    # Undecodable argv bytes arrive as lone surrogates.
    assert tokens("a\udcffb") == [Token("a", 0, 1), Token("b", 2, 3)]
    assert search("\udcff glasgow", one("Glasgow"))


@given(st.text(max_size=80) | arabic_and_latin)
def test_normalize_is_idempotent(text: str) -> None:
    # The query and the text go through the same function, possibly twice (a normalised
    # query pasted back): a second pass must change nothing.
    once = normalize(text)[0]
    assert normalize(once)[0] == once
