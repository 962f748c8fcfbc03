"""Everything this program relies on inside Typer (and the Click it vendors), in one place.

Start-up is the reason: Typer builds every command's Click parameters up front and imports
shellingham on import, which a run that names one subcommand never needs. The rest is how
Typer's errors become this program's :mod:`interpol_cli.errors`. A Typer upgrade (it is pinned
below 0.29 in ``pyproject.toml``) must keep each of these, and each is pinned by a test:

``typer._click`` (the vendored Click: ``core.Command``, ``exceptions.NoArgsIsHelpError``,
``UsageError`` with ``.ctx.command_path``, ``ClickException`` with ``.exit_code`` and
``format_message()``)
    ``tests/test_typer_internals.py::test_vendored_click_has_what_is_used`` and
    ``::test_click_errors_become_problems``.
``typer.main.get_command`` and ``typer.main.get_command_name`` (a callback's command name)
    ``::test_registered_names_are_the_built_names``.
``Typer.registered_commands`` (``CommandInfo.name`` / ``.callback``) and a shallow
``copy.copy`` of the app building a group with only the commands left in that list
    ``::test_a_named_subcommand_builds_only_itself``,
    ``::test_completion_builds_the_names_it_may_offer`` and
    ``tests/test_imports.py::test_building_only_the_invoked_command_changes_nothing_visible``.
``Command.main(obj=env)`` handing the run's environment to every command as
``typer.Context.obj``
    ``::test_the_environment_reaches_the_command``.
``Command.main(standalone_mode=False)`` returning the code of a ``typer.Exit`` instead of
exiting, and re-raising Click errors
    ``::test_main_returns_the_exit_code`` (and every exit-code test in ``tests/``).
Typer answering EPIPE with ``sys.exit(1)`` from inside ``except OSError`` (so the
``BrokenPipeError`` is the ``SystemExit``'s ``__context__``)
    ``::test_typer_still_answers_a_broken_pipe_with_exit_1`` and
    ``tests/test_hardening.py::test_closed_pipe_exits_141_quietly_for_every_command_and_format``.
``typer._completion_shared`` importing ``shellingham`` at import but reading it only when
asked for the shell (``detect_shell``), so a stand-in module suffices until then
    ``::test_shellingham_is_deferred_until_completion_is_installed``.
``typer.completion.install`` (a module global that the ``--install-completion`` callback
calls, returning ``(shell, path)``) doing its file work with pathlib's ``mkdir``,
``read_text`` and ``write_text``, whose frames say which step failed
    ``tests/test_completion.py::test_install_failures_say_what_failed_and_where``.
``typer._click.decorators.help_option`` (read by ``Command.get_help_option`` each time it
builds a help option), replaced so that help prints through :mod:`interpol_cli.help`, which
loads (with the catalogue) only when help or a message is shown
    ``tests/test_help.py`` (every help test goes through it) and
    ``tests/test_imports.py::test_a_query_never_loads_help``.
The completion protocol of the scripts Typer writes: ``_INTERPOL_CLI_COMPLETE`` set, bash's
words in ``COMP_WORDS`` and the index in ``COMP_CWORD``, zsh's and fish's line so far in
``_TYPER_COMPLETE_ARGS``
    ``::test_completion_builds_the_names_it_may_offer`` and ``tests/test_completion.py``.
A command's name and short help, as completion offers them, coming only from its
``CommandInfo`` (copied with ``copy.copy``) and its callback's ``__name__`` and ``__doc__``, so
a stand-in callback without parameters offers the same
    ``tests/test_completion.py::test_completing_a_name_offers_what_the_whole_app_offers`` and
    ``::test_completing_a_name_builds_no_parameters``.
``typer._completion_classes._sanitize_help_text`` (a module global that the zsh and fish
completion classes call on each help text), replaced by one that keeps the text on one line
    ``tests/test_completion.py::test_fish_and_zsh_get_each_help_on_one_line_without_rich``.
Click handing ``help_option`` the help option's names from a set (in an order that follows
the hash seed)
    ``tests/test_completion.py::test_zsh_is_offered_the_options_in_one_order_whatever_the_hash_seed``.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Container, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

from interpol_cli.errors import HelpInstead, Problem, UsageProblem

if TYPE_CHECKING:
    import typer.models
    from typer._click import core as click

    from interpol_cli.env import Environment

PROG_NAME = "interpol-cli"
COMPLETE_VAR = "_INTERPOL_CLI_COMPLETE"  # set by the shell completion scripts Typer writes
HELP_OPTION_HELP = "Show this message and exit."  # a msgid of the catalogue

# This run's arguments and variables: what help reads its language and --bidi from, when and
# if it is loaded (``helping``).
_this_run: tuple[list[str], Mapping[str, str]] = ([], {})


def begin(args: list[str], environ: Mapping[str, str]) -> None:
    """Remember the run's arguments and variables, and route every ``--help`` through
    :mod:`interpol_cli.help`; call before anything may print help or a message."""
    global _this_run
    _this_run = (args, environ)
    defer("shellingham")  # before the first import of typer
    install_help_option()


def helping() -> ModuleType:
    """:mod:`interpol_cli.help`, set to this run's language. Imported here, on demand: a query
    that prints no help and no message never pays for help's tables or the catalogue."""
    from interpol_cli import help as module

    module.configure(*_this_run)
    return module


def install_help_option() -> None:
    """Make every command's ``-h``/``--help`` print through ``help.show`` (Click's own option
    echoes its English formatter's text through ``sys.stdout``)."""
    from typer._click import decorators

    decorators.help_option = _help_option


def contexts() -> list[click.Context]:
    """The top level's context and every command's, as ``--help`` gets them (the docs, the man
    page and the catalogue check read the help from these)."""
    import typer.main

    from interpol_cli.cli import app

    install_help_option()
    group = typer.main.get_command(app)
    root = group.make_context("interpol-cli", [], resilient_parsing=True)
    out = [root]
    for name, command in getattr(group, "commands", {}).items():
        out.append(command.make_context(name, [], parent=root, resilient_parsing=True))
    return out


def _help_option(param_decls: list[str]) -> Any:
    from typer._click.decorators import option

    def show_help(ctx: click.Context, param: object, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            from interpol_cli.env import Environment

            # The run's environment (``Command.main(obj=env)``), else the process's own.
            helping().show(ctx, ctx.find_object(Environment) or Environment.from_process())
            ctx.exit()

    return option(
        # Click hands the names over from a set: in the order they are declared ("-h", "--help"),
        # so what Tab offers in zsh is the same on every run.
        sorted(param_decls, key=lambda name: (name.startswith("--"), name)),
        is_flag=True,
        expose_value=False,
        is_eager=True,
        help=HELP_OPTION_HELP,
        callback=show_help,
        required=False,
    )


def invoke(args: list[str], env: Environment) -> int:
    """Run the app on ``args`` in ``env``; its exit code, or a :class:`Problem` for a Click
    error. The commands find ``env`` as Click's context object (``ctx.obj``).

    Everything else a command raises (our own problems, ``OSError``, ``BrokenPipeError``)
    passes through unchanged.
    """
    begin(args, env.environ)
    from typer._click import exceptions as click_exc

    command = build_command(args, env.environ)
    shell = completing(env.environ)
    if shell == "complete_bash":
        _check_bash_words(env.environ)
    if shell:
        plain_completion_help()
    if "--install-completion" in args:
        guard_completion_install()
    try:
        rv = command.main(args=args, prog_name=PROG_NAME, standalone_mode=False, obj=env)
    except SystemExit as exc:
        # Typer answers EPIPE with sys.exit(1), which means "nothing found" here.
        if isinstance(exc.__context__, BrokenPipeError):
            raise exc.__context__ from None
        raise
    except click_exc.NoArgsIsHelpError as exc:  # the help itself, not squeezed into one line
        raise HelpInstead(helping().for_stderr(exc.ctx, env)) from None
    except click_exc.UsageError as exc:
        hint = f"Try '{exc.ctx.command_path} --help' for help." if exc.ctx is not None else None
        raise UsageProblem(_printable(exc.format_message()), hint=hint) from None
    except click_exc.ClickException as exc:
        raise Problem(exc.format_message(), exit_code=exc.exit_code) from None
    return rv if isinstance(rv, int) else 0


# What the step of Typer's completion install (pathlib calls) was doing when it failed.
_INSTALL_STEPS = {
    "mkdir": "create the folder",
    "read_text": "read",
    "read_bytes": "read",
    "write_text": "write",
    "write_bytes": "write",
}


def guard_completion_install() -> None:
    """``--install-completion``: Typer's option callback calls ``typer.completion.install``
    (a module global), which creates folders and writes the shell's start-up file and the
    script. Its ``OSError`` names a path but not what failed, and a start-up file that is not
    UTF-8 raised ``UnicodeDecodeError``; both become one sentence, exit 3. The path it reports
    on success is escaped, as every path shown is."""
    import traceback

    import typer.completion

    from interpol_cli.errors import OutputProblem
    from interpol_cli.escape import printable

    completion: Any = typer.completion  # ``install`` is imported there, not exported
    real = completion.install
    if getattr(real, "guarded", False):
        return

    def step(exc: BaseException) -> tuple[str, object]:
        """The innermost pathlib step in the traceback, and the path it worked on."""
        frames = [frame for frame, _ in traceback.walk_tb(exc.__traceback__)]
        for frame in reversed(frames):
            if frame.f_code.co_name in _INSTALL_STEPS:
                return _INSTALL_STEPS[frame.f_code.co_name], frame.f_locals.get("self")
        return "write", None

    def install(*args: Any, **kwargs: Any) -> tuple[str, str]:
        try:
            shell, path = real(*args, **kwargs)
        except OSError as exc:
            doing, where = step(exc)
            path = exc.filename if exc.filename is not None else where
            raise OutputProblem(
                f"cannot {doing} {path} to install the completion: {exc.strerror or exc}."
            ) from None
        except UnicodeDecodeError as exc:
            doing, where = step(exc)
            raise OutputProblem(
                f"cannot {doing} {where} to install the completion: it is not "
                f"{exc.encoding.upper()} text."
            ) from None
        return shell, printable(str(path), None)

    install.guarded = True  # type: ignore[attr-defined]
    completion.install = install


def _printable(text: str) -> str:
    from interpol_cli.escape import printable

    return printable(text, 400)


def defer(name: str) -> None:
    """Load module ``name`` on first use instead of at import.

    Typer imports shellingham at start-up, but only ``--install-completion`` and
    ``--show-completion`` ask it which shell this is. (``importlib.util.LazyLoader`` does not
    help: the ``import`` statement itself reads ``__spec__`` and so triggers the load.)
    """
    if name not in sys.modules:
        sys.modules[name] = Deferred(name)


class Deferred(ModuleType):
    """Stands in for a module until an attribute is read, then becomes a view of it."""

    def __getattr__(self, attr: str) -> object:
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)


def build_command(args: list[str], environ: Mapping[str, str] = os.environ) -> click.Command:
    """The Click command for this run, building only the subcommands it can reach.

    Typer turns every command's signature into Click parameters up front (inspect, type hints,
    converters), about 0.35 ms a command. A run that names its subcommand gets a group holding
    just that one (same options, help and errors); completion gets the subcommands whose names
    it may offer; ``--help``, no arguments and unknown names get them all.
    """
    import typer.main

    from interpol_cli.cli import app

    wanted = reachable(args, environ)
    commands = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and (info.name or typer.main.get_command_name(info.callback.__name__)) in wanted
    ]
    if not wanted or not commands:
        return typer.main.get_command(app)
    slim = copy.copy(app)
    if isinstance(wanted, Prefix):  # a command's name is being completed: only names are read
        commands = [_named_only(info) for info in commands]
    slim.registered_commands = commands
    return typer.main.get_command(slim)


def plain_completion_help() -> None:
    """zsh and fish show each option's help beside it, and Typer passes that help through a
    rich Console to drop markup (``_completion_classes._sanitize_help_text``, a module global
    its shells call). That loaded rich on every Tab (45 ms) and wrapped the help at the
    console's width: fish offered the wrapped-off end of a line ("piped.") as a completion of
    its own, and zsh showed the help broken. This program's help is plain text
    (``rich_markup_mode=None``): it goes out as it is, on one line."""
    import typer._completion_classes as classes

    classes._sanitize_help_text = _one_line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _named_only(info: typer.models.CommandInfo) -> typer.models.CommandInfo:
    """A copy of ``info`` for a command whose name Tab is completing: Click offers the name and
    the short help, nothing of the parameters, which are the costly part of building it. The
    stand-in callback keeps the name and the docstring that the name and help come from."""
    real = info.callback
    assert real is not None

    def named() -> None:
        """Never run: completion only prints."""

    named.__name__, named.__qualname__, named.__doc__ = real.__name__, real.__name__, real.__doc__
    stand_in = copy.copy(info)
    stand_in.callback = named
    return stand_in


def completing(environ: Mapping[str, str]) -> str:
    """The completion a shell asks for (``complete_bash``, ``complete_zsh``…), else "": Click
    completes only then, and runs the command as usual when the variable is empty or says
    ``source_…``."""
    shell = environ.get(COMPLETE_VAR, "")
    return shell if shell.startswith("complete_") else ""


def _check_bash_words(environ: Mapping[str, str]) -> None:
    # Typer reads both with int() and [], which would end as an internal error.
    if "COMP_WORDS" not in environ or not environ.get("COMP_CWORD", "").strip().isdigit():
        raise UsageProblem(
            f"bash completion ({COMPLETE_VAR}=complete_bash) needs COMP_WORDS, and the "
            "number of the word being completed in COMP_CWORD."
        )


def reachable(args: list[str], environ: Mapping[str, str]) -> Container[str]:
    """Names of the subcommands this run can use; empty when it may need any of them."""
    shell = completing(environ)
    if shell:
        if shell == "complete_bash":  # the words, and the index of the one completed
            words = environ.get("COMP_WORDS", "").split()
            try:
                cword = int(environ.get("COMP_CWORD", ""))
            except ValueError:
                return ()
        else:  # zsh and fish: the line so far, ending in a space when a new word starts
            line = environ.get("_TYPER_COMPLETE_ARGS", "")
            words = line.split()
            cword = len(words) if line.endswith(" ") or not words else len(words) - 1
        if cword == 1:  # completing the subcommand's name: the ones it starts
            prefix = words[1] if len(words) > 1 else ""
            return Prefix(prefix)
        return (words[1],) if len(words) > 1 and not words[1].startswith("-") else ()
    for arg in args:
        if arg in ("--", "-h", "--help"):  # help before a command's name is the top level's
            return ()
        if not arg.startswith("-"):
            return (arg,)
    return ()


class Prefix:
    """Every name starting with ``prefix`` (the word being completed)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.startswith(self.prefix)

    def __bool__(self) -> bool:
        return True
