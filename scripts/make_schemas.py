"""Write interpol_cli/schemas/*.json, the JSON Schemas of each command's --format json output.

    python scripts/make_schemas.py

The schemas are strict (every key required, no other keys) so that tests/test_schemas.py fails
when the output changes shape; change the shape here and in README's JSON contract together.
"""

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout: the kinds come from the knowledge itself

from interpol_cli.model import FactKind  # noqa: E402

OUT = ROOT / "interpol_cli" / "schemas"
Schema = dict[str, Any]

TEXT: Schema = {"$ref": "#/$defs/text"}
TEXT_OR_NULL = {"anyOf": [{"$ref": "#/$defs/text"}, {"type": "null"}]}
STR = {"type": "string", "minLength": 1}
STR_OR_NULL = {"type": ["string", "null"]}
ISO = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
ISO_OR_NULL = {"anyOf": [ISO, {"type": "null"}]}
SPANS = {"type": "string", "pattern": r"^(\d+-\d+(,\d+-\d+)*)?$"}
PRECISION = {"enum": ["day", "month", "year"]}
FACT_KINDS = [kind.value for kind in FactKind]

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


def schema(
    name: str, title: str, description: str, fields: dict[str, Any], *, evidence_min: int = 1
) -> dict[str, Any]:
    props = {
        "id": COMMON["id"],
        **fields,
        "status": COMMON["status"],
        "basis": COMMON["basis"],
        "evidence": {**COMMON["evidence"], "minItems": evidence_min},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:interpol-cli:schema:{name}",
        "title": title,
        "description": description + " The same object is one line of --format jsonl.",
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


SCHEMAS = {
    "summary": schema(
        "summary",
        "interpol-cli summary --format json",
        "The headline, the main event (inferred, combined from several facts) and the key facts.",
        {"topic": TEXT, "text": TEXT},
    ),
    "who": schema(
        "who",
        "interpol-cli who --format json",
        "One record per post the article gives a person.",
        {"person": TEXT, "person_id": STR, "post": TEXT, "organisation": TEXT_OR_NULL},
    ),
    "who-tree": schema(
        "who-tree",
        "interpol-cli who --tree --format json",
        "Organisations, what each belongs to (parent_id is the id of another record or null) and "
        "the posts held in each.",
        {
            "name": TEXT,
            "kind": {"const": "organisation"},
            "parent": TEXT_OR_NULL,
            "parent_id": STR_OR_NULL,
            "members": TEXT,
        },
    ),
    "when": schema(
        "when",
        "interpol-cli when --format json",
        "Every dated fact, oldest first. date and date_end are ISO 8601 (year, month or day).",
        {
            "date": ISO,
            "date_end": ISO_OR_NULL,
            "precision": PRECISION,
            "date_label": TEXT,
            "text": TEXT,
            "subject": STR,
        },
    ),
    "where": schema(
        "where",
        "interpol-cli where --format json",
        "Every fact that happens somewhere, with the place and what it lies in.",
        {"place": TEXT, "place_id": STR, "located_in": TEXT_OR_NULL, "text": TEXT},
    ),
    "numbers": schema(
        "numbers",
        "interpol-cli numbers --format json",
        "Every number the article gives, in the order it gives them.",
        {"number": {"type": "integer"}, "value": TEXT_OR_NULL, "text": TEXT},
    ),
    "facts": schema(
        "facts",
        "interpol-cli facts --format json",
        "Every fact the article states or implies. about is a comma-separated list of entity ids.",
        {
            "kind": {"enum": FACT_KINDS},
            "subject": TEXT_OR_NULL,
            "subject_id": STR,
            "text": TEXT,
            "about": STR,
            "value": TEXT_OR_NULL,
            "post": TEXT_OR_NULL,
            "number": {"type": ["integer", "null"]},
            "date": ISO_OR_NULL,
            "date_end": ISO_OR_NULL,
            "precision": {"anyOf": [PRECISION, {"type": "null"}]},
            "date_label": TEXT_OR_NULL,
        },
    ),
    "article": schema(
        "article",
        "interpol-cli article --format json",
        "The article paragraph by paragraph (0 is the title); start/end are the paragraph's "
        "code-point offsets; text.ar is the article's own text, text.en a translation.",
        {
            "paragraph": {"type": "integer", "minimum": 0},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "text": TEXT,
        },
    ),
    "ask": schema(
        "ask",
        "interpol-cli ask QUESTION --format json",
        "The facts that answer the question, best first (rank 1 is the best); an empty array "
        "(exit 1) when the article does not say. spans are the article offsets of the evidence "
        "words the question asked about, as start-end pairs joined by commas.",
        {
            "answer": TEXT,
            "text": TEXT,
            "question_kind": {"enum": ["who", "when", "where", "how_many", "why", "which", "what"]},
            "question_lang": {"enum": ["ar", "en"]},
            "fact": STR,
            "kind": {"enum": FACT_KINDS},
            "rank": {"type": "integer", "minimum": 1},
            "spans": SPANS,
        },
    ),
    "search": schema(
        "search",
        "interpol-cli search QUERY --format json",
        "Paragraphs (source article: id p0..p18) and facts (source fact) matching the query, best "
        "first. spans_ar/spans_en are offsets inside text.ar/text.en of the matched words; for a "
        "paragraph the evidence is each matched Arabic word, then the whole paragraph.",
        {
            "source": {"enum": ["article", "fact"]},
            "where": TEXT,
            "paragraph": {"type": ["integer", "null"], "minimum": 0},
            "match": TEXT,
            "text": TEXT,
            "spans_ar": SPANS,
            "spans_en": SPANS,
            "score": {"type": "string", "pattern": r"^\d+(\.\d+)?$"},
        },
    ),
    "verify": schema(
        "verify",
        "interpol-cli verify --format json",
        "The checks run on the article and the knowledge; any ok=false means exit code 3. "
        "A failed evidence check carries the quote that failed.",
        {"check": TEXT, "ok": {"type": "boolean"}, "detail": TEXT},
        evidence_min=0,
    ),
}


def rendered() -> dict[str, str]:
    return {n: json.dumps(s, indent=2, ensure_ascii=False) + "\n" for n, s in SCHEMAS.items()}


if __name__ == "__main__":
    for name, text in rendered().items():
        (OUT / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote interpol_cli/schemas/{name}.json")
    sys.exit(0)
