"""The article itself: loaded once from the packaged seed, split into numbered paragraphs.

Offsets everywhere in the project are code-point offsets into the decoded UTF-8 text of the seed
file, so ``article.text[start:end]`` is how any evidence is read back.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from interpol_cli.errors import DataProblem
from interpol_cli.record import record

SEED_NAME = "000_57c875342cd42640.txt"
SEED_SHA256 = "85afa2a5f8d947373b7d3f11bc4f3a2cf564b534267447549eef69a32aff95cc"


@record(kw_only=False)
class Paragraph:
    number: int  # 0 is the title; 1.. are the body paragraphs, in order
    start: int
    end: int
    text: str


@record(kw_only=False)
class Article:
    text: str
    path: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes: the text was decoded from strict UTF-8, so encoding
        it gives those bytes back. Computed when asked (``verify``): loading hashlib costs
        3 ms, more than reading and splitting the article."""
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str:
        return self.paragraphs[0].text

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return self.paragraphs[1:]


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every non-empty line is a paragraph; the first one is the title (number 0)."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(len(paragraphs), pos, pos + len(line), line))
        pos += len(line) + 1
    return tuple(paragraphs)


def seed_path() -> Path:
    """The seed inside the installed package, else the checkout's ``seeds/`` (editable installs)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds" / SEED_NAME, here.parent / "seeds" / SEED_NAME):
        if candidate.is_file():
            return candidate
    raise DataProblem(
        f"the article {SEED_NAME} is not installed next to the package",
        arabic=f"المقال {SEED_NAME} غير مثبت بجانب الحزمة",
    )


def parse_article(raw: bytes, path: str = "<bytes>") -> Article:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataProblem(
            f"the article {path} is not valid UTF-8 ({exc.reason})",
            arabic=f"المقال {path} ليس نصا صالحا بترميز UTF-8 ({exc.reason})",
        ) from None
    return Article(text, path, split_paragraphs(text))


# The report is 9.3 KB: a copy ten times larger is not a copy. Reading stops one byte past the
# limit, so /dev/zero, a runaway pipe or a huge file costs a millisecond, not all the memory.
MAX_BYTES = 1024 * 1024


def read_article(path: Path) -> Article:
    """The article at ``path`` (a file, a pipe, /dev/stdin), read up to :data:`MAX_BYTES`."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DataProblem(
            f"cannot read the article {path}: {exc.strerror}",
            arabic=f"تعذرت قراءة المقال {path}: {exc.strerror}",
        ) from None
    if len(raw) > MAX_BYTES:
        raise DataProblem(
            f"the article {path} is larger than 1 MiB (the report is 9 KB), so it is not a copy",
            arabic=f"المقال {path} أكبر من 1 ميبيبايت (الخبر 9 كيلوبايت)، فليس نسخة منه",
        )
    return parse_article(raw, str(path))


@cache
def load_article() -> Article:
    return read_article(seed_path())
