"""The README's pictures (docs/images/*.svg) show what the tool prints today.

``scripts/make_pictures.py --out DIR`` draws them again from the terminal renderer; the text in
every row of every committed picture must be the same as in the fresh one (a change to a view, a
label or the knowledge that is not followed by ``python scripts/make_pictures.py`` fails here).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import ROOT

IMAGES = ROOT / "docs" / "images"
NAMES = ("summary", "who", "when", "who-tree")

TEXT = re.compile(
    r'<text class="[^"]*" x="(?P<x>[\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[\w-]+-line-(?P<line>\d+)\)">(?P<body>.*?)</text>',
    re.S,
)


def rows(svg: str) -> list[str]:
    """The picture's text, one string a terminal row, cells in screen order."""
    pieces: dict[int, list[tuple[float, str]]] = {}
    for m in TEXT.finditer(svg):
        pieces.setdefault(int(m["line"]), []).append((float(m["x"]), html.unescape(m["body"])))
    assert pieces, "no text found in the SVG (has rich changed its format?)"
    return ["".join(t for _, t in sorted(p)).rstrip() for _, p in sorted(pieces.items())]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pictures")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_pictures.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    return out


@pytest.mark.parametrize("name", NAMES)
def test_committed_picture_matches_current_output(name: str, fresh: Path) -> None:
    committed = (IMAGES / f"{name}.svg").read_text(encoding="utf-8")
    current = (fresh / f"{name}.svg").read_text(encoding="utf-8")
    assert rows(committed) == rows(current), (
        f"docs/images/{name}.svg is stale: run python scripts/make_pictures.py"
    )


@pytest.mark.parametrize("name", NAMES)
def test_pictures_are_reproducible_and_stop_browser_bidi(name: str, fresh: Path) -> None:
    svg = (fresh / f"{name}.svg").read_text(encoding="utf-8")
    # The ids are pinned, so regenerating gives the same bytes (no hashes that churn diffs).
    assert f"interpol-cli-{name}-matrix" in svg
    # Rows are already visual: without the override a browser reverses every Arabic word.
    assert "unicode-bidi: bidi-override" in svg
    # Indents are spaces at the start of a text element: they must not be dropped.
    assert 'xml:space="preserve"' in svg


def test_summary_picture_reads_back_as_the_headline() -> None:
    """Read the first row back to logical order: the picture holds real, visual-order Arabic."""
    from interpol_cli import queries

    headline = queries.summary().title.ar
    top = rows((IMAGES / "summary.svg").read_text(encoding="utf-8"))[0].strip()
    # Reversing undoes the visual order; NFKC then folds presentation forms (and lam-alef)
    # back to letters.
    assert unicodedata.normalize("NFKC", top[::-1]) == headline
