"""``gradiente watch``: re-check an exercise each time its file is saved."""

from __future__ import annotations

from gradiente.course.i18n import T
from gradiente.course.workspace import Workspace
from gradiente.terminal import console, say, show_result


def watch_workspace(workspace: Workspace, lang: str, *, force_polling: bool = False) -> None:
    from watchfiles import watch

    from gradiente.course.grader import WarmRunner

    WarmRunner.use().start_now()  # every save is graded by a process forked warm, not a new interpreter
    folder = workspace.root / "exercises"
    say(
        T(
            es="Vigilando {folder}: guarda un ejercicio y lo compruebo. Ctrl+C para salir.",
            en="Watching {folder}: save an exercise and I'll check it. Ctrl+C to quit.",
        ).format(folder=folder),
        lang,
        "bold",
    )
    upcoming = workspace.next_exercise()
    if upcoming is not None:
        show_result(workspace.check(upcoming, source="watch"), workspace, lang)
    try:
        for changes in _changes(watch, folder, force_polling, lang):
            for path in sorted({path for _, path in changes}):
                exercise = workspace.exercise_for_file(path)
                if exercise is None:
                    continue
                console.rule(exercise.id)
                show_result(workspace.check(exercise, source="watch"), workspace, lang)
    except KeyboardInterrupt:
        say(T(es="Hasta luego.", en="See you."), lang)


def _changes(watch, folder, force_polling: bool, lang: str):
    """Native file notifications when the system gives them, polling otherwise."""
    try:
        # `step`: yield 20 ms after the last event of a save (editors write in bursts of a few ms).
        yield from watch(folder, debounce=300, step=20, force_polling=force_polling, raise_interrupt=True)
    except OSError:
        say(
            T(
                es="Los avisos del sistema no están disponibles aquí; reviso los archivos cada 0.1 s.",
                en="System file notifications are unavailable here; polling the files every 0.1 s.",
            ),
            lang,
            "yellow",
        )
        yield from watch(folder, debounce=300, step=20, force_polling=True, poll_delay_ms=100, raise_interrupt=True)
