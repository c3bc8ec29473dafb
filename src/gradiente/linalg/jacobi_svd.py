"""The singular value decomposition ``A = U diag(S) Vt`` by one-sided Jacobi rotations.

The same rotations as :func:`gradiente.linalg.singular_values`, with their product kept:
rotating pairs of columns of ``A`` until every two are orthogonal gives ``A V = B`` with
orthogonal columns; their lengths are the singular values and, divided by them, the
columns of ``U``. Computing on ``A`` itself (not on ``A^T A``) keeps the small singular
values accurate.

Lesson: 1.6 `pca-svd`.
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_matrix

from .decompositions import _NEGLIGIBLE, _pair_rotation, _round_robin_pairs, householder_qr
from .errors import ConvergenceError

__all__ = ["svd"]

_EPS = np.finfo(float).eps


def _jacobi(A, max_sweeps):
    """Rotate the columns of ``A`` (m >= n) until orthogonal; return ``B = A V`` and ``V``."""
    B = A.copy()
    m, n = B.shape
    V = np.eye(n)
    tol = _EPS * m
    negligible = np.einsum("ij,ij->", B, B) * _NEGLIGIBLE
    rounds = _round_robin_pairs(n)
    for _ in range(max_sweeps):
        rotated = False
        for left, right in rounds:
            if left.size == 0:
                continue
            a_i, a_j = B[:, left], B[:, right]
            rotation = _pair_rotation(a_i, a_j, tol, negligible)
            if rotation is None:
                continue
            rotated = True
            c, s = rotation
            B[:, left], B[:, right] = c * a_i - s * a_j, s * a_i + c * a_j
            v_i, v_j = V[:, left], V[:, right]
            V[:, left], V[:, right] = c * v_i - s * v_j, s * v_i + c * v_j
        if not rotated:
            return B, V
    raise ConvergenceError(
        f"one-sided Jacobi did not make the columns orthogonal in {max_sweeps} sweeps; pass a larger max_sweeps."
    )


def _complete(Q, n_columns):
    """``Q``'s orthonormal columns followed by more, up to ``n_columns``, by Householder QR."""
    if Q.shape[1] >= n_columns:
        return Q[:, :n_columns]
    full, _ = householder_qr(Q) if Q.shape[1] else (np.eye(Q.shape[0]), None)
    return np.column_stack([Q, full[:, Q.shape[1] : n_columns]])


def _flip(vectors):
    """The sign of each column of ``vectors`` that makes its largest-|entry| (the first on ties) positive."""
    largest = np.argmax(np.abs(vectors), axis=0)
    signs = np.sign(vectors[largest, np.arange(vectors.shape[1])])
    return np.where(signs == 0, 1.0, signs)


def _thin_qr(A):
    """``A = Q R`` with ``Q`` (m, n) orthonormal columns and ``R`` (n, n), for ``m > n``.

    The Householder reflections of :func:`householder_qr`, but ``Q`` is built only as far
    as its first ``n`` columns (applying the reflections, last first, to ``[I; 0]``).
    """
    R = A.copy()
    m, n = R.shape
    reflectors = []
    for k in range(n):
        x = R[k:, k]
        length = math.sqrt(x @ x)
        v = x.copy()
        if length:
            v[0] += math.copysign(length, x[0])
            v /= math.sqrt(v @ v)
            R[k:, k:] -= 2.0 * np.outer(v, v @ R[k:, k:])
        R[k + 1 :, k] = 0.0
        reflectors.append(v if length else None)
    Q = np.eye(m, n)
    for k in reversed(range(n)):
        v = reflectors[k]
        if v is not None:
            Q[k:, k:] -= 2.0 * np.outer(v, v @ Q[k:, k:])
    return Q, np.triu(R[:n])


def _thin_svd(A, max_sweeps):
    """``A = U diag(S) V^T`` for ``m >= n``: ``U`` (m, n), ``S`` descending, ``V`` (n, n).

    A tall ``A`` is first reduced to its square ``R`` (``A = Q R``): the rotations then
    work on ``n`` rows instead of ``m``, and ``U = Q U_R``.
    """
    m, n = A.shape
    if m > n:
        Q, R = _thin_qr(A)
        U, S, V = _thin_svd(R, max_sweeps)
        return Q @ U, S, V
    B, V = _jacobi(A, max_sweeps)
    S = np.sqrt(np.einsum("ij,ij->j", B, B))
    order = np.argsort(-S, kind="stable")
    S, B, V = S[order], B[:, order], V[:, order]
    # columns _jacobi left alone as negligible are zero: their direction is noise, not orthogonal to U
    nonzero = (S > np.finfo(float).tiny) & (S * S > np.einsum("ij,ij->", A, A) * _NEGLIGIBLE)
    U = B[:, nonzero] / S[nonzero]
    # a zero column of B gives no direction: any unit vector orthogonal to the others will do
    U = _complete(U, A.shape[1])
    S[~nonzero] = 0.0
    return U, S, V


def svd(A, full_matrices=False, max_sweeps=60):
    """Singular value decomposition ``A = U @ np.diag(S) @ Vt``, computed from scratch.

    Every matrix maps the unit sphere to an ellipsoid: the rows of ``Vt`` are the
    orthonormal input directions that land on its axes, the columns of ``U`` the axes,
    and ``S`` their lengths (``A v_i = s_i u_i``). ``S`` are the square roots of the
    eigenvalues of ``A^T A``, but they are computed without forming ``A^T A`` (which
    squares the condition number): one-sided Jacobi rotations (Hestenes) make the
    columns of ``A`` orthogonal, ``A V = U diag(S)``.

    Parameters
    ----------
    A : array_like, shape (m, n)
    full_matrices : bool
        ``False`` (default): ``U`` is (m, k) and ``Vt`` is (k, n) with ``k = min(m, n)``,
        the thin SVD. ``True``: ``U`` is (m, m) and ``Vt`` is (n, n); the extra columns
        complete an orthonormal basis (of the left and right null spaces).
    max_sweeps : int
        Limit on the sweeps of rotations (each sweep rotates every pair of columns once);
        about 6 to 12 are needed.

    Returns
    -------
    U : ndarray, shape (m, k) or (m, m)
        Orthonormal columns.
    S : ndarray, shape (k,)
        Singular values, descending, all ``>= 0``.
    Vt : ndarray, shape (k, n) or (n, n)
        Orthonormal rows.

    Notes
    -----
    **Signs.** Each pair ``(u_i, v_i)`` is determined only up to a common sign; here it is
    fixed so that the largest-magnitude entry of each row of ``Vt`` is positive (the first
    such entry on exact ties), and ``U`` follows. That is the rule of
    :class:`gradiente.linalg.PCA`, so the rows of ``Vt`` of centred data are its
    ``components_``. The extra columns that ``full_matrices=True`` adds (they have no
    partner) get the same rule on their own entries. NumPy (LAPACK) uses no rule;
    compare with it up to sign.

    Repeated singular values have no unique singular vectors, only a unique subspace.

    Raises
    ------
    ConvergenceError
        If the rotations do not converge in ``max_sweeps`` sweeps.

    Examples
    --------
    >>> from gradiente.linalg import svd
    >>> A = np.array([[3.0, 0.0], [4.0, 5.0]])
    >>> U, S, Vt = svd(A)
    >>> S.round(6)
    array([6.708204, 2.236068])
    >>> np.allclose(U @ np.diag(S) @ Vt, A)
    True
    >>> U, S, Vt = svd(np.ones((3, 2)), full_matrices=True)
    >>> U.shape, S.round(6), Vt.shape
    ((3, 3), array([2.44949, 0.     ]), (2, 2))
    """
    A = as_matrix(A, "A")
    m, n = A.shape
    transposed = m < n
    if transposed:
        A = A.T  # A^T = U' S V'^T, so A = V' S U'^T
    U, S, V = _thin_svd(A, int(max_sweeps))
    # the sign rule: the largest |entry| of each right singular vector is positive
    signs = _flip(U if transposed else V)
    U, V = U * signs, V * signs
    if full_matrices and A.shape[0] > A.shape[1]:
        extra = _complete(U, A.shape[0])[:, A.shape[1] :]
        U = np.column_stack([U, extra * _flip(extra)])
    if transposed:
        U, V = V, U
    return U, S, V.T
