"""How the CLI shows things: grading results, the course map and progress, in the learner's language."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gradiente.course.i18n import T
from gradiente.course.manifest import Course
from gradiente.course.result import GradeResult
from gradiente.course.workspace import Workspace

console = Console(highlight=False)

MARK = {"pass": "[green]✓[/green]", "fail": "[red]✗[/red]", "error": "[red]![/red]", "todo": "[dim]·[/dim]"}


def say(text: T, lang: str, style: str = "") -> None:
    message = escape(text.get(lang))
    console.print(f"[{style}]{message}[/{style}]" if style else message)


def show_result(result: GradeResult, workspace: Workspace, lang: str) -> None:
    exercise = workspace.course.exercise(result.exercise_id)
    headline = escape(result.message.get(lang))
    console.print(f"{MARK[result.status]} [bold]{exercise.id}[/bold] — {headline}")
    failure = result.first_failure
    if failure is not None:
        number = len(result.checks)
        console.print(
            T(es="  Comprobación {n}: {label}", en="  Check {n}: {label}")
            .format(n=number, label=failure.label.get(lang))
            .get(lang),
            markup=False,
        )
        if failure.expected is not None:
            console.print(T(es="  esperado: ", en="  expected: ").get(lang) + failure.expected, markup=False)
            console.print(T(es="  obtenido: ", en="  got:      ").get(lang) + failure.got, markup=False)
    if result.details:
        console.print(result.details, markup=False, style="dim")
    if result.output_bytes:
        shown = len(result.output)
        if shown < result.output_bytes:
            say(
                T(
                    es="  Tu código imprimió {total} caracteres; se muestran los primeros {shown}.",
                    en="  Your code printed {total} characters; the first {shown} are shown.",
                ).format(total=f"{result.output_bytes:,}", shown=f"{shown:,}"),
                lang,
                "yellow",
            )
        console.print(result.output[-2000:], markup=False, style="dim")
    if result.passed:
        upcoming = workspace.next_exercise()
        if upcoming is not None:
            say(
                T(es="  Siguiente: {id}  →  gradiente check {id}", en="  Next: {id}  →  gradiente check {id}").format(
                    id=upcoming.id
                ),
                lang,
                "cyan",
            )
        else:
            say(
                T(
                    es="  ¡Terminaste todos los ejercicios disponibles!",
                    en="  You have finished every exercise available!",
                ),
                lang,
                "cyan",
            )
    elif result.reason not in ("todo",):
        shown = workspace.store.hints_shown(exercise.id)
        say(
            T(
                es="  ¿Atascado? Pide una pista: gradiente hint {id}  ({shown} de {total} vistas)",
                en="  Stuck? Ask for a hint: gradiente hint {id}  ({shown} of {total} seen)",
            ).format(id=exercise.id, shown=shown, total=len(exercise.hints)),
            lang,
            "dim",
        )
    else:
        say(T(es="  Edita {path}", en="  Edit {path}").format(path=workspace.exercise_file(exercise)), lang, "dim")


def show_map(workspace: Workspace, lang: str) -> None:
    course: Course = workspace.course
    progress = workspace.progress()
    say(T(es="Gradiente — mapa del curso", en="Gradiente — course map"), lang, "bold")
    say(T(es="Espacio de trabajo: {root}", en="Workspace: {root}").format(root=workspace.root), lang, "dim")
    progress = workspace.progress()  # read once for every lesson's bar
    for module in course.modules:
        title = escape(module.title.get(lang))
        if not module.lessons:
            soon = T(es="(próximamente)", en="(coming soon)").get(lang)
            console.print(f"[dim]{module.number}  {title}  {soon}[/dim]")
            continue
        console.print(f"[bold]{module.number}  {title}[/bold]")
        for position, lesson in enumerate(module.lessons, start=1):
            passed, total = workspace.lesson_progress(lesson, progress)
            bar = "█" * passed + "░" * (total - passed)
            console.print(
                f"   {module.number}.{position}  {escape(lesson.title.get(lang))}  [green]{bar}[/green] {passed}/{total}"
            )
            marks = "  ".join(f"{MARK[progress[ex.id].status]} {ex.id}" for ex in lesson.exercises)
            console.print(f"        {marks}")
    upcoming = workspace.next_exercise()
    if upcoming is None:
        say(
            T(
                es="¡Completaste todo lo disponible! Abre el hub para repasar: gradiente start",
                en="You have completed everything available! Open the hub to review: gradiente start",
            ),
            lang,
            "cyan",
        )
    else:
        say(
            T(
                es="Siguiente paso: edita {path}\n  y compruébalo con  gradiente check {id}   (o abre el hub: gradiente start)",
                en="Next step: edit {path}\n  and check it with  gradiente check {id}   (or open the hub: gradiente start)",
            ).format(path=workspace.exercise_file(upcoming), id=upcoming.id),
            lang,
            "cyan",
        )


def show_list(workspace: Workspace, lang: str) -> None:
    progress = workspace.progress()
    table = Table(show_header=True, header_style="bold", box=None)
    for header in (
        T(es="ejercicio", en="exercise"),
        T(es="tema", en="lesson"),
        T(es="estado", en="status"),
        T(es="archivo", en="file"),
    ):
        table.add_column(header.get(lang))
    for exercise in workspace.course.exercises:
        lesson = workspace.course.lesson(exercise.lesson_id)
        table.add_row(
            exercise.id,
            escape(lesson.title.get(lang)),
            MARK[progress[exercise.id].status],
            str(workspace.exercise_file(exercise).relative_to(workspace.root)),
        )
    console.print(table)


def show_progress(workspace: Workspace, lang: str) -> None:
    progress = workspace.progress()
    exercises = workspace.course.exercises
    passed = sum(record.passed for record in progress.values())
    say(
        T(
            es="Progreso: {passed} de {total} ejercicios aprobados", en="Progress: {passed} of {total} exercises passed"
        ).format(passed=passed, total=len(exercises)),
        lang,
        "bold",
    )
    table = Table(show_header=True, header_style="bold", box=None)
    for header in (
        T(es="ejercicio", en="exercise"),
        T(es="estado", en="status"),
        T(es="intentos", en="attempts"),
        T(es="pistas", en="hints"),
    ):
        table.add_column(header.get(lang))
    for exercise in exercises:
        record = progress[exercise.id]
        table.add_row(
            exercise.id, MARK[record.status], str(record.attempts), f"{record.hints_shown}/{len(exercise.hints)}"
        )
    console.print(table)
    for module in workspace.course.modules:
        if module.daily and module.lessons:
            say(workspace.day_plan(module).advice(), lang, "cyan")  # the seven days: today's, never locked
