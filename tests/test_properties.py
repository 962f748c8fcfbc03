"""Property tests: whatever argv and environment, no traceback and only documented exit codes.

Argument lists are drawn from the CLI's own words (commands, options, their values, names from
the article) mixed with junk (random Unicode, empty strings, "-", "--", very long strings).
Most run in-process through ``interpol_cli.__main__.run`` with stdout/stderr captured (the
program writes bytes to ``sys.stdout.buffer``, so byte buffers stand in for the streams);
a few dozen run as real processes. Random Unicode also goes through the layout engine.

Documented exit codes: 0, 1, 2, 3, 130, 141. 70 is the internal-error code: never expected.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from interpol_cli.__main__ import run
from interpol_cli.env import BIDI_MODES, FORMATS, LANGS
from interpol_cli.knowledge import ENTITIES
from interpol_cli.layout import FENCE, ArabicText, visual_lines
from interpol_cli.model import FactKind
from tests.helpers import ROOT, cli_env

DOCUMENTED = {0, 1, 2, 3, 130, 141}
# Escapes and BiDi controls that user input could smuggle into a terminal.
SMUGGLED = re.compile("[\x1b\x07\x9b\u202a-\u202e\u2066-\u2069]")

COMMANDS = ["summary", "who", "when", "where", "numbers", "facts", "article", "verify"]
COMMANDS += ["search", "ask"]  # may not exist yet: then they are just unknown commands
OPTIONS = [
    "-f", "--format", "-l", "--lang", "--bidi", "--no-color", "--tree", "--about", "-a",
    "--kind", "-k", "--article", "--help", "-h", "--version", "--limit", "-n",
]  # fmt: skip
VALUES = [*FORMATS, *LANGS, *BIDI_MODES, *(k.value for k in FactKind), "yaml", "fr", "0", "-1"]
NAMES = sorted(
    {e.name.ar for e in ENTITIES}
    | {e.name.en for e in ENTITIES}
    | {a for e in ENTITIES for a in e.aliases}
)
HOSTILE = [
    "", "-", "--", "---", "-f=", "--format=", "[red]x[/]", "[/]", "\x1b[31m", "\x1b]0;t\x07",
    "\u202eevil", "\u2066x\u2069", "\u200f", "\x00", "\udcff", "\ud800", "x" * 5000,
    "من هو نائب الرئيس؟", "Who is the new Secretary General?", "\n", " ", "\t",
]  # fmt: skip

WORD = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(OPTIONS),
    st.sampled_from(VALUES),
    st.sampled_from(NAMES),
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
    st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=12),
)
GOOD_VALUES: dict[str, list[str]] = {
    "-f": list(FORMATS),
    "--lang": list(LANGS),
    "--bidi": list(BIDI_MODES),
    "--kind": [k.value for k in FactKind],
    "--about": NAMES,
    "--limit": ["1", "3", "0", "-1"],
}
FLAGS = ["--no-color", "--tree", "--help"]
QUESTIONS = ["من هو نائب الرئيس؟", "متى تأسس الإنتربول؟", "Where was the vote?", "How many?"]


def _option(opt: str) -> st.SearchStrategy[list[str]]:
    if opt in FLAGS:
        return st.just([opt])
    good = st.sampled_from(GOOD_VALUES[opt])
    # A junk value one time in ten: hypothesis picks one_of branches evenly, not by weight.
    value = st.tuples(st.integers(0, 9), good, WORD).map(lambda t: t[2] if t[0] == 5 else t[1])
    return value.map(lambda v: [opt, v])


COMMON = ["-f", "--lang", "--bidi", "--no-color"]
OWN: dict[str, list[str]] = {
    "who": ["--tree"],
    "facts": ["--about", "--kind"],
    "search": ["--limit"],
}


def _well_formed(cmd: str) -> st.SearchStrategy[list[str]]:
    options = [*COMMON, *OWN.get(cmd, [])]
    query = (
        st.lists(
            st.one_of(st.sampled_from(QUESTIONS), st.sampled_from(NAMES), WORD),
            min_size=1,
            max_size=1,
        )
        if cmd in ("search", "ask")
        else st.just([])
    )
    return st.builds(
        lambda q, opts: [cmd, *q, *(x for o in opts for x in o)],
        query,
        st.lists(st.sampled_from(options).flatmap(_option), max_size=3),
    )


# Mostly well-formed runs (a command, its options with plausible values, a query where one is
# taken) so the queries and renderers are reached, not only the argument parser.
WELL_FORMED = st.sampled_from(COMMANDS).flatmap(_well_formed)
ARGV = st.one_of(
    WELL_FORMED,
    WELL_FORMED,
    WELL_FORMED,
    WELL_FORMED,
    st.tuples(st.sampled_from(COMMANDS), st.lists(WORD, max_size=5)).map(lambda t: [t[0], *t[1]]),
    st.lists(WORD, max_size=5),
)
ENV_VALUE = st.one_of(
    st.sampled_from([*LANGS, *BIDI_MODES, ""]),
    st.sampled_from([*VALUES, "sideways", ""]),
    st.text(max_size=10),
).filter(lambda v: "\x00" not in v and not any("\ud800" <= c <= "\udfff" for c in v))
ENVIRON = st.fixed_dictionaries(
    {},
    optional={
        "INTERPOL_CLI_LANG": ENV_VALUE,
        "INTERPOL_CLI_BIDI": ENV_VALUE,
        "COLUMNS": st.one_of(st.sampled_from(["1", "8", "100000", "-3", "x"]), ENV_VALUE),
        "NO_COLOR": st.sampled_from(["", "1"]),
        "FORCE_COLOR": st.sampled_from(["", "1"]),
        "TERM": st.sampled_from(["dumb", "xterm-256color", ""]),
        "VTE_VERSION": st.sampled_from(["7600", "5000", "x"]),
    },
)
STRIPPED = ("COLUMNS", "NO_COLOR", "FORCE_COLOR", "INTERPOL_CLI_LANG", "INTERPOL_CLI_BIDI",
            "VTE_VERSION", "KONSOLE_VERSION", "MLTERM", "TERM", "INTERPOL_CLI_DEBUG")  # fmt: skip


@dataclass
class Outcome:
    code: int
    stdout: bytes
    stderr: bytes


@contextmanager
def _captured(environ: Mapping[str, str]) -> Iterator[tuple[io.BytesIO, io.BytesIO]]:
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    clean = {k: v for k, v in os.environ.items() if k not in STRIPPED}
    with (
        mock.patch.dict(os.environ, {**clean, **environ}, clear=True),
        mock.patch.object(sys, "stdout", stdout),
        mock.patch.object(sys, "stderr", stderr),
    ):
        yield out, err
    stdout.detach()
    stderr.detach()


def run_in_process(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> Outcome:
    with _captured(environ or {}) as (out, err):
        try:
            code = run(list(argv))
        except SystemExit as exc:  # run() must return, not exit: record it as a failure
            code = -1 if not isinstance(exc.code, int) else 1000 + exc.code
    return Outcome(code, out.getvalue(), err.getvalue())


def _check(outcome: Outcome, argv: Sequence[str]) -> None:
    assert outcome.code in DOCUMENTED, (argv, outcome.code, outcome.stderr[:300])
    assert b"Traceback" not in outcome.stderr, (argv, outcome.stderr[:300])
    assert b"interpol-cli: internal error" not in outcome.stderr, (argv, outcome.stderr[:300])
    # stderr carries messages (and help): whatever the user typed, no raw escape or BiDi control
    assert not SMUGGLED.search(outcome.stderr.decode("utf-8", "replace")), (argv, outcome.stderr)
    # stdout too, once our own colours and VTE mode switches (FORCE_COLOR, VTE_VERSION) are gone
    # and the fence (a space, LRM, LRO) that starts each visual row
    ours = re.sub("\x1b\\[[0-9;]*[mhl]", "", outcome.stdout.decode("utf-8", "replace"))
    ours = re.sub(f"(?m)^{FENCE}", "", ours)
    assert not SMUGGLED.search(ours), (argv, outcome.stdout[:300])


# ------------------------------------------------------------------------------ in-process


def test_the_in_process_driver_sees_what_a_user_sees() -> None:
    """The harness itself: output, messages and codes come through."""
    ok = run_in_process(["who", "-f", "json"])
    assert ok.code == 0 and ok.stdout.startswith(b"[") and ok.stderr == b""
    bad = run_in_process(["who", "-f", "yaml"])
    assert bad.code == 2 and b"yaml" in bad.stderr and bad.stdout == b""
    none = run_in_process(["facts", "--about", "zzzz", "-f", "json"])
    assert none.code == 1 and none.stdout == b"[]\n"


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ARGV, ENVIRON)
def test_random_argv_never_crashes_in_process(argv: list[str], environ: dict[str, str]) -> None:
    _check(run_in_process(argv, environ), argv)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(COMMANDS[:8]), st.sampled_from(HOSTILE), st.sampled_from(FORMATS))
def test_hostile_words_in_every_option_slot(command: str, word: str, fmt: str) -> None:
    for argv in (
        [command, "-f", word],
        [command, "--lang", word],
        [command, "--bidi", word],
        [command, word, "-f", fmt],
        ["facts", "--about", word, "-f", fmt],
        ["facts", "--kind", word],
        [word, command],
    ):
        _check(run_in_process(argv), argv)


# ------------------------------------------------------------------------------- processes


def _argv_bytes(argv: Sequence[str]) -> list[bytes]:
    # Lone surrogates stand for undecodable bytes, as the OS hands them over (surrogateescape).
    return [a.encode("utf-8", "surrogateescape") for a in argv]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ARGV.filter(
        lambda argv: all(
            "\x00" not in a and not any("\ud800" <= c <= "\udc7f" for c in a) for a in argv
        )
    ),
    ENVIRON,
)
def test_random_argv_never_crashes_as_a_process(argv: list[str], environ: dict[str, str]) -> None:
    env = cli_env(environ)
    for key in STRIPPED:
        if key not in environ:
            env.pop(key, None)
    proc = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"interpol_cli", *_argv_bytes(argv)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    _check(Outcome(proc.returncode, proc.stdout, proc.stderr), argv)


# ---------------------------------------------------------------------------------- layout


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.integers(1, 60), st.booleans())
def test_any_unicode_through_visual_lines_fits_the_width(text: str, width: int, rtl: bool) -> None:
    """Any Unicode at all (controls, wide CJK, combining marks, astral emoji), not only the
    Arabic-centred alphabet tests/test_layout.py draws from: no exception, no row too wide."""
    rows = visual_lines(text, width, rtl=rtl)  # width 1: a double-width glyph becomes "?"
    assert all(cell_len(r) <= width for r in rows), rows


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.integers(1, 50), st.sampled_from(["visual", "logical"]))
def test_any_unicode_through_arabic_text_in_a_console(text: str, width: int, mode: str) -> None:
    buf = io.StringIO()
    console = Console(width=width, file=buf, force_terminal=True, color_system=None)
    console.print(ArabicText(text, mode=mode))  # type: ignore[arg-type]
    rows = buf.getvalue().split("\n")[:-1]
    assert all(cell_len(r) <= width for r in rows), rows
