"""Making text a user typed safe to echo back: no escapes, no BiDi overrides, no runaway length."""

from __future__ import annotations

import re

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
