"""BiDi modes as a user meets them: ``--bidi``, ``INTERPOL_CLI_BIDI`` and what ``auto`` picks.

``auto`` means: logical text whenever the output is not a terminal (pipes, files, JSON); on any
terminal but Konsole, visual rows behind the fence (``layout.FENCE``), which read right whether
or not the terminal reorders (mlterm, VTE), and on VTE wrapped in ``CSI 8 l`` … ``CSI 8 h`` too;
in Konsole, logical rows adapted to its own BiDi (tests/test_konsole.py).
Most cases run the program in this process on a mock environment (``tests.helpers``:
``run_in_process``, and ``tests.screen.run_on_mock_terminal`` for a terminal), as httpie tests
with its ``MockEnvironment``: the terminal and pipe decisions are the program's own, only the
streams are buffers. A few run the real program on a pty, end to end, and one checks that the
mock terminal gets exactly the bytes the pty gets.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

import pytest

from interpol_cli.article import load_article
from interpol_cli.layout import FENCE
from tests.helpers import run_cli, run_in_process
from tests.screen import (
    ScreenRun,
    logical,
    read_rtl_row,
    run_in_pty,
    run_interrupted_while_printing,
    run_on_mock_terminal,
)

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
ANSI = re.compile("\x1b")
EXPLICIT = b"\x1b[8l"
IMPLICIT = b"\x1b[8h"
NAME = "محمد الدخيسي"


@cache
def article_text() -> str:
    return load_article().text


def text_of(run: ScreenRun) -> str:
    return run.raw.decode("utf-8")


def is_visual(run: ScreenRun) -> bool:
    return bool(PRESENTATION_FORMS.search(text_of(run)))


def logical_rows_hold_name(run: ScreenRun) -> bool:
    """The name, as typed, is on a screen row: the row is in logical order."""
    return any(NAME in unicodedata.normalize("NFC", "".join(row)) for row in run.rows)


# --- flag, variable, errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "variable", "visual"),
    [
        (None, None, True),  # auto on a plain terminal
        ("visual", None, True),
        ("logical", None, False),
        ("auto", None, True),
        (None, "logical", False),
        (None, "visual", True),
        ("visual", "logical", True),  # the flag wins over the variable
        ("logical", "visual", False),
    ],
)
def test_flag_and_variable_on_a_terminal(
    flag: str | None, variable: str | None, visual: bool
) -> None:
    args = ["who"] + (["--bidi", flag] if flag else [])
    env = {"INTERPOL_CLI_BIDI": variable} if variable else {}
    run = run_on_mock_terminal(args, 80, 200, env)
    assert run.returncode == 0
    assert is_visual(run) is visual
    assert logical_rows_hold_name(run) is not visual
    if visual:
        assert any(NAME in read_rtl_row(row) for row in run.rows)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["who"], {}),
        (["who", "--bidi", "logical"], {}),
        (["facts", "--about", "xyzzy"], {"VTE_VERSION": "7000"}),
        (["when", "--lang", "both"], {"KONSOLE_VERSION": "230800"}),
    ],
)
def test_the_mock_terminal_gets_what_a_real_pty_gets(args: list[str], env: dict[str, str]) -> None:
    """End to end on a real pty, against the in-process mock: the same bytes, the same code."""
    real = run_in_pty(args, 80, 400, env)
    mock = run_on_mock_terminal(args, 80, 400, env)
    assert (mock.returncode, mock.raw) == (real.returncode, real.raw)


def test_bad_variable_is_a_usage_error_naming_the_value() -> None:
    done = run_in_process(["who"], {"INTERPOL_CLI_BIDI": "sideways"})
    assert done.returncode == 2
    assert done.stdout == b""
    err = done.stderr.decode()
    assert "INTERPOL_CLI_BIDI" in err and "'sideways'" in err
    assert "auto, visual, logical" in err
    assert "Traceback" not in err


def test_bad_flag_is_a_usage_error_naming_the_value() -> None:
    done = run_in_process(["who", "--bidi", "sideways"])
    assert done.returncode == 2
    assert done.stdout == b""
    err = done.stderr.decode()
    assert "'sideways'" in err and "--bidi" in err
    assert "Traceback" not in err


def test_bad_variable_cannot_restyle_the_terminal() -> None:
    done = run_in_process(["who"], {"INTERPOL_CLI_BIDI": "x\x1b[31my\u202ez"})
    assert done.returncode == 2
    assert b"\x1b" not in done.stderr
    assert "\u202e" not in done.stderr.decode()


# --- auto: pipe, plain terminal, terminals that reorder themselves ---------------------------


@pytest.mark.parametrize("fmt", [[], ["--format", "table"], ["--format", "plain"]])
def test_auto_is_logical_when_piped(fmt: list[str]) -> None:
    done = run_in_process(["who", *fmt])
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert not PRESENTATION_FORMS.search(out)
    assert not ANSI.search(out)
    assert NAME in out  # what grep and screen readers need


@pytest.mark.parametrize("variable", ["MLTERM", "VTE_VERSION"])
def test_auto_is_fenced_visual_on_terminals_that_reorder(variable: str) -> None:
    """Fenced visual rows show right whether or not the terminal reorders (mlterm and VTE
    measured under Xvfb, tests/test_terminals.py): nothing to detect; logical on request."""
    run = run_in_pty(["who"], 80, 200, {variable: "7000"})
    assert run.returncode == 0
    assert is_visual(run)
    rows = [r for r in run.raw.decode("utf-8").split("\r\n") if r.strip()]
    assert rows and all(r.removeprefix(EXPLICIT.decode()).startswith(FENCE) for r in rows[:-1]), (
        rows[:3]
    )
    forced = run_in_pty(["who", "--bidi", "logical"], 80, 200, {variable: "7000"})
    assert not is_visual(forced)
    assert logical_rows_hold_name(forced)
    assert FENCE.encode("utf-8") not in forced.raw


def test_logical_on_a_terminal_prints_the_article_as_written() -> None:
    run = run_in_pty(["article", "--bidi", "logical"], 60, 400)
    assert run.returncode == 0
    assert not is_visual(run)
    screen_text = [unicodedata.normalize("NFC", "".join(r)).rstrip() for r in run.used_rows()]
    blocks: list[list[str]] = [[]]
    for line in screen_text:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs = load_article().paragraphs
    assert len(blocks) == len(paragraphs)
    for number, (rows, para) in enumerate(zip(blocks, paragraphs, strict=True)):
        # The number starts the paragraph's text: a number column would be moved by the
        # terminal's own reordering.
        first = re.sub(rf"^\s*{number} ", "", rows[0]) if number else rows[0]
        assert logical(" ".join([first.strip(), *rows[1:]])) == logical(para.text), number
    # Each right-to-left row between marks the terminal lays out: a space, LRM, its padding,
    # RLM, the row, RLM; no presentation forms, no override.
    rows = [r for r in run.raw.decode("utf-8").split("\r\n") if r.strip()]
    marked = re.compile("(\x1b\\[[0-9;]*m)* \u200e *\u200f[^\u200e\u202d]*\u200f.*")
    assert all(marked.fullmatch(r) for r in rows), rows[:2]


@pytest.mark.parametrize("args", [["who"], ["when"], ["summary"]])
def test_logical_on_a_terminal_turns_tables_into_cards(args: list[str]) -> None:
    """A terminal that reorders whole lines would put a table's first column on the left."""
    run = run_in_pty([*args, "--bidi", "logical"], 80, 400)
    screen = "\n".join(unicodedata.normalize("NFC", "".join(r)) for r in run.used_rows())
    assert "━" not in screen and "│" not in screen and "●" not in screen
    assert "الشخص: محمد الدخيسي" in screen or args != ["who"]


@pytest.mark.parametrize("args", [["who", "--bidi", "logical"], ["who"], ["article"]])
def test_tables_into_a_pipe_carry_no_bidi_controls(args: list[str]) -> None:
    """This work's marks are for terminals only: a table written into a pipe (or a file) is
    the article's own letters and nothing else."""
    done = run_cli([*args, "--format", "table"], {"FORCE_COLOR": "1"})
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]", out)
    assert not PRESENTATION_FORMS.search(out)


# --- machine output is never reordered -------------------------------------------------------


@pytest.mark.parametrize("bidi", ["auto", "visual", "logical"])
def test_json_is_logical_whatever_the_mode(bidi: str) -> None:
    done = run_in_process(["who", "--format", "json", "--bidi", bidi])
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert not PRESENTATION_FORMS.search(out) and not ANSI.search(out)
    data = json.loads(out)
    assert data[0]["person"]["ar"] == NAME
    for record in data:
        for ev in record["evidence"]:
            assert article_text()[ev["start"] : ev["end"]] == ev["quote"]


def test_json_on_a_terminal_is_logical_too() -> None:
    run = run_on_mock_terminal(["who", "--format", "json"], 80, 400)
    out = text_of(run).replace("\r\n", "\n")
    assert not PRESENTATION_FORMS.search(out) and EXPLICIT.decode() not in out
    assert json.loads(out)[0]["person"]["ar"] == NAME


# --- VTE: explicit mode while printing visual rows, implicit again on the way out ------------


def test_vte_gets_explicit_mode_around_visual_output() -> None:
    run = run_on_mock_terminal(["who"], 80, 400, {"VTE_VERSION": "7000"})
    assert run.returncode == 0
    assert run.raw.startswith(EXPLICIT)
    assert run.raw.endswith(IMPLICIT + b"\r\n") or run.raw.endswith(IMPLICIT)
    assert run.raw.count(EXPLICIT) == 1 and run.raw.count(IMPLICIT) == 1


def test_vte_is_restored_on_the_nothing_found_path() -> None:
    run = run_on_mock_terminal(["facts", "--about", "xyzzy"], 80, 400, {"VTE_VERSION": "7000"})
    assert run.returncode == 1
    assert run.raw.startswith(EXPLICIT)
    # The view and the message after it (visual rows behind the fence, as every Arabic row on
    # a terminal) each switch VTE to explicit mode and back: it ends implicit, as it began.
    assert run.raw.count(EXPLICIT) == run.raw.count(IMPLICIT) == 2
    assert run.raw.rstrip(b"\r\n").endswith(IMPLICIT)
    message = run.raw.split(IMPLICIT, 1)[1].decode("utf-8")
    assert FENCE in message and PRESENTATION_FORMS.search(message)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["who"], {"VTE_VERSION": "5000"}),  # before VTE had BiDi
        (["who", "--bidi", "logical"], {"VTE_VERSION": "7000"}),  # VTE does the BiDi
        (["who", "--format", "plain"], {"VTE_VERSION": "7000"}),
    ],
)
def test_vte_left_alone_when_we_print_logical_text(args: list[str], env: dict[str, str]) -> None:
    run = run_on_mock_terminal(args, 80, 400, env)
    assert run.returncode == 0
    assert EXPLICIT not in run.raw and IMPLICIT not in run.raw


def test_vte_mode_never_reaches_a_pipe() -> None:
    done = run_in_process(["who", "--format", "table", "--bidi", "visual"], {"VTE_VERSION": "7000"})
    assert done.returncode == 0
    assert EXPLICIT not in done.stdout and IMPLICIT not in done.stdout


def test_vte_is_restored_when_ctrl_c_interrupts_the_output() -> None:
    """A long view on a terminal that has not caught up: Ctrl-C lands inside write().
    The rows already sent stay, the rest is dropped, and VTE goes back to implicit mode."""
    # Every fact in both languages: about 110 kB, more than a pty holds (the article, 16 kB,
    # fitted in the buffers of this machine's kernel and finished before Ctrl-C).
    view = ["facts", "--lang", "both"]
    run = run_interrupted_while_printing(view, 100, 400, {"VTE_VERSION": "7000"})
    if run is None:
        pytest.fail("the whole view fitted in the pty buffer: nothing to interrupt")
    assert run.returncode == 130
    assert run.raw.startswith(EXPLICIT)
    assert run.raw.count(IMPLICIT) == 1
    assert not PRESENTATION_FORMS.search(run.raw.split(IMPLICIT, 1)[1].decode("utf-8", "replace"))
    assert b"Traceback" not in run.raw
    # Cut short, not finished: the last facts never reached the screen.
    full = run_in_pty(view, 100, 400, {"VTE_VERSION": "7000"})
    assert full.returncode == 0 and full.raw.endswith(IMPLICIT)
    assert len(run.raw) < len(full.raw)
