"""A lesson's language: the one it starts in, the switch inside the lesson, and text in either.

A lesson writes its words in both languages in the notebook itself; ``lang`` picks one.
"""

from __future__ import annotations

import marimo as mo

from gradiente.course.i18n import LANGS, T, resolve_lang

_LABELS = {"es": "Español", "en": "English"}


def language() -> str:
    """The lesson's first language: ``?lang=`` from the hub, else $GRADIENTE_LANG, else the locale, else es."""
    try:
        asked = mo.query_params().get("lang")
    except Exception:  # noqa: BLE001 - running as a plain script, there are no query parameters
        asked = None
    return resolve_lang(asked if asked in LANGS else None)


def language_switch(initial: str | None = None) -> mo.ui.radio:
    """The switch at the top of a lesson; its value is "es" or "en" (read it in another cell)."""
    initial = initial or language()
    return mo.ui.radio(options={_LABELS[code]: code for code in LANGS}, value=_LABELS[initial], inline=True)


def text(lang: str, *, es: str, en: str) -> mo.Html:
    """Markdown (with LaTeX) in the chosen language."""
    return mo.md(T(es=es, en=en).get(lang))


def say(lang: str, *, es: str, en: str) -> str:
    """A plain string in the chosen language (labels, axis titles)."""
    return T(es=es, en=en).get(lang)
