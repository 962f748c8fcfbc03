"""Hardening: the program as scripts and people actually run it.

Closed pipes, hostile locales and code pages, odd terminal sizes, pasted escape sequences and
BiDi controls, bad values, Ctrl-C. Everything here runs the real program in a subprocess (or a
pty) because every one of these is about processes and streams.

Documented exit codes: 0 ok, 1 nothing found, 2 usage, 3 data/encoding, 130 Ctrl-C, 141 the
reader went away. 70 (internal error) must never happen.
"""

from __future__ import annotations

import functools
import os
import re
import select
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

import pytest

from interpol_cli import queries
from interpol_cli.model import Text
from interpol_cli.results import Result
from tests.helpers import QUERY_COMMANDS as COMMANDS
from tests.helpers import ROOT, SEED, cli_env, run_cli, run_in_process
from tests.screen import run_on_mock_terminal

FORMATS = ("table", "plain", "json", "jsonl", "csv", "tsv")
MACHINE_FORMATS = ("plain", "json", "jsonl", "csv", "tsv")

# What must never reach a terminal from user input: C0/C1 controls (ESC, BEL), DEL and the
# BiDi embeddings, overrides, isolates and marks.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
SGR = re.compile(rb"\x1b\[[0-9;]*m")
ARABIC_WORD = re.compile("[\u0621-\u064a\u064b-\u0652]+")


def _has_cli_command(name: str) -> bool:
    from interpol_cli.cli import app

    return any(
        (c.name or (c.callback.__name__ if c.callback else "")) == name
        for c in app.registered_commands
    )


def _parallel(
    jobs: Sequence[Callable[[], subprocess.CompletedProcess[bytes]]],
) -> list[subprocess.CompletedProcess[bytes]]:
    # Each run is a fresh interpreter (~0.1 s); run them side by side to keep the suite fast.
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda job: job(), jobs))


def _cli(
    args: Sequence[str], env: Mapping[str, str] | None = None
) -> Callable[[], subprocess.CompletedProcess[bytes]]:
    return lambda: run_cli(list(args), env)


def _closed_pipe_run(
    args: Sequence[str], extra_env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe whose reader is already gone: the first write must fail (EPIPE).

    This is what ``| head`` does when it exits before the writer writes; doing it up front makes
    the broken pipe certain whatever the size of the output."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "interpol_cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=cli_env(extra_env),
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)


def _assert_quiet(proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr
    assert proc.returncode != 70, proc.stderr


# ----------------------------------------------------------------------------- broken pipes


def test_closed_pipe_exits_141_quietly_for_every_command_and_format() -> None:
    cases = [[*cmd.split(), "-f", fmt] for cmd in COMMANDS for fmt in FORMATS] + [
        ["--help"],
        ["who", "--help"],
        ["--version"],
    ]
    for name, query in (("search", "الإنتربول"), ("ask", "Who is the new Secretary General?")):
        if _has_cli_command(name):
            cases += [[name, query, "-f", fmt] for fmt in FORMATS]
    results = _parallel([functools.partial(_closed_pipe_run, c) for c in cases])
    bad = [
        (c, r.returncode, r.stderr[:200])
        for c, r in zip(cases, results, strict=True)
        if r.returncode != 141 or r.stderr
    ]
    assert bad == []


def test_closed_pipe_on_a_terminal_view_with_vte_is_also_141() -> None:
    proc = _closed_pipe_run(["article", "-f", "table", "--bidi", "visual"], {"VTE_VERSION": "7600"})
    assert (proc.returncode, proc.stderr) == (141, b"")


def _reader_leaves_after_one_read(
    args: Sequence[str], pipe_size: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a real pipe whose reader takes one byte and closes it, as ``| head -c
    1`` does. With more output than the pipe holds (``pipe_size``: 4 KiB makes every large
    view so) the writer is blocked mid-write when the reader goes, so its write comes back
    short and the rest can only fail: the status must be 141, whatever the timing."""
    import fcntl

    read_end, write_end = os.pipe()
    if pipe_size is not None:
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, pipe_size)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "interpol_cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=cli_env(),
            cwd=ROOT,
        )
    finally:
        os.close(write_end)
    try:
        os.read(read_end, 1)
    finally:
        os.close(read_end)
    _, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, b"", err)


LARGE_OUTPUTS = [
    "facts -l both -f json",
    "facts -l both -f jsonl",
    "facts -l both -f csv",
    "facts -l both -f tsv",
    "facts -l both -f plain",
    "facts -l both -f table",
    "who -l both -f json",
    "summary -l both -f table",
    "article -f json",
    "article -l both -f table",
]


def test_a_reader_that_leaves_mid_write_is_141_for_every_large_output() -> None:
    """A short write is not the end of the output: the rest is written or EPIPE says why not.
    Unchecked, the write that the leaving reader cut short ended the run with exit 0."""
    cases = [c.split() for c in LARGE_OUTPUTS for _ in range(3)]
    for command in LARGE_OUTPUTS:  # each really is larger than the 4 KiB pipe used here
        assert len(run_cli(command.split()).stdout) > 2 * 4096, command
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: _reader_leaves_after_one_read(c, 4096), cases))
    bad = [
        (" ".join(c), r.returncode, r.stderr[:200])
        for c, r in zip(cases, results, strict=True)
        if r.returncode != 141 or r.stderr
    ]
    assert bad == []


def test_more_than_the_pipe_buffer_into_head_c_1_is_141_every_time(tmp_path: Path) -> None:
    """The review's case as typed: 70 KB of JSON into ``head -c 1`` with Linux's 64 KiB pipe."""
    command = "facts -l both -f json"
    assert len(run_cli(command.split()).stdout) > 65536
    script = (
        f"for i in 1 2 3 4 5 6; do {sys.executable} -m interpol_cli {command} 2>>err"
        ' | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"; done'
    )
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=cli_env(), capture_output=True, timeout=120
    )
    assert done.stdout.decode().split() == ["141"] * 6
    assert (tmp_path / "err").read_bytes() == b""
    proc = _reader_leaves_after_one_read(command.split())
    assert (proc.returncode, proc.stderr) == (141, b"")


@pytest.mark.parametrize(
    ("command", "reader"),
    [
        ("article -f json", "head -c 20"),
        ("facts -f jsonl", "head -1"),
        ("facts -f table", "head -1"),
        ("who -f csv", "head -c 20"),
        ("article -f plain", "true"),
    ],
)
def test_real_shell_pipeline_into_head(command: str, reader: str, tmp_path: Path) -> None:
    """A real ``| head``: quiet, and 141 or 0 — never anything else.

    Output that fits in the kernel pipe buffer (64 KiB on Linux) plus what ``head`` reads
    before exiting is all written before the reader leaves, so 0 is right; when the reader is
    gone before the write (``| true`` nearly always is) or while it is blocked mid-write, the
    status is 141: the closed-pipe tests and the one-read reader above make those certain."""
    full = run_cli(command.split()).stdout
    script = (
        "set -o pipefail; "
        f"{sys.executable} -m interpol_cli {command} 2>err | {reader} >out; echo $?"
    )
    tmp = tmp_path
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp, env=cli_env(), capture_output=True, timeout=60
    )
    status = int(done.stdout.decode().strip())
    assert status in (0, 141)
    assert (tmp / "err").read_bytes() == b""
    if reader == "head -c 20":
        assert (tmp / "out").read_bytes() == full[:20]
    elif reader == "head -1":
        assert (tmp / "out").read_bytes() == full.split(b"\n")[0] + b"\n"


def _run_with_fds(args: Sequence[str], shell_redirect: str) -> subprocess.CompletedProcess[bytes]:
    command = " ".join(f"'{a}'" for a in [sys.executable, "-m", "interpol_cli", *args])
    return subprocess.run(
        ["bash", "-c", f"{command} {shell_redirect}"],
        capture_output=True,
        env=cli_env(),
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_a_full_disk_is_exit_3_with_a_sentence_not_an_internal_error() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    for args in (["who", "-f", "json"], ["article", "-f", "table"], ["--help"]):
        proc = _run_with_fds(args, "> /dev/full")
        _assert_quiet(proc)
        assert proc.returncode == 3, (args, proc.stderr)
        lines = proc.stderr.decode().splitlines()
        assert len(lines) == 1 and "No space left on device" in lines[0], lines


def test_closed_stdout_or_stderr_never_gives_a_traceback() -> None:
    no_stdout = _run_with_fds(["who", "-f", "json"], ">&-")
    _assert_quiet(no_stdout)
    assert no_stdout.returncode == 3
    assert no_stdout.stderr.decode().count("\n") == 1
    no_stderr = _run_with_fds(["who", "-f", "json"], "2>&-")
    assert (no_stderr.returncode, no_stderr.stderr) == (0, b"")
    assert no_stderr.stdout == run_cli(["who", "-f", "json"]).stdout
    no_stderr_error = _run_with_fds(["who", "-f", "yaml"], "2>&-")
    assert no_stderr_error.returncode == 2


# ------------------------------------------------------------------------------- encodings

HOSTILE_LOCALES: tuple[dict[str, str], ...] = (
    {"LANG": "C"},
    {"LC_ALL": "C"},
    {"LC_ALL": "C", "PYTHONUTF8": "0"},  # no UTF-8 mode: Python's own streams are ASCII
    {"PYTHONIOENCODING": "cp1252"},
    {"PYTHONIOENCODING": "latin-1"},
)


def test_machine_formats_are_utf8_whatever_the_locale() -> None:
    cases = [("facts", fmt) for fmt in MACHINE_FORMATS] + [("article", "json")]
    reference = _parallel([_cli([*c.split(), "-f", f]) for c, f in cases])
    for locale in HOSTILE_LOCALES:
        runs = _parallel([_cli([*c.split(), "-f", f], locale) for c, f in cases])
        for (cmd, fmt), ref, got in zip(cases, reference, runs, strict=True):
            assert got.returncode == 0, (locale, cmd, fmt, got.stderr)
            assert got.stdout.decode("utf-8") == ref.stdout.decode("utf-8"), (locale, cmd, fmt)
            assert got.stderr == b""


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "cp1256"])
def test_terminal_view_on_a_stream_without_arabic_is_one_sentence_and_exit_3(
    encoding: str,
) -> None:
    proc = run_in_process(["who", "-f", "table", "--bidi", "visual"], encoding=encoding)
    assert proc.returncode == 3
    assert proc.stdout == b""  # nothing half-written, no mojibake
    lines = proc.stderr.decode("ascii").splitlines()
    assert len(lines) == 1
    assert "output encoding" in lines[0] and "PYTHONIOENCODING=utf-8" in lines[0]


def test_english_view_works_on_cp1252_when_the_text_fits() -> None:
    """--lang en on a Windows code page: the English article has – and ü, both in cp1252."""
    utf8 = run_in_process(["article", "-f", "table", "--lang", "en"])
    cp = run_in_process(["article", "-f", "table", "--lang", "en"], encoding="cp1252")
    assert cp.returncode == 0, cp.stderr
    assert cp.stdout.decode("cp1252") == utf8.stdout.decode("utf-8")
    assert "–" in utf8.stdout.decode() and "ü" in utf8.stdout.decode()


def test_english_view_with_box_lines_works_on_cp1252() -> None:
    """The table rules (━) are not in cp1252: they become ASCII rather than failing the run."""
    proc = run_in_process(["verify", "-f", "table", "--lang", "en"], encoding="cp1252")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("cp1252")
    assert "checksum" in text.lower() or "sha" in text.lower()
    assert "-" * 10 in text


def test_help_on_a_stream_without_arabic_prints_not_an_internal_error() -> None:
    # Help is for reading: what cp1252 cannot hold (an Arabic example word) becomes "?".
    proc = run_cli(["--help"], {"PYTHONIOENCODING": "cp1252"})
    _assert_quiet(proc)
    assert proc.returncode == 0 and proc.stderr == b""
    assert "interpol-cli search ???????\n" in proc.stdout.decode("cp1252")


def test_nothing_found_message_is_readable_on_a_cp1252_stderr() -> None:
    proc = run_in_process(["facts", "--about", "zzzz"], stderr_encoding="cp1252")
    assert proc.returncode == 1
    assert proc.stderr.decode("cp1252").strip() == "Nothing in the article matches."
    # Where stderr holds Arabic, the sentence is Arabic, whatever stdout holds.
    arabic = run_in_process(
        ["facts", "--about", "zzzz"], encoding="cp1252", stderr_encoding="utf-8"
    )
    assert arabic.stderr.decode("utf-8").strip() == "لا شيء في الخبر يطابق ذلك."


def test_argv_bytes_that_are_not_utf8_are_a_usage_error() -> None:
    proc = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"interpol_cli", b"facts", b"--about", b"\xff"],
        capture_output=True,
        env=cli_env(),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.decode() == "interpol-cli: argument 3 is not valid UTF-8 text.\n"
    # Said in the reader's language, like every message, though no command has run yet.
    arabic = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"interpol_cli", b"facts", b"--about", b"\xff"],
        capture_output=True,
        env=cli_env({"LANG": "ar_MA.UTF-8", "LC_ALL": "", "LANGUAGE": ""}),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert arabic.returncode == 2
    assert "الوسيط رقم 3 ليس نصًا صالحًا بترميز UTF-8." in arabic.stderr.decode()


def test_arabic_argv_under_an_ascii_locale_still_works() -> None:
    """LC_ALL=C without UTF-8 mode: Python decodes argv as ASCII, yet the bytes are UTF-8."""
    args = ["facts", "--about", "حموشي", "-f", "json"]
    utf8 = run_cli(args)
    ascii_locale = run_cli(args, {"LC_ALL": "C", "PYTHONUTF8": "0"})
    assert utf8.returncode == 0
    assert (ascii_locale.returncode, ascii_locale.stdout) == (0, utf8.stdout)


# ------------------------------------------------------------------------------- injection

PAYLOADS = (
    "[red]x[/]",
    "[/]",
    "[bold]see [bar] and [b]x",
    "\x1b[31mred",
    "\x1b]0;title\x07",
    "a\u202eevil\u202cb",
    "\u2066iso\u2069\u200e\u200f",
    "\u202a\u202b\u202d\u2067\u2068",
    "\u061cx\u2028y\u2029",  # ALM, the Arabic letter mark; line and paragraph separators
)


def _assert_inert(proc: subprocess.CompletedProcess[bytes], payload: str, echoed: bool) -> None:
    _assert_quiet(proc)
    for stream in (proc.stdout, proc.stderr):
        text = stream.decode("utf-8")
        without_sgr = re.sub("\x1b\\[[0-9;]*m", "", text)  # our own colours, if any
        assert not RAW_CONTROL.search(without_sgr), ascii(text[:300])
    if echoed and payload.startswith("["):
        # Brackets are text: rich markup never swallowed them.
        assert payload.split("]")[0] in proc.stderr.decode() + proc.stdout.decode()


ALL_AT_ONCE = (
    "[red]x[/] [/] \x1b[31mred \x1b]0;title\x07 \u202eevil\u202c \u2066i\u2069\u200e\u200f"
)


@pytest.mark.parametrize("payload", [*PAYLOADS, ALL_AT_ONCE])
def test_echoed_bad_values_are_shown_as_text(payload: str) -> None:
    # Each payload where a value is quoted back; the combined one through every other slot.
    cases: list[tuple[list[str], dict[str, str]]] = [
        (["facts", "-f", payload], {}),
        ([payload], {}),
        (["who"], {"INTERPOL_CLI_BIDI": payload}),
    ]
    if payload == ALL_AT_ONCE:
        cases += [
            (["who", "--lang", payload], {}),
            (["who", "--bidi", payload], {}),
            (["facts", "--kind", payload], {}),
            (["who", payload], {}),
            (["who"], {"INTERPOL_CLI_LANG": payload}),
        ]
    echoing = len(cases)  # all of the above are refused with the value quoted back
    cases.append((["facts", "--about", payload, "-f", "table"], {"FORCE_COLOR": "1"}))
    for name in ("search", "ask"):
        if _has_cli_command(name):
            cases += [([name, payload, "-f", "table"], {"FORCE_COLOR": "1"})]
            if payload == ALL_AT_ONCE:
                cases += [([name, payload], {}), ([name, payload, "-f", "json"], {})]
    results = _parallel([_cli(a, e) for a, e in cases])
    for index, ((args, env), proc) in enumerate(zip(cases, results, strict=True)):
        assert proc.returncode in (0, 1, 2), (args, env, proc.stderr)
        _assert_inert(proc, payload, echoed=index < echoing)


def test_bracketed_query_words_are_not_swallowed_by_markup() -> None:
    proc = run_cli(["facts", "--about", "[حموشي]", "-f", "table"], {"FORCE_COLOR": "1"})
    _assert_quiet(proc)
    assert proc.returncode in (0, 1)


def test_article_plain_is_the_seed_byte_for_byte() -> None:
    proc = run_cli(["article", "-f", "plain"])
    assert proc.returncode == 0
    assert proc.stdout == SEED.read_bytes()


def _balanced(row: str) -> bool:
    depth = 0
    for ch in row:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def test_visual_table_keeps_parentheses_facing_the_right_way() -> None:
    """RTL rows hold "(الفقرة 3)": read left to right on screen, "(" must come before ")".

    A reorder without mirroring (python-bidi's get_display alone) shows ")3 ﺓﺮﻘﻔﻟﺍ(": the
    depth check below fails on such a row."""
    proc = run_cli(["who", "-f", "table", "--bidi", "visual"], {"COLUMNS": "120"})
    assert proc.returncode == 0
    rows = [r for r in proc.stdout.decode().splitlines() if "(" in r and ")" in r]
    assert len(rows) >= 5
    assert all(_balanced(r) for r in rows), [r for r in rows if not _balanced(r)]
    assert not _balanced(")3 ﺓﺮﻘﻔﻟﺍ(")  # the broken form this test exists to catch


# --------------------------------------------------------------------------- odd terminals


def _field_words(result: Result) -> set[str]:
    """Arabic words of the text fields a view shows."""
    words: set[str] = set()
    for record in result.records:
        if result.view == "summary" and record.id in ("headline", "main_event"):
            continue  # shown as the view's title and lead, not under their "topic" labels
        for field in result.fields:
            value = record.values.get(field.key)
            if isinstance(value, Text):
                words.update(ARABIC_WORD.findall(value.ar))
    return words


HARAKAT_AND_TATWEEL = re.compile("[\u064b-\u0652\u0670\u0640]")


def _missing_words(result: Result, text: str) -> set[str]:
    """Words of the shown fields found neither whole nor folded over rows (a word wider than
    its column continues below it: its letters stay consecutive once other text is dropped)."""
    text = HARAKAT_AND_TATWEEL.sub("", SGR_TEXT.sub("", text))
    whole = set(ARABIC_WORD.findall(text))
    letters = "".join(ARABIC_WORD.findall(text))
    words = {HARAKAT_AND_TATWEEL.sub("", w) for w in _field_words(result)}
    return {w for w in words if w not in whole and w not in letters}


def _visual_to_logical(screen: str) -> str:
    # Reverse each row first, then NFKC: lam-alef (one glyph) must come apart as ل then ا.
    return "\n".join(unicodedata.normalize("NFKC", row[::-1]) for row in screen.splitlines())


SGR_TEXT = re.compile("\x1b\\[[0-9;]*m")


@pytest.mark.parametrize(
    "environ",
    [
        {"COLUMNS": "1"},
        {"COLUMNS": "8"},
        {"COLUMNS": "100000"},
        {"TERM": "dumb"},
        {"FORCE_COLOR": "1"},
    ],
    ids=["columns-1", "columns-8", "columns-100000", "term-dumb", "force-color"],
)
def test_every_command_survives_odd_terminals_with_nothing_lost(environ: dict[str, str]) -> None:
    """Every command exits 0 in logical and in visual order, and every Arabic word of the
    fields a view shows is on screen: as printed (logical), or read back from visual rows
    (row reversed, presentation forms folded with NFKC, harakat aside)."""
    names = list(COMMANDS)
    runs = _parallel(
        [
            _cli([*n.split(), "-f", "table", "--bidi", mode], environ)
            for n in names
            for mode in ("logical", "visual")
        ]
    )
    for index, name in enumerate(names):
        logical, visual = runs[2 * index], runs[2 * index + 1]
        for proc in (logical, visual):
            assert (proc.returncode, proc.stderr) == (0, b""), (name, proc.stderr)
        result = COMMANDS[name]()
        assert _missing_words(result, logical.stdout.decode()) == set(), (name, environ)
        seen = _visual_to_logical(SGR_TEXT.sub("", visual.stdout.decode()))
        assert _missing_words(result, seen) == set(), (name, environ, "visual")


def test_odd_columns_values_are_ignored_not_fatal() -> None:
    cases = ["0", "-5", "abc", "", " 80 ", "9" * 40]
    results = _parallel([_cli(["who", "-f", "table"], {"COLUMNS": c}) for c in cases])
    for value, proc in zip(cases, results, strict=True):
        assert (proc.returncode, proc.stderr) == (0, b""), value


def test_force_color_when_piped_gives_colour_and_no_color_wins() -> None:
    forced, both, plain_pipe = _parallel(
        [
            _cli(["who", "-f", "table"], {"FORCE_COLOR": "1"}),
            _cli(["who", "-f", "table"], {"FORCE_COLOR": "1", "NO_COLOR": "1"}),
            _cli(["who", "-f", "table"], {}),
        ]
    )
    assert SGR.search(forced.stdout)
    assert not SGR.search(both.stdout)
    assert not SGR.search(plain_pipe.stdout)


@pytest.mark.parametrize(
    ("environ", "flags", "coloured"),
    [
        ({"FORCE_COLOR": "1", "TERM": "xterm-256color"}, [], True),
        ({"FORCE_COLOR": "1", "TERM": "dumb"}, [], False),
        ({"FORCE_COLOR": "1", "TERM": "dumb", "COLORTERM": "truecolor"}, [], False),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm-256color"}, [], False),
        ({"FORCE_COLOR": "1", "TERM": "xterm-256color"}, ["--no-color"], False),
        ({"TERM": "xterm-256color", "COLORTERM": "truecolor"}, [], False),
    ],
    ids=[
        "forced",
        "forced-dumb",
        "forced-dumb-truecolor",
        "forced-no-color",
        "forced-flag",
        "pipe",
    ],
)
def test_colour_into_a_pipe_follows_the_readme_table(
    environ: dict[str, str], flags: list[str], coloured: bool
) -> None:
    """NO_COLOR and --no-color always win; TERM=dumb (a terminal that cannot do escapes) wins
    over FORCE_COLOR, as Rich has it; FORCE_COLOR alone colours a pipe."""
    proc = run_cli(["who", "-f", "table", *flags], environ)
    assert proc.returncode == 0
    assert (b"\x1b" in proc.stdout) is coloured, proc.stdout[:200]


def _pty_run(
    args: Sequence[str],
    extra_env: Mapping[str, str],
    *,
    interrupt_after_first_output: bool = False,
    width: int = 120,
) -> tuple[int, bytes]:
    """Run on a pty (stdin/stdout/stderr); optionally Ctrl-C once it is blocked writing."""
    from tests.screen import spawn_in_pty

    proc, master = spawn_in_pty(args, width, 50, extra_env)
    out = b""
    interrupted = False
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            if interrupt_after_first_output and out and not interrupted:
                # We stop reading: the pty fills and the program blocks inside its write.
                _wait_until_sleeping(proc.pid)
                os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the foreground group
                interrupted = True
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the program closed its side
                break
            if not data:
                break
            out += data
        return proc.wait(timeout=30), out
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _wait_until_sleeping(pid: int) -> None:
    stat = f"/proc/{pid}/stat"
    if not os.path.exists(stat):
        time.sleep(0.5)
        return
    seen = 0
    for _ in range(300):
        with open(stat, encoding="ascii") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        seen = seen + 1 if state == "S" else 0
        if seen >= 3:
            return
        time.sleep(0.01)


@pytest.mark.parametrize(
    "variable", [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"TERM": "dumb", "FORCE_COLOR": "1"}]
)
def test_no_color_and_dumb_terminal_mean_no_sgr_on_a_real_terminal(
    variable: dict[str, str],
) -> None:
    coloured = run_on_mock_terminal(["who"], 120, 50, {}).raw
    assert SGR.search(coloured)  # the control: a terminal does get colour
    done = run_on_mock_terminal(["who"], 120, 50, variable)
    code, out = done.returncode, done.raw
    assert code == 0
    assert not SGR.search(out), out[:200]
    assert "الدخيسي".encode() in out or "ﻲﺴﻴﺧﺪﻟﺍ".encode() in out


def test_an_empty_no_color_does_not_turn_colour_off() -> None:
    """no-color.org: NO_COLOR counts when it is present *and not empty*."""
    done = run_on_mock_terminal(["who"], 120, 50, {"NO_COLOR": ""})
    assert done.returncode == 0 and SGR.search(done.raw)


# ------------------------------------------------------------------- bad arguments and env


@pytest.mark.parametrize(
    ("args", "env", "named", "accepted"),
    [
        (["who", "--format", "yaml"], {}, "yaml", "json"),
        (["who", "--lang", "fr"], {}, "fr", "both"),
        (["who", "--bidi", "sideways"], {}, "sideways", "logical"),
        (["facts", "--kind", "gossip"], {}, "gossip", "election"),
        (["frobnicate"], {}, "frobnicate", ""),
        (["who", "--frobnicate"], {}, "--frobnicate", ""),
        (["who"], {"INTERPOL_CLI_BIDI": "sideways"}, "sideways", "logical"),
        (["who"], {"INTERPOL_CLI_LANG": "fr"}, "fr", "both"),
        (["facts", "--about"], {}, "--about", ""),
        (["who", "-f"], {}, "-f", ""),
    ],
)
def test_bad_arguments_are_one_sentence_and_exit_2(
    args: list[str], env: dict[str, str], named: str, accepted: str
) -> None:
    proc = run_cli(args, env)
    _assert_quiet(proc)
    assert proc.returncode == 2
    assert proc.stdout == b""
    lines = proc.stderr.decode().splitlines()
    assert 1 <= len(lines) <= 2, lines
    assert named in lines[0] and accepted in lines[0]
    assert len(lines) == 1 or "--help" in lines[1]


def test_empty_variables_count_as_unset() -> None:
    """``INTERPOL_CLI_LANG= interpol-cli who`` is how a shell user clears a default."""
    default, *empties = _parallel(
        [
            _cli(["who", "-f", "json"]),
            _cli(["who", "-f", "json"], {"INTERPOL_CLI_LANG": ""}),
            _cli(["who", "-f", "json"], {"INTERPOL_CLI_BIDI": ""}),
        ]
    )
    for proc in empties:
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, default.stdout, b"")


def test_no_arguments_prints_readable_help_not_an_escaped_blob() -> None:
    proc = run_cli([])
    _assert_quiet(proc)
    assert proc.returncode == 2
    text = proc.stderr.decode()
    assert "\\u000a" not in text
    assert "Usage:" in text and "Exit codes:" in text and len(text.splitlines()) > 10


# --------------------------------------------------------------------------------- Ctrl-C


def test_ctrl_c_while_writing_visual_output_on_vte_restores_the_terminal() -> None:
    """VTE gets CSI 8 l before visual rows; Ctrl-C mid-write must still send CSI 8 h, and close
    any colour left open, then exit 130 without a traceback."""
    code, out = _pty_run(
        ["article", "--lang", "both", "--bidi", "visual"],
        {"VTE_VERSION": "7600"},
        interrupt_after_first_output=True,
        width=200,
    )
    assert code == 130
    assert out.startswith(b"\x1b[8l")
    assert b"Traceback" not in out
    assert out.rfind(b"\x1b[8h") > out.rfind(b"\x1b[8l")
    tail = out[out.rfind(b"\x1b[8h") - 8 :]
    assert b"\x1b[0m" in tail  # styles reset before handing the terminal back


def test_ctrl_c_during_a_query_is_130_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A driver that calls run() with a query that is interrupted."""
    from interpol_cli.__main__ import run

    def interrupted() -> Result:
        raise KeyboardInterrupt

    monkeypatch.setattr(queries, "who", interrupted)
    assert run(["who", "-f", "json"]) == 130


class _InterruptedStream:
    """A terminal stdout on which Ctrl-C lands after ``cut`` bytes of the first write."""

    def __init__(self, path: str, cut: int) -> None:
        self.file = open(path, "wb", buffering=0)  # noqa: SIM115 - closed by the test
        self.cut = cut

    def write(self, data: bytes) -> int:
        if self.cut >= 0:
            self.file.write(data[: self.cut])
            self.cut = -1
            raise KeyboardInterrupt
        return self.file.write(data)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.file.fileno()


@pytest.mark.parametrize("vte", [False, True])
def test_ctrl_c_inside_a_coloured_span_resets_the_style(vte: bool, tmp_path: Path) -> None:
    """Cut the output right after a style is switched on (as Ctrl-C may): whatever reaches the
    terminal must end with that style switched off again (and VTE back in implicit mode)."""
    import io

    from interpol_cli.env import Environment
    from interpol_cli.output import Options, emit

    environ = {"TERM": "xterm-256color", **({"VTE_VERSION": "7600"} if vte else {})}
    probe = io.BytesIO()
    env = Environment(probe, io.BytesIO(), True, False, "utf-8", environ)
    emit(queries.who(), Options("table", bidi="visual"), env)
    full = probe.getvalue()
    opened = [m.end() for m in SGR.finditer(full) if m.group() != b"\x1b[0m"]
    assert opened, "the control: a terminal view is styled"
    path = str(tmp_path / "screen")
    stream = _InterruptedStream(path, opened[len(opened) // 2] + 3)
    env = Environment(stream, io.BytesIO(), True, False, "utf-8", environ)  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt):
        emit(queries.who(), Options("table", bidi="visual"), env)
    stream.file.close()
    seen = Path(path).read_bytes()
    last_style = [m.group() for m in SGR.finditer(seen)][-1]
    assert last_style == b"\x1b[0m", seen[-60:]
    assert seen.rfind(b"\x1b[8h") > seen.rfind(b"\x1b[8l") if vte else b"\x1b[8" not in seen


# ------------------------------------------------------------------------------ bounded input


def _limited_memory() -> None:
    # 1 GiB of address space: an unbounded read of /dev/zero or a huge file fails within it.
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _verify_copy(
    source: str, *, input: bytes | None = None, stdin: IO[bytes] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "interpol_cli", "verify", "--article", source, "-l", "en"],
        capture_output=True,
        env=cli_env(),
        cwd=ROOT,
        timeout=30,
        check=False,
        preexec_fn=_limited_memory,
        input=input,
        stdin=stdin,
    )


def test_an_endless_or_huge_article_copy_is_refused_in_one_sentence(tmp_path: Path) -> None:
    """``verify --article /dev/zero`` read until memory ran out, then said "internal error"."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: 4 GiB on paper, nothing on disk
        f.truncate(4 << 30)
    just_over = tmp_path / "over.txt"
    just_over.write_bytes(SEED.read_bytes() * 113)  # a little over 1 MiB
    for source in ("/dev/zero", str(huge), str(just_over)):
        started = time.monotonic()
        proc = _verify_copy(source)
        assert time.monotonic() - started < 10
        _assert_quiet(proc)
        assert proc.returncode == 3, (source, proc.returncode, proc.stderr)
        line = proc.stdout.decode().strip()
        assert line.count("\n") == 0 and "larger than 1 MiB" in line and source in line, line


_ALL_VERBATIM = re.compile(rb"\b(\d+) of \1 quotes verbatim")  # every quote, however many


def test_an_article_copy_from_a_pipe_a_fifo_or_stdin_is_read(tmp_path: Path) -> None:
    """Only the size is bounded: pipes are fine (``--article /dev/stdin``, ``<(…)``, a FIFO)."""
    seed = SEED.read_bytes()
    proc = _verify_copy("/dev/stdin", input=seed)
    assert proc.returncode == 0 and _ALL_VERBATIM.search(proc.stdout), proc.stdout
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(fifo.write_bytes, seed)
        proc = _verify_copy(str(fifo))
    assert proc.returncode == 0 and _ALL_VERBATIM.search(proc.stdout), proc.stdout
    # An endless pipe is cut off like /dev/zero.
    endless = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        proc = _verify_copy("/dev/stdin", stdin=endless.stdout)
    finally:
        endless.kill()
        endless.wait()
    assert proc.returncode == 3 and b"larger than 1 MiB" in proc.stdout, proc.stdout


# ------------------------------------------------------------------------ choices, debugging


def test_choices_are_not_case_sensitive() -> None:
    """``--lang EN``, ``-f JSON``, ``--bidi VISUAL``, ``--kind Date`` and the same in the
    variables were refused (exit 2): a choice is a word, whatever its case."""
    pairs = [
        (["who", "--lang", "EN", "-f", "JSON"], {}, ["who", "--lang", "en", "-f", "json"], {}),
        (["who", "-l", "Both", "-f", "Csv"], {}, ["who", "-l", "both", "-f", "csv"], {}),
        (
            ["who", "--bidi", "VISUAL", "-f", "Table"],
            {},
            ["who", "--bidi", "visual", "-f", "table"],
            {},
        ),
        (
            ["facts", "--kind", "Date", "-f", "PLAIN"],
            {},
            ["facts", "--kind", "date", "-f", "plain"],
            {},
        ),
        (
            ["who", "-f", "plain"],
            {"INTERPOL_CLI_LANG": "EN"},
            ["who", "-f", "plain"],
            {"INTERPOL_CLI_LANG": "en"},
        ),
        (
            ["who", "-f", "table"],
            {"INTERPOL_CLI_BIDI": "Logical"},
            ["who", "-f", "table"],
            {"INTERPOL_CLI_BIDI": "logical"},
        ),
    ]
    jobs = [_cli(a, e) for a, e, _, _ in pairs] + [_cli(a, e) for _, _, a, e in pairs]
    results = _parallel(jobs)
    for (args, env, _, _), mixed, lower in zip(pairs, results, results[len(pairs) :], strict=False):
        assert (mixed.returncode, mixed.stderr) == (0, b""), (args, env, mixed.stderr)
        assert mixed.stdout == lower.stdout and lower.returncode == 0, (args, env)


@pytest.mark.parametrize("value", ["", "0", "false", "no", "off", "False", " NO "])
def test_debug_off_values_keep_the_one_sentence(
    value: str, monkeypatch: pytest.MonkeyPatch, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    """``INTERPOL_CLI_DEBUG=0`` turned debugging on: a traceback instead of the sentence."""
    from interpol_cli.__main__ import run

    def broken() -> Result:
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "who", broken)
    monkeypatch.setenv("INTERPOL_CLI_DEBUG", value)
    assert run(["who", "-f", "json"]) == 70
    err = capfdbinary.readouterr().err
    assert err.startswith(b"interpol-cli: internal error (RuntimeError: boom)"), err
    assert err.count(b"\n") == 1


@pytest.mark.parametrize("value", ["1", "yes", "true"])
def test_debug_on_shows_the_traceback(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from interpol_cli.__main__ import run

    def broken() -> Result:
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "who", broken)
    monkeypatch.setenv("INTERPOL_CLI_DEBUG", value)
    with pytest.raises(RuntimeError, match="boom"):
        run(["who", "-f", "json"])


# --------------------------------------------------------------------- help and --version


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["who", "--help"], ["-h"]])
def test_help_and_version_on_a_closed_stdout_are_exit_3(args: list[str]) -> None:
    """They printed nothing and exited 0, where a query says so and exits 3."""
    proc = _run_with_fds(args, ">&-")
    _assert_quiet(proc)
    assert proc.returncode == 3, (args, proc.returncode, proc.stderr)
    assert proc.stderr == b"interpol-cli: cannot write the output: the stream is closed.\n"


# ------------------------------------------------------------------- Ctrl-C at any moment

CONSOLE_SCRIPT = Path(sys.executable).parent / "interpol-cli"
# A frame of this package's own code in a traceback (the console script's import line is
# "from interpol_cli.__main__ import main": a dot, not a slash).
OUR_FRAME = re.compile(r"interpol_cli[/\\][\w/\\]*\.py")


def _interrupted_after(delay: float) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.Popen(
        [str(CONSOLE_SCRIPT), "article", "-f", "plain"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_env(),
        cwd=ROOT,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, b"", err)


def test_ctrl_c_at_any_moment_is_130_without_a_traceback() -> None:
    """Ctrl-C while the program loaded printed a KeyboardInterrupt traceback from a module
    half imported (``typing``, by ``__main__``), since run()'s try had not begun.

    Delays: every 2 ms of the first 50, then spread over the whole run (start-up here takes
    from 40 ms to several times that on a busy machine). Python's own start-up (``site``, the
    console script's ``import re``) comes before any line of this package: an interrupt there
    is Python's to report (it may even exit 1), and it shows no frame of ours. From the
    package's first line on,
    every interrupt must end in 130 (or death by SIGINT, before Python's handler is set up),
    silently."""
    if not CONSOLE_SCRIPT.is_file():
        pytest.skip("the interpol-cli console script is not installed (pip install -e .)")
    started = time.monotonic()
    subprocess.run(
        [str(CONSOLE_SCRIPT), "article", "-f", "plain"],
        capture_output=True,
        env=cli_env(),
        cwd=ROOT,
        check=True,
    )
    whole = time.monotonic() - started
    delays = sorted({i / 500 for i in range(26)} | {whole * k / 40 for k in range(41)})
    deadline = time.monotonic() + 120  # bounded, however slow the machine
    ours = 0
    for delay in delays:
        if time.monotonic() > deadline:
            break
        proc = _interrupted_after(delay)
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode == 0 and not err:
            continue  # it had finished
        if "KeyboardInterrupt" in err:
            # Python's start-up only: a traceback through site or the console script's first
            # imports, "Fatal Python error: init_import_site" (exit 1), or a bare
            # "KeyboardInterrupt" with no frame at all (exit 1, before the script's first line).
            assert not OUR_FRAME.search(err), (delay, err[-800:])
            continue
        assert proc.returncode in (130, -signal.SIGINT), (delay, proc.returncode, err)
        assert err == "", (delay, err)
        ours += proc.returncode == 130
    assert ours >= 5, "hardly any interrupt reached the program: the test tested nothing"


def test_importing_the_api_leaves_ctrl_c_alone() -> None:
    """Only the program takes over SIGINT; a program that imports the API keeps its own."""
    # Compared with what this interpreter had before the import, not with Python's default:
    # a process started in the background by a shell (as CI may be) begins with SIGINT ignored.
    probe = (
        "import signal\n"
        "before = signal.getsignal(signal.SIGINT)\n"
        "import interpol_cli.__main__, interpol_cli.queries\n"
        "print(signal.getsignal(signal.SIGINT) is before)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, env=cli_env(), cwd=ROOT, check=False
    )
    assert proc.stdout == b"True\n", proc.stderr


def test_a_failure_that_follows_ctrl_c_ends_as_the_interrupt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C can leave something half done (a module half imported) that then fails as
    another error: the reader pressed Ctrl-C, so the run ends as interrupted (130, silently),
    not as an internal error (70) asking for a bug report."""
    from interpol_cli import queries

    def interrupted_then_broken() -> object:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)  # the handler runs here
        except KeyboardInterrupt:  # as code that swallows it and fails on, half done
            pass
        raise AttributeError("partially initialized module 'platform' has no attribute 'x'")

    monkeypatch.setattr(queries, "who", interrupted_then_broken)
    done = run_in_process(["who", "--format", "json"])
    assert done.returncode == 130
    assert done.stderr == b""
