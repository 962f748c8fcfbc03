"""``ask``: a question in Arabic or English, answered from the facts, with proof — or refused.

``answer(question)`` never guesses. It works in three steps:

1. **Understanding** (``parse_question``): what is asked for (a person or body, a date, a
   place, a country, a number, a duration, an ordinal, a post, a reason, a definition, what
   someone did, a thing; a list when the facts give several; yes or no), read from question
   words in Modern Standard Arabic and the dialects and from type nouns ("which country",
   "أي جهة"); about what — the entities the question names, in any spelling
   (``interpol_cli.names``), which are constraints, never answers; and the remaining content
   words, with synonyms folded into concepts (``interpol_cli.vocab``, the one home of the
   words). A two-part question ("where … and when?") becomes two questions; words before a
   dash or colon only set the scene.
2. **Finding**: every fact is scored on the content words it covers (its own statement counts
   more than its evidence and the descriptions of the entities it is about, which is how "the
   new secretary general" or "the man who won" reach the right person's facts) and must be
   related to every entity named. A content word that matches nothing in the knowledge is
   never dropped silently (``_triaged``): read in another form (a dialect or future verb, a
   pronoun ending, a typo), dropped when it carries no topic ("amounts to", "according to",
   dialect particles), "not in the article" when it does ("Asia", "age", "born", "the
   runner-up"), and otherwise dropped only with a margin (the answer must cover every other
   word). A false premise of a yes/no question ("a third term?") is answered "No" with what
   the article has.
3. **Answering**: the fact must hold an answer of the asked type that the question does not
   already give; the short answer is that (a date label, a place, a country, a name…). Lists
   and two-part questions get a first record that holds the whole answer, then one record per
   item; yes/no questions answer "Yes" with the proof, or "No" with what the article says
   instead ("No — Glasgow, not Lyon").

Stdlib only (plus the project's own light modules); the fact documents and word tables are
precomputed (``ask_index``), and the types are NamedTuples, not frozen dataclasses, which cost
0.3 ms each to define at start-up.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial
from typing import Any, Literal, NamedTuple, TypeVar, cast

from interpol_cli import names, queries, vocab
from interpol_cli.escape import printable
from interpol_cli.knowledge import ENTITIES, FACTS, entity
from interpol_cli.model import (
    DateValue,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    FactKind,
    Lang,
    Status,
    Text,
)
from interpol_cli.normalize import is_arabic, stems, tokens
from interpol_cli.ranking import EXACT, PREFIX, STEM, STOP_WORDS, TYPO, within_one_edit
from interpol_cli.record import replace
from interpol_cli.results import Column, Columns, Record, Result, Span
from interpol_cli.user_input import checked_input, input_lang
from interpol_cli.vocab import AnswerType

__all__ = ["NOT_IN_ARTICLE", "Question", "answer", "answers", "parse_question", "question_lang"]

_T = TypeVar("_T")

MAX_ANSWERS = 3
ANSWER_SPREAD = 0.4  # further answers score at most this much below the best
SECONDARY = 0.7  # weight of words from the evidence, against the fact's own statement
RELATED = STEM  # quality of a match between related concepts (voted ~ elected)
EPITHET = 0.5  # weight of what the facts say about the entities a fact is about

NOT_IN_ARTICLE = Text(
    ar="ليس في الخبر: لا شيء في الخبر يجيب عن هذا السؤال.",
    en="Not in the article: nothing in the report answers this question.",
)

# --- the precomputed index ----------------------------------------------------------------------
# Everything ``ask`` derives from the vocabulary and the knowledge (normalised word tables, the
# facts as weighted documents, what each fact is related to) is built once, by
# ``scripts/make_ask_index.py``, into the generated module ``interpol_cli/ask_index.py``; a test
# fails when it is stale. ``build_index`` computes it from the sources.

_LIVE: dict[str, Any] | None = None  # while building: the tables computed so far


def _ix(name: str, build: Callable[[], _T]) -> _T:
    if _LIVE is not None:
        if name not in _LIVE:
            _LIVE[name] = build()
        return cast(_T, _LIVE[name])
    return cast(_T, _loaded()[name])


@cache
def _loaded() -> dict[str, Any]:
    from interpol_cli.ask_index import INDEX

    return INDEX


INDEX_NAMES = (
    "concepts",
    "phrases",
    "fillers",
    "question_words",
    "type_nouns",
    "wordsets",
    "opposites",
    "related_concepts",
    "epithet_words",
    "holds_post_in",
    "kin",
    "documents",
    "related",
    "related_no_posts",
    "related_strict",
    "stem_index",
    "sorted_stems",
    "latin_words",
    "value_words",
)


def build_index() -> dict[str, Any]:
    """The index computed from the vocabulary and the knowledge (what ``ask_index`` holds)."""
    global _LIVE
    _LIVE = {}
    try:
        for name in INDEX_NAMES:
            _BUILDERS[name]()
        return {name: _LIVE[name] for name in INDEX_NAMES}
    finally:
        _LIVE = None
        for fn in _CACHED:
            fn.cache_clear()


# --- words --------------------------------------------------------------------------------------


def _norm_word(word: str) -> str:
    toks = tokens(word)
    return toks[0].norm if toks else ""


def _norm_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(phrase))


def _concept_of() -> dict[str, str]:
    """Normalised word -> concept tag."""

    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        for tag, words in vocab.CONCEPTS.items():
            for word in words.split():
                table[_norm_word(word)] = tag
        return table

    return _ix("concepts", build)


Phrase = tuple[tuple[str, ...], tuple[str, ...]]


def _phrases() -> dict[str, tuple[Phrase, ...]]:
    def build() -> dict[str, tuple[Phrase, ...]]:
        by_first: dict[str, list[Phrase]] = {}
        for phrase, out in vocab.PHRASES:
            words = _norm_phrase(phrase)
            by_first.setdefault(words[0], []).append((words, tuple(out.split())))
        return {w: tuple(sorted(p, key=lambda item: -len(item[0]))) for w, p in by_first.items()}

    return _ix("phrases", build)


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_norm_word(w) for w in words)


_WORDSETS: dict[str, Callable[[], Iterable[str]]] = {
    "pure_type": lambda: vocab.PURE_TYPE_WORDS,
    "date_start": lambda: vocab.DATE_START,
    "date_end": lambda: vocab.DATE_END,
    "do_present": lambda: vocab.DO_PRESENT,
    "do_past": lambda: vocab.DO_PAST,
    "do": lambda: vocab.DO_PRESENT | vocab.DO_PAST,
    "other": lambda: vocab.OTHER_WORDS,
    "plural": lambda: vocab.PLURAL_NOUNS.split(),
    "people": lambda: vocab.PEOPLE_WORDS.split(),
    "light": lambda: vocab.LIGHT_WORDS,
    "topical": lambda: vocab.TOPICAL_WORDS,
    "demonstratives": lambda: vocab.DEMONSTRATIVES,
    "relatives": lambda: vocab.RELATIVES,
    "place_cues": lambda: vocab.PLACE_CUES,
    "openers": lambda: vocab.OPENERS,
    "pronouns": lambda: vocab.PRONOUNS,
    "days": lambda: vocab.DAY_WORDS,
    "another": lambda: vocab.ANOTHER_WORDS,
    "after": lambda: vocab.AFTER_WORDS,
    "choice": lambda: vocab.CHOICE_WORDS,
    "agent_nouns": lambda: vocab.AGENT_NOUNS,
    "paragraph": lambda: vocab.PARAGRAPH_WORDS,
    "describe": lambda: vocab.DESCRIBE_WORDS,
    **{f"paragraph_{n}": partial(str.split, words) for words, n in vocab.PARAGRAPH_PLACES},
    "link": lambda: vocab.LINK_WORDS,
    "link_asked": lambda: vocab.LINK_ASKED,
    "kind": lambda: vocab.KIND_WORDS,
    "months": lambda: vocab.MONTH_WORDS,
    "precise": lambda: vocab.PRECISE_WORDS,
    "date_nouns": lambda: vocab.DATE_NOUNS,
    "hours": lambda: vocab.HOUR_WORDS,
    "beat": lambda: vocab.BEAT_WORDS,
    "doer_verbs": lambda: vocab.DOER_VERBS,
    "person_heads": lambda: vocab.PERSON_HEADS,
    **{f"premise_{kind}": partial(str.split, words) for words, kind in vocab.FALSE_PREMISE_KINDS},
}


def _wordset(name: str) -> frozenset[str]:
    """One of the vocabulary's word sets, normalised."""
    sets: dict[str, frozenset[str]] = _ix(
        "wordsets", lambda: {k: _set(get()) for k, get in _WORDSETS.items()}
    )
    return sets[name]


def _fillers() -> frozenset[str]:
    return _ix("fillers", lambda: _set(vocab.FILLERS) | STOP_WORDS)


# Not ه alone: ة is normalised to ه, and "العامه" must not lose it.
_SUFFIXES = ("ها", "هم", "هن", "كم", "نا", "ته", "وا")
# English endings a light stemmer drops (misuse ~ misusing, guides ~ guided), longest first.
_EN_SUFFIXES = ("ing", "ed", "es", "s", "e")
# The Gulf and Levantine demonstrative ها + ال fused onto a noun, with or without a preposition.
_DEMONSTRATIVE_LEADS = ("هال", "لهال", "بهال", "فهال", "وهال")


def _variants(word: str) -> tuple[str, ...]:
    """The word, its clitic-stripped stems, and for Arabic its stems without a pronoun suffix
    ("تطويرها" ~ "تطوير")."""
    out = list(stems(word))
    if not is_arabic(word) and word.isalpha() and len(word) >= 5:
        for suffix in _EN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                out.append(word[: -len(suffix)])
                break
    if is_arabic(word):
        for s in list(out):
            for lead in _DEMONSTRATIVE_LEADS:
                if s.startswith(lead) and len(s) - len(lead) >= 3:
                    out.append("ال" + s[len(lead) :])  # Gulf هالمنصب, لهالمنصب ~ المنصب
        for s in list(out):
            if len(s) == 4 and s[0] in "يتن":
                out.append(s[1:])  # ينسق ~ نسق (the verb without its person prefix)
            if len(s) == 5 and s[0] == "ت" and s[3] == "ي":
                out.append(s[1:3] + s[4])  # تنسيق ~ نسق (the verbal noun of the root)
            if s.endswith("ا") and len(s) >= 4:
                out.append(s[:-1])  # tanween: دوراً ~ دور
            for suffix in _SUFFIXES:
                if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                    base = s[: -len(suffix)]
                    out.append(base + "ه" if suffix == "ته" else base)  # ولايته -> ولايه
    return tuple(dict.fromkeys(out))


def _matches(token_norm: str, word: str) -> bool:
    return token_norm == word or word in stems(token_norm)


class _Term(NamedTuple):
    word: str
    start: int
    end: int


def _canon(text: str) -> list[_Term]:
    """The words of ``text`` with synonyms and multi-word names replaced by concept tags."""
    toks = tokens(text)
    concept = _concept_of()
    phrases = _phrases()
    out: list[_Term] = []
    i = 0
    while i < len(toks):
        starting = [p for s in stems(toks[i].norm) for p in phrases.get(s, ())]
        for phrase, tags in sorted(starting, key=lambda item: -len(item[0])):
            n = len(phrase)
            if i + n <= len(toks) and all(_matches(toks[i + k].norm, phrase[k]) for k in range(n)):
                out.extend(_Term(tag, toks[i].start, toks[i + n - 1].end) for tag in tags)
                i += n
                break
        else:
            tok = toks[i]
            tag = next((concept[s] for s in _variants(tok.norm) if s in concept), None)
            if tag is None and is_arabic(tok.norm):
                # a dialect or future form of a word of the vocabulary (شغلو, سيخلف)
                tag = next((concept[f] for f in _forms(tok.norm) if f in concept), None)
            out.append(_Term(tag or tok.norm, tok.start, tok.end))
            i += 1
    return out


@cache
def _canon_words(text: str) -> tuple[str, ...]:
    return tuple(t.word for t in _canon(text))


# --- the question -------------------------------------------------------------------------------


class Question(NamedTuple):
    """What a question asks for, about what, under which constraints."""

    text: str
    lang: Lang
    asked: AnswerType
    terms: tuple[str, ...]  # content words (concept tags), the question proper
    context: tuple[str, ...] = ()  # words that only set the scene
    mentions: tuple[frozenset[str], ...] = ()  # entities named: each the ids it may name
    polar: bool = False  # a yes/no question
    date_part: Literal["start", "end"] | None = None
    other: bool = False  # "other candidates": the ones the article does not name
    plural: bool = False
    named: tuple[str, ...] = ()  # the words of the names the question gives
    predicate: str | None = None  # "who *nominated* the winner": the verb's concept
    copula: bool = False  # "who is …": the words describe the answer itself
    parts: tuple[Question, ...] = ()
    # Words the knowledge lacks that carry no topic were dropped: the answer must cover all
    # the rest (see ``_triaged``).
    strict: bool = False
    premise: str | None = None  # "a third term?": the kind of a false premise (yes/no only)
    counted: tuple[str, ...] = ()  # "how many *police chiefs*": what a count must be of
    described: tuple[frozenset[str], ...] = ()  # names inside a clause that describes a name
    clause: tuple[str, ...] = ()  # that clause's words (context too)
    focus: str | None = None  # the noun right after the question word: what is asked about
    # "which day": a date the article gives only to the month is no answer; "what time": no
    # date the article gives has the hour
    day: bool = False
    hour: bool = False
    inside: str | None = None  # "which Moroccan city": the place the answer must lie in
    # names set in a scene the question points back at ("…: who nominated *him*?"): one of
    # them may be unrelated to the answer's fact
    scene_names: bool = False
    # "drones *and* cryptocurrencies", "الطائرات المسيرة *و*العملات المشفرة": items of a list
    conjoined: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    link: bool = False  # "… tied to what?": the answer's fact must say the link
    # "in the paragraph about …", "حسب الفقرة الأولى": the paragraphs the answer's proof is in
    paragraphs: frozenset[int] | None = None
    describe: bool = False  # "how does the article describe X": what the facts about X say
    after: bool = False  # "after its election": the fact itself says what came after
    after_of: frozenset[str] = frozenset()  # "after the Lyon meeting": not the meeting itself
    # "besides its biometric platform": words and names the answer's fact must not be about
    excluded: tuple[str, ...] = ()
    excluded_ids: frozenset[str] = frozenset()
    kind_of: bool = False  # "what kind of response": the answer says what it is like


def question_lang(text: str) -> Lang:
    """Arabic when the question has at least as many Arabic letters as Latin ones."""
    return input_lang(text)


def _question_words() -> tuple[tuple[tuple[str, ...], AnswerType], ...]:
    def build() -> tuple[tuple[tuple[str, ...], AnswerType], ...]:
        entries = [(_norm_phrase(p), t) for p, t in vocab.QUESTION_WORDS]
        return tuple(sorted(entries, key=lambda e: -len(e[0])))

    return _ix("question_words", build)


def _type_nouns() -> dict[str, AnswerType]:
    def build() -> dict[str, AnswerType]:
        table: dict[str, AnswerType] = {}
        for words, kind in vocab.TYPE_NOUNS:
            for w in words.split():
                table[_norm_word(w)] = kind
        return table

    return _ix("type_nouns", build)


def _word_matches(tok: str, word: str) -> bool:
    return tok == word or word in stems(tok)


# Question words that are other words inside a sentence: من and ما are also "from" and "not".
_START_ONLY = frozenset(("من", "ما"))


def _find_question_word(words: Sequence[str]) -> tuple[int, int, AnswerType] | None:
    """(position, length, answer type) of the first question word."""
    forms = [set(stems(w)) for w in words]
    if words and words[0].startswith("و") and len(words[0]) > 2 and words[0] not in _fillers():
        forms[0].add(words[0][1:])  # a part that opens with "and": "وأي نوع …", "ومتى"
    for pos in range(len(words)):
        for pattern, kind in _question_words():
            n = len(pattern)
            if pos + n > len(words) or pattern[0] not in forms[pos]:
                continue
            if not all(pattern[k] in forms[pos + k] for k in range(1, n)):
                continue
            # Arabic من and ما are also "from" and "not": question words only at the start.
            if pattern[0] in _START_ONLY and n == 1 and pos > 0:
                continue
            if n == 1 and kind == "agent" and pattern[0] in _START_ONLY and pos + 1 < len(words):
                after = _find_question_word(words[pos + 1 : pos + 2])
                if after is not None and after[2] in ("thing", "number"):
                    continue  # "من أنهي بلد", "من أي دولة", "من كم لكم": from which
            return pos, n, kind
    return None


def parse_question(text: str) -> Question:
    text = checked_input(text, "question", "interpol-cli ask 'Who won the election?'")
    return _parse(text)


def _split_parts(text: str) -> list[str]:
    """A two-part question ("where … and in which country?") as its parts."""
    toks = tokens(text)
    words = [t.norm for t in toks]
    cut = next((m.end() for m in re.finditer(r"[?؟]", text) if text[m.end() :].strip()), None)
    if cut is not None:
        # "Who is the new Secretary General? What is his nationality?": two questions, unless
        # the second asks the first again in other words (see ``_restated``)
        first = _find_question_word([t.norm for t in tokens(text[:cut])])
        second = _find_question_word([t.norm for t in tokens(text[cut:])][:3])
        if (
            first is not None
            and second is not None
            and not _same_ask(_parse_one(text[:cut]), _parse_one(text[cut:]))
        ):
            return [text[:cut].strip(), text[cut:].strip()]
    for i in range(1, len(toks)):
        joined = words[i] in ("and", "و") or (is_arabic(words[i]) and words[i].startswith("و"))
        if not joined:
            continue
        rest = words[i + 1 :] if words[i] in ("and", "و") else [words[i][1:], *words[i + 1 :]]
        found = _find_question_word(rest[:3])
        # "… and when?", "… and in which country?", "… ومتى؟"
        if found is not None and found[0] <= 1 and rest[0] not in ("من", "ما"):
            first = _find_question_word(words[:i])
            if first is not None:
                return [text[: toks[i].start].strip(), text[toks[i].start :].strip()]
    return [text]


def _parse(text: str) -> Question:
    parts = _split_parts(text)
    if len(parts) == 2:
        first, second = _parse_one(parts[0]), _parse_one(parts[1])
        if not first.terms and not first.mentions:
            # "In what city and what country was the assembly held?": what the first part asks
            # about is named in the second.
            first = first._replace(terms=second.terms, mentions=second.mentions, named=second.named)
        # The second part asks about what the first named ("… and when?").
        # Its own words first and its own verb kept: "… and which body nominated him?" asks for
        # a nomination, not for the first part's election.
        second = second._replace(
            terms=second.terms or first.terms,
            mentions=tuple(dict.fromkeys(first.mentions + second.mentions)),
            named=tuple(dict.fromkeys(first.named + second.named)),
        )
        return Question(
            text,
            first.lang,
            first.asked,
            first.terms,
            first.context,
            first.mentions,
            parts=(first, second),
        )
    return _parse_one(text)


def _parse_one(text: str) -> Question:
    lang = question_lang(text)
    # Words before the last dash or colon only set the scene.
    scene_end = max((text.rfind(c) for c in vocab.SCENE_BREAKS), default=-1)
    toks = tokens(text)
    words = [t.norm for t in toks]
    found = _find_question_word(words)
    comma = -1
    if found is not None and found[0] > 0:
        # "After his election, with which bodies …", "بعد ظفره بالمنصب، مع أي جهات …": what comes
        # before a comma that precedes the question word sets the scene (unless the question
        # after it has no word of its own: "داك الاجتماع فليون، كان رقم شحال؟").
        comma = max(text.rfind(c, 0, toks[found[0]].start) for c in ",،")
    asked: AnswerType = "thing"
    consumed: set[int] = set()
    plural = False
    mentions = names.mentions(text)
    in_name = {
        k
        for k, t in enumerate(toks)
        if any(m.start <= t.start and t.end <= m.end for m in mentions)
    }
    if found is not None:
        pos, n, asked = found
        consumed.update(range(pos, pos + n))
        borne = pos > 0 and words[pos - 1] in _wordset("pure_type")
        if asked == "number" and borne and _type_noun(words[pos - 1]) == "ordinal":
            asked = "ordinal"  # "الدورة رقم كم": the number it bears
            consumed.add(pos - 1)
        before = _type_noun(words[pos - 1]) if pos > 0 and pos + n == len(words) else None
        if before is not None and (asked == "thing" or (asked, before) == ("number", "ordinal")):
            # "الانتخاب كان يوم ايه؟", "سنة كام": the type noun before a final question word.
            asked = before
            consumed.add(pos - 1)
        # A type noun right after the question word refines it ("which country", "أي جهة",
        # "which Interpol body").
        for k in range(pos + n, min(pos + n + 6, len(words))):
            if k in in_name:
                continue
            noun = next((_type_nouns()[s] for s in _variants(words[k]) if s in _type_nouns()), None)
            if noun is not None and asked == "number" and noun == "ordinal":
                if words[k] in _wordset("pure_type"):
                    # "شحال كان رقم الاجتماع", "كم رقم الدورة": the number it bears, not a count
                    asked = "ordinal"
                    consumed.add(k)
                break
            if noun is not None and asked in ("thing", "agent", "place", "date"):
                asked = _refine(asked, noun)
                plural = any(s in _wordset("plural") for s in stems(words[k]))
                if (
                    asked not in ("number", "ordinal")
                    or words[k] in _wordset("pure_type")
                    or not _term_quality(next(iter(_canon_words(words[k])), words[k]))
                ):
                    # but "how many countries", "which session": what is counted, unless the
                    # knowledge never uses the word ("which edition"): then it only says the type
                    consumed.add(k)
                break
            if words[k] in _wordset("precise"):
                continue  # "what is the *exact* date"
            if words[k] not in _fillers() and (
                asked != "thing" or k > pos + n or is_arabic(words[k])
            ):
                break  # "which police directorate": one word may stand before the type noun
    else:
        # Terse queries ("تاريخ اجتماع ليون", "interpol member count", "the host city"): a
        # type noun anywhere.
        for k, w in enumerate(words):
            if k in in_name:
                continue  # ("أمين عام": a name, not "which year")
            noun = next((_type_nouns()[s] for s in _variants(w) if s in _type_nouns()), None)
            if noun is not None:
                asked = noun
                plural = any(s in _wordset("plural") for s in stems(w))
                if noun not in ("number", "ordinal") or w in _wordset("pure_type"):
                    consumed.add(k)
                break
    if found is not None and not plural:
        # "which threats …": a plural noun right after the question word asks for a list
        after = [
            w for w in words[found[0] + found[1] : found[0] + found[1] + 3] if w not in _fillers()
        ]
        plural = bool(after) and any(s in _wordset("plural") for s in stems(after[0]))
    lead = next((k for k, w in enumerate(words) if w not in _wordset("light")), 0)
    tag_words = _yesno_tag(words)
    polar = (_is_polar(words[lead:]) or tag_words > 0) and found is None
    if polar:
        consumed.update(k + lead for k in _polar_words(words[lead:]))
        consumed.update(range(len(words) - tag_words, len(words)))
    if found is not None and found[0] > 0 and _is_polar(words[: found[0]]):
        polar = False
    lowered = set(words)
    date_part: Literal["start", "end"] | None = None
    if asked == "date":
        if lowered & _wordset("date_start"):
            date_part = "start"
        elif lowered & _wordset("date_end"):
            date_part = "end"
    # "What does X do" / "what did X do": in English only with the verb "do" itself ("which
    # post did he win" is no question about what he did).
    do_present = bool(lowered & _wordset("do_present"))
    do_past = bool(lowered & _wordset("do_past"))
    if lang == "en" or not is_arabic(next((w for w in words if w in _wordset("do")), "x")):
        verb = "do" in words[1:] or "done" in words
        do_present = do_present and verb and "did" not in words
        do_past = do_past and verb and "did" in words
    mentioned_spans = [(m.start, m.end) for m in mentions]
    by_span: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        by_span.setdefault((m.start, m.end), set()).add(m.entity)
    # Words of a name inside a longer name's span belong to it.
    spans = sorted(by_span, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int]] = []
    for s in spans:
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
            kept.append(s)
    excluded_span = _excluded_span(text, toks, found)
    excluded_ids: frozenset[str] = frozenset()
    if excluded_span is not None:
        inside_ex = [k for k in kept if excluded_span[0] <= k[0] < excluded_span[1]]
        if inside_ex:
            # ("aside from Comoros, which countries …": an item of a list's fact left out of
            # it is not something this reading can answer)
            return _unanswerable(text, lang)
        excluded_ids = frozenset(e for k in inside_ex for e in by_span[k])
        kept = [k for k in kept if k not in inside_ex]
        consumed.update(
            k for k, t in enumerate(toks) if excluded_span[0] <= t.start < excluded_span[1]
        )
    paragraphs, scope = _paragraph_scope(text, toks, found, kept, by_span)
    scoped = [scope] if scope is not None else []
    if excluded_span is not None:
        scoped.append(excluded_span)
    if scope is not None:
        # the scope's words and names say where the answer lies, nothing more (but a question
        # that points back at them, "… about Hammouchi, what post does *he* hold", asks of them)
        consumed.update(k for k, t in enumerate(toks) if scope[0] <= t.start < scope[1])
        back = any(t.start >= scope[1] and t.norm in _wordset("pronouns") for t in toks)
        if not back:
            kept = [k for k in kept if not scope[0] <= k[0] < scope[1]]
    # A name that is one thing (an assembly, a city), not a post several people hold.
    unique = {k: not any(e in _post_bodies() or e in _people() for e in by_span[k]) for k in kept}
    clause = _described_clause(text, toks, found, kept, consumed, unique)
    opener = _opener(toks, found, kept)
    if opener is not None and (clause is None or opener < clause):
        clause = opener
    described: tuple[frozenset[str], ...] = ()
    if clause is not None:
        # What the clause names only describes: no constraint, but no answer either.
        described = tuple(frozenset(by_span[k]) for k in kept if k[1] > clause)
        kept = [k for k in kept if k[1] <= clause]
    if any(_next_to(text, k, by_span[k]) for k in kept):
        return _unanswerable(text, lang)
    # "Which Moroccan city …", "أي مدينة مغربية": the answer must lie in that place.
    inside = _qualified_type(toks, kept, by_span, consumed)
    quiet: list[tuple[int, int]] = []  # names that only describe: no term, no constraint
    if inside is not None:
        described += (frozenset({inside}),)
        quiet = [k for k in kept if inside in by_span[k]]
        kept = [k for k in kept if inside not in by_span[k]]
    proper = [k for k in kept if k[0] > scene_end]
    own_words = any(
        k > (found[0] if found else 0) and toks[k].start > scene_end and words[k] not in _fillers()
        for k in range(len(toks))
        if not any(a <= toks[k].start < b for a, b in kept) and k not in consumed
    )
    # ("The new Secretary General picked in Glasgow: where does *he* come from?" — the
    # question points back at the scene's names, which stay constraints.)
    points_back = any(
        toks[k].start > scene_end and words[k] in _wordset("pronouns") and k not in consumed
        for k in range(len(toks))
    )
    if scene_end >= 0 and (proper or own_words) and not points_back:
        # "I read that the Kingdom filed … for Interpol …: what is the pillar …": the scene's
        # names describe; the question proper says what is asked.
        described += tuple(frozenset(by_span[k]) for k in kept if k[1] <= scene_end)
        kept = proper
    mention_sets = tuple(frozenset().union(*(_kin(e) for e in by_span[s])) for s in kept)
    demonstrated = {
        toks[k + 1].start for k in range(len(toks) - 1) if words[k] in _wordset("demonstratives")
    }

    consumed_spans = [(toks[i].start, toks[i].end) for i in consumed]
    fillers = _fillers()
    counted: list[str] = []
    if found is not None and asked == "number" and found[0] + found[1] < len(toks):
        # The words right after "how many" say what is counted.
        after_start = toks[found[0] + found[1]].start
        for t in _canon(text):
            if t.start < after_start or any(s <= t.start and t.end <= e for s, e in consumed_spans):
                continue
            if t.word in _wordset("light"):
                continue  # "كم *يبلغ* عدد الدول"
            if t.word in fillers or any(s <= t.start and t.end <= e for s, e in kept):
                break
            counted.append(t.word)
            if len(counted) == 3:
                break
    terms: list[str] = []
    context: list[str] = []
    clause_words: list[str] = []
    before_comma: list[str] = []
    runs: list[list[str]] = []  # runs of adjacent words of the question proper
    joins: list[int] = []  # runs that an "and" joins to the run before
    last: _Term | None = None
    named: list[str] = []
    other = False
    for t in _canon(text):
        if any(s <= t.start and t.end <= e for s, e in (*consumed_spans, *scoped)):
            continue
        if any(s <= t.start and t.end <= e for s, e in (*kept, *quiet)):
            named.append(t.word)
            continue
        if t.word in fillers or _is_filler(t.word) or t.word in _wordset("pure_type"):
            continue  # (a type noun anywhere only says the type: "what session number")
        other_word = (
            t.word in _wordset("other")
            or t.word == "c0rival"
            or (t.word == "c0extra" and _is_other(text[t.start : t.end]))
        )
        if other_word and t.end > scene_end:
            other = True  # in the question proper, not the scene it sets
        if t.word in _wordset("do"):
            continue
        # The scene before a dash, a clause describing a name ("the assembly that was held in
        # Glasgow"), a noun pointed back at ("this post"): context, not the question proper.
        in_clause = clause is not None and t.start >= clause
        if in_clause:
            clause_words.append(t.word)
        if scene_end < t.end <= comma:
            before_comma.append(t.word)
            continue
        setting = t.end <= scene_end or in_clause
        if not (setting or t.start in demonstrated):
            gap = "" if last is None else text[last.end : t.start].strip()
            joined = last is not None and _joined(text, last, t)
            if last is None or gap or joined:
                if joined:
                    joins.append(len(runs))
                runs.append([])
            runs[-1].append(t.word)
            last = t
        (context if setting or t.start in demonstrated else terms).append(t.word)
    if terms:
        context += before_comma
    else:
        terms = before_comma
    del mentioned_spans
    if found is not None and lowered & _wordset("beat") and lowered & {"did", "does", "do"}:
        other = True  # "which candidates did he beat": the beaten, the other candidates
    if "c0post" in terms and any(e in _post_bodies() for m in mention_sets for e in m):
        terms.remove("c0post")  # "the post of Secretary General" names the post already
    for parts, tag in vocab.COMBINED:
        if all(p in terms for p in parts):
            terms = [tag if t == parts[0] else t for t in terms if t not in parts[1:]]
    if asked == "post" and any(e in _people() for m in mention_sets for e in m):
        # "Dkhissi's current job": what the facts call him now; "current" adds nothing.
        terms = [t for t in terms if t not in ("c0current", "c0post")]
    if asked == "date" and "c0begin" in terms:
        terms.remove("c0begin")  # "When did he become …": when it began
        date_part = "start"
    if "c0fullname" in terms:
        terms.remove("c0fullname")  # "the full name of the organisation known as Interpol"
        if mention_sets:
            asked = "definition"
    if "c0source" in terms and asked not in ("agent", "organisation"):
        # "according to the DGSN's statement": the report's source, not what is asked about
        terms.remove("c0source")
        context.append("c0source")
    if asked == "thing" and "c0aim" in terms:
        asked = "reason"  # "what is the aim of …"
    if asked == "thing" and found is not None and (do_present or do_past) and not terms:
        asked = "activity" if do_past else _do_what(mention_sets)
    elif asked == "thing" and do_past and found is not None:
        asked = "activity"
    if asked == "thing" and found is None and "c0hq" in terms:
        asked = "place"
    if asked == "thing" and found is None and set(terms) & _ROLE_WORDS and not polar:
        asked = "agent"  # "the outgoing SG", "the head of the Moroccan delegation": who
    if asked in ("thing", "agent") and found is not None and not terms and mention_sets:
        asked = "definition"  # "What is Interpol?", "Who is Hammouchi?"
    if asked == "place" and "c0hq" not in terms and _from_where(words):
        asked = "country"
    # "After its election", "بعد انتخابه": after an event (the word right after is one).
    after_event = any(
        words[k] in _wordset("after")
        and k + 1 < len(words)
        and (
            any(s in _KIND_TAG_WORDS for s in _canon_words(words[k + 1]))
            or any(toks[k + 1].start == m.start for m in mentions)
            or (words[k + 1] in ("its", "his", "the", "being") and k + 2 < len(words))
        )
        for k in range(len(words))
    )
    excluded: tuple[str, ...] = ()
    if excluded_span is not None:
        # what is left out, and "else"/"other": another item the article names
        excluded = tuple(
            t.word
            for t in _canon(text)
            if excluded_span[0] <= t.start < excluded_span[1]
            and t.word not in _fillers()
            and not _is_filler(t.word)
            and t.word not in ("c0extra",)
            and not any(
                toks[k].start == t.start
                for k in range(len(toks))
                if k in consumed and toks[k].norm in _wordset("another")
            )
        )
        excluded = tuple(w for w in excluded if _term_quality(w) and not _opener_word(w))
        terms = [t for t in terms if t != "c0extra" and t not in _wordset("another")]
        other = False
    if after_event:
        terms = [t for t in terms if t not in _wordset("after")]
        if not terms:
            return _unanswerable(text, lang)  # "what happened after the vote": no order kept
    # "after the Lyon meeting": what the fact is about must not be that event itself
    after_of: frozenset[str] = frozenset(
        e
        for k in range(len(words) - 1)
        if words[k] in _wordset("after")
        for m in mentions
        if m.start in (toks[k + 1].start, toks[min(k + 2, len(toks) - 1)].start)
        for e in _kin(m.entity)
    )
    # "How does the article describe X?", "بماذا يصف الخبر X": what the facts about X say.
    kind_of = found is not None and bool(
        set(words[found[0] : found[0] + found[1] + 2]) & _wordset("kind")
    )
    describe = (
        found is not None
        and asked in ("thing", "manner")
        and any(set(stems(w)) & _wordset("describe") for w in words)
        and any(not m & _sources() for m in mention_sets)
    )
    if kind_of and copula_ahead(words, found) and mention_sets and not terms:
        asked = "definition"  # "What type of organisation is Interpol?": what it is
    if describe:
        asked = "thing"
        terms = [t for t in terms if not set(stems(t)) & _wordset("describe")]
    # The verb right after "who"/"which body" (not "who is …", which only describes).
    predicate = None
    after = words[found[0] + found[1] : found[0] + found[1] + 1] if found is not None else []
    copula = bool(set(after) & _COPULAS)
    verbs = [t for t in terms[:2] if t in _KIND_TAG_WORDS]
    if copula and lang == "en" and found is not None and found[0] + found[1] + 1 < len(words):
        # "who was *elected* …": a passive verb, not "who is …" describing the answer
        participle = _canon_words(words[found[0] + found[1] + 1])
        copula = not (participle and participle[0] in _KIND_TAG_WORDS)
    if found is not None and verbs:
        if not copula:
            predicate = verbs[0]  # (past an adjective: "ما الجهة المغربية التي رشحت …")
    elif polar and terms and terms[0] in _KIND_TAG_WORDS:
        # "Was he nominated by …": the claim's verb ("Did Morocco's *candidate* win …": not
        # the noun that names its subject, when a verb follows)
        nouns = {
            t.word
            for t in _canon(text)
            if set(stems(_norm_word(text[t.start : t.end]))) & _wordset("agent_nouns")
        }
        verbs_said = [t for t in terms if t in _KIND_TAG_WORDS and t not in nouns]
        predicate = verbs_said[0] if verbs_said else None
    return Question(
        text,
        lang,
        asked,
        tuple(dict.fromkeys(terms)),
        tuple(dict.fromkeys(context)),
        mention_sets,
        polar,
        date_part,
        other,
        plural,
        tuple(dict.fromkeys(named)),
        predicate,
        copula,
        counted=tuple(counted),
        described=described,
        clause=tuple(clause_words),
        focus=_focus(toks, found, consumed, terms),
        day=asked == "date" and _asks_the_day(words),
        hour=asked == "date" and _asks_the_hour(words),
        inside=inside,
        scene_names=scene_end >= 0 and points_back and bool(kept) and not polar,
        conjoined=tuple((frozenset(runs[k - 1]), frozenset(runs[k])) for k in joins),
        # (with something left out, the answer's fact must itself say every word asked)
        strict=excluded_span is not None,
        link=_asks_the_link(words, found),
        paragraphs=paragraphs,
        describe=describe,
        after=after_event,
        after_of=after_of,
        excluded=excluded,
        excluded_ids=excluded_ids,
        kind_of=kind_of,
    )


def copula_ahead(words: Sequence[str], found: tuple[int, int, AnswerType] | None) -> bool:
    """Whether "is/was/هو …" follows the question word within three words ("what type of
    organisation *is* Interpol")."""
    if found is None:
        return False
    start = found[0] + found[1]
    return bool(set(words[start : start + 4]) & _COPULAS)


def _excluded_paragraphs(excluded: tuple[str, ...]) -> frozenset[int]:
    """The paragraphs of the facts that say everything left out."""
    return frozenset(
        e.paragraph for f in FACTS if all(_says(f, t) for t in excluded) for e in f.evidence
    )


def _opener_word(word: str) -> bool:
    return any(word in o.split() for o in vocab.EXCEPT_OPENERS)


def _excluded_span(
    text: str, toks: Sequence[Any], found: tuple[int, int, AnswerType] | None
) -> tuple[int, int] | None:
    """Where "besides …", "apart from …", "باستثناء …" runs: from the opener to the next comma or
    the question word after it; None when there is none (or nothing after it to ask)."""
    words = [t.norm for t in toks]
    for opener in vocab.EXCEPT_OPENERS:
        pattern = _norm_phrase(opener)
        n = len(pattern)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) != pattern:
                continue
            if i + n >= len(words):
                return None
            ends = [m.start() for m in re.finditer(r"[,،:;]", text) if m.start() > toks[i].start]
            if found is not None and found[0] > i:
                ends.append(toks[found[0]].start)
            if not ends:
                return None
            return toks[i].start, min(ends)
    return None


def _paragraph_scope(
    text: str,
    toks: Sequence[Any],
    found: tuple[int, int, AnswerType] | None,
    kept: Sequence[tuple[int, int]],
    by_span: dict[tuple[int, int], set[str]],
) -> tuple[frozenset[int] | None, tuple[int, int] | None]:
    """The paragraphs a question points to ("in the paragraph about the new Secretary
    General", "حسب الفقرة الأولى", "in paragraph 3") and the span of text that says so."""
    words = [t.norm for t in toks]
    at = next((k for k, w in enumerate(words) if set(stems(w)) & _wordset("paragraph")), None)
    if at is None:
        return None, None
    qpos = found[0] if found is not None else len(words)
    # The scope runs from the paragraph word to a comma or the question word after it (an
    # English place word before it belongs to it: "the *first* paragraph").
    start = at - 1 if at > 0 and _paragraph_place(words[at - 1]) is not None else at
    ends = [m.start() for m in re.finditer(r"[,،:;?؟]", text) if m.start() > toks[at].start]
    if at < qpos < len(toks):
        ends.append(toks[qpos].start)
    end = min(ends, default=len(text))
    span = (toks[start].start, end)
    inside = [k for k in range(start, len(toks)) if toks[k].start < end]
    total = max(e.paragraph for f in FACTS for e in f.evidence)
    for k in inside[: at - start + 2]:
        place = _paragraph_place(words[k])
        if place is None and words[k].isdigit() and k > at:
            place = int(words[k])
        if place is not None:
            # the place or number says it all: "حسب الفقرة الأولى من الخبر"
            last = max(k, at)
            return frozenset({total if place < 0 else place}), (span[0], toks[last].end)
    names = [e for s in kept if span[0] <= s[0] < span[1] for e in by_span[s]]
    if not names:
        return None, None  # "the paragraph" alone points nowhere: no scope
    about = {k for e in names for k in _kin(e)}
    found_in = frozenset(ev.paragraph for f in FACTS if set(f.about) & about for ev in f.evidence)
    return found_in or None, span


def _paragraph_place(word: str) -> int | None:
    for _words, n in vocab.PARAGRAPH_PLACES:
        if set(stems(word)) & _wordset(f"paragraph_{n}"):
            return n
    return None


def _asks_the_link(words: Sequence[str], found: tuple[int, int, AnswerType] | None) -> bool:
    """Whether the question asks what something is linked to: a link word with "to"/"with"
    before the question word or the end ("… are tied to what?", "… linked with?"), or an Arabic
    question word with ب next to one ("بماذا ترتبط", "مرتبطة بإيش")."""
    link, asked_with = _wordset("link"), _wordset("link_asked")
    qpos = found[0] if found is not None else len(words)
    for k, w in enumerate(words):
        if not set(stems(w)) & link:
            continue
        if (
            k + 1 < len(words)
            and words[k + 1] in asked_with
            and (is_arabic(words[k + 1]) or k + 2 in (len(words), qpos))
        ):
            return True
        if k > 0 and is_arabic(w) and words[k - 1] in asked_with and is_arabic(words[k - 1]):
            return True
    return False


def _next_to(text: str, span: tuple[int, int], ids: Iterable[str]) -> bool:
    """Whether "next"/"القادمة" qualifies a named assembly, session or meeting ("the next
    General Assembly", "الجمعية العامة القادمة"): another one than the article's. (Not a post:
    "the next Secretary General" is in the article.)"""
    if any(e in _post_bodies() or e in _people() for e in ids):
        return False
    if not any(entity(e).kind in (EntityKind.EVENT, EntityKind.ORGANISATION) for e in ids):
        return False
    # An Arabic adjective follows its noun; an English one stands before it, unless the name
    # only qualifies a post after it ("the new Interpol vice-president").
    after = [t.norm for t in tokens(text[span[1] :])[:2]]
    if after and is_arabic(after[0]) and "c0next" in _canon_words(after[0]):
        return True
    before = [t.norm for t in tokens(text[: span[0]])[-1:]]
    if not before or is_arabic(before[0]) or "c0next" not in _canon_words(before[0]):
        return False
    following = [w for a in after for w in _canon_words(a)]
    return not (set(following[:2]) & (_ROLE_WORDS | {"c0post", "c0vp"}))


def _unanswerable(text: str, lang: Lang) -> Question:
    """A question the article cannot answer, whatever else it asks: no words, no names."""
    return Question(text, lang, "thing", ())


def _opener(
    toks: Sequence[Any], found: tuple[int, int, AnswerType] | None, kept: Sequence[tuple[int, int]]
) -> int | None:
    """Where words begin that only say where the answer comes from or lies ("… *according to*
    the DGSN's statement", "which department … *within* Morocco's police"): they and their
    names describe, neither constrain nor answer. Only after the question word and a word of
    the question's own."""
    if found is None:
        return None
    start = found[0] + found[1]
    for i in range(start + 1, len(toks)):
        if toks[i].norm in _wordset("openers"):
            return int(toks[i].start)
    return None


def _described_clause(
    text: str,
    toks: Sequence[Any],
    found: tuple[int, int, AnswerType] | None,
    kept: Sequence[tuple[int, int]],
    consumed: set[int],
    unique: dict[tuple[int, int], bool],
) -> int | None:
    """Where a relative clause that describes a name begins ("the General Assembly *that* was
    held in Glasgow", "الجمعية العامة للإنتربول *التي* انتخب خلالها ممثل المغرب"), or None.

    Only after the question word and right after a name, and only when the question has more
    than that name before it (a word of its own, or a name of several words): in "ما الجهة
    المغربية التي رشحت …" the clause is the question itself."""
    start = found[0] + found[1] if found is not None else 0
    relatives = _wordset("relatives")
    for i in range(start + 1, len(toks)):
        if toks[i].norm not in relatives:
            continue
        before = toks[i - 1]
        name = next((k for k in kept if k[0] <= before.start and before.end <= k[1]), None)
        if name is None or not unique.get(name, False):
            return None  # (after "the Secretary General" the clause says which one)
        in_name = [k for k in range(start, i) if name[0] <= toks[k].start < name[1]]
        own = [
            k
            for k in range(start, i)
            if k not in consumed
            and k not in in_name
            and toks[k].norm not in _fillers()
            and not any(m[0] <= toks[k].start < m[1] for m in kept)
        ]
        if own or len(in_name) >= 2:
            return int(toks[i].start)
        return None
    return None


def _qualified_type(
    toks: Sequence[Any],
    kept: Sequence[tuple[int, int]],
    by_span: dict[tuple[int, int], set[str]],
    consumed: set[int],
) -> str | None:
    """The place named right beside the type noun ("أي مدينة *مغربية*", "which *Moroccan*
    city"), or None."""
    for k in consumed:
        if _type_noun(toks[k].norm) not in ("place", "country"):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(toks):
                continue
            span = next((s for s in kept if s[0] <= toks[j].start < s[1]), None)
            if span is None or len(by_span[span]) != 1:
                continue
            (ent,) = by_span[span]
            # An Arabic adjective after its noun, an English one before it
            if j > k and names.adjective_of(toks[j].norm) == ent:
                return ent
            negated = j > 0 and toks[j - 1].norm in ("non", "not", "غير")
            if j < k and not is_arabic(toks[j].norm) and not negated:
                return ent  # "which Moroccan city" (not "which non-MENA countries")
    return None


def _asks_the_day(words: Sequence[str]) -> bool:
    """Whether a date question wants the day: "which day", "the exact date", or a month it
    already names ("what date in September": September itself is no answer)."""
    said = {s for w in words for s in stems(w)} | set(words)
    if said & _wordset("days") or said & _wordset("months"):
        return True
    return bool(said & _wordset("precise")) and bool(said & _wordset("date_nouns"))


def _asks_the_hour(words: Sequence[str]) -> bool:
    """ "What time …", "at what hour", "بالساعة", "الساعة كم": the hour of the day."""
    joined = " ".join(words)
    if any(" ".join(_norm_phrase(p)) in joined for p in ("what time", "which time")):
        return True
    return any(s in _wordset("hours") for w in words for s in stems(w))


def _joined(text: str, a: _Term, b: _Term) -> bool:
    """Whether two words of a question are joined by "and"/"or" ("drones and cryptocurrencies",
    "الطائرات المسيرة والعملات المشفرة")."""
    between = text[a.end : b.start].strip().lower()
    if between in ("and", "or", "و", "او", "أو", ",", "،"):
        return True
    return not between and is_arabic(b.word) and text[b.start] == "و"


def _focus(
    toks: Sequence[Any],
    found: tuple[int, int, AnswerType] | None,
    consumed: set[int],
    terms: Sequence[str],
) -> str | None:
    """The content word right after the question word ("ما هي *الركيزة* التي …", "what
    *threats* …"): what is asked about, which the answer's fact must have."""
    if found is None or not terms:
        return None
    for k in range(found[0] + found[1], len(toks)):
        if k in consumed and _type_noun(toks[k].norm) is not None:
            return None  # "ما الجهة المغربية": the type noun is the head, then an adjective
        if k in consumed or toks[k].norm in _fillers():
            continue
        if _type_noun(toks[k].norm) is not None:
            return None  # "which edition": the type asked for, not a word a fact must have
        word = next(iter(_canon_words(toks[k].norm)), "")
        return word if word == terms[0] else None
    return None


def _kin(ent_id: str) -> frozenset[str]:
    """The entity and those that share a name with it: "the General Assembly" is the body and
    its 92nd session."""

    def build() -> dict[str, frozenset[str]]:
        spelt = {e.id: {names.normal_name(n) for n in _entity_names(e)} - {""} for e in ENTITIES}
        return {a: frozenset(b for b in spelt if a == b or spelt[a] & spelt[b]) for a in spelt}

    table: dict[str, frozenset[str]] = _ix("kin", build)
    return table[ent_id]


_ROLE_WORDS = frozenset({"c0sg", "c0vp", "c0head", "c0dg"})


@cache
def _sources() -> frozenset[str]:
    return frozenset(e.id for e in ENTITIES if e.kind is EntityKind.SOURCE)


@cache
def _people() -> frozenset[str]:
    return frozenset(e.id for e in ENTITIES if e.kind is EntityKind.PERSON)


# English auxiliaries of the passive: "who *was* nominated" asks for whom it was done to.
_PASSIVE = frozenset(["was", "were", "been", "is", "are", "got", "get"])
_KIND_TAG_WORDS = frozenset({"c0elect", "c0nominate", "c0topic", "c0aim", "c0attend"})
_COPULAS = frozenset(["is", "was", "are", "were", "s", "هو", "هي", "هم"])


def _type_noun(word: str) -> AnswerType | None:
    return next((_type_nouns()[s] for s in _variants(word) if s in _type_nouns()), None)


def _refine(asked: AnswerType, noun: AnswerType) -> AnswerType:
    if asked == "date" and noun != "date":
        return asked
    if asked == "place" and noun not in ("place", "country"):
        return asked
    return noun


def _from_where(words: Sequence[str]) -> bool:
    """ "Where is X from", "من وين", "منين": the country someone comes from."""
    return (
        "from" in words or "منين" in words or ("من" in words and ("وين" in words or "فين" in words))
    )


def _is_other(word: str) -> bool:
    return any(s in _wordset("other") for s in stems(_norm_word(word)))


def _do_what(mention_sets: Sequence[frozenset[str]]) -> AnswerType:
    """ "What does X do": a person's post, a body's purpose."""
    kinds = {entity(e).kind for m in mention_sets for e in m}
    return "post" if EntityKind.PERSON in kinds else "reason"


def _is_polar(words: Sequence[str]) -> bool:
    if not words:
        return False
    if words[0] in vocab.YESNO_START or any(s in vocab.YESNO_START for s in stems(words[0])):
        return True
    joined = " ".join(words)
    return any(" ".join(_norm_phrase(p)) in joined for p in vocab.YESNO_PHRASES)


def _yesno_tag(words: Sequence[str]) -> int:
    """How many words at the end make a statement a yes/no question ("…, right?", "صح؟")."""
    for tag in sorted(vocab.YESNO_TAGS, key=lambda t: -len(t.split())):
        p = _norm_phrase(tag)
        if len(words) > len(p) + 1 and tuple(words[-len(p) :]) == p:
            return len(p) + _yesno_tag(words[: -len(p)])  # "right? or nah"
    return 0


def _polar_words(words: Sequence[str]) -> set[int]:
    """Positions of the words that make a yes/no question ("is it true that", "هل")."""
    out = {0} if words and words[0] in vocab.YESNO_START else set()
    for phrase in vocab.YESNO_PHRASES:
        p = _norm_phrase(phrase)
        for i in range(len(words) - len(p) + 1):
            if tuple(words[i : i + len(p)]) == p:
                out.update(range(i, i + len(p)))
    return out


def _is_filler(word: str) -> bool:
    if not is_arabic(word):
        return False
    if word.startswith("و") and len(word) > 2 and word[1:] in _fillers():
        return True  # "وعن أي قارة": and + a filler
    return any(s in _fillers() for s in _variants(word)[1:])


# --- the facts as documents ---------------------------------------------------------------------

_KIND_TAGS: dict[FactKind, str] = {
    FactKind.ELECTION: "c0elect",
    FactKind.NOMINATION: "c0nominate",
    FactKind.TOPIC: "c0topic",
    FactKind.AIM: "c0aim",
    FactKind.PARTICIPATION: "c0attend",
}


def _entity_names(ent: Entity) -> list[str]:
    return [ent.name.ar, ent.name.en, *ent.aliases]


def _epithets() -> dict[str, tuple[str, ...]]:
    """Entity id -> what the facts call it: its posts and what it did ("the new Secretary
    General", "the man who won"), so a description finds the entity's facts."""
    out: dict[str, list[str]] = {}
    for f in FACTS:
        words = out.setdefault(f.subject, [])
        if f.post is not None:
            words += [f.post.ar, f.post.en]
        if f.kind is FactKind.ELECTION:
            words.append("c0elect")
            if entity(f.subject).kind is EntityKind.PERSON:
                words.append("c0next")  # the winner, the new holder of the post
        if f.date is not None:
            words.append(f.date.start[:4])  # "the 2024 General Assembly"
        if f.kind is FactKind.NOMINATION and f.object is not None:
            out.setdefault(f.object, []).append("c0nominate")  # the candidate
        if f.kind is FactKind.PARTICIPATION and f.object is not None:
            out.setdefault(f.object, []).append("c0attend")  # the meeting he attended
    return {k: tuple(v) for k, v in out.items()}


def _post_bodies() -> frozenset[str]:
    return frozenset(b for bodies in _holds_post_in().values() for b in bodies)


def _holds_post_in() -> dict[str, frozenset[str]]:
    """Entity id -> the bodies it holds a post in: "the Secretary General" names the General
    Secretariat, and through it whoever the facts give that post."""

    def build() -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for f in FACTS:
            # Bodies only: heading the delegation to the Lyon meeting does not put one in Lyon.
            body = None if f.post is None else f.object
            if body is not None and entity(body).kind is EntityKind.ORGANISATION:
                out.setdefault(f.subject, set()).add(body)
        return {k: frozenset(v) for k, v in out.items()}

    return _ix("holds_post_in", build)


def _fact_document(fact: Fact) -> dict[str, float]:
    primary: list[str] = [fact.text.ar, fact.text.en]
    secondary: list[str] = [ev.quote for ev in fact.evidence]
    epithets: list[str] = []
    for extra in (fact.value, fact.post):
        if extra is not None:
            primary += [extra.ar, extra.en]
    if fact.date is not None:
        primary += [fact.date.label("ar"), fact.date.label("en")]
    for ent_id in fact.about:
        ent = entity(ent_id)
        main = ent_id in (fact.subject, fact.object, fact.place)
        (primary if main else secondary).extend(_entity_names(ent))
        # Not the entity's description: "founded in 1923" in Interpol's would make every fact
        # about Interpol answer "in which city was Interpol founded?".
        epithets += _epithets().get(ent_id, ())
    doc: dict[str, float] = {}
    for weight, parts in ((EPITHET, epithets), (SECONDARY, secondary), (1.0, primary)):
        for part in parts:
            for w in _canon_words(part):
                for v in _variants(w):
                    doc[v] = max(doc.get(v, 0.0), weight)
    if fact.post is not None:
        doc["c0post"] = 1.0
    tag = _KIND_TAGS.get(fact.kind)
    if tag is not None:
        doc[tag] = 1.0
    return doc


def _documents() -> dict[str, dict[str, float]]:
    """Fact id -> its words, each with the weight of where it comes from (in fact order)."""
    return _ix("documents", lambda: {f.id: _fact_document(f) for f in FACTS})


def _document(fact_id: str) -> dict[str, float]:
    return _documents()[fact_id]


def _related(fact_id: str, posts: bool = True) -> frozenset[str]:
    """The entities a fact is about and everything they belong to or lie in; with ``posts``,
    also the bodies its people hold posts in (for "the nationality of the new Secretary
    General", not for "who chairs the Executive Committee": holding a post on it is no answer
    to who chairs it)."""
    table: dict[str, frozenset[str]] = _ix("related", _build_related)
    if posts:
        return table[fact_id]
    without: dict[str, frozenset[str]] = _ix("related_no_posts", lambda: _build_related(False))
    return without[fact_id]


def _build_related(posts: bool = True) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for f in FACTS:
        held = [o for e in f.about for o in _holds_post_in().get(e, ())] if posts else []
        # What shares a name with what the fact is about ("the General Assembly"), and what
        # its names name ("the 8th Interpol meeting … of the Middle East and North Africa").
        kin = [k for e in f.about for k in _kin(e)]
        inside = [
            m.entity
            for e in f.about
            for n in _entity_names(entity(e))
            for m in names.mentions(n, skip=e)
            if m.whole
        ]
        # A fact about an election itself (when, at which session) is about whom it elected:
        # "at which session was Morocco's representative elected".
        winners = (
            [w.subject for w in FACTS if w.kind is FactKind.ELECTION and f.subject in w.about]
            if entity(f.subject).kind is EntityKind.EVENT
            else []
        )
        table[f.id] = _with_what_they_lie_in((*f.about, *held, *kin, *inside, *winners))
    return table


def _with_what_they_lie_in(ids: Iterable[str]) -> frozenset[str]:
    """The entities and everything they belong to or lie in (``part_of``, all the way up)."""
    out: set[str] = set()
    for ent_id in ids:
        cur: str | None = ent_id
        while cur is not None and cur not in out:
            out.add(cur)
            cur = entity(cur).part_of
    return frozenset(out)


def _related_strict(fact_id: str) -> frozenset[str]:
    """The entities a fact is about and what they lie in or belong to, nothing more: a yes/no
    answer must not take "he holds a post on the Executive Committee" for "the Executive
    Committee nominated him"."""

    def build() -> dict[str, frozenset[str]]:
        # (and what shares a name with them: the 92nd General Assembly is Interpol's)
        return {f.id: _with_what_they_lie_in([k for e in f.about for k in _kin(e)]) for f in FACTS}

    table: dict[str, frozenset[str]] = _ix("related_strict", build)
    return table[fact_id]


def _stem_index() -> dict[str, tuple[str, ...]]:
    """Each stem of each document word -> the words: exact and stem matches are look-ups."""

    def build() -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {}
        for doc in _documents().values():
            for w in doc:
                for st in stems(w):
                    words = table.setdefault(st, [])
                    if w not in words:
                        words.append(w)
        return {k: tuple(sorted(v)) for k, v in sorted(table.items())}

    return _ix("stem_index", build)


def _sorted_stems() -> tuple[str, ...]:
    return _ix("sorted_stems", lambda: tuple(sorted(_stem_index())))


def _latin_words() -> tuple[str, ...]:
    """The Latin-script document words (the only ones a typo may reach)."""

    def build() -> tuple[str, ...]:
        words = {w for doc in _documents().values() for w in doc}
        return tuple(sorted(w for w in words if not is_arabic(w) and not w.startswith("c0")))

    return _ix("latin_words", build)


@cache
def _within(ids: frozenset[str]) -> frozenset[str]:
    """What named events are part of ("the Executive Committee election" happened at the 92nd
    General Assembly, in Glasgow): a fact about those is about the event too."""
    events = [e for e in ids if entity(e).kind is EntityKind.EVENT]
    parents = [p for e in events if (p := entity(e).part_of) is not None]
    return _with_what_they_lie_in(parents)


def _related_concepts() -> dict[str, tuple[str, ...]]:
    def build() -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {}
        for a, b in vocab.RELATED_CONCEPTS:
            table.setdefault(a, []).append(b)
            table.setdefault(b, []).append(a)
        return {k: tuple(v) for k, v in table.items()}

    return _ix("related_concepts", build)


@cache
def _term_quality(term: str) -> dict[str, float]:
    """Document word -> how well it matches ``term`` (only words that match), by the search's
    own rules: exact 1.0, same stem 0.85, prefix 0.7, one typo 0.6 (Latin script only: one
    letter apart, Arabic words are often other words of the same root, عاصمة ~ عامة; misspelt
    names are resolved by ``names``)."""
    out: dict[str, float] = {w: RELATED for w in _related_concepts().get(term, ())}
    loose = len(term) >= 4 and not any(c.isdigit() for c in term) and not term.startswith("c0")
    index = _stem_index()
    ordered = _sorted_stems()

    def found(word: str, quality: float) -> None:
        if quality > out.get(word, 0.0):
            out[word] = quality

    for v in _variants(term):
        v_stems = stems(v)
        for st in v_stems:
            for w in index.get(st, ()):
                found(w, EXACT if w == v else STEM)
        if not loose:
            continue
        for st in (x for x in v_stems if len(x) >= 4):
            i = bisect_left(ordered, st)
            while i < len(ordered) and ordered[i].startswith(st):
                for w in index[ordered[i]]:
                    if not any(c.isdigit() for c in w):
                        found(w, PREFIX)
                i += 1
        if not is_arabic(v):
            for w in _latin_words():
                if abs(len(w) - len(v)) <= 1 and within_one_edit(v, w):
                    found(w, TYPO)
    if _pronoun_ending(term):
        for st in stems(term[:-1]):
            for w in index.get(st, ()):
                found(w, STEM)  # "جهوده" ~ "الجهود": his efforts, the efforts
    return out


# --- words the knowledge lacks ------------------------------------------------------------------

# Arabic verb prefixes of the future and of the dialects' present (سيخلف, بيشتغل, هيشتغل,
# كيدير), before the person prefix; and the endings the stems keep: a pronoun (فوزه, يشغله),
# the dialects' "his" and plural verbs (شغلو, صوتو). Tried only on a word that matches nothing
# as it is.
_VERB_LEADS = ("س", "ب", "ه", "ح", "ك", "غا")
_PERSON_PREFIXES = "يتنا"
_ENDINGS = ("وا", "و", "ه")
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال", "وبال", "ولل")


def _forms(term: str) -> list[str]:
    """Other forms of an Arabic word the knowledge lacks as written (not the word itself)."""
    if not is_arabic(term):
        return []
    forms: list[str] = []
    for st in stems(term):
        bases = [st]
        if len(st) >= 5 and st[0] in _PERSON_PREFIXES:
            bases.append(st[1:])  # the verb without its person prefix: يترشح ~ ترشح
        for lead in _VERB_LEADS:
            rest = st[len(lead) :]
            if st.startswith(lead) and len(rest) >= 3 and rest[0] in _PERSON_PREFIXES:
                bases.append(rest)
        for base in bases:
            forms.append(base)
            for end in _ENDINGS:
                if base.endswith(end) and len(base) - len(end) >= 3:
                    forms.append(base[: -len(end)])
        # an adjective of relation read as its noun: الأمنية ~ الأمن, الأمني ~ الأمن
        for end in ("يه", "ي"):
            if st.startswith("ال") and st.endswith(end) and len(st) - len(end) >= 4:
                forms.append(st[: -len(end)])
    return [f for f in dict.fromkeys(forms) if f != term]


def _concept_tag(word: str) -> str | None:
    concept = _concept_of()
    return next((concept[v] for v in _variants(word) if v in concept), None)


def _rescued(term: str) -> str | None:
    """A word the knowledge lacks as written, in a form it has: a verb without its future or
    dialect prefix, a noun without its pronoun, or a misspelling one letter from a word of the
    vocabulary ("atend", "meting", "الاجتماغ"); its concept, or the document word."""
    if term.startswith("c0"):
        return None
    for form in _forms(term):
        tag = _concept_tag(form)
        if tag is not None and _term_quality(tag):
            return tag
        if _term_quality(form):
            return form
    return _typo_of(term)


def _typo_of(term: str) -> str | None:
    """The concept of a vocabulary word one edit from ``term`` (Latin: 5 letters or more;
    Arabic: a letter swapped in a word of 6 or more, as Arabic words one letter apart are
    often other words of the same root)."""
    arabic = is_arabic(term)
    candidates = [s for s in stems(term) if len(s) >= 6] if arabic else [term]
    if not arabic and (len(term) < 5 or not term.isalpha()):
        return None
    for form in candidates:
        for word, tag in _concept_of().items():
            if arabic and len(word) != len(form):
                continue
            close = abs(len(word) - len(form)) <= 1 and within_one_edit(form, word)
            if close and _term_quality(tag):
                return tag
    return None


def _listed_topical(term: str) -> bool:
    """A number, or a word of the vocabulary's topical list in any of its forms."""
    if term.startswith("c0"):
        return False  # a concept (its tag holds a digit)
    if any(c.isdigit() for c in term):
        return True
    topical = _wordset("topical")
    return any(v in topical for v in (*_variants(term), *_forms(term)))


def _topical(term: str, text: str) -> bool:
    """Whether a word the knowledge lacks in every form carries the question's topic: listed
    (``_listed_topical``), a capitalised English word inside the question (a name), or an
    Arabic noun with the article (a thing)."""
    if _listed_topical(term):
        return True
    if is_arabic(term):
        return any(term.startswith(d) and len(term) - len(d) >= 3 for d in _DEFINITE)
    toks = tokens(text)
    return any(t.norm == term and k > 0 and text[t.start].isupper() for k, t in enumerate(toks))


def _premise_kind(term: str) -> str | None:
    for _, kind in vocab.FALSE_PREMISE_KINDS:
        if any(v in _wordset(f"premise_{kind}") for v in _variants(term)):
            return kind
    return None


def _triaged(q: Question) -> Question | None:
    """The question with each word the knowledge lacks sorted out, or None: refused.

    A word the knowledge lacks is never dropped silently. In another form the knowledge has
    it (a dialect verb, a pronoun ending, a typo); a topical word (``_topical``: a thing,
    attribute, place or name the article lacks — Asia, age, budget, the runner-up) refuses
    the question, except as the false premise of a yes/no question ("a third term?"); a
    light word (``vocab.LIGHT_WORDS``: "amounts to", "according to", dialect particles) is
    dropped. Any other word is dropped only with a margin: the question keeps at least two
    known words for each such word, and the answer must cover every known word (``strict``)."""
    terms: list[str] = []
    loose: list[str] = []
    premise: str | None = None
    focus, counted = q.focus, q.counted
    opposites = _opposites() if q.polar else {}
    for t in q.terms:
        if t in opposites or _term_quality(t):
            terms.append(t)
        elif _listed_topical(t):
            kind = _premise_kind(t) if q.polar else None
            if kind is None or premise is not None:
                return None
            premise = kind
        elif t.startswith("c0") or any(v in _wordset("light") for v in _variants(t)):
            continue
        elif (rescued := _rescued(t)) is not None:
            terms.append(rescued)
            # "how many contries": what is asked about and counted, read right
            focus = rescued if focus == t else focus
            counted = tuple(rescued if c == t else c for c in counted)
        elif any(f in _fillers() or f in _wordset("light") for f in _forms(t)):
            continue  # a filler with a pronoun or a dialect prefix: "ناله" (he got it)
        elif _topical(t, q.text):
            return None
        elif t in q.counted:
            return None  # what is counted: "how many *people* attended"
        else:
            loose.append(t)
    for t in q.clause:
        if not _term_quality(t) and (_listed_topical(t) or _topical(t, q.text)):
            return None  # "the vice-presidents elected for Asia": the description fits nothing
    polar_claim = q.polar and premise is None  # a "yes" must hold every word of the claim
    if loose and (polar_claim or not terms or len(terms) + len(q.mentions) < 2 * len(loose)):
        return None
    return q._replace(
        terms=tuple(dict.fromkeys(terms)),
        strict=bool(loose) or q.strict,
        premise=premise,
        focus=focus,
        counted=counted,
    )


def _pronoun_ending(word: str) -> bool:
    """Whether an Arabic word may end in the pronoun ه ("his"): ة is normalised to ه too, but
    a word with the article takes no pronoun ("جهوده", not "العامه")."""
    if not is_arabic(word) or not word.endswith("ه") or len(word) < 5:
        return False
    return not any(s.startswith("ال") for s in stems(word))


class _Candidate(NamedTuple):
    fact: Fact
    score: float
    covered: frozenset[str]
    unrelated: tuple[frozenset[str], ...]  # named entities the fact is not about


def _candidates(q: Question, allow_unrelated: int = 0) -> list[_Candidate] | None:
    """Facts that cover the question, best first; None when a content word is unknown."""
    terms = q.terms
    qualities = {t: _term_quality(t) for t in (*terms, *q.context)}
    if q.polar:
        # "Was he elected by a narrow margin?": a word that says the opposite of the facts is
        # judged by the yes/no step, not looked for.
        terms = tuple(t for t in terms if t not in _opposites())
    if any(not qualities[t] for t in terms):
        return None  # a word that matches nothing in the knowledge: never dropped
    best_per_term = {t: max(qual.values(), default=0.0) for t, qual in qualities.items()}
    need = len(terms) if q.strict else len(terms) - len(terms) // 4
    out: list[_Candidate] = []
    for fact_id, doc in _documents().items():
        fact = queries.fact(fact_id)
        related = _related_strict(fact_id) if q.polar else _related(fact_id)
        # "According to the article": every fact is in the report, so naming it rules none out.
        unrelated = tuple(
            m
            for m in q.mentions
            if not m & related and not _within(m) & related and not m & _sources()
        )
        # (a place or body the scene is set in may be unrelated: "… in Glasgow: who nominated
        # him?", "… for an Interpol post: what does its bid rest on?"; not a post or a person,
        # which is whom the question points back at)
        setting = [
            m
            for m in unrelated
            if all(e not in _post_bodies() and e not in _people() for e in m)
            and all(entity(e).kind in (EntityKind.PLACE, EntityKind.ORGANISATION) for e in m)
        ]
        tolerated = 1 if q.scene_names and len(q.mentions) > 1 and setting else 0
        if len(unrelated) > allow_unrelated + tolerated:
            continue
        score = 0.0
        covered: set[str] = set()
        for t in terms:
            qual = qualities[t]
            raw = max((q for w, q in qual.items() if w in doc), default=0.0)
            # A looser match counts only where no fact matches the word better ("الدخيسي"
            # must not cover "فالديسي" when Dkhissi is in the facts).
            if raw > 0.0 and raw >= min(best_per_term[t], STEM):
                covered.add(t)
                score += max(q * doc[w] for w, q in qual.items() if w in doc)
        # Items of a list each have their fact: one covers "drones", another "cryptocurrencies".
        words = set(terms)
        joined = {w for a, b in q.conjoined if a & words <= covered for w in b} | {
            w for a, b in q.conjoined if b & words <= covered for w in a
        }
        enough = len(covered | joined) if q.plural else len(covered)
        if enough < need or (q.focus in terms and q.focus not in covered):
            continue
        if q.strict and not all(_says(fact, t) for t in terms):
            continue  # with a word dropped, the fact itself must say every other one
        if q.paragraphs is not None and not any(e.paragraph in q.paragraphs for e in fact.evidence):
            continue  # "in the paragraph about …": the proof lies elsewhere
        says_after = q.after and any(_says(fact, w) for w in ("after", "بعد"))
        if q.excluded and not {e.paragraph for e in fact.evidence} & _excluded_paragraphs(
            q.excluded
        ):
            # "besides its biometric platform": another item of the same account (the
            # paragraph that names the platform)
            continue
        if q.after_of & set(fact.about) and not says_after:
            continue  # "what did Morocco do after the Lyon meeting": not what it did there
        if q.describe and not any(fact.subject in m for m in q.mentions if not m & _sources()):
            continue  # "how does the article describe X": a fact about X
        if q.link and not any(_says(fact, w) for w in vocab.LINK_WORDS):
            continue  # "tied to what": a fact that says no link does not say what it is to
        if q.plural:
            score += len(joined - covered)  # each item's fact is as good as the others'
        for t in q.context:
            qual = qualities[t]
            score += 0.2 * max((q for w, q in qual.items() if w in doc), default=0.0)
        # A name the fact is about counts fully; one it is only linked to, half.
        about = set(fact.about)
        score += sum(
            1.0 if m & about else 0.75
            for m in q.mentions
            if m not in unrelated and (m & related or _within(m) & related)
        )
        score += 0.1 * sum(1 for m in q.mentions if fact.subject in m)
        if q.excluded and all(_says(fact, t) for t in q.excluded):
            score -= 1.0  # the fact of what is left out, last (it may list another item too)
        if q.after and any(_says(fact, w) for w in ("after", "بعد")):
            score += 1.0  # "what will Morocco do after its election": what it says comes after
        out.append(_Candidate(fact, score, frozenset(covered), unrelated))
    order = {f.id: i for i, f in enumerate(FACTS)}
    out.sort(key=lambda c: (-c.score, order[c.fact.id]))
    return out


# --- answers ------------------------------------------------------------------------------------

ANSWERS = Columns(
    "ask",
    "The answers, best first (rank 1 is the best); an empty array (exit 1) when the article "
    "does not say. answer is the thing asked for, of the type answer_type. For a list or a "
    "two-part question the first record holds the whole answer (answer_type list or two-part, "
    "facts the facts it joins) and one record per item follows.",
    Column("answer", "text", Text(ar="الجواب", en="Answer"), doc="the thing asked for"),
    Column("text", "text", Text(ar="الخبر", en="Fact")),
    Column("answer_type", "choice", choices=vocab.ANSWER_TYPES, doc="what the answer is"),
    Column("question_kind", "choice", choices=vocab.ANSWER_TYPES, doc="what the question asks"),
    Column("question_lang", "choice", choices=("ar", "en")),
    Column("fact", "id", doc="the fact that proves it (a list's first item)"),
    Column("facts", "ids", doc="every fact the record joins (one but for lists and two parts)"),
    Column("kind", "choice", choices=tuple(k.value for k in FactKind)),
    Column("rank", "int", doc="1 is the best answer"),
    Column("spans", "spans", doc="article offsets of the evidence words the question asked about"),
)


def _named(ent_id: str, q: Question) -> bool:
    return any(ent_id in m for m in q.mentions) or any(ent_id in m for m in q.described)


def _says(fact: Fact, term: str) -> bool:
    """Whether the fact's statement or evidence has the word (not only what it says of the
    entities it is about)."""
    doc = _document(fact.id)
    return any(doc[w] >= SECONDARY for w in _term_quality(term) if w in doc)


def _only_through_posts(ent_id: str, fact: Fact, q: Question) -> bool:
    """Whether a name in the question is linked to the fact only through a post this entity
    holds: Dkhissi sits on the Executive Committee, which does not make him the answer to
    "who chairs the Executive Committee?"."""
    base = _related(fact.id, posts=False)
    held = _with_what_they_lie_in(_holds_post_in().get(ent_id, ()))
    return any(m & held and not m & base for m in q.mentions)


def _described(ent_id: str, fact: Fact, q: Question) -> bool:
    """Whether the question describes this entity by what the facts call it, where this fact
    itself does not say it: "who nominated *the winner*" describes Dkhissi, so he is no
    answer to it."""
    if q.copula:
        return False  # "who is the new vice-president": the description is of the answer
    epithets = _epithet_words().get(ent_id, frozenset())
    doc = _document(fact.id)
    return any(t in epithets and doc.get(t, 0.0) <= EPITHET for t in q.terms)


def _epithet_words() -> dict[str, frozenset[str]]:
    return _ix(
        "epithet_words",
        lambda: {
            k: frozenset(w for part in v for w in _canon_words(part))
            for k, v in _epithets().items()
        },
    )


def _slots(fact: Fact) -> list[str]:
    """The fact's entities, the likeliest answer first."""
    ids = [fact.subject]
    ids += list(fact.others)
    if fact.object is not None:
        ids.append(fact.object)
    if fact.place is not None:
        ids.insert(0, fact.place)
    return list(dict.fromkeys(ids))


def _value_entity(fact: Fact) -> Entity | None:
    if fact.value is None:
        return None
    for ent in ENTITIES:
        if fact.value.en in _entity_names(ent) or fact.value.ar in _entity_names(ent):
            return ent
    return None


def _place_level(ent: Entity) -> str:
    """city, country or region: a place that something else lies in is bigger than a city."""
    inside = [e for e in ENTITIES if e.part_of == ent.id and e.kind is EntityKind.PLACE]
    if any(e.part_of is not None and inside for e in inside if _has_inside(e)):
        return "region"
    if ent.part_of is not None and entity(ent.part_of).kind is EntityKind.PLACE and not inside:
        return "city"
    return "country"


def _has_inside(ent: Entity) -> bool:
    return any(e.part_of == ent.id and e.kind is EntityKind.PLACE for e in ENTITIES)


def _agent(fact: Fact, q: Question, kinds: tuple[EntityKind, ...]) -> tuple[Text, float] | None:
    """The person or body that answers "who" in this fact, and how well it fits: the fact's
    value first, then its subject, the others it names, and its object last."""
    value_ent = _value_entity(fact)
    doer = entity(fact.subject)
    if (
        q.predicate is not None
        and _KIND_TAGS.get(fact.kind) == q.predicate
        and doer.kind in kinds
        and not _named(doer.id, q)
        and not q.polar
        and not {t.norm for t in tokens(q.text)} & _PASSIVE
        and {s for t in tokens(q.text) for s in stems(t.norm)} & _wordset("doer_verbs")
    ):
        # "Who nominated Morocco's candidate?": who did it, not whom it was done to.
        return doer.name, 0.4
    if fact.value is not None and value_ent is None:
        if EntityKind.PERSON in kinds and any(
            t.word in _wordset("people") for t in _canon(fact.value.en)
        ):
            return fact.value, 0.3  # "the delegates of 96 member countries"
        if EntityKind.PERSON in kinds and _value_given(fact, q):
            return None  # "Who is Morocco's candidate?" is not answered by "Morocco's candidate"
        bodies = {
            e
            for side in _value_words(fact.id)
            for _, e in side
            if e and entity(e).kind is EntityKind.ORGANISATION and not _named(e, q)
        }
        if EntityKind.ORGANISATION in kinds and bodies and not _value_given(fact, q):
            # "With whom does Morocco want to coordinate?": the bodies its short answer names,
            # not a person the fact mentions in passing
            return fact.value, 0.4
    if (
        value_ent is not None
        and value_ent.kind in kinds
        and not _named(value_ent.id, q)
        and not _described(value_ent.id, fact, q)
        and not _only_through_posts(value_ent.id, fact, q)
    ):
        return fact.value or value_ent.name, 0.4
    fits = {fact.subject: 0.3, fact.object: 0.0}
    for ent_id in _slots(fact):
        if ent_id == fact.place:
            continue
        if ent_id == fact.object and not _named(fact.subject, q):
            # The object answers "who did X …" only: "which organisation nominated the man who
            # won" is not answered by the committee he won a seat on.
            continue
        ent = entity(ent_id)
        if (
            ent.kind in kinds
            and not _named(ent_id, q)
            and not _described(ent_id, fact, q)
            and not _only_through_posts(ent_id, fact, q)
        ):
            if q.other and ent_id == fact.subject:
                return None  # "the other candidates": not the one the fact is about
            fit = fits.get(ent_id, 0.1) + (0.1 if ent.kind is EntityKind.PERSON else 0.0)
            return ent.name, fit
    return None


_AGENT_KINDS: dict[str, tuple[EntityKind, ...]] = {
    "agent": (EntityKind.PERSON, EntityKind.ORGANISATION),
    "person": (EntityKind.PERSON,),
    "organisation": (EntityKind.ORGANISATION,),
}


def _extract_fit(fact: Fact, q: Question) -> tuple[Text, float] | None:
    """The fact's answer of the asked type and how well it fits, or None."""
    lists = q.plural and q.asked in ("country", "place", "agent", "thing")
    if lists and fact.value is not None and not _value_given(fact, q):
        # "Which countries also attended?": the fact's value lists them all.
        return (fact.value, 0.3) if _extract(fact, q) is not None else None
    kinds = _AGENT_KINDS.get(q.asked)
    if kinds is not None:
        return _agent(fact, q, kinds)
    text = _extract(fact, q)
    if text is None:
        return None
    if q.asked == "reason" and _document(fact.id).get("c0aim") == 1.0:
        return text, 0.3  # a fact that says what something is for
    # A fact whose short answer is what was asked beats one that only says it in passing.
    return text, 0.2 if fact.value is not None and text == fact.value else 0.0


def _extract(fact: Fact, q: Question) -> Text | None:
    """The fact's answer of the asked type, or None when it holds none."""
    asked = q.asked
    kinds = _AGENT_KINDS.get(asked)
    if kinds is not None:
        found = _agent(fact, q, kinds)
        return None if found is None else found[0]
    if asked == "date":
        if fact.date is None or q.hour or (q.day and fact.date.precision != "day"):
            return None  # ("which day in September": the article says only September)
        d = fact.date
        if q.date_part == "start" and d.end is not None:
            d = DateValue(start=d.start, precision=d.precision)
        elif q.date_part == "end" and d.end is not None:
            d = DateValue(start=d.end, precision=d.precision)
        return Text(ar=d.label("ar"), en=d.label("en"))
    if asked in ("place", "country") and q.inside is not None:
        said = _extract(fact, q._replace(inside=None))
        place = next((e for e in ENTITIES if said is not None and e.name == said), None)
        if place is None and said is not None and fact.place is not None:
            place = entity(fact.place)  # its short answer: "Glasgow, Scotland"
        if place is None or q.inside not in _with_what_they_lie_in([place.id]) - {place.id}:
            return None  # ("which Moroccan city": Glasgow is not in Morocco)
        return said
    if asked == "place":
        if fact.place is not None and not _named(fact.place, q):
            return (
                fact.value
                if fact.kind is FactKind.PLACE and fact.value
                else entity(fact.place).name
            )
        for ent_id in _slots(fact):
            ent = entity(ent_id)
            inside = ent.part_of if ent.kind is EntityKind.PLACE else None
            if _named(ent_id, q) and inside is not None and inside in fact.about and not q.terms:
                return entity(inside).name  # "Where is Glasgow?": in Scotland
        where = _where(fact) if all(_says(fact, t) for t in q.terms) else None
        if where is not None and not _named(where, q):
            return entity(where).name  # where the event the fact says this of was held
        return None
    if asked == "country":
        # "In which country is the city where …", "… was the assembly held": the country of
        # where it happened, when the fact itself says it (not the country of who was there).
        cues = not q.plural and bool(set(_canon_words(q.text)) & _wordset("place_cues"))
        if cues:
            cur = fact.place or (_where(fact) if all(_says(fact, t) for t in q.terms) else None)
            while cur is not None and entity(cur).kind is EntityKind.PLACE:
                if _place_level(entity(cur)) == "country" and not _named(cur, q):
                    return entity(cur).name
                cur = entity(cur).part_of
            return None
        for ent_id in _slots(fact):
            ent = entity(ent_id)
            country = ent.kind is EntityKind.PLACE and _place_level(ent) == "country"
            if country and not _named(ent_id, q):
                return ent.name
        return None
    if asked in ("number", "duration", "ordinal") and not q.terms and not _named(fact.subject, q):
        return None  # "how many" of what? (but "رقم اجتماع ليون": the number of what it names)
    if asked in ("number", "duration"):
        if fact.number is None and _says_unstated(fact, q):
            return fact.value or fact.text  # "How many votes?": the report gives no count
        if fact.number is None or fact.kind is FactKind.DATE:
            return None
        events = {e for m in q.mentions for e in m if entity(e).kind is EntityKind.EVENT}
        if entity(fact.subject).kind is EntityKind.EVENT and events and not _named(fact.subject, q):
            return None  # how long the assembly lasted is not how long the vote in it did
        value_words = {w for side in _value_words(fact.id) for w, _ in side} - STOP_WORDS
        counts = any(not w.isdigit() for w in value_words)
        days = _wordset("days")
        same_unit = bool(value_words & days) and any(set(stems(c)) & days for c in q.counted)
        if q.counted and counts and not value_words & set(q.counted) and not same_unit:
            return None  # "how many police chiefs": "5 countries" counts something else
        if fact.value is not None and _ORDINAL.search(fact.value.en):
            # "How many people attended": "the 8th" is no count; but "how many terms": "the
            # second and final term" counts what is asked about.
            value_words = {w for side in _value_words(fact.id) for w, _ in side}
            if not value_words & set(q.terms):
                return None
        unit = set(_canon_words(fact.value.en if fact.value else ""))
        if asked == "duration" and not ("c0year" in unit or unit & _wordset("days")):
            return None  # a duration is in years or days
        return fact.value or Text(ar=str(fact.number), en=str(fact.number))
    if asked == "ordinal":
        if fact.number is None or fact.value is None or not _is_ordinal(fact.value):
            return None
        return fact.value
    if asked == "post":
        return fact.post
    if asked == "reason":
        if fact.kind not in (FactKind.AIM, FactKind.ASSESSMENT, FactKind.ORGANISATION):
            return None
        if q.kind_of and q.focus is not None and fact.value and not _value_says(fact, q.focus):
            return fact.text
        return fact.value or fact.text
    if asked == "definition":
        subject_named = _named(fact.subject, q)
        if not subject_named:
            return None
        if fact.post is not None:
            return fact.post
        if fact.kind is FactKind.ORGANISATION:
            return fact.text
        return None
    if asked == "activity":
        if not _named(fact.subject, q):
            return None
        if fact.kind not in (FactKind.PARTICIPATION, FactKind.TOPIC):
            return None
        return fact.text
    if asked == "manner":
        # "How was he elected?": the fact's short answer, when it is no name, date or count.
        if fact.value is None or _value_entity(fact) is not None or fact.date is not None:
            return None
        return None if _value_given(fact, q) else fact.value
    # thing
    if q.describe:
        return fact.text  # what the article says of it, in full
    if (
        q.other
        and _value_entity(fact) is None
        and not any(e for side in _value_words(fact.id) for _, e in side)
    ):
        return None  # "which rivals did he defeat": "a large margin" names none of them
    if fact.value is not None and not _value_given(fact, q):
        if q.kind_of and q.focus is not None and not _value_says(fact, q.focus):
            return fact.text  # "what kind of response": the fact says, its short answer not
        return fact.value
    if fact.post is not None and "c0post" in q.terms:
        return fact.post
    return fact.text


def _says_unstated(fact: Fact, q: Question) -> bool:
    """Whether the fact says the article does not give what is asked about ("the report gives
    no vote count" answers "how many votes", not "how many other candidates")."""
    text = fact.text.en.lower()
    for phrase in vocab.UNSTATED:
        at = text.find(phrase)
        if at < 0:
            continue
        unstated = set(_canon_words(text[at + len(phrase) :]))
        if unstated & set(q.terms) or not q.counted:
            return True
    return False


# An ordinal in a fact's English short answer ("the 8th", "the 92nd session", "second and final").
_ORDINAL = re.compile(r"\b(\d+(st|nd|rd|th)|first|second|third|final|last)\b", re.IGNORECASE)


def _is_ordinal(value: Text) -> bool:
    en = value.en.lower()
    return any(s in en for s in ("1st", "2nd", "3rd", "th ", "th", "first", "second", "final"))


def _value_words(fact_id: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """A fact's short answer, each language as (word, the entity whose name it is in, or "")."""

    def build() -> dict[str, tuple[tuple[tuple[str, str], ...], ...]]:
        table = {}
        for f in FACTS:
            if f.value is None:
                continue
            sides = []
            for side in (f.value.en, f.value.ar):
                found = names.mentions(side)
                sides.append(
                    tuple(
                        (
                            t.word,
                            next((m.entity for m in found if m.start <= t.start < m.end), ""),
                        )
                        for t in _canon(side)
                    )
                )
            table[f.id] = tuple(sides)
        return table

    table: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = _ix("value_words", build)
    return table.get(fact_id, ())


def _value_says(fact: Fact, word: str) -> bool:
    """Whether the fact's short answer has the word (in either language)."""
    return any(w == word or word in _variants(w) for side in _value_words(fact.id) for w, _ in side)


def _value_given(fact: Fact, q: Question) -> bool:
    """Whether the question already gives the fact's short answer (then it is no answer): every
    word of it is a word or a name the question has ("Morocco's candidate" in "the Moroccan
    candidate")."""
    asked = set(q.terms) | set(q.named)
    named = {e for m in q.mentions for e in m}
    for side in _value_words(fact.id):
        in_names = any(e in named for _, e in side if e)
        words = {w for w, e in side if not (e and e in named)} - STOP_WORDS
        if in_names and not words:
            return True
        proper = {w for w in words if not w.startswith("c0")} or words
        if proper and all(w in asked or any(v in asked for v in _variants(w)) for w in proper):
            return True
    return False


class _Answer(NamedTuple):
    fact: Fact
    text: Text
    kind: str  # the answer type
    score: float


def _answers(q: Question) -> list[_Answer]:
    candidates = _candidates(q)
    if candidates is None:
        return []
    found: list[_Answer] = []
    verb = q.predicate or (q.terms[0] if q.terms else None)
    verb = verb if q.asked in _AGENT_KINDS and not q.copula else None
    for c in candidates:
        if q.other and not c.covered & {"c0extra", "c0rival", *_wordset("other")}:
            continue  # "the other candidates": only a fact about the others answers
        if verb is not None and not _says(c.fact, verb):
            continue  # "who chairs …": a fact that says someone chairs it, not a description
        extracted = _extract_fit(c.fact, q)
        if extracted is not None:
            found.append(_Answer(c.fact, extracted[0], q.asked, c.score + extracted[1]))
    if not found:
        return []
    if q.copula and q.asked == "agent":
        # "Who is …?" asks for someone: a person when a fact gives one.
        people = [a for a in found if _agent(a.fact, q, (EntityKind.PERSON,)) is not None]
        found = people or found
    if q.predicate is not None and q.asked in _AGENT_KINDS:
        # Nominated is not elected: "who nominated …" is answered by a nomination.
        same = [a for a in found if _KIND_TAGS.get(a.fact.kind) == q.predicate]
        found = same or found
    found.sort(key=lambda a: -a.score)  # stable: ties keep the facts' order
    best = found[0]
    # Further answers only when nearly as good and about what the first is about; they are
    # items of a list (kept for ``_as_list`` to judge) or more proof of the same answer, never
    # a second opinion ("the new Secretary General" is Urquiza, not also Stock).
    named = _named(best.fact.subject, q)
    out: list[_Answer] = []
    for a in found:
        # (items named together each have their fact, some saying more than others)
        spread = ANSWER_SPREAD * (3 if q.plural and q.conjoined else 1)
        if a.score < best.score - spread or (named and not _named(a.fact.subject, q)):
            continue
        out.append(a)
    return out


_LIST_KINDS = (FactKind.TOPIC, FactKind.AIM, FactKind.PARTICIPATION)


def _as_list(found: list[_Answer], q: Question) -> list[_Answer]:
    """The items of a list: facts of the same kind about the same thing, in article order."""
    first = found[0].fact
    posts = q.asked == "post"  # every post of the person asked about
    if first.kind not in _LIST_KINDS and not q.plural and not posts:
        return []
    if q.asked in ("date", "number", "duration", "ordinal", "person") and not q.plural:
        return []
    items = [
        a for a in found if (posts or a.fact.kind is first.kind) and a.fact.subject == first.subject
    ]
    if len({a.text for a in items}) < 2:
        return []  # one answer, however many facts give it
    order = {f.id: i for i, f in enumerate(FACTS)}  # the knowledge's order: the article's
    return sorted(items, key=lambda a: order[a.fact.id])


def _yes_no(q: Question) -> list[Record] | None:
    """Yes with the proof, or No with what the article says instead; None: cannot tell.

    Yes: a fact covers the claim (its words, its verb, every name it gives). No: a fact says
    the opposite of a word of it ("narrow" against "a large margin"), or a fact that covers the
    rest of the claim has another name where the claim has one — who did it (the subject), or
    where it happened (the place of a fact about a place): "No — Glasgow, not Lyon"."""
    if q.premise is not None:
        return _false_premise(q)
    candidates = _candidates(q, allow_unrelated=1)
    if not candidates:
        return None
    opposites = _opposites()
    need = len(q.terms) if q.strict else len(q.terms) - len(q.terms) // 4
    for c in candidates:
        fact = c.fact
        if c.unrelated:
            continue
        doc = _document(fact.id)
        if any(t in opposites and opposites[t] & doc.keys() for t in q.terms):
            said = fact.value or fact.text
            ans = Text(ar=f"لا — {said.ar}", en=f"No — {said.en}")
            return [_record(fact, ans, "yes/no", q, 1)]
        predicate_ok = q.predicate is None or _KIND_TAGS.get(fact.kind) == q.predicate
        direct = {k for e in fact.about for k in _kin(e)}
        if "c0head" in q.terms and any(not m & direct for m in q.mentions):
            continue  # heading the Judicial Police is not heading the DGSN it is part of
        if "c0head" in q.terms and "c0vp" not in q.terms and _says(fact, "c0vp"):
            continue  # a vice-president does not head it ("the presidency of Interpol")
        if q.terms:
            # (the claim's words said by the fact itself, not only by what it says of the
            # people it is about: "does Dkhissi head the DGSN" is not "the DGSN nominated
            # the Director of the Judicial Police")
            own = [t for t in c.covered if _says(fact, t)]
            supported = bool(own) and predicate_ok and len(own) >= need
        else:
            # "Did the vote take place in Glasgow?": the claim is that its names go together.
            supported = len(q.mentions) >= 2 and any(m & set(fact.about) for m in q.mentions)
        if supported:
            said = fact.value or fact.text
            ans = Text(ar=f"نعم — {said.ar}", en=f"Yes — {said.en}")
            return [_record(fact, ans, "yes/no", q, 1)]
    for c in candidates:
        fact = c.fact
        if not c.unrelated:
            continue
        if q.predicate is not None and _KIND_TAGS.get(fact.kind) != q.predicate:
            continue  # "did Morocco *win* …": a nomination has no winner to put instead
        named = [entity(e) for e in c.unrelated[0]]
        kinds = {e.kind for e in named}
        where = _where(fact)
        places = kinds == {EntityKind.PLACE}
        said_all = bool(q.terms) and len(c.covered) == len(q.terms)
        if not ((places and fact.kind is FactKind.PLACE) or said_all):
            continue
        won = fact.kind is FactKind.ELECTION and q.predicate == "c0elect"
        if won and said_all and fact.post and all(e.id in _post_bodies() for e in named):
            # "Did Morocco win the post of Secretary General?": the post the fact has instead
            other = next(
                (f.post for f in FACTS if f.post is not None and named[0].id in f.about),
                named[0].name,
            )
            ans = Text(
                ar=f"لا — {fact.post.ar}، لا {other.ar}", en=f"No — {fact.post.en}, not {other.en}"
            )
            return [_record(fact, ans, "yes/no", q, 1)]
        # What stands in the fact where the claim has its name: who did it, or where it
        # happened. Heading the Judicial Police does not deny heading the delegation, and
        # Morocco (who won) is no answer to "was it in Lyon?".
        role = where if places else fact.subject
        if role is None or entity(role).kind not in kinds or _named(role, q):
            continue
        if not places and entity(role).kind is EntityKind.EVENT:
            continue  # an event does nothing: "the election, not the Lyon meeting" is no answer
        claims_a_post = q.asked == "post" or "c0elect" in q.terms
        if claims_a_post and all(e.id in _post_bodies() for e in named):
            continue  # a post claimed is not who did it: the DGSN is no "instead" for it
        instead = entity(role)
        ans = Text(
            ar=f"لا — {instead.name.ar}، لا {named[0].name.ar}",
            en=f"No — {instead.name.en}, not {named[0].name.en}",
        )
        return [_record(fact, ans, "yes/no", q, 1)]
    return None


def _false_premise(q: Question) -> list[Record] | None:
    """ "Is Stock starting a third term?": No, with what the article has in its place — a fact
    that covers every other word of the claim and every name in it, whose answer is of the
    premise's kind (an ordinal for "third", a date for "on Wednesday"), and, for an ordinal,
    that qualifies a word of the claim ("term", "session"). None: cannot tell."""
    candidates = _candidates(q._replace(terms=(), strict=False))
    for c in candidates or ():
        fact = c.fact
        saying = sum(1 for t in q.terms if _says(fact, t))
        if c.unrelated or saying < len(q.terms) - len(q.terms) // 2:
            continue  # ("starting a third term": the article says *ending* its second)
        if q.premise == "date":
            if fact.date is None:
                continue
            said = Text(ar=fact.date.label("ar"), en=fact.date.label("en"))
        else:
            if fact.value is None or not _ORDINAL.search(fact.value.en):
                continue
            value_words = {w for side in _value_words(fact.id) for w, _ in side}
            if not value_words & set(q.terms):
                continue
            said = fact.value
        ans = Text(ar=f"لا — {said.ar}", en=f"No — {said.en}")
        return [_record(fact, ans, "yes/no", q, 1)]
    return None


def _where(fact: Fact) -> str | None:
    """Where the fact happened: its place, or where the event it is about was held."""
    if fact.place is not None:
        return fact.place
    for ent_id in fact.about:
        cur = entity(ent_id).part_of if entity(ent_id).kind is EntityKind.EVENT else None
        while cur is not None:
            if entity(cur).kind is EntityKind.PLACE:
                return cur
            cur = entity(cur).part_of
    return None


def _opposites() -> dict[str, frozenset[str]]:
    def build() -> dict[str, frozenset[str]]:
        table: dict[str, frozenset[str]] = {}
        for left, right in vocab.OPPOSITES:
            a = frozenset(w for x in left.split() for w in _canon_words(x))
            b = frozenset(w for x in right.split() for w in _canon_words(x))
            for w in a:
                table[w] = b
        return table

    return _ix("opposites", build)


def _record(fact: Fact, text: Text, kind: str, q: Question, rank: int) -> Record:
    return Record(
        fact.id,
        {
            "answer": text,
            "text": fact.text,
            "answer_type": kind,
            "question_kind": _question_kind(q),
            "question_lang": q.lang,
            "fact": fact.id,
            "facts": (fact.id,),
            "kind": fact.kind.value,
            "rank": rank,
            "spans": _highlight_spans(fact.evidence, set(q.terms) | set(q.context)),
        },
        fact.evidence,
        fact.status,
        fact.basis,
    )


def _combined(records: Sequence[Record], kind: str, q: Question) -> Record:
    """One record holding the whole answer (a list, both parts), ahead of its items."""
    ar = "؛ ".join(_text(r, "answer").ar for r in records)
    en = "; ".join(_text(r, "answer").en for r in records)
    texts = list(dict.fromkeys(_text(r, "text") for r in records))
    texts_ar = "؛ ".join(t.ar for t in texts)
    texts_en = "; ".join(t.en for t in texts)
    evidence = tuple(dict.fromkeys(e for r in records for e in r.evidence))
    inferred = [r for r in records if r.status is Status.INFERRED]
    basis = None
    status = Status.STATED
    if inferred:
        status = Status.INFERRED
        basis = Text(
            ar="؛ ".join(r.basis.ar for r in inferred if r.basis),
            en="; ".join(r.basis.en for r in inferred if r.basis),
        )
    return Record(
        "+".join(r.id for r in records),
        {
            "answer": Text(ar=ar, en=en),
            "text": Text(ar=texts_ar, en=texts_en),
            "answer_type": kind,
            "question_kind": _question_kind(q),
            "question_lang": q.lang,
            "fact": records[0].values["fact"],
            "facts": tuple(str(r.values["fact"]) for r in records),
            "kind": records[0].values["kind"],
            "rank": 1,
            "spans": tuple(dict.fromkeys(s for r in records for s in _spans(r))),
        },
        evidence,
        status,
        basis,
    )


def _ranked(record: Record, rank: int) -> Record:
    return replace(record, values={**record.values, "rank": rank})


def _question_kind(q: Question) -> str:
    return "two-part" if q.parts else "yes/no" if q.polar else q.asked


def _text(record: Record, key: str) -> Text:
    value = record.values[key]
    assert isinstance(value, Text)
    return value


def _spans(record: Record) -> tuple[Span, ...]:
    value = record.values["spans"]
    assert isinstance(value, tuple)
    return tuple(s for s in value if isinstance(s, tuple))


def _highlight_spans(evidence: Sequence[Evidence], asked: set[str]) -> tuple[Span, ...]:
    """Article offsets of the evidence words that the question asked about."""
    spans: list[Span] = []
    for ev in evidence:
        for term in _canon(ev.quote):
            hit = term.word in asked or any(s in asked for s in _variants(term.word)[1:])
            if hit:
                spans.append((ev.start + term.start, ev.start + term.end))
    return tuple(dict.fromkeys(spans))


def _records(q: Question) -> list[Record]:
    if not q.parts:
        triaged = _triaged(q)
        if triaged is None:
            return []
        q = triaged
    if q.parts:
        firsts = []
        for part in q.parts:
            recs = _records(part)
            if not recs:
                return []  # half an answer is no answer
            firsts.append(recs[0])
        items = [_ranked(r, rank) for rank, r in enumerate(firsts, 2)]
        return [_combined(firsts, "two-part", q), *items]
    if q.polar:
        return _yes_no(q) or []
    found = _answers(q)
    if not found:
        return _bridged(q)
    listed = _as_list(found, q)
    if listed:
        recs = [_record(a.fact, a.text, a.kind, q, i) for i, a in enumerate(listed, 2)]
        return [_combined(recs, "list", q), *recs]
    same = [a for a in found if a.text == found[0].text][:MAX_ANSWERS]
    return [_record(a.fact, a.text, a.kind, q, i) for i, a in enumerate(same, 1)]


def _bridged(q: Question) -> list[Record]:
    """ "The nationality of the man who will succeed Stock": who the described person is
    (answered first, as "who will succeed Stock?"), then the question about that person; the
    record holds the proof of both steps."""
    words = {t.norm for t in tokens(q.text)}
    heads = words & _wordset("person_heads")
    if not heads or not words & _wordset("relatives") or q.asked in _AGENT_KINDS or q.polar:
        return []
    who = _answers(q._replace(asked="person", predicate=None, copula=False, focus=None))
    if not who:
        return []
    person = next(
        (e.id for e in ENTITIES if e.kind is EntityKind.PERSON and e.name == who[0].text), None
    )
    if person is None or _named(person, q):
        return []
    about = q._replace(terms=(), mentions=(_kin(person),), focus=None, strict=False, counted=())
    found = _answers(about)
    if not found:
        return []
    first, then = who[0], found[0]
    record = _record(then.fact, then.text, then.kind, q, 1)
    inferred = [a.fact for a in (first, then) if a.fact.status is Status.INFERRED]
    basis = Text(
        ar="؛ ".join(f.basis.ar for f in inferred if f.basis),
        en="; ".join(f.basis.en for f in inferred if f.basis),
    )
    return [
        Record(
            record.id,
            {
                **record.values,
                "text": Text(
                    ar=f"{first.fact.text.ar}؛ {then.fact.text.ar}",
                    en=f"{first.fact.text.en}; {then.fact.text.en}",
                ),
                "facts": (first.fact.id, then.fact.id),
            },
            tuple(dict.fromkeys((*first.fact.evidence, *then.fact.evidence))),
            Status.INFERRED if inferred else Status.STATED,
            basis if inferred else None,
        )
    ]


def answer(question: str) -> Result:
    """The facts that answer ``question``, best first; no records when the article can't tell."""
    q = parse_question(question)
    # As typed (not q.text, whose escapes are gone): shown as \uXXXX, never dropped unseen.
    shown = printable(question.strip(), 200)
    title = Text(ar=f"سؤال: {shown}", en=f"Question: {shown}")
    # (a question asked twice is read as its last asking first: the whole, read as one
    # question, mixes the two)
    records = tuple(_restated(q.text) or _chosen(q.text))
    if not records and (q.terms or q.mentions):
        records = tuple(_records(q))
    if not records:
        records = tuple(_without_last_clause(q))
    return Result("ask", title, ANSWERS, records, view="answers", empty_message=NOT_IN_ARTICLE)


# Kinds of answer that one question may ask again in other words ("Where is Glasgow? In which
# country?"): the same kind, or a plain "what" then a kind.
_RESTATED = {("place", "country"), ("country", "place"), ("date", "number")}


def _chosen(text: str) -> list[Record]:
    """ "Was the gap large or small?", "الفرق كان كبير ولا صغير؟": each choice asked as a yes/no
    claim; the one the article says, with its proof. Both or neither: no answer."""
    toks = tokens(text)
    at = len(toks) - 2
    if len(toks) >= 6 and toks[-3].norm in _wordset("choice") and toks[-2].norm == toks[-5].norm:
        at = len(toks) - 3  # "in September or in October": the preposition said again
    if len(toks) < 4 or toks[at].norm not in _wordset("choice"):
        return []
    first, second = toks[at - 1], toks[-1]
    base = text[: first.start].rstrip()
    said: list[tuple[Any, Record]] = []
    denied = 0  # choices the article says otherwise of, or never names at all
    for choice in (first, second):
        claim = f"{base} {text[choice.start : choice.end]}"
        q = _parse_one(claim)
        if not q.polar:
            q = _parse_one(("هل " if q.lang == "ar" else "Is it true that ") + claim)
        if not q.polar or q.parts:
            return []
        triaged = _triaged(q)
        recs = _yes_no(triaged) if triaged is not None else None
        got = recs[0].values["answer"] if recs else None
        if recs and isinstance(got, Text) and got.en.startswith("Yes"):
            said.append((choice, recs[0]))
        elif triaged is None or (isinstance(got, Text) and got.en.startswith("No")):
            denied += 1
    # (one said, the other denied: "in Glasgow or Lyon" with the Lyon claim unanswered is no
    # choice the article makes)
    if len(said) != 1 or denied != 1:
        return []
    choice, record = said[0]
    fact = queries.fact(str(record.values["fact"]))
    word = text[choice.start : choice.end]
    return [_record(fact, Text(ar=word, en=word), "thing", _parse_one(text), 1)]


def _without_last_clause(q: Question) -> list[Record]:
    """ "على أي ركيزة يستند ملف الترشيح المتكامل *الذي قدمته المملكة*؟": a relative clause at the
    end that only says which thing the question means. Asked without it, when what is left
    still asks something of its own (two words at least) and the answer's fact is about every
    name the clause gives."""
    if q.polar or q.parts or _triaged(q) is None:
        return []  # (a clause with a word the article lacks is no mere description: "the
        # candidate who came second")
    toks = tokens(q.text)
    found = _find_question_word([t.norm for t in toks])
    start = found[0] + found[1] if found is not None else 0
    at = next(
        (k for k in range(len(toks) - 1, start + 2, -1) if toks[k].norm in _wordset("relatives")),
        None,
    )
    if at is None:
        return []
    clause_names = [m.entity for m in names.mentions(q.text) if m.start >= toks[at].start]
    shorter = _parse_one(q.text[: toks[at].start].rstrip())
    if len(shorter.terms) < 2 or shorter.parts or shorter.polar:
        return []
    records = _records(shorter)
    if not records:
        return []
    fact = queries.fact(str(records[0].values["fact"]))
    related = _related(fact.id)
    if not all(_kin(e) & related for e in clause_names):
        return []
    # What the clause says must be true of what the answer is about: some fact about it says
    # each of its words ("the file *the Kingdom submitted*": Morocco submitted one; "the
    # candidate *who lost*": no fact says anyone lost).
    said_of = [f for f in FACTS if f.subject in fact.about]
    clause = _parse_one(q.text[toks[at].start :])
    if not all(any(_says(f, t) for f in said_of) for t in clause.terms):
        return []
    return records


def _same_ask(first: Question, last: Question) -> bool:
    """Whether a second asking asks the first again: the same kind, or a vague "what" made
    precise ("شنو هي الخدمة ديالو؟ شنو المنصب؟"), not a precise question followed by another
    ("Who is Dkhissi? What is his rank?"); after a date, a bare "من كم لكم؟" (from when to when)
    with no word of its own."""
    a, b = first.asked, last.asked
    if (a, b) == ("date", "number"):
        return not last.terms and not last.mentions
    return a == b or a == "thing" or (a, b) in _RESTATED


def _restated(text: str) -> list[Record]:
    """A question asked twice, the second time in other words ("… جنسيته إيه؟ من أنهي بلد؟",
    "Where is Glasgow? In which country?"): the last asking, about what the first named, with
    the first's words as its scene. Two questions that ask for different things are a two-part
    question, never half answered."""
    ends = [m.end() for m in re.finditer(r"[?؟]", text)]
    cuts = [e for e in ends if text[e:].strip()]
    if not cuts:
        return []
    first, last = _parse_one(text[: cuts[-1]]), _parse_one(text[cuts[-1] :])
    if not _same_ask(first, last) or any(x.polar or x.parts for x in (first, last)):
        return []
    # (the precise kind of the two; "من كم لكم" after a date asks the date's span)
    vague = last.asked == "thing" or (first.asked, last.asked) == ("date", "number")
    asked = first.asked if vague else last.asked
    # (the first asking's words the knowledge has say what is asked about: "… أنهي مكتب مركزي؟
    # في مدينة إيه؟" asks the bureau's city; the others only set the scene)
    merged = last._replace(
        text=text,
        asked=asked,
        mentions=last.mentions or first.mentions,
        named=tuple(dict.fromkeys(first.named + last.named)),
    )
    if not merged.terms and not merged.mentions:
        return []
    asked_of = merged._replace(
        terms=tuple(dict.fromkeys(last.terms + first.terms)),
        context=tuple(dict.fromkeys(last.context + first.context)),
    )
    scene = merged._replace(
        context=tuple(dict.fromkeys(last.context + first.terms + first.context))
    )
    return _records(asked_of) or _records(scene)


def answers(questions: Iterable[str]) -> list[Result]:
    """``answer`` for each question, in one process."""
    return [answer(q) for q in questions]


_BUILDERS: dict[str, Callable[[], object]] = {
    "concepts": _concept_of,
    "phrases": _phrases,
    "fillers": _fillers,
    "question_words": _question_words,
    "type_nouns": _type_nouns,
    "wordsets": lambda: _wordset("other"),
    "opposites": _opposites,
    "related_concepts": _related_concepts,
    "epithet_words": _epithet_words,
    "holds_post_in": _holds_post_in,
    "kin": lambda: _kin(FACTS[0].subject),
    "documents": _documents,
    "related": lambda: _related(FACTS[0].id),
    "related_no_posts": lambda: _related(FACTS[0].id, posts=False),
    "related_strict": lambda: _related_strict(FACTS[0].id),
    "stem_index": _stem_index,
    "sorted_stems": _sorted_stems,
    "latin_words": _latin_words,
    "value_words": lambda: _value_words(FACTS[0].id),
}
# Caches that hold what was computed from the tables (cleared after a build).
_CACHED = (_canon_words, _term_quality, _within)
