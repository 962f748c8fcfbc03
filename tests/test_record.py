"""``@record`` behaves as the frozen, slotted, keyword-only dataclass it stands for."""

from __future__ import annotations

import pytest

from interpol_cli.model import DateValue, Evidence, Text
from interpol_cli.record import replace


def test_construction_is_keyword_only_with_defaults() -> None:
    date = DateValue(start="2024-11-07", precision="day")
    assert date.end is None and date.iso == "2024-11-07"
    with pytest.raises(TypeError):
        Text("ar", "en")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'en'"):
        Text(ar="نص")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'lang'"):
        Text(ar="نص", en="text", lang="ar")  # type: ignore[call-arg]


def test_records_are_frozen_and_slotted() -> None:
    text = Text(ar="نص", en="text")
    with pytest.raises(AttributeError):
        text.ar = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del text.en
    assert not hasattr(text, "__dict__")


def test_equality_hashing_and_repr_follow_the_fields() -> None:
    one = Evidence(paragraph=1, start=2, end=4, quote="ab")
    same = Evidence(paragraph=1, start=2, end=4, quote="ab")
    other = Evidence(paragraph=1, start=2, end=4, quote="ac")
    assert one == same and hash(one) == hash(same) and one != other
    assert len({one, same, other}) == 2
    another_type: object = Text(ar="ab", en="ab")
    assert one != another_type
    assert repr(one) == "Evidence(paragraph=1, start=2, end=4, quote='ab')"


def test_replace_copies_with_changes() -> None:
    one = Evidence(paragraph=1, start=2, end=4, quote="ab")
    two = replace(one, quote="cd")
    assert two == Evidence(paragraph=1, start=2, end=4, quote="cd") and one.quote == "ab"


def test_records_copy_and_pickle_as_dataclasses_do() -> None:
    import copy
    import pickle

    from interpol_cli import queries

    who = queries.who()
    # (The declaration, ``Columns``, compares by identity, as it did inside a NamedTuple.)
    assert pickle.loads(pickle.dumps(who)).records == who.records
    assert copy.deepcopy(who).records == who.records
    assert copy.copy(who.records[0]) == who.records[0]
    text = Text(ar="نص", en="text")
    assert copy.deepcopy(text) == text and pickle.loads(pickle.dumps(text)) == text


def test_a_record_is_not_a_dataclass_at_run_time() -> None:
    """The type checker sees a dataclass; ``dataclasses`` functions must not be used on one."""
    import dataclasses

    text = Text(ar="نص", en="text")
    assert not dataclasses.is_dataclass(text)
    with pytest.raises(TypeError):
        dataclasses.replace(text, ar="x")


def test_what_a_dataclass_refuses_a_record_refuses() -> None:
    from typing import ClassVar

    from interpol_cli.record import record

    @record
    class Limits:
        LIMIT: ClassVar[int] = 3  # not a field
        size: int = 1

    assert Limits(size=2).size == 2 and Limits.LIMIT == 3
    with pytest.raises(TypeError):
        Limits(LIMIT=4)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="mutable"):

        @record
        class Shared:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="_fields"):

        @record
        class Clash:
            _fields: int
