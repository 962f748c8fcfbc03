"""``@record``: frozen, slotted, keyword-only classes that cost nothing to define.

To a type checker a record is ``@dataclass(frozen=True, slots=True, kw_only=True)``
(``typing.dataclass_transform``): the same constructor, checked the same way. At run time it
gets the same behaviour — keyword-only construction with defaults, no assignment after it,
``__slots__``, equality, hashing and a dataclass-style ``repr`` — from methods every record
shares, where ``dataclasses`` writes each class's methods out as source and compiles them on
import. Measured on this package's six knowledge types: 25 million instructions, a tenth of
every query (README, "Start-up"). Defaults must be immutable (they are shared, as a
dataclass's are); there are no ``field()`` options, ``__post_init__`` or inheritance between
records, none of which the knowledge uses.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")
_MISSING = object()


class _Record:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]
    _kw_only: ClassVar[bool]

    def __init__(self, *args: Any, **values: Any) -> None:
        setattr_ = object.__setattr__
        defaults = self._defaults
        fields = self._fields
        if args:
            if self._kw_only:
                raise TypeError(f"{type(self).__name__}() takes keyword arguments only")
            if len(args) > len(fields):
                raise TypeError(f"{type(self).__name__}() takes {len(fields)} fields")
            for name, value in zip(fields, args, strict=False):
                if name in values:
                    raise TypeError(f"{type(self).__name__}() got {name!r} twice")
                values[name] = value
        for name in fields:
            value = values.pop(name, _MISSING)
            if value is _MISSING:
                value = defaults.get(name, _MISSING)
                if value is _MISSING:
                    raise TypeError(f"{type(self).__name__}() needs the keyword argument {name!r}")
            setattr_(self, name, value)
        if values:
            raise TypeError(f"{type(self).__name__}() has no field {next(iter(values))!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a {type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a {type(self).__name__} is frozen")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __reduce__(self) -> tuple[Any, ...]:
        # copy, deepcopy and pickle: rebuilt through the constructor, as frozen fields allow.
        return (_rebuild, (type(self), self._values()))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, kw_only: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(
    cls: type[_T] | None = None, /, *, kw_only: bool = True
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """The class, remade as a record whose fields are its annotations, in their order.

    ``@record(kw_only=False)`` also takes the fields in order, for the small result types
    built in many places; the knowledge is keyword-only."""

    def make(cls: type[_T]) -> type[_T]:
        # inspect is loaded with Typer already. A ClassVar is no field, as in a dataclass.
        annotations = inspect.get_annotations(cls)
        names = tuple(n for n, a in annotations.items() if "ClassVar" not in str(a))
        if clash := _RESERVED.intersection(names):
            raise TypeError(f"{cls.__name__}: {sorted(clash)} are names records use")
        if clash := _RESERVED.intersection(cls.__dict__) - _EVERY_CLASS_HAS:
            raise TypeError(f"{cls.__name__}: {sorted(clash)} would replace what records use")
        skip = ("__dict__", "__weakref__")
        namespace = {k: v for k, v in cls.__dict__.items() if k not in skip}
        defaults = {name: namespace.pop(name) for name in names if name in namespace}
        if mutable := [n for n, v in defaults.items() if isinstance(v, _MUTABLE)]:
            raise ValueError(f"{cls.__name__}: mutable defaults are shared: {mutable}")
        namespace.update(__slots__=names, _fields=names, _defaults=defaults, _kw_only=kw_only)
        return type(cls.__name__, (_Record,), namespace)

    return make if cls is None else make(cls)


def _rebuild(cls: type[_Record], values: tuple[Any, ...]) -> _Record:
    return cls(**dict(zip(cls._fields, values, strict=True)))


_RESERVED = frozenset(dir(_Record)) | {"_fields", "_defaults", "_kw_only"}
_EVERY_CLASS_HAS = frozenset({"__module__", "__doc__", "__qualname__", "__annotations__"})
_MUTABLE = (list, dict, set, bytearray)


def replace(obj: _T, **changes: Any) -> _T:
    """A copy of the record ``obj`` with ``changes`` (as ``dataclasses.replace``)."""
    values = {name: getattr(obj, name) for name in obj._fields}  # type: ignore[attr-defined]
    values.update(changes)
    return type(obj)(**values)
