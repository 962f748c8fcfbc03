"""Escaping: text a user or the file system supplied never reaches the output raw.

File names, argument values, environment values, questions, search terms and operating-system
messages that embed a path: each in every format. Plain, CSV, TSV and the table show a control
or BiDi character as ``\\uXXXX`` (a tab or newline too, so a record stays on its line); JSON
writes the same ``\\uXXXX`` escapes, which decode back to the very name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from interpol_cli.env import LangChoice
from interpol_cli.escape import printable, printable_json, printable_result
from interpol_cli.layout import FENCE
from interpol_cli.model import Evidence, Text
from interpol_cli.render import render_machine
from interpol_cli.render_tty import render_terminal
from interpol_cli.results import Column, Columns, Record, Result
from tests.helpers import ROOT, SEED, run_cli

FORMATS = ("table", "plain", "json", "jsonl", "csv", "tsv")
# A window-title rewrite, a bell, a screen clear, a right-to-left override, a tab, a newline.
HOSTILE = "x\x1b]0;PWNED\x07\x1b[2J\u202e\t\n.txt"
# What must never reach the output raw: C0/C1 controls, DEL, BiDi controls and marks,
# line/paragraph separators. (Tabs and newlines are the formats' own: checked per format.)
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
ESCAPED = "x\\u001b]0;PWNED\\u0007\\u001b[2J\\u202e\\u0009\\u000a.txt"


def _all(
    jobs: Sequence[tuple[Sequence[str], Mapping[str, str]]], cwd: Path
) -> list[subprocess.CompletedProcess[bytes]]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda job: run_cli(job[0], job[1], cwd=cwd), jobs))


def _assert_inert(proc: subprocess.CompletedProcess[bytes], what: Sequence[str]) -> None:
    assert b"Traceback" not in proc.stderr, (what, proc.stderr)
    assert proc.returncode in (0, 1, 2, 3), (what, proc.returncode, proc.stderr)
    for stream in (proc.stdout, proc.stderr):
        text = stream.decode("utf-8")
        assert not RAW.search(text), (what, ascii(text[:400]))
    assert b"\t" not in proc.stderr, (what, proc.stderr)
    lines = proc.stdout.decode().splitlines()
    if "tsv" in what:
        assert len({line.count("\t") for line in lines}) <= 1, (what, lines)
    elif "\t" in proc.stdout.decode():
        raise AssertionError((what, ascii(proc.stdout)))


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding hostile names: a file that is not UTF-8, a folder, a file that
    cannot be read (an I/O error from the kernel)."""
    where = tmp_path_factory.mktemp("hostile")
    (where / HOSTILE).write_bytes(b"\xff")
    (where / f"d{HOSTILE}").mkdir()
    os.symlink("/proc/self/mem", where / f"io{HOSTILE}")  # reading it fails with EIO
    return where


def test_a_file_name_in_a_verify_record_is_escaped_in_every_format(hostile_dir: Path) -> None:
    jobs: list[tuple[list[str], dict[str, str]]] = [
        (["verify", "--article", HOSTILE, "-l", "en", "-f", fmt], {}) for fmt in FORMATS
    ]
    for (args, _), proc in zip(jobs, _all(jobs, hostile_dir), strict=True):
        _assert_inert(proc, args)
        assert proc.returncode == 3
        fmt = args[-1]
        out = proc.stdout.decode()
        if fmt in ("json", "jsonl"):
            # Faithful: the JSON escapes decode to the very name.
            records = json.loads(out) if fmt == "json" else [json.loads(out)]
            assert HOSTILE in records[0]["detail"]["en"]
            assert "\\u202e" in out and "\\u001b" in out
        else:
            # The table may wrap the sentence at a space; the name itself has none.
            assert ESCAPED in out, (fmt, out)
        if fmt == "plain":
            assert out.count("\n") == 1  # one record, one line
        if fmt in ("csv", "tsv"):
            assert out.count("\n") == 2  # header and the record


def test_an_io_error_naming_the_file_is_escaped_in_every_format(hostile_dir: Path) -> None:
    jobs: list[tuple[list[str], dict[str, str]]] = [
        (["verify", "--article", f"io{HOSTILE}", "-l", "en", "-f", fmt], {}) for fmt in FORMATS
    ]
    for (args, _), proc in zip(jobs, _all(jobs, hostile_dir), strict=True):
        _assert_inert(proc, args)
        assert proc.returncode == 3, proc.stderr
        assert "error" in proc.stdout.decode().lower(), proc.stdout  # the OS's own reason


@pytest.mark.parametrize(
    "args, env",
    [
        (["verify", "--article", f"nope{HOSTILE}"], {}),  # not there: usage error
        (["verify", "--article", f"d{HOSTILE}"], {}),  # a folder: usage error
        (["who", "--lang", HOSTILE], {}),
        (["who", "--bidi", HOSTILE], {}),
        (["facts", "--kind", HOSTILE], {}),
        (["facts", "--about", HOSTILE], {}),
        (["search", "Interpol", "--limit", HOSTILE], {}),
        (["who", f"--{HOSTILE}"], {}),
        (["who", HOSTILE], {}),
        (["ask", f"who {HOSTILE}"], {}),
        (["search", f"Interpol {HOSTILE}"], {}),
        (["who"], {"INTERPOL_CLI_LANG": HOSTILE}),
        (["who"], {"INTERPOL_CLI_BIDI": HOSTILE}),
    ],
    ids=lambda v: str(v).encode("ascii", "backslashreplace").decode()[:40],
)
def test_argv_and_environment_values_are_escaped_in_every_format(
    args: list[str], env: dict[str, str], hostile_dir: Path
) -> None:
    jobs = [([*args, "-f", fmt], {**env, "FORCE_COLOR": ""}) for fmt in FORMATS]
    jobs.append(([HOSTILE, *args[1:]], env))  # in place of the command's name too
    for (argv, _), proc in zip(jobs, _all(jobs, hostile_dir), strict=True):
        _assert_inert(proc, argv)


@pytest.mark.parametrize(
    ("args", "echo"),
    [
        (["ask", "Who\x1b[31m won?\u202e"], "Question: Who\\u001b[31m won?\\u202e"),
        (["search", "Interpol\x1b[31m"], "Search: Interpol\\u001b[31m"),
    ],
    ids=["ask", "search"],
)
def test_the_table_echoes_what_was_typed_with_its_controls_as_escapes(
    args: list[str], echo: str
) -> None:
    """The escape sequence is shown, as the BiDi override beside it is, not dropped unseen."""
    proc = run_cli([*args, "-f", "table", "-l", "en"], {"FORCE_COLOR": "", "COLUMNS": "120"})
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert proc.stdout.decode().splitlines()[0].strip() == echo


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["search", "\x1b[2J"], "the search query"),
        (["ask", "\x1b[31m\x07"], "the question"),
        (["facts", "--about", "\x1b[1m\x1b[0m"], "the name"),
    ],
    ids=["search", "ask", "about"],
)
def test_input_of_control_characters_alone_has_no_words_and_is_not_called_empty(
    args: list[str], what: str
) -> None:
    proc = run_cli(args)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "is empty" not in err
    assert f"{what} holds no searchable words" in err, err
    assert not RAW.search(err) and "\\u001b" in err, ascii(err)
    arabic = run_cli([*args, "--lang", "ar"])
    assert arabic.returncode == 2
    assert re.search("[\u0621-\u064a]", arabic.stderr.decode()), arabic.stderr
    assert "holds no" not in arabic.stderr.decode()


def test_the_seed_s_own_path_is_escaped_when_it_cannot_be_read(tmp_path: Path) -> None:
    """An installation folder with a hostile name, and a seed there that is not UTF-8: the
    message names the path (file-system text) on stderr, escaped."""
    home = tmp_path / HOSTILE
    home.mkdir()
    shutil.copytree(ROOT / "interpol_cli", home / "interpol_cli")
    (home / "seeds").mkdir()
    (home / "seeds" / SEED.name).write_bytes(b"\xff" + SEED.read_bytes())
    jobs = [(["article", "-f", fmt], {"PYTHONPATH": str(home)}) for fmt in FORMATS]
    jobs.append((["search", "Interpol"], {"PYTHONPATH": str(home)}))
    jobs.append((["verify", "-f", "plain"], {"PYTHONPATH": str(home)}))
    for (argv, _), proc in zip(jobs, _all(jobs, tmp_path), strict=True):
        _assert_inert(proc, argv)
        assert proc.returncode == 3, proc.stderr
        assert "\\u202e" in (proc.stderr + proc.stdout).decode(), proc.stderr


# ------------------------------------------------------------------------------ the function


def test_printable_escapes_controls_bidi_and_surrogates_and_keeps_the_rest() -> None:
    assert printable("a\tb\nc\x1b[0m\u202ed\udcff", None) == (
        "a\\u0009b\\u000ac\\u001b[0m\\u202ed\\udcff"
    )
    arabic = "انتخاب الدخيسي [نائبا] «للرئيس» ¶ 3"
    assert printable(arabic, None) == arabic
    assert printable("x" * 100) == "x" * 79 + "…"


def test_json_escapes_stay_valid_and_decode_to_the_original() -> None:
    value = "a\u202eb\u2066c\x85d\udc80"
    dumped = printable_json(json.dumps({"v": value}, ensure_ascii=False, indent=2))
    assert not RAW.search(dumped) and "\udc80" not in dumped
    assert json.loads(dumped) == {"v": value}


def _hostile_result() -> Result:
    record = Record(
        "r1",
        {"name": Text(ar=f"س{HOSTILE}", en=HOSTILE), "note": HOSTILE, "n": 3},
        (Evidence(paragraph=1, start=0, end=4, quote=HOSTILE),),
        basis=Text(ar=HOSTILE, en=HOSTILE),
    )
    return Result(
        "test",
        Text(ar=HOSTILE, en=HOSTILE),
        Columns(
            "test",
            "",
            Column("name", "text", Text(ar="الاسم", en="Name")),
            Column("note", "id", Text(ar="ملاحظة", en="Note")),
            Column("n", "int"),
        ),
        (record,),
    )


@pytest.mark.parametrize("fmt", ["plain", "csv", "tsv", "json", "jsonl"])
@pytest.mark.parametrize("lang", ["ar", "en", "both"])
def test_every_machine_format_escapes_every_text_of_a_result(fmt: str, lang: str) -> None:
    out = render_machine(_hostile_result(), fmt, lang)  # type: ignore[arg-type]
    assert not RAW.search(out), ascii(out)
    if fmt == "plain":
        assert out.count("\n") == 1


@pytest.mark.parametrize("visual", [True, False])
@pytest.mark.parametrize("lang", ["ar", "en", "both"])
def test_the_terminal_view_escapes_every_text_of_a_result(visual: bool, lang: LangChoice) -> None:
    out = render_terminal(
        _hostile_result(), lang, visual=visual, width=100, color_system="standard"
    )
    ours = re.sub("\x1b\\[[0-9;]*m", "", out)  # our own colours
    ours = re.sub(f"(?m)^{FENCE}", "", ours)  # and the fence that starts each visual row
    # The layout's own invisible marks (logical mode) steer BiDi; none may come from the data.
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", ours), ascii(
        out
    )
    assert "\\u202e" in out


def test_a_result_without_anything_to_escape_is_left_as_it_is() -> None:
    from interpol_cli import queries

    for result in (queries.facts(), queries.article(), queries.summary()):
        assert printable_result(result) is result
