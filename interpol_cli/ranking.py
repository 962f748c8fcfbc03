"""A small ranked search over documents (article paragraphs, translations, facts...).

Each query word is matched against each document word after normalisation (see
``interpol_cli.normalize``); the best kind of match counts:

* exact (1.0): the same normalised word;
* stem (0.85): the two words share a clitic-stripped stem ("انتربول" ~ "للأنتربول");
* prefix (0.7): a query word of 4+ letters starts a document word
  ("انتخاب" ~ "انتخابات");
* typo (0.6): one insertion, deletion, substitution or transposition, for query words
  of 4+ letters ("glasgo" ~ "Glasgow", "غلاسكوا" ~ "غلاسكو").

Words with digits match exactly or not at all (2024 must not find 2025). Stop words in
the query are ignored unless the query has nothing else.

Score = number of distinct query words matched
      + 0.5 x mean match quality
      + 0.3 x share of consecutive query words found next to each other, in order
      + 0.05 x how many words matched (capped at 10, scaled to 0..1).
The extras add up to less than 1, so matching more query words always ranks first.
Equal scores are ordered by paragraph, then offset, then input order.

Cost is linear in the total text size: every document is tokenised once per call, and
word comparisons run once per distinct word form, not once per occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from interpol_cli.normalize import stems, tokens

__all__ = ["STOP_WORDS", "Document", "Hit", "query_terms", "search", "within_one_edit"]

EXACT = 1.0
STEM = 0.85
PREFIX = 0.7
TYPO = 0.6

# Shortest query word allowed prefix and typo matches: shorter ones match too much.
_LOOSE_MIN = 4

# Written in normalised form (ي for ى, ا for أ/إ, ه for ة, case-folded) so normalised
# query words can be looked up directly; a test checks this.
_STOP_EN = (
    "a an the of in on at to for from by with and or but nor is are was were be been "
    "being as that this these those it its into onto than then there their which who "
    "whom whose what when where while not no also has have had will would can could "
    "do does did s t"
)
_STOP_AR = (
    "في من علي الي عن مع ان او و ف ب ل ك ثم قد لا ما لم لن هو هي هم هذا هذه ذلك تلك "
    "التي الذي الذين اللذين كان كانت بين كما حتي منذ عند عبر ضمن خلال اي ايضا"
)
STOP_WORDS: frozenset[str] = frozenset(_STOP_EN.split() + _STOP_AR.split())


@dataclass(frozen=True, slots=True)
class Document:
    """A searchable text; ``offset`` is where ``text`` starts in the article."""

    id: str
    kind: str
    text: str
    paragraph: int
    offset: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A matching document; ``spans`` are ARTICLE offsets (doc.offset + local)."""

    doc: Document
    score: float
    spans: tuple[tuple[int, int], ...]


def query_terms(query: str) -> list[str]:
    """The normalised query words that take part in matching, in query order."""
    words = [tok.norm for tok in tokens(query)]
    content = [w for w in words if w not in STOP_WORDS]
    return content if content else words


def within_one_edit(a: str, b: str) -> bool:
    """Whether the optimal-string-alignment (Damerau-Levenshtein) distance is <= 1."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    shortest = min(la, lb)
    while i < shortest and a[i] == b[i]:
        i += 1
    if i == shortest:
        return True  # equal, or one extra character at the end
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # substitution
        return a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]  # one extra character in a
    return a[i:] == b[i + 1 :]  # one extra character in b


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _quality(term: str, term_stems: tuple[str, ...], loose: bool, word: str) -> float:
    """How well document word ``word`` matches query word ``term`` (0.0: not at all)."""
    if word == term:
        return EXACT
    word_stems = stems(word)
    if any(s in word_stems for s in term_stems):
        return STEM
    if not loose or _has_digit(word):
        return 0.0
    long_stems = [s for s in term_stems if len(s) >= _LOOSE_MIN]
    for ws in word_stems:
        if any(ws.startswith(s) for s in long_stems):
            return PREFIX
    for ws in word_stems:
        if any(within_one_edit(s, ws) for s in long_stems):
            return TYPO
    return 0.0


def search(query: str, documents: Sequence[Document], *, limit: int | None = None) -> list[Hit]:
    """Documents matching ``query``, best first (ranking: see the module docstring)."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0 or None, not {limit}")
    ordered = query_terms(query)
    if not ordered or limit == 0:
        return []
    unique = list(dict.fromkeys(ordered))
    term_index = {t: j for j, t in enumerate(unique)}
    term_info = [(t, stems(t), len(t) >= _LOOSE_MIN and not _has_digit(t)) for t in unique]
    # Adjacency skips stop words in the documents (the query lost them too), unless the
    # query itself is made of stop words.
    skipped = STOP_WORDS if any(t not in STOP_WORDS for t in unique) else frozenset()

    # Pass 1: tokenise every document once; group occurrences by normalised form.
    doc_tokens = []
    ranks: list[list[int]] = []  # position among non-skipped words, -1 if skipped
    vocab: dict[str, list[tuple[int, int]]] = {}
    for d, doc in enumerate(documents):
        toks = tokens(doc.text)
        doc_tokens.append(toks)
        doc_ranks: list[int] = []
        rank = 0
        for ti, tok in enumerate(toks):
            vocab.setdefault(tok.norm, []).append((d, ti))
            if tok.norm in skipped:
                doc_ranks.append(-1)
            else:
                doc_ranks.append(rank)
                rank += 1
        ranks.append(doc_ranks)

    # Pass 2: compare each distinct form with each query word once, then spread the
    # result to its occurrences. matches[d][j] = (best quality, matching token indices).
    matches: dict[int, dict[int, tuple[float, list[int]]]] = {}
    for word, occurrences in vocab.items():
        for j, (term, term_stems, loose) in enumerate(term_info):
            q = _quality(term, term_stems, loose, word)
            if q == 0.0:
                continue
            for d, ti in occurrences:
                per_doc = matches.setdefault(d, {})
                best, where = per_doc.get(j, (0.0, []))
                where.append(ti)
                per_doc[j] = (max(best, q), where)

    n_terms = len(unique)
    pairs = [(term_index[a], term_index[b]) for a, b in pairwise(ordered)]
    ranked: list[tuple[int, Hit]] = []
    for d, per_doc in matches.items():
        doc = documents[d]
        doc_ranks = ranks[d]
        quality = sum(best for best, _ in per_doc.values()) / n_terms
        adjacent = 0
        for a, b in pairs:
            if a in per_doc and b in per_doc:
                a_ranks = {doc_ranks[ti] for ti in per_doc[a][1] if doc_ranks[ti] >= 0}
                if any(doc_ranks[ti] - 1 in a_ranks for ti in per_doc[b][1]):
                    adjacent += 1
        phrase = adjacent / len(pairs) if pairs else 0.0
        token_hits = {ti for _, where in per_doc.values() for ti in where}
        frequency = min(len(token_hits), 10) / 10
        score = len(per_doc) + 0.5 * quality + 0.3 * phrase + 0.05 * frequency
        toks = doc_tokens[d]
        spans = tuple(
            sorted((doc.offset + toks[ti].start, doc.offset + toks[ti].end) for ti in token_hits)
        )
        # Rounded so float noise cannot break a tie the ranking rules call equal.
        ranked.append((d, Hit(doc, round(score, 9), spans)))

    # ``matches`` is in vocabulary order, so the input position ends the sort key.
    ranked.sort(
        key=lambda item: (-item[1].score, item[1].doc.paragraph, item[1].doc.offset, item[0])
    )
    hits = [hit for _, hit in ranked]
    return hits if limit is None else hits[:limit]
