"""An independent reference for what a terminal row must hold.

Built without interpol_cli.layout's wrapper or reordering: reshape the logical
paragraph, wrap it greedily at spaces measuring cells with wcwidth (not rich),
then reorder each line with GNU FriBidi's own command line tool
(`fribidi --rtl --nopad --nobreak`), which mirrors brackets itself.  The
U+FEFF filler FriBidi inserts after lam-alef is removed.

A lone line lacks its paragraph's context (a line that starts with a number
after Arabic text), so `reference_lines` puts an invisible strong mark for the
text before and after the line around it, derived from unicodedata, and strips
the marks from FriBidi's output.  `plain_reference_lines` does without them.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Sequence

import wcwidth
from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
from arabic_reshaper.ligatures import (  # type: ignore[import-untyped]
    SENTENCES_LIGATURES,
    WORDS_LIGATURES,
)

from tests.helpers import require_tool

_MARKS = {"L": "\u200e", "R": "\u200f", "AL": "\u061c"}
_STRIP = str.maketrans("", "", "\ufeff\u200e\u200f\u061c")
_HARAKAT_FIRST, _HARAKAT_LAST = "\u064b", "\u065f"

# Harakat stay after their letter here: FriBidi's own NSM reordering (on by
# default in its CLI) puts each mark after its base in visual order, so the
# reference does not depend on the reshaper's shift trick.
_config: dict[str, bool | str] = {"delete_harakat": False, "shift_harakat_position": False}
for _name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES):
    _config[_name] = False
_reshaper = ArabicReshaper(configuration=_config)


def require_fribidi() -> str:
    """Path of the fribidi command (Debian package libfribidi-bin)."""
    return require_tool("fribidi")


def fribidi_reorder(lines: Sequence[str], *, rtl: bool = True) -> list[str]:
    """Reorder each line alone with the fribidi command (one process)."""
    exe = require_fribidi()
    if not lines:
        return []
    done = subprocess.run(
        [exe, "--rtl" if rtl else "--ltr", "--nopad", "--nobreak"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    out = done.stdout.split("\n")[: len(lines)]
    return [line.translate(_STRIP) for line in out]


def reshape(text: str) -> str:
    return str(_reshaper.reshape(text))


def _cells(text: str) -> int:
    return sum(max(0, wcwidth.wcwidth(ch)) for ch in text)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap at spaces: (start, end) of each line.

    No word is split (use widths wider than the longest word)."""
    words: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        j = i
        while j < n and text[j] != " ":
            j += 1
        words.append((i, j))
        i = j
    lines: list[tuple[int, int]] = []
    for a, b in words:
        if lines:
            start, _ = lines[-1]
            if _cells(text[start:b]) <= width:
                lines[-1] = (start, b)
                continue
        lines.append((a, b))
    return lines or [(0, 0)]


def _strong_mark(text: str, indices: range) -> str:
    for i in indices:
        cls = unicodedata.bidirectional(text[i])
        if cls in _MARKS:
            return _MARKS[cls]
    return ""


def reference_lines(
    paragraph: str, width: int, *, rtl: bool = True, context: bool = True
) -> list[str]:
    """Visual rows for one paragraph (no newline inside), built with FriBidi."""
    shaped = reshape(paragraph)
    spans = wrap(shaped, width)
    lines = []
    for a, b in spans:
        line = shaped[a:b]
        if context:
            line = (
                _strong_mark(shaped, range(a - 1, -1, -1))
                + line
                + _strong_mark(shaped, range(b, len(shaped)))
            )
        lines.append(line)
    return fribidi_reorder(lines, rtl=rtl)


def plain_reference_lines(paragraph: str, width: int) -> list[str]:
    return reference_lines(paragraph, width, context=False)


def _is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    return (0x0621 <= o <= 0x064A or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC) and not (
        _HARAKAT_FIRST <= ch <= _HARAKAT_LAST
    )


def _arabic_runs(text: str) -> list[str]:
    runs: list[str] = []
    cur: list[str] = []
    for ch in text:
        if _is_arabic_letter(ch):
            cur.append(ch)
        elif unicodedata.combining(ch):
            continue  # harakat are zero-width: checked elsewhere
        elif cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return runs


def logical_arabic_words(paragraph: str) -> list[str]:
    """Arabic words of a logical paragraph, base letters only, in order."""
    return [unicodedata.normalize("NFKC", w) for w in _arabic_runs(paragraph)]


def read_back_rtl_rows(rows: Sequence[str]) -> list[str]:
    """Read screen rows of an RTL paragraph back to logical Arabic words:
    each row is read right to left (Arabic runs reversed, their letters
    reversed), presentation forms folded back to base letters."""
    words: list[str] = []
    for row in rows:
        for run in reversed(_arabic_runs(row)):
            words.append(unicodedata.normalize("NFKC", run[::-1]))
    return words
