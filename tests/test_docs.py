"""Documentation that cannot drift: the CLI reference, examples in help, README coverage.

docs/cli.md is generated from the real ``--help`` by ``scripts/make_docs.py``; these tests fail
when it is stale, when a command has no help or no example, and when README.md never mentions a
command (the sqlite-utils rule).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import subprocess
from types import ModuleType

import pytest

from tests.helpers import ROOT, cli_env, load_script, require_tool, run_cli

README = ROOT / "README.md"


def make_docs() -> ModuleType:
    return load_script("make_docs")


DOCS = make_docs()
COMMANDS: list[str] = DOCS.command_names()


def test_there_are_commands() -> None:
    assert {"summary", "who", "when", "where", "numbers", "facts", "article", "verify"} <= set(
        COMMANDS
    )


def test_cli_reference_is_up_to_date() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == DOCS.render(), "docs/cli.md is stale: run python scripts/make_docs.py"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_that_leads_with_examples(name: str) -> None:
    text = DOCS.help_text(name)
    usage, _, rest = text.partition("\n\n")
    assert usage.startswith(f"Usage: interpol-cli {name}")
    description = rest.strip().splitlines()[0].strip() if rest.strip() else ""
    assert description and not description.startswith("Options"), f"{name} has no help text"
    before_options = rest.split("\nOptions:")[0]
    assert "Examples:" in before_options, f"{name} --help shows no examples before its options"
    examples = before_options.split("Examples:", 1)[1]
    assert re.search(rf"^\s+interpol-cli {name}\b", examples, re.M), f"no example runs {name}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    readme = README.read_text(encoding="utf-8")
    heading = re.search(rf"^#+ .*\b{name}\b", readme, re.M)
    example = re.search(rf"interpol-cli {name}\b", readme)
    assert heading or example, f"README.md never shows the command {name!r}"


def test_top_level_help_lists_exit_codes_and_environment() -> None:
    text = DOCS.help_text()
    for code in ("0", "1", "2", "3", "70", "130", "141"):
        assert re.search(rf"^\s+{code}\s+\S", text, re.M), f"exit code {code} not in --help"
    for variable in ("INTERPOL_CLI_BIDI", "INTERPOL_CLI_LANG", "NO_COLOR", "FORCE_COLOR"):
        assert variable in text
    assert "Examples:" in text.split("\nOptions:")[0]


def test_man_page_is_up_to_date() -> None:
    current = (ROOT / "docs" / "interpol-cli.1").read_text(encoding="utf-8")
    assert current == DOCS.man_page(), "docs/interpol-cli.1 is stale: run scripts/make_docs.py"


def test_man_page_renders() -> None:
    man = require_tool("man")
    proc = subprocess.run(
        [man, "--warnings", "-l", str(ROOT / "docs" / "interpol-cli.1")],
        capture_output=True,
        env={**cli_env(), "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LC_ALL": "C.UTF-8"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0 and not proc.stderr, proc.stderr.decode()
    text = proc.stdout.decode("utf-8")
    for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"):
        assert re.search(rf"^{heading}$", text, re.M), heading
    for name in COMMANDS:
        assert re.search(rf"^   interpol-cli {name}$", text, re.M), name
    assert re.search(r"interpol-cli +- +ask one Arabic news report", text)
    assert "--format FORMAT" in text and "INTERPOL_CLI_LANG" in text


def test_version_is_the_installed_version() -> None:
    proc = run_cli(["--version"])
    assert proc.returncode == 0
    assert (
        proc.stdout.decode().strip() == f"interpol-cli {importlib.metadata.version('interpol-cli')}"
    )
