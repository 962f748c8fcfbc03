"""The English translation: one entry per Arabic paragraph, aligned, nothing invented."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from interpol_cli import translation
from interpol_cli.normalize import normalize
from interpol_cli.translation import PARAGRAPHS_EN, TITLE_EN

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_57c875342cd42640.txt"
LINES = SEED.read_text(encoding="utf-8").split("\n")
TITLE_AR = LINES[0]
PARAGRAPHS_AR = [line for line in LINES[2:] if line.strip()]

# (normalised Arabic marker, English marker): present in a paragraph's Arabic exactly when
# the English rendering of that paragraph names it.
NAME_PAIRS = [
    ("انتربول", "Interpol"),
    ("غلاسكو", "Glasgow"),
    ("اسكتلندا", "Scotland"),
    ("الدخيسي", "Dkhissi"),
    ("حموشي", "Hammouchi"),
    ("اوركيزا", "Urquiza"),
    ("شتوك", "Stock"),
    ("محمد السادس", "Mohammed VI"),
    ("ليون", "Lyon"),
    ("الرباط", "Rabat"),
    ("نوفمبر", "November"),
    ("سبتمبر", "September"),
    ("الخميس", "Thursday"),
    ("جيبوتي", "Djibouti"),
    ("موريتانيا", "Mauritania"),
]


def test_one_english_paragraph_per_arabic_paragraph() -> None:
    # The seed has a title, a blank line and then one paragraph per line.
    assert LINES[1] == ""
    assert all(line.strip() for line in LINES[2:])
    assert len(PARAGRAPHS_EN) == len(PARAGRAPHS_AR) == 18


def test_no_empty_or_padded_paragraph() -> None:
    for text in (TITLE_EN, *PARAGRAPHS_EN):
        assert text.strip()
        assert text == text.strip()
        assert "  " not in text


@pytest.mark.parametrize("k", range(1, len(PARAGRAPHS_AR) + 1))
def test_numbers_survive_translation(k: int) -> None:
    arabic_numbers = set(re.findall(r"\d+", normalize(PARAGRAPHS_AR[k - 1])[0]))
    english_numbers = set(re.findall(r"\d+", PARAGRAPHS_EN[k - 1]))
    assert arabic_numbers <= english_numbers, f"paragraph {k}"


def test_the_numbers_that_matter_are_where_they_belong() -> None:
    assert {"96", "4", "7", "2024"} <= set(re.findall(r"\d+", PARAGRAPHS_EN[2]))
    assert "10" in re.findall(r"\d+", PARAGRAPHS_EN[10])
    assert {"1923", "196"} <= set(re.findall(r"\d+", PARAGRAPHS_EN[17]))


@pytest.mark.parametrize(("arabic", "english"), NAME_PAIRS)
def test_names_appear_in_the_aligned_paragraph(arabic: str, english: str) -> None:
    for k, (ar, en) in enumerate(zip(PARAGRAPHS_AR, PARAGRAPHS_EN, strict=True), start=1):
        assert (arabic in normalize(ar)[0]) == (english in en), f"{english!r}, paragraph {k}"


def test_title() -> None:
    assert "انتربول" in normalize(TITLE_AR)[0]
    assert "Interpol" in TITLE_EN and "Morocco" in TITLE_EN and "Africa" in TITLE_EN


def test_oddities_are_kept_not_repaired() -> None:
    # Paragraph 11 has no day number after "Thursday"; nothing may be invented.
    assert "today, Thursday, November," in PARAGRAPHS_EN[10]
    assert not re.search(r"November \d", PARAGRAPHS_EN[10])
    # Paragraph 3 opens a quotation that the source never closes.
    assert PARAGRAPHS_EN[2].count('"') == 1 == PARAGRAPHS_AR[2].count('"')


def test_module_is_pure_data() -> None:
    tree = ast.parse(Path(translation.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"typing"}
    assert isinstance(PARAGRAPHS_EN, tuple)
    assert all(isinstance(p, str) for p in PARAGRAPHS_EN)
