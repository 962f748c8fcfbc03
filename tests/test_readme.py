"""The README's console examples are real: each one is run and its output compared."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, cli_env, require_tool

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _examples() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ interpol-cli …`` line in console blocks."""
    found: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        parts = re.split(r"^\$ ", block, flags=re.M)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            if "…" in output:  # an elided example documents shape, not exact text
                continue
            found.append((command, output.rstrip("\n") + "\n"))
    return found


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose ``interpol-cli`` runs this checkout, as the installed script would."""
    folder = tmp_path_factory.mktemp("bin")
    script = folder / "interpol-cli"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m interpol_cli "$@"\n')
    script.chmod(0o755)
    return folder


def test_the_readme_has_examples() -> None:
    assert len(_examples()) >= 8


@pytest.mark.parametrize(("command", "expected"), _examples(), ids=[c for c, _ in _examples()])
def test_readme_example_output_is_what_the_tool_prints(
    command: str, expected: str, shim: Path
) -> None:
    if "jq" in command:
        require_tool("jq")
    env = cli_env({"PATH": f"{shim}{os.pathsep}{os.environ['PATH']}"})
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert proc.stdout.decode("utf-8") == expected, proc.stderr.decode()
