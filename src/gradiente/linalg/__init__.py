"""Linear algebra from scratch on NumPy: elimination, determinants, inverses, norms,
projections, eigenvalues and PCA, verified against ``numpy.linalg``.

One room per idea: ``elimination`` (row echelon, solve, det, inv, rank), ``lu`` (the
blocked LU factorisation that makes ``solve`` fast), ``decompositions`` (QR, singular
values), ``norms`` (norm, cond), ``vectors`` (project, angle), ``eigen`` (power iteration,
QR algorithm), ``pca``.

Lesson: module 1, *Linear algebra*.
"""

from .decompositions import householder_qr, singular_values
from .eigen import eig, power_iteration
from .elimination import LinearSystemSolution, det, inv, rank, row_echelon, solve
from .errors import (
    ConvergenceError,
    IllConditionedWarning,
    NotSymmetricError,
    SingularMatrixError,
)
from .lu import LUFactorization, lu_factor, lu_solve
from .norms import cond, norm
from .pca import PCA
from .vectors import angle, project

__all__ = [
    "solve",
    "row_echelon",
    "det",
    "inv",
    "rank",
    "norm",
    "project",
    "angle",
    "cond",
    "eig",
    "power_iteration",
    "PCA",
    "householder_qr",
    "singular_values",
    "lu_factor",
    "lu_solve",
    "LUFactorization",
    "LinearSystemSolution",
    "SingularMatrixError",
    "NotSymmetricError",
    "ConvergenceError",
    "IllConditionedWarning",
]
