"""The course manifest: the real one is valid, and a broken one reports every problem clearly."""

import shutil

import pytest

from gradiente.course.i18n import LANGS, T
from gradiente.course.manifest import ManifestError, UnknownExerciseError, load_course


def test_the_course_manifest_is_valid(course):
    assert course.modules, "the course has modules"
    assert [module.number for module in course.modules] == sorted(module.number for module in course.modules)
    assert len(course.exercises) >= 3
    for module in course.modules:
        for lesson in module.lessons:
            assert len(lesson.exercises) >= module.min_exercises, (
                f"lesson {lesson.id} needs {module.min_exercises} or more exercises"
            )
    for lesson in course.lessons:
        assert lesson.file.is_file()
        assert lesson.resources, f"lesson {lesson.id} links to its seed resources"


def test_every_title_prompt_and_hint_exists_in_both_languages(course):
    texts = [module.title for module in course.modules]
    for lesson in course.lessons:
        texts += [lesson.title, lesson.summary] + [resource.title for resource in lesson.resources]
        for exercise in lesson.exercises:
            assert exercise.hints, exercise.id
            texts += [exercise.title, exercise.prompt, *exercise.hints]
    for text in texts:
        for lang in LANGS:
            assert text.get(lang).strip()
        assert text.es != "?" and text.en != "?"


def test_ids_are_unique_and_lookups_suggest_close_names(course):
    ids = [m.id for m in course.modules] + [l.id for l in course.lessons] + [e.id for e in course.exercises]
    assert len(ids) == len(set(ids))
    with pytest.raises(UnknownExerciseError) as caught:
        course.exercise("gradiant")
    assert caught.value.suggestion == "gradient"
    assert "Did you mean 'gradient'" in str(caught.value)


def test_the_seed_resources_are_the_study_guides_links(course):
    lesson = course.lesson("derivatives-gradient-descent")
    urls = {resource.url for resource in lesson.resources}
    assert "https://youtu.be/A6FiCDoz8_4" in urls  # "Gradiente descendiente para ML", from the study guide


BROKEN = """
schema = 1

[[module]]
id = "m"
number = 0
title = { es = "Módulo", en = "" }

[[module.lesson]]
id = "lesson-a"
file = "lessons/missing.py"
title = { es = "Tema", en = "Lesson" }
summary = { es = "Resumen", en = "Summary" }
resources = [{ url = "http://insecure.example", lang = "fr", title = { es = "x", en = "x" } }]

[[module.lesson.exercise]]
id = "twice"
path = "m/twice.py"
title = { es = "Uno", en = "One" }
prompt = { es = "Haz", en = "Do" }
hints = [{ es = "", en = "Think" }]

[[module.lesson.exercise]]
id = "twice"
path = "m/nothing.py"
title = { es = "Dos" }
prompt = { es = "Haz", en = "Do" }
hints = []
"""


def test_a_broken_manifest_reports_every_problem(tmp_path):
    (tmp_path / "course.toml").write_text(BROKEN, encoding="utf-8")
    for folder in ("exercises", "solutions", "checks"):
        (tmp_path / folder / "m").mkdir(parents=True)
        (tmp_path / folder / "m" / "twice.py").write_text("", encoding="utf-8")
    with pytest.raises(ManifestError) as caught:
        load_course(tmp_path)
    problems = "\n".join(caught.value.problems)
    assert "module 'm', 'title': missing or empty 'en' translation" in problems
    assert "lesson 'lesson-a': missing file lessons/missing.py" in problems
    assert "'url' must be an https:// link" in problems
    assert "'lang' (the resource's own language) must be 'es' or 'en'" in problems
    assert "hint #1: missing or empty 'es' translation" in problems
    assert "duplicate id 'twice'" in problems
    assert "exercise 'twice', 'title': missing or empty 'en' translation" in problems
    assert "missing file exercises/m/nothing.py" in problems
    assert "missing file solutions/m/nothing.py" in problems
    assert "missing file checks/m/nothing.py" in problems
    assert "no hints" in problems
    assert str(tmp_path / "course.toml") in str(caught.value)


def test_invalid_toml_and_a_missing_file_are_reported(tmp_path):
    with pytest.raises(ManifestError, match="does not exist"):
        load_course(tmp_path)
    (tmp_path / "course.toml").write_text("schema = ", encoding="utf-8")
    with pytest.raises(ManifestError, match="not valid TOML"):
        load_course(tmp_path)


def test_a_copy_of_the_course_loads_from_another_folder(tmp_path, course):
    for name in ("course.toml", "lessons", "exercises", "solutions", "checks"):
        source = course.root / name
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, tmp_path / name)
    copy = load_course(tmp_path)
    assert [e.id for e in copy.exercises] == [e.id for e in course.exercises]
    assert copy.exercise("gradient").stub_path == tmp_path / "exercises" / "calculus" / "gradient.py"


def test_half_translated_text_cannot_be_built():
    with pytest.raises(ValueError, match="'en'"):
        T(es="Hola", en="")
    with pytest.raises(ValueError, match="'es'"):
        T(es="  ", en="Hello")


TWO_MODULES = """
schema = 1

[[module]]
id = "first"
number = 0
title = { es = "Primero", en = "First" }

[[module.lesson]]
id = "only"
file = "lessons/only.py"
title = { es = "Única", en = "Only" }
summary = { es = "Resumen", en = "Summary" }

[[module]]
id = "second"
number = 3
title = { es = "Segundo", en = "Second" }

[[module.lesson]]
id = "one"
file = "lessons/one.py"
title = { es = "Uno", en = "One" }
summary = { es = "Resumen", en = "Summary" }

[[module.lesson]]
id = "two"
file = "lessons/two.py"
title = { es = "Dos", en = "Two" }
summary = { es = "Resumen", en = "Summary" }
"""


def test_each_lesson_is_numbered_once_by_its_module_and_its_place(tmp_path):
    (tmp_path / "course.toml").write_text(TWO_MODULES, encoding="utf-8")
    (tmp_path / "lessons").mkdir()
    for name in ("only", "one", "two"):
        (tmp_path / "lessons" / f"{name}.py").write_text("", encoding="utf-8")
    course = load_course(tmp_path)  # lessons still being written (no exercise yet) load, numbered in place
    assert [lesson.number for lesson in course.lessons] == ["0.1", "3.1", "3.2"]
    assert all(lesson.exercises == () for lesson in course.lessons)
    assert course.number("two") == "3.2"
    with pytest.raises(UnknownExerciseError):
        course.number("three")


def test_the_real_course_numbers_its_first_calculus_lesson_2_1(course):
    assert course.number("derivatives-gradient-descent") == "2.1"
    assert course.lesson("derivatives-gradient-descent").file.name.startswith("2_1_")
