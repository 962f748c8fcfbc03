"""What a person sees: the real program on a real terminal, read back row by row.

Each test runs ``interpol-cli`` on a pty of W columns (no ``COLUMNS``: the program asks the
terminal) and reads the rows of a ``pyte`` screen; one runs in tmux.  The default on a terminal
is the table view with BiDi ``auto``, i.e. visual order on a plain terminal.  A right-to-left
row is read back to logical order (``screen.read_rtl_row``) and compared with the article:
every word, in order, each diacritic on its own letter, nothing cut, no row wider than W.
The same reading is run once against a deliberately broken build and must fail there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

import pytest
import wcwidth

from interpol_cli.article import load_article
from interpol_cli.layout import unfence
from tests.helpers import run_cli
from tests.screen import (
    Row,
    ScreenRun,
    cells_of,
    logical,
    read_rtl_row,
    run_in_pty,
    run_in_tmux,
)

WIDTHS = (20, 40, 80, 120)
HEIGHT = 600  # the article at 20 columns takes about 500 rows: nothing may scroll away
HARAKAT_WORDS = ("ومُسلَّحا", "إقليمياً", "ودولياً", "يُنهي")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_EVIDENCE = re.compile(r"«([^«»]*)» \(الفقرة (\d+)\)")

# The wrong pipeline the guide measured: get_display() on the whole paragraph, then rich wraps.
NAIVE_BUILD = """
import interpol_cli.layout as L
from bidi import get_display
_orig = L._layout
def _naive(par, width, mode, need_order, masks=None):
    if mode != "visual":
        return _orig(par, width, mode, need_order, masks)
    from rich.console import Console
    from rich.text import Text
    from rich.cells import cell_len
    shown = get_display(par.text, base_dir="R" if par.rtl else "L")
    console = Console(width=width, color_system=None)
    rows = [line.plain.rstrip() for line in Text(shown).wrap(console, width)]
    return [(row, (), cell_len(row)) for row in rows]
L._layout = _naive
"""

# Harakat left before their letter in visual order (the reshaper's shift turned off).
UNSHIFTED_BUILD = """
import interpol_cli.layout as L
_get = L._get_reshaper
def _unshifted(ligatures=True):
    reshaper = _get(ligatures)
    reshaper.configuration["shift_harakat_position"] = "no"
    return reshaper
L._get_reshaper = _unshifted
L._shaped = lambda: {}  # as if the precomputed shapes were made by this build too
"""


@cache
def paragraphs() -> tuple[str, ...]:
    return tuple(p.text for p in load_article().paragraphs)


@cache
def screen(command: str, width: int) -> ScreenRun:
    run = run_in_pty(command.split(), width, HEIGHT)
    assert run.returncode == 0, run.raw[-500:]
    return run


def blocks(rows: list[Row]) -> list[list[Row]]:
    """Groups of non-blank rows separated by blank ones."""
    out: list[list[Row]] = []
    current: list[Row] = []
    for row in rows:
        if "".join(row).strip():
            current.append(row)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def read_article(run: ScreenRun) -> list[str]:
    """Each paragraph block read back: its rows, top to bottom, each read right to left."""
    return [logical(" ".join(read_rtl_row(r) for r in b)) for b in blocks(run.used_rows())]


def expected_article() -> list[str]:
    # Body paragraphs carry their number in the right margin: read first, right to left.
    return [logical(f"{n} {text}" if n else text) for n, text in enumerate(paragraphs())]


def assert_rows_fit(run: ScreenRun) -> None:
    """No line the program wrote is wider than the terminal (it would wrap and scramble)."""
    text = _ANSI.sub("", run.raw.decode("utf-8"))
    for line in text.replace("\r\n", "\n").split("\n"):
        # run.width is what the rows may fill behind their fence (a space, LRM, LRO).
        assert wcwidth.wcswidth(unfence(line)) <= run.width, (run.width, line)


def evidence_of(data: Any) -> list[tuple[str, int]]:
    """Every (quote, paragraph) in a JSON document."""
    found: list[tuple[str, int]] = []
    if isinstance(data, dict):
        if "quote" in data and "paragraph" in data:
            found.append((data["quote"], data["paragraph"]))
        for value in data.values():
            found.extend(evidence_of(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(evidence_of(value))
    return found


def quotes_on_screen(run: ScreenRun) -> list[tuple[str, int]]:
    """Every «quote» (الفقرة N) on the screen, read back in logical order.

    An evidence quote starts a right-aligned block, so its first row ends with the opening
    guillemet (shown mirrored, »); the block's right edge is that cell, and everything left
    of it on the following rows belongs to the block (evidence is the leftmost column of an
    Arabic table and of the timeline, and the full width elsewhere)."""
    rows = run.used_rows()
    found: list[tuple[str, int]] = []
    for y, row in enumerate(rows):
        for x, cell in enumerate(row):
            if cell != "»":
                continue
            read = ""
            for below in rows[y : y + 40]:
                read = logical(f"{read} {read_rtl_row(below[: x + 1])}")
                match = _EVIDENCE.match(read)
                if match:
                    found.append((match.group(1), int(match.group(2))))
                    break
    return found


# --- the article ------------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_article_reads_back_word_for_word(width: int) -> None:
    run = screen("article", width)
    assert_rows_fit(run)
    got = read_article(run)
    want = expected_article()
    assert len(got) == len(want), f"{len(got)} paragraph blocks on screen, {len(want)} expected"
    for number, (shown, text) in enumerate(zip(got, want, strict=True)):
        if shown != text and width == 20:
            # 17 cells behind the fence: «الجنائية-أنتربول» is wider than a row and is cut
            # there, which rows read back cannot tell from a space; every letter still counts.
            cut = re.sub(r"(?<=\S) (?=\S)", "", shown) == re.sub(r"(?<=\S) (?=\S)", "", text)
            assert cut and shown.count(" ") == text.count(" ") + 1, (number, shown)
            continue
        assert shown == text, f"paragraph {number} at {width} columns reads back wrong"


@pytest.mark.parametrize("width", WIDTHS)
def test_diacritics_stay_on_their_letters(width: int) -> None:
    """A terminal attaches a mark to the cell before it: each must sit on its own letter."""
    run = screen("article", width)
    shown = " ".join(read_article(run))
    for word in HARAKAT_WORDS:
        assert unicodedata.normalize("NFKC", word) in shown, word
    # The marks are really in the cells, not dropped: count them against the article.
    marks = sum(1 for row in run.rows for cell in row for ch in cell if unicodedata.combining(ch))
    assert marks == sum(1 for ch in "".join(paragraphs()) if unicodedata.combining(ch))


def test_reading_back_catches_the_naive_pipeline() -> None:
    """The check above is worth something: on the whole-paragraph get_display build it fails,
    and the first screen row of a paragraph shows the paragraph's end."""
    run = run_in_pty(["article"], 40, HEIGHT, prelude=NAIVE_BUILD)
    assert run.returncode == 0
    got = read_article(run)
    want = expected_article()
    wrong = [n for n, (g, w) in enumerate(zip(got, want, strict=True)) if g != w]
    assert len(wrong) >= 15, wrong
    first_row = read_rtl_row(blocks(run.used_rows())[1][0])
    last_words = " ".join(logical(paragraphs()[1]).split()[-3:])
    assert last_words.rstrip(".") in first_row


def test_reading_back_catches_harakat_on_the_wrong_letter() -> None:
    run = run_in_pty(["article"], 80, HEIGHT, prelude=UNSHIFTED_BUILD)
    shown = " ".join(read_article(run))
    for word in HARAKAT_WORDS:
        assert unicodedata.normalize("NFKC", word) not in shown, word
    # Only the marks moved: the base letters are all there.
    bare = "".join(ch for ch in shown if not unicodedata.combining(ch))
    assert "ومسلحا" in bare


def test_tmux_shows_the_same_article() -> None:
    """A second, real terminal emulator: tmux's screen gives the same rows as pyte's."""
    width = 40
    lines = run_in_tmux(["article"], width, HEIGHT)
    pyte_lines = screen("article", width).lines()
    used = max(i for i, line in enumerate(pyte_lines) if line) + 1
    assert [line.rstrip() for line in lines[:used]] == pyte_lines[:used]
    # tmux keeps each mark in its letter's cell: split its text into cells the same way.
    got = [
        logical(" ".join(read_rtl_row(row) for row in b))
        for b in blocks([cells_of(line) for line in lines])
    ]
    assert got == expected_article()


# --- summary, who, when: every quote verbatim ------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["summary", "who", "when"])
def test_quotes_read_back_verbatim(command: str, width: int) -> None:
    run = screen(command, width)
    assert_rows_fit(run)
    shown = quotes_on_screen(run)
    assert shown, "no evidence quote found on screen"
    for quote, number in shown:
        assert quote in logical(paragraphs()[number]), (quote, number)
    data = json.loads(run_cli([command, "--format", "json"]).stdout)
    if command == "summary":
        data = data[2:]  # the key facts table; the headline and main event cite differently
    wanted = {(logical(q), n) for q, n in evidence_of(data)}
    missing = wanted - set(shown)
    assert not missing, f"quotes lost at {width} columns: {sorted(missing)}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["who", "summary"])
def test_names_read_correctly(command: str, width: int) -> None:
    run = screen(command, width)
    shown = [read_rtl_row(row) for row in run.used_rows()]
    assert any("محمد الدخيسي" in line for line in shown)
    # Visual rows are not logical text: the name read left to right is not there.
    assert not any("محمد الدخيسي" in unicodedata.normalize("NFKC", "".join(r)) for r in run.rows)


# --- column order and direction --------------------------------------------------------------


@pytest.mark.parametrize("width", (80, 120))
def test_arabic_table_puts_the_first_column_on_the_right(width: int) -> None:
    run = screen("who", width)
    lines = [read_rtl_row(row) for row in run.used_rows()]
    header = next(line for line in lines if "الشخص" in line)
    # Read right to left: person, post, organisation, evidence.
    assert header.split() == ["الشخص", "المنصب", "الجهة", "الدليل"]
    first = next(line for line in lines if "محمد الدخيسي" in line)
    assert first.startswith("محمد الدخيسي")


@pytest.mark.parametrize("width", WIDTHS)
def test_english_views_stay_left_to_right(width: int) -> None:
    run = screen("who --lang en", width)
    assert_rows_fit(run)
    lines = run.lines()
    assert lines[0] == "Who"  # at the left edge
    if width >= 60:
        header = next(line for line in lines if "Person" in line)
        assert header.split() == ["Person", "Post", "Organisation", "Evidence"]
    else:  # cards: each label starts at the left edge
        assert any(line.startswith("Person: Mohammed") for line in lines)
    text = " ".join(" ".join(line.split()) for line in lines)
    assert "Mohammed Dkhissi" in text
    assert not any("\u0621" <= ch <= "\u064a" for line in lines for ch in line), (
        "English views show Arabic only as shaped quotes"
    )


@pytest.mark.parametrize("width", (20, 40))
def test_arabic_cards_start_at_the_right_edge(width: int) -> None:
    run = screen("who", width)
    used = run.used_rows()
    starts = [i for i, row in enumerate(used) if read_rtl_row(row).startswith("الشخص:")]
    assert starts, "no person card"
    for i in starts:
        assert used[i][-1].strip(), "an Arabic card line must end at the right edge"
    # At 20 columns (17 behind the fence) the name wraps onto the next row.
    first = " ".join(read_rtl_row(row) for row in used[starts[0] : starts[0] + 2])
    assert first.startswith("الشخص: محمد الدخيسي")


# --- timeline and tree fit -------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_fits_and_keeps_every_date(width: int) -> None:
    run = screen("when", width)
    assert_rows_fit(run)
    dots = [y for y, row in enumerate(run.rows) if "●" in row]
    assert len(dots) >= 2, "no timeline dots"
    # A line joins each dot to the next, in the dot's own screen column.
    x = run.rows[dots[0]].index("●")
    assert all(run.rows[y][x] == "│" for y in range(dots[0] + 1, dots[1])), "no line between dots"
    shown = " ".join(read_rtl_row(row) for row in run.used_rows())
    data = json.loads(run_cli(["when", "--format", "json"]).stdout)
    for record in data:
        for word in record["text"]["ar"].split():
            assert word in shown, (width, word)


@pytest.mark.parametrize("width", WIDTHS)
def test_tree_fits_and_keeps_every_name(width: int) -> None:
    run = screen("who --tree", width)
    assert_rows_fit(run)
    assert any(cell in "┤┘" for row in run.rows for cell in row), "no tree guides"
    # Guides are not words: read the text without them; a word too long for its row is cut
    # between letters, so compare without spaces.
    shown = "".join(
        read_rtl_row([c for c in row if c not in "│┤┘─├└"]) for row in run.used_rows()
    ).replace(" ", "")
    data = json.loads(run_cli(["who", "--tree", "--format", "json"]).stdout)
    for record in data:
        name = record["name"]["ar"].replace(" ", "")
        assert name in shown, (width, record["name"]["ar"])
