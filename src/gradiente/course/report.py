"""A verdict as HTML, the same in a lesson of the hub and in a Jupyter notebook.

``result_html`` writes the body (headline, the first failing check with its expected and got
values, a trimmed traceback, what the code printed, the reference solution after a pass);
the lesson kit wraps it in a marimo callout, ``gradiente.check`` in a styled box of its own.
"""

from __future__ import annotations

import html

from gradiente.course.i18n import T
from gradiente.course.result import GradeResult

TEXT = {
    "check_label": T(es="Comprobación {n}: {label}", en="Check {n}: {label}"),
    "expected": T(es="esperado", en="expected"),
    "got": T(es="obtenido", en="got"),
    "output": T(es="Lo que imprimió tu código", en="What your code printed"),
    "output_cut": T(es="(se muestran {shown} de {total} caracteres)", en="(showing {shown} of {total} characters)"),
    "solution": T(es="Ver la solución de referencia", en="See the reference solution"),
    "passed_title": T(es="¡Aprobado!", en="Passed!"),
    "failed_title": T(es="Aún no", en="Not yet"),
    "error_title": T(es="Tu código no pudo terminar", en="Your code could not finish"),
}

# The look of each status: marimo's callout kind, and the colours a notebook box uses.
KIND = {"pass": "success", "fail": "warn", "error": "danger"}
TITLE = {"pass": "passed_title", "fail": "failed_title", "error": "error_title"}


def result_html(result: GradeResult, lang: str, solution: str | None = None) -> str:
    """The verdict's HTML: a ``div.gradiente-result`` whose data attributes name the exercise and status."""
    parts = [f"<p><strong>{html.escape(result.message.get(lang))}</strong></p>"]
    failure = result.first_failure
    if failure is not None:
        label = TEXT["check_label"].format(n=len(result.checks), label=failure.label.get(lang)).get(lang)
        parts.append(f"<p>{html.escape(label)}</p>")
        if failure.expected is not None:
            expected, got = TEXT["expected"].get(lang) + ":", TEXT["got"].get(lang) + ":"
            width = max(len(expected), len(got))
            parts.append(
                f"<pre>{html.escape(expected.ljust(width))} {html.escape(failure.expected)}\n"
                f"{html.escape(got.ljust(width))} {html.escape(failure.got or '')}</pre>"
            )
    if result.details:
        parts.append(f"<pre>{html.escape(result.details)}</pre>")
    if result.output_bytes:
        note = ""
        if len(result.output) < result.output_bytes:
            note = " " + TEXT["output_cut"].format(
                shown=f"{len(result.output):,}", total=f"{result.output_bytes:,}"
            ).get(lang)
        parts.append(
            f"<details><summary>{html.escape(TEXT['output'].get(lang) + note)}</summary>"
            f"<pre>{html.escape(result.output[-3000:])}</pre></details>"
        )
    if solution is not None:
        parts.append(
            f"<details><summary>{html.escape(TEXT['solution'].get(lang))}</summary>"
            f"<pre>{html.escape(solution)}</pre></details>"
        )
    title = TEXT[TITLE.get(result.status, "error_title")].get(lang)
    return (
        f'<div class="gradiente-result" data-exercise="{html.escape(result.exercise_id)}" '
        f'data-status="{html.escape(result.status)}"><h4>{html.escape(title)}</h4>{"".join(parts)}</div>'
    )


def result_text(result: GradeResult, lang: str) -> str:
    """The verdict as plain text, for a terminal or a REPL: the same facts as :func:`result_html`."""
    mark = {"pass": "✔", "fail": "✘"}.get(result.status, "!")
    lines = [f"{mark} {result.exercise_id} — {result.message.get(lang)}"]
    failure = result.first_failure
    if failure is not None:
        lines.append("  " + TEXT["check_label"].format(n=len(result.checks), label=failure.label.get(lang)).get(lang))
        if failure.expected is not None:
            expected, got = TEXT["expected"].get(lang) + ":", TEXT["got"].get(lang) + ":"
            width = max(len(expected), len(got))
            lines.append(f"  {expected.ljust(width)} {failure.expected}")
            lines.append(f"  {got.ljust(width)} {failure.got or ''}")
    if result.details:
        lines.append(result.details)
    if result.output_bytes:
        lines.append(TEXT["output"].get(lang) + ":")
        lines.append(result.output[-2000:])
    return "\n".join(lines)
