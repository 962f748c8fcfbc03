"""``ask -``: many questions from stdin in one process, as a script uses it."""

from __future__ import annotations

import json

from tests.helpers import run_cli

QUESTIONS = "Who won the election?\nمتى تأسس الإنتربول؟\n\nWho founded Interpol?\n"


def test_jsonl_gives_one_line_per_question_with_the_question_in_it() -> None:
    proc = run_cli(["ask", "-", "--format", "jsonl"], input=QUESTIONS.encode())
    lines = proc.stdout.decode().splitlines()
    objects = [json.loads(line) for line in lines]
    assert [o["question"] for o in objects] == [
        "Who won the election?",
        "متى تأسس الإنتربول؟",
        "Who founded Interpol?",
    ]
    assert [o["answered"] for o in objects] == [True, True, False]
    assert objects[0]["answers"][0]["answer"] == {"en": "Mohammed Dkhissi"}
    assert objects[1]["answers"][0]["answer"] == {"ar": "1923"}  # each in its own language
    assert objects[2]["answers"] == []
    assert proc.returncode == 1  # one was not answered


def test_exit_0_only_when_every_question_is_answered() -> None:
    proc = run_cli(["ask", "-f", "json"], input=b"Who won the election?\nWhere is Interpol hq?\n")
    assert proc.returncode == 0, proc.stderr
    assert [o["answered"] for o in json.loads(proc.stdout)] == [True, True]


def test_no_question_with_a_pipe_reads_stdin_and_plain_keeps_question_and_answer_together() -> None:
    proc = run_cli(["ask", "--format", "plain"], input=QUESTIONS.encode())
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("Who won the election?\tMohammed Dkhissi — ")
    assert any(line.startswith("متى تأسس الإنتربول؟\t1923 — ") for line in lines)
    assert "Who founded Interpol?: Not in the article" in proc.stderr.decode()
    assert proc.returncode == 1


def test_a_line_that_is_no_question_is_said_and_the_rest_are_answered() -> None:
    proc = run_cli(
        ["ask", "-", "-f", "jsonl"], input=("x" * 600 + "\nWho won the election?\n").encode()
    )
    first, second = (json.loads(line) for line in proc.stdout.decode().splitlines())
    assert first["answered"] is False and "characters long" in first["error"]
    assert second["answered"] is True
    assert "line 1:" in proc.stderr.decode() and proc.returncode == 1


def test_empty_stdin_is_a_usage_error() -> None:
    proc = run_cli(["ask", "-"], input=b"\n  \n")
    assert proc.returncode == 2 and b"no question" in proc.stderr


def test_an_echoed_question_cannot_restyle_a_terminal_or_split_a_line() -> None:
    proc = run_cli(
        ["ask", "-", "-f", "plain"], input="Who won\x1b[31m the\u202e election?\n".encode()
    )
    out = proc.stdout.decode()
    assert "\x1b" not in out and "\u202e" not in out and out.count("\n") >= 1
    proc = run_cli(["ask", "-", "-f", "jsonl"], input="Who won the\u202e election?\n".encode())
    assert "\\u202e" in proc.stdout.decode() and "\u202e" not in proc.stdout.decode()
