"""``ask`` on how readers shape a question around what they name: a clause that describes a
name ("the General Assembly *that chose Urquiza*") only sets the scene, but one after a post
("the Secretary General *whose term ended*") says which holder is meant; "in which country"
with a place word asks where it happened; a statement with a tag ("…, right?", "صح؟") is a
yes/no question; "the full name of X" asks what X is; "his rivals" are the other candidates,
never named; a noun pointed back at ("this bid") only sets the scene. Wordings written for
these tests, not taken from any question set.
"""

from __future__ import annotations

import pytest

from tests.test_ask_wordings import short


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which city hosted the General Assembly that chose Urquiza?", "Glasgow"),
        ("في أي مدينة انعقدت الجمعية العامة التي اختارت أوركيزا أمينا عاما؟", "غلاسكو"),
        ("What number was the Lyon meeting that Hammouchi attended?", "8th"),
        ("In which country was the assembly held?", "Scotland"),
        ("What is Interpol's full name?", "international criminal police"),
        ("Urquiza is Brazilian, right?", "Yes"),
        ("Lyon hosted the general assembly, right?", "Glasgow"),
        ("شتوك كان أمين عام الإنتربول، صح؟", "نعم"),
    ],
)
def test_descriptions_tags_and_names_reach_the_answer(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_a_clause_after_a_post_says_which_holder() -> None:
    answer = short("من هو الأمين العام الذي انتهت ولايته؟")
    assert answer is not None and "شتوك" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        # the description fits nothing in the article
        "Which city hosted the General Assembly that elected vice-presidents for Asia?",
        # the rivals are never named or counted
        "Who were Dkhissi's rivals in the vote?",
        "How many rivals did Dkhissi have?",
        # the next assembly is not the one in Glasgow
        "Where will the next Interpol general assembly take place?",
        "أين ستنعقد الجمعية العامة المقبلة للإنتربول؟",
    ],
)
def test_what_the_description_does_not_fit_is_refused(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a place's adjective names the place (not the King, "العاهل المغربي"), and the verb
        # past it says what is asked: nominated, not elected
        ("أي جهة مغربية رشحت الدخيسي؟", "للأمن الوطني"),
        ("ما الهيئة المغربية التي رشحت الدخيسي للمنصب؟", "للأمن الوطني"),
        # question words typed fast
        ("wen did the lyon meeting take place?", "September"),
        ("wich city hosted the general assembly?", "Glasgow"),
        # "starting a third term": the article says he ends his second and final one
        ("Is Stock starting his first term as secretary general?", "second"),
    ],
)
def test_adjectives_typed_question_words_and_premises(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "On which day exactly was the Lyon meeting held?",  # the article says only September
        "شو كان يشتغل الدخيسي قبل الانتخابات؟",  # before and after: not followed
    ],
)
def test_what_the_article_does_not_give_to_that_grain_is_refused(question: str) -> None:
    assert short(question) is None


def test_a_place_adjective_names_the_place_not_a_person_described_by_it() -> None:
    from interpol_cli import names

    found = {m.entity for m in names.mentions("الجهة المغربية والمدينة الفرنسية")}
    assert found == {"morocco", "france"}, found


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a place's adjective after the type noun: the answer must lie in that place
        ("في أي مدينة مغربية يوجد المكتب المركزي الوطني؟", "الرباط"),
        ("في أي مدينة اسكتلندية انعقدت الجمعية العامة؟", "غلاسكو"),
        ("أي مدينة مغربية ستستضيف اجتماعا للإنتربول؟", None),
        ("Which Moroccan city will host an Interpol meeting?", None),
        ("Which African country won the vice-presidency?", "Morocco"),
        ("في أي مدينة مغربية انعقدت الجمعية العامة؟", None),
        # the hour of the day: no date in the article has it
        ("What time did the vote start?", None),
        ("وقتاش بدا التصويت بالساعة؟", None),
    ],
)
def test_the_answer_lies_where_the_adjective_says_and_to_the_grain_asked(
    question: str, expected: str | None
) -> None:
    answer = short(question)
    assert (answer is None) if expected is None else (answer is not None and expected in answer)
