"""Search normalisation for Arabic and English, with a map back to original offsets.

The same function is applied to queries and to the text searched, and every normalised
character remembers which original character it came from, so matches are always shown
as original text.

Arabic (as in CAMeL Tools and Lucene's ArabicNormalizer): alef variants أ إ آ ٱ
become ا, ى becomes ي, ة becomes ه, harakat (U+064B–U+0652, U+0670) and the other
Arabic combining marks are dropped, and so is tatweel (U+0640). A hamza written as a
separate combining mark after و or ي is recomposed first, so decomposed input matches
the usual spelling. Persian yeh ی (often typed for ي) becomes ي.

Other scripts: case-folded, compatibility-decomposed, combining marks dropped ("Jürgen"
and "jurgen" both become "jurgen"). Any decimal digit becomes its ASCII digit. Invisible
format characters (ZWNJ, BiDi controls, soft hyphen) are dropped: they must not split a
word.

Stdlib only, and nothing is computed at import time beyond one regex: this module sits
on the CLI's fast path.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

__all__ = ["Token", "is_arabic", "normalize", "stems", "tokens"]

_ARABIC_MAP = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ (alef wasla)
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    "\u06cc": "\u064a",  # Persian yeh, often typed for ي
}
_HAMZA_ABOVE = "\u0654"
# A base letter followed by a combining hamza above is recomposed, so NFD-style input
# normalises like ordinary text (ؤ and ئ themselves are deliberately kept).
_HAMZA_SEATS = {"\u0648": "\u0624", "\u064a": "\u0626", "\u0649": "\u0626"}

# Characters whose folding is already known; filled lazily so the import stays cheap.
_FOLD_CACHE: dict[str, str] = {}

_MARKS = ("Mn", "Me")  # combining marks (Mc spacing marks are letters' vowels: kept)

# Word characters of the normalised text, minus the underscore.
_WORD_RE = re.compile(r"[^\W_]+")


def _fold_char(ch: str, depth: int = 0) -> str:
    """The normalised form of one character (may be empty or several characters)."""
    mapped = _ARABIC_MAP.get(ch)
    if mapped is not None:
        return mapped
    category = unicodedata.category(ch)
    if category in _MARKS or category == "Cf" or ch == "\u0640":
        # Harakat, U+0670 and other combining marks, tatweel, ZWJ/ZWNJ, BiDi controls.
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    if "\u0600" <= ch <= "\u06ff":
        return ch
    compat = unicodedata.normalize("NFKC", ch)
    if compat != ch and depth < 2:
        # Presentation forms and ligatures (U+FEF7 lam-alef...) fold like their letters.
        return "".join(_fold_char(c, depth + 1) for c in compat)
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) not in _MARKS)


def _fold(ch: str) -> str:
    folded = _FOLD_CACHE.get(ch)
    if folded is None:
        folded = _fold_char(ch)
        _FOLD_CACHE[ch] = folded
    return folded


def normalize(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalise ``text`` for searching.

    Returns the normalised text and, for each of its characters, the offset in ``text``
    of the character it came from. The offsets are non-decreasing (one original
    character may expand to several, e.g. "ß" -> "ss") and each is a valid index into
    ``text``.
    """
    norm, offsets, _ = _normalize(text)
    return norm, offsets


def _normalize(text: str) -> tuple[str, tuple[int, ...], bool]:
    """``normalize`` plus whether the offsets are simply 0, 1, 2... (nothing dropped or
    expanded), which lets ``tokens`` skip the offset map."""
    if _HAMZA_ABOVE in text:
        # Rare slow path: look one character ahead to recompose و/ي + combining hamza.
        out: list[str] = []
        offsets: list[int] = []
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            if i + 1 < n and text[i + 1] == _HAMZA_ABOVE and ch in _HAMZA_SEATS:
                out.append(_HAMZA_SEATS[ch])
                offsets.append(i)
                i += 2
                continue
            folded = _fold(ch)
            out.append(folded)
            offsets.extend([i] * len(folded))
            i += 1
        return "".join(out), tuple(offsets), False
    # Fast path (the search normalises whole documents): fold each distinct character
    # once, then let C-level map/join do the per-character work.
    present = set(text)
    for ch in present.difference(_FOLD_CACHE):
        _fold(ch)
    pieces = list(map(_FOLD_CACHE.__getitem__, text))
    norm = "".join(pieces)
    if len(norm) == len(text) and all(len(_FOLD_CACHE[ch]) == 1 for ch in present):
        return norm, tuple(range(len(text))), True
    if all(len(_FOLD_CACHE[ch]) <= 1 for ch in present):
        return norm, tuple([i for i, f in enumerate(pieces) if f]), False
    expanded = chain.from_iterable(repeat(i, len(f)) for i, f in enumerate(pieces))
    return norm, tuple(expanded), False


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its normalised form and its ``[start, end)`` in the ORIGINAL text."""

    norm: str
    start: int
    end: int


def _is_mark(ch: str) -> bool:
    return ch == "\u0640" or unicodedata.category(ch) in _MARKS


def tokens(text: str) -> list[Token]:
    """Split ``text`` into words (runs of letters and digits, after normalisation)."""
    norm, offsets, identity = _normalize(text)
    n = len(text)
    if identity:
        # Nothing dropped or expanded: normalised offsets are original offsets.
        return [Token(m.group(), *m.span()) for m in _WORD_RE.finditer(norm)]
    m_len = len(norm)
    result: list[Token] = []
    for match in _WORD_RE.finditer(norm):
        s, e = match.span()
        start = offsets[s]
        end = offsets[e - 1] + 1
        # Take in a final haraka or tatweel so the span covers the whole written word (but
        # not a trailing invisible control, which belongs to no word). Only needed where
        # characters were dropped right after the word.
        limit = offsets[e] if e < m_len else n
        while end < limit and _is_mark(text[end]):
            end += 1
        result.append(Token(match.group(), start, end))
    return result


def is_arabic(word: str) -> bool:
    """Whether ``word`` starts with a character of the Arabic block."""
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


# Clitic prefixes with the shortest stem each may leave: an optional conjunction (و ف),
# an optional preposition (ب ك ل) and an optional article (ال); ل + ال is written لل.
# Without an article the letter often belongs to the word itself (وقت, بين), so 3
# letters must be left; after an article 2 are enough. Shortest prefix first.
_PREFIXES: tuple[tuple[str, int], ...] = (
    ("و", 3),
    ("ف", 3),
    ("ب", 3),
    ("ك", 3),
    ("ل", 3),
    ("ال", 2),
    ("لل", 2),
    ("وب", 3),
    ("وك", 3),
    ("ول", 3),
    ("فب", 3),
    ("فك", 3),
    ("فل", 3),
    ("وال", 2),
    ("فال", 2),
    ("بال", 2),
    ("كال", 2),
    ("ولل", 2),
    ("فلل", 2),
    ("وبال", 2),
    ("وكال", 2),
    ("فبال", 2),
    ("فكال", 2),
)


@lru_cache(maxsize=65536)
def stems(token_norm: str) -> tuple[str, ...]:
    """The token itself, then its clitic-stripped variants (shortest prefix first).

    Only Arabic tokens have variants; e.g. "للانتربول" gives ("للانتربول", "لانتربول",
    "انتربول"). ``token_norm`` must already be normalised.
    """
    if not is_arabic(token_norm):
        return (token_norm,)
    found = [token_norm]
    for prefix, min_left in _PREFIXES:
        if token_norm.startswith(prefix) and len(token_norm) - len(prefix) >= min_left:
            stem = token_norm[len(prefix) :]
            if stem not in found:
                found.append(stem)
    return tuple(found)
