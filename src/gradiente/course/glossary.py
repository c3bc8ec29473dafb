"""The course's bilingual glossary (``glossary.toml``, next to ``course.toml``): every technical term in
Spanish and English, the variants learners meet in videos and books, a one-line definition in each
language and the lesson that defines it.

``load_glossary`` validates the whole file and reports every problem at once, as ``load_course`` does;
the course lint (``gradiente.course.lint.glossary_problems``) checks what needs the course too (each
term's lesson exists, no name used by two terms). :meth:`Glossary.search` ignores case and accents,
matches the variants, and ranks exact matches first, then prefixes, then substrings.

>>> normalize("  Descenso  del GRADIENTE ") == normalize("descenso del gradiente")
True
>>> normalize("Máxima verosimilitud")
'maxima verosimilitud'
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from gradiente.course.i18n import LANGS, T
from gradiente.course.paths import course_root

SCHEMA = 1
FILE = "glossary.toml"
MAX_DEFINITION = 320  # characters: a definition is one line a learner reads at a glance
_KEYS = {"es", "en", "variants", "definition", "lesson"}
_DASHES = re.compile(r"[-‐‑‒–—_/]")


class GlossaryError(ValueError):
    """glossary.toml is malformed; ``problems`` lists each thing to fix."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{path} has {len(problems)} problem(s):\n{listing}")


def normalize(text: str) -> str:
    """Lower case, no accents, dashes as spaces, one space between words: what search compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_DASHES.sub(" ", plain).split())


@dataclass(frozen=True)
class Term:
    es: str
    en: str
    variants_es: tuple[str, ...]
    variants_en: tuple[str, ...]
    definition: T
    lesson_id: str
    line: int  # where its [[term]] table starts in glossary.toml

    @property
    def name(self) -> T:
        return T(es=self.es, en=self.en)

    def variants(self, lang: str) -> tuple[str, ...]:
        return self.variants_es if lang == "es" else self.variants_en

    def names(self) -> list[tuple[str, str, bool]]:
        """Every name of the term as (lang, name, is_variant), the two main names first."""
        found = [("es", self.es, False), ("en", self.en, False)]
        found += [("es", name, True) for name in self.variants_es]
        found += [("en", name, True) for name in self.variants_en]
        return found

    def as_dict(self) -> dict:
        return {
            "es": self.es,
            "en": self.en,
            "variants": {"es": list(self.variants_es), "en": list(self.variants_en)},
            "definition": self.definition.as_dict(),
            "lesson": self.lesson_id,
        }


EXACT, PREFIX, SUBSTRING = 0, 1, 2


@dataclass(frozen=True)
class Match:
    term: Term
    rank: int  # EXACT, PREFIX or SUBSTRING
    name: str  # the name that matched (a main name or a variant)
    lang: str


@dataclass(frozen=True)
class Glossary:
    path: Path
    terms: tuple[Term, ...]

    def search(self, query: str, limit: int | None = None) -> list[Match]:
        """Terms whose names (in either language, variants included) contain ``query``, best first:
        exact, then prefix, then substring; within a rank a main name before a variant, then the
        shorter name, then the order of the file (which follows the course)."""
        wanted = normalize(query)
        if not wanted:
            return []
        found = []
        for position, term in enumerate(self.terms):
            best = None
            for lang, name, is_variant in term.names():
                plain = normalize(name)
                if plain == wanted:
                    rank = EXACT
                elif plain.startswith(wanted):
                    rank = PREFIX
                elif wanted in plain:
                    rank = SUBSTRING
                else:
                    continue
                key = (rank, is_variant, len(plain), position)
                if best is None or key < best[0]:
                    best = (key, Match(term, rank, name, lang))
            if best is not None:
                found.append(best)
        found.sort(key=lambda pair: pair[0])
        matches = [match for _, match in found]
        return matches if limit is None else matches[:limit]

    def closest(self, query: str, n: int = 5) -> list[Term]:
        """The terms whose names look most like ``query`` (for a search that found nothing)."""
        by_name: dict[str, Term] = {}
        for term in self.terms:
            for _, name, _ in term.names():
                by_name.setdefault(normalize(name), term)
        close = difflib.get_close_matches(normalize(query), list(by_name), n=n * 3, cutoff=0.5)
        terms: list[Term] = []
        for name in close:
            if by_name[name] not in terms:
                terms.append(by_name[name])
        return terms[:n]


def glossary_path(root: Path | None = None) -> Path:
    return (Path(root) if root is not None else course_root()) / FILE


def load_glossary(root: Path | None = None) -> Glossary:
    """Read and validate ``glossary.toml`` under ``root`` (default: the installed course's folder)."""
    path = glossary_path(root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(path, ["the file does not exist"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise GlossaryError(path, [f"it is not valid TOML: {error}"]) from None
    problems: list[str] = []
    if data.get("schema") != SCHEMA:
        problems.append(f"'schema' must be {SCHEMA}; got {data.get('schema')!r}")
    entries = data.get("term", [])
    if not isinstance(entries, list) or not entries:
        problems.append("no [[term]] tables: write each term as its own [[term]] table")
        entries = []
    lines = [number for number, line in enumerate(text.split("\n"), start=1) if line.strip() == "[[term]]"]
    terms = []
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else 0
        term = _term(entry, f"line {line}, term #{index + 1}", line, problems)
        if term is not None:
            terms.append(term)
    if problems:
        raise GlossaryError(path, problems)
    return Glossary(path, tuple(terms))


def _term(entry: object, where: str, line: int, problems: list[str]) -> Term | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: expected a [[term]] table; got {entry!r}")
        return None
    before = len(problems)
    names = {}
    for lang in LANGS:
        value = entry.get(lang)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: missing or empty '{lang}' (the term in {_LANGUAGE[lang]}): {lang} = \"...\"")
        elif value != value.strip() or "\n" in value:
            problems.append(f"{where}: '{lang}' = {value!r} has surrounding spaces or a line break")
        names[lang] = value if isinstance(value, str) else ""
    where = f"{where} ('{names.get('es') or names.get('en') or '?'}')"
    for key in sorted(set(entry) - _KEYS):
        problems.append(f"{where}: unknown key '{key}'; a term has {', '.join(sorted(_KEYS))}")
    variants = entry.get("variants", {})
    if not isinstance(variants, dict) or set(variants) - set(LANGS):
        problems.append(f'{where}: \'variants\' must be {{ es = ["..."], en = ["..."] }}; got {variants!r}')
        variants = {}
    variant_names = {}
    for lang in LANGS:
        values = variants.get(lang, [])
        if not isinstance(values, list) or not all(isinstance(value, str) and value.strip() for value in values):
            problems.append(f"{where}: variants.{lang} must be a list of non-empty strings; got {values!r}")
            values = []
        variant_names[lang] = tuple(values)
    definition = entry.get("definition")
    if not isinstance(definition, dict):
        problems.append(f'{where}: \'definition\' must be {{ es = "...", en = "..." }}; got {definition!r}')
        definition = {}
    for lang in LANGS:
        value = definition.get(lang)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: missing or empty definition.{lang}")
        elif "\n" in value.strip():
            problems.append(f"{where}: definition.{lang} has a line break; a definition is one line")
        elif len(value) > MAX_DEFINITION:
            problems.append(
                f"{where}: definition.{lang} has {len(value)} characters; keep it to one line of at most "
                f"{MAX_DEFINITION} (the lesson says the rest)"
            )
    lesson = entry.get("lesson")
    if not isinstance(lesson, str) or not lesson.strip():
        problems.append(
            f"{where}: 'lesson' must be the id of the lesson that defines it: lesson = \"...\"; got {lesson!r}"
        )
    if len(problems) > before:
        return None
    return Term(
        names["es"],
        names["en"],
        variant_names["es"],
        variant_names["en"],
        T(es=definition["es"].strip(), en=definition["en"].strip()),
        lesson,
        line,
    )


_LANGUAGE = {"es": "Spanish", "en": "English"}


def describe(term: Term, lang: str, lesson_number: str, lesson_title: str) -> str:
    """A term as the terminal shows it: both names, the variants, the definition in ``lang``, the lesson."""
    also = T(es="también", en="also").get(lang)
    lesson_word = T(es="Tema", en="Lesson").get(lang)
    lines = [f"{term.es}  ·  {term.en}"]
    for variant_lang in LANGS:
        if term.variants(variant_lang):
            lines.append(f"  {also} ({variant_lang}): {', '.join(term.variants(variant_lang))}")
    lines.append(f"  {term.definition.get(lang)}")
    lines.append(f"  {lesson_word} {lesson_number}: {lesson_title}")
    return "\n".join(lines)
