"""The failures a user can act on, each carrying its documented exit code.

``__main__`` catches :class:`Problem` and prints one sentence, ``interpol-cli: <sentence>``, then
exits with ``exit_code``. This module imports nothing but ``exits`` (and ``escape`` when a
sentence is said), so any module can raise from it without loading another (no import cycles,
no start-up cost).
"""

from __future__ import annotations

from interpol_cli import exits


class Problem(Exception):
    """Something the user can fix or must know about: one sentence, one exit code."""

    exit_code: int = exits.DATA

    def __init__(
        self,
        message: str,
        *,
        exit_code: int | None = None,
        hint: str | None = None,
        arabic: str | None = None,
    ) -> None:
        super().__init__(message)
        if exit_code is not None:  # a Click error's own code, kept as Click chose it
            self.exit_code = exit_code
        self.hint = hint  # a line of the program's own after the sentence ("Try … --help")
        self.arabic = arabic  # the same sentence in Arabic, where a result reports it (verify)

    def sentence(self) -> str:
        """What stderr shows: the program's name, then the message on one line.

        The message may quote a value or a path as given (``verify``'s JSON wants the path
        exact), so it is escaped here, where it reaches the terminal."""
        from interpol_cli.escape import printable

        line = f"interpol-cli: {printable(str(self), None)}"
        return line if self.hint is None else f"{line}\n{self.hint}"


class UsageProblem(Problem):
    """A bad option, argument or environment value (exit 2)."""

    exit_code = exits.USAGE


class HelpInstead(UsageProblem):
    """No arguments: the help is shown on stderr as it is, and the exit code is 2."""

    def sentence(self) -> str:
        return str(self)  # the program's own help, laid out on several lines


class DataProblem(Problem):
    """The article is missing, unreadable or not what it should be (exit 3)."""


class OutputProblem(Problem):
    """The output stream cannot hold the text, or cannot be written (exit 3)."""
