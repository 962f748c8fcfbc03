"""Shared test helpers: run the real program in a subprocess, and require external tools.

A plain module (imported as ``tests.helpers``), not a conftest: pytest loads a conftest under
its own module name, so importing one from tests makes a second copy of it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from interpol_cli import queries
from interpol_cli.env import Environment
from interpol_cli.results import Result

ROOT = Path(__file__).resolve().parent.parent

# Every query command, as a user types it, with the query that computes its result.
QUERY_COMMANDS: dict[str, Callable[[], Result]] = {
    "summary": queries.summary,
    "who": queries.who,
    "who --tree": queries.organisations,
    "when": queries.when,
    "where": queries.where,
    "numbers": queries.numbers,
    "facts": queries.facts,
    "article": queries.article,
    "verify": queries.verify,
}
SEED = ROOT / "seeds" / "000_57c875342cd42640.txt"


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """A predictable environment: no colour or width leaking in from the developer's shell."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "COLUMNS",
            "LINES",
            "NO_COLOR",
            "FORCE_COLOR",
            "INTERPOL_CLI_LANG",
            "INTERPOL_CLI_BIDI",
            "VTE_VERSION",
            "KONSOLE_VERSION",
            "MLTERM",
            # The language of help and messages: English unless a test asks for another.
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
        )
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra or {})
    return env


def run_cli(
    args: Sequence[str],
    extra_env: Mapping[str, str] | None = None,
    input: bytes | None = None,
    timeout: float = 60,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m interpol_cli ARGS`` as a user would, stdout piped, in folder ``cwd``."""
    return subprocess.run(
        [sys.executable, "-m", "interpol_cli", *args],
        capture_output=True,
        env=cli_env(extra_env),
        input=input,
        timeout=timeout,
        cwd=cwd,
        check=False,
    )


def require_tool(name: str) -> str:
    """The path of an external tool; skip without it, except in CI where it must be there."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


@dataclass(frozen=True)
class InProcess:
    """What one in-process run wrote: its exit code and both streams' bytes."""

    returncode: int
    stdout: bytes
    stderr: bytes


def mock_environment(
    extra_env: Mapping[str, str] | None = None,
    *,
    tty: bool = False,
    stderr_tty: bool | None = None,
    columns: int = 80,
    encoding: str = "utf-8",
    stderr_encoding: str | None = None,
) -> tuple[Environment, io.BytesIO, io.BytesIO]:
    """An environment of the test's making, as httpie's ``MockEnvironment``: byte buffers for
    stdout and stderr, a terminal or not, a width, encodings and the variables a user's shell
    would set (only ``extra_env``, on top of ``TERM=xterm-256color``)."""
    out, err = io.BytesIO(), io.BytesIO()
    env = Environment(
        stdout=out,
        stderr=err,
        stdout_isatty=tty,
        stderr_isatty=tty if stderr_tty is None else stderr_tty,
        stdout_encoding=encoding,
        environ={"TERM": "xterm-256color", **(extra_env or {})},
        stderr_encoding=stderr_encoding or encoding,
        terminal_columns=columns,
    )
    return env, out, err


def run_in_process(
    args: Sequence[str],
    extra_env: Mapping[str, str] | None = None,
    *,
    tty: bool = False,
    stderr_tty: bool | None = None,
    columns: int = 80,
    encoding: str = "utf-8",
    stderr_encoding: str | None = None,
) -> InProcess:
    """Run the program in this process (``__main__.run(argv, env)``) on a mock environment:
    the terminal and pipe decisions are the program's own, only the streams are buffers."""
    from interpol_cli.__main__ import run

    env, out, err = mock_environment(
        extra_env,
        tty=tty,
        stderr_tty=stderr_tty,
        columns=columns,
        encoding=encoding,
        stderr_encoding=stderr_encoding,
    )
    code = run(list(args), env)
    return InProcess(code, out.getvalue(), err.getvalue())


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` loaded as a module (the scripts are not a package), for the tests
    that check a generated file is what its script writes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
