"""What the SVD solves: the pseudo-inverse, minimum-norm least squares and the null space.

With ``A = U diag(S) Vt``, the singular values above a cutoff count as the rank ``r``;
below it they are treated as 0 (their directions are noise, and dividing by them would
blow the noise up). Then ``pinv(A) = V_r diag(1/S_r) U_r^T``, the least-squares solution
of smallest length is ``pinv(A) @ b``, and the last ``n - r`` rows of ``Vt`` span
``{x : A x = 0}``.

Lesson: 1.6 `pca-svd` (and 1.3 `linear-systems-rank`: what to do when there is no exact
solution).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from gradiente._validation import as_matrix, as_right_hand_side, check_parameter

from .jacobi_svd import svd

__all__ = ["pinv", "lstsq", "null_space", "LeastSquaresResult"]

_EPS = np.finfo(float).eps


def _rank_cutoff(S, shape, rtol):
    """Singular values ``<=`` this count as 0: ``rtol * S.max()``, ``rtol = max(m, n) * eps`` by default."""
    if rtol is None:
        rtol = max(shape) * _EPS
    else:
        rtol = check_parameter(
            rtol, "rtol", low=0, hint=" It is relative: 1e-10 drops singular values below 1e-10 * S.max()."
        )
    return rtol * (S[0] if S.size else 0.0)


def pinv(A, rtol=None):
    """The Moore-Penrose pseudo-inverse ``A^+ = V diag(1/s_i) U^T`` (``1/s_i`` only where ``s_i > cutoff``).

    For an invertible ``A`` it is ``inv(A)``; otherwise ``A^+ b`` is the least-squares
    solution of ``A x = b`` of smallest length. ``A A^+ A = A`` always.

    Parameters
    ----------
    A : array_like, shape (m, n)
    rtol : float, optional
        Relative cutoff: singular values ``<= rtol * S.max()`` are treated as 0. Default
        ``max(m, n) * eps`` (NumPy's ``pinv(A, rtol=None)``, the Array API default; NumPy's
        own default without ``rtol`` is ``rcond=1e-15``).

    Returns
    -------
    ndarray, shape (n, m)

    Examples
    --------
    >>> from gradiente.linalg import pinv
    >>> pinv([[1.0, 0.0], [0.0, 0.0]])
    array([[1., 0.],
           [0., 0.]])
    >>> pinv([[1.0], [1.0]])
    array([[0.5, 0.5]])
    """
    A = as_matrix(A, "A")
    U, S, Vt = svd(A)
    keep = S > _rank_cutoff(S, A.shape, rtol)
    return (Vt[keep].T / S[keep]) @ U[:, keep].T


class LeastSquaresResult(NamedTuple):
    """What :func:`lstsq` found; unpacks like NumPy's ``x, residuals, rank, s = lstsq(A, b)``.

    Attributes
    ----------
    x : ndarray, shape (n,) or (n, k)
        The minimum-norm least-squares solution.
    residuals : float or ndarray, shape (k,)
        ``|A x - b|^2`` (per column of ``b``), always computed. (NumPy returns an empty
        array when ``rank < n`` or ``m <= n``.)
    rank : int
        Number of singular values above the cutoff.
    singular_values : ndarray, shape (min(m, n),)
        All the singular values of ``A``, descending.
    """

    x: np.ndarray
    residuals: float | np.ndarray
    rank: int
    singular_values: np.ndarray


def lstsq(A, b, rtol=None):
    """Least squares: the ``x`` that minimises ``|A x - b|``, and of those the shortest.

    If ``A x = b`` has no solution (more equations than unknowns, noisy data), the best
    one can do is make the residual ``A x - b`` as short as possible: ``A x`` is then the
    projection of ``b`` onto the column space. If several ``x`` do that (``A`` has a null
    space, rank ``< n``), any null-space vector can be added for free; the one returned is
    the shortest, ``x = pinv(A) @ b = V_r diag(1/S_r) U_r^T b``.

    Parameters
    ----------
    A : array_like, shape (m, n)
    b : array_like, shape (m,) or (m, k)
    rtol : float, optional
        Relative cutoff for the rank, as in :func:`pinv` (default ``max(m, n) * eps``,
        NumPy's ``lstsq(A, b, rcond=None)``).

    Returns
    -------
    LeastSquaresResult
        ``(x, residuals, rank, singular_values)``.

    Examples
    --------
    >>> from gradiente.linalg import lstsq
    >>> A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    >>> result = lstsq(A, [1.0, 2.0, 2.0])  # the line c + m t through (0, 1), (1, 2), (2, 2)
    >>> result.x.round(6), round(result.residuals, 6), result.rank
    (array([1.166667, 0.5     ]), 0.166667, 2)
    >>> lstsq([[1.0, 1.0]], [2.0]).x  # x + y = 2: the shortest solution
    array([1., 1.])
    """
    A = as_matrix(A, "A")
    b = as_right_hand_side(b, A.shape[0])
    U, S, Vt = svd(A)
    keep = S > _rank_cutoff(S, A.shape, rtol)
    coefficients = U[:, keep].T @ b  # b in the basis of the column space
    x = Vt[keep].T @ (coefficients / (S[keep] if b.ndim == 1 else S[keep, None]))
    residual = A @ x - b
    residuals = float(residual @ residual) if b.ndim == 1 else np.einsum("ij,ij->j", residual, residual)
    return LeastSquaresResult(x, residuals, int(keep.sum()), S)


def null_space(A, rtol=None):
    """An orthonormal basis of the null space ``{x : A x = 0}``, as columns.

    The rows of ``Vt`` whose singular values are (numerically) 0: ``A v = s v' = 0``.
    Their number is ``n - rank``.

    Parameters
    ----------
    A : array_like, shape (m, n)
    rtol : float, optional
        Relative cutoff, as in :func:`pinv` (default ``max(m, n) * eps``, SciPy's
        ``scipy.linalg.null_space``).

    Returns
    -------
    ndarray, shape (n, n - rank)
        Orthonormal columns (none if ``A`` has full column rank). Each column's largest
        entry in magnitude is positive (the sign rule of :func:`svd`); for a null space of
        dimension ``> 1`` only the subspace is unique, not the basis.

    Examples
    --------
    >>> from gradiente.linalg import null_space
    >>> N = null_space([[1.0, 2.0], [2.0, 4.0]])  # x + 2 y = 0
    >>> N.round(6)
    array([[ 0.894427],
           [-0.447214]])
    >>> null_space(np.eye(2)).shape
    (2, 0)
    """
    A = as_matrix(A, "A")
    _, S, Vt = svd(A, full_matrices=True)
    rank = int(np.sum(S > _rank_cutoff(S, A.shape, rtol)))
    return Vt[rank:].T.copy()
