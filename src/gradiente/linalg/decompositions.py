"""Orthogonal decompositions: Householder QR and singular values (one-sided Jacobi).

``norms.cond`` turns the singular values into the condition number.

Lesson: 1.4 `determinants-inverses` (the condition number) and 1.6 `pca-svd` (the SVD).
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_matrix

from .errors import ConvergenceError

__all__ = ["householder_qr", "singular_values"]

_EPS = np.finfo(float).eps


def householder_qr(A):
    """``A = Q R`` with ``Q`` orthogonal and ``R`` upper triangular, by Householder reflections.

    Column by column, the reflection ``H = I - 2 v v^T`` (``|v| = 1``) maps the part of the
    column below the diagonal onto a multiple of the first axis, zeroing it. Reflections are
    orthogonal, so their product ``Q`` is too.

    Parameters
    ----------
    A : array_like, shape (m, n)

    Returns
    -------
    Q : ndarray, shape (m, m)
    R : ndarray, shape (m, n)

    Examples
    --------
    >>> import numpy as np
    >>> from gradiente.linalg import householder_qr
    >>> A = np.array([[3.0, 1.0], [4.0, 2.0]])
    >>> Q, R = householder_qr(A)
    >>> np.allclose(Q @ R, A), np.allclose(Q.T @ Q, np.eye(2))
    (True, True)
    """
    R = as_matrix(A, "A").copy()
    m, n = R.shape
    Q = np.eye(m)
    for k in range(min(m - 1, n)):
        x = R[k:, k]
        length = math.sqrt(x @ x)
        if length == 0.0:
            continue
        v = x.copy()
        # add |x| with x_0's sign, so that no cancellation happens in v_0
        v[0] += math.copysign(length, x[0])
        v /= math.sqrt(v @ v)
        R[k:, k:] -= 2.0 * np.outer(v, v @ R[k:, k:])  # H R
        Q[:, k:] -= 2.0 * np.outer(Q[:, k:] @ v, v)  # Q H
        R[k + 1 :, k] = 0.0
    return Q, R


def _round_robin_pairs(n):
    """Rounds of disjoint column pairs that together meet every pair once (a tournament)."""
    players = list(range(n + (n % 2)))
    size = len(players)
    rounds = []
    for _ in range(size - 1):
        left = np.array([players[i] for i in range(size // 2)])
        right = np.array([players[size - 1 - i] for i in range(size // 2)])
        keep = (left < n) & (right < n)  # drop the pairs with the padding column
        rounds.append((left[keep], right[keep]))
        players = [players[0]] + [players[-1]] + players[1:-1]
    return rounds


# Of ||A||_F^2. A column of rounding noise (what a rank-deficient A leaves) is never orthogonal to the
# rest, only smaller each sweep: once its squared norm is below this (1e-62 of the norm) it is zero for
# every purpose, and the rotations leave it alone.
_NEGLIGIBLE = _EPS**8


def _pair_rotation(a_i, a_j, tol, negligible):
    """The Jacobi rotations ``(c, s)`` that make each pair of columns ``a_i[:, k], a_j[:, k]`` orthogonal,
    ``(1, 0)`` for pairs already orthogonal to ``tol`` or negligible; ``None`` when every pair is."""
    alpha = np.einsum("ij,ij->j", a_i, a_i)
    beta = np.einsum("ij,ij->j", a_j, a_j)
    gamma = np.einsum("ij,ij->j", a_i, a_j)
    # sqrt(alpha) sqrt(beta), not sqrt(alpha beta): that product underflows once a column is ~1e-170,
    # and the pair would look unorthogonal forever
    active = (np.abs(gamma) > tol * np.sqrt(alpha) * np.sqrt(beta)) & (alpha > negligible) & (beta > negligible)
    if not active.any():
        return None
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # the angle that zeroes the pair's inner product (Jacobi's formula, |t| <= 1); for a huge zeta
        # its limit 1/(2 zeta) = gamma/(beta - alpha), since zeta^2 would overflow and give t = 0
        zeta = (beta - alpha) / (2.0 * gamma)
        t = np.sign(zeta) / (np.abs(zeta) + np.hypot(1.0, zeta))
        t = np.where(np.abs(zeta) > 1e150, gamma / (beta - alpha), t)
    t = np.where(zeta == 0, 1.0, t)
    t = np.where(active, t, 0.0)
    c = 1.0 / np.sqrt(1.0 + t * t)
    return c, c * t


def singular_values(A, tol=None, max_sweeps=60):
    """Singular values of ``A`` (descending) by one-sided Jacobi rotations (Hestenes).

    Rotate pairs of columns until every two columns are orthogonal; then ``A V = U Sigma``
    and the singular values are the column lengths. Each rotation makes one pair
    orthogonal; the disjoint pairs of a round are rotated together. Unlike the square
    roots of the eigenvalues of ``A^T A``, this keeps small singular values accurate, so
    ``cond(A)`` is right even for nearly singular matrices.

    Parameters
    ----------
    A : array_like, shape (m, n)

    Returns
    -------
    ndarray, shape (min(m, n),)

    Examples
    --------
    >>> from gradiente.linalg import singular_values
    >>> singular_values([[3.0, 0.0], [0.0, -2.0]])
    array([3., 2.])
    """
    U = as_matrix(A, "A").copy()
    if U.shape[0] < U.shape[1]:
        U = U.T.copy()  # A and A^T have the same singular values
    n = U.shape[1]
    tol = _EPS * U.shape[0] if tol is None else float(tol)
    negligible = np.einsum("ij,ij->", U, U) * _NEGLIGIBLE
    rounds = _round_robin_pairs(n)
    for _ in range(max_sweeps):
        rotated = False
        for left, right in rounds:
            if left.size == 0:
                continue
            a_i, a_j = U[:, left], U[:, right]
            rotation = _pair_rotation(a_i, a_j, tol, negligible)
            if rotation is None:
                continue
            rotated = True
            c, s = rotation
            U[:, left] = c * a_i - s * a_j
            U[:, right] = s * a_i + c * a_j
        if not rotated:
            break
    else:
        raise ConvergenceError(f"one-sided Jacobi did not converge in {max_sweeps} sweeps.")
    return np.sort(np.sqrt(np.einsum("ij,ij->j", U, U)))[::-1]
