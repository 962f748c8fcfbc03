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

Stdlib only. The names and their keys are precomputed (``names_index``); the types are
NamedTuples, not frozen dataclasses, which cost 0.3 ms each to define at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from interpol_cli.knowledge import ENTITIES, entity
from interpol_cli.model import Entity, EntityKind
from interpol_cli.normalize import Token, is_arabic, stems, tokens
from interpol_cli.ranking import STOP_WORDS, within_one_edit

__all__ = [
    "Mention",
    "expand_query",
    "find_entities",
    "mentions",
    "name_keys",
    "normal_name",
    "spellings",
]

# Words that join the next one into one name ("Abdel Latif", "عبد اللطيف").
_JOIN_NEXT = frozenset({"عبد", "ابو", "abd", "abdel", "abdul", "abdal", "abdoul", "abu", "abou"})
# Words that are no part of a name when looking one up ("the Lyon meeting", "al-Dkhissi").
# Dialect "of" (ديال، تبع…) may stand inside a name: "انتخابات اللجنة التنفيذية ديال الانتربول".
_NAME_STOP = STOP_WORDS | frozenset({"al", "el", "ال", "ديال", "تبع", "تاع", "بتاع", "متاع"})

_AR_SAME = str.maketrans({"غ": "ك", "ج": "ك", "ق": "ك", "ص": "س", "ط": "ت", "ض": "د", "ذ": "ز"})
_AR_VOWELS = frozenset("اويءؤئ")
_LATIN_SAME = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "u", "y": "i"})
_LATIN_VOWELS = frozenset("aeiou")
_TYPO_MIN = 5
_DEMONYM = ("ian", "an", "n")


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
    """The keys of one normalised word (Latin: with and without a demonym ending)."""
    if is_arabic(word):
        # The word without its clitics only: with the article kept, الأصوات and الأوسط share
        # the skeleton "الست".
        return frozenset({_skeleton(stems(word)[-1].translate(_AR_SAME), _AR_VOWELS)})
    folded = word.replace("ph", "f").replace("ou", "u").translate(_LATIN_SAME)
    keys = {_skeleton(folded, _LATIN_VOWELS)}
    for suffix in _DEMONYM:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            # "Moroccan", "Brazilian", "African" name their country.
            keys.add(_skeleton(folded[: -len(suffix)], _LATIN_VOWELS))
    return frozenset(keys)


def _keys_match(a: _Word, b: _Word) -> bool:
    shared = a.keys & b.keys
    # A short skeleton must be the same word: "mn" (many ~ MENA), and in Arabic three letters
    # ("است": الأصوات ~ الأوسط) are too few.
    if any(len(k) >= (4 if is_arabic(k) else 3) for k in shared):
        return True
    if shared and set(stems(a.norm)) & set(stems(b.norm)):
        return True
    # A typo is judged on the words, not their skeletons: skeletons are short, and one edit
    # between them joins unrelated words (المستوى ~ الأوسط).
    # Compared without clitics (a stripped article next to a kept one is a false edit).
    x, y = stems(a.norm)[-1], stems(b.norm)[-1]
    return len(x) >= _TYPO_MIN and len(y) >= _TYPO_MIN and within_one_edit(x, y)


class _Word(NamedTuple):
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


class _Name(NamedTuple):
    entity: Entity
    text: str
    words: tuple[_Word, ...]


def _names_of(ent: Entity) -> list[str]:
    return [ent.id.replace("_", " "), ent.name.ar, ent.name.en, *ent.aliases]


NameTable = tuple[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...]


def build_table() -> NameTable:
    """Every name and alias of every entity as its words and their keys (what
    ``names_index`` holds, precomputed by scripts/make_ask_index.py)."""
    out = []
    for ent in ENTITIES:
        for text in dict.fromkeys(_names_of(ent)):
            words = tuple((w.norm, tuple(sorted(w.keys))) for w in _words(text))
            if words:
                out.append((ent.id, text, words))
    return tuple(out)


@cache
def _names() -> tuple[_Name, ...]:
    try:
        from interpol_cli.names_index import NAMES
    except ImportError:  # being generated
        NAMES = build_table()
    return tuple(
        _Name(entity(ent_id), text, tuple(_Word(n, 0, 0, frozenset(k)) for n, k in words))
        for ent_id, text, words in NAMES
    )


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


def normal_name(text: str) -> str:
    """A name as one string of its words' normalised forms (compounds joined)."""
    return " ".join(w.norm for w in _words(text))


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


class Mention(NamedTuple):
    """A run of words in a text that names an entity (``whole``: one of its names in full)."""

    entity: str
    start: int
    end: int
    whole: bool


def _proper(name: _Name) -> bool:
    """Whether single words of this name identify the entity: any word of a person's name
    ("Dkhissi", "محمد"), and one-word names ("Interpol", "غلاسكو"); not a word of a longer
    name of a body or a place ("police" is not the Brazilian police, "المنطقة" not MENA)."""
    return name.entity.kind is EntityKind.PERSON or len(name.words) == 1


@cache
def _name_words() -> tuple[dict[str, tuple[_Word, ...]], tuple[tuple[str, str], ...]]:
    """Every distinct word of every name by key, and (clitic-free stem, word) pairs for typos."""
    distinct = {w.norm: w for name in _names() for w in name.words}
    by_key: dict[str, list[_Word]] = {}
    for w in distinct.values():
        for k in w.keys:
            by_key.setdefault(k, []).append(w)
    bare = tuple((stems(n)[-1], n) for n in distinct if len(stems(n)[-1]) >= _TYPO_MIN)
    return {k: tuple(v) for k, v in by_key.items()}, bare


def _matching(word: _Word) -> frozenset[str]:
    """The name words (normalised) that ``word`` may be a spelling of (see ``_keys_match``).
    A common word in a name ("الانتخابات", "police") must be that word: skeletons and typos
    are for proper names (the skeleton of the verb انتخبت is that of the noun انتخابات)."""
    by_key, bare = _name_words()
    own = set(stems(word.norm))
    out = {
        w.norm
        for k in word.keys
        for w in by_key.get(k, ())
        if _keys_match(word, w) and (w.norm not in _common() or own & set(stems(w.norm)))
    }
    x = stems(word.norm)[-1]
    if len(x) >= _TYPO_MIN:
        out.update(
            n
            for y, n in bare
            if n not in _common() and abs(len(x) - len(y)) <= 1 and within_one_edit(x, y)
        )
    return frozenset(out)


@cache
def _common() -> frozenset[str]:
    """Words of names that are common words of the language (from ``vocab``)."""
    try:
        from interpol_cli.names_index import COMMON
    except ImportError:  # being generated
        return build_common()
    return COMMON


def build_common() -> frozenset[str]:
    from interpol_cli import vocab

    words = {t.norm for group in vocab.CONCEPTS.values() for w in group.split() for t in tokens(w)}
    words |= {t.norm for w in vocab.FILLERS for t in tokens(w)}
    in_names = {w.norm for name in _names() for w in name.words}
    # A place's adjective ("المغربي" in "العاهل المغربي") describes; it names no one.
    places = {w.norm for n in _names() if n.entity.kind is EntityKind.PLACE for w in n.words}
    adjectives = {w for w in in_names if w.endswith("ي") and w[:-1] in places}
    return frozenset(
        w
        for w in in_names
        if w in words or any(s in words for s in stems(w)) or w in STOP_WORDS or w in adjectives
    )


def mentions(text: str, skip: str | None = None) -> list[Mention]:
    """Every entity named in ``text``: the longest name at each place, then single words
    of people's names and one-word names ("Dkhissi", "غلاسكو"). ``skip``: an entity whose
    own names are not looked for (to find the names inside its name)."""
    words = _words(text)
    matched = [_matching(w) for w in words]
    found: list[Mention] = []
    taken: dict[int, tuple[int, int]] = {}  # word index -> the name span that took it
    # Whole names, longest first; names of the same length may share a span ("General
    # Assembly" is the body and its 92nd session).
    present = frozenset().union(*matched)
    for name in _names_longest_first():
        first = name.words[0].norm
        if first not in present or name.entity.id == skip:
            continue  # most names: their first word is nowhere in the text
        n = len(name.words)
        for i in range(len(words) - n + 1):
            if first not in matched[i]:
                continue
            span = (i, i + n)
            if any(taken.get(j, span) != span for j in range(i, i + n)):
                continue
            if all(name.words[k].norm in matched[i + k] for k in range(1, n)):
                found.append(Mention(name.entity.id, words[i].start, words[i + n - 1].end, True))
                taken.update((j, span) for j in range(i, i + n))
    # Single proper words ("Urquiza", "محمد"): every entity they may name.
    for i, w in enumerate(words):
        if i in taken or len(w.norm) < 3 or not matched[i]:
            continue
        for name in _names():
            if name.entity.id == skip:
                continue
            if _proper(name) and any(nw.norm in matched[i] for nw in name.words):
                found.append(Mention(name.entity.id, w.start, w.end, False))
    # A place's adjective ("المغربية", "الأفريقية", "البرازيلي"): the place.
    named_at = {(m.start, m.end) for m in found}
    for i, w in enumerate(words):
        if i in taken or (w.start, w.end) in named_at:
            continue
        place = adjective_of(w.norm)
        if place is not None and place != skip:
            found.append(Mention(place, w.start, w.end, False))
    return list(dict.fromkeys(found))


def adjective_of(word: str) -> str | None:
    """The place an Arabic adjective is of (ي or ية after the place's name), or None."""
    if not is_arabic(word):
        return None
    for st in stems(word):
        for ending in ("يه", "ي"):
            base = st[: -len(ending)]
            if st.endswith(ending) and len(base) >= 3:
                place = _place_words().get(base)
                if place is not None:
                    return place
    return None


@cache
def _place_words() -> dict[str, str]:
    """The one-word Arabic names of places as their adjectives are built on them, without the
    article or a final alef ("مغرب", "فرنس") -> the place."""
    out: dict[str, str] = {}
    for name in _names():
        word = name.words[0].norm
        if name.entity.kind is not EntityKind.PLACE or len(name.words) != 1 or not is_arabic(word):
            continue
        base = word[2:] if word.startswith("ال") else word
        for ending in ("يا", "ا"):  # فرنسا ~ فرنسي, أفريقيا ~ أفريقي
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                base = base[: -len(ending)]
                break
        out.setdefault(base, name.entity.id)
    return out


@cache
def _names_longest_first() -> tuple[_Name, ...]:
    return tuple(sorted(_names(), key=lambda n: -len(n.words)))


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
