"""Linear algebra from scratch on NumPy: elimination, determinants, inverses, norms,
projections, eigenvalues and PCA, verified against ``numpy.linalg``.

One room per idea: ``elimination`` (row echelon, solve, det, inv, rank), ``lu`` (the
blocked LU factorisation that makes ``solve`` fast), ``decompositions`` (QR, singular
values), ``norms`` (norm, cond), ``vectors`` (project, angle), ``eigen`` (power iteration,
QR algorithm), ``general_eigen`` (eigenvalues of any square matrix, complex ones too),
``jacobi_svd`` (the SVD), ``least_squares`` (pinv, lstsq, null space),
``positive_definite`` (Cholesky), ``pca``.

Lessons: module 1, from 1.1 `vectors-dot-product` to 1.6 `pca-svd`.
"""

from .decompositions import householder_qr, singular_values
from .eigen import eig, power_iteration
from .elimination import LinearSystemSolution, det, inv, rank, row_echelon, solve
from .errors import (
    ConvergenceError,
    IllConditionedWarning,
    NotPositiveDefiniteError,
    NotSymmetricError,
    SingularMatrixError,
)
from .general_eigen import eigvals
from .jacobi_svd import svd
from .least_squares import LeastSquaresResult, lstsq, null_space, pinv
from .lu import LUFactorization, lu_factor, lu_solve
from .norms import cond, norm
from .pca import PCA
from .positive_definite import cholesky
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
    "eigvals",
    "power_iteration",
    "svd",
    "pinv",
    "lstsq",
    "null_space",
    "cholesky",
    "PCA",
    "householder_qr",
    "singular_values",
    "lu_factor",
    "lu_solve",
    "LUFactorization",
    "LinearSystemSolution",
    "LeastSquaresResult",
    "SingularMatrixError",
    "NotSymmetricError",
    "NotPositiveDefiniteError",
    "ConvergenceError",
    "IllConditionedWarning",
]
