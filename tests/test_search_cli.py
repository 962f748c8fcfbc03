"""``search`` through the CLI: each normalisation rule, both spellings of Interpol, names in both
languages, a typo, and nothing found. Matches are always reported in the ORIGINAL spelling, with
offsets that read back the same text from the article."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import ROOT, run_cli

ARTICLE = (ROOT / "seeds" / "000_57c875342cd42640.txt").read_text(encoding="utf-8")


def hits(query: str, *extra: str) -> list[dict[str, Any]]:
    proc = run_cli(["search", query, "--format", "json", "--lang", "both", *extra])
    assert proc.returncode == 0, proc.stderr.decode()
    found: list[dict[str, Any]] = json.loads(proc.stdout)
    for hit in found:
        for ev in hit["evidence"]:
            assert ARTICLE[ev["start"] : ev["end"]] == ev["quote"]
    return found


def arabic_matches(found: list[dict[str, Any]]) -> set[str]:
    """The article words matched (evidence spans shorter than their paragraph)."""
    words = set()
    for hit in found:
        if hit["source"] == "article":
            words |= {ev["quote"] for ev in hit["evidence"][:-1]}
    return words


@pytest.mark.parametrize(
    ("rule", "query", "original"),
    [
        ("alef with hamza above", "الامن", "الأمن"),
        ("alef with hamza below", "اقليمياً", "إقليمياً"),
        ("alef with madda", "اليات", "آليات"),
        ("alef maqsura", "المستوي", "المستوى"),
        ("taa marbuta", "المنظمه", "المنظمة"),
        ("diacritics", "ومسلحا", "ومُسلَّحا"),
        ("tatweel", "غـلاسكو", "غلاسكو"),
        ("clitics", "انتخابات", "لانتخابات"),
    ],
)
def test_each_normalisation_rule(rule: str, query: str, original: str) -> None:
    assert original in arabic_matches(hits(query)), rule


def test_both_spellings_of_interpol_find_each_other() -> None:
    for query in ("الإنتربول", "الأنتربول", "الانتربول"):
        words = arabic_matches(hits(query))
        assert {"الإنتربول", "الأنتربول"} <= words, query


def test_english_case_and_accents() -> None:
    upper = hits("INTERPOL")
    assert any("Interpol" in h["match"]["en"] for h in upper)
    plain = hits("Jurgen")
    assert plain[0]["match"]["en"] == "Jürgen"
    span = plain[0]["spans_en"][0]
    assert plain[0]["text"]["en"][span["start"] : span["end"]] == "Jürgen"


def test_names_in_english_and_in_arabic() -> None:
    english = hits("Hammouchi")
    arabic = hits("حموشي")
    assert {h["in_paragraph"] for h in english if h["source"] == "article"} == {12, 14}
    assert {h["in_paragraph"] for h in arabic if h["source"] == "article"} == {12, 14}
    assert "حموشي" in arabic_matches(arabic)


def test_a_typo_is_forgiven() -> None:
    found = hits("Glasgo")
    assert found and "Glasgow" in found[0]["match"]["en"]
    found = hits("غلاسكوا")
    assert "غلاسكو" in arabic_matches(found)


def test_best_match_first_and_limit() -> None:
    found = hits("Secretary General", "--limit", "2")
    assert len(found) == 2
    assert found[0]["in_paragraph"] == 10 or found[0]["id"] == "urquiza_elected_secretary_general"


def test_nothing_found_exits_1() -> None:
    proc = run_cli(["search", "xylophone"])
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.strip()


def test_empty_query_is_a_usage_error() -> None:
    proc = run_cli(["search", "  "])
    assert proc.returncode == 2
    assert b"the search query is empty" in proc.stderr


def test_terminal_view_highlights_the_original_spelling() -> None:
    proc = run_cli(
        ["search", "الانتربول", "--format", "table", "--bidi", "logical", "-n", "1"],
        {"FORCE_COLOR": "1", "COLUMNS": "100"},
    )
    assert proc.returncode == 0
    out = proc.stdout.decode()
    # The article's own spelling is what is emphasised, never the query's.
    assert "1mالأنتربول\x1b[0m" in out or "1mالإنتربول\x1b[0m" in out, out
    assert "1mالانتربول\x1b[0m" not in out.split("\n", 1)[1]


def about_ids(name: str) -> set[str]:
    proc = run_cli(["facts", "--about", name, "--format", "json"])
    assert proc.returncode == 0, (name, proc.stderr.decode())
    return {fact["id"] for fact in json.loads(proc.stdout)}


def test_facts_about_accepts_names_in_either_language_and_spelling() -> None:
    interpol = [
        about_ids(n) for n in ("الانتربول", "الإنتربول", "الأنتربول", "Interpol", "interpol")
    ]
    assert interpol[0] and all(ids == interpol[0] for ids in interpol)
    assert "interpol_founded" in interpol[0]
    hammouchi = about_ids("حموشي")
    assert hammouchi == about_ids("Hammouchi") and "hammouchi_dgsn" in hammouchi
    stock = about_ids("Jurgen")
    assert stock == about_ids("Jürgen") == about_ids("شتوك") and "stock_outgoing" in stock
