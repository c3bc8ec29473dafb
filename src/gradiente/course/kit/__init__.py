"""The lesson kit: what a marimo lesson calls, through one ``Kit`` made in its first cell.

A lesson's first cell makes the kit of this session (a learner's tab: marimo runs that cell
once per session, and never again, since it depends on nothing)::

    from gradiente.course.kit import Kit
    kit = Kit()
    plt = kit.pyplot()                          # matplotlib on the Agg backend

then the language switch (``lang_switch = kit.language_switch()``; ``lang = lang_switch.value``
in the next cell), the header (``kit.header("derivatives-gradient-descent", lang)``), text in
both languages (``kit.text(lang, es=..., en=...)``), and each exercise in three cells::

    ex_gradient = kit.exercise("gradient", lang)   # intro, editor, "Check" and hint buttons
    ex_gradient

    kit.feedback(ex_gradient)                      # the verdict: graded once per submission

    kit.hints(ex_gradient)                         # the hints asked for so far

The kit remembers, for its session, the code typed in each editor (so switching language,
which rebuilds the exercise, keeps unsaved code), each exercise's last verdict and the
self-check's answers.
"""

from __future__ import annotations

import marimo as mo

from gradiente.course.i18n import T
from gradiente.course.kit.exercise import ExerciseCell, Verdict, check_and_record, hints_view, render_result
from gradiente.course.kit.figures import place_xlabels, power_of_ten, powers_of_ten, pyplot, tex_number
from gradiente.course.kit.language import language, language_switch, say, text
from gradiente.course.kit.lesson import header, printout, resources
from gradiente.course.kit.runs import classify_run
from gradiente.course.kit.self_check import Question, SelfCheck, self_check_feedback
from gradiente.course.kit.space import workspace

__all__ = [
    "Kit",
    "ExerciseCell",
    "Question",
    "SelfCheck",
    "T",
    "Verdict",
    "exercise_feedback",
    "render_result",
    "workspace",
]


class Kit:
    """One session of a lesson: the calls a lesson makes, and what the session must remember."""

    T = T
    Question = Question

    language = staticmethod(language)
    language_switch = staticmethod(language_switch)
    text = staticmethod(text)
    say = staticmethod(say)
    header = staticmethod(header)
    resources = staticmethod(resources)
    printout = staticmethod(printout)
    pyplot = staticmethod(pyplot)
    powers_of_ten = staticmethod(powers_of_ten)
    place_xlabels = staticmethod(place_xlabels)
    power_of_ten = staticmethod(power_of_ten)
    tex_number = staticmethod(tex_number)
    classify_run = staticmethod(classify_run)
    self_check_feedback = staticmethod(self_check_feedback)

    def __init__(self):
        self._drafts: dict[str, str] = {}  # exercise id -> the editor's text, saved or not
        self._verdicts: dict[str, Verdict] = {}  # exercise id -> the last verdict shown
        self._answers: dict[str, int] = {}  # a question's Spanish prompt -> the option picked

    def exercise(self, exercise_id: str, lang: str) -> ExerciseCell:
        """The exercise's cell: title, prompt, an editor holding the learner's code, "Check", "Ask for a hint"."""
        drafts = self._drafts
        code = drafts.get(exercise_id)
        if code is None:
            code = workspace().read_code(exercise_id)

        def keep_draft(text: str) -> None:  # every edit reaches the kernel; none re-runs a cell
            drafts[exercise_id] = text

        return ExerciseCell(exercise_id, lang, code, keep_draft)

    def feedback(self, ex: ExerciseCell) -> mo.Html:
        """Grade what "Check" sent, if anything arrived since the last run; show the last verdict, if any."""
        code = ex.take_submission()
        if code is not None:
            self._verdicts[ex.exercise_id] = check_and_record(ex.exercise_id, code)
        verdict = self._verdicts.get(ex.exercise_id)
        return mo.md("") if verdict is None else verdict.render(ex.lang)

    def hints(self, ex: ExerciseCell) -> mo.Html:
        """The hints asked for so far (the hint button records each one before this runs)."""
        return hints_view(ex.exercise_id, ex.lang)

    def self_check(self, questions: list[Question], lang: str) -> SelfCheck:
        """The self-check's questions as one UI element; show the feedback with ``kit.self_check_feedback``."""
        return SelfCheck(questions, lang, self._answers)


def exercise_feedback(exercise_id: str, submitted_code: str | None, lang: str) -> mo.Html:
    """Save, grade and record ``submitted_code``, and explain the outcome; nothing before a submission."""
    if submitted_code is None:
        return mo.md("")
    return check_and_record(exercise_id, submitted_code).render(lang)
