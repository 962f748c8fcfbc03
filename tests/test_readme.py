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


def _ci_debian_packages() -> set[str]:
    """Every Debian package ``.ci/run`` installs: the ``need+=(…)`` lists and any package named
    on an ``apt-get install`` line itself."""
    import shlex

    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    found: set[str] = set()
    for words in re.findall(r"need\+=\(([^)]*)\)", script):
        found.update(shlex.split(words))
    for line in re.findall(r"apt-get install ([^\n]*)", script):
        found.update(
            w for w in shlex.split(line, comments=True) if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", w)
        )
    return found


def test_the_readme_apt_line_names_every_package_ci_installs() -> None:
    """The README's one ``apt-get install`` line is what a new machine needs to run the whole
    suite: it must name every Debian package CI installs (it once left out jq)."""
    lines = re.findall(r"`apt-get install ([^`]*)`", README)
    assert len(lines) == 1, lines
    named = set(lines[0].split()) - {"-y"}
    ci = _ci_debian_packages()
    assert {"tmux", "libfribidi-bin", "jq"} <= ci, ci  # the parse itself still works
    assert ci <= named, f"the README's apt line lacks {sorted(ci - named)}"


def test_the_start_up_section_says_how_many_pairs_bench_py_runs() -> None:
    """The figures come from ``scripts/bench.py`` as the README tells one to run it: the pair
    count it states must be the script's own default (it once said 40; the script runs 30)."""
    bench = (ROOT / "scripts" / "bench.py").read_text(encoding="utf-8")
    runs = re.search(r'add_argument\(\s*"--runs",[^)]*default=(\d+)', bench)
    warmup = re.search(r'add_argument\(\s*"--warmup",[^)]*default=(\d+)', bench)
    assert runs and warmup
    claim = re.search(r"alternating (\d+) pairs after (\d+) warm-ups", README)
    assert claim, "the README no longer says how many pairs bench.py runs"
    assert (claim[1], claim[2]) == (runs[1], warmup[1])


def test_timings_live_only_in_the_readme_table() -> None:
    """One measured run, one place: the other docs point at the README's start-up table
    instead of repeating a figure that goes stale (docs/completion.md said "about 70 ms")."""
    for doc in sorted((ROOT / "docs").glob("*.md")):
        figures = re.findall(r"\d+(?:\.\d+)?\s?ms\b", doc.read_text(encoding="utf-8"))
        assert not figures, (doc.name, figures)


def _section(title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## )", README, flags=re.S | re.M)
    assert match, f"the README has no '## {title}' section"
    return match[1]


def test_the_install_section_recommends_an_isolated_install_and_says_why() -> None:
    """A command-line tool goes into its own environment: pip into a shared one silently
    downgrades another Typer application's typer to this project's pin."""
    text = " ".join(_section("Install").split())
    assert "pipx install ." in text and "uv tool install ." in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"typer[^"]*<\s*([0-9.]+)"', pyproject)
    assert pin, "typer is no longer pinned from above: the warning would be stale"
    assert f"typer below {pin[1]}" in text
