"""A lesson's self-check: multiple-choice questions whose feedback explains the right answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import marimo as mo

from gradiente.course.i18n import T

_TEXT = {
    "right": T(es="✓ Correcto.", en="✓ Correct."),
    "not_quite": T(es="✗ Todavía no.", en="✗ Not quite."),
}


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


class SelfCheck(mo.ui.dictionary):
    """One radio group per question, in one UI element (so one cell shows all the feedback).

    ``chosen`` maps each question's Spanish prompt to the index picked, and outlives this element:
    rebuilt in the other language, the self-check keeps the learner's answers.
    """

    def __init__(self, questions: list[Question], lang: str, chosen: dict[str, int]):
        self.questions = list(questions)
        self.lang = lang

        def keep(question: Question) -> Callable[[int | None], None]:
            def remember(index: int | None) -> None:
                if index is not None:
                    chosen[question.prompt.es] = index

            return remember

        radios = {}
        for number, question in enumerate(self.questions):
            options = {option.get(lang): index for index, option in enumerate(question.options)}
            picked = chosen.get(question.prompt.es)
            radios[str(number)] = mo.ui.radio(
                options=options,
                label=question.prompt.get(lang),
                on_change=keep(question),
                value=question.options[picked].get(lang) if picked is not None else None,
            )
        super().__init__(radios)


def self_check_feedback(quiz: SelfCheck) -> mo.Html:
    """Each question with its instant feedback: right or not, and why."""
    lang = quiz.lang
    blocks = []
    for number, question in enumerate(quiz.questions):
        chosen = quiz.value[str(number)]
        if chosen is None:
            feedback = mo.md("")
        else:
            verdict = _TEXT["right" if chosen == question.answer else "not_quite"].get(lang)
            kind = "success" if chosen == question.answer else "warn"
            feedback = mo.callout(mo.md(f"{verdict} {question.why.get(lang)}"), kind=kind)
        blocks.append(mo.vstack([quiz[str(number)], feedback]))
    return mo.vstack(blocks, gap=1.2)
