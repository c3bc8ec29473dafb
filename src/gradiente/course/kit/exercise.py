"""A checked exercise in a lesson: one cell shows it, one grades it, one shows its hints.

    ex = kit.exercise("gradient", lang)      # intro, editor with its "Check" button, hint button
    kit.feedback(ex)                         # its own cell: the verdict of the last code checked
    kit.hints(ex)                            # its own cell: the hints asked for so far

marimo re-runs every cell that names ``ex`` when any of its controls is used, so both cells
below it run on a Check and on a hint click alike. What keeps a hint click from grading again
is that code is graded only when a submission has arrived (the form's ``on_change``), once;
any other run shows the verdict already made. The session (:class:`gradiente.course.kit.Kit`)
keeps the editor's unsaved text and that verdict, so an exercise rebuilt in the other language
shows the same code and the same verdict.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

import marimo as mo

from gradiente.course.i18n import T
from gradiente.course.kit.space import workspace
from gradiente.course.report import KIND, result_html
from gradiente.course.result import GradeResult

_TEXT = {
    "check": T(es="Comprobar", en="Check"),
    "hint": T(es="Pedir una pista", en="Ask for a hint"),
    "hint_n": T(es="Pista {n} de {total}", en="Hint {n} of {total}"),
    "no_hints": T(
        es="¿Atascado? Pide una pista: las primeras preguntan, las últimas responden.",
        en="Stuck? Ask for a hint: the first ones ask questions, the last ones answer.",
    ),
    "write_here": T(
        es="Escribe tu función aquí (o en tu editor, en {path}) y pulsa «Comprobar».",
        en="Write your function here (or in your editor, at {path}) and press “Check”.",
    ),
}


class ExerciseCell(mo.ui.batch):
    """What ``kit.exercise`` returns: the exercise's intro, editor and hint button, as one UI element.

    Display it (it is the cell's view); pass it to ``kit.feedback`` and ``kit.hints``.
    """

    def __init__(self, exercise_id: str, lang: str, code: str, keep_draft: Callable[[str], None]):
        self.exercise_id = exercise_id
        self.lang = lang
        submitted: list[str] = []  # code sent by "Check" and not graded yet
        self._submitted = submitted

        def receive(code: str | None) -> None:
            # NOTE: marimo calls this only when the text submitted differs from this form's last one.
            # A closure, not a method: marimo deep-copies what the elements hold when it clones them.
            if code is not None:
                submitted[:] = [code]

        space = workspace()
        exercise = space.course.exercise(exercise_id)
        where = _TEXT["write_here"].format(path=f"`{space.exercise_file(exercise)}`").get(lang)
        intro = mo.md(f"### {exercise.title.get(lang)}\n\n{exercise.prompt.get(lang)}\n\n_{where}_").text
        editor = mo.ui.code_editor(
            value=code, language="python", min_height=220, show_copy_button=False, on_change=keep_draft
        )
        form = editor.form(submit_button_label=_TEXT["check"].get(lang), bordered=False, on_change=receive)

        def reveal(clicks: int) -> int:
            space.next_hint(exercise_id)
            return clicks + 1

        hint_button = mo.ui.button(value=0, on_click=reveal, label=_TEXT["hint"].get(lang))
        template = (
            f'<div class="gradiente-exercise" data-exercise="{html.escape(exercise_id)}">'
            + intro.replace("{", "{{").replace("}", "}}")
            + "{check}{hint}</div>"
        )
        super().__init__(mo.Html(template), {"check": form, "hint": hint_button})
        # NOTE: the page shows *this* form's editor, not a copy: marimo's clone of a form keeps the
        # arguments that name its editor. Held here, it lives as long as the exercise, so what the
        # learner types keeps reaching ``keep_draft``.
        self._editor = form.element

    @property
    def editor(self) -> mo.ui.code_editor:
        """The code editor on the page; its value is the text in it, submitted or not."""
        return self._editor

    @property
    def check(self) -> mo.ui.form:
        """The form around the editor; its value is the code last sent with "Check" (None before)."""
        return self.elements["check"]

    @property
    def hint_button(self) -> mo.ui.button:
        return self.elements["hint"]

    def take_submission(self) -> str | None:
        """The code submitted since the last call, if any (each submission is handed out once)."""
        return self._submitted.pop() if self._submitted else None


@dataclass(frozen=True)
class Verdict:
    """A graded submission, kept to be shown again (in either language) without grading again."""

    result: GradeResult
    notice: T | None = None  # the progress store was restored from a backup, or the class is out of reach

    def render(self, lang: str) -> mo.Html:
        feedback = render_result(self.result, lang)
        if self.notice is None:
            return feedback
        return mo.vstack(
            [
                mo.callout(
                    mo.Html(f'<p class="gradiente-recovered">{html.escape(self.notice.get(lang))}</p>'), kind="warn"
                ),
                feedback,
            ]
        )


def check_and_record(exercise_id: str, code: str) -> Verdict:
    """Save ``code`` to the learner's file, grade exactly that text, and record the attempt.

    The text submitted is what is graded (not the file, which another tab may have saved
    since), so the verdict shown is the verdict of the code shown. That is also why the file
    is written while the code is graded, not before: writing waits on the disk (fsync), and the
    grading needs nothing of it. A save that fails still fails the call, after the attempt.
    """
    from concurrent.futures import ThreadPoolExecutor

    space = workspace()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="save") as saver:
        saving = saver.submit(space.save_code, exercise_id, code)
        result = space.check(exercise_id, code=code, source="hub")
        saving.result()
    notices = [space.store.take_notice()]
    if space.outbox is not None:  # in a class: the class database was out of reach at the last send
        notices.append(space.outbox.notice())
    notices = [notice for notice in notices if notice is not None]
    joined = T(es=" ".join(n.es for n in notices), en=" ".join(n.en for n in notices)) if notices else None
    return Verdict(result, joined)


def hints_view(exercise_id: str, lang: str) -> mo.Html:
    """The hints shown so far, read from the progress store (so they survive a reload)."""
    space = workspace()
    exercise = space.course.exercise(exercise_id)
    shown = space.hints_so_far(exercise)
    if not shown:
        return mo.md(f"_{_TEXT['no_hints'].get(lang)}_")
    items = "".join(
        f'<li data-hint="{number}"><strong>{html.escape(_TEXT["hint_n"].format(n=number, total=len(exercise.hints)).get(lang))}:</strong> '
        f"{html.escape(hint.get(lang))}</li>"
        for number, hint in enumerate(shown, start=1)
    )
    return mo.Html(f'<ul class="gradiente-hints" data-exercise="{html.escape(exercise_id)}">{items}</ul>')


def render_result(result: GradeResult, lang: str) -> mo.Html:
    """The outcome as a callout: headline, the first failing check with expected and got, output, solution."""
    solution = workspace().solution(result.exercise_id) if result.passed else None
    return mo.callout(mo.Html(result_html(result, lang, solution)), kind=KIND.get(result.status, "danger"))
