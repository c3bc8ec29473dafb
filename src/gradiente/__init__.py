"""Gradiente: the mathematics of machine learning, implemented from scratch and taught by doing.

The library modules (``linalg``, ``calculus``, ``autodiff``, ``optim``, ``models``,
``stats``, ``metrics``) are imported on demand, so ``import gradiente`` stays light.

From a notebook or a REPL, ``gradiente.check(function)`` grades an exercise of the course
(``hint`` and ``solution`` too): see :mod:`gradiente.course.anywhere`.
"""

__version__ = "0.1.0"


def check(exercise, function=None, *, lang=None):
    """Grade an exercise from a notebook: ``check(binomial_pmf)`` or ``check("binomial_pmf", f)``."""
    from gradiente.course.anywhere import check as check_anywhere

    return check_anywhere(exercise, function, lang=lang)


def hint(exercise_id, *, lang=None):
    """The next hint of an exercise (they are recorded, as in the hub and the CLI)."""
    from gradiente.course.anywhere import hint as hint_anywhere

    return hint_anywhere(exercise_id, lang=lang)


def solution(exercise_id, *, lang=None):
    """The reference solution of an exercise, once you have passed it."""
    from gradiente.course.anywhere import solution as solution_anywhere

    return solution_anywhere(exercise_id, lang=lang)
