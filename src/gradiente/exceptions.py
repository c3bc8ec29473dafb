"""The errors and warnings the library raises, in one place (as ``sklearn.exceptions``).

Each is a subclass of the built-in type a caller would guess, so ``except ValueError``
or ``except RuntimeError`` written without Gradiente in mind still catches it. The
linear-algebra errors that only ``linalg`` raises live in :mod:`gradiente.linalg.errors`.
"""

__all__ = ["NotFittedError", "ConvergenceWarning", "ConvergenceError", "SampleSizeError"]


class NotFittedError(ValueError, AttributeError):
    """Raised when a model is used (``predict``, ``transform``, ``score``...) before ``fit``.

    It is both a ``ValueError`` and an ``AttributeError``, as in scikit-learn, so
    code that guards with either keeps working.
    """


class ConvergenceWarning(UserWarning):
    """An iterative solver used its whole budget before meeting its tolerance."""


class ConvergenceError(RuntimeError):
    """An iterative method did not reach its tolerance within its iteration budget."""


class SampleSizeError(ValueError):
    """A sample is too small for the statistic or test that was asked for."""
