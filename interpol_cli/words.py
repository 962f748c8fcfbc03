"""The words the program itself says around the article's content, in both languages: one table
that the terminal and the plain renderers both read, so a value is always said the same way.

Choice values (a fact's kind, an entity's kind…) stay codes in JSON, CSV and TSV, where scripts
match them; in a view meant to be read they are said as words, in the view's language.
"""

from __future__ import annotations

from interpol_cli.model import Lang, Text

WORDS: dict[str, Text] = {
    "evidence": Text(ar="الدليل", en="Evidence"),
    "paragraph": Text(ar="الفقرة", en="para."),
    "paragraph_short": Text(ar="الفقرة", en="¶"),
    "inferred": Text(ar="مستنتج", en="inferred"),
    "ok": Text(ar="سليم", en="ok"),
    "failed": Text(ar="فشل", en="FAILED"),
}

# Choice values as a reader meets them. English keeps the code itself: it is already a word.
CHOICES: dict[str, str] = {
    # fact kinds
    "election": "انتخاب",
    "nomination": "ترشيح",
    "role": "منصب",
    "date": "تاريخ",
    "place": "مكان",
    "number": "عدد",
    "participation": "مشاركة",
    "topic": "موضوع",
    "aim": "هدف",
    "assessment": "تقييم",
    "organisation": "منظمة",
    "source": "مصدر",
    # entity kinds
    "person": "شخص",
    "event": "حدث",
}


def word(key: str, code: Lang) -> str:
    """One of the program's own words in language ``code``."""
    return WORDS[key].get(code)


def choice_word(value: str, code: Lang) -> str:
    """A choice value (a kind) as a word of language ``code``."""
    return CHOICES.get(value, value) if code == "ar" else value


def yes_no(value: bool, code: Lang) -> str:
    """A check's outcome: the same word in the table, the cards and plain output."""
    return word("ok" if value else "failed", code)
