"""``ask`` answers what was asked, not a neighbour of it that shares its words: a date question
that names the month or wants the exact date is not answered with the month; "what number was
the meeting" is its ordinal, not a count; a vision is not the guidance that follows it; "what
kind of response" is answered by what the fact says of the response, not by its short answer
(whom Morocco coordinates with); "… linked to what?" needs a fact that says the link; "with
whom" is the bodies a fact's short answer names, not a person it mentions in passing. A
question asked twice in other words is answered once; two questions of different kinds, both
or neither; typos in what is counted, "whos", "take up his duties", "as the report puts it".
Wordings written for these tests, not taken from any question set.
"""

from __future__ import annotations

import pytest

from interpol_cli import ask
from tests.test_ask_wordings import short


def _shown(question: str) -> str:
    """The first answer's short answer and its fact's English text (refused: a failure)."""
    result = ask.answer(question)
    assert result.records, question
    return f"{short(question)} {result.records[0].values['text'].en}"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "What date in September was the Lyon meeting?",
        "Give me the precise date in September of the Lyon meeting",
        "What was the exact date of the Lyon gathering?",
        "ما هو التاريخ الدقيق لاجتماع ليون؟",
        "امتى بالضبط فشتنبر تعقد الاجتماع ديال ليون؟ فأي تاريخ؟",
    ],
)
def test_a_date_finer_than_the_article_gives_is_not_in_it(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When exactly was Interpol set up?", "1923"),  # a hedge: the year answers it
        ("What is the precise date of the vote in Glasgow?", "7 November 2024"),
        ("When in November was the Interpol vote?", "7 November 2024"),
    ],
)
def test_a_date_to_the_grain_asked_is_answered(question: str, expected: str) -> None:
    assert short(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "كم كان رقم اجتماع ليون اللي حضره حموشي؟",
        "شحال كان رقم داك الاجتماع اللي تدار فليون؟",
    ],
)
def test_the_number_a_meeting_bears_is_its_ordinal_not_a_count(question: str) -> None:
    answer = short(question)
    assert answer is not None and "الثامن" in answer, answer


def test_a_vision_is_not_the_guidance_that_follows_it() -> None:
    # The royal guidance says South–South; the vision it follows is pragmatic, and says nothing
    # of South–South: neither fact answers both.
    assert short("What vision guides the King's South-South choice?") is None
    answer = short("What kind of vision shapes Morocco's relations with African states?")
    assert answer is not None and "pragmatic" in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What type of response to terrorist threats is Morocco after?", "fast, effective"),
        ("ما نوع الاستجابة التي يريد المغرب توفيرها للتهديدات الإرهابية؟", "سريعة وناجعة"),
    ],
)
def test_what_kind_of_is_answered_by_what_the_fact_says_of_it(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer
    assert not answer.startswith(("the National Central Bureaus", "المكاتب المركزية")), answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What are the terror threats Morocco wants to counter connected to?", "regional hubs"),
        (
            "The terror threats Morocco seeks a quick answer to are linked with what?",
            "regional hubs",
        ),
        ("بماذا ترتبط التهديدات الإرهابية حسب الخبر؟", "الأقطاب الجهوية"),
    ],
)
def test_linked_to_what_is_answered_by_a_fact_that_says_the_link(
    question: str, expected: str
) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_linked_to_what_is_never_answered_by_a_fact_without_the_link() -> None:
    # The fact about the fast response says whom Morocco coordinates with, not what the threats
    # are linked to; the fact that says the link says nothing of a fast response.
    assert short("What is the fast response Morocco seeks linked to?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who does Morocco want to coordinate with?", "National Central Bureaus"),
        ("مع من يريد المغرب تنسيق جهوده؟", "المكاتب المركزية"),
    ],
)
def test_with_whom_is_the_bodies_the_short_answer_names(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer and "Dkhissi" not in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # asked twice in other words: the second asking, about what the first named
        ("الأمين العام المقبل جنسيتو شنو؟ من أي دولة؟", "البرازيل"),
        ("Where does the Glasgow assembly take place? In what country?", "Scotland"),
        ("شنو هو المنصب ديال الدخيسي؟ شنو الوظيفة اللي كيشغل؟", "نائب رئيس"),
    ],
)
def test_a_question_asked_again_in_other_words_is_answered(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_two_questions_of_different_kinds_are_both_answered_or_neither() -> None:
    answer = short("Who is the outgoing secretary general? How long did he lead Interpol?")
    assert answer is not None and "Stock" in answer and "10 years" in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many memeber contries does interpol have", "196"),  # typos in what is counted
        ("whos valdecy urkiza", "Secretary General"),
        ("When will Urquiza take up his new duties?", "7 November 2024"),
        ("What is Interpol's official name as the report puts it?", "criminal police"),
    ],
)
def test_fast_typing_and_set_phrases_are_read(question: str, expected: str) -> None:
    text = _shown(question)
    assert expected in text, text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a rank in the police is no ordinal
        ("What rank does Dkhissi hold?", "prefect of police"),
        # a period is a date, from its start to its end; "during which" leaves the type noun
        ("During what period did the 92nd General Assembly take place?", "4–7 November 2024"),
        ("خلال أي فترة انعقدت الجمعية العامة؟", "4–7 نوفمبر 2024"),
        # touched on: discussed
        ("واش تطرق اجتماع ليون للعملات المشفرة؟", "نعم"),
        # a fact about an election itself is about whom it elected
        ("In which session was Dkhissi elected?", "92nd"),
    ],
)
def test_words_of_rank_period_and_topic_are_read(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


def test_who_was_elected_is_a_passive_verb_not_a_description() -> None:
    # The session's own fact names no winner; the talks Hammouchi joined there elected nobody.
    assert short("Who was elected at the 92nd session?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a paragraph by what it is about: the proof must lie in it
        (
            "In the paragraph on Urquiza's election, what does the report call Interpol?",
            "largest police organisation",
        ),
        # by its place: the headline is paragraph 0, the first paragraph is the dateline's
        ("حسب الفقرة الأولى، في أي مجال للمملكة دور رائد؟", "الإرهاب"),
        ("What does the last paragraph give as Interpol's main aim?", "national capacities"),
    ],
)
def test_a_paragraph_named_by_place_or_topic_holds_the_proof(question: str, expected: str) -> None:
    text = _shown(question)
    assert expected in text, text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How does the report describe Interpol?", "criminal police organisation"),
        ("كيف يصف الخبر منظمة الإنتربول؟", "منظمة دولية للشرطة الجنائية"),
        ("How does the article characterise Morocco's candidacy file?", "integrated"),
    ],
)
def test_how_the_article_describes_a_thing_is_what_its_facts_say(
    question: str, expected: str
) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a post won that is not the post claimed: the one the fact has instead
        ("Did Morocco's candidate win the Secretary General post?", "No — Interpol Vice-President"),
        ("واش الدخيسي تنتخب أمين عام للإنتربول؟", "لا — فالديسي أوركيزا"),
        # heading a part (the Judicial Police) is not heading the whole (the DGSN)
        ("Is Dkhissi the head of the DGSN?", "No — Abdellatif Hammouchi"),
        ("Does Hammouchi head the DGSN?", "Yes"),
    ],
)
def test_a_yes_no_claim_about_a_post_is_checked_against_the_post(
    question: str, expected: str
) -> None:
    answer = short(question)
    assert answer is not None and answer.startswith(expected), answer


def test_an_event_is_never_what_did_a_deed_instead() -> None:
    # The election is no "instead" for the Lyon meeting: the claim is not in the article.
    assert short("Did the winner attend the Lyon meeting?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the article's own full name of Interpol, with a clitic: a name, not words to cover
        ("أي منصب ناله الدخيسي في المنظمة الدولية للشرطة الجنائية؟", "نائب رئيس"),
        # "took place" is happening, not taking part
        ("The 8th MENA meeting took place in whose HQ?", "Interpol"),
        # "إلى جانب": besides
        ("كم دولة حضرت اجتماع ليون إلى جانب دول الشرق الأوسط وشمال أفريقيا؟", "5"),
    ],
)
def test_names_and_set_phrases_of_the_article_are_read(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("الفارق ديال الدخيسي على المنافسين كان كبير ولا صغير؟", "كبير"),
        ("Was the Lyon meeting in September or in October?", "September"),
        ("Was the General Assembly held in Glasgow or Lyon?", "Glasgow"),
    ],
)
def test_a_choice_is_answered_with_the_one_the_article_says(question: str, expected: str) -> None:
    assert short(question) == expected


def test_a_choice_the_article_does_not_settle_is_not_answered() -> None:
    # Glasgow had bilateral meetings, but "the meeting" held in Lyon is another: no choice
    assert short("Was the meeting held in Glasgow or Lyon?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many days did the Interpol General Assembly last?", "4 days"),
        ("قداش من يوم دامت أشغال الجمعية العامة؟", "4 أيام"),
    ],
)
def test_how_long_the_assembly_lasted_is_its_days_counted(question: str, expected: str) -> None:
    result = ask.answer(question)
    assert short(question) == expected
    assert result.records[0].status.value == "inferred"  # counted from its dates, and says so


def test_how_long_an_event_inside_it_lasted_is_not_the_assembly_s_length() -> None:
    assert short("How long did the vote in Glasgow last?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # after its election: what the article says comes after, not why it ran
        ("ماذا يريد المغرب أن يفعل بعد انتخابه؟", "coordinate"),
        # the whole sentence is the proof: highlighting the risks, the services' chance
        (
            "ما المخاطر المرتبطة بجماعات الإجرام المنظم التي يريد المغرب تسليط الضوء عليها؟",
            "الذكاء",
        ),
        ("What did the Moroccan security services present in Lyon?", "experience"),
    ],
)
def test_what_the_whole_sentence_says_is_read(question: str, expected: str) -> None:
    text = _shown(question)
    assert expected in text, text


@pytest.mark.parametrize(
    "question",
    [
        "What did Morocco do after the Lyon meeting?",  # not what it did there
        "What happened after the vote?",  # the report keeps no order of events
        "هل فاز المغرب برئاسة الإنتربول؟",  # a vice-president does not hold the presidency
        "What kind of body is the DGSN?",  # no fact says what it is
    ],
)
def test_probes_that_once_got_a_confident_answer_are_not_in_the_article(question: str) -> None:
    assert short(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What type of organisation is Interpol?", "criminal police organisation"),
        ("In the paragraph about Hammouchi, which posts does he hold?", "Director General"),
        ("Who is Dkhissi? What is his rank?", "prefect of police"),
    ],
)
def test_probes_that_once_got_another_answer_are_answered(question: str, expected: str) -> None:
    text = _shown(question)
    assert expected in text, text


@pytest.mark.parametrize(
    "question",
    [
        "في الفقرة الثانية، من رشح الدخيسي؟",
        "paragraph",
        "the last paragraph",
        "In paragraph 99, who won?",
        "الفقرة الأولى؟ الفقرة الأخيرة؟",
        "In the paragraph about",
        "after",
        "بعد؟",
        "large or small?",
        "ولا",
        "? ?",
    ],
)
def test_odd_shapes_of_the_new_readings_never_fail(question: str) -> None:
    ask.answer(question)  # an answer or none, never an exception


def test_a_last_clause_that_only_says_which_thing_is_meant_can_be_set_aside() -> None:
    answer = short("ما هي الركيزة الأساسية لملف الترشيح المتكامل الذي قدمه المغرب؟")
    assert answer is not None and "الموارد البشرية" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "كم عدد الدول التي صوتت للمرشح الذي خسر؟",  # no fact says anyone lost
        "ما الركيزة التي يقوم عليها الملف الذي قدمته الجزائر؟",  # not Algeria's file
    ],
)
def test_a_last_clause_that_changes_what_is_asked_is_kept(question: str) -> None:
    assert short(question) is None


def test_before_the_end_of_a_term_asks_how_long_it_lasted() -> None:
    answer = short("قديش من سنة قاد شتوك الإنتربول قبل انتهاء ولايته؟")
    assert answer is not None and "10" in answer, answer


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        (
            "Apart from the threat assessment, what else did Interpol present in Lyon?",
            "IT",
            "threat assessment",
        ),
        (
            "باستثناء الطائرات المسيرة، ما التهديدات التي نوقشت في ليون؟",
            "الجريمة المنظمة",
            "المسيرة",
        ),
    ],
)
def test_what_is_left_out_is_not_the_answer(
    question: str, expected: str, not_expected: str
) -> None:
    text = _shown(question)
    assert expected in text and not_expected not in text, text


def test_a_name_left_out_of_a_list_is_not_read() -> None:
    assert short("Aside from Comoros, which countries also attended the Lyon meeting?") is None


def test_a_yes_no_claim_about_a_bid_is_not_read_as_a_nomination() -> None:
    # "bid" names the candidacy; the claim's verb is "mention", and facilities are مرافق
    answer = short("Does Morocco's candidacy mention developing security facilities?")
    assert answer is not None and answer.startswith("Yes"), answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the second asking asks of what the first named: the bureau's city, not his
        ("هو الدخيسي بيرأس أنهي مكتب؟ في أنهي مدينة؟", "الرباط"),
        # "رقم كم" before the noun's complement: the number it bears
        ("الدورة رقم كم اللي تنتخب فيها الدخيسي؟", "الثانية والتسعون"),
        # a date asked again as "from how much to how much"
        ("الجمعية العامة تعقدت فأي فترة؟ من كم لكم؟", "4–7 نوفمبر 2024"),
        # a date, then a count: two questions, both answered
        ("When was the vote? How many countries voted?", "96"),
    ],
)
def test_second_askings_and_numbers_borne(question: str, expected: str) -> None:
    answer = short(question)
    assert answer is not None and expected in answer, answer
