"""The failures a user can act on, each carrying its documented exit code.

``__main__`` catches :class:`Problem` and prints one sentence, ``interpol-cli: <sentence>``, then
exits with ``exit_code``. This module imports nothing but ``exits``, so any module can raise
from it without loading another (no import cycles, no start-up cost).
"""

from __future__ import annotations

from interpol_cli import exits


class Problem(Exception):
    """Something the user can fix or must know about: one sentence, one exit code."""

    exit_code: int = exits.DATA

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:  # a Click error's own code, kept as Click chose it
            self.exit_code = exit_code

    def sentence(self) -> str:
        """What stderr shows: the program's name, then the message."""
        return f"interpol-cli: {self}"


class UsageProblem(Problem):
    """A bad option, argument or environment value (exit 2)."""

    exit_code = exits.USAGE


class HelpInstead(UsageProblem):
    """No arguments: the help is shown on stderr as it is, and the exit code is 2."""

    def sentence(self) -> str:
        return str(self)


class DataProblem(Problem):
    """The article is missing, unreadable or not what it should be (exit 3)."""


class OutputProblem(Problem):
    """The output stream cannot hold the text, or cannot be written (exit 3)."""
