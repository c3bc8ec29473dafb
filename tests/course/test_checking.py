"""Checks that can say more: errors a function must raise, tuples of results, normalized answers,
and labels in both languages; graded by the real grader in a course of their own."""

import textwrap

import numpy as np
import pytest

from gradiente.course.checking import Case, compare, difference, label_problem, placeholder, show
from gradiente.course.grader import grade
from gradiente.course.i18n import T
from gradiente.course.judge import CheckNotWrittenError, Trusted
from gradiente.course.manifest import load_course

# --- labels -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        T.same("f(x) = x³ − 2x,  x = 2,  h = 0.1"),
        T.same("f(x, y) = xy + sin(x),  x = np.array([1, 2])"),
        T(es="f(x, y) = x² + 3y²  en  (1, 2)", en="f(x, y) = x² + 3y²  at  (1, 2)"),
        T(es="cero pasos: solo el punto inicial", en="zero steps: only the starting point"),
    ],
)
def test_labels_in_both_languages_and_formulas_are_accepted(label):
    assert label_problem(label) is None
    Case(label, (1.0,))


@pytest.mark.parametrize(
    "label, words",
    [
        (T.same("f(x, y) = x² + 3y²  at  (1, 2)"), "(at)"),  # checks/calculus/gradient.py's labels, before
        (T.same("zero steps"), "(steps, zero)"),
        (T(es="f(x) = (x − 3)²,  5 steps", en="f(x) = (x − 3)²,  5 steps"), "(steps)"),
        (T(es="f en (1, 2) con 5 steps", en="f at (1, 2) with 5 steps"), "English words (steps)"),
        (T(es="f en (1, 2)", en="f en (1, 2)"), "(en)"),
        (T(es="cero pasos", en="zero pasos"), "Spanish words (pasos)"),
    ],
)
def test_a_label_with_words_of_one_language_under_the_other_is_refused(label, words):
    assert words in label_problem(label)
    with pytest.raises(ValueError, match="translate|T.same is for formulas only"):
        Case(label, (1.0,))


def test_a_label_must_be_bilingual_text():
    with pytest.raises(ValueError, match=r"T\(es=..., en=...\)"):
        Case("f(x) = x²", (1.0,))


def test_every_check_of_the_course_has_bilingual_labels(course):
    for exercise in course.exercises:
        for case in Trusted(exercise).cases:
            assert label_problem(case.label) is None, (exercise.id, case.label)


def test_raises_takes_exception_classes_the_grader_can_tell_apart():
    assert Case(T.same("x = 0"), (0.0,), raises=(ValueError, ZeroDivisionError)).expected_errors == (
        ValueError,
        ZeroDivisionError,
    )
    with pytest.raises(TypeError, match="exception class"):
        Case(T.same("x = 0"), (0.0,), raises="ValueError")
    with pytest.raises(ValueError, match="cannot be checked"):
        Case(T.same("x = 0"), (0.0,), raises=NotImplementedError)  # that is how a stub's TODO reports
    with pytest.raises(TypeError, match="normalize"):
        Case(T.same("x = 0"), (0.0,), normalize="sorted")


# --- tuples -------------------------------------------------------------------------------


def test_tuples_are_compared_element_by_element_and_the_element_is_named():
    expected = (np.array([1.0, 2.0]), 0.5)
    assert compare(expected, (np.array([1.0, 2.0]), 0.5)) is None
    assert compare(expected, [np.array([1.0, 2.0]), 0.5]) is None  # a list of the same values will do
    mismatch = difference(expected, (np.array([1.0, 2.0]), 0.25))
    assert "In `result[1]`" in mismatch.message.en and "En `resultado[1]`" in mismatch.message.es
    assert "exactly half" in mismatch.message.en
    assert (mismatch.expected, mismatch.got) == ("0.5", "0.25"), "the element that differs is what is shown"
    assert "In `result[0]`: Wrong shape" in compare(expected, (np.zeros((2, 2)), 0.5)).en


def test_a_tuple_of_the_wrong_size_or_no_tuple_at_all_is_explained():
    expected = (np.zeros(2), np.zeros((2, 2)))
    assert "returned 3 values where 2 were expected" in compare(expected, (1, 2, 3)).en
    assert "Expected a tuple of 2 values" in compare(expected, np.zeros(2)).en
    assert "an array of shape (2,)" in compare(expected, np.zeros(2)).en
    assert "return" in compare(expected, None).en  # a missing return is still named as such
    nested = difference((1.0, (2.0, 3.0)), (1.0, (2.0, 4.0)))
    assert "In `result[1][1]`" in nested.message.en


def test_tuples_are_shown_as_tuples():
    assert show((np.arange(2.0), 3.5)) == "([0., 1.]  (shape (2,)), 3.5)"


# --- graded by the real grader, in a course of their own ---------------------------------

MANIFEST = """
schema = 1

[[module]]
id = "m"
number = 1
title = { es = "Módulo", en = "Module" }

[[module.lesson]]
id = "l"
file = "lessons/l.py"
title = { es = "Tema", en = "Lesson" }
summary = { es = "Resumen", en = "Summary" }
"""

EXERCISE = """
[[module.lesson.exercise]]
id = "{id}"
path = "m/{id}.py"
title = {{ es = "Ejercicio", en = "Exercise" }}
prompt = {{ es = "Escribe `{id}`.", en = "Write `{id}`." }}
hints = [{{ es = "¿Y si…?", en = "What if…?" }}]
"""

REFERENCES = {
    "safe_inverse": """
        import numpy as np

        def safe_inverse(A):
            A = np.asarray(A, dtype=float)
            if A.ndim != 2 or A.shape[0] != A.shape[1]:
                raise ValueError(f"A must be square; got shape {A.shape}")
            return np.linalg.inv(A)  # a singular A raises LinAlgError, a ValueError
    """,
    "mean_and_spread": """
        import numpy as np

        def mean_and_spread(x):
            return float(np.mean(x)), float(np.std(x))
    """,
    "quadratic_roots": """
        import numpy as np

        def quadratic_roots(a, b, c):
            root = np.sqrt(b * b - 4 * a * c)
            return np.array([(-b - root) / (2 * a), (-b + root) / (2 * a)])
    """,
}

CHECKS = {
    "safe_inverse": """
        import numpy as np

        from gradiente.course.checking import Case
        from gradiente.course.i18n import T

        def cases():
            return [
                Case(T.same("A = [[2, 0], [0, 4]]"), (np.array([[2.0, 0.0], [0.0, 4.0]]),)),
                Case(T(es="una matriz singular", en="a singular matrix"), (np.array([[1.0, 2.0], [2.0, 4.0]]),),
                     raises=ValueError),
                Case(T(es="una matriz que no es cuadrada", en="a matrix that is not square"), (np.ones((2, 3)),),
                     raises=ValueError),
            ]
    """,
    "mean_and_spread": """
        import numpy as np

        from gradiente.course.checking import Case
        from gradiente.course.i18n import T

        def cases():
            return [
                Case(T.same("x = [1, 2, 3, 4]"), (np.array([1.0, 2.0, 3.0, 4.0]),)),
                Case(T.same("x = [5]"), (np.array([5.0]),)),
                Case(T.same("x = [−1, 1]"), (np.array([-1.0, 1.0]),)),
            ]
    """,
    "quadratic_roots": """
        import numpy as np

        from gradiente.course.checking import Case
        from gradiente.course.i18n import T

        def cases():
            return [
                Case(T.same("x² − 3x + 2"), (1.0, -3.0, 2.0), normalize=np.sort),
                Case(T.same("2x² − 8"), (2.0, 0.0, -8.0), normalize=np.sort),
                Case(T.same("x² + x − 6"), (1.0, 1.0, -6.0), normalize=np.sort),
            ]
    """,
}


@pytest.fixture(scope="module")
def own_course(tmp_path_factory):
    root = tmp_path_factory.mktemp("course")
    (root / "lessons").mkdir()
    (root / "lessons" / "l.py").write_text("", encoding="utf-8")
    manifest = MANIFEST
    for exercise_id, reference in REFERENCES.items():
        manifest += EXERCISE.format(id=exercise_id)
        for folder, text in (
            ("solutions", reference),
            ("checks", CHECKS[exercise_id]),
            ("exercises", f"def {exercise_id}(*args):\n    raise NotImplementedError  # TODO\n"),
        ):
            (root / folder / "m").mkdir(parents=True, exist_ok=True)
            (root / folder / "m" / f"{exercise_id}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "course.toml").write_text(manifest, encoding="utf-8")
    return load_course(root)


def run(course, exercise_id: str, code: str, tmp_path):
    exercise = course.exercise(exercise_id)
    learner = tmp_path / f"{exercise_id}.py"
    code = textwrap.dedent(code)
    learner.write_text(code, encoding="utf-8")
    return grade(exercise, learner, code=code, timeout=10)


@pytest.mark.parametrize("exercise_id", list(REFERENCES))
def test_the_references_pass_and_the_stubs_fail(own_course, exercise_id, tmp_path):
    exercise = own_course.exercise(exercise_id)
    assert grade(exercise, exercise.solution_path).status == "pass"
    stub = grade(exercise, exercise.stub_path)
    assert stub.status == "fail" and stub.reason == "todo"


def test_an_error_of_the_kind_asked_for_or_a_subclass_passes(own_course, tmp_path):
    result = run(
        own_course,
        "safe_inverse",
        """
        import numpy as np

        class NotSquareError(ValueError):
            pass

        def safe_inverse(A):
            A = np.asarray(A, dtype=float)
            if A.shape[0] != A.shape[1]:
                raise NotSquareError("square, please")
            return np.linalg.inv(A)  # LinAlgError: a subclass of ValueError
    """,
        tmp_path,
    )
    assert result.status == "pass", (result.message.en, result.details)
    assert len(result.checks) == 3


def test_another_error_fails_and_says_which_was_asked_for(own_course, tmp_path):
    result = run(
        own_course,
        "safe_inverse",
        """
        import numpy as np

        def safe_inverse(A):
            if np.linalg.det(A) == 0:
                raise ZeroDivisionError("singular")
            return np.linalg.inv(A)
    """,
        tmp_path,
    )
    assert result.status == "fail" and result.reason == "wrong_answer"
    assert "must raise ValueError, but it raised ZeroDivisionError: singular" in result.message.en
    assert "debe lanzar ValueError, pero lanzó ZeroDivisionError" in result.message.es
    failure = result.first_failure
    assert failure.label.en == "a singular matrix" and failure.expected == "ValueError"
    assert failure.got == "ZeroDivisionError: singular"


def test_returning_instead_of_raising_fails(own_course, tmp_path):
    result = run(
        own_course,
        "safe_inverse",
        """
        import numpy as np

        def safe_inverse(A):
            return np.linalg.pinv(A)  # no error for a singular matrix
    """,
        tmp_path,
    )
    assert result.status == "fail"
    assert "must raise ValueError" in result.message.en and "returned a result" in result.message.en
    assert result.first_failure.got.startswith("[[")


def test_an_error_where_none_was_asked_for_is_still_an_error(own_course, tmp_path):
    result = run(
        own_course,
        "safe_inverse",
        """
        def safe_inverse(A):
            raise ValueError("never")
    """,
        tmp_path,
    )
    assert result.status == "error" and "raised ValueError" in result.message.en


def test_a_learner_cannot_claim_an_error_by_returning_its_description(own_course, tmp_path):
    result = run(
        own_course,
        "safe_inverse",
        """
        import numpy as np

        def safe_inverse(A):
            A = np.asarray(A, dtype=float)
            if A.shape[0] != A.shape[1] or np.linalg.det(A) == 0:
                return {"kind": "exception", "type": "ValueError", "names": ["ValueError"]}
            return np.linalg.inv(A)
    """,
        tmp_path,
    )
    assert result.status == "fail" and "returned a result" in result.message.en


def test_a_tuple_answer_names_the_element_that_differs(own_course, tmp_path):
    result = run(
        own_course,
        "mean_and_spread",
        """
        import numpy as np

        def mean_and_spread(x):
            return np.mean(x), np.std(x, ddof=1)
    """,
        tmp_path,
    )
    assert result.status == "fail"
    assert "In `result[1]`" in result.message.en and "En `resultado[1]`" in result.message.es
    assert result.first_failure.expected == "1.118033989"  # the element, not the whole tuple


def test_a_tuple_of_the_wrong_size_is_explained(own_course, tmp_path):
    result = run(
        own_course,
        "mean_and_spread",
        """
        import numpy as np

        def mean_and_spread(x):
            return np.mean(x)
    """,
        tmp_path,
    )
    assert result.status == "fail" and "Expected a tuple of 2 values" in result.message.en


def test_normalize_lets_any_order_of_the_roots_pass(own_course, tmp_path):
    result = run(
        own_course,
        "quadratic_roots",
        """
        import numpy as np

        def quadratic_roots(a, b, c):
            return np.roots([a, b, c])  # largest first
    """,
        tmp_path,
    )
    assert result.status == "pass", (result.message.en, result.details)


def test_normalize_still_fails_wrong_roots_and_shows_them_normalized(own_course, tmp_path):
    result = run(
        own_course,
        "quadratic_roots",
        """
        import numpy as np

        def quadratic_roots(a, b, c):
            root = np.sqrt(b * b - 4 * a * c)
            return np.array([(-b + root) / 2, (-b - root) / 2])  # forgot a
    """,
        tmp_path,
    )
    assert result.status == "fail" and result.first_failure.label.en == "2x² − 8"
    assert result.first_failure.got.startswith("[-4.,  4.]")  # sorted, as compared


def test_normalize_that_cannot_handle_the_answer_leaves_it_to_the_comparison(own_course, tmp_path):
    result = run(
        own_course,
        "quadratic_roots",
        """
        def quadratic_roots(a, b, c):
            return None
    """,
        tmp_path,
    )
    assert result.status == "fail" and "return" in result.message.en


def test_placeholder_cases_stop_grading_until_they_are_written(own_course, tmp_path):
    exercise = own_course.exercise("mean_and_spread")
    exercise.check_path.write_text(
        textwrap.dedent("""
        from gradiente.course.checking import placeholder
        from gradiente.course.i18n import T

        def cases():
            return [placeholder(T(es="un caso a mano", en="a hand case")),
                    placeholder(T(es="datos reales", en="real data"))]
    """),
        encoding="utf-8",
    )
    try:
        with pytest.raises(CheckNotWrittenError, match="2 placeholder case"):
            Trusted(exercise)
        for learner in (exercise.solution_path, exercise.stub_path):
            result = grade(exercise, learner)
            assert result.status == "error" and result.reason == "unwritten"
            assert "not written yet" in result.message.en and "TO WRITE: a hand case" in result.details
    finally:
        exercise.check_path.write_text(textwrap.dedent(CHECKS["mean_and_spread"]), encoding="utf-8")


def test_a_check_whose_reference_does_not_raise_is_refused(own_course):
    exercise = own_course.exercise("mean_and_spread")
    exercise.check_path.write_text(
        textwrap.dedent("""
        import numpy as np

        from gradiente.course.checking import Case
        from gradiente.course.i18n import T

        def cases():
            return [Case(T(es="un arreglo vacío", en="an empty array"), (np.array([1.0]),), raises=ValueError)]
    """),
        encoding="utf-8",
    )
    try:
        with pytest.raises(ValueError, match="it says the function raises ValueError, but the reference returned"):
            Trusted(exercise)
    finally:
        exercise.check_path.write_text(textwrap.dedent(CHECKS["mean_and_spread"]), encoding="utf-8")


def test_placeholder_labels_say_what_to_write():
    case = placeholder(T(es="un caso límite", en="an edge case"))
    assert case.label == T(es="POR ESCRIBIR: un caso límite", en="TO WRITE: an edge case")
