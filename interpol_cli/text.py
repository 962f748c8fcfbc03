"""Text a user typed: made safe to echo back (no escapes, no BiDi overrides, no runaway
length), checked before it is searched, and its language guessed."""

from __future__ import annotations

import re
from typing import Literal

from interpol_cli.errors import UsageProblem

# C0/C1 controls (ESC among them), DEL, BiDi embeddings/overrides/isolates and marks (ALM
# U+061C too), line/paragraph separators, and lone surrogates (undecodable argv bytes arrive as
# U+DC80–U+DCFF).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
MAX_ECHO = 80


def printable(value: str, limit: int = MAX_ECHO) -> str:
    """``value`` with every unsafe character shown as ``\\uXXXX`` and cut to ``limit`` chars."""
    safe = _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


# Longer input is refused (exit 2) instead of searched: the cost grows with words x vocabulary.
MAX_CHARS = 500
# Terminal escape sequences and control characters pasted into a question are not words.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def checked_input(text: str, what: str, example: str) -> str:
    """``text`` without pasted escapes; a usage error (exit 2) when empty or too long."""
    stripped = _ESCAPES.sub(" ", text).strip()
    if not stripped:
        raise UsageProblem(f"the {what} is empty; give some words, e.g. {example}.")
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
