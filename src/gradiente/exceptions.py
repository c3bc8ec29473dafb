"""The errors and warnings the library raises, in one place (as ``sklearn.exceptions``).

Each is a subclass of the built-in type a caller would guess, so ``except ValueError``
or ``except RuntimeError`` written without Gradiente in mind still catches it. The
linear-algebra errors that only ``linalg`` raises live in :mod:`gradiente.linalg.errors`.
"""

import functools
import sys

__all__ = [
    "NotFittedError",
    "ConvergenceWarning",
    "ConvergenceError",
    "SampleSizeError",
    "DataConversionWarning",
    "sklearn_twin",
]


class NotFittedError(ValueError, AttributeError):
    """Raised when a model is used (``predict``, ``transform``, ``score``...) before ``fit``.

    It is both a ``ValueError`` and an ``AttributeError``, as in scikit-learn, so
    code that guards with either keeps working.
    """


class DataConversionWarning(UserWarning):
    """The data was read in another form than given (a column ``y`` read as a 1-D array)."""


class ConvergenceWarning(UserWarning):
    """An iterative solver used its whole budget before meeting its tolerance."""


class ConvergenceError(RuntimeError):
    """An iterative method did not reach its tolerance within its iteration budget."""


class SampleSizeError(ValueError):
    """A sample is too small for the statistic or test that was asked for."""


def sklearn_twin(kind):
    """``kind``, or while scikit-learn is loaded, a subclass that is also scikit-learn's class of that name.

    Code written for scikit-learn (``except sklearn.exceptions.NotFittedError``, its estimator
    checks) then catches Gradiente's errors and warnings too, and Gradiente still never imports
    scikit-learn itself: the twin exists only in a process that has imported it already.
    """
    theirs = getattr(sys.modules.get("sklearn.exceptions"), kind.__name__, None)
    return kind if theirs is None else _twin(kind, theirs)


@functools.cache
def _twin(ours, theirs):
    return type(
        ours.__name__,
        (ours, theirs),
        {
            "__module__": ours.__module__,
            "__qualname__": ours.__qualname__,
            "__doc__": ours.__doc__,
            # Unpickled (say, from a joblib worker) as Gradiente's own class, which always exists.
            "__reduce__": lambda self: (ours, self.args),
        },
    )
