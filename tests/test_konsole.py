"""Konsole in ``auto``: what the program sends when the terminal says it is Konsole.

Konsole's default profile shapes and reorders every row itself (ICU) and nothing sent switches
that off: it re-shapes visual rows, draws lam-alef as a ligature with a blank cell after it and
mirrors no bracket (measured on 22.12.3, tests/test_terminals.py).  So where ``KONSOLE_VERSION``
reaches a terminal run, ``auto`` prints the marked logical rows of ``--bidi logical`` with, on
rows holding Arabic, a ZERO WIDTH JOINER between lam and alef and the brackets Konsole will
show right to left already mirrored.  Pipes, files and the machine formats never get any of it;
``--bidi visual`` (Konsole's BiDi switched off) and ``--bidi logical`` are what they were.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from interpol_cli.layout import FENCE
from tests.helpers import run_in_process
from tests.screen import run_on_mock_terminal

KONSOLE = {"KONSOLE_VERSION": "221203"}
ZWJ = "\u200d"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
ANSI = re.compile("\x1b\\[[0-9;]*m")
LAM_ALEF = re.compile("\u0644[\u064b-\u0652]*[\u0627\u0623\u0625\u0622]")
VIEWS = [
    ["summary"],
    ["who"],
    ["when"],
    ["who", "--tree"],
    ["article"],
    ["ask", "من هو الأمين العام الجديد؟"],
]


def terminal_rows(args: list[str], extra: dict[str, str] | None = None) -> list[str]:
    done = run_in_process(args, {**KONSOLE, **(extra or {})}, tty=True)
    assert done.returncode == 0, done.stderr
    return ANSI.sub("", done.stdout.decode("utf-8")).split("\n")


def has_arabic(row: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in row)


@pytest.mark.parametrize("args", VIEWS)
def test_auto_in_konsole_sends_logical_rows_joined_and_mirrored(args: list[str]) -> None:
    rows = terminal_rows(args)
    text = "\n".join(rows)
    assert not PRESENTATION_FORMS.search(text), "visual rows: Konsole re-shapes them"
    assert FENCE not in text
    assert ZWJ in text
    # Every lam-alef pair is joined, so Konsole makes no ligature with a gap after it.
    assert not LAM_ALEF.search(text)
    for row in rows:
        if not has_arabic(row):
            assert ZWJ not in row
        # The marks of --bidi logical, around each right-to-left row.
        if has_arabic(row) and not row.startswith(" \u200e"):
            pytest.fail(f"a row holding Arabic without the marked layout: {row!r}")


def test_brackets_go_out_mirrored_only_on_rows_holding_arabic() -> None:
    text = "\n".join(terminal_rows(["summary"]))
    # "(الفقرة 1)" and «…» go out mirrored: Konsole shows them right to left unmirrored.
    assert ")الفقرة" in text and "(الفقرة" not in text
    assert "»فاز مرشح" in text and "«فاز مرشح" not in text
    # English rows (the quotes stay Arabic) keep their brackets and get no joiner.
    english = [r for r in terminal_rows(["summary", "--lang", "en"]) if not has_arabic(r)]
    assert any("(para." in r for r in english)
    assert not any(ZWJ in r or ")para." in r for r in english)


def test_konsole_rows_read_back_as_the_article() -> None:
    """What the screen holds, ZWJ dropped and brackets mirrored back, is the marked logical
    output: nothing else changed."""
    adapted = terminal_rows(["article"])
    plain = terminal_rows(["article", "--bidi", "logical"])
    mirror = str.maketrans("()«»", ")(»«")
    back = [r.replace(ZWJ, "").translate(mirror) if has_arabic(r) else r for r in adapted]
    # A ZWJ takes a cell in Konsole, so a row may wrap differently: compare the words.
    assert " ".join(back).split() == " ".join(plain).split()


def test_the_tree_puts_its_guides_after_each_row_as_shown() -> None:
    """Konsole takes box drawing as left to right: the guides follow the row, pointing left."""
    rows = terminal_rows(["who", "--tree"])
    branches = [r for r in rows if "──" in r]
    assert branches and all(re.search("\u200f ──[┤┘]( +│)*$", r) for r in branches), branches[:3]


@pytest.mark.parametrize(
    "args", [["who"], ["who", "--format", "plain"], ["who", "--format", "table"]]
)
def test_a_pipe_or_a_file_never_gets_the_konsole_rows(args: list[str]) -> None:
    done = run_in_process(args, KONSOLE, tty=False)
    out = done.stdout.decode("utf-8")
    assert "محمد الدخيسي" in out
    assert ZWJ not in out and "\u200e" not in out and "\u200f" not in out
    assert "(الفقرة" in out or "الفقرة" not in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "plain"])
def test_machine_formats_on_a_konsole_terminal_stay_logical(fmt: str) -> None:
    done = run_in_process(["who", "--format", fmt], KONSOLE, tty=True)
    out = done.stdout.decode("utf-8")
    assert "الإنتربول" in out or "للإنتربول" in out
    assert ZWJ not in out and not PRESENTATION_FORMS.search(out)


@pytest.mark.parametrize(("flag", "variable"), [("visual", None), (None, "visual")])
def test_visual_is_kept_for_konsole_with_its_bidi_off(
    flag: str | None, variable: str | None
) -> None:
    args = ["who", *(["--bidi", flag] if flag else [])]
    extra = {"INTERPOL_CLI_BIDI": variable} if variable else {}
    rows = terminal_rows(args, extra)
    assert PRESENTATION_FORMS.search("\n".join(rows))
    assert all(r.startswith(FENCE) for r in rows if r.strip())


def test_logical_is_the_plain_marked_layout_in_konsole() -> None:
    konsole = run_in_process(["who", "--bidi", "logical"], KONSOLE, tty=True)
    elsewhere = run_in_process(["who", "--bidi", "logical"], tty=True)
    assert konsole.stdout == elsewhere.stdout
    assert ZWJ.encode() not in konsole.stdout


def test_other_terminals_are_unchanged_by_the_konsole_mode() -> None:
    for variable in ({}, {"VTE_VERSION": "7006"}, {"MLTERM": "3.9.3"}):
        done = run_in_process(["who"], variable, tty=True)
        out = done.stdout.decode("utf-8")
        assert PRESENTATION_FORMS.search(out) and ZWJ not in out


def test_messages_and_help_follow_the_same_decision() -> None:
    arabic = {**KONSOLE, "LANGUAGE": "ar", "LANG": "ar_MA.UTF-8"}
    done = run_on_mock_terminal(["bogus"], 80, extra_env=arabic)
    message = done.raw.decode("utf-8")
    assert "ل\u200dا يوجد" in message and not PRESENTATION_FORMS.search(message)
    page = run_on_mock_terminal(["--help"], 80, extra_env=arabic).raw.decode("utf-8")
    assert "ال\u200dاستخدام" in page and not PRESENTATION_FORMS.search(page)
    assert FENCE not in page
    # Each ZWJ takes a cell in Konsole: no line of the page is wider than the terminal.
    assert max(len(line) + line.count(ZWJ) for line in page.split("\r\n")) <= 80
    piped = run_in_process(["--help"], arabic, tty=False).stdout.decode("utf-8")
    assert "الاستخدام" in piped and ZWJ not in piped


def test_for_konsole_mirrors_only_what_resolves_right_to_left() -> None:
    from interpol_cli.layout import for_konsole

    assert for_konsole("interpol-cli [الخيارات]") == "interpol-cli [الخيارات]"
    assert for_konsole("الأمر [وسائطه]") == "ال\u200dأمر ]وسائطه["
    assert for_konsole("usage (Interpol)") == "usage (Interpol)"
    assert unicodedata.normalize("NFC", for_konsole("لَا")) == "لَ\u200dا"
