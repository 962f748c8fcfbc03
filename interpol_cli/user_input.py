"""Text a user typed: checked before it is searched (no pasted escapes, no runaway length),
and its language guessed. Echoing it back safely is :mod:`interpol_cli.escape`."""

from __future__ import annotations

import re
from typing import Literal

from interpol_cli.errors import UsageProblem

# Longer input is refused (exit 2) instead of searched: the cost grows with words x vocabulary.
MAX_CHARS = 500
# Terminal escape sequences and control characters pasted into a question are not words.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def checked_input(text: str, what: str, example: str) -> str:
    """``text`` without pasted escapes; a usage error (exit 2) when empty or too long."""
    stripped = _ESCAPES.sub(" ", text).strip()
    if not text.strip():
        raise UsageProblem(f"the {what} is empty; give some words, e.g. {example}.")
    if not stripped:  # not empty: only escapes and controls, which are not words
        from interpol_cli.escape import printable

        raise UsageProblem(
            f"the {what} holds no searchable words, only control characters "
            f"('{printable(text.strip())}'); give some words, e.g. {example}."
        )
    if len(stripped) > MAX_CHARS:
        raise UsageProblem(
            f"the {what} is {len(stripped)} characters long; the limit is {MAX_CHARS}."
        )
    return stripped


def input_lang(text: str) -> Literal["ar", "en"]:
    """Arabic when the text has at least as many Arabic letters as Latin ones."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ar" if arabic and arabic >= latin else "en"
