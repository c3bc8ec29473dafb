"""The lesson kit: what a marimo lesson uses for its language switch and its checked exercises.

A lesson writes its text in both languages in the notebook itself and picks one with
``lang``; an exercise is an editor whose "Check" button saves the code to the learner's
workspace file (the same file ``gradiente check`` and ``gradiente watch`` use), grades it
in a separate process and records the attempt.

    lang_switch = kit.language_switch()          # one cell
    lang = lang_switch.value                     # the next cell
    editor = kit.exercise_editor("gradient", lang)
    kit.exercise_feedback("gradient", editor.value, lang)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

import marimo as mo

from gradiente.course.i18n import LANGS, T, resolve_lang
from gradiente.course.result import GradeResult
from gradiente.course.workspace import Workspace

_LABELS = {"es": "Español", "en": "English"}

_TEXT = {
    "check": T(es="Comprobar", en="Check"),
    "hint": T(es="Pedir una pista", en="Ask for a hint"),
    "hint_n": T(es="Pista {n} de {total}", en="Hint {n} of {total}"),
    "no_hints": T(es="¿Atascado? Pide una pista: las primeras preguntan, las últimas responden.",
                  en="Stuck? Ask for a hint: the first ones ask questions, the last ones answer."),
    "write_here": T(es="Escribe tu función aquí (o en tu editor, en {path}) y pulsa «Comprobar».",
                    en="Write your function here (or in your editor, at {path}) and press “Check”."),
    "check_label": T(es="Comprobación {n}: {label}", en="Check {n}: {label}"),
    "expected": T(es="esperado", en="expected"),
    "got": T(es="obtenido", en="got"),
    "output": T(es="Lo que imprimió tu código", en="What your code printed"),
    "output_cut": T(es="(se muestran {shown} de {total} caracteres)", en="(showing {shown} of {total} characters)"),
    "solution": T(es="Ver la solución de referencia", en="See the reference solution"),
    "passed_title": T(es="¡Aprobado!", en="Passed!"),
    "failed_title": T(es="Aún no", en="Not yet"),
    "error_title": T(es="Tu código no pudo terminar", en="Your code could not finish"),
    "right": T(es="✓ Correcto.", en="✓ Correct."),
    "not_quite": T(es="✗ Todavía no.", en="✗ Not quite."),
    "resources_intro": T(
        es="De la guía *Trasfondo matemático del Machine Learning* (AI_ESPOL), los recursos de este tema "
           "(se abren en otra pestaña y necesitan conexión):",
        en="From the study guide *Trasfondo matemático del Machine Learning* (AI_ESPOL, in Spanish), the resources "
           "for this topic (they open in a new tab and need a connection):"),
    "in_es": T(es="en español", en="in Spanish"),
    "in_en": T(es="en inglés", en="in English"),
}


def language() -> str:
    """The lesson's first language: ``?lang=`` from the hub, else $GRADIENTE_LANG, else the locale, else es."""
    try:
        asked = mo.query_params().get("lang")
    except Exception:  # noqa: BLE001 - running as a plain script, there are no query parameters
        asked = None
    return resolve_lang(asked if asked in LANGS else None)


def language_switch(initial: str | None = None) -> mo.ui.radio:
    initial = initial or language()
    return mo.ui.radio(options={_LABELS[code]: code for code in LANGS}, value=_LABELS[initial], inline=True)


def text(lang: str, *, es: str, en: str) -> mo.Html:
    """Markdown (with LaTeX) in the chosen language."""
    return mo.md(T(es=es, en=en).get(lang))


def say(lang: str, *, es: str, en: str) -> str:
    """A plain string in the chosen language (labels, axis titles)."""
    return T(es=es, en=en).get(lang)


@lru_cache(maxsize=1)
def workspace() -> Workspace:
    return Workspace.find()


def exercise_intro(exercise_id: str, lang: str) -> mo.Html:
    exercise = workspace().course.exercise(exercise_id)
    where = workspace().exercise_file(exercise)
    return mo.md(
        f"### {exercise.title.get(lang)}\n\n{exercise.prompt.get(lang)}\n\n"
        f"_{_TEXT['write_here'].format(path=f'`{where}`').get(lang)}_"
    )


def exercise_editor(exercise_id: str, lang: str) -> mo.ui.form:
    """An editor holding the learner's current file; its value is the code, once "Check" is pressed."""
    code = workspace().read_code(exercise_id)
    editor = mo.ui.code_editor(value=code, language="python", min_height=220, show_copy_button=False)
    return editor.form(submit_button_label=_TEXT["check"].get(lang), bordered=False)


def exercise_feedback(exercise_id: str, submitted_code: str | None, lang: str) -> mo.Html:
    """Save, grade and record the submitted code, and explain the outcome; nothing before a submission.

    The text submitted is what is graded (not the file, which another tab may have saved
    since), so the verdict shown is the verdict of the code shown. If the progress store
    had to be restored from a backup meanwhile, that is said above the verdict.
    """
    if submitted_code is None:
        return mo.md("")
    space = workspace()
    space.save_code(exercise_id, submitted_code)
    result = space.check(exercise_id, code=submitted_code, source="hub")
    feedback = render_result(result, lang)
    notice = space.store.take_notice()
    if notice is None:
        return feedback
    return mo.vstack([mo.callout(mo.Html(f'<p class="gradiente-recovered">{html.escape(notice.get(lang))}</p>'),
                                 kind="warn"), feedback])


def hint_button(exercise_id: str, lang: str) -> mo.ui.button:
    """Each click reveals (and records) the next hint; the display cell reads the store."""
    space = workspace()

    def reveal(clicks: int) -> int:
        space.next_hint(exercise_id)
        return clicks + 1

    return mo.ui.button(value=0, on_click=reveal, label=_TEXT["hint"].get(lang))


def hints_view(exercise_id: str, clicks: int, lang: str) -> mo.Html:
    """The hints shown so far, read from the store (so they survive a reload).

    NOTE: ``clicks`` is not read: passing the button's value is what makes marimo re-run this
    cell after each click, once the button's callback has recorded the new hint.
    """
    exercise = workspace().course.exercise(exercise_id)
    shown = workspace().hints_so_far(exercise)
    if not shown:
        return mo.md(f"_{_TEXT['no_hints'].get(lang)}_")
    items = "".join(
        f'<li data-hint="{number}"><strong>{html.escape(_TEXT["hint_n"].format(n=number, total=len(exercise.hints)).get(lang))}:</strong> '
        f"{html.escape(hint.get(lang))}</li>"
        for number, hint in enumerate(shown, start=1)
    )
    return mo.Html(f'<ul class="gradiente-hints" data-exercise="{exercise_id}">{items}</ul>')


def render_result(result: GradeResult, lang: str) -> mo.Html:
    """The outcome as HTML: headline, the first failing check with expected and got, output, solution."""
    parts = [f"<p><strong>{html.escape(result.message.get(lang))}</strong></p>"]
    failure = result.first_failure
    if failure is not None:
        label = _TEXT["check_label"].format(n=len(result.checks), label=failure.label.get(lang)).get(lang)
        parts.append(f"<p>{html.escape(label)}</p>")
        if failure.expected is not None:
            parts.append(
                f"<pre>{html.escape(_TEXT['expected'].get(lang))}: {html.escape(failure.expected)}\n"
                f"{html.escape(_TEXT['got'].get(lang))}:     {html.escape(failure.got or '')}</pre>"
            )
    if result.details:
        parts.append(f"<pre>{html.escape(result.details)}</pre>")
    if result.output_bytes:
        note = ""
        if len(result.output) < result.output_bytes:
            note = " " + _TEXT["output_cut"].format(shown=f"{len(result.output):,}", total=f"{result.output_bytes:,}").get(lang)
        parts.append(f"<details><summary>{html.escape(_TEXT['output'].get(lang) + note)}</summary>"
                     f"<pre>{html.escape(result.output[-3000:])}</pre></details>")
    if result.passed:
        solution = workspace().solution(result.exercise_id)
        parts.append(f"<details><summary>{html.escape(_TEXT['solution'].get(lang))}</summary>"
                     f"<pre>{html.escape(solution)}</pre></details>")
    kind, title = {"pass": ("success", "passed_title"), "fail": ("warn", "failed_title")}.get(
        result.status, ("danger", "error_title"))
    body = mo.Html(
        f'<div class="gradiente-result" data-exercise="{result.exercise_id}" data-status="{result.status}">'
        f"<h4>{html.escape(_TEXT[title].get(lang))}</h4>{''.join(parts)}</div>"
    )
    return mo.callout(body, kind=kind)


# --- self-check -------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """A multiple-choice self-check question; ``why`` is shown after any answer, right or wrong."""

    prompt: T
    options: tuple[T, ...]
    answer: int  # index of the right option
    why: T

    def __post_init__(self) -> None:
        if not 0 <= self.answer < len(self.options):
            raise ValueError(f"answer must index one of the {len(self.options)} options; got {self.answer}")


def self_check(questions: list[Question], lang: str) -> mo.ui.dictionary:
    """One radio group per question (a single UI value, so one cell can show all the feedback)."""
    return mo.ui.dictionary({
        str(number): mo.ui.radio(options={option.get(lang): index for index, option in enumerate(question.options)},
                                 label=question.prompt.get(lang))
        for number, question in enumerate(questions)
    })


def self_check_feedback(questions: list[Question], answers: mo.ui.dictionary, lang: str) -> mo.Html:
    """Each question with its instant feedback: right or not, and why."""
    blocks = []
    for number, question in enumerate(questions):
        chosen = answers.value[str(number)]
        if chosen is None:
            feedback = mo.md("")
        else:
            verdict = _TEXT["right" if chosen == question.answer else "not_quite"].get(lang)
            kind = "success" if chosen == question.answer else "warn"
            feedback = mo.callout(mo.md(f"{verdict} {question.why.get(lang)}"), kind=kind)
        blocks.append(mo.vstack([answers[str(number)], feedback]))
    return mo.vstack(blocks, gap=1.2)


# --- resources --------------------------------------------------------------------------


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
