"""LU factorisation with partial pivoting, blocked so that most of the work is matrix products.

Gaussian elimination writes ``P A = L U``: ``L`` unit lower triangular (the multipliers),
``U`` upper triangular (the eliminated rows), ``P`` the row swaps. Then ``A x = b`` is two
triangular solves, ``L y = P b`` and ``U x = y``.

Why blocked? Eliminating one column at a time is a rank-1 update of the whole remaining
matrix: ``n`` passes over memory. Eliminating ``nb`` columns (a *panel*) first and then
updating the rest at once with one matrix product ``A22 -= L21 @ U12`` does the same
arithmetic, but as a product that NumPy hands to optimised BLAS. Same algorithm, same
numbers (up to rounding), many times faster. This is how LAPACK's ``getrf`` works.

Lesson: 1.3 `linear-systems-rank` (elimination) and 1.4 `determinants-inverses`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gradiente._validation import as_right_hand_side, as_square_matrix

__all__ = ["LUFactorization", "lu_factor", "lu_solve"]

BLOCK_SIZE = 64  # panel width: big enough for fast products, small enough for cheap panels


@dataclass
class LUFactorization:
    """``P A = L U`` stored compactly, as LAPACK does.

    Attributes
    ----------
    LU : ndarray, shape (n, n)
        ``U`` on and above the diagonal, the multipliers of ``L`` below it (``L`` has ones
        on its diagonal, which are not stored).
    permutation : ndarray of int, shape (n,)
        Row ``i`` of ``P A`` is row ``permutation[i]`` of ``A``.
    n_swaps : int
        Number of row swaps (the sign of ``det P`` is ``(-1) ** n_swaps``).
    """

    LU: np.ndarray
    permutation: np.ndarray
    n_swaps: int
    block_size: int

    @property
    def L(self):
        return np.tril(self.LU, -1) + np.eye(self.LU.shape[0])

    @property
    def U(self):
        return np.triu(self.LU)

    @property
    def pivots(self):
        return np.diagonal(self.LU)

    def __post_init__(self):
        # Inverses of the small diagonal blocks of L and U: the triangular solves then become
        # a few matrix-vector products instead of n Python steps.
        n, nb = self.LU.shape[0], self.block_size
        self._L_block_inverses = []
        self._U_block_inverses = []
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for start in range(0, n, nb):
                stop = min(start + nb, n)
                block = self.LU[start:stop, start:stop]
                identity = np.eye(stop - start)
                self._L_block_inverses.append(_forward_substitution(np.tril(block, -1) + identity, identity))
                self._U_block_inverses.append(_back_substitution(np.triu(block), identity))

    def solve(self, b, transpose=False):
        """Solve ``A x = b`` (or ``A.T x = b``) with the stored factors; ``b`` (n,) or (n, k)."""
        n, nb = self.LU.shape[0], self.block_size
        b = np.asarray(b, dtype=float)
        blocks = [(start, min(start + nb, n)) for start in range(0, n, nb)]
        if not transpose:
            # L y = P b (forward, block by block), then U x = y (backward)
            y = b[self.permutation].copy()
            for index, (start, stop) in enumerate(blocks):
                y[start:stop] = self._L_block_inverses[index] @ (
                    y[start:stop] - self.LU[start:stop, :start] @ y[:start]
                )
            x = y
            for index, (start, stop) in reversed(list(enumerate(blocks))):
                x[start:stop] = self._U_block_inverses[index] @ (x[start:stop] - self.LU[start:stop, stop:] @ x[stop:])
            return x
        # A^T = U^T L^T P: solve U^T w = b (forward), L^T v = w (backward), x = P^T v
        w = b.copy()
        for index, (start, stop) in enumerate(blocks):
            w[start:stop] = self._U_block_inverses[index].T @ (
                w[start:stop] - self.LU[:start, start:stop].T @ w[:start]
            )
        for index, (start, stop) in reversed(list(enumerate(blocks))):
            w[start:stop] = self._L_block_inverses[index].T @ (w[start:stop] - self.LU[stop:, start:stop].T @ w[stop:])
        x = np.empty_like(w)
        x[self.permutation] = w
        return x


def _forward_substitution(L, b):
    """Solve ``L y = b`` for lower triangular ``L``: ``y_i = (b_i - sum_{j<i} L_ij y_j) / L_ii``."""
    y = np.array(b, dtype=float)
    for i in range(L.shape[0]):
        y[i] = (y[i] - L[i, :i] @ y[:i]) / L[i, i]
    return y


def _back_substitution(U, y):
    """Solve ``U x = y`` for upper triangular ``U``, from the last row up."""
    x = np.array(y, dtype=float)
    for i in reversed(range(U.shape[0])):
        x[i] = (x[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
    return x


def _factor_panel(A, start, stop, permutation):
    """Unblocked elimination with partial pivoting of the columns ``start:stop`` of ``A``.

    Only the panel's own columns are updated here; the columns to the right get theirs
    later, all at once. The panel is worked on as a transposed copy, so that each of its
    columns is contiguous in memory (NumPy arrays are stored row by row). Returns the
    number of row swaps.
    """
    panel = A[start:, start:stop].T.copy()  # panel[j, i] is A[start + i, start + j]
    width = stop - start
    order = np.arange(panel.shape[1])
    n_swaps = 0
    for j in range(width):
        # partial pivoting: the largest |entry| of column j at or below the diagonal
        p = j + int(np.argmax(np.abs(panel[j, j:])))
        if p != j:
            panel[:, [j, p]] = panel[:, [p, j]]
            order[[j, p]] = order[[p, j]]
            n_swaps += 1
        pivot = panel[j, j]
        if pivot != 0.0:
            panel[j, j + 1 :] /= pivot  # the multipliers l_ij = a_ij / a_jj
            # rank-1 update of the rest of the panel: a_ik -= l_ij u_jk
            panel[j + 1 :, j + 1 :] -= np.outer(panel[j + 1 :, j], panel[j, j + 1 :])
        # (a zero pivot leaves the column as it is; the caller reports the singularity)
    A[start:, start:stop] = panel.T
    # the same row swaps, applied to the columns left and right of the panel
    A[start:, :start] = A[start:, :start][order]
    A[start:, stop:] = A[start:, stop:][order]
    permutation[start:] = permutation[start:][order]
    return n_swaps


def lu_factor(A, block_size=BLOCK_SIZE):
    """Blocked LU factorisation with partial pivoting, ``P A = L U``.

    For each panel of ``nb`` columns:

    1. eliminate the panel column by column (partial pivoting, rank-1 updates);
    2. ``U12 = L11^{-1} A12``: the panel's rows of ``U`` to the right (a triangular solve);
    3. ``A22 -= L21 @ U12``: the Schur complement, one matrix product (most of the flops).

    Parameters
    ----------
    A : array_like, shape (n, n)
    block_size : int

    Returns
    -------
    LUFactorization

    Examples
    --------
    >>> import numpy as np
    >>> from gradiente.linalg import lu_factor
    >>> A = np.array([[2.0, 1.0], [4.0, 3.0]])
    >>> factors = lu_factor(A)
    >>> np.allclose(factors.L @ factors.U, A[factors.permutation])
    True
    """
    A = as_square_matrix(A, "A", "an LU factorisation").copy()
    n = A.shape[0]
    nb = max(1, int(block_size))
    permutation = np.arange(n)
    n_swaps = 0
    for start in range(0, n, nb):
        stop = min(start + nb, n)
        n_swaps += _factor_panel(A, start, stop, permutation)
        if stop < n:
            L11 = np.tril(A[start:stop, start:stop], -1) + np.eye(stop - start)
            # U12 = L11^{-1} A12 (forward substitution on the panel's block row)
            A[start:stop, stop:] = _forward_substitution(L11, A[start:stop, stop:])
            # Schur complement update, as one product: A22 <- A22 - L21 U12
            A[stop:, stop:] -= A[stop:, start:stop] @ A[start:stop, stop:]
    return LUFactorization(A, permutation, n_swaps, nb)


def lu_solve(factorization, b):
    """Solve ``A x = b`` given ``lu_factor(A)``; ``b`` of shape (n,) or (n, k)."""
    b = as_right_hand_side(b, factorization.LU.shape[0])
    return factorization.solve(b)


def condition_number_estimate(A, factorization):
    """Estimate ``cond_1(A) = ||A||_1 ||A^{-1}||_1`` in O(n^2) from the LU factors.

    ``||A^{-1}||_1`` is estimated by Hager's method (LAPACK's ``gecon`` uses Higham's
    refinement of it): maximise ``||A^{-1} x||_1`` over ``||x||_1 = 1`` by a few steps of
    a gradient-like ascent, each costing one solve with ``A`` and one with ``A^T``.
    """
    n = A.shape[0]
    norm_A = np.abs(A).sum(axis=0).max()
    x = np.full(n, 1.0 / n)
    estimate = 0.0
    with np.errstate(all="ignore"):
        for _ in range(5):
            y = factorization.solve(x)  # A^{-1} x
            estimate = np.abs(y).sum()
            if not np.isfinite(estimate):
                return np.inf
            xi = np.where(y >= 0, 1.0, -1.0)
            z = factorization.solve(xi, transpose=True)  # gradient of ||A^{-1} x||_1
            j = int(np.argmax(np.abs(z)))
            if np.abs(z[j]) <= z @ x:
                break
            x = np.zeros(n)
            x[j] = 1.0
    return float(norm_A * estimate)
