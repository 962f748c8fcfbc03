"""``ask`` and ``search``: questions and queries in Arabic or English, answered from the facts.

``answer(question)`` never guesses. It works in four steps:

1. the question's language and kind (who / when / where / how many / what / which / why) are
   read from its question words (من، متى، أين، كم، ما، ماذا، أي، لماذا and the English ones);
2. the remaining words are *canonicalised*: synonyms people use for the same idea ("elected",
   "won", "chosen", انتُخب، فاز) become one concept tag, and multi-word names of posts ("secretary
   general", الأمين العام، نائب الرئيس) become one tag; the same function runs over each fact's
   Arabic and English text, value, post, entity names and evidence quotes;
3. ``search.search`` (the project's Arabic-aware engine: stems, prefixes, one typo) scores every
   fact against those words; a fact is a candidate only if it covers every content word of the
   question (one miss allowed per four words) and fits the kind of question (a date for "when",
   a place for "where", a count *of the thing asked about* for "how many");
4. the answer is the fact's short value in the question's language (a date label, a place, a
   name the question did not already give), then the fact and its evidence.

No candidate: an empty result, which the CLI reports as "not in the article" (exit 1).
Stdlib only (plus the project's own light modules): this sits on the CLI's fast path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, get_args

from interpol_cli import queries
from interpol_cli.escape import printable
from interpol_cli.knowledge import ENTITIES, FACTS, entity
from interpol_cli.model import Entity, EntityKind, Evidence, Fact, FactKind, Lang, Text
from interpol_cli.normalize import is_arabic, stems, tokens
from interpol_cli.results import Column, Columns, Record, Result, Span
from interpol_cli.search import (
    STEM,
    STOP_WORDS,
    Document,
    _quality,  # the search's own word matching, reused as is
    search,
)
from interpol_cli.text import checked_input, input_lang

__all__ = [
    "NOT_IN_ARTICLE",
    "Question",
    "answer",
    "parse_question",
    "question_lang",
]

QuestionKind = Literal["who", "when", "where", "how_many", "why", "which", "what"]

MAX_ANSWERS = 3
ANSWER_SPREAD = 0.4  # further answers score at most this much below the best

NOT_IN_ARTICLE = Text(
    ar="ليس في الخبر: لا شيء في الخبر يجيب عن هذا السؤال.",
    en="Not in the article: nothing in the report answers this question.",
)

# --- concepts -----------------------------------------------------------------------------------
# Each tag stands for every word in its group, in both languages. Tags hold a digit, so the search
# matches them exactly (never as a prefix or a typo of something else).
_CONCEPTS: dict[str, str] = {
    "c0elect": "elect elected elects election elections electing won win wins winning winner "
    "chosen choose chose selected انتخب انتخبت انتخبه انتخاب انتخابات انتخابه فاز يفوز الفوز "
    "فوز اختير اختيار انتخابها",
    "c0vote": "vote votes voted voting ballot ballots تصويت التصويت اصوات الاصوات صوت صوتت "
    "صوتا اصواتا",
    "c0get": "get gets got received receive obtained obtain حصل حصلت نال نالت",
    "c0begin": "become became begin began start started took تولي تولى بدا بدات اصبح صار",
    "c0nominate": "nominate nominated nominates nominating nominee nomination candidate "
    "candidates candidacy candidature ran run running رشح رشحت رشحه ترشيح الترشيح ترشح مرشح "
    "المرشح المرشحين مرشحا",
    "c0vp": "vice نائب نائبا كنائب",
    "c0head": "head heads headed led lead leads leader chaired chair director directs directed "
    "ترأس يرأس ترؤس برئاسه قاد يقود قياده مدير يدير",
    "c0sg": "",  # phrases only (see _PHRASES)
    "c0dg": "",
    "c0ga": "assembly",
    "c0found": "founded found founding established establish establishment created "
    "creation formed تاسس تاسست تاسيس اسس انشئ انشات انشاء نشا",
    "c0member": "member members membership عضو اعضاء الاعضاء عضوا",
    "c0country": "country countries state states nation nations دوله دول الدول بلد بلدان البلدان",
    "c0year": "year years سنه سنوات السنوات اعوام سنين",
    "c0term": "term terms mandate mandates ولايه ولايته ولايات",
    "c0meet": "meeting meetings meet met conference اجتماع الاجتماع لقاء مؤتمر",
    "c0topic": "discussed discuss discussion topic topics agenda subjects issues issue "
    "talked نوقش ناقش مناقشه تباحث التباحث مواضيع موضوع محاور قضايا",
    "c0aim": "aim aims goal goals objective objectives purpose purposes hope hopes want wants "
    "plan plans intend intends seek seeks why هدف اهداف يهدف هدفها غايه غرض بغرض يتطلع يسعي "
    "لماذا رغبه",
    "c0royal": "king royal monarch majesty ملك الملك الملكيه ملكي العاهل عاهل",
    "c0guide": "orientation orientations guidance guidelines directives vision inspired "
    "inspire inspires توجهات توجيهات يستلهم رويه",
    "c0nation": "nationality citizenship citizen جنسيه جنسيته",
    "c0hq": "headquarters headquartered seat based مقر بمقر",
    "c0margin": "margin landslide crushing overwhelming فارق بفارق ساحقه",
    "c0deleg": "delegation وفد الوفد",
    "c0delegate": "delegate delegates representatives مندوب مندوبي مندوبو",
    "c0attend": "attended attend attends participated participate participation took "
    "joined شارك حضر حضرت حضرته مشارك المشارك المشاركه",
    "c0extra": "other others extra additional besides invited guest guests اخري الاخري اضافه "
    "بالاضافه مدعوه",
    "c0africa": "africa african continent افريقيا الافريقيه افريقي القاره قاره",
    "c0post": "post posts position positions office offices job jobs title titles role roles "
    "منصب المنصب مناصب وظيفه",
    "c0office": "",  # take office (phrases only)
    "c0source": "source statement announced announcement بيان البيان مصدر",
    "c0purpose": "",
    "c0crime": "crime crimes criminal جريمه الجريمه جرائم الجرائم",
    "c0next": "new next incoming future succeeding successor succeed succeeds succeeded "
    "replace replaces replaced الجديد جديد المقبل القادم خلف يخلف خليفه",
    "c0current": "outgoing current departing previous former incumbent الحالي المنتهيه السابق",
    "c0morocco": "morocco moroccan moroccans المغرب المغربي المغربيه",
}

# Multi-word names, longest first. Each word may carry Arabic clitics (matched on stems).
_PHRASES: tuple[tuple[str, str], ...] = (
    ("vice president", "c0vp"),
    ("vice presidents", "c0vp"),
    ("vice presidency", "c0vp"),
    ("deputy president", "c0vp"),
    ("نائب رئيس", "c0vp"),
    ("نائب الرئيس", "c0vp"),
    ("نائبا لرئيس", "c0vp"),
    ("نائبا للرئيس", "c0vp"),
    ("نائب لرئيس", "c0vp"),
    ("نواب رئيس", "c0vp"),
    ("secretary general", "c0sg"),
    ("secretary generals", "c0sg"),
    ("general secretary", "c0sg"),
    ("general secretariat", "c0sg"),
    ("الامين العام", "c0sg"),
    ("امين عام", "c0sg"),
    ("امينا عاما", "c0sg"),
    ("الامانه العامه", "c0sg"),
    ("director general", "c0dg"),
    ("المدير العام", "c0dg"),
    ("general assembly", "c0ga"),
    ("الجمعيه العامه", "c0ga"),
    ("رئيس الوفد", "c0head c0deleg"),
    ("رئيس وفد", "c0head c0deleg"),
    ("رئيس المكتب", "c0head المكتب"),
    ("take office", "c0office"),
    ("takes office", "c0office"),
    ("took office", "c0office"),
    ("taking office", "c0office"),
    ("assume office", "c0office"),
    ("assumes office", "c0office"),
    ("start his duties", "c0office"),
    ("يباشر مهامه", "c0office"),
    ("سيباشر مهامه", "c0office"),
    ("يتولي مهامه", "c0office"),
    ("يتسلم مهامه", "c0office"),
    ("took part", "c0attend"),
    ("take part", "c0attend"),
    ("set up", "c0found"),
)

# Words that only shape a question (its kind, politeness, "the report says"): dropped.
_FILLERS_EN = (
    "who whom whose what when where which why how many much long did does do done is are "
    "was were he him his she her they them their it its me tell please according article "
    "report say says said get got take took place held hold holds happen happened occur "
    "occurred serve served mentioned named name called give gave kind sort "
    "date day days month time city town exactly located lies organisation organization body"
)
_FILLERS_AR = (
    "من متي اين كم ما ماذا اي هل لماذا كيف هو هي هم الذي التي عدد تم جري يذكر الخبر "
    "المقال حسب اسم يسمي ماهو ماهي وما وماذا ومن ومتي واين وكم تاريخ يوم اليوم شهر مدينه "
    "باي يقع تقع جهه وقت جرت عقد عقدت انعقد انعقدت حصل عليها عليه له لها منه منها فيه فيها به بها"
)
_FILLERS = frozenset(_FILLERS_EN.split() + _FILLERS_AR.split())

# Question words at the start (normalised), and the kind of question they ask.
_KIND_WORDS: tuple[tuple[tuple[str, ...], QuestionKind], ...] = (
    (("how", "many"), "how_many"),
    (("how", "much"), "how_many"),
    (("how", "long"), "how_many"),
    (("كم",), "how_many"),
    (("when",), "when"),
    (("متي",), "when"),
    (("what", "year"), "when"),
    (("which", "year"), "when"),
    (("what", "date"), "when"),
    (("which", "date"), "when"),
    (("what", "day"), "when"),
    (("which", "day"), "when"),
    (("what", "month"), "when"),
    (("which", "month"), "when"),
    (("اي", "سنه"), "when"),
    (("اي", "يوم"), "when"),
    (("اي", "تاريخ"), "when"),
    (("اي", "شهر"), "when"),
    (("ما", "تاريخ"), "when"),
    (("where",), "where"),
    (("اين",), "where"),
    (("what", "city"), "where"),
    (("which", "city"), "where"),
    (("اي", "مدينه"), "where"),
    (("why",), "why"),
    (("لماذا",), "why"),
    (("which", "organisation"), "who"),
    (("which", "organization"), "who"),
    (("which", "body"), "who"),
    (("what", "organisation"), "who"),
    (("what", "organization"), "who"),
    (("اي", "جهه"), "who"),
    (("who",), "who"),
    (("whom",), "who"),
    (("whose",), "who"),
    (("من",), "who"),
    (("which",), "which"),
    (("اي",), "which"),
    (("باي",), "which"),
    (("what",), "what"),
    (("ما",), "what"),
    (("ماذا",), "what"),
)

# Per-fact words for questions people ask that the fact's own text does not word that way.
_HINTS: dict[str, str] = {
    "elected_by_96_countries": "votes voted c0delegate",
    "wide_margin": "c0vote c0get",
    "urquiza_nationality": "c0nation",
    "mena_meeting_extra_countries": "c0extra c0country",
    "mena_meeting_extra_count": "c0extra c0country c0attend",
    "interpol_purpose": "c0aim",
    "stock_ten_years": "c0head",
    # Ten years ending in 2024: when he began, and how long he was Secretary General.
    "stock_tenure": "c0head c0year c0begin c0sg",
    "hammouchi_led_glasgow_delegation": "c0head",
    "election_day": "c0elect",
    # The article names him in the paragraph that says Morocco's candidate won the post.
    "dgsn_nominated_dkhissi": "c0morocco c0nominate",
    # Same sentence: he takes office "when the current Secretary General Jürgen Stock ends
    # his second and final term".
    "urquiza_takes_office": "c0next stock شتوك jurgen يورغن c0sg c0begin",
    "report_date": "published",
    "candidacy_aim_police_structures": "c0aim",
    "candidacy_aim_south_south": "c0aim",
    "royal_orientation": "c0aim",
    "candidacy_file": "c0aim",
}

# What a number-bearing fact counts: a "how many X" question must ask about one of these.
_UNITS: dict[str, str] = {
    "elected_by_96_countries": "c0country c0delegate c0member",
    "interpol_member_countries": "c0country c0member",
    "mena_meeting_extra_count": "c0country",
    "stock_ten_years": "c0year",
    "stock_outgoing": "c0term",
    "wide_margin": "c0vote",  # the report gives no count: this fact says so
    "election_at_general_assembly": "session sessions دوره",
    "mena_meeting_number": "c0meet",
}

# The kinds of fact that answer each kind of question best (a small bonus, not a filter).
_PREFERRED: dict[QuestionKind, tuple[FactKind, ...]] = {
    "when": (FactKind.DATE,),
    "where": (FactKind.PLACE,),
    "how_many": (FactKind.NUMBER,),
    "why": (FactKind.AIM, FactKind.ASSESSMENT),
}


# --- canonical words ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Term:
    word: str
    start: int
    end: int


@cache
def _concept_of() -> dict[str, str]:
    """Normalised word -> concept tag."""
    table: dict[str, str] = {}
    for tag, words in _CONCEPTS.items():
        for word in words.split():
            table[_norm_word(word)] = tag
    return table


Phrase = tuple[tuple[str, ...], tuple[str, ...]]  # (normalised words, tags they become)


@cache
def _phrases() -> dict[str, tuple[Phrase, ...]]:
    """Phrases by their first word, longest first (checked only where that word stands)."""
    by_first: dict[str, list[Phrase]] = {}
    for phrase, out in _PHRASES:
        words = tuple(_norm_word(w) for w in phrase.split())
        by_first.setdefault(words[0], []).append((words, tuple(out.split())))
    return {w: tuple(sorted(p, key=lambda item: -len(item[0]))) for w, p in by_first.items()}


def _norm_word(word: str) -> str:
    toks = tokens(word)
    return toks[0].norm if toks else ""


def _matches(token_norm: str, word: str) -> bool:
    return token_norm == word or word in stems(token_norm)


def _canon(text: str) -> list[_Term]:
    """The words of ``text`` with synonyms and multi-word names replaced by concept tags.

    Spans stay in ``text``'s offsets, so a tag can be highlighted where its words stand.
    """
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
            tag = next((concept[s] for s in stems(tok.norm) if s in concept), None)
            out.append(_Term(tag or tok.norm, tok.start, tok.end))
            i += 1
    return out


@cache
def _canon_words(text: str) -> tuple[str, ...]:
    # Entity names recur in many facts: canonicalise each distinct string once.
    return tuple(t.word for t in _canon(text))


# --- the question -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    lang: Lang
    kind: QuestionKind
    terms: tuple[str, ...]  # canonical content words, in order, without repeats
    unit: str | None  # for "how many": what is counted


def question_lang(text: str) -> Lang:
    """Arabic when the question has at least as many Arabic letters as Latin ones."""
    return input_lang(text)


def parse_question(text: str) -> Question:
    text = checked_input(text, "question", "interpol-cli ask 'Who won the election?'")
    lang = question_lang(text)
    words = [t.norm for t in tokens(text)]
    kind: QuestionKind = "what"
    kind_at = len(words)
    # The first question word decides ("In which city ...", "كم عدد ..."), however far in.
    for pos in range(len(words)):
        for pattern, pattern_kind in _KIND_WORDS:
            if tuple(words[pos : pos + len(pattern)]) == pattern:
                kind, kind_at = pattern_kind, pos
                break
        if kind_at < len(words):
            break
    canon = _canon(text)
    terms = [
        t.word
        for t in canon
        if t.word not in _FILLERS and t.word not in STOP_WORDS and not _is_filler(t.word)
    ]
    unit = None
    if kind == "how_many":
        # The counted thing is the first content word after the question word.
        after = [
            t.word
            for t in canon
            if t.start >= _offset_of_word(text, kind_at) and t.word in set(terms)
        ]
        unit = after[0] if after else None
    return Question(text, lang, kind, tuple(dict.fromkeys(terms)), unit)


def _is_filler(word: str) -> bool:
    return is_arabic(word) and any(s in _FILLERS for s in stems(word)[1:])


def _offset_of_word(text: str, index: int) -> int:
    toks = tokens(text)
    return toks[index].start if index < len(toks) else len(text)


# --- the facts as searchable documents ----------------------------------------------------------


def _entity_names(ent: Entity) -> list[str]:
    return [ent.name.ar, ent.name.en, *ent.aliases]


def _fact_words(fact: Fact) -> str:
    parts: list[str] = [fact.text.ar, fact.text.en]
    for extra in (fact.value, fact.post):
        if extra is not None:
            parts += [extra.ar, extra.en]
    if fact.date is not None:
        parts += [fact.date.label("ar"), fact.date.label("en"), fact.date.iso.replace("-", " ")]
    for ent_id in fact.about:
        ent = entity(ent_id)
        # Aliases only for what the fact is mainly about: an alias like "vote" on an event the
        # fact merely mentions would make it answer questions it does not answer.
        main = ent_id in (fact.subject, fact.object, fact.place)
        parts += _entity_names(ent) if main else [ent.name.ar, ent.name.en]
    parts += [ev.quote for ev in fact.evidence]
    words = [w for part in parts for w in _canon_words(part)]
    if fact.post is not None:
        words.append("c0post")
    if fact.kind is FactKind.TOPIC:
        words.append("c0topic")
    words += [t.word for t in _canon(_HINTS.get(fact.id, ""))]
    return " ".join(words)


@cache
def _fact_documents() -> tuple[Document, ...]:
    return tuple(Document(f.id, f.kind.value, _fact_words(f), n, 0) for n, f in enumerate(FACTS))


@cache
def _entity_words() -> tuple[tuple[Entity, tuple[frozenset[str], ...]], ...]:
    out = []
    for ent in ENTITIES:
        names = tuple(
            frozenset(t.word for t in _canon(name) if t.word not in STOP_WORDS)
            for name in _entity_names(ent)
        )
        out.append((ent, tuple(n for n in names if n)))
    return tuple(out)


def _mentioned(words: set[str]) -> set[str]:
    """Ids of entities the question names (every word of one of their names is in it)."""
    return {ent.id for ent, names in _entity_words() if any(n <= words for n in names)}


@cache
def _fact_vocabularies() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((d.id, frozenset(d.text.split())) for d in _fact_documents())


def _coverage(terms: Sequence[str]) -> dict[str, set[str]]:
    """Fact id -> the question words it covers.

    A word matches as the search matches it (exact, stem, prefix, one typo), but a looser match
    counts only where no fact matches it better: "الدخيسي" must not cover "فالديسي" (one
    letter off) when Dkhissi himself is in the facts.
    """
    vocabularies = _fact_vocabularies()
    every_word = frozenset().union(*(words for _, words in vocabularies))
    covered: dict[str, set[str]] = {fact_id: set() for fact_id, _ in vocabularies}
    for term in terms:
        term_stems = stems(term)
        loose = len(term) >= 4 and not any(c.isdigit() for c in term)
        quality = {w: _quality(term, term_stems, loose, w) for w in every_word}
        per_fact = {
            fid: max((quality[w] for w in words), default=0.0) for fid, words in vocabularies
        }
        best = max(per_fact.values(), default=0.0)
        floor = min(best, STEM)
        for fid, q in per_fact.items():
            if q > 0.0 and q >= floor:
                covered[fid].add(term)
    return covered


# --- answering ----------------------------------------------------------------------------------

ANSWERS = Columns(
    "ask",
    "The facts that answer the question, best first (rank 1 is the best); an empty array "
    "(exit 1) when the article does not say.",
    Column("answer", "text", Text(ar="الجواب", en="Answer")),
    Column("text", "text", Text(ar="الخبر", en="Fact")),
    Column("question_kind", "choice", choices=get_args(QuestionKind)),
    Column("question_lang", "choice", choices=("ar", "en")),
    Column("fact", "id"),
    Column("kind", "choice", choices=tuple(k.value for k in FactKind)),
    Column("rank", "int", doc="1 is the best answer"),
    Column("spans", "spans", doc="article offsets of the evidence words the question asked about"),
)


def _fits(fact: Fact, q: Question, covered_unit: bool) -> bool:
    if q.kind == "when":
        return fact.date is not None
    if q.kind == "where":
        return fact.place is not None or fact.kind is FactKind.PLACE
    if q.kind == "how_many":
        counts = fact.number is not None or fact.id in _UNITS
        if q.unit is None:
            return counts
        return counts and covered_unit and q.unit in _UNITS.get(fact.id, "").split()
    return True


def _bonus(fact: Fact, q: Question, mentioned: set[str]) -> float:
    """Less than 1 in all: never outweighs one more question word matched."""
    bonus = 0.0
    if fact.subject in mentioned:
        bonus += 0.2
    if fact.kind in _PREFERRED.get(q.kind, ()):
        bonus += 0.3
    if q.kind == "who":
        bonus += _who_score(fact, q)
    if fact.value is not None:
        bonus += 0.1
    return bonus


def _who_options(fact: Fact) -> list[tuple[Text, float]]:
    """Possible answers to "who", best first, each with how well it answers "who"."""
    options: list[tuple[Text, float]] = []
    if fact.value is not None:
        options.append((fact.value, _who_weight(fact.value)))
    subject = entity(fact.subject)
    options.append((subject.name, _KIND_WEIGHT.get(subject.kind, 0.0)))
    for other in fact.others:
        # "Which body elected Urquiza?": the General Assembly is among the fact's others.
        ent = entity(other)
        if ent.kind in (EntityKind.PERSON, EntityKind.ORGANISATION):
            options.append((ent.name, 0.2))
    if fact.object is not None:
        # The object is what the subject did something to: a last resort, never preferred.
        options.append((entity(fact.object).name, 0.0))
    return options


_KIND_WEIGHT = {EntityKind.PERSON: 0.6, EntityKind.ORGANISATION: 0.3, EntityKind.PLACE: 0.3}


def _who_weight(value: Text) -> float:
    for ent in ENTITIES:
        if value.en in _entity_names(ent) or value.ar in _entity_names(ent):
            return _KIND_WEIGHT.get(ent.kind, 0.0)
    return 0.3 if _names_people(value) else 0.0


def _names_people(value: Text) -> bool:
    """Whether a short answer speaks of people ("the delegates of 96 member countries")."""
    return any(t.word == "c0delegate" for t in _canon(value.en))


def _unasked(option: Text, q: Question) -> bool:
    """Whether the question does not already give this name (judged on its proper words)."""
    words = {t.word for t in _canon(option.en + " " + option.ar)} - STOP_WORDS
    proper = {w for w in words if not w.startswith("c0")} or words
    return not proper & set(q.terms)


def _who_score(fact: Fact, q: Question) -> float:
    return 0.3 if _asks_who_is(fact, q) else _who_choice(fact, q)[1]


def _asks_who_is(fact: Fact, q: Question) -> bool:
    """ "Who is X?" where X is this fact's subject and the fact gives X a post."""
    if fact.post is None:
        return False
    names = set()
    for name in _entity_names(entity(fact.subject)):
        names |= {t.word for t in _canon(name)}
    post = {t.word for t in _canon(fact.post.en + " " + fact.post.ar)}
    # "Who is the King of Morocco?" names the post, not the person: answer with the person.
    return set(q.terms) <= names and not set(q.terms) <= post


def _who_choice(fact: Fact, q: Question) -> tuple[Text, float]:
    """The fact's answer to "who": a name the question does not already give, people first."""
    best: tuple[Text, float] | None = None
    for option, weight in _who_options(fact):
        if _unasked(option, q) and (best is None or weight > best[1]):
            best = (option, weight)
    return best or (fact.value or fact.text, -0.3)


def _answer_text(fact: Fact, q: Question) -> Text:
    if q.kind == "when" and fact.date is not None:
        return Text(ar=fact.date.label("ar"), en=fact.date.label("en"))
    if "c0post" in q.terms and fact.post is not None and q.kind != "who":
        return fact.post
    if q.kind == "who":
        if _asks_who_is(fact, q):
            return fact.post or fact.text  # "Who is Hammouchi?": the post the fact gives him
        return _who_choice(fact, q)[0]
    if q.kind == "where" and fact.value is None and fact.place is not None:
        return entity(fact.place).name
    if q.kind == "how_many" and fact.value is None and fact.number is not None:
        return Text(ar=str(fact.number), en=str(fact.number))
    return fact.value or fact.text


def _highlight_spans(evidence: Sequence[Evidence], asked: set[str]) -> tuple[Span, ...]:
    """Article offsets of the evidence words that the question asked about."""
    spans: list[Span] = []
    for ev in evidence:
        for term in _canon(ev.quote):
            hit = term.word in asked or any(s in asked for s in stems(term.word)[1:])
            if hit:
                spans.append((ev.start + term.start, ev.start + term.end))
    return tuple(dict.fromkeys(spans))


def answer(question: str) -> Result:
    """The facts that answer ``question``, best first; no records when the article can't tell."""
    q = parse_question(question)
    shown = printable(q.text, 200)  # echoed on a terminal: no escapes, no BiDi overrides
    title = Text(ar=f"سؤال: {shown}", en=f"Question: {shown}")
    empty = Result("ask", title, ANSWERS, (), view="answers", empty_message=NOT_IN_ARTICLE)
    if not q.terms:
        return empty
    docs = _fact_documents()
    covered = _coverage(q.terms)
    allowed_misses = len(q.terms) // 4
    need = len(q.terms) - allowed_misses
    top = [h for h in search(" ".join(q.terms), docs) if len(covered[h.doc.id]) >= need]
    if not top:
        return empty
    mentioned = _mentioned(set(q.terms))
    scored: list[tuple[float, int, Fact]] = []
    for hit in top:
        fact = queries.fact(hit.doc.id)
        unit_ok = q.unit is not None and q.unit in covered[fact.id]
        if not _fits(fact, q, unit_ok):
            continue
        scored.append((hit.score + _bonus(fact, q, mentioned), hit.doc.paragraph, fact))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if scored:
        # Other answers only when they are nearly as good: a list, not a guess.
        best = scored[0][0]
        scored = [item for item in scored if item[0] >= best - ANSWER_SPREAD]
    if q.kind == "who" and len(scored) > 1:
        # Further answers to "who" must name someone; "a large margin" is no answer to it.
        first, *rest = scored
        scored = [first, *(i for i in rest if _who_score(i[2], q) > 0)]
    asked = set(q.terms)
    records = tuple(
        _answer_record(fact, q, rank, asked)
        for rank, (_, _, fact) in enumerate(scored[:MAX_ANSWERS], 1)
    )
    return Result("ask", title, ANSWERS, records, view="answers", empty_message=NOT_IN_ARTICLE)


def _answer_record(fact: Fact, q: Question, rank: int, asked: set[str]) -> Record:
    """One answer, carrying exactly the columns ``ANSWERS`` declares."""
    values = {
        "answer": _answer_text(fact, q),
        "text": fact.text,
        "question_kind": q.kind,
        "question_lang": q.lang,
        "fact": fact.id,
        "kind": fact.kind.value,
        "rank": rank,
        "spans": _highlight_spans(fact.evidence, asked),
    }
    return Record(fact.id, values, fact.evidence, fact.status, fact.basis)
