"""What a lesson shows of its place in the course: its header (number and title) and its resources."""

from __future__ import annotations

import html
import re

import marimo as mo

from gradiente.course.i18n import T
from gradiente.course.kit.space import workspace

_TEXT = {
    "resources_intro": T(
        es="De la guía *Trasfondo matemático del Machine Learning* (AI_ESPOL), los recursos de este tema "
        "(se abren en otra pestaña y necesitan conexión):",
        en="From the study guide *Trasfondo matemático del Machine Learning* (AI_ESPOL, in Spanish), the resources "
        "for this topic (they open in a new tab and need a connection):",
    ),
    "in_es": T(es="en español", en="in Spanish"),
    "in_en": T(es="en inglés", en="in English"),
}
_MARKDOWN = re.compile(r"([\\`*_\[\]#<>])")


def header(lesson_id: str, lang: str) -> mo.Html:
    """The lesson's H1, "2.1 · Derivadas y descenso de gradiente": number and title from course.toml."""
    course = workspace().course
    title = _MARKDOWN.sub(r"\\\1", course.lesson(lesson_id).title.get(lang))
    return mo.md(f"# {course.number(lesson_id)} · {title}")


def resources(lesson_id: str, lang: str) -> mo.Html:
    """The study guide's resources for a lesson, from course.toml: title, language, and when to use each."""
    lesson = workspace().course.lesson(lesson_id)
    items = []
    for resource in lesson.resources:
        title = resource.title.get(lang)
        meta = []
        language = _TEXT[f"in_{resource.lang}"].get(lang)
        if resource.lang != lang and language.split()[-1].lower() not in title.lower():
            meta.append(language)  # say the resource's language unless its title already does
        if resource.note is not None:
            meta.append(resource.note.get(lang))
        items.append(
            f'- <a href="{html.escape(resource.url)}" target="_blank" rel="noopener noreferrer">{html.escape(title)}</a>'
            + "".join(f" · <em>{html.escape(item)}</em>" for item in meta)
        )
    return mo.md(_TEXT["resources_intro"].get(lang) + "\n\n" + "\n".join(items))
