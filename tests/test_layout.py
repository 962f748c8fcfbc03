"""Tests for interpol_cli.layout: what a terminal without BiDi must show.

The key checks are run against the naive pipeline too, to prove they catch
the measured failure (the first screen row showing the paragraph's end)."""

from __future__ import annotations

import io
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from bidi import get_display  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table

from interpol_cli import layout
from interpol_cli.layout import ArabicText, align, has_arabic, naive_lines, visual_lines
from tests import bidi_reference as ref

ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "000_57c875342cd42640.txt"
PARAGRAPHS = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
WIDTHS = (20, 40, 80, 120)
HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))


def _screen(renderable: object, width: int) -> list[str]:
    """Rows rich writes for a renderable on a plain terminal of `width`."""
    buf = io.StringIO()
    console = Console(width=width, file=buf, force_terminal=True, color_system=None)
    console.print(renderable)
    return buf.getvalue().split("\n")[:-1]


# ----------------------------------------------------------------- units


def test_brackets_are_mirrored() -> None:
    rows = visual_lines("قال (في مؤتمر) اليوم", 80)
    assert rows == ["ﻡﻮﻴﻟﺍ (ﺮﻤﺗﺆﻣ ﻲﻓ) ﻝﺎﻗ"]
    # python-bidi alone does not mirror: the check above would catch it.
    assert "(" + "ﺮﻤﺗﺆﻣ ﻲﻓ" + ")" not in get_display(layout._reshape("(في مؤتمر)"))


def test_number_at_line_start_keeps_paragraph_context() -> None:
    text = "قال إن 3.5% من الناس"
    rows = visual_lines(text, 7)
    assert rows == ["ﻥﺇ ﻝﺎﻗ", "ﻦﻣ %3.5", "ﺱﺎﻨﻟﺍ"]
    # The whole paragraph on one row resolves the number the same way...
    assert visual_lines(text, 80) == ["ﺱﺎﻨﻟﺍ ﻦﻣ %3.5 ﻥﺇ ﻝﺎﻗ"]
    if shutil.which("fribidi"):
        assert ref.reference_lines(text, 80) == visual_lines(text, 80)
        assert ref.reference_lines(text, 7) == rows
        # ...while reordering the row alone, without context, does not.
        assert ref.plain_reference_lines(text, 7)[1] == "ﻦﻣ 3.5%"


def test_latin_run_at_line_start_stays_at_the_right() -> None:
    rows = visual_lines("G-20 ستناقش الأمر.", 12)
    assert rows == ["ﺶﻗﺎﻨﺘﺳ G-20", ".ﺮﻣﻷﺍ"]
    # without a forced RTL direction the row is taken as LTR: G-20 at the left
    assert get_display("G-20 ستناقش").startswith("G-20")
    # forced RTL: the logical start (G-20) is the rightmost word, period left


def test_mixed_latin_words_keep_their_letters_in_order() -> None:
    (row,) = visual_lines("مؤتمر Interpol في Glasgow اليوم", 80)
    assert row == "ﻡﻮﻴﻟﺍ Glasgow ﻲﻓ Interpol ﺮﻤﺗﺆﻣ"
    assert visual_lines("Interpol vice-president", 80, rtl=False) == ["Interpol vice-president"]


def test_article_numbers() -> None:
    (row,) = visual_lines("ما بين 4 و7 نوفمبر 2024.", 80)
    assert row == ".2024 ﺮﺒﻤﻓﻮﻧ 7ﻭ 4 ﻦﻴﺑ ﺎﻣ"
    (row,) = visual_lines("مندوبي 96 دولة", 80)
    assert row == "ﺔﻟﻭﺩ 96 ﻲﺑﻭﺪﻨﻣ"


def test_harakat_kept_after_their_letter() -> None:
    (row,) = visual_lines("عندما يُنهي الأمين", 80)
    # damma right after (on screen: attached to) the initial yeh
    assert "ﻳُ" in row
    (row,) = visual_lines("ومُسلَّحا", 80)
    assert row == "ﺎﺤﻠَّﺴﻣُﻭ"
    article_rows = [r for p in PARAGRAPHS for r in visual_lines(p, 40)]
    logical_marks = sum(ch in HARAKAT for p in PARAGRAPHS for ch in p)
    shown_marks = 0
    for row in article_rows:
        for i, ch in enumerate(row):
            if ch in HARAKAT:
                shown_marks += 1
                j = i - 1
                while j >= 0 and row[j] in HARAKAT:
                    j -= 1
                assert j >= 0 and unicodedata.bidirectional(row[j]) == "AL", row
    assert shown_marks == logical_marks > 0


def test_tatweel_is_kept() -> None:
    (row,) = visual_lines("جمـــيل", 80)
    assert row.count("\u0640") == 3 and cell_len(row) == 7


def test_lam_alef_is_one_cell() -> None:
    assert visual_lines("لا", 1) == ["ﻻ"]
    (row,) = visual_lines("الاستقرار", 80)
    assert cell_len(row) == len("الاستقرار") - 1
    # fits exactly in 8 cells although the logical word has 9 letters
    assert visual_lines("الاستقرار", 8) == [row]


def test_word_longer_than_width_is_cut_between_clusters() -> None:
    word = "مرحبابكمجميعا"
    rows = visual_lines(word, 4)
    assert all(cell_len(r) <= 4 for r in rows) and len(rows) == 4
    assert ref.read_back_rtl_rows(rows) == ["مرحب", "ابكم", "جميع", "ا"]
    # harakat never leave their letter, even at width 1
    rows = visual_lines("مُسَلَّحَا", 1)
    assert [r.lstrip("".join(HARAKAT))[0] for r in rows] == [r[0] for r in rows]
    assert ["".join(c for c in r if c not in HARAKAT) for r in rows] == ["ﻣ", "ﺴ", "ﻠ", "ﺤ", "ﺎ"]
    assert sorted(c for r in rows for c in r if c in HARAKAT) == sorted("ُ َ َّ َ".replace(" ", ""))


def test_empty_and_whitespace_only() -> None:
    assert visual_lines("", 10) == [""]
    assert visual_lines("   \t ", 10) == [""]
    assert visual_lines("\n", 10) == ["", ""]
    assert visual_lines("قمة\n\nاليوم", 10) == ["ﺔﻤﻗ", "", "ﻡﻮﻴﻟﺍ"]
    assert align("", 3) == "   "
    assert _screen(ArabicText(""), 10) == [" " * 10]


def test_width_one_and_wide_characters() -> None:
    rows = visual_lines(PARAGRAPHS[1], 1)
    assert rows and all(cell_len(r) <= 1 for r in rows)
    # a 2-cell glyph cannot fit in 1 cell: documented as "?" (never overflow)
    assert visual_lines("中文", 1) == ["?", "?"]
    assert visual_lines("中文", 2) == ["中", "文"]
    with pytest.raises(ValueError):
        visual_lines("قمة", 0)


@pytest.mark.parametrize("mode", ["visual", "logical"])
def test_emoji_with_a_variation_selector_keep_the_rows_aligned(mode: str) -> None:
    """Phones send most emoji with VS16 (U+FE0F), after which rich counts the emoji as two
    cells; reordering a right-to-left row moves the VS16 before it. Every row must still be
    padded to the width, as rich measures what is sent."""
    console = Console(width=24, color_system=None, file=io.StringIO())
    text = "بحث: غلاسكو \u2764\ufe0f \u263a\ufe0f الإنتربول"
    sent = "".join(s.text for s in console.render(ArabicText(text, mode=mode)))  # type: ignore[arg-type]
    rows = sent.splitlines()
    assert len(rows) > 1
    assert {cell_len(row) for row in rows} == {24}, rows


def test_no_row_wider_than_width() -> None:
    for width in (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 120):
        for par in PARAGRAPHS:
            for row in visual_lines(par, width):
                assert cell_len(row) <= width
                assert row == row.strip(" ")
                assert cell_len(align(row, width)) == width


def test_align() -> None:
    assert align("ﺔﻤﻗ", 6) == "   ﺔﻤﻗ"
    assert align("abc", 6, rtl=False) == "abc   "
    assert align("ﻻ", 3) == "  ﻻ"


def test_has_arabic() -> None:
    assert has_arabic("Interpol الإنتربول")
    assert has_arabic("ﻻ")
    assert not has_arabic("Interpol 2024 (G-20)")
    assert not has_arabic("")


def test_zwj_before_lam_alef_does_not_break_reshaping() -> None:
    # arabic-reshaper 3.1 raises IndexError (or shapes the wrong letters) here
    assert visual_lines("\u200dلا", 5) == ["ﺎﻠ"]  # medial lam: the ZWJ joins it
    (row,) = visual_lines("ب\u200dلا قمة", 20)
    assert ref.read_back_rtl_rows([row]) == ["بلا", "قمة"]


def test_newlines_and_controls() -> None:
    assert visual_lines("قمة\r\nاليوم", 10) == ["ﺔﻤﻗ", "ﻡﻮﻴﻟﺍ"]
    # an escape character cannot reach the terminal
    rows = visual_lines("قمة\x1b[31m", 10)
    assert all("\x1b" not in r for r in rows) and "31m" in rows[0]


# ------------------------------------------- the article against FriBidi


def _cases() -> list[tuple[str, int]]:
    return [(p, w) for p in PARAGRAPHS for w in WIDTHS]


def test_article_matches_fribidi_reference() -> None:
    ref.require_fribidi()
    cases = _cases()
    matched = sum(visual_lines(p, w) == ref.reference_lines(p, w) for p, w in cases)
    assert matched == len(cases), f"{matched}/{len(cases)} paragraph x width cases match"


def test_article_reads_back_in_order() -> None:
    for par, width in _cases():
        assert ref.read_back_rtl_rows(visual_lines(par, width)) == ref.logical_arabic_words(par)


def test_naive_pipeline_fails_the_same_checks() -> None:
    ref.require_fribidi()
    cases = _cases()
    multi_row = [(p, w) for p, w in cases if len(visual_lines(p, w)) > 1]
    assert len(multi_row) > 40
    for par, width in multi_row:
        naive = naive_lines(par, width)
        assert naive != ref.reference_lines(par, width)
        assert ref.read_back_rtl_rows(naive) != ref.logical_arabic_words(par)
        # the measured symptom: the first row holds the paragraph's end
        last_word = ref.logical_arabic_words(par)[-1]
        assert ref.read_back_rtl_rows(naive[:1])[-1] == last_word


# ------------------------------------------------------------ properties

_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + sorted(HARAKAT)
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list("()[]{}<>«»")
    + list("abcXYZ")
    + list(".,-%،؛:!")
    + ["\u0640", "\u200d", "\u200f", "\u0670", " ", " ", " ", " ", "\n"]
)
_FOLD = str.maketrans({")": "(", "]": "[", "}": "{", ">": "<", "»": "«"})


def _base_letters(text: str) -> Counter[str]:
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    # harakat are checked elsewhere; format characters (ZWJ, marks) are
    # consumed by shaping/reordering
    return Counter(
        c
        for c in folded
        if not c.isspace() and c not in HARAKAT and unicodedata.category(c) not in ("Cf", "Mn")
    )


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=120), st.integers(1, 40), st.booleans())
def test_property_random_text(text: str, width: int, rtl: bool) -> None:
    rows = visual_lines(text, width, rtl=rtl)
    assert all(cell_len(r) <= width for r in rows)
    assert _base_letters("".join(rows)) == _base_letters(text.lstrip("".join(HARAKAT)))
    assert len([r for r in rows]) >= text.count("\n") + 1


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.one_of(_ALPHABET, st.sampled_from(["\ufe0f", "\u2764", "\u263a"])), max_size=120),
    st.integers(1, 40),
    st.sampled_from(["visual", "logical", "konsole"]),
)
def test_property_a_row_is_as_wide_as_wrapping_measured(text: str, width: int, mode: str) -> None:
    """Rows are padded by the width wrapping measured, not measured again: that width must be
    the row's as sent (mirroring and the marks reordering drops change none; Konsole gives
    a ZWJ a cell), and never more than the width."""
    for par in layout._prepare(text, None, mode, track=True):  # type: ignore[arg-type]
        for row, _, cells in layout._layout(par, width, mode, need_order=True):  # type: ignore[arg-type]
            shown = layout._mirrored_for_konsole(row, marked=False) if mode == "konsole" else row
            extra = shown.count("\u200d") if mode == "konsole" else 0
            assert cells == cell_len(shown) + extra, (row, cells)
            if "\u200d" not in row and "\ufe0f" not in row:  # rich's emoji rules, not cells
                assert cells <= width, (row, cells)


_ARABIC_ONLY = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x063B)] + sorted(HARAKAT) + [" ", " ", "\u0640", "(", ")"]
)


@settings(max_examples=200, deadline=None)
@given(st.text(_ARABIC_ONLY, max_size=80), st.integers(1, 30))
def test_property_arabic_reads_back_in_order(text: str, width: int) -> None:
    rows = visual_lines(text, width)
    assert "".join(ref.read_back_rtl_rows(rows)) == "".join(ref.logical_arabic_words(text))


_LAM_ALEF_TEXT = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x064B)]
    + ["\u0644", "\u0644", "\u0627", "\u0623", "\u0625", "\u0622", "\ufefb", "\u0640"]
    + list("0123456789abc()«» .،")
)


@settings(max_examples=300, deadline=None)
@given(st.text(_LAM_ALEF_TEXT, max_size=120), st.integers(0, 500))
def test_property_slice_mapping_equals_the_walk(text: str, offset: int) -> None:
    """Without harakat or ZWJ the source offsets are found by copying the runs between
    lam-alef ligatures; they must be what the character-at-a-time walk finds (and a
    presentation-form ligature already in the text is one character, not two)."""
    shaped = layout.reshape_now(text)
    src = list(range(offset, offset + len(text)))
    assert layout._map_reshaped(text, src, shaped) == layout._map_each(text, src, shaped)


def test_the_article_maps_its_paragraphs_by_slices() -> None:
    # The fast mapping serves the article (no harakat in most paragraphs) and agrees there.
    from interpol_cli.article import load_article

    for par in load_article().paragraphs:
        shaped = layout.reshape_now(par.text)
        src = list(range(par.start, par.end))
        walked = layout._map_each(par.text, src, shaped)
        assert layout._map_reshaped(par.text, src, shaped) == walked


_PLAIN_ROW = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x063B)] + list("0123456789abcXYZ.,-%+/:# ")
)


@settings(max_examples=200, deadline=None)
@given(
    st.text(_PLAIN_ROW, min_size=1, max_size=60),
    st.booleans(),
    st.sampled_from(["", "\u200f", "\u061c", "\u200e"]),
)
def test_property_fast_path_equals_levels_path(text: str, rtl: bool, mark: str) -> None:
    # The own L1/L2 from python-bidi's levels must agree with its get_display.
    text = text.strip(" ") or "x"
    row = layout._Row(text, tuple(range(len(text))), mark, mark, cell_len(text))
    fast, _ = layout._reorder(row, rtl, need_order=False)
    slow, src = layout._reorder_by_levels(row, rtl)
    assert fast == slow
    assert sorted(src) == list(range(len(text)))


_BRACKET_ROW = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x063B)] + list("0123456789.,-%+/:# ()[]{}<>«»")
)


@settings(max_examples=300, deadline=None)
@given(
    st.text(_BRACKET_ROW, min_size=1, max_size=60),
    st.sampled_from(["", "\u200f", "\u061c"]),
    st.sampled_from(["", "\u200f", "\u061c"]),
)
def test_property_mirroring_fast_path_equals_levels_path(
    text: str, before: str, after: str
) -> None:
    # Brackets in an RTL row without left-to-right letters: get_display + mirror everything
    # must equal the full per-level reordering.
    text = text.strip(" ") or "("
    row = layout._Row(text, tuple(range(len(text))), before, after, cell_len(text))
    fast, _ = layout._reorder(row, True, need_order=False)
    slow, _ = layout._reorder_by_levels(row, True)
    assert fast == slow


# ------------------------------------------------------- rich rendering


@pytest.mark.parametrize("width", [20, 40, 80])
def test_rich_top_level_rows(width: int) -> None:
    par = PARAGRAPHS[1]
    rows = _screen(ArabicText(par), width)
    assert rows == [align(r, width) for r in visual_lines(par, width)]
    assert all(cell_len(r) <= width for r in rows)
    assert ref.read_back_rtl_rows([r.strip() for r in rows]) == ref.logical_arabic_words(par)


def test_rich_screen_check_fails_on_naive() -> None:
    from rich.text import Text

    par, width = PARAGRAPHS[1], 40
    good = _screen(ArabicText(par), width)
    bad = _screen(Text(get_display(layout._reshape(par))), width)
    assert ref.read_back_rtl_rows(good) == ref.logical_arabic_words(par)
    assert ref.read_back_rtl_rows(bad) != ref.logical_arabic_words(par)
    assert [r.strip() for r in bad] == naive_lines(par, width)


@pytest.mark.parametrize("width", [30, 60])
def test_rich_table_cell(width: int) -> None:
    par = PARAGRAPHS[2]
    table = Table(show_header=False, box=box.ASCII)
    table.add_column()
    table.add_row(ArabicText(par))
    rows = _screen(table, width)
    assert all(cell_len(r) <= width for r in rows)
    inner = [r[2:-2] for r in rows if r.startswith("| ")]
    cell = width - 4
    assert inner == [align(v, cell) for v in visual_lines(par, cell)]
    naive = Table(show_header=False, box=box.ASCII)
    naive.add_column()
    naive.add_row(get_display(layout._reshape(par)))
    naive_rows = [r[2:-2].strip() for r in _screen(naive, width) if r.startswith("| ")]
    assert ref.read_back_rtl_rows(naive_rows) != ref.logical_arabic_words(par)
    assert ref.read_back_rtl_rows([r.strip() for r in inner]) == ref.logical_arabic_words(par)


def test_rich_panel() -> None:
    par = PARAGRAPHS[0]
    rows = _screen(Panel(ArabicText(par)), 24)
    assert all(cell_len(r) <= 24 for r in rows)
    inner = [r[2:-2] for r in rows[1:-1]]
    assert inner == [align(v, 20) for v in visual_lines(par, 20)]


def test_rich_measure() -> None:
    console = Console(width=200, file=io.StringIO())
    m = Measurement.get(console, console.options, ArabicText("الاستقرار في G-20"))
    assert m == Measurement(8, cell_len("الاستقرار في G-20") - 1)


def test_highlights_survive_reshaping_wrapping_and_reordering() -> None:
    text = "فاز مرشح المغرب بمنصب نائب رئيس الإنتربول ومُسلَّحا بيقين"
    words = ["المغرب", "الإنتربول", "ومُسلَّحا"]
    spans = [(text.index(w), text.index(w) + len(w), "bold") for w in words]
    console = Console(width=16, file=io.StringIO(), force_terminal=True, color_system="standard")
    segments = list(console.render(ArabicText(text, highlights=spans), console.options))
    bold = [s.text for s in segments if s.style is not None and s.style.bold]
    expected = [visual_lines(w, 80)[0] for w in words]
    assert sorted(bold) == sorted(expected)
    plain = "".join(s.text for s in segments if not (s.style and s.style.bold))
    assert all(e not in plain for e in expected)


def test_overlapping_highlights_each_keep_their_style() -> None:
    """Where two highlights overlap a character carries both styles (the masks are OR-ed)."""
    text = "الخبر: فاز مرشح المغرب بمنصب نائب رئيس"
    spans = [(text.index("مرشح"), text.index("بمنصب"), "bold")]
    spans.append((text.index("المغرب"), len(text), "underline"))
    console = Console(width=60, file=io.StringIO(), force_terminal=True, color_system="standard")
    segments = list(console.render(ArabicText(text, highlights=spans), console.options))
    both = [s.text for s in segments if s.style is not None and s.style.bold and s.style.underline]
    assert [t.strip() for t in both] == [visual_lines("المغرب", 80)[0]]


def test_text_is_not_markup() -> None:
    rows = _screen(ArabicText("[bold]قمة[/bold]", rtl=False), 20)
    assert "[bold]" in rows[0] and "[/bold]" in rows[0]


def test_logical_mode_keeps_logical_text() -> None:
    par = PARAGRAPHS[1]
    rows = _screen(ArabicText(par, mode="logical"), 30)
    assert all(cell_len(r) <= 30 for r in rows)
    joined = " ".join(r.strip() for r in rows)
    assert joined == " ".join(par.split())
    assert "الأمن" in joined


def test_rtl_detection_and_justify() -> None:
    assert _screen(ArabicText("Interpol"), 10) == ["Interpol  "]
    assert _screen(ArabicText("قمة"), 10) == ["       ﺔﻤﻗ"]
    assert _screen(ArabicText("قمة", justify="left"), 10) == ["ﺔﻤﻗ       "]


def test_terminal_attaches_harakat_to_the_right_letter() -> None:
    pyte = pytest.importorskip("pyte")
    screen = pyte.Screen(20, 3)
    stream = pyte.Stream(screen)
    text = "عندما يُنهي ومُسلَّحا"
    for row in _screen(ArabicText(text), 20):
        stream.feed(row + "\r\n")
    cells = [screen.buffer[y][x].data for y in range(3) for x in range(20)]
    # a terminal stores a combining mark in the cell before it
    assert "ﻳُ" in cells and "ﻣُ" in cells and "ﻠَّ" in cells
    assert not any(c and c[0] in HARAKAT for c in cells)


def test_the_reshaper_built_from_settings_equals_the_librarys_own() -> None:
    # layout builds its reshaper without arabic-reshaper's constructor (1.1 ms of configparser):
    # it must shape exactly as the library configured the same way would.
    from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
    from arabic_reshaper.ligatures import (  # type: ignore[import-untyped]
        SENTENCES_LIGATURES,
        WORDS_LIGATURES,
    )

    config: dict[str, bool] = {
        "delete_harakat": False,
        "shift_harakat_position": True,
        "support_ligatures": True,
    }
    config.update({name: False for name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES)})
    reference = ArabicReshaper(configuration=config)
    text = (
        Path(__file__)
        .resolve()
        .parent.parent.joinpath("seeds", "000_57c875342cd42640.txt")
        .read_text(encoding="utf-8")
    )
    samples = [text, "الله لله عبدالله", "لا لأ لإ لآ", "ومُسلَّحا إقليمياً ـــ", "(في مؤتمر) 96"]
    for sample in samples:
        assert layout._get_reshaper().reshape(sample) == reference.reshape(sample)


def test_the_lazy_tables_are_built_once() -> None:
    """The character tables are built on first use and kept (functools.cache), not rebuilt."""
    from interpol_cli import layout as lay

    for table in (lay._harakat_set, lay._mirror_table, lay._special_set):
        assert table() is table()
        assert table.cache_info().hits >= 1


def test_the_shaped_table_is_what_the_script_writes() -> None:
    """interpol_cli/shaped_index.py holds every text the knowledge views reshape, shaped by
    arabic-reshaper as configured here: a stale table would draw old letter shapes, or leave a
    view to reshape (slowly) what it should find."""
    from tests.helpers import ROOT, load_script

    script = load_script("make_shaped")
    committed = (ROOT / "interpol_cli" / "shaped_index.py").read_text(encoding="utf-8")
    assert committed == script.source(), "stale: run python scripts/make_shaped.py"


def test_a_text_outside_the_table_is_shaped_as_one_inside_it() -> None:
    from interpol_cli import layout
    from interpol_cli.shaped_index import SHAPED

    known = next(text for text in SHAPED if len(text) > 20 and "ال" in text)
    assert layout._reshape(known) == layout.reshape_now(known) == SHAPED[known]
    unknown = known + " غلاسكو"  # a question echoed, say: not in the table
    assert unknown not in SHAPED
    assert layout._reshape(unknown) == layout.reshape_now(unknown)


def test_shapes_from_another_reshaper_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import arabic_reshaper

    from interpol_cli import layout

    layout._shaped.cache_clear()
    monkeypatch.setattr(arabic_reshaper, "__version__", "0.0.1")
    try:
        assert layout._shaped() == {}
    finally:
        monkeypatch.undo()
        layout._shaped.cache_clear()
    assert layout._shaped()  # the installed one made them
