"""Entry point: runs the Typer app and turns every failure into a message and an exit code.

No traceback reaches a user: usage errors exit 2, data and output problems 3, Ctrl-C 130,
a closed pipe 141, and anything unforeseen 70 with a one-line message
(``INTERPOL_CLI_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in this program


def run(argv: Sequence[str] | None = None) -> int:
    from interpol_cli.env import Environment
    from interpol_cli.output import message

    args = list(sys.argv[1:] if argv is None else argv)
    env = Environment.from_process()
    try:
        return _run(args)
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if os.environ.get("INTERPOL_CLI_DEBUG"):
            raise
        from interpol_cli.text import printable

        message(
            env,
            f"interpol-cli: internal error ({type(exc).__name__}: {printable(str(exc), 200)}); "
            "please report it. Set INTERPOL_CLI_DEBUG=1 to see the details.",
        )
        return INTERNAL_ERROR


def _run(args: list[str]) -> int:
    from interpol_cli.article import ArticleError
    from interpol_cli.env import Environment, UsageProblem
    from interpol_cli.output import OutputProblem, message
    from interpol_cli.text import has_surrogates

    env = Environment.from_process()
    for position, arg in enumerate(args, 1):
        if has_surrogates(arg):
            try:
                # Under LC_ALL=C without UTF-8 mode argv is decoded as ASCII: UTF-8 bytes arrive
                # as surrogates too. Only bytes that are not UTF-8 at all are an error.
                args[position - 1] = os.fsencode(arg).decode("utf-8")
            except UnicodeError:
                message(env, f"interpol-cli: argument {position} is not valid UTF-8 text.")
                return 2
    import typer.main
    from typer._click import exceptions as click_exc

    from interpol_cli.cli import app

    command = typer.main.get_command(app)
    try:
        rv = command.main(args=args, prog_name="interpol-cli", standalone_mode=False)
    except SystemExit as exc:
        # Typer answers EPIPE with sys.exit(1), which means "nothing found" here: use 141.
        if isinstance(exc.__context__, BrokenPipeError):
            raise exc.__context__ from None
        raise
    except UnicodeEncodeError:  # help or --version on a stdout that cannot hold them (cp1252)
        from interpol_cli.output import encoding_advice

        message(env, f"interpol-cli: {encoding_advice(env.stdout_encoding)}")
        return 3
    except click_exc.NoArgsIsHelpError as exc:  # the help itself, not squeezed into one line
        message(env, exc.format_message())
        return 2
    except click_exc.UsageError as exc:
        hint = ""
        if exc.ctx is not None:
            hint = f"\nTry '{exc.ctx.command_path} --help' for help."
        message(env, f"interpol-cli: {_usage_text(exc)}{hint}")
        return 2
    except click_exc.ClickException as exc:
        message(env, f"interpol-cli: {exc.format_message()}")
        return exc.exit_code
    except UsageProblem as exc:
        message(env, f"interpol-cli: {exc}")
        return 2
    except (OutputProblem, ArticleError) as exc:
        message(env, f"interpol-cli: {exc}")
        return 3
    return rv if isinstance(rv, int) else 0


def _usage_text(exc: Exception) -> str:
    from interpol_cli.text import printable

    text = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return printable(text, 400)


def _silence_stdout() -> None:
    # The reader is gone: point stdout at /dev/null so the flush at exit cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> NoReturn:
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
