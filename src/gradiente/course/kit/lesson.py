"""What a lesson shows besides its text: its header (number and title), its resources and what a cell prints."""

from __future__ import annotations

import html
import re

import marimo as mo

from gradiente.course.i18n import T
from gradiente.course.kit.space import workspace

_TEXT = {
    "resources_more": T(
        es="Y, más allá de la guía, otros recursos libres que elegimos para este tema:",
        en="And, beyond the guide, other free resources we chose for this topic:",
    ),
    "resources_only_more": T(
        es="La guía *Trasfondo matemático del Machine Learning* (AI_ESPOL) no trae recursos para este tema; "
        "estos son recursos libres que elegimos (se abren en otra pestaña y necesitan conexión):",
        en="The study guide *Trasfondo matemático del Machine Learning* (AI_ESPOL) has no resources for this topic; "
        "these are free ones we chose (they open in a new tab and need a connection):",
    ),
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
    """A lesson's resources, from course.toml: the study guide's first, then the ones we added.

    Each shows its title, its language (when it is not the reader's) and when to use it.
    """
    lesson = workspace().course.lesson(lesson_id)
    guide = [_resource_item(resource, lang) for resource in lesson.resources if resource.guide]
    more = [_resource_item(resource, lang) for resource in lesson.resources if not resource.guide]
    parts = []
    if guide:
        parts.append(_TEXT["resources_intro"].get(lang) + "\n\n" + "\n".join(guide))
    if more:
        parts.append(_TEXT["resources_more" if guide else "resources_only_more"].get(lang) + "\n\n" + "\n".join(more))
    return mo.md("\n\n".join(parts))


def _resource_item(resource, lang: str) -> str:
    title = resource.title.get(lang)
    meta = []
    language = _TEXT[f"in_{resource.lang}"].get(lang)
    if resource.lang != lang and language.split()[-1].lower() not in title.lower():
        meta.append(language)  # say the resource's language unless its title already does
    if resource.note is not None:
        meta.append(resource.note.get(lang))
    return (
        f'- <a href="{html.escape(resource.url)}" target="_blank" rel="noopener noreferrer">{html.escape(title)}</a>'
        + "".join(f" · <em>{html.escape(item)}</em>" for item in meta)
    )


def printout(lines) -> mo.Html:
    """Show ``lines`` (strings) above the cell's code, where a notebook would print them.

    The hub hides a cell's stdout, so a lesson that wants to show what its code computes
    builds the lines and ends the cell with ``kit.printout(lines)``; the reader sees the
    code (collapsed) with its output, as in a notebook.
    """
    return mo.show_code(mo.plain_text("\n".join(str(line) for line in lines)), position="above")
