"""A course at full size for benchmarks: lesson 2.1 copied under 38 lesson ids, 3 exercises each (114).

    from scaled_course import write_scaled_course
    root = write_scaled_course(tmp / "course")          # then GRADIENTE_COURSE=root

Every copy is a real lesson: its notebook names its own exercise ids, and each exercise has its
own stub, solution and check file (copies of 2.1's), so loading, mounting, opening and checking
cost what they would in a course of 38 different lessons.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
TEMPLATE_LESSON = "derivatives-gradient-descent"
N_LESSONS = 38


def write_scaled_course(target: Path, n_lessons: int = N_LESSONS, source: Path = REPOSITORY) -> Path:
    """Write a course folder (course.toml, lessons/, exercises/, solutions/, checks/) under ``target``.

    The lessons are spread over the source course's modules in order; lesson ``k`` (1-based) has
    id ``lesson-k`` and exercises ``<id>_k``, whose function keeps its name. Returns ``target``.
    """
    target = Path(target)
    manifest = tomllib.loads((source / "course.toml").read_text(encoding="utf-8"))
    template = next(
        lesson
        for module in manifest["module"]
        for lesson in module.get("lesson", [])
        if lesson["id"] == TEMPLATE_LESSON
    )
    notebook = (source / template["file"]).read_text(encoding="utf-8")
    modules = [
        {key: value for key, value in module.items() if key != "lesson"} | {"lesson": []}
        for module in manifest["module"]
    ]
    (target / "lessons").mkdir(parents=True, exist_ok=True)
    for number in range(1, n_lessons + 1):
        lesson_id = f"lesson-{number}"
        lesson = dict(template, id=lesson_id, file=f"lessons/lesson_{number}.py", exercise=[])
        text = notebook.replace(f'"{TEMPLATE_LESSON}"', f'"{lesson_id}"')
        for exercise in template["exercise"]:
            function = exercise.get("function") or exercise["id"]
            exercise_id = f"{exercise['id']}_{number}"
            path = exercise["path"].removesuffix(".py") + f"_{number}.py"
            lesson["exercise"].append(dict(exercise, id=exercise_id, function=function, path=path))
            text = text.replace(f'"{exercise["id"]}"', f'"{exercise_id}"')
            for folder in ("exercises", "solutions", "checks"):
                (target / folder / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / folder / exercise["path"], target / folder / path)
        (target / lesson["file"]).write_text(text, encoding="utf-8")
        modules[(number - 1) * len(modules) // n_lessons]["lesson"].append(lesson)
    (target / "course.toml").write_text(_toml(manifest["schema"], modules), encoding="utf-8")
    return target


def _toml(schema: int, modules: list[dict]) -> str:
    """The manifest's own shape, written back: [[module]], [[module.lesson]], [[module.lesson.exercise]]."""
    lines = [f"schema = {schema}"]

    def table(header: str, data: dict) -> None:
        lines.extend(["", header])
        lines.extend(f"{key} = {_value(value)}" for key, value in data.items() if key not in ("lesson", "exercise"))

    for module in modules:
        table("[[module]]", module)
        for lesson in module["lesson"]:
            table("[[module.lesson]]", lesson)
            for exercise in lesson["exercise"]:
                table("[[module.lesson.exercise]]", exercise)
    return "\n".join(lines) + "\n"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_value(item)}" for key, item in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


if __name__ == "__main__":
    import sys

    print(write_scaled_course(Path(sys.argv[1] if len(sys.argv) > 1 else "scaled-course")))
