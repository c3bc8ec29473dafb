"""A lesson as a Jupyter notebook: ``gradiente export LESSON --to ipynb``.

The lesson is run once, as a script, in the asked language (marimo's ``App.run``), and each
cell's output becomes what a notebook can hold without marimo:

- text (``kit.text``, the header) → a Markdown cell, from the Markdown it was written in;
- a figure → a Markdown cell holding the figure as a PNG attachment, drawn at the controls'
  starting values (its controls move only in the hub, and the notebook says so once);
- a cell that shows its code (``kit.printout``, ``mo.show_code`` or ``hide_code=False``) → its
  code and what it printed, as text to read;
- an exercise → its prompt and a code cell with the learner's current code ending in
  ``gradiente.check(...)``: the only cells meant to be run, and they run anywhere (Jupyter,
  Colab, VS Code), since the check rebuilds the function's module from its source;
- the self-check → the questions, each answer folded under ``<details>``.

The hub's other views (controls, feedback and hint panels) are left out: the notebook's
exercise cells carry their own feedback, and ``gradiente.hint("id")`` gives the hints.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import io
import json
import os
import re
import uuid
from pathlib import Path

from gradiente.course.i18n import T

_TEXT = {
    "interactive": T(
        es="*Las figuras de este cuaderno están dibujadas con los valores iniciales de sus controles. Para "
        "moverlas, abre la lección en el hub: `gradiente start`.*",
        en="*The figures of this notebook are drawn at their controls' starting values. To move them, open "
        "the lesson in the hub: `gradiente start`.*",
    ),
    "setup": T(
        es="Ejecuta esta celda primero: carga Gradiente, que revisa tus ejercicios desde el cuaderno.",
        en="Run this cell first: it loads Gradiente, which checks your exercises from the notebook.",
    ),
    "exercise_how": T(
        es="Escribe tu función en la celda de abajo y ejecútala: `gradiente.check` la revisa en el mismo evaluador "
        'aislado que el hub. ¿Atascado? `gradiente.hint("{id}")`.',
        en="Write your function in the cell below and run it: `gradiente.check` checks it in the same isolated "
        'grader as the hub. Stuck? `gradiente.hint("{id}")`.',
    ),
    "answer": T(es="Respuesta", en="Answer"),
    "printed": T(es="Lo que imprime:", en="What it prints:"),
}


def export_notebook(lesson_id: str, lang: str, workspace, destination: Path) -> Path:
    """Write ``lesson_id`` as a notebook at ``destination`` (a folder or a .ipynb path); return the file."""
    notebook = lesson_notebook(lesson_id, lang, workspace)
    destination = Path(destination)
    if destination.suffix != ".ipynb":
        destination = destination / f"{workspace.course.lesson(lesson_id).file.stem}.{lang}.ipynb"
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return destination


def lesson_notebook(lesson_id: str, lang: str, workspace) -> dict:
    """The notebook (nbformat 4.5, as a dict) of one run of the lesson in ``lang``."""
    from gradiente.course.kit import ExerciseCell, SelfCheck

    lesson = workspace.course.lesson(lesson_id)
    app = _load_app(lesson.file)
    saved = os.environ.get("GRADIENTE_LANG")
    os.environ["GRADIENTE_LANG"] = lang  # a lesson run as a script takes its language from here
    try:
        outputs, defs = app.run()
    finally:
        if saved is None:
            os.environ.pop("GRADIENTE_LANG", None)
        else:
            os.environ["GRADIENTE_LANG"] = saved
    cells = [
        _markdown(_TEXT["setup"].get(lang)),
        _code("import gradiente"),
    ]
    told_interactive = False
    quizzes = [value for value in defs.values() if isinstance(value, SelfCheck)]  # defined, shown by feedback
    for data, output in zip(app._cell_manager.cell_data(), outputs, strict=True):
        code = data.code
        if isinstance(output, ExerciseCell):
            cells += _exercise_cells(workspace, output.exercise_id, lang)
        elif "self_check_feedback(" in code and quizzes:
            cells.append(_markdown(_self_check(quizzes.pop(0), lang)))
        elif _is_figure(output):
            if not told_interactive:
                cells.append(_markdown(_TEXT["interactive"].get(lang)))
                told_interactive = True
            cells.append(_figure(output))
        elif _shows_code(data):
            cells.append(_markdown(_code_to_read(code, output, lang)))
        elif hasattr(output, "_markdown_text"):  # kit.text, kit.header: Markdown with LaTeX
            cells.append(_markdown(output._markdown_text))
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "gradiente": {"lesson": lesson_id, "lang": lang},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _load_app(path: Path):
    spec = importlib.util.spec_from_file_location(f"gradiente_lesson_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


def _exercise_cells(workspace, exercise_id: str, lang: str) -> list[dict]:
    exercise = workspace.course.exercise(exercise_id)
    intro = f"### {exercise.title.get(lang)}\n\n{exercise.prompt.get(lang)}\n\n" + _TEXT["exercise_how"].format(
        id=exercise_id
    ).get(lang)
    code = workspace.read_code(exercise).rstrip() + f"\n\n\ngradiente.check({exercise_id}, lang={lang!r})\n"
    return [_markdown(intro), _code(code)]


def _self_check(quiz, lang: str) -> str:
    blocks = []
    for number, question in enumerate(quiz.questions, start=1):
        options = "\n".join(f"- {chr(ord('a') + i)}) {option.get(lang)}" for i, option in enumerate(question.options))
        answer = f"{chr(ord('a') + question.answer)}) {question.why.get(lang)}"
        blocks.append(
            f"**{number}. {question.prompt.get(lang)}**\n\n{options}\n\n"
            f"<details><summary>{_TEXT['answer'].get(lang)}</summary>\n\n{answer}\n\n</details>"
        )
    return "\n\n".join(blocks)


def _is_figure(output) -> bool:
    return type(output).__name__ == "Figure" and hasattr(output, "savefig")


def _figure(figure) -> dict:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    name = f"figure-{uuid.uuid4().hex[:8]}.png"
    cell = _markdown(f"![]({'attachment:' + name})")
    cell["attachments"] = {name: {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii")}}
    return cell


def _shows_code(data) -> bool:
    return not data.config.hide_code or "show_code(" in data.code or "kit.printout(" in data.code


def _code_to_read(code: str, output, lang: str) -> str:
    text = f"```python\n{code.strip()}\n```"
    printed = _printed(output)
    if printed:
        text += f"\n\n{_TEXT['printed'].get(lang)}\n\n```text\n{printed}\n```"
    return text


def _printed(output) -> str:
    """What the cell shows as text: the lines of kit.printout / plain_text, else the value's repr."""
    if output is None:
        return ""
    markup = getattr(output, "text", None)
    if isinstance(markup, str):
        return html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()
    return repr(output)


def _markdown(source: str) -> dict:
    return {"cell_type": "markdown", "id": uuid.uuid4().hex[:8], "metadata": {}, "source": source}


def _code(source: str) -> dict:
    return {
        "cell_type": "code",
        "id": uuid.uuid4().hex[:8],
        "metadata": {},
        "execution_count": None,
        "outputs": [],
        "source": source,
    }
