"""Bilingual text: every learner-facing string exists in Spanish and in English.

A ``T`` cannot be built with one language missing, so a half-translated message
fails where it is written, not in front of a learner.

>>> T(es="Hola, {name}", en="Hello, {name}").format(name="Ada").get("en")
'Hello, Ada'
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

LANGS = ("es", "en")
DEFAULT_LANG = "es"  # the course was born from a Spanish study guide


class LanguageError(ValueError):
    """An unknown language code was asked for."""


@dataclass(frozen=True)
class T:
    """One piece of text in both course languages."""

    es: str
    en: str

    def __post_init__(self) -> None:
        for lang in LANGS:
            value = getattr(self, lang)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"T(...) needs non-empty text for '{lang}'; got {value!r}")

    def get(self, lang: str) -> str:
        return getattr(self, check_lang(lang))

    def format(self, **fields: object) -> T:
        return T(es=self.es.format(**fields), en=self.en.format(**fields))

    def as_dict(self) -> dict[str, str]:
        return {"es": self.es, "en": self.en}

    @classmethod
    def same(cls, text: str) -> T:
        """Text that reads the same in both languages (a formula, a name)."""
        return cls(es=text, en=text)

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> T:
        return cls(es=data["es"], en=data["en"])


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise LanguageError(f"Unknown language {lang!r}: use 'es' (español) or 'en' (English).")
    return lang


def resolve_lang(explicit: str | None = None) -> str:
    """The language to speak: explicit choice, else $GRADIENTE_LANG, else the locale, else Spanish."""
    if explicit:
        return check_lang(explicit)
    from_env = os.environ.get("GRADIENTE_LANG", "").strip().lower()
    if from_env:
        return check_lang(from_env)
    return _lang_from_locale() or DEFAULT_LANG


def _lang_from_locale() -> str | None:
    # The POSIX variables first; a C/POSIX locale states no language (Python itself would report
    # it as en_US, which would wrongly turn a bare machine English).
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
                return None
            return _code(value)
    if os.name == "nt":  # Windows sets no variables: ask the system ("Spanish_Mexico", "English_United States")
        return _code(locale.getlocale()[0] or "")
    return None


def _code(name: str) -> str | None:
    name = name.lower()
    if name.startswith(("es", "spanish")):
        return "es"
    if name.startswith(("en", "english")):
        return "en"
    return None
