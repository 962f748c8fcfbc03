"""Entity resolution (``interpol_cli.names``): every spelling of one entity finds the same
things in ``facts --about``, ``search`` and ``ask``; run through the CLI as a user does."""

from __future__ import annotations

import json

import pytest

from interpol_cli import names
from tests.helpers import run_cli


def about_ids(name: str) -> set[str]:
    proc = run_cli(["facts", "--about", name, "--format", "json"])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return {r["id"] for r in json.loads(proc.stdout or b"[]")}


def search_ids(query: str) -> set[str]:
    proc = run_cli(["search", query, "--format", "json"])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return {r["id"] for r in json.loads(proc.stdout or b"[]")}


def test_every_spelling_of_interpol_gives_the_same_facts() -> None:
    # With a clitic (للأنتربول) it used to match every entity with Interpol in its name: 31.
    sets = [about_ids(n) for n in ("للأنتربول", "الأنتربول", "الإنتربول", "Interpol", "INTERPOL")]
    assert all(s == sets[0] for s in sets) and "interpol_founded" in sets[0]
    assert "urquiza_takes_office" not in sets[0]


@pytest.mark.parametrize(
    ("spellings", "fact"),
    [
        (("Mohammad Dkhissi", "Dakhissi", "Mohamed Dkhissi", "الدخيسي", "دخيسي"), "dkhissi_rank"),
        (("جلاسكو", "غلاسغو", "Glasgow", "glasgo"), "general_assembly_place"),
        (("Hamouchi", "عبد اللطيف حموشي", "Abdel Latif Hammouchi", "حموشي"), "hammouchi_dgsn"),
        (("Urquisa", "اوركيزا", "Valdecy Urquiza"), "urquiza_nationality"),
    ],
)
def test_common_spellings_find_the_entity(spellings: tuple[str, ...], fact: str) -> None:
    sets = [about_ids(s) for s in spellings]
    assert fact in sets[0]
    assert all(s == sets[0] for s in sets), dict(zip(spellings, sets, strict=True))


def test_search_finds_a_name_however_it_is_spelt() -> None:
    latin = search_ids("Abdel Latif")
    assert {"p12", "hammouchi_dgsn"} <= latin
    assert search_ids("عبد اللطيف") == latin
    assert "p2" in search_ids("Dakhissi") and "p1" in search_ids("جلاسكو")


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_about_is_a_usage_error_like_an_empty_question(name: str) -> None:
    proc = run_cli(["facts", "--about", name])
    assert proc.returncode == 2
    assert b"the name is empty" in proc.stderr and b"Traceback" not in proc.stderr


def test_unrelated_words_do_not_meet_on_their_skeletons() -> None:
    assert names.find_entities("المستوى") == []
    assert [e.id for e in names.find_entities("فالديسي")] == ["urquiza"]
    assert [e.id for e in names.find_entities("الدخيسي")] == ["dkhissi"]
