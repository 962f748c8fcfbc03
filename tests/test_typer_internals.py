"""Pins every Typer internal that ``interpol_cli.typer_internals`` relies on (its docstring lists
them): a Typer upgrade that drops or changes one fails here, by name, before a user meets it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import typer

from interpol_cli import exits, typer_internals
from interpol_cli.errors import HelpInstead, Problem, UsageProblem
from tests.helpers import ROOT, cli_env, mock_environment

ALL = {"summary", "who", "when", "where", "numbers", "facts", "article", "verify", "ask", "search"}


def _names(args: list[str], environ: dict[str, str] | None = None) -> set[str]:
    group = typer_internals.build_command(args, environ or {})
    return set(group.commands)  # type: ignore[attr-defined]


def test_vendored_click_has_what_is_used() -> None:
    from typer._click import core, exceptions

    assert isinstance(core.Command, type)
    assert issubclass(exceptions.NoArgsIsHelpError, exceptions.UsageError)
    assert issubclass(exceptions.UsageError, exceptions.ClickException)
    error = exceptions.UsageError("bad", ctx=None)
    assert error.ctx is None and error.format_message() == "bad" and error.exit_code == 2


def test_registered_names_are_the_built_names() -> None:
    import typer.main

    from interpol_cli.cli import app

    names = {
        info.name or typer.main.get_command_name(info.callback.__name__)
        for info in app.registered_commands
        if info.callback is not None
    }
    assert names == set(typer.main.get_command(app).commands) == ALL  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(ALL))
def test_a_named_subcommand_builds_only_itself(name: str) -> None:
    assert _names(["--no-such", name, "--format", "json"]) == {name}


@pytest.mark.parametrize(
    "args", [[], ["--help"], ["--version"], ["nosuch"], ["--", "who"]], ids=repr
)
def test_runs_that_may_need_any_command_build_them_all(args: list[str]) -> None:
    assert _names(args) == ALL


def test_completion_builds_the_names_it_may_offer() -> None:
    def completing(words: str, cword: int) -> set[str]:
        environ = {typer_internals.COMPLETE_VAR: "complete_bash", "COMP_WORDS": words}
        return _names([], {**environ, "COMP_CWORD": str(cword)})

    assert completing("interpol-cli wh", 1) == {"who", "when", "where"}
    assert completing("interpol-cli", 1) == ALL
    assert completing("interpol-cli facts --ki", 2) == {"facts"}
    assert completing("interpol-cli --x", 2) == ALL

    # zsh and fish pass the line so far: a trailing space starts the next word.
    def line(text: str) -> set[str]:
        environ = {typer_internals.COMPLETE_VAR: "complete_zsh", "_TYPER_COMPLETE_ARGS": text}
        return _names([], environ)

    assert line("interpol-cli wh") == {"who", "when", "where"}
    assert line("interpol-cli ") == ALL
    assert line("interpol-cli who --f") == line("interpol-cli who ") == {"who"}
    assert line("interpol-cli") == line("") == ALL
    assert _names([], {typer_internals.COMPLETE_VAR: "complete_zsh"}) == ALL


def test_completing_a_name_builds_no_parameters() -> None:
    """The names' stand-ins have no parameters (building those is the cost); a command
    completed after its name is the real one."""
    bash = {typer_internals.COMPLETE_VAR: "complete_bash", "COMP_WORDS": "interpol-cli wh"}
    group: Any = typer_internals.build_command([], {**bash, "COMP_CWORD": "1"})
    assert {name: len(c.params) for name, c in group.commands.items()} == {
        "who": 0,
        "when": 0,
        "where": 0,
    }
    words = {**bash, "COMP_WORDS": "interpol-cli who --f", "COMP_CWORD": "2"}
    real: Any = typer_internals.build_command([], words)
    assert len(real.commands["who"].params) >= 5  # --tree, --format, --lang, --bidi, --no-color


def test_main_returns_the_exit_code() -> None:
    """Non-standalone ``main`` returns a ``typer.Exit``'s code instead of exiting."""
    env, out, _ = mock_environment()
    assert typer_internals.invoke(["facts", "--about", "xyzzy", "-f", "json"], env) == 1
    assert typer_internals.invoke(["who", "-f", "json"], env) == 0
    assert out.getvalue().startswith(b"[]\n[")


def test_the_environment_reaches_the_command() -> None:
    import typer.main

    app = typer.Typer()
    seen: list[object] = []

    @app.command()
    def probe(ctx: typer.Context) -> None:
        seen.append(ctx.obj)

    @app.command()
    def other() -> None:  # two commands: the probe runs as a subcommand, as ours do
        pass

    env, _, _ = mock_environment()
    typer.main.get_command(app).main(["probe"], standalone_mode=False, obj=env)
    assert seen == [env]


def test_click_errors_become_problems(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with pytest.raises(HelpInstead) as no_args:
        typer_internals.invoke([], mock_environment()[0])
    assert no_args.value.exit_code == exits.USAGE
    assert no_args.value.sentence().startswith("Usage: interpol-cli")
    with pytest.raises(UsageProblem) as bad:
        typer_internals.invoke(["who", "--nope"], mock_environment()[0])
    assert bad.value.exit_code == exits.USAGE
    assert bad.value.sentence() == (
        "interpol-cli: No such option: --nope\nTry 'interpol-cli who --help' for help."
    )
    with pytest.raises(UsageProblem) as escaped:
        typer_internals.invoke(["who", "--lang", "\x1b]0;x\x07"], mock_environment()[0])
    assert "\x1b" not in escaped.value.sentence() and "\x07" not in escaped.value.sentence()


def test_a_click_exception_keeps_its_own_code() -> None:
    from typer._click import exceptions

    class Odd(exceptions.ClickException):
        exit_code = 5

    problem = Problem(Odd("odd").format_message(), exit_code=Odd("odd").exit_code)
    assert (problem.sentence(), problem.exit_code) == ("interpol-cli: odd", 5)


def test_typer_still_answers_a_broken_pipe_with_exit_1() -> None:
    """Typer's own EPIPE handling is what ``invoke`` undoes; if it changes, so must that."""
    import typer
    import typer.main

    app = typer.Typer()

    @app.command()
    def pipe() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    command = typer.main.get_command(app)
    saved = sys.stdout, sys.stderr
    try:
        with pytest.raises(SystemExit) as stopped:
            command.main(args=[], standalone_mode=False)
    finally:
        sys.stdout, sys.stderr = saved
    assert stopped.value.code == 1
    assert isinstance(stopped.value.__context__, BrokenPipeError)


def test_shellingham_is_deferred_until_completion_is_installed() -> None:
    probe = (
        "import sys\n"
        "from interpol_cli import typer_internals\n"
        "typer_internals.defer('shellingham')\n"
        "import typer._completion_shared as shared\n"
        "print(type(sys.modules['shellingham']).__name__)\n"
        "print(callable(shared.shellingham.detect_shell))\n"
        "print(type(sys.modules['shellingham']).__name__)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert proc.stdout.split() == ["Deferred", "True", "module"]
