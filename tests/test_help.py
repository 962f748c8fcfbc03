"""Help as a user meets it: every command's ``--help`` at the terminal's width, on code pages
that cannot hold Arabic, in English and in Arabic (logical in a pipe, laid out right to left on
a terminal and read back from the screen), and usage errors in the reader's language."""

from __future__ import annotations

import re
import unicodedata

import pytest
import typer.main
from rich.cells import cell_len

from interpol_cli.cli import app
from interpol_cli.layout import FENCE
from tests.helpers import run_cli
from tests.screen import Row, run_in_pty, run_in_tmux

COMMANDS = tuple(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
ARABIC = {"LANG": "ar_MA.UTF-8"}
ENGLISH = {"LANG": "en_US.UTF-8"}
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\x1b]")


def help_of(command: str | None, env: dict[str, str] | None = None) -> str:
    proc = run_cli([*([command] if command else []), "--help"], env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode("utf-8")


# --- issue 13, item 2 ---------------------------------------------------------------------


def test_help_before_a_command_name_lists_every_command() -> None:
    text = help_of(None)
    proc = run_cli(["--help", "who"])
    assert proc.returncode == 0
    shown = proc.stdout.decode()
    assert shown == text  # the top-level help, whole
    commands = shown.split("\nCommands:\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split()[0] for line in commands.splitlines() if line[2:3] != " "] == list(COMMANDS)


# --- issue 13, item 3 ---------------------------------------------------------------------


@pytest.mark.parametrize("command", [None, "facts", "search"])
def test_help_prints_on_a_code_page_without_arabic(command: str | None) -> None:
    proc = run_cli([*([command] if command else []), "--help"], {"PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("cp1252")
    assert text.startswith("Usage: interpol-cli") and "Options:" in text
    assert "—" in help_of(command) or "?" not in text.split("Usage:")[0]


def test_arabic_help_on_a_code_page_without_arabic_is_english() -> None:
    proc = run_cli(["who", "--help"], {**ARABIC, "PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("cp1252") == help_of("who", ENGLISH)


# --- issue 13, item 4 ---------------------------------------------------------------------


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_fits_the_width(command: str | None, columns: int) -> None:
    for env in (ENGLISH, ARABIC):
        text = help_of(command, {**env, "COLUMNS": str(columns)})
        widest = max(cell_len(line) for line in text.splitlines())
        assert widest < columns, (command, columns, env, widest)


def test_help_uses_a_wide_terminal() -> None:
    text = help_of("verify", {"COLUMNS": "120"})
    assert max(len(line) for line in text.splitlines()) > 85  # Click alone stops at 78
    narrow = help_of("verify", {"COLUMNS": "80"})
    assert max(len(line) for line in narrow.splitlines()) <= 79


@pytest.mark.parametrize("columns", [40, 60, 120])
def test_help_fits_a_real_terminal(columns: int) -> None:
    run = run_in_pty(["facts", "--help"], columns, 200, ENGLISH)
    assert run.returncode == 0
    for line in run.raw.decode("utf-8").replace("\r\n", "\n").split("\n"):
        assert cell_len(line) < columns, line
    assert any(line.startswith("  -k, --kind KIND") for line in run.lines())


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_lists_exit_codes_and_variables(command: str) -> None:
    text = help_of(command)
    codes = text.split("\nExit codes:\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split()[0] for line in codes.splitlines() if line[2:3] != " "] == [
        "0",
        "1",
        "2",
        "3",
        "70",
        "130",
        "141",
    ]
    variables = text.split("\nEnvironment variables:\n", 1)[1]
    for name in ("INTERPOL_CLI_LANG", "INTERPOL_CLI_BIDI", "NO_COLOR", "COLUMNS", "LANGUAGE"):
        assert re.search(rf"^  {name}\b", variables, re.M), (command, name)


@pytest.mark.parametrize("command", COMMANDS)
def test_metavars_read_as_words(command: str) -> None:
    text = help_of(command)
    assert not re.search(r"[{<][a-z|]+[}>]", text), command
    assert not re.search(r"<(str|int|file|int range)>", text)


def test_arguments_and_values_are_named() -> None:
    # The question is optional: without one, ask reads questions from a pipe on stdin.
    assert help_of("ask").startswith("Usage: interpol-cli ask [OPTIONS] [QUESTION]\n")
    assert help_of("search").startswith("Usage: interpol-cli search [OPTIONS] WORDS\n")
    facts = help_of("facts")
    for term in ("-a, --about NAME", "-k, --kind KIND", "-f, --format FORMAT", "-l, --lang LANG"):
        assert f"\n  {term}" in facts
    assert "\n  --bidi MODE" in facts and "\n  --article FILE" in help_of("verify")
    assert "-n, --limit N" in help_of("search")


# --- issue 14: the language of help and messages ------------------------------------------


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_arabic_help_into_a_pipe_is_logical_arabic(command: str | None) -> None:
    text = help_of(command, ARABIC)
    assert text.startswith("الاستخدام: interpol-cli")
    assert "الخيارات:" in text and "رموز الخروج:" in text and "متغيرات البيئة:" in text
    assert not PRESENTATION_FORMS.search(text) and not CONTROLS.search(text)
    english = {"Usage", "Options", "Commands", "Arguments", "Examples", "Show this message"}
    assert not any(word in text for word in english), command


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_english_help_is_english(command: str | None) -> None:
    text = help_of(command, ENGLISH)
    assert text == help_of(command, {"LC_ALL": "C.UTF-8"})
    assert text.startswith("Usage: interpol-cli") and "الخيارات" not in text


@pytest.mark.parametrize(
    ("env", "args", "arabic"),
    [
        ({"LANG": "ar_MA.UTF-8"}, [], True),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "ar"}, [], True),
        ({"LANG": "ar_EG.UTF-8", "LANGUAGE": "en:ar"}, [], False),
        ({"LC_ALL": "C", "LANGUAGE": "ar"}, [], False),  # gettext ignores LANGUAGE under C
        ({"LC_MESSAGES": "ar_MA.UTF-8", "LANG": "en_US.UTF-8"}, [], True),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ar_MA.UTF-8"}, [], False),
        ({"LANG": "en_US.UTF-8", "INTERPOL_CLI_LANG": "ar"}, [], True),
        ({"LANG": "ar_MA.UTF-8", "INTERPOL_CLI_LANG": "en"}, [], False),
        ({"LANG": "ar_MA.UTF-8", "INTERPOL_CLI_LANG": "both"}, [], True),
        ({"LANG": "en_US.UTF-8"}, ["--lang", "ar"], True),
        ({"LANG": "ar_MA.UTF-8"}, ["-l", "en"], False),
    ],
)
def test_the_language_is_chosen_as_documented(
    env: dict[str, str], args: list[str], arabic: bool
) -> None:
    text = help_of("who", {"LANG": "", **env}) if not args else ""
    if args:
        proc = run_cli(["who", *args, "--help"], env)
        assert proc.returncode == 0
        text = proc.stdout.decode()
    assert text.startswith("الاستخدام:" if arabic else "Usage:"), (env, args)


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["who", "--format", "yaml"], "قيمة غير صالحة لـ '--format' / '-f': 'yaml' ليست"),
        (["who", "--frmat", "x"], "لا يوجد خيار باسم --frmat (الخيارات المحتملة: --format)"),
        (["wha"], "لا يوجد أمر باسم 'wha'. هل تقصد 'who'؟"),
        (["ask"], "الوسيط 'السؤال' ناقص."),
        (["who", "--format"], "الخيار '--format' يحتاج إلى قيمة."),
        (["who", "extra"], "وسائط زائدة غير متوقعة (extra)"),
        (["search", "x", "-n", "0"], "0 خارج المجال المقبول x>=1."),
        (["verify", "--article", "/nonexistent"], "الملف '/nonexistent' غير موجود."),
    ],
)
def test_usage_errors_in_arabic(args: list[str], wanted: str) -> None:
    proc = run_cli(args, ARABIC)
    assert proc.returncode == 2
    text = proc.stderr.decode("utf-8")
    assert wanted in text, text
    assert text.startswith("interpol-cli: ") and not CONTROLS.search(text)
    english = run_cli(args, ENGLISH).stderr.decode()
    assert ("Try 'interpol-cli" in english) == ("للمساعدة جرّب 'interpol-cli" in text)


def test_a_bad_variable_is_said_in_arabic() -> None:
    proc = run_cli(["who"], {**ARABIC, "INTERPOL_CLI_BIDI": "sideways"})
    assert proc.returncode == 2
    assert "القيمة 'sideways' غير مقبولة في INTERPOL_CLI_BIDI" in proc.stderr.decode()


def test_no_arguments_prints_the_arabic_help_to_stderr() -> None:
    proc = run_cli([], ARABIC)
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().startswith("الاستخدام: interpol-cli [الخيارات] الأمر")


# --- issue 14: Arabic help on a real terminal ---------------------------------------------

_STRIP = ".,:;!?()[]'\"«»،؛؟"
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _read_token(cells: list[str], rtl: bool) -> str:
    """One space-free token: its ASCII runs as they stand, its Arabic cells from the right,
    each cell keeping its marks; the runs in reading order."""
    runs: list[list[str]] = []
    for cell in cells:
        if runs and cell.isascii() == runs[-1][0].isascii():
            runs[-1].append(cell)
        else:
            runs.append([cell])
    read = [
        "".join(run) if run[0].isascii() else "".join(reversed(run)).translate(_MIRROR)
        for run in runs
    ]
    return "".join(reversed(read) if rtl else read)


def read_back(row: Row, *, rtl: bool = True) -> str:
    """A visual right-to-left row read in logical order: tokens right to left, except that
    neighbouring ASCII tokens (an option name, a command, a number) read left to right as
    one run; Arabic cells from the right, mirrored brackets turned back. A left-to-right row
    (an example command line) reads from the left, with its Arabic words from the right."""
    cells = [c for c in row if c != ""]
    tokens: list[list[str]] = [[]]
    for cell in cells:
        if cell == " ":
            tokens.append([])
        else:
            tokens[-1].append(cell)
    tokens = [t for t in tokens if t]
    groups: list[list[list[str]]] = []
    for token in tokens:
        kind = all(c.isascii() for c in token)
        if groups and kind == all(c.isascii() for c in groups[-1][-1]):
            groups[-1].append(token)
        else:
            groups.append([token])
    words: list[str] = []
    for group in reversed(groups) if rtl else groups:
        if all(c.isascii() for c in group[0]):
            words.extend("".join(t) for t in group)
        else:
            words.extend(_read_token(t, rtl=rtl) for t in reversed(group))
    return " ".join(words)


def read_page(rows: list[Row]) -> str:
    """Every row of a help page read back; the rows under an examples heading, up to the next
    blank row, are example command lines, left to right."""
    out: list[str] = []
    examples = False
    for row in rows:
        read = read_back(row, rtl=not examples)
        examples = (examples and bool(read)) or unicodedata.normalize("NFKC", read) == "أمثلة:"
        out.append(read)
    return " ".join(out)


def right_margin(row: Row) -> int:
    cells = [c for c in row if c != ""]
    while cells and cells[-1] == " ":
        cells.pop()
    return len(row) - len(cells)


def words(text: str) -> list[str]:
    out = []
    for word in unicodedata.normalize("NFKC", text).split():
        word = word.strip(_STRIP)
        if word:
            out.append(word)
    return out


def rows_of(lines: list[str]) -> list[Row]:
    from tests.screen import cells_of

    return [cells_of(line) for line in lines]


@pytest.mark.parametrize("columns", [40, 80, 120])
@pytest.mark.parametrize("command", [None, "who", "facts", "ask", "search"])
def test_arabic_help_reads_back_from_a_terminal(command: str | None, columns: int) -> None:
    args = [*([command] if command else []), "--help"]
    run = run_in_pty(args, columns, 300, ARABIC)
    assert run.returncode == 0
    shown = read_page(run.used_rows())
    assert words(shown) == words(help_of(command, {**ARABIC, "COLUMNS": "100"}))
    # No isolate or mark reaches the screen but the fence every visual row starts with.
    raw = run.raw.decode()
    rows_sent = [row for row in raw.replace("\r", "").split("\n") if row.strip()]
    assert all(row.startswith(FENCE) for row in rows_sent)
    assert not any(ch in raw.replace(FENCE, "") for ch in "\u2066\u2069\u200e\u200f\u202d")
    # Right to left: the usage and the headings flush with the right edge, the rest aligned
    # on a few right margins (indents, and the description column of a definition list).
    rows = [row for row in run.used_rows() if "".join(row).strip()]
    assert right_margin(rows[0]) == 0 and "".join(rows[0]).rstrip().endswith(":ﻡﺍﺪﺨﺘﺳﻻﺍ")
    for row in rows:
        line = "".join(row).strip()
        if line.startswith(":") and " " not in line:  # a heading
            assert right_margin(row) <= 2, line
    assert len({right_margin(row) for row in rows}) <= 8


def test_option_names_stay_left_to_right_on_a_terminal() -> None:
    run = run_in_pty(["who", "--help"], 80, 200, ARABIC)
    text = "\n".join(run.lines())
    assert "-f, --format" in text and "--lang" in text and "format--" not in text
    assert "$INTERPOL_CLI_LANG" in text


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_arabic_help_reads_back_from_tmux(columns: int) -> None:
    # tmux runs under LC_ALL=C.UTF-8: LANGUAGE, which gettext honours there, asks for Arabic.
    lines = run_in_tmux(["facts", "--help"], columns, 200, {"LANGUAGE": "ar"})
    shown = read_page(rows_of([line.rstrip() for line in lines]))
    assert words(shown) == words(help_of("facts", {**ARABIC, "COLUMNS": "100"}))


def test_arabic_help_for_a_terminal_that_reorders_is_logical() -> None:
    run = run_in_pty(["who", "--help"], 80, 200, {**ARABIC, "INTERPOL_CLI_BIDI": "logical"})
    assert run.lines()[0].startswith("الاستخدام: interpol-cli who")


def test_arabic_help_on_vte_is_shown_in_explicit_mode() -> None:
    run = run_in_pty(["who", "--help"], 80, 200, {**ARABIC, "VTE_VERSION": "7600"})
    assert run.raw.startswith(b"\x1b[8l") and run.raw.rstrip().endswith(b"\x1b[8h")


def test_a_usage_error_on_a_terminal_reads_back() -> None:
    run = run_in_pty(["who", "--format", "yaml"], 80, 50, ARABIC)
    assert run.returncode == 2
    shown = " ".join(read_back(row) for row in run.used_rows())
    wanted = run_cli(["who", "--format", "yaml"], ARABIC).stderr.decode()
    assert words(shown) == words(wanted)
