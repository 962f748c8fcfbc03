"""``ask`` on questions that take a step more: a list whose items are named together ("drones
and cryptocurrencies") though each has its own fact; a scene set before a comma ("After his
election, …"); a noun with the pronoun "his" (جهوده ~ الجهود); a person described by a clause,
found first and then asked about ("the nationality of the man who succeeds Stock"); the beaten
in a vote, whom the article never names; what Interpol's showcase in Lyon was meant to show;
a yes/no claim about the vote where the assembly's name is shared. Wordings written for these
tests, not taken from any question set.
"""

from __future__ import annotations

import pytest

from interpol_cli import ask
from tests.test_ask_wordings import short


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("Which risks involving drones or cryptocurrencies came up in Lyon?", ("drones", "crypto")),
        (
            "ما هي التهديدات المتعلقة بالطائرات المسيرة والعملات المشفرة التي نوقشت في ليون؟",
            ("المسيرة", "المشفرة"),
        ),
    ],
)
def test_items_named_together_are_listed_each_with_its_fact(
    question: str, items: tuple[str, ...]
) -> None:
    result = ask.answer(question)
    assert result.records and result.records[0].values["answer_type"] == "list"
    answer = short(question) or ""
    assert all(item in answer for item in items), answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("بعد انتخابه، مع أي مكاتب يريد المغرب تنسيق جهوده؟", "المكاتب المركزية"),
        ("ما جنسية الرجل الذي يخلف شتوك؟", "البرازيل"),
        ("What is the nationality of the man who succeeds Stock?", "Brazil"),
        (
            "What did Interpol present in Lyon to show how it responds to new threats?",
            "databases",
        ),
        ("Was the Interpol election held in Lyon?", "Glasgow"),
    ],
)
def test_one_step_more_reaches_the_answer(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_a_described_person_is_answered_with_the_proof_of_both_steps() -> None:
    record = ask.answer("What is the nationality of the man who succeeds Stock?").records[0]
    assert record.values["facts"] == ("urquiza_succeeds_stock", "urquiza_nationality")
    assert "Urquiza succeeds" in record.values["text"].en  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "Which candidates did the Moroccan nominee defeat?",
        "Which rivals did Dkhissi defeat?",
        "How old is the man who will succeed Stock?",
    ],
)
def test_what_the_article_never_names_is_refused(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "according to …", "within …": where the answer comes from or lies, not what it is
        ("How many member countries does Interpol have, according to the DGSN statement?", "196"),
        ("What is the pillar of the bid, per the DGSN's statement?", "human resources"),
        ("Which body does Dkhissi head within the Moroccan police?", "Judicial Police"),
        # the names of a scene set before a colon only describe
        (
            "I saw that Morocco campaigned for an Interpol post: what pillar does its bid rest on?",
            "human resources",
        ),
        ("Where does Urquiza come from?", "Brazil"),
    ],
)
def test_where_the_answer_comes_from_only_sets_the_scene(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # drones in any spelling: الطيارات المسيرة, المسيرات, unmanned aircraft
        ("شنو الخطر اللي مرتبط بالطيارات المسيرة؟", "المسيرة"),
        ("What risk involving unmanned aircraft was discussed in Lyon?", "drones"),
        ("هل ناقش اجتماع ليون خطر المسيرات؟", "نعم"),
    ],
)
def test_drones_in_any_spelling(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the question points back at the scene ("he", "him"): its names stay constraints, but
        # the place it is set in may lie beside the answer's fact
        (
            "The new Secretary General chosen in Glasgow: which country's police is he from?",
            "Brazil",
        ),
        ("Urquiza was picked in Glasgow: which country is he from?", "Brazil"),
        ("Morocco's candidate won in Glasgow: who nominated him?", "DGSN"),
    ],
)
def test_a_question_pointing_back_at_its_scene(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer
