"""Arabic text layout for terminals that do no BiDi themselves.

UAX #9 reorders *per line, after line breaking*, so each paragraph goes:
reshape (logical) -> wrap at the cell width (logical) -> reorder each line on
its own with the paragraph's context -> pad to the width.  The measurements behind
each choice are in the README ("Arabic layout, measured") and tests/test_layout.py.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import groupby
from typing import TYPE_CHECKING, Literal

from bidi import get_display  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from rich.cells import cell_len
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style

from interpol_cli.record import record

_RESHAPER_CONFIG_VARIABLE = "PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE"


@contextmanager
def _without_reshaper_config_file() -> Iterator[None]:
    """Our reshaper settings are complete: a user's configuration file must not change how the
    article is shaped, and a bad path there makes arabic-reshaper raise, even on import."""
    saved = os.environ.pop(_RESHAPER_CONFIG_VARIABLE, None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ[_RESHAPER_CONFIG_VARIABLE] = saved


with _without_reshaper_config_file():
    from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
    from arabic_reshaper.arabic_reshaper import (  # type: ignore[import-untyped]
        HARAKAT_RE,
        LETTERS_ARABIC,
    )
    from arabic_reshaper.ligatures import (  # type: ignore[import-untyped]
        SENTENCES_LIGATURES,
        WORDS_LIGATURES,
    )
    from arabic_reshaper.reshaper_config import (  # type: ignore[import-untyped]
        default_config as DEFAULT_RESHAPER_CONFIG,
    )

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = [
    "FENCE",
    "FENCE_CELLS",
    "MARKED_CELLS",
    "ArabicText",
    "align",
    "fence_rows",
    "for_konsole",
    "has_arabic",
    "konsole_cells",
    "naive_lines",
    "unfence",
    "visual_lines",
]

# "marked": logical text for a terminal that reorders by itself (see MARKED_CELLS); "konsole":
# the marked rows as Konsole's own BiDi must be sent them (see for_konsole).
Mode = Literal["visual", "logical", "marked", "konsole"]
MARKED_MODES: frozenset[Mode] = frozenset({"marked", "konsole"})
Justify = Literal["right", "left", "auto"]

# Invisible strong marks used to give a lone line its paragraph context.
_LRM, _RLM, _ALM = "\u200e", "\u200f", "\u061c"
_MARK_FOR_CLASS = {"L": _LRM, "R": _RLM, "AL": _ALM}
_STRONG = frozenset(_MARK_FOR_CLASS)
# Formatting characters with no glyph: they steer BiDi, then are dropped from
# visual rows (a terminal may draw them as boxes).
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Rule L1: these reset to the paragraph level at the end of a line.
_L1_TRAILING = frozenset(
    {"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
)
_LAM = "\u0644"
_LAM_ALEF_LIGATURES = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))
_ZWJ = "\u200d"
_VS16 = "\ufe0f"  # emoji presentation: rich counts the character before it as two cells
# Paragraph separators a terminal row cannot hold (class B, plus VT/FF/LS).
_PARAGRAPH_SPLIT = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_REPLACEMENT = "?"  # stands for a cluster wider than the whole width

# Each visual row goes out as a space, LRM, LRO, then the row: a terminal that reorders by
# itself (VTE, also when VTE_VERSION does not arrive, as over SSH or in tmux; mlterm) then
# shows it as it is, and one that does not (xterm, tmux) draws only the space.  VTE and tmux
# drop a zero-width character at column 0 but keep one that follows a cell, hence the space;
# LRO stops the reordering; LRM makes the paragraph left-to-right for terminals that take it
# from the first strong character.  No PDF: the newline ends the paragraph.  mlterm gives each
# control a cell of its own, so the row is laid out FENCE_CELLS narrower.
FENCE = " \u200e\u202d"
FENCE_CELLS = 3
# --bidi logical on a terminal: a right-to-left row goes out as a space, LRM, its padding, RLM,
# the row in logical order, RLM.  The terminal then takes the line as left-to-right (LRM: VTE
# does anyway, mlterm would take the first letter's direction), keeps the padding on the left
# and reverses the row between the two RLMs as one right-to-left run: right-aligned, numbers
# and brackets in place.  mlterm gives each mark a cell: 4 cells are reserved.
MARKED_CELLS = 4
_MARKED_OPEN = " \u200e"
# Konsole (22.12: ICU) shapes and reorders each row itself but mirrors nothing, and joins lam and
# alef into a ligature that it draws with a blank cell after it.  So on a row holding Arabic the
# brackets it will show at a right-to-left level go out already mirrored, and a ZERO WIDTH
# JOINER between lam (and its marks) and alef keeps the two letters joined without the ligature.
_ALEFS = frozenset("\u0627\u0623\u0625\u0622")


# --------------------------------------------------------------------------
# lazily built shared state (no work at import time)

_reshapers: dict[bool, ArabicReshaper] = {}


def _get_reshaper(ligatures: bool = True) -> ArabicReshaper:
    """The shared reshaper; ligatures=False is the fallback for text with a
    ZWJ (arabic-reshaper 3.1 drops the ZWJ, then places the lam-alef ligature
    by stale indices: wrong letters or an IndexError)."""
    reshaper = _reshapers.get(ligatures)
    if reshaper is None:
        config: dict[str, bool | str] = {
            "delete_harakat": False,  # the default drops diacritics: lost text
            "shift_harakat_position": True,  # mark lands after its letter once reversed
            "support_ligatures": ligatures,
        }
        # Whole-word ligatures (e.g. ARABIC LIGATURE ALLAH) put a word in one cell.
        for name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES):
            config[name] = False
        # arabic-reshaper's own constructor runs every one of its ~290 defaults through
        # configparser (1.1 ms); the settings are complete here, so build it from them.
        values = {key.lower(): str(value) for key, value in DEFAULT_RESHAPER_CONFIG.items()}
        values.update({key.lower(): str(value) for key, value in config.items()})
        reshaper = ArabicReshaper.__new__(ArabicReshaper)
        reshaper.configuration = _SettingsSnapshot(values)
        reshaper.language = values["language"]
        reshaper.letters = LETTERS_ARABIC
        _reshapers[ligatures] = reshaper
    return reshaper


_TRUE = frozenset({"1", "yes", "true", "on"})


class _SettingsSnapshot:
    """The reshaper's settings read once: it asks configparser six times per reshape call,
    about 0.9 ms of a terminal view."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, str]) -> None:
        self._values = values

    # configparser folds option names to lower case; so must the look-ups.
    def get(self, key: str, fallback: str | None = None) -> str | None:
        return self._values.get(key.lower(), fallback)

    def getboolean(self, key: str, fallback: bool | None = None) -> bool | None:
        value = self._values.get(key.lower())
        return fallback if value is None else value.lower() in _TRUE

    def __getitem__(self, key: str) -> str:
        return self._values[key.lower()]

    def __setitem__(self, key: str, value: object) -> None:
        # As configparser takes it: a value's text (True -> "True").
        self._values[key.lower()] = str(value)


def _reshape(text: str) -> str:
    shaped = _shaped().get(text)
    if shaped is not None:
        return shaped
    if _ZWJ not in text and not has_arabic(text):
        return text  # what the reshaper would give (it only drops ZWJs outside Arabic)
    return reshape_now(text)


def reshape_now(text: str) -> str:
    """``text`` in presentation forms, computed (``_reshape`` looks it up first)."""
    shaped: str = _get_reshaper(ligatures=_ZWJ not in text).reshape(text)
    return shaped


@cache
def _shaped() -> Mapping[str, str]:
    # The views of the knowledge reshape the same few hundred texts on every run: arabic-
    # reshaper is pure Python and was a third of a table view's time, so they are shaped once
    # by scripts/make_shaped.py (tests/test_layout.py fails when the table is stale).
    with _without_reshaper_config_file():  # its import reads the file a variable names
        import arabic_reshaper

    from interpol_cli.shaped_index import RESHAPER, SHAPED

    # Shapes from another arabic-reshaper than the one installed would mix with its own.
    return SHAPED if arabic_reshaper.__version__ == RESHAPER else {}


@cache
def _harakat_set() -> frozenset[str]:
    # Same set the reshaper shifts, so clusters agree with its output.
    return frozenset(chr(c) for c in range(0x0600, 0x0900) if HARAKAT_RE.match(chr(c)))


@cache
def _mirror_table() -> dict[int, str]:
    return {ord(k): v for k, v in MIRRORED.items()}


@cache
def _special_set() -> frozenset[str]:
    """Characters that force the slow (levels) reordering path."""
    mirrored: Iterable[str] = MIRRORED.keys()
    return frozenset(mirrored) | _BIDI_CONTROLS | _harakat_set()


# --------------------------------------------------------------------------
# small helpers


def has_arabic(text: str) -> bool:
    """True when text holds a letter or mark of an Arabic block."""
    for ch in text:
        o = ord(ch)
        if (
            0x0600 <= o <= 0x06FF
            or 0x0750 <= o <= 0x077F
            or 0x0870 <= o <= 0x08FF
            or 0xFB50 <= o <= 0xFDFF
            or 0xFE70 <= o <= 0xFEFC
        ):
            return True
    return False


def _first_strong_rtl(text: str) -> bool | None:
    """Rules P2/P3: direction of the first strong character, None if none."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return False
        if cls in ("R", "AL"):
            return True
    return None


def align(line: str, width: int, *, rtl: bool = True) -> str:
    """Pad a visual row to width cells: on the left for RTL, right for LTR."""
    pad = " " * max(0, width - cell_len(line))
    return pad + line if rtl else line + pad


def _split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs; each separator-delimited part is a paragraph."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _PARAGRAPH_SPLIT.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _sanitize(par: str, offset: int) -> tuple[str, list[int]]:
    """Tab -> space, other control characters dropped (they would move the
    cursor or start escape sequences); returns text and source offsets."""
    if not _CONTROL.search(par):  # the common case: nothing to drop
        return par, list(range(offset, offset + len(par)))
    chars: list[str] = []
    src: list[int] = []
    for i, ch in enumerate(par):
        if ch == "\t":
            ch = " "
        elif unicodedata.category(ch) == "Cc":
            continue
        chars.append(ch)
        src.append(offset + i)
    return "".join(chars), src


def _map_reshaped(orig: str, orig_src: list[int], shaped: str) -> list[int]:
    """Source offset of each reshaped character.

    The reshaper keeps one output char per base letter except lam+alef
    (2 -> 1 ligature) and dropped ZWJs; harakat are moved before their letter
    (and a stack on one letter is reversed), so harakat are matched in order
    from the end (only leading orphan harakat can be dropped)."""
    if orig_src and _ZWJ not in orig and _harakat_set().isdisjoint(orig):
        mapped = _map_ligatures(orig, orig_src, shaped)
        if len(mapped) == len(shaped):
            return mapped
    return _map_each(orig, orig_src, shaped)


def _map_each(orig: str, orig_src: list[int], shaped: str) -> list[int]:
    """``_map_reshaped`` a character at a time: any text, harakat and ZWJs included."""
    harakat = _harakat_set()
    o_bases = [i for i, c in enumerate(orig) if c not in harakat]
    o_marks = [i for i, c in enumerate(orig) if c in harakat]
    n_marks = sum(1 for c in shaped if c in harakat)
    mark_iter = iter(o_marks[len(o_marks) - n_marks :])
    last = max(0, len(o_bases) - 1)
    out: list[int] = []
    k = 0
    for c in shaped:
        if c in harakat:
            out.append(orig_src[next(mark_iter, o_marks[-1] if o_marks else 0)] if orig_src else 0)
            continue
        while k < len(o_bases) and orig[o_bases[k]] == _ZWJ and c != _ZWJ:
            k += 1
        idx = o_bases[min(k, last)] if o_bases else 0
        out.append(orig_src[idx] if orig_src else 0)
        k += 2 if (c in _LAM_ALEF_LIGATURES and orig[idx] == _LAM) else 1
    return out


@cache
def _lam_alef_ligature() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(_LAM_ALEF_LIGATURES))}]")  # found in C


def _map_ligatures(orig: str, orig_src: list[int], shaped: str) -> list[int]:
    """``_map_reshaped`` for text without harakat or ZWJ, where only a lam-alef ligature stands
    for more than one character: the runs between ligatures are copied as slices, not walked a
    character at a time (the article's paragraphs were 3 ms of its view)."""
    out: list[int] = []
    k = 0  # the next character of orig
    done = 0  # the next character of shaped
    last = len(orig) - 1
    for found in _lam_alef_ligature().finditer(shaped):
        run = found.start() - done
        out += orig_src[k : k + run]
        k = min(k + run, last)
        out.append(orig_src[k])
        k += 2 if orig[k] == _LAM else 1
        done = found.end()
    out += orig_src[k : k + len(shaped) - done]
    return out


# --------------------------------------------------------------------------
# wrapping


@record(kw_only=False)
class _Row:
    """One logical row of a paragraph, before reordering."""

    text: str
    src: tuple[int, ...]
    before: str  # strong mark standing for the paragraph text before the row
    after: str  # ... and after it
    cells: int  # its width, as wrapping measured it (reordering changes no width)


_WORD = re.compile("[^ ]+")


def _clusters(word: str, reshaped: bool) -> Iterator[tuple[int, int]]:
    """Grapheme-ish (start, end) spans that must never be split.

    After reshaping with shifted harakat a mark sits *before* its letter, so a
    cluster is: harakat* base zero-width*; in logical text marks trail."""
    harakat = _harakat_set()
    n = len(word)
    i = 0
    while i < n:
        j = i
        if reshaped:
            while j < n and word[j] in harakat:
                j += 1
        j += 1  # the base (or a lone trailing mark)
        while j < n and cell_len(word[j]) == 0 and not (reshaped and word[j] in harakat):
            j += 1
        yield i, min(j, n)
        i = min(j, n)


def _wrap(
    text: str, width: int, reshaped: bool, zwj_cells: bool = False
) -> list[tuple[int, int, str | None, int]]:
    """Greedy word wrap of logical text: (start, end, replacement, cells) rows.

    Breaks at spaces (dropped at row ends); a word wider than the row is cut
    between clusters; a cluster wider than the whole width (a 2-cell glyph at
    width 1) is shown as "?" so no row ever overflows.  Each word is measured
    once, so this stays linear.  ``zwj_cells``: a ZWJ takes a cell (Konsole 22.12 gives it one)."""
    rows: list[tuple[int, int, str | None, int]] = []
    cur_start = -1  # start of the row being filled, -1 when empty
    cur_end = 0
    cur_width = 0
    pos = 0  # the end of the last word
    for found in _WORD.finditer(text):  # the words, found in C rather than a loop per character
        word = found.group()
        word_start, gap = found.start(), found.start() - pos
        pos = found.end()
        w = cell_len(word) + (word.count(_ZWJ) if zwj_cells else 0)
        if cur_start >= 0 and cur_width + gap + w <= width:
            cur_end, cur_width = pos, cur_width + gap + w
            continue
        if cur_start >= 0:
            rows.append((cur_start, cur_end, None, cur_width))
        if w <= width:
            cur_start, cur_end, cur_width = word_start, pos, w
            continue
        # The word alone is too wide: cut it into chunks between clusters.
        chunk_start, chunk_width = word_start, 0
        for a, b in _clusters(word, reshaped):
            cw = cell_len(word[a:b])
            if cw > width:
                if chunk_start < word_start + a:
                    rows.append((chunk_start, word_start + a, None, chunk_width))
                rows.append((word_start + a, word_start + b, _REPLACEMENT, cell_len(_REPLACEMENT)))
                chunk_start, chunk_width = word_start + b, 0
            elif chunk_width + cw > width:
                rows.append((chunk_start, word_start + a, None, chunk_width))
                chunk_start, chunk_width = word_start + a, cw
            else:
                chunk_width += cw
        if chunk_width or chunk_start < pos:
            cur_start, cur_end, cur_width = chunk_start, pos, chunk_width
        else:
            cur_start, cur_width = -1, 0
    if cur_start >= 0:
        rows.append((cur_start, cur_end, None, cur_width))
    return rows or [(0, 0, None, 0)]


def _mark_before(text: str, at: int) -> str:
    """The mark for the last strong character before ``at`` (rule N1/W2 context a lone line
    lacks), or "" when there is none. Only rows' ends are asked about, so the scan is short."""
    for i in range(at - 1, -1, -1):
        cls = unicodedata.bidirectional(text[i])
        if cls in _STRONG:
            return _MARK_FOR_CLASS[cls]
    return ""


def _mark_after(text: str, at: int) -> str:
    """The mark for the first strong character at or after ``at``, or ""."""
    for i in range(at, len(text)):
        cls = unicodedata.bidirectional(text[i])
        if cls in _STRONG:
            return _MARK_FOR_CLASS[cls]
    return ""


def _rows(
    text: str, src: Sequence[int], width: int, reshaped: bool, zwj_cells: bool = False
) -> list[_Row]:
    spans = _wrap(text, width, reshaped, zwj_cells)
    out: list[_Row] = []
    for a, b, repl, cells in spans:
        row_src: tuple[int, ...]
        if repl is not None:
            row_text, row_src = repl, (src[a] if src else 0,)
        else:
            row_text, row_src = text[a:b], tuple(src[a:b])
        if reshaped:
            before, after = _mark_before(text, a), _mark_after(text, b)
            out.append(_Row(row_text, row_src, before, after, cells))
        else:
            out.append(_Row(row_text, row_src, "", "", cells))
    return out


# --------------------------------------------------------------------------
# reordering


def _levels(marked: str, rtl: bool) -> list[int]:
    """Resolved embedding levels per character, from python-bidi's Rust core.

    Its debug output lists one level per UTF-8 byte; keep the level of each
    character's first byte."""
    dump: str = get_display(marked, base_dir="R" if rtl else "L", debug=True)
    a = dump.rindex("levels: [")  # the text field comes first: take the last
    b = dump.index("paragraphs:", a)
    byte_levels = [int(x) for x in re.findall(r"Level\(\s*(\d+)", dump[a:b])]
    data = marked.encode("utf-8")
    if len(byte_levels) != len(data):
        raise RuntimeError("unexpected python-bidi debug output; levels unavailable")
    return [lv for lv, byte in zip(byte_levels, data, strict=True) if byte & 0xC0 != 0x80]


def _reorder(
    row: _Row, rtl: bool, need_order: bool, masks: Sequence[int] | None = None
) -> tuple[str, tuple[int, ...]]:
    """Visual text and visual source offsets for one row (rules L1-L4).

    ``masks`` (per paragraph character: which highlights cover it) lets a row whose
    highlights are all alike find its styled cells without reading the levels back."""
    text = row.text
    if not text:
        return "", ()
    marked = row.before + text + row.after
    if _special_set().isdisjoint(text) and unicodedata.bidirectional(text[-1]) not in _L1_TRAILING:
        # Fast path: no mirroring, marks or L1 subtleties -> Rust output as is.
        shown: str = _unmarked(get_display(marked, base_dir="R" if rtl else "L"))
    elif (
        rtl
        and _BIDI_CONTROLS.isdisjoint(text)
        and _harakat_set().isdisjoint(text)
        and row.before != _LRM
        and row.after != _LRM
        and unicodedata.bidirectional(text[-1]) not in _L1_TRAILING
        and not any(unicodedata.bidirectional(ch) == "L" for ch in text)
    ):
        # Brackets in an RTL row with no left-to-right letters all resolve to an odd level
        # (N1/N2), so each is mirrored: 17x cheaper than reading the levels back.
        shown = _unmarked(get_display(marked, base_dir="R")).translate(_mirror_table())
    else:
        return _reorder_by_levels(row, rtl)
    if not need_order:
        return shown, ()
    src = _proxy_order(row, rtl, masks, len(shown))
    return (shown, src) if src is not None else _reorder_by_levels(row, rtl)


def _unmarked(shown: str) -> str:
    return shown.replace(_LRM, "").replace(_RLM, "").replace(_ALM, "")


# One stand-in per BiDi class, none of them mirrored, a bracket, a mark or a control.
_PROXIES = {
    "AL": "\u06fd",
    "R": "\u05d0",
    "L": "\u0100",
    "EN": "\u2074",
    "AN": "\u066b",
    "ES": "\u207a",
    "ET": "\u2030",
    "CS": "\u2044",
    "WS": "\u2005",
    "ON": "\u2023",
}
_PROXY_SET = frozenset(_PROXIES.values())
_NO_PROXY = "\x00"  # a row holds no control character: they are dropped before wrapping


class _ProxyTable(dict[int, str]):
    """A ``str.translate`` table: each character to the stand-in of its BiDi class (to
    ``_NO_PROXY`` when its class has none), worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        proxy = self[code] = _PROXIES.get(unicodedata.bidirectional(chr(code)), _NO_PROXY)
        return proxy


@cache
def _proxy_table() -> _ProxyTable:
    return _ProxyTable()


@cache
def _proxy_run() -> re.Pattern[str]:
    # Compiled when first needed: a pattern compiled on import costs every view (0.1 ms).
    return re.compile(f"[{re.escape(''.join(sorted(_PROXY_SET)))}]+")


def _proxy_order(
    row: _Row, rtl: bool, masks: Sequence[int] | None, length: int
) -> tuple[int, ...] | None:
    """Visual source offsets good enough to style a row: reordering only looks at BiDi classes
    (the fast paths hold no brackets that pair differently), so the highlighted characters are
    swapped for stand-ins of the same class and found again in the reordered copy.  Each cell
    gets an offset with its highlight mask.  None when the row needs the slow path.  Runs of
    one mask are swapped and found as slices and patterns, not a character at a time (the
    article view styles some 5,000 characters)."""
    if masks is None:
        return None
    text = row.text
    row_masks = [masks[i] for i in row.src] if len(row.src) == len(text) else []
    values = set(row_masks)
    if not row_masks or len(values) > 2 or not _PROXY_SET.isdisjoint(text):
        return None
    plain = row.src[row_masks.index(min(values))]
    if len(values) == 1:
        return (plain,) * length
    marked_mask = max(values)
    pieces = []
    start = 0
    for mask, run in groupby(row_masks):
        end = start + len(list(run))
        piece = text[start:end]
        if mask == marked_mask:
            piece = piece.translate(_proxy_table())
            if _NO_PROXY in piece:
                return None
        pieces.append(piece)
        start = end
    shown = _unmarked(
        get_display(row.before + "".join(pieces) + row.after, base_dir="R" if rtl else "L")
    )
    if len(shown) != length:
        return None
    styled = row.src[row_masks.index(marked_mask)]
    out: list[int] = []
    done = 0
    for found in _proxy_run().finditer(shown):
        out += (plain,) * (found.start() - done)
        out += (styled,) * (found.end() - found.start())
        done = found.end()
    out += (plain,) * (length - done)
    return tuple(out)


def _reorder_by_levels(row: _Row, rtl: bool) -> tuple[str, tuple[int, ...]]:
    text = row.text
    n = len(text)
    levels = _levels(row.before + text + row.after, rtl)
    levels = levels[len(row.before) : len(row.before) + n]
    base = 1 if rtl else 0
    classes = [unicodedata.bidirectional(ch) for ch in text]
    # L1: separators and trailing whitespace go back to the paragraph level.
    trailing = True
    for i in range(n - 1, -1, -1):
        cls = classes[i]
        if cls in ("S", "B"):
            levels[i] = base
            trailing = True
        elif trailing and cls in _L1_TRAILING:
            levels[i] = base
        else:
            trailing = False
    # A shifted haraka precedes its letter: give it the letter's level so the
    # two stay adjacent (a terminal attaches the mark to the cell before it).
    harakat = _harakat_set()
    nxt = base
    for i in range(n - 1, -1, -1):
        if text[i] in harakat:
            levels[i] = nxt
        else:
            nxt = levels[i]
    # L2: reverse every run at or above each level, highest level first.
    order = list(range(n))
    high = max(levels)
    low_odd = min(levels) | 1
    for level in range(high, low_odd - 1, -1):
        i = 0
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    # L4: mirrored glyphs at odd levels; bidi controls have done their job.
    chars: list[str] = []
    src: list[int] = []
    row_src = row.src
    for i in order:
        ch = text[i]
        if ch in _BIDI_CONTROLS:
            continue
        if levels[i] & 1:
            ch = MIRRORED.get(ch, ch)
        chars.append(ch)
        src.append(row_src[i] if i < len(row_src) else row_src[-1])
    return "".join(chars), tuple(src)


# --------------------------------------------------------------------------
# paragraphs


@record(kw_only=False)
class _Paragraph:
    """A paragraph ready to wrap: shaped (visual mode) or raw text."""

    text: str
    src: tuple[int, ...]
    rtl: bool


def _prepare(text: str, rtl: bool | None, mode: Mode, track: bool = True) -> list[_Paragraph]:
    """Paragraphs ready to wrap; track=False skips the source-offset mapping
    (only highlights need it)."""
    default_rtl = _first_strong_rtl(text) if rtl is None else rtl
    out: list[_Paragraph] = []
    for offset, par in _split_paragraphs(text):
        clean, src = _sanitize(par, offset)
        p_rtl = rtl if rtl is not None else _first_strong_rtl(clean)
        if p_rtl is None:
            p_rtl = bool(default_rtl)
        if mode == "visual" and clean.strip():
            shaped = _reshape(clean)
            mapped = _map_reshaped(clean, src, shaped) if track else [0] * len(shaped)
            out.append(_Paragraph(shaped, tuple(mapped), p_rtl))
        elif mode == "konsole":
            joined, joined_src = _joined(clean, src)
            out.append(_Paragraph(joined, joined_src, p_rtl))
        else:
            out.append(_Paragraph(clean, tuple(src), p_rtl))
    return out


def _layout(
    par: _Paragraph,
    width: int,
    mode: Mode,
    need_order: bool,
    masks: Sequence[int] | None = None,
) -> list[tuple[str, tuple[int, ...], int]]:
    """Each row of ``par`` at ``width``: its text as it is sent, its source offsets, its cells."""
    konsole = mode == "konsole"
    out: list[tuple[str, tuple[int, ...], int]] = []
    for row in _rows(par.text, par.src, width, mode == "visual", konsole):
        if mode == "visual":
            shown, src = _reorder(row, par.rtl, need_order, masks)
        else:
            shown, src = row.text, row.src
        cells = row.cells
        if _ZWJ in shown or _VS16 in shown:
            # rich joins the character after a ZWJ to it and widens the one before a VS16
            # (its emoji rules, across spaces too, and reordering moves which one that is):
            # such a row is measured as it is sent.
            cells = cell_len(shown) + (shown.count(_ZWJ) if konsole else 0)
        out.append((shown, src, cells))
    return out


def visual_lines(text: str, width: int, *, rtl: bool = True) -> list[str]:
    """Rows a terminal without BiDi must print, top to bottom (not padded).

    Every paragraph (split at newlines) gives at least one row; "" -> [""]."""
    if width < 1:
        raise ValueError("width must be at least 1")
    lines: list[str] = []
    for par in _prepare(text, rtl, "visual", track=False):
        lines.extend(t for t, _, _ in _layout(par, width, "visual", need_order=False))
    return lines


def naive_lines(text: str, width: int) -> list[str]:
    """The WRONG pipeline (whole-paragraph get_display, then rich wraps).

    Kept only so tests can show their checks fail on it."""
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, color_system=None)
    out: list[str] = []
    for par in text.split("\n"):
        shown: str = get_display(_reshape(par))
        out.extend(line.plain.rstrip() for line in Text(shown).wrap(console, width))
    return out


def fence_rows(text: str) -> str:
    """Every row of a finished visual view behind the FENCE (rows end with a newline)."""
    if not text:
        return text
    body = text[:-1] if text.endswith("\n") else text
    return FENCE + body.replace("\n", "\n" + FENCE) + text[len(body) :]


def unfence(row: str) -> str:
    """A row as read back from a screen, without the FENCE's cell and controls."""
    return row[len(FENCE) :] if row.startswith(FENCE) else row


def for_konsole(row: str) -> str:
    """A logical terminal row (one line, no marks of ours) as Konsole's own BiDi must be sent
    it: lam and alef kept apart by a ZWJ, brackets mirrored where they resolve right-to-left.
    A row without Arabic is left as it is; each ZWJ takes a cell (see konsole_cells)."""
    return _mirrored_for_konsole(_joined(row, ())[0], marked=False)


def konsole_cells(row: str) -> int:
    """The cells a row takes in Konsole 22.12, which gives a ZWJ one of its own."""
    return cell_len(row) + row.count(_ZWJ)


def _joined(text: str, src: Sequence[int]) -> tuple[str, tuple[int, ...]]:
    """``text`` with a ZWJ between each lam (and its marks) and a following alef, and the
    source offsets (a ZWJ gets its lam's); the rest of ``text`` as it is."""
    if _LAM not in text:
        return text, tuple(src)
    cuts = [found.end() for found in _lam_before_alef().finditer(text)]
    if not cuts:
        return text, tuple(src)
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for cut in cuts:
        pieces += (text[start:cut], _ZWJ)
        offsets += (*src[start:cut], *src[cut - 1 : cut])
        start = cut
    pieces.append(text[start:])
    offsets += src[start:]
    return "".join(pieces), tuple(offsets)


@cache
def _lam_before_alef() -> re.Pattern[str]:
    marks = "".join(sorted(_harakat_set()))
    return re.compile(f"\u0644[{re.escape(marks)}]*(?=[{''.join(sorted(_ALEFS))}])")


@cache
def _mirrored_set() -> frozenset[str]:
    return frozenset(MIRRORED)


def _mirrored_for_konsole(text: str, *, marked: bool) -> str:
    """``text`` with each mirrored character that will resolve to a right-to-left level
    swapped for its mirror, which Konsole does not do; ``marked``: the row goes out between
    RLMs (ArabicText._marked), otherwise as a left-to-right line (Konsole's default)."""
    mirror = _mirror_table()
    if _mirrored_set().isdisjoint(text) or not has_arabic(text):
        return text
    if marked and not any(unicodedata.bidirectional(ch) == "L" for ch in text):
        # Between RLMs with no left-to-right letter every bracket resolves to an odd level.
        return text.translate(mirror)
    levels = _levels(_RLM + text + _RLM, False)[1:-1] if marked else _levels(text, False)
    return "".join(
        mirror.get(ord(ch), ch) if level & 1 else ch for ch, level in zip(text, levels, strict=True)
    )


# --------------------------------------------------------------------------
# rich renderable


class ArabicText:
    """A rich renderable that lays Arabic (or mixed) text out by itself.

    It wraps to ``options.max_width`` and yields finished rows, so rich never
    wraps, crops or ellipsizes reordered text.  ``highlights`` are
    (start, end, style) spans in logical offsets of ``text``.  Text is never
    read as markup."""

    __slots__ = ("_paragraphs", "highlights", "justify", "mode", "rtl", "style", "text")

    def __init__(
        self,
        text: str,
        style: str | Style = "",
        *,
        highlights: Sequence[tuple[int, int, str]] = (),
        rtl: bool | None = None,
        mode: Mode = "visual",
        justify: Justify = "auto",
    ) -> None:
        self.text = text
        self.style = style
        self.highlights = tuple(highlights)
        self.rtl = rtl
        self.mode: Mode = mode
        self.justify: Justify = justify
        self._paragraphs: list[_Paragraph] | None = None

    def _prepared(self) -> list[_Paragraph]:
        # Reshaping does not depend on the width: do it once per object.
        if self._paragraphs is None:
            self._paragraphs = _prepare(self.text, self.rtl, self.mode, track=bool(self.highlights))
        return self._paragraphs

    def _char_styles(self, console: Console, base: Style) -> _CharStyles | None:
        """Which highlights cover each character, as a bit mask per character, and the style of
        each mask: comparing small ints per character, not rich Styles (the article view has
        thousands of highlighted characters)."""
        if not self.highlights:
            return None
        n = len(self.text)
        masks = [0] * n
        names = list(dict.fromkeys(name for _, _, name in self.highlights))  # one bit a style
        for start, end, name in self.highlights:
            flag = 1 << names.index(name)
            a, b = max(0, start), min(n, end)
            masks[a:b] = [mask | flag for mask in masks[a:b]]
        palette: dict[int, Style] = {}
        for mask in set(masks):
            style = base
            for bit, name in enumerate(names):
                if mask >> bit & 1:
                    style = style + console.get_style(name, default=Style.null())
            palette[mask] = style
        return _CharStyles(masks, palette)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest_word = 0
        widest_par = 0
        cells = konsole_cells if self.mode == "konsole" else cell_len
        for par in self._prepared():
            words = par.text.split(" ")
            if words:
                widest_word = max(widest_word, max(cells(w) for w in words))
                widest_par = max(widest_par, cells(par.text.strip(" ")))
        if self.mode in MARKED_MODES and any(par.rtl for par in self._prepared()):
            return Measurement(widest_word + MARKED_CELLS, widest_par + MARKED_CELLS)
        return Measurement(widest_word, widest_par)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        base = console.get_style(self.style) if isinstance(self.style, str) else self.style
        styles = self._char_styles(console, base)
        logical = self.mode != "visual"
        for par in self._prepared():
            if self.justify == "auto":
                right = par.rtl and not logical
            else:
                right = self.justify == "right" and not logical
            masks = styles.masks if styles is not None else None
            if self.mode in MARKED_MODES and par.rtl:
                yield from self._marked(par, width, styles, masks, base)
                continue
            for row_text, row_src, pad in self._padded(par, width, styles, masks, marked=False):
                # Logical mode pads after the text: the terminal's own BiDi
                # puts trailing space on the paragraph's far side.
                if right:
                    yield Segment(pad, base)
                yield from _styled(row_text, row_src, styles, base)
                if not right:
                    yield Segment(pad, base)
                yield Segment.line()

    def _marked(
        self,
        par: _Paragraph,
        width: int,
        styles: _CharStyles | None,
        masks: Sequence[int] | None,
        base: Style,
    ) -> Iterator[Segment]:
        room = max(1, width - MARKED_CELLS)
        for row_text, row_src, pad in self._padded(par, room, styles, masks, marked=True):
            yield Segment(_MARKED_OPEN + pad + _RLM, base)
            yield from _styled(row_text, row_src, styles, base)
            yield Segment(_RLM, base)
            yield Segment.line()

    def _padded(
        self,
        par: _Paragraph,
        width: int,
        styles: _CharStyles | None,
        masks: Sequence[int] | None,
        *,
        marked: bool,
    ) -> Iterator[tuple[str, tuple[int, ...], str]]:
        """Each row of ``par`` laid out ``width`` cells wide (in Konsole's mode adapted to it,
        a ZWJ taking a cell), and the padding that fills the row."""
        for row_text, row_src, cells in _layout(par, width, self.mode, styles is not None, masks):
            if self.mode == "konsole":
                row_text = _mirrored_for_konsole(row_text, marked=marked)
            yield row_text, row_src, " " * max(0, width - cells)


@record(kw_only=False)
class _CharStyles:
    masks: list[int]  # per character of the text: which highlights cover it
    palette: dict[int, Style]  # mask -> its style


def _styled(
    text: str, src: tuple[int, ...], styles: _CharStyles | None, base: Style
) -> Iterator[Segment]:
    """Segments of one row, grouping neighbouring characters of equal style."""
    if not text:
        return
    if styles is None or len(src) != len(text):
        yield Segment(text, base)
        return
    masks, palette = styles.masks, styles.palette
    start = 0
    current = masks[src[0]]
    for i in range(1, len(text)):
        mask = masks[src[i]]
        if mask != current:
            yield Segment(text[start:i], palette[current])
            start, current = i, mask
    yield Segment(text[start:], palette[current])
