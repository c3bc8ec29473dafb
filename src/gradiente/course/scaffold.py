"""New lessons and exercises for course authors, as rustlings' ``dev new`` makes them.

``new_lesson`` copies ``lessons/_template.py`` to ``lessons/<module>_<n>_<id>.py`` and adds its
``[[module.lesson]]`` after the module's last lesson; ``new_exercise`` writes the stub, the
reference and the checks (three placeholder cases, which stop grading until written: no check
passes by having nothing to check), adds the exercise's three cells to its lesson and its
``[[module.lesson.exercise]]`` after the lesson's last exercise. course.toml is edited as text,
so its comments and layout stay as they are; each edit is read back before it is kept.
Everything is checked before anything is written: an id or a file that exists is refused.
"""

from __future__ import annotations

import json
import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from gradiente.course.i18n import T

_LESSON_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_HEADER = re.compile(r"^\[\[(module(?:\.lesson(?:\.exercise(?:\.hints)?)?)?)\]\]\s*(#.*)?$")
_ID_LINE = re.compile(r'^id\s*=\s*"([^"]*)"')
_TEMPLATE = "_template.py"
# In the template's self-check cell: exercises go in above the cell that holds it.
EXERCISES_MARKER = "`gradiente dev new-exercise` adds each exercise's cells above this cell."


class ScaffoldError(Exception):
    """A request that cannot be done as asked; ``message`` says why, in both languages."""

    def __init__(self, message: T):
        self.message = message
        super().__init__(message.en)


@dataclass
class Made:
    """What a scaffold wrote (paths relative to the course), and what the author does next."""

    files: list[str] = field(default_factory=list)
    next_steps: list[T] = field(default_factory=list)


# --- the manifest, as data and as text ------------------------------------------------------


class _Manifest:
    def __init__(self, root: Path):
        self.root = root
        self.path = root / "course.toml"
        try:
            self.text = self.path.read_text(encoding="utf-8")
            self.data = tomllib.loads(self.text)
        except FileNotFoundError:
            raise ScaffoldError(
                T(
                    es=f"No encuentro {self.path}: ¿es esta la carpeta del curso? (usa --course)",
                    en=f"There is no {self.path}: is this the course's folder? (use --course)",
                )
            ) from None
        except tomllib.TOMLDecodeError as error:
            raise ScaffoldError(
                T(
                    es=f"{self.path} no es TOML válido ({error}): arréglalo antes de añadir nada.",
                    en=f"{self.path} is not valid TOML ({error}): fix it before adding anything.",
                )
            ) from None

    @property
    def modules(self) -> list[dict]:
        return self.data.get("module", [])

    def ids(self) -> dict[str, str]:
        """Every id of the course -> what it names ("módulo/module", ...), since ids are unique course-wide."""
        found = {}
        for module in self.modules:
            found[module.get("id")] = "module"
            for lesson in module.get("lesson", []):
                found[lesson.get("id")] = "lesson"
                for exercise in lesson.get("exercise", []):
                    found[exercise.get("id")] = "exercise"
        return found

    def module(self, module_id: str) -> dict:
        for module in self.modules:
            if module.get("id") == module_id:
                return module
        known = ", ".join(str(module.get("id")) for module in self.modules)
        raise ScaffoldError(
            T(
                es=f"No hay ningún módulo «{module_id}» en course.toml. Los módulos son: {known}.",
                en=f"There is no module '{module_id}' in course.toml. The modules are: {known}.",
            )
        )

    def lesson(self, lesson_id: str) -> tuple[dict, dict]:
        for module in self.modules:
            for lesson in module.get("lesson", []):
                if lesson.get("id") == lesson_id:
                    return module, lesson
        known = ", ".join(str(lesson.get("id")) for module in self.modules for lesson in module.get("lesson", []))
        raise ScaffoldError(
            T(
                es=f"No hay ningún tema «{lesson_id}» en course.toml. Los temas son: {known or '(ninguno)'}.",
                en=f"There is no lesson '{lesson_id}' in course.toml. The lessons are: {known or '(none)'}.",
            )
        )

    def insert_after(self, table: str, table_id: str, until: tuple[str, ...], block: str) -> str:
        """The manifest's text with ``block`` after the region of the ``[[table]]`` whose id is ``table_id``:
        up to the next header of a kind in ``until``, leaving the comments that open that header with it."""
        lines = self.text.split("\n")
        start = None
        for number, line in enumerate(lines):
            if (match := _HEADER.match(line)) and match.group(1) == table:
                following = next(
                    (
                        _ID_LINE.match(other.strip())
                        for other in lines[number + 1 :]
                        if _ID_LINE.match(other.strip()) or _HEADER.match(other)
                    ),
                    None,
                )
                if following and following.group(1) == table_id:
                    start = number
                    break
        if start is None:
            raise ScaffoldError(
                T(
                    es=f"No encontré el [[{table}]] «{table_id}» en el texto de course.toml.",
                    en=f"I could not find the [[{table}]] '{table_id}' in course.toml's text.",
                )
            )
        end = next(
            (
                number
                for number in range(start + 1, len(lines))
                if (match := _HEADER.match(lines[number])) and match.group(1) in until
            ),
            len(lines),
        )
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        text = "\n".join(lines[:end]).rstrip("\n") + "\n\n" + block.strip("\n") + "\n"
        rest = "\n".join(lines[end:]).lstrip("\n")
        return text + ("\n" + rest if rest else "")

    def write(self, text: str, check) -> None:
        """Keep ``text`` as course.toml if it still parses and ``check(data)`` finds the new entry."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ScaffoldError(
                T(
                    es=f"El cambio dejaría course.toml inválido ({error}); no lo toqué.",
                    en=f"The edit would leave course.toml invalid ({error}); I left it alone.",
                )
            ) from None
        if not check(data):
            raise ScaffoldError(
                T(
                    es="El cambio no quedó donde debía en course.toml; no lo toqué.",
                    en="The edit did not land where it should in course.toml; I left it alone.",
                )
            )
        self.path.write_text(text, encoding="utf-8")
        self.text, self.data = text, data


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def _refuse_taken(root: Path, relative: str) -> None:
    if (root / relative).exists():
        raise ScaffoldError(
            T(
                es=f"{relative} ya existe: elige otro nombre (o borra ese archivo primero).",
                en=f"{relative} already exists: pick another name (or delete that file first).",
            )
        )


def _refuse_known_id(manifest: _Manifest, new_id: str) -> None:
    kind = manifest.ids().get(new_id)
    if kind is not None:
        kinds = {
            "module": ("un módulo", "A module"),
            "lesson": ("un tema", "A lesson"),
            "exercise": ("un ejercicio", "An exercise"),
        }[kind]
        raise ScaffoldError(
            T(
                es=f"Ya hay {kinds[0]} con el id «{new_id}» en course.toml: los ids no se repiten.",
                en=f"{kinds[1]} already has the id '{new_id}' in course.toml: ids are unique.",
            )
        )


def _template(root: Path) -> str:
    from gradiente.course.paths import course_root

    for folder in (root, course_root()):  # the course's own template, else the one Gradiente ships
        if (folder / "lessons" / _TEMPLATE).is_file():
            return (folder / "lessons" / _TEMPLATE).read_text(encoding="utf-8")
    raise ScaffoldError(
        T(es=f"No encuentro la plantilla lessons/{_TEMPLATE}.", en=f"I cannot find the template lessons/{_TEMPLATE}.")
    )


# --- a lesson -------------------------------------------------------------------------------


def new_lesson(root: Path, lesson_id: str, module_id: str, title: T) -> Made:
    """Write ``lessons/<m>_<n>_<id>.py`` from the template and add the lesson after its module's last one."""
    root = Path(root)
    if not _LESSON_ID.fullmatch(lesson_id):
        raise ScaffoldError(
            T(
                es=f"«{lesson_id}» no sirve como id de tema: usa minúsculas, cifras y guiones (derivative-rules).",
                en=f"'{lesson_id}' will not do as a lesson id: use lower-case letters, digits and dashes (derivative-rules).",
            )
        )
    manifest = _Manifest(root)
    _refuse_known_id(manifest, lesson_id)
    module = manifest.module(module_id)
    number = f"{module.get('number')}.{len(module.get('lesson', [])) + 1}"
    relative = f"lessons/{number.replace('.', '_')}_{lesson_id.replace('-', '_')}.py"
    _refuse_taken(root, relative)
    notebook = _template(root).replace("__lesson_id__", lesson_id).replace("__number__", number)

    block = "\n".join(
        [
            "[[module.lesson]]",
            f"id = {_toml_string(lesson_id)}",
            f"file = {_toml_string(relative)}",
            f"title = {{ es = {_toml_string(title.es)}, en = {_toml_string(title.en)} }}",
            'summary = { es = "TODO: en una frase, lo que aprende quien sigue este tema.", '
            'en = "TODO: in one sentence, what the learner learns in this lesson." }',
            "# TODO: the study guide's resources for this lesson, each with a note on when to use it, as in",
            '# { url = "https://…", lang = "es", title = { es = "…", en = "…" }, note = { es = "…", en = "…" } },',
            "resources = [",
            "]",
        ]
    )
    text = manifest.insert_after("module", module_id, ("module",), block)

    def landed(data: dict) -> bool:
        lessons = next(m for m in data["module"] if m.get("id") == module_id).get("lesson", [])
        return bool(lessons) and lessons[-1].get("id") == lesson_id and lessons[-1].get("file") == relative

    (root / relative).parent.mkdir(parents=True, exist_ok=True)
    (root / relative).write_text(notebook, encoding="utf-8")
    try:
        manifest.write(text, landed)
    except ScaffoldError:
        (root / relative).unlink()
        raise
    return Made(
        files=[relative, "course.toml"],
        next_steps=[
            T(
                es=f"El tema {number} «{title.es}» está en {relative}. Reemplaza cada TODO, en los dos idiomas.",
                en=f"Lesson {number} '{title.en}' is at {relative}. Replace every TODO, in both languages.",
            ),
            T(
                es=f"Cada tema necesita al menos dos ejercicios (gradiente dev check falla mientras no los tenga): "
                f"gradiente dev new-exercise ID --lesson {lesson_id}",
                en=f"Every lesson needs at least two exercises (gradiente dev check fails until it has them): "
                f"gradiente dev new-exercise ID --lesson {lesson_id}",
            ),
        ],
    )


# --- an exercise ----------------------------------------------------------------------------


def new_exercise(root: Path, exercise_id: str, lesson_id: str, path: str | None, title: T, params: str = "x") -> Made:
    """Write the stub, the reference and the checks, the exercise's cells in its lesson, and its manifest entry."""
    root = Path(root)
    if not exercise_id.isidentifier() or keyword.iskeyword(exercise_id) or exercise_id != exercise_id.lower():
        raise ScaffoldError(
            T(
                es=f"«{exercise_id}» no sirve como id de ejercicio: es también el nombre de la función, así que usa "
                "minúsculas, cifras y _ (numerical_derivative).",
                en=f"'{exercise_id}' will not do as an exercise id: it is the function's name too, so use lower-case "
                "letters, digits and _ (numerical_derivative).",
            )
        )
    try:
        compile(f"def {exercise_id}({params}): pass", "<params>", "exec")
    except SyntaxError:
        raise ScaffoldError(
            T(
                es=f"«{params}» no son parámetros de Python válidos (por ejemplo: f, x, h=1e-5).",
                en=f"'{params}' are not valid Python parameters (for example: f, x, h=1e-5).",
            )
        ) from None
    manifest = _Manifest(root)
    _refuse_known_id(manifest, exercise_id)
    module, lesson = manifest.lesson(lesson_id)
    if path is None:
        path = f"{str(module.get('id')).replace('-', '_')}/{exercise_id}.py"
    if not re.fullmatch(r"[a-z0-9_]+(/[a-z0-9_]+)*\.py", path):
        raise ScaffoldError(
            T(
                es=f"«{path}» no sirve como ruta: escribe carpeta/nombre.py, en minúsculas (calculus/gradient.py).",
                en=f"'{path}' will not do as a path: write folder/name.py, in lower case (calculus/gradient.py).",
            )
        )
    for folder in ("exercises", "solutions", "checks"):
        _refuse_taken(root, f"{folder}/{path}")
    lesson_file = root / str(lesson.get("file"))
    if not lesson_file.is_file():
        raise ScaffoldError(
            T(
                es=f"El tema «{lesson_id}» apunta a {lesson.get('file')}, que no existe.",
                en=f"Lesson '{lesson_id}' points at {lesson.get('file')}, which does not exist.",
            )
        )

    signature = f"{exercise_id}({params})"
    prompt = T(
        es=f"TODO: Escribe `{signature}`, que … (qué recibe, qué devuelve, con qué forma).",
        en=f"TODO: Write `{signature}`, which … (what it takes, what it returns, of which shape).",
    )
    hints = [
        T(
            es="TODO: una pregunta que ponga a pensar, sin dar la respuesta.",
            en="TODO: a question that gets the learner thinking, without giving the answer.",
        ),
        T(
            es="TODO: una pregunta más concreta, que señale el paso difícil.",
            en="TODO: a more specific question, pointing at the hard step.",
        ),
        T(
            es="TODO: la última pista: casi la respuesta, todavía sin el código entero.",
            en="TODO: the last hint: nearly the answer, still without the whole code.",
        ),
    ]
    files = {
        "exercises": _stub(root, exercise_id, path, title, prompt, hints, lesson_id, params),
        "solutions": _reference(exercise_id, params),
        "checks": _checks(signature),
    }
    block = _exercise_block(exercise_id, path, title, prompt, hints)
    text = manifest.insert_after("module.lesson", lesson_id, ("module", "module.lesson"), block)

    def landed(data: dict) -> bool:
        for module_data in data["module"]:
            for lesson_data in module_data.get("lesson", []):
                if lesson_data.get("id") == lesson_id:
                    exercises = lesson_data.get("exercise", [])
                    return (
                        bool(exercises) and exercises[-1].get("id") == exercise_id and exercises[-1].get("path") == path
                    )
        return False

    notebook = lesson_file.read_text(encoding="utf-8")
    written = []
    try:
        for folder, content in files.items():
            target = root / folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
            written.append(target)
        manifest.write(text, landed)
    except BaseException:
        for target in written:
            target.unlink()
        raise
    lesson_file.write_text(_with_exercise_cells(notebook, exercise_id), encoding="utf-8")
    return Made(
        files=[f"{folder}/{path}" for folder in files] + [str(lesson.get("file")), "course.toml"],
        next_steps=[
            T(
                es=f"Escribe el enunciado, el título y las tres pistas de «{exercise_id}» en course.toml (las pistas "
                "preguntan antes de responder), y copia el enunciado al ejercicio con "
                "`python -m gradiente.course.lint --write-stubs`.",
                en=f"Write the prompt, the title and the three hints of '{exercise_id}' in course.toml (hints ask "
                "before they tell), and copy the prompt into the stub with `python -m gradiente.course.lint --write-stubs`.",
            ),
            T(
                es=f"Escribe la solución de referencia en solutions/{path} (solo NumPy y gradiente) y los casos en "
                f"checks/{path}: un caso a mano, datos reales y un caso límite. Mientras quede un caso por escribir, "
                "la corrección no arranca.",
                en=f"Write the reference solution in solutions/{path} (NumPy and gradiente only) and the cases in "
                f"checks/{path}: a hand case, real data and an edge case. While a case is left to write, grading "
                "does not start.",
            ),
            T(
                es=f"Registra al menos dos errores típicos en mistakes/{path.removesuffix('.py')}/, y luego: gradiente dev check",
                en=f"Register at least two typical mistakes in mistakes/{path.removesuffix('.py')}/, then: gradiente dev check",
            ),
        ],
    )


def _stub(
    root: Path, exercise_id: str, path: str, title: T, prompt: T, hints: list[T], lesson_id: str, params: str
) -> str:
    from gradiente.course.lint import stub_docstring  # the stub's docstring has one source: the prompt
    from gradiente.course.manifest import Exercise

    exercise = Exercise(exercise_id, exercise_id, title, prompt, tuple(hints), path, root, lesson_id)
    return (
        f'"""{stub_docstring(exercise)}"""\n\nimport numpy as np\n\n\n'
        f"def {exercise_id}({params}):\n"
        f'    """TODO: one line saying what it returns."""\n'
        "    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código\n"
        f'    raise NotImplementedError("{exercise_id}")\n'
    )


def _reference(exercise_id: str, params: str) -> str:
    return (
        f'"""Reference solution: {exercise_id}."""\n\nimport numpy as np\n\n\n'
        f"def {exercise_id}({params}):\n"
        f'    """TODO: what it returns, and the math next to the code that computes it."""\n'
        f'    raise NotImplementedError("TODO: write the reference solution of {exercise_id}")\n'
    )


def _checks(signature: str) -> str:
    return f'''"""Checks for {signature}: TODO say what the cases cover."""

import numpy as np

from gradiente.course.checking import Case, placeholder
from gradiente.course.i18n import T


def cases():
    # Replace each placeholder with Case(T(es=..., en=...), (args, ...)): grading does not start while one is left.
    return [
        placeholder(T(es="un caso a mano que se pueda seguir", en="a hand case a learner can follow")),
        placeholder(T(es="datos reales", en="real data")),
        placeholder(T(es="un caso límite", en="an edge case")),
    ]


def diagnose(case, expected, got):
    """A typical mistake recognised from the wrong answer, as T(es=..., en=...); None leaves the generic message."""
    return None
'''


def _exercise_block(exercise_id: str, path: str, title: T, prompt: T, hints: list[T]) -> str:
    lines = [
        "[[module.lesson.exercise]]",
        f"id = {_toml_string(exercise_id)}",
        f"path = {_toml_string(path)}",
        f"title = {{ es = {_toml_string(title.es)}, en = {_toml_string(title.en)} }}",
        f'prompt.es = """\n{prompt.es}"""',
        f'prompt.en = """\n{prompt.en}"""',
    ]
    for hint in hints:
        lines += ["", "[[module.lesson.exercise.hints]]", f'es = """\n{hint.es}"""', f'en = """\n{hint.en}"""']
    return "\n".join(lines)


def _with_exercise_cells(notebook: str, exercise_id: str) -> str:
    """The lesson with the exercise's three cells above the self-check (the template marks it), else at the end."""
    name = f"ex_{exercise_id}"
    cells = (
        f'@app.cell(hide_code=True)\ndef _(kit, lang):\n    {name} = kit.exercise("{exercise_id}", lang)\n'
        f"    {name}\n    return ({name},)\n\n\n"
        f"@app.cell(hide_code=True)\ndef _({name}, kit):\n    kit.feedback({name})\n    return\n\n\n"
        f"@app.cell(hide_code=True)\ndef _({name}, kit):\n    kit.hints({name})\n    return\n\n\n"
    )
    lines = notebook.split("\n")
    marker = next((number for number, line in enumerate(lines) if EXERCISES_MARKER in line), None)
    if marker is not None:
        cell = next((number for number in range(marker, -1, -1) if lines[number].startswith("@app.cell")), None)
        if cell is not None:
            return "\n".join(lines[:cell]) + "\n" + cells + "\n".join(lines[cell:])
    main = next((number for number, line in enumerate(lines) if line.startswith('if __name__ == "__main__":')), None)
    if main is not None:
        return "\n".join(lines[:main]) + "\n" + cells + "\n".join(lines[main:])
    return notebook.rstrip("\n") + "\n\n\n" + cells
