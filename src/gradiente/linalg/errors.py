"""The ways a linear-algebra computation can fail, as types you can catch.

``ConvergenceError`` is shared with the rest of the library (:mod:`gradiente.exceptions`).
"""

import numpy as np

from gradiente.exceptions import ConvergenceError

__all__ = [
    "SingularMatrixError",
    "NotSymmetricError",
    "NotPositiveDefiniteError",
    "ConvergenceError",
    "IllConditionedWarning",
]


class SingularMatrixError(np.linalg.LinAlgError):
    """The matrix has no inverse (its rows are linearly dependent), so ``A x = b`` has no
    unique solution. A subclass of NumPy's ``LinAlgError``, so code written for NumPy
    catches it too."""


class NotSymmetricError(ValueError):
    """An algorithm for symmetric matrices was given a matrix that is not symmetric."""


class NotPositiveDefiniteError(np.linalg.LinAlgError):
    """A Cholesky factorisation met a pivot ``<= 0``: the symmetric matrix is not positive
    definite (some ``x != 0`` has ``x^T A x <= 0``). A subclass of NumPy's ``LinAlgError``,
    which ``numpy.linalg.cholesky`` raises in the same case."""


class IllConditionedWarning(RuntimeWarning):
    """The matrix is nearly singular: the answer may have lost most of its digits."""
