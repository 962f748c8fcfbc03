"""``ask``: the question set's accuracy, "not in the article", the answer's language, JSON.

The accuracy test reads tests/questions.tsv (language, question, the fact ids that answer it, or
``-`` for a question the article cannot answer) and fails below 95%. The rest run the program as
a user does, through a pipe.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from interpol_cli import ask
from tests.helpers import ROOT, run_cli

QUESTIONS = Path(__file__).resolve().parent / "questions.tsv"
ARTICLE = (ROOT / "seeds" / "000_57c875342cd42640.txt").read_text(encoding="utf-8")
NOT_IN_ARTICLE = "-"


def load_questions() -> list[tuple[str, str, tuple[str, ...]]]:
    rows = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, question, expected = line.split("\t")
        rows.append((lang, question, tuple(expected.split(","))))
    return rows


def test_question_set_is_big_enough_and_balanced() -> None:
    rows = load_questions()
    assert len(rows) >= 40
    arabic = [r for r in rows if r[0] == "ar"]
    english = [r for r in rows if r[0] == "en"]
    assert abs(len(arabic) - len(english)) <= 2
    assert all(ask.question_lang(q) == lang for lang, q, _ in rows)
    unanswerable = [r for r in rows if r[2] == (NOT_IN_ARTICLE,)]
    assert len(unanswerable) >= 6


def test_question_set_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    rows = load_questions()
    misses = []
    for _lang, question, expected in rows:
        result = ask.answer(question)
        got = result.records[0].id if result.records else NOT_IN_ARTICLE
        # A list's first record holds all its items: "fact_a+fact_b".
        if not set(got.split("+")) & set(expected):
            misses.append(f"{question!r}: got {got}, expected one of {', '.join(expected)}")
    accuracy = 1 - len(misses) / len(rows)
    with capsys.disabled():
        print(f"\nask accuracy: {len(rows) - len(misses)}/{len(rows)} = {accuracy:.1%}")
    assert accuracy >= 0.95, "\n".join(misses)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the president of Interpol?",
        "What is the capital of France?",
        "Where was Jürgen Stock born?",
        "من هو رئيس الإنتربول؟",
    ],
)
def test_unanswerable_says_not_in_the_article_and_exits_1(question: str) -> None:
    proc = run_cli(["ask", question])
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == b""
    assert "not in the article" in proc.stderr.decode().lower() or "ليس في الخبر" in (
        proc.stderr.decode()
    )


def test_vote_count_is_never_invented() -> None:
    # The article gives no vote count: first the fact that says so, then what it does say (the
    # delegates of 96 member countries elected him), never a number of votes.
    for question in ("كم عدد الأصوات التي حصل عليها الدخيسي؟", "How many votes did Dkhissi get?"):
        proc = run_cli(["ask", question, "-f", "json"])
        answers = json.loads(proc.stdout)
        assert answers[0]["id"] == "wide_margin", answers
        assert not re.search(r"\d", json.dumps(answers[0]["answer"], ensure_ascii=False))
        for a in answers:
            said = json.dumps(a["answer"], ensure_ascii=False)
            assert not re.search(r"\d+\s*(votes?|صوت|أصوات)", said), a


def test_answer_comes_first_in_the_questions_language() -> None:
    english = run_cli(["ask", "Who is the new Secretary General?"])
    assert english.returncode == 0
    first = english.stdout.decode().splitlines()[0]
    assert first.startswith("Valdecy Urquiza")

    arabic = run_cli(["ask", "من هو الأمين العام الجديد للإنتربول؟"])
    assert arabic.returncode == 0
    assert arabic.stdout.decode().splitlines()[0].startswith("فالديسي أوركيزا")

    forced = run_cli(["ask", "Who is the new Secretary General?", "--lang", "ar"])
    assert forced.stdout.decode().startswith("فالديسي أوركيزا")
    by_env = run_cli(["ask", "Who is the new Secretary General?"], {"INTERPOL_CLI_LANG": "ar"})
    assert by_env.stdout.decode().startswith("فالديسي أوركيزا")


def test_json_is_a_list_of_answers_with_fact_and_verbatim_evidence() -> None:
    proc = run_cli(["ask", "When was Interpol founded?", "--format", "json"])
    assert proc.returncode == 0
    answers = json.loads(proc.stdout)
    assert isinstance(answers, list) and answers
    best = answers[0]
    assert best["fact"] == "interpol_founded" and best["rank"] == 1
    assert best["answer"] == {"en": "1923"}
    assert best["text"]["en"] == "Interpol was founded in 1923"
    for ev in best["evidence"]:
        assert ARTICLE[ev["start"] : ev["end"]] == ev["quote"]
    # The words the question asked about, as article offsets inside the evidence.
    assert [ARTICLE[s["start"] : s["end"]] for s in best["spans"]] == ["تأسس"]


def test_synonyms_reach_the_same_fact() -> None:
    for question in (
        "When was Interpol established?",
        "When was Interpol created?",
        "متى أُنشئ الانتربول؟",
        "متى تأسس الأنتربول؟",
    ):
        result = ask.answer(question)
        assert result.records and result.records[0].id == "interpol_founded", question
    for question in ("Who won the election?", "Who was chosen?", "من فاز بالانتخابات؟"):
        result = ask.answer(question)
        assert result.records[0].id == "dkhissi_elected_vice_president", question


def test_a_near_name_is_not_taken_for_another_person() -> None:
    # الدخيسي and فالديسي are one letter apart once clitics are stripped: the search's typo
    # rule alone would let "who elected Dkhissi" answer with Urquiza's election.
    result = ask.answer("من انتخب الدخيسي؟")
    assert result.records[0].id in ("elected_by_96_countries", "dkhissi_elected_vice_president")
    assert all("urquiza" not in r.id for r in result.records)


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_empty_question_is_a_usage_error(question: str) -> None:
    proc = run_cli(["ask", question])
    assert proc.returncode == 2
    assert b"the question is empty" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_huge_question_ends_quickly_with_a_sentence() -> None:
    proc = run_cli(["ask", "Who won the election " * 5000], timeout=20)
    assert proc.returncode in (1, 2)
    message = proc.stderr.decode()
    assert "characters long" in message and message.strip().endswith(".")
    assert "Traceback" not in message


def test_terminal_view_highlights_the_asked_words_in_the_quote() -> None:
    # Forced colour into a pipe: logical order, so the highlighted word is findable as typed.
    proc = run_cli(
        ["ask", "Who nominated Dkhissi?", "--format", "table", "--bidi", "logical"],
        {"FORCE_COLOR": "1", "COLUMNS": "100"},
    )
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.index("General Directorate for National Security") < out.index("«")
    # "رشحت" (nominated) is bold, not dim, inside the dim quote; the words around it are not.
    assert re.search(r"\x1b\[1mرشحت\x1b\[0m", out), out
    assert not re.search(r"\x1b\[1mالمديرية", out)


def test_echoed_question_cannot_restyle_the_terminal() -> None:
    proc = run_cli(
        ["ask", "Who won\x1b[31m the election\u202e?", "--format", "table"],
        {"COLUMNS": "100"},
    )
    assert proc.returncode == 0
    assert b"\x1b[31m" not in proc.stdout
    assert "\u202e".encode() not in proc.stdout


def test_on_a_real_terminal_the_answer_comes_first_and_reads_right_to_left() -> None:
    from tests.screen import cells_of, read_rtl_row, run_in_pty

    run = run_in_pty(["ask", "متى تأسس الإنتربول؟"], 60, 30)
    assert run.returncode == 0
    rows = [read_rtl_row(row) for row in run.used_rows()]
    assert rows[:4] == [
        "سؤال: متى تأسس الإنتربول؟",
        "1923",
        "تأسس الإنتربول سنة 1923",
        "«الذي تأسس في سنة 1923» (الفقرة 18)",
    ]
    # Arabic rows are right-aligned: the answer sits against the right edge.
    assert "".join(run.used_rows()[1]).endswith("1923")
    # The emphasised run in the quote (bold, where the rest of the quote is dim) is the
    # asked-about word, read back to logical order.
    quote = next(line for line in run.raw.decode().split("\n") if "\x1b[2m" in line)
    emphasised = [
        read_rtl_row(cells_of(text))
        for params, text in re.findall(r"\x1b\[([0-9;]*)m([^\x1b]+)", quote)
        if params == "1"
    ]
    assert emphasised == ["تأسس"]
