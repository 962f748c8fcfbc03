"""Entry point: the exit-code policy. Runs the app and turns every failure into one sentence
on stderr and an exit code.

No traceback reaches a user: an :class:`~interpol_cli.errors.Problem` says its sentence and exits
with its code (usage 2, data and output 3), a failed write is 3, Ctrl-C 130, a closed pipe 141,
and anything unforeseen 70 with a one-line message (``INTERPOL_CLI_DEBUG=1`` shows the
traceback). How Typer is started, and which of its internals that relies on, is
:mod:`interpol_cli.typer_internals`.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import signal
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from interpol_cli import exits, typer_internals
from interpol_cli.env import Environment
from interpol_cli.errors import Problem

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None

# Set when Ctrl-C arrives during a run: whatever fails after it (a module left half imported,
# say) is the interrupt's doing, and ends as one (130, silently), not as an internal error.
_interrupted = False


def _interrupt(signum: int, frame: FrameType | None) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def run(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run the program on ``argv`` in ``env`` (this process's streams and variables when not
    given); its exit code. Tests pass an ``Environment`` of their own."""
    # A run creates tens of thousands of objects that all live until exit (Typer, Click, the
    # knowledge base) and hardly any cycles: the collector's passes are pure start-up cost.
    global _interrupted
    _interrupted = False
    collecting = gc.isenabled()
    gc.disable()
    before = None
    try:
        # Inside a run Ctrl-C raises KeyboardInterrupt, so a half-written view is closed off;
        # before and after it the program's own handler (interpol_cli/__init__) exits 130.
        before = _on_ctrl_c(_interrupt)
        if env is None:
            if sys.stdout is None:  # started with stdout closed (>&-)
                sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedStdout()), encoding="utf-8")
            env = Environment.from_process()
        return _guarded(list(sys.argv[1:] if argv is None else argv), env)
    except KeyboardInterrupt:  # while a message was said or a stream was silenced
        return exits.INTERRUPTED
    finally:
        if before is not None:
            _on_ctrl_c(before)
        if collecting:
            gc.enable()


def _on_ctrl_c(handler: _Handler) -> _Handler:
    """Make ``handler`` answer Ctrl-C; the handler it replaces (None off the main thread,
    where signals cannot be set: Ctrl-C is then left as it is)."""
    try:
        return signal.signal(signal.SIGINT, handler)
    except ValueError:
        return None


def _guarded(args: list[str], env: Environment) -> int:
    try:
        return _run_app(args, env)
    except BrokenPipeError:
        _silence_stdout(env)
        return exits.BROKEN_PIPE
    except KeyboardInterrupt:
        return exits.INTERRUPTED
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if _interrupted:
            return exits.INTERRUPTED
        if _debugging(env.environ.get("INTERPOL_CLI_DEBUG", "")):
            raise
        from interpol_cli.escape import printable

        _say(
            env,
            f"interpol-cli: internal error ({type(exc).__name__}: {printable(str(exc), 200)}); "
            "please report it. Set INTERPOL_CLI_DEBUG=1 to see the details.",
        )
        return exits.INTERNAL


def _debugging(value: str) -> bool:
    """``INTERPOL_CLI_DEBUG``: on for 1 (or any other word), off when empty, 0, false, no, off."""
    return value.strip().casefold() not in ("", "0", "false", "no", "off")


def _run_app(args: list[str], env: Environment) -> int:
    # output and escape load only when there is something to say: completion and --help
    # never need them, and each costs start-up.
    typer_internals.begin(args, env.environ)  # a message below is in the run's language
    for position, arg in enumerate(args, 1):
        if any("\ud800" <= ch <= "\udfff" for ch in arg):
            try:
                # Under LC_ALL=C without UTF-8 mode argv is decoded as ASCII: UTF-8 bytes arrive
                # as surrogates too. Only bytes that are not UTF-8 at all are an error.
                args[position - 1] = os.fsencode(arg).decode("utf-8")
            except UnicodeError:
                _say(env, f"interpol-cli: argument {position} is not valid UTF-8 text.")
                return exits.USAGE
    try:
        return typer_internals.invoke(args, env)
    except Problem as exc:  # usage, data and output problems, Click's errors among them
        _say(env, exc.sentence())
        return exc.exit_code
    except UnicodeEncodeError:  # help or --version on a stdout that cannot hold them (cp1252)
        from interpol_cli.escape import printable
        from interpol_cli.output import encoding_advice

        advice = encoding_advice(env.stdout_encoding)
        _say(env, f"interpol-cli: {printable(advice, None)}")
        return exits.DATA
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        # A full disk, a closed stdout: say so (exit 3), and drop what is still buffered.
        from interpol_cli.escape import printable

        where = f"cannot read {printable(str(exc.filename))}" if exc.filename else ""
        if not where:
            _silence_stdout(env)
        reason = printable(exc.strerror or str(exc), None)
        _say(env, f"interpol-cli: {where or 'cannot write the output'}: {reason}.")
        return exits.DATA


def _say(env: Environment, text: str) -> None:
    from interpol_cli.output import message

    message(env, typer_internals.helping().message_text(text, env))


class _ClosedStdout(io.RawIOBase):
    """A stdout the shell closed (``>&-``). Python leaves ``sys.stdout`` None there, and Click
    then drops help and ``--version`` without a word (exit 0). The first write fails with
    EBADF, as one to the closed descriptor would, so they end as a query does (exit 3); the
    rest, the flush at exit among them, are dropped."""

    failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        if not self.failed:
            self.failed = True
            raise OSError(errno.EBADF, "the stream is closed")
        return memoryview(data).nbytes


def _silence_stdout(env: Environment) -> None:
    # The reader is gone: point stdout at /dev/null so the flush at exit cannot raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, env.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a file (a test's buffer), or closed
        pass


def main(argv: Sequence[str] | None = None) -> NoReturn:
    code = run(argv)
    # Interpreter shutdown runs one full collection over every object, enabled or not; frozen
    # objects are skipped, and nothing is left to free in a process about to exit.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    main()
