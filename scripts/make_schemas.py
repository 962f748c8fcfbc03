"""Write interpol_cli/schemas/*.json, the JSON Schemas of each command's --format json output.

    python scripts/make_schemas.py

Each schema is generated from the command's column declaration (``queries.WHO``,
``ask.ANSWERS``…, see ``interpol_cli/results.py``): change a declaration, run this, and update
the README's JSON contract table (tests/test_schemas.py fails until all three agree). The
schemas are strict (every key required, no other keys).
"""

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout: the kinds come from the knowledge itself

from interpol_cli import ask, queries, search  # noqa: E402
from interpol_cli.results import Column, Columns  # noqa: E402

OUT = ROOT / "interpol_cli" / "schemas"
Schema = dict[str, Any]

# Every declaration, with the command line whose --format json it describes.
DECLARATIONS: dict[str, tuple[Columns, str]] = {
    "summary": (queries.SUMMARY, "summary"),
    "who": (queries.WHO, "who"),
    "who-tree": (queries.WHO_TREE, "who --tree"),
    "when": (queries.WHEN, "when"),
    "where": (queries.WHERE, "where"),
    "numbers": (queries.NUMBERS, "numbers"),
    "facts": (queries.FACTS_OUT, "facts"),
    "article": (queries.ARTICLE, "article"),
    "ask": (ask.ANSWERS, "ask QUESTION"),
    "search": (search.HITS, "search QUERY"),
    "verify": (queries.VERIFY, "verify"),
}

TEXT: Schema = {"$ref": "#/$defs/text"}
TEXT_OR_NULL = {"anyOf": [{"$ref": "#/$defs/text"}, {"type": "null"}]}
STR = {"type": "string", "minLength": 1}
ISO = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
KINDS: dict[str, Schema] = {
    "text": TEXT,
    "texts": {"type": "array", "items": TEXT},
    "id": STR,
    "ids": {"type": "array", "items": STR},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "date": ISO,
    "spans": {"type": "array", "items": {"$ref": "#/$defs/span"}},
}


def column_schema(column: Column) -> Schema:
    """A column's JSON Schema, from its kind."""
    kind = {"enum": list(column.choices)} if column.kind == "choice" else KINDS[column.kind]
    out: Schema = {"anyOf": [kind, {"type": "null"}]} if column.nullable else dict(kind)
    if column.doc:
        out = {"description": column.doc, **out}
    return out


DEFS = {
    "text": {
        "description": "One piece of text in the languages asked for with --lang: ar, en or both.",
        "type": "object",
        "properties": {"ar": {"type": "string"}, "en": {"type": "string"}},
        "additionalProperties": False,
        "minProperties": 1,
    },
    "evidence": {
        "description": "A verbatim quote from the article; quote == article[start:end] "
        "(code-point offsets into the decoded UTF-8 text), inside paragraph (0 is the title).",
        "type": "object",
        "properties": {
            "paragraph": {"type": "integer", "minimum": 0},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "quote": {"type": "string", "minLength": 1},
        },
        "required": ["paragraph", "start", "end", "quote"],
        "additionalProperties": False,
    },
    "span": {
        "description": "Where some words are: code-point offsets, end excluded.",
        "type": "object",
        "properties": {
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
        "required": ["start", "end"],
        "additionalProperties": False,
    },
    "status": {
        "description": "stated: the article says it; inferred: derived, and basis says from what.",
        "enum": ["stated", "inferred"],
    },
}

COMMON: dict[str, dict[str, Any]] = {
    "id": {"description": "Stable identifier of the record (a fact, entity or check id).", **STR},
    "status": {"$ref": "#/$defs/status"},
    "basis": {**TEXT_OR_NULL, "description": "For inferred records: what they are derived from."},
    "evidence": {"type": "array", "items": {"$ref": "#/$defs/evidence"}},
}


def schema(columns: Columns, invocation: str) -> dict[str, Any]:
    props = {
        "id": COMMON["id"],
        **{c.key: column_schema(c) for c in columns.columns},
        "status": COMMON["status"],
        "basis": COMMON["basis"],
        "evidence": {**COMMON["evidence"], "minItems": columns.evidence_min},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:interpol-cli:schema:{columns.name}",
        "title": f"interpol-cli {invocation} --format json",
        "description": columns.description + " The same object is one line of --format jsonl.",
        "type": "array",
        "items": {"$ref": "#/$defs/record"},
        "$defs": {
            "record": {
                "type": "object",
                "properties": props,
                "required": list(props),
                "additionalProperties": False,
            },
            **DEFS,
        },
    }


SCHEMAS = {name: schema(columns, how) for name, (columns, how) in DECLARATIONS.items()}


def rendered() -> dict[str, str]:
    return {n: json.dumps(s, indent=2, ensure_ascii=False) + "\n" for n, s in SCHEMAS.items()}


if __name__ == "__main__":
    for name, text in rendered().items():
        (OUT / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote interpol_cli/schemas/{name}.json")
    sys.exit(0)
