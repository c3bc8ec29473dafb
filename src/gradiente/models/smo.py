"""Sequential minimal optimisation (SMO) for the SVM dual, with libsvm's working-set choice.

The soft-margin SVM dual, for labels :math:`y_t \\in \\{-1, +1\\}` and kernel matrix :math:`K`:

.. math::
    \\min_\\alpha \\; f(\\alpha) = \\tfrac12 \\alpha^\\top Q \\alpha - \\mathbf 1^\\top \\alpha,
    \\quad Q_{st} = y_s y_t K_{st},
    \\quad \\text{subject to } 0 \\le \\alpha_t \\le C, \\; y^\\top \\alpha = 0.

SMO changes two multipliers at a time (one is not enough: :math:`y^\\top\\alpha = 0` would
pin it), solving that two-variable problem exactly. We follow libsvm (Fan, Chen and Lin,
"Working set selection using second order information", JMLR 2005). With the gradient
:math:`G = Q\\alpha - \\mathbf 1` we keep :math:`F_t = -y_t G_t` and two index sets:

.. math::
    I_\\text{up} = \\{t : y_t = +1, \\alpha_t < C\\} \\cup \\{t : y_t = -1, \\alpha_t > 0\\}, \\quad
    I_\\text{low} = \\{t : y_t = +1, \\alpha_t > 0\\} \\cup \\{t : y_t = -1, \\alpha_t < C\\}.

- First index: :math:`i = \\arg\\max_{t \\in I_\\text{up}} F_t` (the most violating direction).
- Stop when :math:`\\max_{I_\\text{up}} F - \\min_{I_\\text{low}} F < \\varepsilon` (the KKT gap).
- Second index, by second-order information: among :math:`t \\in I_\\text{low}` with
  :math:`b_t = F_i - F_t > 0`, take the one whose exact two-variable step lowers the
  objective most (by :math:`b_t^2 / 2a_t`), :math:`j = \\arg\\max_t b_t^2 / a_t` with
  :math:`a_t = K_{ii} + K_{tt} - 2K_{it}` (the curvature along that pair).
- Update :math:`\\alpha_i, \\alpha_j`, clipped to the box, and then the gradient:
  :math:`F \\mathrel{-}= y_i\\,\\Delta\\alpha_i\\,K_{i\\cdot} + y_j\\,\\Delta\\alpha_j\\,K_{j\\cdot}`.

NOTE: speed. The kernel matrix is computed once, and each iteration is six vectorised NumPy
calls over n entries (no Python loop over samples): one argmax for :math:`i`, two
elementwise steps and an argmax for :math:`j`, one matrix product for both gradient rows
and one subtraction, with the scalar steps done on Python floats. For that, :math:`F` is
kept restricted to each set (:math:`-\\infty` outside :math:`I_\\text{up}`, :math:`+\\infty`
outside :math:`I_\\text{low}`), so no masking is needed before a scan. Larger working sets
(SVMlight's q variables per step, solved by inner SMO on Python floats) were measured and
lost here: an inner step in pure Python costs about as much as one of these NumPy steps,
and more of them are needed. There is no shrinking and no kernel cache: the whole matrix
is in memory (twice at worst, with the curvature rows), which limits this solver to some
tens of thousands of samples.

Lesson: 4.6 `svm-dual-kernels`.
"""

from __future__ import annotations

import numpy as np

__all__ = ["smo", "SMOResult"]

TAU = 1e-12  # libsvm's floor for the curvature a_t, for kernels that are not strictly PD


class SMOResult:
    """What the solver returns: ``alpha`` (n,), ``rho`` (decision = sum y a K - rho),
    ``objective`` f(alpha), ``n_iter``, and ``converged``."""

    __slots__ = ("alpha", "rho", "objective", "n_iter", "converged")

    def __init__(self, alpha, rho, objective, n_iter, converged):
        self.alpha, self.rho, self.objective = alpha, rho, objective
        self.n_iter, self.converged = n_iter, converged


def smo(K, y, C, tol=1e-3, max_iter=None):
    """Solve the binary SVM dual by SMO with second-order working-set selection.

    Parameters
    ----------
    K : ndarray, shape (n, n)
        Kernel matrix of the training samples (symmetric).
    y : ndarray, shape (n,)
        Labels in {-1, +1}, both present.
    C : float
        Box bound on every :math:`\\alpha_t`.
    tol : float
        Stopping tolerance on the KKT gap (libsvm's ``eps``, 1e-3 by default).
    max_iter : int, optional
        Iteration cap; default ``max(10_000_000, 100 n)`` as in scikit-learn.

    Returns
    -------
    SMOResult

    Examples
    --------
    >>> K = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> result = smo(K, np.array([1.0, -1.0]), C=10.0)
    >>> result.alpha.tolist(), result.rho
    ([1.0, 1.0], 0.0)
    """
    K = np.ascontiguousarray(K, dtype=np.float64)  # rows K[i] are read every iteration
    y = np.asarray(y, dtype=np.float64)
    n = y.shape[0]
    if y.ndim != 1 or K.shape != (n, n):
        raise ValueError(
            f"smo needs y of shape (n,) and K of shape (n, n); got y {y.shape} and K {K.shape}. "
            "Build K with kernel_matrix(X, X, ...)."
        )
    if not np.all(np.abs(y) == 1) or y.min() == y.max():
        raise ValueError("smo needs labels in {-1, +1} with both present; map the two classes to -1 and +1.")
    if not (C > 0 and np.isfinite(C)):
        raise ValueError(f"C must be finite and > 0; got {C!r}.")
    if max_iter is None:
        max_iter = max(10_000_000, 100 * n)
    C = float(C)
    y_list = [1.0 if label > 0 else -1.0 for label in y.tolist()]
    diagonal = np.diagonal(K).copy()
    diagonal_list = diagonal.tolist()
    # The second index maximises b_t² / a_t over b_t > 0, which is the same as maximising
    # b_t / sqrt(a_t): no squaring, and entries with b_t <= 0 can never win. Row i of
    # 1 / sqrt(a) is built the first time i is chosen and kept: few distinct i recur.
    inverse_root_curvature = {}

    alpha = [0.0] * n
    # F restricted to each index set, as the two rows of one array: F on I_up (-inf
    # outside) and F on I_low (+inf outside), so that argmax/argmin scan a set directly,
    # with no masking step. alpha = 0 gives G = -1, so F = -y G = y; there y=+1 can only
    # go up and y=-1 only down.
    y_array = np.asarray(y_list)
    F_sets = np.array([np.where(y_array > 0, y_array, -np.inf), np.where(y_array < 0, y_array, np.inf)])
    F_up, F_low = F_sets  # views of the rows
    buffer = np.empty(n)
    # NB: F_max goes into NumPy as a 0-d array, not a Python float: converting a Python
    # scalar costs more than the whole subtraction over n entries.
    F_max_array = np.empty(())
    changes = np.empty((2, n))
    # Both rows of `coefficients` are (y_i Δα_i, y_j Δα_j), so coefficients @ [K_i; K_j]
    # is the change of F written twice: one subtraction then updates both sets.
    coefficients = np.empty((2, 2))
    # NOTE: the loop below runs thousands of times on small arrays, where the cost is the
    # number of NumPy calls, not their size: so every call writes into a preallocated
    # buffer (passed positionally: keyword parsing costs too), and scalars are read as
    # Python floats (.item) to keep the arithmetic cheap.
    subtract, multiply, matmul = np.subtract, np.multiply, np.matmul
    F_up_argmax, F_low_argmin, buffer_argmax = F_up.argmax, F_low.argmin, buffer.argmax
    F_up_item, F_low_item, K_item, change_item = F_up.item, F_low.item, K.item, changes[0].item
    infinity = np.inf
    converged = False
    n_iter = 0
    while n_iter < max_iter:
        # -- working set selection (WSS2) -----------------------------------------
        i = int(F_up_argmax())
        F_max = F_up_item(i)
        F_max_array[()] = F_max
        subtract(F_max_array, F_low, buffer)  # b_t = F_i - F_t (-inf outside I_low)
        row = inverse_root_curvature.get(i)
        if row is None:
            row = diagonal + diagonal_list[i]
            row -= 2.0 * K[i]  # a_t = K_ii + K_tt - 2 K_it
            np.maximum(row, TAU, out=row)
            np.sqrt(row, out=row)
            np.divide(1.0, row, out=row)
            inverse_root_curvature[i] = row
        multiply(buffer, row, buffer)
        j = int(buffer_argmax())  # maximises b_t / sqrt(a_t): the largest decrease of f
        F_j_old = F_low_item(j)
        # Stop when the KKT gap max_up F - min_low F is below tol. The gap is at least
        # b_j = F_i - F_j, so the scan for min_low F is only needed when b_j < tol.
        if F_max - F_j_old < tol and F_max - F_low_item(F_low_argmin()) < tol:
            converged = True
            break

        # -- the two-variable subproblem, solved exactly (libsvm's update) ---------
        y_i, y_j = y_list[i], y_list[j]
        alpha_i_old, alpha_j_old = alpha[i], alpha[j]
        G_i, G_j = -y_i * F_max, -y_j * F_j_old  # G_t = -y_t F_t
        curvature = diagonal_list[i] + diagonal_list[j] - 2.0 * K_item(i, j)
        if curvature <= 0:
            curvature = TAU
        if y_i != y_j:
            delta = (-G_i - G_j) / curvature
            difference = alpha_i_old - alpha_j_old  # conserved: alpha_i - alpha_j
            alpha_i, alpha_j = alpha_i_old + delta, alpha_j_old + delta
            if difference > 0:
                if alpha_j < 0:
                    alpha_j, alpha_i = 0.0, difference
            elif alpha_i < 0:
                alpha_i, alpha_j = 0.0, -difference
            if difference > 0:
                if alpha_i > C:
                    alpha_i, alpha_j = C, C - difference
            elif alpha_j > C:
                alpha_j, alpha_i = C, C + difference
        else:
            delta = (G_i - G_j) / curvature
            total = alpha_i_old + alpha_j_old  # conserved: alpha_i + alpha_j
            alpha_i, alpha_j = alpha_i_old - delta, alpha_j_old + delta
            if total > C:
                if alpha_i > C:
                    alpha_i, alpha_j = C, total - C
                if alpha_j > C:
                    alpha_j, alpha_i = C, total - C
            else:
                if alpha_j < 0:
                    alpha_j, alpha_i = 0.0, total
                if alpha_i < 0:
                    alpha_i, alpha_j = 0.0, total
        alpha[i], alpha[j] = alpha_i, alpha_j

        # -- gradient update: F_t -= y_i Δα_i K_it + y_j Δα_j K_jt -----------------
        # Rows i and j of K, taken as one strided view (no copy), make the change a single
        # matrix product; it applies to F on both sets (inf - finite stays inf).
        c_i, c_j = y_i * (alpha_i - alpha_i_old), y_j * (alpha_j - alpha_j_old)
        if i < j:
            coefficients[0, 0] = coefficients[1, 0] = c_i
            coefficients[0, 1] = coefficients[1, 1] = c_j
            matmul(coefficients, K[i : j + 1 : j - i], changes)
        else:
            coefficients[0, 0] = coefficients[1, 0] = c_j
            coefficients[0, 1] = coefficients[1, 1] = c_i
            matmul(coefficients, K[j : i + 1 : i - j], changes)
        subtract(F_sets, changes, F_sets)
        # Membership of i and j may have changed (alpha hit or left a bound): write their
        # new F (the same subtraction NumPy just did) or ±inf into each set.
        # y=+1: up iff alpha < C, low iff alpha > 0; y=-1: the other way round.
        F_i, F_j = F_max - change_item(i), F_j_old - change_item(j)
        if y_i > 0:
            F_up[i] = F_i if alpha_i < C else -infinity
            F_low[i] = F_i if alpha_i > 0 else infinity
        else:
            F_up[i] = F_i if alpha_i > 0 else -infinity
            F_low[i] = F_i if alpha_i < C else infinity
        if y_j > 0:
            F_up[j] = F_j if alpha_j < C else -infinity
            F_low[j] = F_j if alpha_j > 0 else infinity
        else:
            F_up[j] = F_j if alpha_j > 0 else -infinity
            F_low[j] = F_j if alpha_j < C else infinity
        n_iter += 1

    alpha = np.asarray(alpha)
    F = np.where(F_up > -infinity, F_up, F_low)
    G = -y_array * F
    objective = float(np.sum(alpha * (G - 1.0)) / 2.0)  # f = a^T (Q a - 1)/2 - a^T 1 / 2
    return SMOResult(alpha, _rho(alpha, y_array, F, C), objective, n_iter, converged)


def _rho(alpha, y, F, C):
    """The offset: decision(x) = sum_t y_t alpha_t k(x_t, x) - rho (libsvm's calculate_rho).

    At the optimum every free multiplier (0 < alpha_t < C) has y_t G_t = -rho exactly, so rho
    is their average; with none free, the midpoint of the interval the KKT conditions allow.
    """
    yG = -F  # y_t G_t
    free = (alpha > 0) & (alpha < C)
    if free.any():
        return float(np.mean(yG[free]))
    at_upper = alpha >= C
    # Bounded multipliers give one-sided constraints on rho.
    upper_side = (at_upper & (y < 0)) | (~at_upper & (y > 0))
    lower_side = ~upper_side
    upper = np.min(yG[upper_side]) if upper_side.any() else np.inf
    lower = np.max(yG[lower_side]) if lower_side.any() else -np.inf
    return float((upper + lower) / 2.0)
