"""``ask`` and the words of a question the knowledge lacks (issue 11 item 9, and the refusals
of plain questions it caused): a light word ("amounts to", "according to", a dialect future
particle) is dropped; a dialect or future verb form, a pronoun ending or a typo is read as the
word it is; a topical word (an attribute, a post, a place, a time or a rank the article never
gives) refuses; a false premise of a yes/no question is answered "No" with what the article
says; a count answers only what is counted. Wordings written for these tests, not taken from
any question set.
"""

from __future__ import annotations

import pytest

from tests.test_ask_wordings import short


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # light verbs, words of the report, hedges
        ("كم يصل عدد الدول الأعضاء في الإنتربول حسب ما ورد؟", "196"),
        ("According to the piece, how many member countries does Interpol actually have?", "196"),
        ("Does Interpol's headquarters exist in Glasgow?", "Lyon"),
        # future and dialect verb forms, pronoun endings
        ("من سيخلف شتوك على رأس الأمانة العامة؟", "أوركيزا"),
        ("شكون اللي غادي يخلف شتوك؟", "أوركيزا"),
        ("امتى رح يباشر أوركيزا مهامه؟", "نوفمبر"),
        ("كم دولة صوت مندوبوها لصالح المغرب؟", "96"),
        # typos one letter from a word of the vocabulary
        ("When was the Lyon meting?", "September"),
        ("من ترأس الوفد المغربي في الاجتماغ الأمني بليون؟", "حموشي"),
    ],
)
def test_words_that_carry_no_topic_do_not_refuse(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "How much does Interpol's secretary general earn?",
        "What is the population of Glasgow?",
        "كم راتب الأمين العام للإنتربول؟",
        "Who was elected vice-president for Oceania?",
        "من فاز بمنصب نائب الرئيس عن آسيا بحسب الخبر؟",
        "Who was the runner-up in the vote for vice-president for Africa?",
        "وين رح تنعقد الدورة الجاية للجمعية العامة؟",
        "Where will next year's general assembly be held?",
        "هل يوجد مقر الإنتربول في باريس؟",
        "Was Dkhissi elected in paris?",
        "Is this the first time Morocco won the post?",
    ],
)
def test_a_topical_word_the_article_lacks_refuses(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Jürgen Stock ending his first term?", "second"),
        ("هل انتهت الولاية الثالثة لشتوك؟", "الثانية"),
        ("Was the Glasgow assembly the third session?", "92"),
        ("هل جرت الانتخابات يوم السبت؟", "7 نوفمبر"),
        ("Was the vote held on a Wednesday?", "7 November"),
    ],
)
def test_a_false_premise_is_answered_no_with_what_the_article_says(
    question: str, expected: str
) -> None:
    answer = short(question)
    assert answer is not None and answer.startswith(("No", "لا")) and expected in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "How many police chiefs attended the Lyon meeting?",  # "5 countries" counts countries
        "How many journalists attended the Lyon meeting?",
        "How many people attended the Lyon meeting?",  # "the 8th" is no count
    ],
)
def test_a_count_answers_only_what_is_counted(question: str) -> None:
    assert short(question) is None


def test_a_count_of_what_the_value_counts_is_still_answered() -> None:
    assert "196" in (short("How many member countries does Interpol have?") or "")
    assert "second" in (short("How many terms did Stock serve?") or "")


@pytest.mark.parametrize(
    "question",
    [
        # with a word the knowledge lacks dropped, a description is not enough: the fact must
        # say every other word ("director of the judicial police" is only what Dkhissi is)
        "When was Mohammed Dkhissi appointed director of the judicial police?",
        "متى عين الدخيسي مديرا للشرطة القضائية؟",
        # companies, careers and quotes the article never reports
        "Which company built Interpol's biometric platform?",
        "شو قال أوركيزا بعد انتخابه؟",
        # the next assembly or meeting is not the article's
        "من سيستضيف الجمعية العامة القادمة؟",
        "Who will host the next General Assembly?",
    ],
)
def test_dropping_a_word_never_answers_a_question_the_article_does_not(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who nominated Morocco's candidate?", "DGSN"),
        ("من رشح المرشح المغربي؟", "للأمن الوطني"),
        ("Who was nominated by the DGSN?", "Dkhissi"),
        ("Who is Morocco's new Interpol vice-president?", "Dkhissi"),
        ("من هو الأمين العام الجديد للإنتربول؟", "أوركيزا"),
    ],
)
def test_who_did_it_is_the_doer_and_new_holders_are_still_found(
    question: str, expected: str
) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer
