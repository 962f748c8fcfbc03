"""Start-up stays at the floor of the stack: scripted paths never load the terminal stack.

Each case runs the program in a fresh interpreter with ``-X importtime`` (the console script
when it is installed, as users run it; ``-m interpol_cli`` otherwise) and reads which modules
the run imported. JSON, CSV and plain output and shell completion must not import rich,
arabic_reshaper or bidi (the terminal renderer's stack), pydantic (never a dependency: see
the Typer pin) or shellingham (only ``--install-completion`` needs to guess the shell).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tests.helpers import ROOT, cli_env

SCRIPT = Path(sys.executable).parent / "interpol-cli"
TERMINAL_STACK = ("rich", "arabic_reshaper", "bidi")
NEVER = ("pydantic",)


def imported(args: Sequence[str], extra_env: Mapping[str, str] | None = None) -> set[str]:
    """Top-level names of every module the run imported (and check it worked)."""
    entry = [str(SCRIPT)] if SCRIPT.is_file() else ["-m", "interpol_cli"]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *entry, *args],
        capture_output=True,
        text=True,
        env=cli_env(extra_env),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip(), "the command printed nothing"
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert "interpol_cli" in names, "-X importtime reported nothing"
    return names


def roots(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "args",
    [
        ["when", "--format", "json"],
        ["who", "-f", "csv"],
        ["summary", "-f", "plain"],
        ["facts", "--kind", "date", "-f", "jsonl"],
    ],
    ids=" ".join,
)
def test_machine_formats_skip_the_terminal_stack(args: list[str]) -> None:
    names = imported(args)
    unwanted = roots(names) & {*TERMINAL_STACK, *NEVER, "shellingham"}
    assert not unwanted, f"{' '.join(args)} imported {sorted(unwanted)}"
    # Nor this project's own terminal renderer, nor the article file (hashing, pathlib).
    assert not names & {"interpol_cli.render_tty", "interpol_cli.layout", "interpol_cli.article"}


@pytest.mark.parametrize(
    "args",
    [
        ["when", "--format", "json"],
        ["who", "--format", "table", "--bidi", "visual"],
        ["ask", "Who is the new Secretary General?", "-f", "plain"],
    ],
    ids=" ".join,
)
def test_a_query_never_loads_help(args: list[str]) -> None:
    """Help's page tables and the Arabic catalogue load only when help or a message is shown:
    a query that prints neither pays nothing for them."""
    names = imported(args, {"COLUMNS": "100", "LANG": "ar_MA.UTF-8"})
    assert not names & {"interpol_cli.help", "interpol_cli.i18n"}


def test_completion_loads_neither_terminal_stack_nor_knowledge() -> None:
    names = imported(
        [],
        {
            "_INTERPOL_CLI_COMPLETE": "complete_bash",
            "COMP_WORDS": "interpol-cli wh",
            "COMP_CWORD": "1",
        },
    )
    unwanted = roots(names) & {*TERMINAL_STACK, *NEVER}
    assert not unwanted, f"completion imported {sorted(unwanted)}"
    # Completing a command name needs the command table only, not the facts behind it.
    assert "interpol_cli.knowledge" not in names


def test_the_article_view_hashes_only_for_verify() -> None:
    """Reading the article does not load hashlib (3 ms, more than the reading): only
    ``verify`` asks for the file's SHA-256."""
    assert "hashlib" not in imported(["article", "-f", "plain"])
    assert "hashlib" in imported(["verify", "-f", "plain"])


def test_help_never_needs_pydantic() -> None:
    assert not roots(imported(["--help"])) & set(NEVER)


def test_terminal_view_does_load_its_stack() -> None:
    """The other side of the check: the table view does use rich, so the probe can see it."""
    names = imported(["who", "--format", "table", "--bidi", "visual"], {"COLUMNS": "100"})
    assert {"rich", "arabic_reshaper", "bidi"} <= roots(names)


def test_building_only_the_invoked_command_changes_nothing_visible() -> None:
    """Each run builds just its subcommand; its help must be what the full app prints."""
    full_app = (
        "import sys, typer.main\n"
        "from interpol_cli import typer_internals\n"
        "from interpol_cli.cli import app\n"
        "typer_internals.install_help_option()\n"
        "typer.main.get_command(app).main(sys.argv[1:], prog_name='interpol-cli')\n"
    )

    def helps(prefix: list[str]) -> dict[str, str]:
        out = {}
        for name in ("who", "when", "where", "numbers", "facts", "summary", "verify", "ask"):
            proc = subprocess.run(
                [*prefix, name, "--help"],
                capture_output=True,
                text=True,
                env=cli_env({"COLUMNS": "80"}),
                cwd=ROOT,
                timeout=60,
                check=False,
            )
            assert proc.returncode == 0, proc.stderr
            out[name] = proc.stdout
        return out

    assert helps([sys.executable, "-m", "interpol_cli"]) == helps([sys.executable, "-c", full_app])
