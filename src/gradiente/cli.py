"""The ``gradiente`` command: the course map, checks, hints and the hub, in Spanish or English.

Kept light on purpose: nothing here imports NumPy; grading happens in a child process.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from gradiente.course.i18n import LANGS, LanguageError, T, resolve_lang
from gradiente.course.manifest import ManifestError, UnknownExerciseError


def _lang_from_argv(argv: list[str]) -> str:
    """The language for --help texts, read before Typer parses anything."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            candidate = argv[index + 1]
        elif argument.startswith("--lang="):
            candidate = argument.split("=", 1)[1]
        else:
            continue
        if candidate in LANGS:
            return candidate
    try:
        return resolve_lang()
    except LanguageError:
        return "es"


HELP_LANG = _lang_from_argv(sys.argv)


def _h(es: str, en: str) -> str:
    return T(es=es, en=en).get(HELP_LANG)


# Click writes a few words of each help page itself, in English: here they are said in the
# learner's language. Whole texts (the usage line's prefix, the headings, --help's own line) ...
_CLICK_TEXTS = {
    "Usage: ": _h("Uso: ", "Usage: "),
    "Arguments": _h("Argumentos", "Arguments"),
    "Options": _h("Opciones", "Options"),
    "Commands": _h("Comandos", "Commands"),
    "Show this message and exit.": _h("Muestra esta ayuda y termina.", "Show this message and exit."),
}
# ... and pieces: the kind of value an option takes ("--port <int>") and the notes after its text
# ("[default: 8765]", "[required]").
_CLICK_PIECES = {
    "<str>": _h("<texto>", "<str>"),
    "<int>": _h("<entero>", "<int>"),
    "<path>": _h("<ruta>", "<path>"),
    "[default: ": _h("[por defecto: ", "[default: "),
    "required]": _h("obligatorio]", "required]"),
}


def _in_learners_words(text: str) -> str:
    text = _CLICK_TEXTS.get(text, text)
    for english, said in _CLICK_PIECES.items():
        text = text.replace(english, said)
    return text


class _HelpFormatter(typer.core.TyperCommand.context_class.formatter_class):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _in_learners_words(prefix or "Usage: "))

    def write_heading(self, heading: str) -> None:
        super().write_heading(_in_learners_words(heading))

    def write_dl(self, rows, *args, **kwargs) -> None:
        super().write_dl([(_in_learners_words(term), _in_learners_words(text)) for term, text in rows], *args, **kwargs)


class _Context(typer.core.TyperCommand.context_class):
    formatter_class = _HelpFormatter


class _Command(typer.core.TyperCommand):
    context_class = _Context


class _Group(typer.core.TyperGroup):
    context_class = _Context


class _Typer(typer.Typer):
    """A Typer app whose every help page, its commands' too, is in the learner's language."""

    def __init__(self, **kwargs):
        words = dict(
            options_metavar=_h("[OPCIONES]", "[OPTIONS]"),
            subcommand_metavar=_h("COMANDO [ARGS]...", "COMMAND [ARGS]..."),
        )
        super().__init__(cls=_Group, **words, **kwargs)

    def command(self, *args, **kwargs):
        return super().command(*args, cls=_Command, **kwargs)


app = _Typer(
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    help=_h(
        "Gradiente: las matemáticas del machine learning, aprendidas haciéndolas en Python. "
        "Sin argumentos muestra el mapa del curso y tu siguiente paso.",
        "Gradiente: the mathematics of machine learning, learned by doing it in Python. "
        "With no arguments it shows the course map and your next step.",
    ),
)


class State:
    lang: str = "es"
    workspace_path: Optional[Path] = None


state = State()


@app.callback(invoke_without_command=True)
def main_callback(
    context: typer.Context,
    lang: Optional[str] = typer.Option(
        None,
        "--lang",
        help=_h(
            "Idioma: es o en (por defecto: $GRADIENTE_LANG, luego el del sistema, luego es).",
            "Language: es or en (default: $GRADIENTE_LANG, then the system's, then es).",
        ),
    ),
    workspace: Optional[Path] = typer.Option(
        None,
        "--workspace",
        "-w",
        help=_h(
            "Carpeta de trabajo (por defecto: $GRADIENTE_WORKSPACE, o la carpeta con .gradiente/ más cercana, o la tuya por defecto).",
            "Workspace folder (default: $GRADIENTE_WORKSPACE, or the nearest folder with .gradiente/, or your default one).",
        ),
    ),
) -> None:
    try:
        state.lang = resolve_lang(lang)
    except LanguageError as error:
        typer.echo(f"{error} / Idioma desconocido {lang!r}: usa 'es' o 'en'.", err=True)
        raise typer.Exit(2) from None
    state.workspace_path = workspace
    if context.invoked_subcommand is None:
        from gradiente.terminal import show_map

        show_map(_workspace(), state.lang)


def _workspace():
    from gradiente.course.workspace import Workspace

    try:
        if state.workspace_path is not None:
            workspace = Workspace.create(state.workspace_path)
        else:
            workspace = Workspace.find()
    except ManifestError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    store = workspace.store
    # A command writes once or twice, then exits: copy the store after each write (on the
    # store's background thread, which the exit waits for), so no acknowledged attempt
    # is left out of the backups.
    store.backup_every = 1

    def tell(_recovery=None) -> None:  # the progress store was lost or damaged, and restored
        notice = store.take_notice()
        if notice is not None:
            _say(notice, "yellow")

    tell()  # a repair made while opening
    store.on_recovery = tell  # and any made later in this command (`watch` runs for hours)
    return workspace


def _say(text: T, style: str = "") -> None:
    from gradiente.terminal import say

    say(text, state.lang, style)


def _exercise(workspace, exercise_id: str):
    return _known(workspace.course.exercise, exercise_id, listing=True)


def _known(lookup, wanted: str, listing: bool = False):
    """``lookup(wanted)`` (an exercise or a lesson of the course), else its bilingual error and exit 2."""
    try:
        return lookup(wanted)
    except UnknownExerciseError as error:
        _say(error.message, "red")
        if error.suggestion:
            _say(T(es="¿Quisiste decir «{s}»?", en="Did you mean '{s}'?").format(s=error.suggestion), "yellow")
        if listing:
            _say(T(es="Mira la lista con: gradiente list", en="See the list with: gradiente list"), "dim")
        raise typer.Exit(2) from None


@app.command(
    help=_h(
        "Crea una carpeta de trabajo con tus copias de los ejercicios.",
        "Create a workspace folder with your own copies of the exercises.",
    ),
)
def init(
    directory: Path = typer.Argument(Path("gradiente-curso"), help=_h("Carpeta a crear.", "Folder to create.")),
) -> None:
    from gradiente.course.workspace import Workspace

    workspace = Workspace.create(directory)
    _say(
        T(
            es="Carpeta de trabajo lista en {root} con {n} ejercicios.",
            en="Workspace ready at {root} with {n} exercises.",
        ).format(root=workspace.root, n=len(workspace.course.exercises)),
        "green",
    )
    _say(
        T(
            es="Entra en ella y escribe `gradiente` para ver el mapa, o `gradiente start` para abrir el hub.",
            en="Go into it and type `gradiente` to see the map, or `gradiente start` to open the hub.",
        )
    )


@app.command(
    help=_h(
        "Abre el hub en tu navegador (solo en 127.0.0.1, con una clave nueva en cada arranque).",
        "Open the hub in your browser (on 127.0.0.1 only, with a fresh token at each launch).",
    ),
)
def start(
    context: typer.Context,
    host: str = typer.Option(
        "127.0.0.1",
        help=_h(
            "Dirección; fuera de 127.0.0.1 la clave debe tener al menos 32 caracteres (si no das ninguna, genero una).",
            "Address; off 127.0.0.1 the token must be at least 32 characters long (give none and I make one).",
        ),
    ),
    port: int = typer.Option(8765, help=_h("Puerto (0 elige uno libre).", "Port (0 picks a free one).")),
    token: Optional[str] = typer.Option(
        None,
        envvar="GRADIENTE_TOKEN",
        show_envvar=False,
        help=_h(
            "Clave de acceso (por defecto, una nueva y aleatoria). Mejor con $GRADIENTE_TOKEN o --token-file: "
            "en la línea de comandos cualquiera la ve con `ps`.",
            "Access token (default: a fresh random one). Better through $GRADIENTE_TOKEN or --token-file: "
            "on the command line anyone can see it with `ps`.",
        ),
    ),
    token_file: Optional[Path] = typer.Option(
        None,
        "--token-file",
        metavar=_h("RUTA", "PATH"),
        help=_h("Archivo que contiene la clave de acceso.", "File holding the access token."),
    ),
    no_browser: bool = typer.Option(
        False, "--no-browser", help=_h("No abrir el navegador.", "Do not open the browser.")
    ),
    base_url: str = typer.Option(
        "/",
        "--base-url",
        metavar=_h("PREFIJO", "PREFIX"),
        help=_h(
            "Prefijo de todas las páginas, como /user/ana/gradiente/ detrás de JupyterHub.",
            "Prefix of every page, such as /user/ana/gradiente/ behind JupyterHub.",
        ),
    ),
    unix_socket: Optional[Path] = typer.Option(
        None,
        "--unix-socket",
        metavar=_h("RUTA", "PATH"),
        help=_h(
            "Escuchar en este socket Unix, detrás de un proxy que autentica (jupyter-server-proxy), "
            "y no en --host/--port. La clave llega en cada petición del proxy.",
            "Listen on this unix socket, behind an authenticating proxy (jupyter-server-proxy), "
            "not on --host/--port. The token comes with each of the proxy's requests.",
        ),
    ),
) -> None:
    from gradiente.hub.server import (
        HubAddressError,
        base_url_of,
        can_reexec,
        launch_token,
        read_token_file,
        reexec_with_token_in_a_pipe,
        serve,
    )

    # The hub's lesson kernels are threads of this process, and see its environment: the token leaves it now.
    os.environ.pop("GRADIENTE_TOKEN", None)
    source = getattr(context.get_parameter_source("token"), "name", None)  # COMMANDLINE, ENVIRONMENT, DEFAULT
    try:
        if token_file is not None:
            if token is not None and source == "COMMANDLINE":
                raise HubAddressError(
                    T(es="Usa --token o --token-file, no los dos.", en="Use --token or --token-file, not both.")
                )
            token = read_token_file(token_file)
        elif token is not None:
            launch_token(host, token)  # refuse a weak token before anything else happens
            if source == "COMMANDLINE":
                typer.echo(
                    T(
                        es="Aviso: una clave en la línea de comandos la ve cualquiera con `ps` (y queda en el "
                        "historial). Mejor pásala con --token-file ARCHIVO o con $GRADIENTE_TOKEN.",
                        en="Warning: a token on the command line is visible to anyone with `ps` (and stays in "
                        "your shell history). Better pass it with --token-file FILE or $GRADIENTE_TOKEN.",
                    ).get(state.lang),
                    err=True,
                )
            if can_reexec():
                # /proc/<pid>/environ and cmdline still hold it: start again, the token in a pipe.
                reexec_with_token_in_a_pipe(token)
        base_url_of(base_url)  # refuse a bad prefix before anything starts
        workspace = _workspace()
        serve(
            workspace,
            host=host,
            port=port,
            token=token,
            open_browser=not no_browser and unix_socket is None,
            lang=state.lang,
            base_url=base_url,
            unix_socket=unix_socket,
        )
    except HubAddressError as error:
        _say(error.message, "red")
        raise typer.Exit(2) from None


@app.command(name="list", help=_h("Lista los ejercicios y su estado.", "List the exercises and their status."))
def list_exercises() -> None:
    from gradiente.terminal import show_list

    show_list(_workspace(), state.lang)


@app.command(
    help=_h(
        "Comprueba un ejercicio (o todos, si no indicas ninguno).",
        "Check one exercise (or all of them, if you name none).",
    ),
)
def check(exercise_id: Optional[str] = typer.Argument(None, metavar=_h("EJERCICIO", "EXERCISE"))) -> None:
    from gradiente.terminal import show_result

    workspace = _workspace()
    exercises = [_exercise(workspace, exercise_id)] if exercise_id else workspace.course.exercises
    all_passed = True
    for exercise in exercises:
        result = workspace.check(exercise, source="cli")
        show_result(result, workspace, state.lang)
        all_passed &= result.passed
        if not result.passed and not exercise_id:
            break  # one failure at a time: fix it before reading the next
    _deliver(workspace)
    raise typer.Exit(0 if all_passed else 1)


def _deliver(workspace, patience: float = 5.0) -> None:
    """In a class: give the background send a moment, and say so if the attempt stays on this machine."""
    if workspace.outbox is None:
        return
    if not workspace.outbox.wait(patience) and (notice := workspace.outbox.notice()) is not None:
        _say(notice, "yellow")


@app.command(
    help=_h("Vuelve a comprobar cada ejercicio al guardarlo.", "Re-check each exercise every time you save it."),
)
def watch(
    poll: bool = typer.Option(
        False,
        "--poll",
        help=_h(
            "Revisar los archivos periódicamente en vez de recibir avisos del sistema (para carpetas de red o contenedores).",
            "Poll the files instead of relying on system notifications (for network folders or containers).",
        ),
    ),
) -> None:
    from gradiente.watch import watch_workspace

    watch_workspace(_workspace(), state.lang, force_polling=poll)


@app.command(help=_h("Muestra la siguiente pista de un ejercicio.", "Show the next hint for an exercise."))
def hint(exercise_id: str = typer.Argument(..., metavar=_h("EJERCICIO", "EXERCISE"))) -> None:
    workspace = _workspace()
    exercise = _exercise(workspace, exercise_id)
    shown = workspace.next_hint(exercise)
    _deliver(workspace)
    _say(T(es="Pista {n} de {total}:", en="Hint {n} of {total}:").format(n=shown.index + 1, total=shown.total), "bold")
    _say(shown.text)
    if shown.index + 1 == shown.total:
        _say(
            T(
                es="Esa era la última pista. Tras aprobar podrás ver la solución: gradiente solution {id}",
                en="That was the last hint. Once you pass you can see the solution: gradiente solution {id}",
            ).format(id=exercise.id),
            "dim",
        )


@app.command(
    help=_h(
        "Muestra la solución de referencia (solo después de aprobar).",
        "Show the reference solution (only after you pass).",
    ),
)
def solution(exercise_id: str = typer.Argument(..., metavar=_h("EJERCICIO", "EXERCISE"))) -> None:
    from gradiente.course.workspace import WorkspaceError
    from gradiente.terminal import console

    workspace = _workspace()
    exercise = _exercise(workspace, exercise_id)
    try:
        text = workspace.solution(exercise)
    except WorkspaceError as error:
        _say(error.message, "yellow")
        raise typer.Exit(1) from None
    console.print(text, markup=False, highlight=False)


@app.command(
    help=_h(
        "Guarda un tema como cuaderno de Jupyter, con sus ejercicios revisados por gradiente.check.",
        "Save a lesson as a Jupyter notebook, its exercises checked by gradiente.check.",
    ),
)
def export(
    lesson_id: str = typer.Argument(..., metavar=_h("LECCIÓN", "LESSON")),
    to: str = typer.Option("ipynb", "--to", help=_h("Formato: ipynb.", "Format: ipynb.")),
    output: Path = typer.Option(
        Path("."), "--output", "-o", help=_h("Carpeta o archivo .ipynb de destino.", "Folder or .ipynb file to write.")
    ),
) -> None:
    from gradiente.course.export import export_notebook

    if to != "ipynb":
        _say(T(es=f"Sé exportar a ipynb, no a «{to}».", en=f"I can export to ipynb, not to '{to}'."), "red")
        raise typer.Exit(2)
    workspace = _workspace()
    _known(workspace.course.lesson, lesson_id)
    written = export_notebook(lesson_id, state.lang, workspace, output)
    _say(
        T(
            es="Escribí {path}. Ábrelo en Jupyter, Colab o VS Code y ejecuta las celdas de los ejercicios.",
            en="Wrote {path}. Open it in Jupyter, Colab or VS Code and run the exercise cells.",
        ).format(path=written),
        "green",
    )


@app.command(
    help=_h(
        "Vuelve a empezar un ejercicio (tu versión se guarda en .gradiente/backups/).",
        "Start an exercise over (your version is kept in .gradiente/backups/).",
    ),
)
def reset(exercise_id: str = typer.Argument(..., metavar=_h("EJERCICIO", "EXERCISE"))) -> None:
    workspace = _workspace()
    exercise = _exercise(workspace, exercise_id)
    backup = workspace.reset(exercise)
    _say(
        T(es="Restauré {path} al punto de partida.", en="Restored {path} to its starting point.").format(
            path=workspace.exercise_file(exercise)
        ),
        "green",
    )
    if backup is not None:
        _say(
            T(
                es="Tu versión anterior está guardada en {backup}", en="Your previous version is kept at {backup}"
            ).format(backup=backup),
            "dim",
        )


@app.command(
    help=_h("Muestra tu progreso: aprobados, intentos y pistas.", "Show your progress: passes, attempts and hints."),
)
def progress() -> None:
    from gradiente.terminal import show_progress

    show_progress(_workspace(), state.lang)


@app.command(
    help=_h(
        "Busca un término en el glosario del curso, en español o en inglés: gradiente glossary autovalor.",
        "Look a term up in the course glossary, in Spanish or English: gradiente glossary eigenvalue.",
    ),
)
def glossary(
    words: list[str] = typer.Argument(..., metavar=_h("TÉRMINO", "TERM")),
    lang: Optional[str] = typer.Option(
        None, "--lang", help=_h("Idioma de las definiciones: es o en.", "Language of the definitions: es or en.")
    ),
    limit: int = typer.Option(
        5, "--limit", "-n", min=1, help=_h("Cuántos términos mostrar.", "How many terms to show.")
    ),
) -> None:
    from gradiente.course.glossary import GlossaryError, describe, load_glossary
    from gradiente.course.manifest import load_course

    if lang is not None:
        try:
            state.lang = resolve_lang(lang)
        except LanguageError as error:
            typer.echo(f"{error} / Idioma desconocido {lang!r}: usa 'es' o 'en'.", err=True)
            raise typer.Exit(2) from None
    query = " ".join(words)
    try:
        terms, course = load_glossary(), load_course()
    except (GlossaryError, ManifestError) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None

    def lesson_of(term) -> tuple[str, str]:
        try:
            lesson = course.lesson(term.lesson_id)
        except UnknownExerciseError:
            return "?", term.lesson_id
        return lesson.number, lesson.title.get(state.lang)

    matches = terms.search(query, limit)
    if not matches:
        missing = T(es="No encontré «{q}» en el glosario.", en="'{q}' is not in the glossary.")
        typer.echo(missing.format(q=query).get(state.lang))
        close = terms.closest(query)
        if close:
            typer.echo(T(es="Términos parecidos:", en="Close terms:").get(state.lang))
            for term in close:
                typer.echo(f"  {term.es}  ·  {term.en}  ({lesson_of(term)[0]})")
        raise typer.Exit(1)
    for index, match in enumerate(matches):
        if index:
            typer.echo("")
        typer.echo(describe(match.term, state.lang, *lesson_of(match.term)))


@app.command(
    help=_h(
        "Muestra qué protecciones aíslan tu código en esta máquina (las prueba desde adentro).",
        "Show which protections isolate your code on this machine (tried from inside).",
    ),
)
def doctor() -> None:
    from gradiente.course.doctor import probe, render
    from gradiente.terminal import console

    report = probe()
    for style, line in render(report, state.lang):
        console.print(line, style=style, markup=False, highlight=False)
    raise typer.Exit(0 if report.all_held else 1)


# --- for a class (a shared PostgreSQL database) -------------------------------------------------

class_app = _Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=_h(
        "Para una clase: el progreso de todos en una base PostgreSQL, corregido de nuevo en el servidor.",
        "For a class: everyone's progress in one PostgreSQL database, graded again on the server.",
    ),
)
app.add_typer(class_app, name="class")

_URL_HELP = _h(
    "URL postgresql:// de la clase (por defecto, $GRADIENTE_PROGRESS_URL o el [progress] de $GRADIENTE_CLASS_CONFIG).",
    "The class's postgresql:// URL (default: $GRADIENTE_PROGRESS_URL, or [progress] in $GRADIENTE_CLASS_CONFIG).",
)


def _class_url(url: Optional[str]) -> str:
    from gradiente.course import classdb

    try:
        found = url or classdb.class_url()
    except classdb.ClassDatabaseError as error:
        _say(error.message, "red")
        raise typer.Exit(2) from None
    if not found:
        _say(
            T(
                es=f"No hay clase configurada: da --url postgresql://… o define {classdb.URL_ENV}.",
                en=f"No class is configured: give --url postgresql://… or set {classdb.URL_ENV}.",
            ),
            "red",
        )
        raise typer.Exit(2)
    return found


@contextmanager
def _class_errors():
    from gradiente.course.classdb import ClassDatabaseError

    try:
        yield
    except ClassDatabaseError as error:
        _say(error.message, "red")
        raise typer.Exit(2) from None


@class_app.command(
    help=_h(
        "Crea o actualiza el esquema de la base de la clase (como su dueño).",
        "Create or update the class database's schema (as its owner).",
    ),
)
def setup(url: Optional[str] = typer.Option(None, "--url", help=_URL_HELP)) -> None:
    from gradiente.course import classdb

    url = _class_url(url)
    with _class_errors():
        before, after = classdb.migrate(url)
    if before == after:
        _say(T(es=f"El esquema ya estaba en la versión {after}.", en=f"The schema was already at version {after}."))
    else:
        _say(T(es=f"Esquema: versión {before} → {after}.", en=f"Schema: version {before} → {after}."), "green")


@class_app.command(
    help=_h(
        "Da de alta a alguien en la clase (estudiante, docente o servicio de corrección) e imprime su URL.",
        "Add someone to the class (learner, teacher or grading service) and print their URL.",
    ),
)
def add(
    name: str = typer.Argument(..., metavar=_h("NOMBRE", "NAME")),
    role: str = typer.Option("learner", "--role", help="learner | teacher | grader"),
    password_file: Optional[Path] = typer.Option(None, "--password-file"),
    url: Optional[str] = typer.Option(None, "--url", help=_URL_HELP),
) -> None:
    import secrets

    from gradiente.course import classdb

    url = _class_url(url)
    if role not in classdb.ROLES:
        _say(
            T(
                es=f"--role debe ser learner, teacher o grader; llegó {role!r}.",
                en=f"--role must be learner, teacher or grader; got {role!r}.",
            ),
            "red",
        )
        raise typer.Exit(2)
    password = password_file.read_text(encoding="utf-8").strip() if password_file else secrets.token_urlsafe(24)
    with _class_errors():
        classdb.add_member(url, name, role, password)
    _say(
        T(
            es=f"{name} es ahora {role} de la clase. Su URL (dásela solo a esa persona):",
            en=f"{name} is now a {role} of the class. Their URL (give it to them alone):",
        )
    )
    typer.echo(classdb.member_url(url, name, password))


@class_app.command(
    help=_h(
        "Corrige en el servidor los intentos que llegan (servicio de corrección).",
        "Grade on the server the attempts that arrive (the grading service).",
    ),
)
def grade(
    once: bool = typer.Option(
        False, "--once", help=_h("Corregir lo pendiente y salir.", "Grade what waits, then exit.")
    ),
    workers: int = typer.Option(
        2, "--workers", min=1, help=_h("Correcciones a la vez (una por núcleo).", "Gradings at once (one per core).")
    ),
    url: Optional[str] = typer.Option(None, "--url", help=_URL_HELP),
) -> None:
    from gradiente.course.class_grading import run_workers
    from gradiente.course.manifest import load_course

    url = _class_url(url)

    def tell(done) -> None:
        typer.echo(f"{done.attempt_id}\t{done.learner}\t{done.exercise_id}\t{done.status}")

    with _class_errors():
        try:
            graded = run_workers(url, load_course(), workers, once=once, on_graded=tell)
        except KeyboardInterrupt:
            graded = None
    if graded is not None:
        _say(T(es=f"Corregidos: {graded}.", en=f"Graded: {graded}."))


@class_app.command(
    help=_h(
        "El informe de la clase para docentes: estado de cada estudiante en cada ejercicio.",
        "The class report for teachers: where each learner stands on each exercise.",
    ),
)
def report(
    as_csv: bool = typer.Option(
        False,
        "--csv",
        help=_h("En CSV (una fila por estudiante y ejercicio).", "As CSV (a row per learner and exercise)."),
    ),
    url: Optional[str] = typer.Option(None, "--url", help=_URL_HELP),
) -> None:
    from gradiente.course.class_report import build_report, report_csv, report_lines
    from gradiente.course.manifest import load_course

    url = _class_url(url)
    with _class_errors():
        built = build_report(url, load_course())
    if as_csv:
        typer.echo(report_csv(built, state.lang), nl=False)
        return
    for line in report_lines(built, state.lang):
        typer.echo(line)


@class_app.command(
    help=_h(
        "Servicio de JupyterHub: corrige en el servidor y muestra la clase a docentes en /services/gradiente/.",
        "JupyterHub service: grades on the server and shows teachers the class at /services/gradiente/.",
    ),
)
def serve(
    workers: int = typer.Option(
        2, "--workers", min=1, help=_h("Correcciones a la vez (una por núcleo).", "Gradings at once (one per core).")
    ),
    url: Optional[str] = typer.Option(None, "--url", help=_URL_HELP),
) -> None:
    from gradiente.jupyter.service import serve as serve_class

    url = _class_url(url)
    if "JUPYTERHUB_API_TOKEN" not in os.environ:
        _say(
            T(
                es="`gradiente class serve` lo arranca JupyterHub, como servicio (deploy/jupyterhub/README.md). "
                "Sin JupyterHub, usa `gradiente class grade` y `gradiente class report`.",
                en="`gradiente class serve` is started by JupyterHub, as a service (deploy/jupyterhub/README.md). "
                "Without JupyterHub, use `gradiente class grade` and `gradiente class report`.",
            ),
            "red",
        )
        raise typer.Exit(2)
    with _class_errors():
        serve_class(url, workers=workers)


@class_app.command(
    help=_h(
        "Envía ya a la base de la clase lo que tu equipo tiene pendiente.",
        "Send what this machine still owes the class database, now.",
    ),
)
def send() -> None:
    workspace = _workspace()
    if workspace.outbox is None:
        _class_url(None)  # says no class is configured, and exits
    with _class_errors():
        sent = workspace.outbox.send()
    _say(T(es=f"Enviado: {sent}. Nada pendiente.", en=f"Sent: {sent}. Nothing is waiting."), "green")


# --- for course authors --------------------------------------------------------------------

dev_app = _Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=_h(
        "Para quienes escriben el curso (no para aprenderlo): crear temas y ejercicios, y comprobar el curso.",
        "For those who write the course (not for learning it): make lessons and exercises, and check the course.",
    ),
)
app.add_typer(dev_app, name="dev", hidden=True)  # kept out of the learner's `gradiente --help`

# The course's lint and contract tests, as `gradiente dev check` runs them (those that exist), from the course root.
DEV_CHECK_TESTS = ("tests/course/test_contract.py", "tests/course/test_lint.py", "tests/course/test_mistakes.py")

_COURSE_OPTION_HELP = _h(
    "Carpeta del curso (la que tiene course.toml; por defecto, la de Gradiente o $GRADIENTE_COURSE).",
    "The course's folder (the one with course.toml; default: Gradiente's, or $GRADIENTE_COURSE).",
)


def _course_folder(course: Optional[Path]) -> Path:
    from gradiente.course.paths import course_root

    return Path(course).resolve() if course is not None else course_root()


def _scaffolded(make) -> None:
    from gradiente.course.scaffold import ScaffoldError

    try:
        made = make()
    except ScaffoldError as error:
        _say(error.message, "red")
        raise typer.Exit(2) from None
    for path in made.files:
        _say(T(es="  escrito: {path}", en="  written: {path}").format(path=path), "green")
    for step in made.next_steps:
        _say(step)


@dev_app.command(
    "new-lesson",
    help=_h(
        "Crea un tema: lessons/<módulo>_<n>_<id>.py desde lessons/_template.py, y su entrada en course.toml.",
        "Make a lesson: lessons/<module>_<n>_<id>.py from lessons/_template.py, and its entry in course.toml.",
    ),
)
def dev_new_lesson(
    lesson_id: str = typer.Argument(
        ...,
        metavar="ID",
        help=_h("Id del tema, con guiones: derivative-rules.", "The lesson's id, with dashes: derivative-rules."),
    ),
    module: str = typer.Option(
        ...,
        "--module",
        prompt=_h("Id del módulo", "Module id"),
        help=_h("Id del módulo en course.toml (calculus...).", "The module's id in course.toml (calculus...)."),
    ),
    title_es: str = typer.Option(..., "--title-es", prompt=_h("Título en español", "Title in Spanish")),
    title_en: str = typer.Option(..., "--title-en", prompt=_h("Título en inglés", "Title in English")),
    course: Optional[Path] = typer.Option(None, "--course", help=_COURSE_OPTION_HELP),
) -> None:
    from gradiente.course.scaffold import new_lesson

    _scaffolded(lambda: new_lesson(_course_folder(course), lesson_id, module, _title(title_es, title_en)))


@dev_app.command(
    "new-exercise",
    help=_h(
        "Crea un ejercicio: enunciado (exercises/), solución (solutions/), casos por escribir (checks/), sus celdas en "
        "el tema y su entrada en course.toml.",
        "Make an exercise: stub (exercises/), reference (solutions/), cases to write (checks/), its cells in the "
        "lesson and its entry in course.toml.",
    ),
)
def dev_new_exercise(
    exercise_id: str = typer.Argument(
        ...,
        metavar="ID",
        help=_h(
            "Id del ejercicio, que es también el nombre de la función.",
            "The exercise's id, which is its function's name too.",
        ),
    ),
    lesson: str = typer.Option(
        ...,
        "--lesson",
        prompt=_h("Id del tema", "Lesson id"),
        help=_h("El tema que lo ofrece.", "The lesson that offers it."),
    ),
    path: Optional[str] = typer.Option(
        None,
        "--path",
        help=_h(
            "Ruta bajo exercises/, solutions/ y checks/ (por defecto, <módulo>/<id>.py).",
            "Path under exercises/, solutions/ and checks/ (default: <module>/<id>.py).",
        ),
    ),
    title_es: str = typer.Option(..., "--title-es", prompt=_h("Título en español", "Title in Spanish")),
    title_en: str = typer.Option(..., "--title-en", prompt=_h("Título en inglés", "Title in English")),
    params: str = typer.Option(
        "x",
        "--params",
        help=_h('Los parámetros de la función: "f, x, h=1e-5".', 'The function\'s parameters: "f, x, h=1e-5".'),
    ),
    course: Optional[Path] = typer.Option(None, "--course", help=_COURSE_OPTION_HELP),
) -> None:
    from gradiente.course.scaffold import new_exercise

    _scaffolded(
        lambda: new_exercise(_course_folder(course), exercise_id, lesson, path, _title(title_es, title_en), params)
    )


def _title(es: str, en: str) -> T:
    try:
        return T(es=es.strip(), en=en.strip())
    except ValueError:
        _say(T(es="El título hace falta en los dos idiomas.", en="The title is needed in both languages."), "red")
        raise typer.Exit(2) from None


@dev_app.command(
    "check",
    help=_h(
        "Corre las pruebas de contrato y de estilo del curso; con un tema, solo las suyas (menos de un minuto).",
        "Run the course's contract and lint tests; given a lesson, only its own (under a minute).",
    ),
)
def dev_check(
    lesson: Optional[str] = typer.Argument(
        None,
        metavar=_h("[LECCIÓN]", "[LESSON]"),
        help=_h("Id del tema que estás escribiendo (opcional).", "Id of the lesson you are writing (optional)."),
    ),
    course: Optional[Path] = typer.Option(None, "--course", help=_COURSE_OPTION_HELP),
) -> None:
    import subprocess

    root = _course_folder(course)
    selection = _lesson_selection(root, lesson) if lesson else []
    tests = [test for test in DEV_CHECK_TESTS if (root / test).is_file()]
    if not tests:
        _say(
            T(
                es="No encuentro las pruebas del curso en {root}: están en el repositorio de Gradiente (tests/course/).",
                en="I cannot find the course's tests in {root}: they live in Gradiente's repository (tests/course/).",
            ).format(root=root),
            "red",
        )
        raise typer.Exit(2)
    _say(
        T(es="Comprobando el curso: {tests}", en="Checking the course: {tests}").format(tests=", ".join(tests)), "bold"
    )
    completed = subprocess.run([sys.executable, "-m", "pytest", "-q", *tests, *selection], cwd=root)
    raise typer.Exit(completed.returncode)


def _lesson_selection(root: Path, lesson_id: str) -> list[str]:
    """pytest's -k for one lesson: the tests named after it and after its exercises (and the rules' own tests)."""
    from gradiente.course.manifest import ManifestError, UnknownExerciseError, load_course

    try:
        lesson = load_course(root).lesson(lesson_id)
    except UnknownExerciseError as error:
        close = error.suggestion
        _say(
            T(
                es=error.message.es + (f" ¿Querías decir '{close}'?" if close else ""),
                en=error.message.en + (f" Did you mean '{close}'?" if close else ""),
            ),
            "red",
        )
        raise typer.Exit(2) from None
    except ManifestError as error:  # the tests say the same, and more: let them run on the whole course
        _say(T(es="course.toml tiene problemas:\n{error}", en="course.toml has problems:\n{error}").format(error=error))
        return []
    names = [lesson.id, *(exercise.id for exercise in lesson.exercises), "_rule_"]  # _rule_: the lint's self-tests
    return ["-k", " or ".join(names)]


_USAGE_DEFAULT = T(es="No entendí el comando: {detail}", en="I did not understand the command: {detail}")
_USAGE_HELP = T(
    es="Mira la ayuda con: gradiente --help  (o gradiente COMANDO --help)",
    en="See the help with: gradiente --help  (or gradiente COMMAND --help)",
)


def _usage_message(error: typer.TyperException) -> T:
    """Click's own messages are English only: say the common ones in the learner's language."""
    kind = type(error).__name__
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        name = (getattr(param, "metavar", None) or getattr(param, "name", None) or "?").upper()
        command = getattr(getattr(error, "ctx", None), "info_name", None) or "?"
        return T(
            es=f"A `gradiente {command}` le falta {name}: el nombre de un ejercicio (míralos con `gradiente list`).",
            en=f"`gradiente {command}` needs {name}: the name of an exercise (see them with `gradiente list`).",
        )
    if kind == "NoSuchOption":
        option = getattr(error, "option_name", "?")
        return T(es=f"La opción {option} no existe.", en=f"There is no option {option}.")
    return _USAGE_DEFAULT.format(detail=error.format_message())


def _command(argv: list[str]) -> str | None:
    """The subcommand named in ``argv``, read before Typer parses anything (options may come first)."""
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument in ("--lang", "--workspace", "-w"):
            index += 2
        elif argument.startswith("-"):
            index += 1
        else:
            return argument
    return None


def _exit_cleanly_when_told() -> None:
    """End on SIGTERM (``kill``, a service manager) and SIGHUP (the terminal closed) as on Ctrl+C:
    through Python's exit, so what this process made in the temp folder goes with it (the lesson
    server's socket folder, the next check's sandbox). Python's default for them skips all that,
    and uvicorn, after its own graceful stop, raises the signal again to whatever handler was there."""
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda number, frame: sys.exit(128 + number))


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    _exit_cleanly_when_told()
    if _command(sys.argv[1:]) == "check":
        from gradiente.course import grader

        # The learner's sandbox boots (a Python, NumPy) while Typer parses and the workspace opens.
        grader.prestart_next()
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as error:  # a usage error, raised by the argument parser
        typer.echo(_usage_message(error).get(HELP_LANG), err=True)
        typer.echo(_USAGE_HELP.get(HELP_LANG), err=True)
        raise SystemExit(getattr(error, "exit_code", 2)) from None
    except typer.Abort:
        raise SystemExit(1) from None
    raise SystemExit(code or 0)
