"""Entity resolution: which person, organisation, place or event a piece of text names.

One mechanism for ``facts --about``, ``search`` and ``ask``, so every spelling of one entity
finds the same things. A name is compared word by word on *name keys*: the word's consonant
skeleton after normalisation (``normalize``), so the spellings people actually type meet:

* Arabic: clitics and the article are stripped (للأنتربول ~ الإنتربول); long vowels and hamza
  seats inside the word are dropped; the letters a foreign g or q is written with (غ ج ق ك)
  are one letter (غلاسكو ~ جلاسكو ~ غلاسغو); compounds with عبد / أبو are one word whether
  written joined or apart (عبد اللطيف ~ عبداللطيف).
* Latin: accents and case are folded; vowels after the first letter are dropped and doubled
  letters collapse (Dkhissi ~ Dakhissi, Mohammad ~ Mohammed ~ Mohamed); c / q / k and s / z
  are one letter (Urquiza ~ Urquisa); Abdel Latif ~ Abdellatif.
* A word of five letters or more may be one edit away (a typo).

Stdlib only, built lazily from the knowledge on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from interpol_cli.knowledge import ENTITIES
from interpol_cli.model import Entity, EntityKind
from interpol_cli.normalize import Token, is_arabic, stems, tokens
from interpol_cli.search import STOP_WORDS, within_one_edit

__all__ = ["Mention", "expand_query", "find_entities", "mentions", "name_keys", "spellings"]

# Words that join the next one into one name ("Abdel Latif", "عبد اللطيف").
_JOIN_NEXT = frozenset({"عبد", "ابو", "abd", "abdel", "abdul", "abdal", "abdoul", "abu", "abou"})
# Words that are no part of a name when looking one up ("the Lyon meeting", "al-Dkhissi").
_NAME_STOP = STOP_WORDS | frozenset({"al", "el", "ال"})

_AR_SAME = str.maketrans({"غ": "ك", "ج": "ك", "ق": "ك", "ص": "س", "ط": "ت", "ض": "د", "ذ": "ز"})
_AR_VOWELS = frozenset("اويءؤئ")
_LATIN_SAME = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "u", "y": "i"})
_LATIN_VOWELS = frozenset("aeiou")
_TYPO_MIN = 5


def _skeleton(word: str, vowels: frozenset[str]) -> str:
    out: list[str] = []
    for i, ch in enumerate(word):
        if i and ch in vowels:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


@cache
def name_keys(word: str) -> frozenset[str]:
    """The keys of one normalised word (several for Arabic: with and without its clitics)."""
    if is_arabic(word):
        return frozenset(_skeleton(s.translate(_AR_SAME), _AR_VOWELS) for s in stems(word))
    folded = word.replace("ph", "f").replace("ou", "u").translate(_LATIN_SAME)
    return frozenset({_skeleton(folded, _LATIN_VOWELS)})


def _keys_match(a: _Word, b: _Word) -> bool:
    if a.keys & b.keys:
        return True
    # A typo is judged on the words, not their skeletons: skeletons are short, and one edit
    # between them joins unrelated words (المستوى ~ الأوسط).
    # Compared without clitics (a stripped article next to a kept one is a false edit).
    x, y = stems(a.norm)[-1], stems(b.norm)[-1]
    return len(x) >= _TYPO_MIN and len(y) >= _TYPO_MIN and within_one_edit(x, y)


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a name (compounds joined), with the original text it spans."""

    norm: str
    start: int
    end: int
    keys: frozenset[str]


def _word(norm: str) -> _Word:
    return _Word(norm, 0, len(norm), name_keys(norm))


def _words(text: str) -> list[_Word]:
    toks: list[Token] = tokens(text)
    out: list[_Word] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.norm in _JOIN_NEXT and i + 1 < len(toks):
            nxt = toks[i + 1]
            joined = tok.norm + nxt.norm
            out.append(_Word(joined, tok.start, nxt.end, name_keys(joined)))
            i += 2
            continue
        if tok.norm not in _NAME_STOP:
            out.append(_Word(tok.norm, tok.start, tok.end, name_keys(tok.norm)))
        i += 1
    return out


@dataclass(frozen=True, slots=True)
class _Name:
    entity: Entity
    text: str
    words: tuple[_Word, ...]


def _names_of(ent: Entity) -> list[str]:
    return [ent.id.replace("_", " "), ent.name.ar, ent.name.en, *ent.aliases]


@cache
def _names() -> tuple[_Name, ...]:
    out = []
    for ent in ENTITIES:
        for text in dict.fromkeys(_names_of(ent)):
            words = tuple(_words(text))
            if words:
                out.append(_Name(ent, text, words))
    return tuple(out)


def _covers(wanted: Sequence[_Word], name: _Name) -> tuple[bool, bool]:
    """(every wanted word is a word of the name, and every word of the name is wanted)."""
    used: set[int] = set()
    for w in wanted:
        hit = next(
            (j for j, n in enumerate(name.words) if j not in used and _keys_match(w, n)),
            None,
        )
        if hit is None:
            return False, False
        used.add(hit)
    return True, len(used) == len(name.words)


def find_entities(text: str) -> list[Entity]:
    """Entities ``text`` names: those it names in full, else those it names in part.

    "للأنتربول", "الإنتربول" and "Interpol" name Interpol in full (and the Interpol General
    Assembly only in part), so all three find exactly Interpol.
    """
    wanted = _words(text)
    if not wanted:
        return []
    full: dict[str, Entity] = {}
    part: dict[str, Entity] = {}
    for name in _names():
        inside, whole = _covers(wanted, name)
        if whole:
            full[name.entity.id] = name.entity
        elif inside:
            part[name.entity.id] = name.entity
    return list((full or part).values())


@dataclass(frozen=True, slots=True)
class Mention:
    """A run of words in a text that names an entity (``whole``: one of its names in full)."""

    entity: str
    start: int
    end: int
    whole: bool


def _proper(name: _Name) -> bool:
    """Whether single words of this name identify the entity (people and places, and
    one-word names like Interpol): "police" alone must not name the Brazilian police."""
    return name.entity.kind in (EntityKind.PERSON, EntityKind.PLACE) or len(name.words) == 1


def mentions(text: str) -> list[Mention]:
    """Every entity named in ``text``: the longest name at each place, then single words
    of people's and places' names ("Dkhissi", "غلاسكو")."""
    words = _words(text)
    found: list[Mention] = []
    taken: dict[int, tuple[int, int]] = {}  # word index -> the name span that took it
    # Whole names, longest first; names of the same length may share a span ("General
    # Assembly" is the body and its 92nd session).
    for name in sorted(_names(), key=lambda n: -len(n.words)):
        n = len(name.words)
        for i in range(len(words) - n + 1):
            span = (i, i + n)
            if any(taken.get(j, span) != span for j in range(i, i + n)):
                continue
            if all(_keys_match(words[i + k], name.words[k]) for k in range(n)):
                found.append(Mention(name.entity.id, words[i].start, words[i + n - 1].end, True))
                taken.update((j, span) for j in range(i, i + n))
    # Single proper words ("Urquiza", "محمد"): every entity they may name.
    for i, w in enumerate(words):
        if i in taken or len(w.norm) < 3:
            continue
        for name in _names():
            if _proper(name) and any(_keys_match(w, nw) for nw in name.words):
                found.append(Mention(name.entity.id, w.start, w.end, False))
    return list(dict.fromkeys(found))


@cache
def _spelling_table() -> dict[str, tuple[str, ...]]:
    """Key -> the spellings the knowledge uses for a word of a person's or place's name, in
    both scripts (the Arabic and English names of one entity align word for word)."""
    table: dict[str, list[str]] = {}
    for ent in ENTITIES:
        if ent.kind not in (EntityKind.PERSON, EntityKind.PLACE):
            continue
        ar, en = _words(ent.name.ar), _words(ent.name.en)
        if ent.kind is EntityKind.PERSON and len(ar) == len(en):
            groups = [[a.norm, e.norm] for a, e in zip(ar, en, strict=True)]
        elif len(ar) == len(en) == 1:
            groups = [[ar[0].norm, en[0].norm]]
        else:
            continue  # a many-word place name: its words are no names on their own
        for alias in ent.aliases:
            alias_words = _words(alias)
            for word in alias_words:
                match = next(
                    (g for g in groups if any(_keys_match(word, w) for w in map(_word, g))), None
                )
                if match is not None and word.norm not in match:
                    match.append(word.norm)
                elif match is None and len(alias_words) == 1:
                    groups.append([word.norm])
        for group in groups:
            for spelling in group:
                for key in name_keys(spelling):
                    table.setdefault(key, [])
                    table[key] += [s for s in group if s not in table[key]]
    return {k: tuple(v) for k, v in table.items()}


def spellings(word: str) -> tuple[str, ...]:
    """The knowledge's spellings of the name word ``word`` (normalised), in both scripts;
    empty when it is no word of a person's or place's name."""
    table = _spelling_table()
    found: list[str] = []
    for key in name_keys(word):
        found += [s for s in table.get(key, ()) if s not in found]
    if not found:
        wanted = _word(word)
        for group in dict.fromkeys(table.values()):
            if any(_keys_match(wanted, _word(s)) for s in group):
                found += [s for s in group if s not in found]
    return tuple(found)


def expand_query(text: str) -> str:
    """``text`` with each name word the knowledge spells otherwise ("Dakhissi", "عبد اللطيف",
    "جلاسكو") replaced by the knowledge's spellings of it in both scripts; other words as
    they are. Two spellings of one name so give one query."""
    toks = tokens(text)
    out: list[str] = []
    i = 0
    for word in _words(text):
        while i < len(toks) and toks[i].end <= word.start:
            out.append(toks[i].norm)
            i += 1
        group = spellings(word.norm)
        single = i < len(toks) and toks[i].start == word.start and toks[i].end == word.end
        if group and (word.norm not in group or not single):
            out += group
        else:
            out.append(word.norm)
        while i < len(toks) and toks[i].start < word.end:
            i += 1
    out += [t.norm for t in toks[i:]]
    return " ".join(out)
