"""The documented exit codes (README, ``--help``), in one place.

Plain integers rather than an IntEnum: this module is loaded on every run, Tab completion
included, and defining an enum costs start-up.
"""

from __future__ import annotations

from typing import Final

OK: Final = 0
NOTHING_FOUND: Final = 1
USAGE: Final = 2
DATA: Final = 3  # the article or the knowledge failed verification, or the output can't hold it
INTERNAL: Final = 70  # EX_SOFTWARE: a bug in this program
INTERRUPTED: Final = 130
BROKEN_PIPE: Final = 141  # as a shell reports a process ended by SIGPIPE
