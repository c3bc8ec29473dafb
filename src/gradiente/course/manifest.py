"""The course manifest (``course.toml``): modules -> lessons -> exercises, in learning order.

``load_course`` validates the whole file and reports every problem at once (duplicate id,
missing translation, missing file, empty hint), so a teacher editing it fixes all in one go.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from gradiente.course.i18n import LANGS, T
from gradiente.course.paths import course_root

SCHEMA = 1


class ManifestError(ValueError):
    """course.toml is malformed; ``problems`` lists each thing to fix."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{path} has {len(problems)} problem(s):\n{listing}")


class UnknownExerciseError(KeyError):
    """No exercise (or lesson) has that id."""

    def __init__(self, kind: str, wanted: str, known: list[str]):
        close = difflib.get_close_matches(wanted, known, n=1)
        self.message = T(
            es=f"No hay ningún {'ejercicio' if kind == 'exercise' else 'tema'} '{wanted}'.",
            en=f"There is no {kind} '{wanted}'.",
        )
        self.suggestion = close[0] if close else None
        super().__init__(wanted)

    def __str__(self) -> str:
        hint = f" Did you mean '{self.suggestion}'?" if self.suggestion else ""
        return self.message.en + hint


@dataclass(frozen=True)
class Resource:
    url: str
    title: T
    lang: str  # the language the resource itself is in
    note: T | None = None  # when to use it, in our words
    guide: bool = True  # from the study guide of the seeds; False: one more we chose ("more to read and watch")


@dataclass(frozen=True)
class Exercise:
    id: str
    function: str
    title: T
    prompt: T
    hints: tuple[T, ...]
    path: str  # relative to exercises/, solutions/ and checks/ alike
    root: Path
    lesson_id: str

    @property
    def stub_path(self) -> Path:
        return self.root / "exercises" / self.path

    @property
    def solution_path(self) -> Path:
        return self.root / "solutions" / self.path

    @property
    def check_path(self) -> Path:
        return self.root / "checks" / self.path


@dataclass(frozen=True)
class Lesson:
    id: str
    file: Path
    title: T
    summary: T
    resources: tuple[Resource, ...]
    exercises: tuple[Exercise, ...]
    module_id: str
    number: str  # "2.1": the module's number, then the lesson's place in it (computed here, once)


@dataclass(frozen=True)
class Module:
    id: str
    number: int
    title: T
    lessons: tuple[Lesson, ...]
    min_exercises: int = 2  # per lesson; the seven-day track's days have one practical exercise each
    daily: bool = False  # a track of one lesson a day: the map suggests today's (never locks the others)


@dataclass(frozen=True)
class Course:
    root: Path
    modules: tuple[Module, ...]
    _exercises: dict[str, Exercise] = field(repr=False, default_factory=dict)
    _lessons: dict[str, Lesson] = field(repr=False, default_factory=dict)

    @property
    def lessons(self) -> list[Lesson]:
        return list(self._lessons.values())

    @property
    def exercises(self) -> list[Exercise]:
        return list(self._exercises.values())

    def exercise(self, exercise_id: str) -> Exercise:
        if exercise_id not in self._exercises:
            raise UnknownExerciseError("exercise", exercise_id, list(self._exercises))
        return self._exercises[exercise_id]

    def lesson(self, lesson_id: str) -> Lesson:
        if lesson_id not in self._lessons:
            raise UnknownExerciseError("lesson", lesson_id, list(self._lessons))
        return self._lessons[lesson_id]

    def number(self, lesson_id: str) -> str:
        """The lesson's number, "module.position" ("2.1"), as the hub and the lesson's header show it."""
        return self.lesson(lesson_id).number


def load_course(root: Path | None = None) -> Course:
    """Read and validate ``course.toml`` under ``root`` (default: the installed course)."""
    root = Path(root) if root is not None else course_root()
    path = root / "course.toml"
    try:
        data = _parse(path)
    except FileNotFoundError:
        raise ManifestError(path, ["the file does not exist"]) from None
    except tomllib.TOMLDecodeError as error:
        raise ManifestError(path, [f"it is not valid TOML: {error}"]) from None
    reader = _Reader(root)
    course = reader.course(data)
    if reader.problems:
        raise ManifestError(path, reader.problems)
    return course


def _parse(path: Path) -> dict:
    """The manifest as data. TOML is parsed in pure Python (about 40 ms at the course's full size,
    paid by every CLI command), so the result is kept as JSON in the user's cache folder, keyed by
    the file's content; any doubt about the copy means parsing again."""
    import hashlib
    import json
    import os

    from gradiente.course.paths import cache_dir

    text = path.read_bytes()
    key = hashlib.sha256(text).hexdigest()[:32]
    cached = cache_dir() / f"course-{key}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = tomllib.loads(text.decode("utf-8"))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_name(f".{cached.name}.{os.getpid()}.{id(data)}")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, cached)
    except OSError:
        pass  # a read-only home: parse every time, as before
    return data


class _Reader:
    """Builds the Course while collecting every problem instead of stopping at the first."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[str] = []
        self.seen_ids: dict[str, str] = {}

    def course(self, data: dict) -> Course:
        if data.get("schema") != SCHEMA:
            self.problems.append(f"'schema' must be {SCHEMA}; got {data.get('schema')!r}")
        modules_data = data.get("module", [])
        if not modules_data:
            self.problems.append("no [[module]] tables: a course needs at least one module")
        modules = tuple(self.module(item, f"module #{index + 1}") for index, item in enumerate(modules_data))
        lessons = {lesson.id: lesson for module in modules for lesson in module.lessons}
        exercises = {ex.id: ex for lesson in lessons.values() for ex in lesson.exercises}
        return Course(self.root, modules, exercises, lessons)

    def module(self, data: dict, where: str) -> Module:
        module_id = self.identifier(data, where, "module")
        where = f"module '{module_id}'"
        number = data.get("number")
        if not isinstance(number, int):
            self.problems.append(f"{where}: 'number' must be an integer; got {number!r}")
            number = -1
        lessons = tuple(
            self.lesson(item, f"{where}, lesson #{position}", module_id, f"{number}.{position}")
            for position, item in enumerate(data.get("lesson", []), start=1)
        )
        min_exercises = data.get("min_exercises", 2)
        if not isinstance(min_exercises, int) or min_exercises < 1:
            self.problems.append(
                f"{where}: 'min_exercises' must be a whole number of at least 1; got {min_exercises!r}"
            )
            min_exercises = 2
        daily = data.get("daily", False)
        if not isinstance(daily, bool):
            self.problems.append(f"{where}: 'daily' must be true or false; got {daily!r}")
            daily = False
        return Module(module_id, number, self.text(data, "title", where), lessons, min_exercises, daily)

    def lesson(self, data: dict, where: str, module_id: str, number: str) -> Lesson:
        lesson_id = self.identifier(data, where, "lesson")
        where = f"lesson '{lesson_id}'"
        file = self.file(data, "file", where, self.root)
        resources = tuple(
            self.resource(item, f"{where}, resource #{index + 1}")
            for index, item in enumerate(data.get("resources", []))
        )
        # A lesson being written may have no exercise yet: the course still loads (the other lessons go on
        # working), and the course contract (tests/course/test_contract.py) refuses it until it has two.
        exercises_data = data.get("exercise", [])
        exercises = tuple(
            self.exercise(item, f"{where}, exercise #{index + 1}", lesson_id)
            for index, item in enumerate(exercises_data)
        )
        return Lesson(
            lesson_id,
            file,
            self.text(data, "title", where),
            self.text(data, "summary", where),
            resources,
            exercises,
            module_id,
            number,
        )

    def exercise(self, data: dict, where: str, lesson_id: str) -> Exercise:
        exercise_id = self.identifier(data, where, "exercise")
        where = f"exercise '{exercise_id}'"
        function = data.get("function") or exercise_id
        relative = data.get("path")
        if not isinstance(relative, str) or not relative.endswith(".py"):
            self.problems.append(
                f"{where}: 'path' must name a .py file (under exercises/, solutions/, checks/); got {relative!r}"
            )
            relative = f"{exercise_id}.py"
        else:
            for folder in ("exercises", "solutions", "checks"):
                if not (self.root / folder / relative).is_file():
                    self.problems.append(f"{where}: missing file {folder}/{relative}")
        hints_data = data.get("hints", [])
        if not hints_data:
            self.problems.append(f"{where}: no hints; give at least one, questions before answers")
        hints = tuple(self.translated(item, f"{where}, hint #{index + 1}") for index, item in enumerate(hints_data))
        return Exercise(
            exercise_id,
            function,
            self.text(data, "title", where),
            self.text(data, "prompt", where),
            hints,
            relative,
            self.root,
            lesson_id,
        )

    def resource(self, data: dict, where: str) -> Resource:
        url = data.get("url", "")
        if not isinstance(url, str) or not url.startswith("https://"):
            self.problems.append(f"{where}: 'url' must be an https:// link; got {url!r}")
        lang = data.get("lang")
        if lang not in LANGS:
            self.problems.append(f"{where}: 'lang' (the resource's own language) must be 'es' or 'en'; got {lang!r}")
        note = self.text(data, "note", where) if "note" in data else None
        guide = data.get("guide", True)
        if not isinstance(guide, bool):
            self.problems.append(
                f"{where}: 'guide' says whether the study guide lists it: true or false (without quotes); got {guide!r}"
            )
            guide = True
        return Resource(url, self.text(data, "title", where), lang or "es", note, guide)

    def identifier(self, data: dict, where: str, kind: str) -> str:
        value = data.get("id")
        if not isinstance(value, str) or not value or not value.replace("_", "").replace("-", "").isalnum():
            self.problems.append(f"{where}: 'id' must be letters, digits, '-' or '_'; got {value!r}")
            return f"<{where}>"
        if value in self.seen_ids:
            self.problems.append(f"duplicate id '{value}': used by a {self.seen_ids[value]} and a {kind}")
        self.seen_ids[value] = kind
        return value

    def file(self, data: dict, key: str, where: str, base: Path) -> Path:
        value = data.get(key)
        if not isinstance(value, str):
            self.problems.append(f"{where}: '{key}' must be a path; got {value!r}")
            return base
        path = base / value
        if not path.is_file():
            self.problems.append(f"{where}: missing file {value}")
        return path

    def text(self, data: dict, key: str, where: str) -> T:
        return self.translated(data.get(key), f"{where}, '{key}'")

    def translated(self, value: object, where: str) -> T:
        if not isinstance(value, dict):
            self.problems.append(f'{where}: expected {{ es = "...", en = "..." }}; got {value!r}')
            return T.same("?")
        missing = [lang for lang in LANGS if not str(value.get(lang, "")).strip()]
        for lang in missing:
            self.problems.append(f"{where}: missing or empty '{lang}' translation")
        if missing:
            return T.same("?")
        return T(es=value["es"], en=value["en"])
