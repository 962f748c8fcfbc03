"""Entry point: runs the Typer app and turns every failure into a message and an exit code.

No traceback reaches a user: usage errors exit 2, data and output problems 3, Ctrl-C 130,
a closed pipe 141, and anything unforeseen 70 with a one-line message
(``INTERPOL_CLI_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Container, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from interpol_cli import exits

if TYPE_CHECKING:
    from typer._click import core as click

COMPLETE_VAR = "_INTERPOL_CLI_COMPLETE"  # set by the shell completion scripts Typer writes


def run(argv: Sequence[str] | None = None) -> int:
    # A run creates tens of thousands of objects that all live until exit (Typer, Click, the
    # knowledge base) and hardly any cycles: the collector's passes are pure start-up cost.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _guarded(list(sys.argv[1:] if argv is None else argv))
    finally:
        if collecting:
            gc.enable()


def _guarded(args: list[str]) -> int:
    try:
        return _run(args)
    except BrokenPipeError:
        _silence_stdout()
        return exits.BROKEN_PIPE
    except KeyboardInterrupt:
        return exits.INTERRUPTED
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if os.environ.get("INTERPOL_CLI_DEBUG"):
            raise
        from interpol_cli.text import printable

        _say(
            f"interpol-cli: internal error ({type(exc).__name__}: {printable(str(exc), 200)}); "
            "please report it. Set INTERPOL_CLI_DEBUG=1 to see the details.",
        )
        return exits.INTERNAL


def _run(args: list[str]) -> int:
    # env, output and text load only when there is something to say: completion and --help
    # never need them, and each costs start-up.
    for position, arg in enumerate(args, 1):
        if any("\ud800" <= ch <= "\udfff" for ch in arg):
            try:
                # Under LC_ALL=C without UTF-8 mode argv is decoded as ASCII: UTF-8 bytes arrive
                # as surrogates too. Only bytes that are not UTF-8 at all are an error.
                args[position - 1] = os.fsencode(arg).decode("utf-8")
            except UnicodeError:
                _say(f"interpol-cli: argument {position} is not valid UTF-8 text.")
                return exits.USAGE
    _defer("shellingham")
    from typer._click import exceptions as click_exc

    command = _command(args)
    try:
        rv = command.main(args=args, prog_name="interpol-cli", standalone_mode=False)
    except SystemExit as exc:
        # Typer answers EPIPE with sys.exit(1), which means "nothing found" here: use 141.
        if isinstance(exc.__context__, BrokenPipeError):
            raise exc.__context__ from None
        raise
    except UnicodeEncodeError:  # help or --version on a stdout that cannot hold them (cp1252)
        from interpol_cli.env import Environment
        from interpol_cli.output import encoding_advice

        _say(f"interpol-cli: {encoding_advice(Environment.from_process().stdout_encoding)}")
        return exits.DATA
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        # A full disk, a closed stdout: say so (exit 3), and drop what is still buffered.
        from interpol_cli.text import printable

        where = f"cannot read {printable(str(exc.filename))}" if exc.filename else ""
        if not where:
            _silence_stdout()
        _say(f"interpol-cli: {where or 'cannot write the output'}: {exc.strerror or exc}.")
        return exits.DATA
    except click_exc.NoArgsIsHelpError as exc:  # the help itself, not squeezed into one line
        _say(exc.format_message())
        return exits.USAGE
    except click_exc.UsageError as exc:
        hint = ""
        if exc.ctx is not None:
            hint = f"\nTry '{exc.ctx.command_path} --help' for help."
        _say(f"interpol-cli: {_usage_text(exc)}{hint}")
        return exits.USAGE
    except click_exc.ClickException as exc:
        _say(f"interpol-cli: {exc.format_message()}")
        return exc.exit_code
    except Exception as exc:
        if _raised(exc, ("interpol_cli.env", "UsageProblem")):
            _say(f"interpol-cli: {exc}")
            return exits.USAGE
        if not _data_problem(exc):
            raise
        _say(f"interpol-cli: {exc}")
        return exits.DATA
    return rv if isinstance(rv, int) else 0


def _say(text: str) -> None:
    from interpol_cli.env import Environment
    from interpol_cli.output import message

    message(Environment.from_process(), text)


def _data_problem(exc: Exception) -> bool:
    """Whether ``exc`` is an article or output problem (exit 3).

    Only a module that was imported can have raised its error, so this looks the classes up in
    ``sys.modules`` rather than importing the article (hashlib, pathlib) on every run.
    """
    return _raised(
        exc, ("interpol_cli.output", "OutputProblem"), ("interpol_cli.article", "ArticleError")
    )


def _raised(exc: Exception, *classes: tuple[str, str]) -> bool:
    """Whether ``exc`` is one of ``(module, class)``, without importing a module not loaded."""
    for module, name in classes:
        loaded = sys.modules.get(module)
        if loaded is not None and isinstance(exc, getattr(loaded, name)):
            return True
    return False


def _defer(name: str) -> None:
    """Load module ``name`` on first use instead of at import.

    Typer imports shellingham at start-up, but only ``--install-completion`` and
    ``--show-completion`` ask it which shell this is. (``importlib.util.LazyLoader`` does not
    help: the ``import`` statement itself reads ``__spec__`` and so triggers the load.)
    """
    if name not in sys.modules:
        sys.modules[name] = _Deferred(name)


class _Deferred(ModuleType):
    """Stands in for a module until an attribute is read, then becomes a view of it."""

    def __getattr__(self, attr: str) -> object:
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)


def _command(args: list[str]) -> click.Command:
    """The Click command for this run, building only the subcommands it can reach.

    Typer turns every command's signature into Click parameters up front (inspect, type hints,
    converters), about 0.35 ms a command. A run that names its subcommand gets a group holding
    just that one (same options, help and errors); completion gets the subcommands whose names
    it may offer; ``--help``, no arguments and unknown names get them all.
    """
    import copy

    import typer.main

    from interpol_cli.cli import app

    wanted = _reachable(args, os.environ)
    commands = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and (info.name or typer.main.get_command_name(info.callback.__name__)) in wanted
    ]
    if not wanted or not commands:
        return typer.main.get_command(app)
    slim = copy.copy(app)
    slim.registered_commands = commands
    return typer.main.get_command(slim)


def _reachable(args: list[str], environ: Mapping[str, str]) -> Container[str]:
    """Names of the subcommands this run can use; empty when it may need any of them."""
    if COMPLETE_VAR in environ:
        words = environ.get("COMP_WORDS", "").split()
        try:
            cword = int(environ.get("COMP_CWORD", ""))
        except ValueError:
            return ()  # zsh and fish pass their words differently: build everything
        if cword == 1:  # completing the subcommand's name: the ones it starts
            prefix = words[1] if len(words) > 1 else ""
            return _Prefix(prefix)
        return (words[1],) if len(words) > 1 and not words[1].startswith("-") else ()
    for arg in args:
        if arg == "--":
            return ()
        if not arg.startswith("-"):
            return (arg,)
    return ()


class _Prefix:
    """Every name starting with ``prefix`` (the word being completed)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.startswith(self.prefix)

    def __bool__(self) -> bool:
        return True


def _usage_text(exc: Exception) -> str:
    from interpol_cli.text import printable

    text = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return printable(text, 400)


def _silence_stdout() -> None:
    # The reader is gone: point stdout at /dev/null so the flush at exit cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # AttributeError: stdout closed (None)
        pass


def main(argv: Sequence[str] | None = None) -> NoReturn:
    code = run(argv)
    # Interpreter shutdown runs one full collection over every object, enabled or not; frozen
    # objects are skipped, and nothing is left to free in a process about to exit.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    main()
