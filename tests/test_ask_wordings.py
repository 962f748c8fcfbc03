"""``ask`` on wordings the first question sets did not have: dialect verb forms and pronouns,
the Gulf demonstrative fused onto a noun, a second part opened by "و", a two-part question whose
subject comes only in its second part, a type noun the knowledge never uses, verbs of standing
for and handing over. Each answer is right or refused, never a guess.
"""

from __future__ import annotations

import pytest

from interpol_cli import ask


def short(question: str) -> str | None:
    """The first answer's short answer in the question's language; None when refused."""
    result = ask.answer(question)
    if not result.records:
        return None
    value = result.records[0].values["answer"]
    return value.get(ask.question_lang(question))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("منو اللي فاز بهالمنصب عن أفريقيا؟", "الدخيسي"),  # هال + noun ~ the noun
        ("وين تعقدات الجمعية العامة؟", "غلاسكو"),  # Moroccan "was held"
        ("Who stood for the post of vice president for Africa?", "Dkhissi"),
        ("Which edition of the general assembly was held in Glasgow?", "92"),
    ],
)
def test_dialect_forms_and_new_verbs_reach_the_fact(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_a_second_part_opened_by_and_keeps_its_own_verb() -> None:
    # "… وأي جهة رشحته؟": the second part asks who nominated him, not the first part's election.
    answer = short("من فاز بمنصب نائب الرئيس عن أفريقيا، وأي جهة رشحته؟")
    assert answer is not None
    assert "الدخيسي" in answer and "للأمن الوطني" in answer, answer
    assert "اللجنة التنفيذية" not in answer, answer


def test_a_two_part_question_whose_subject_comes_in_the_second_part() -> None:
    answer = short("In what city and in what country was the general assembly held?")
    assert answer is not None and "Glasgow" in answer and "Scotland" in answer, answer


def test_no_with_what_the_article_says_past_a_hedge() -> None:
    answer = short("Was Dkhissi elected only by a narrow margin?")
    assert answer is not None and answer.startswith("No"), answer


def test_a_dialect_list_question_lists_the_topics() -> None:
    result = ask.answer("شنو هوما التهديدات اللي تناقشات فليون؟")
    assert result.records and result.records[0].values["answer_type"] == "list"


@pytest.mark.parametrize(
    "question",
    [
        "Which edition of the general assembly will be held in Asia?",
        "منو اللي فاز بهالمنصب عن أوروبا؟",
        "وين تعقدات الدورة الثالثة والتسعون؟",
        "When did Dkhissi join the police?",
    ],
)
def test_what_the_article_does_not_say_is_still_refused(question: str) -> None:
    assert short(question) is None
