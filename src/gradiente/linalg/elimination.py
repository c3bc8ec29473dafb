"""Gaussian elimination: row-echelon form (with the row operations in words), rank,
solving ``A x = b`` (one, none or infinitely many solutions), determinant and inverse.

Lesson: 1.3 `linear-systems-rank` and 1.4 `determinants-inverses`.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from gradiente._validation import as_matrix, as_right_hand_side, as_square_matrix, as_vector

from .errors import IllConditionedWarning, SingularMatrixError
from .lu import condition_number_estimate, lu_factor

__all__ = ["row_echelon", "rank", "solve", "det", "inv", "LinearSystemSolution"]

_EPS = np.finfo(float).eps
# A solve warns when cond_1(A) exceeds this: x may then have fewer than ~4 correct digits
# (the error bound is about cond * eps). Beyond 1/eps the matrix is singular to working
# precision and solve raises.
ILL_CONDITIONED = 1e12


def _default_tolerance(A):
    """Entries smaller than this count as zero: ``max(m, n) * eps * max|A|``."""
    scale = np.abs(A).max() if A.size else 0.0
    return max(A.shape) * _EPS * scale


def _format_number(value):
    """Numbers for humans: ``3``, ``-1/2``, ``0.333333`` (a fraction when one is exact)."""
    if abs(value - round(value)) <= 1e-12 * max(1.0, abs(value)):
        return str(int(round(value)))
    fraction = Fraction(value).limit_denominator(1000)
    if abs(float(fraction) - value) <= 1e-12 * max(1.0, abs(value)):
        return f"{fraction.numerator}/{fraction.denominator}"
    return f"{value:.6g}"


def _factor_text(value):
    """A number as a factor in a row operation, parenthesised when it is a fraction."""
    text = _format_number(value)
    return f"({text})" if "/" in text or text.startswith("-") else text


def _eliminate(M, n_columns, reduced, tol, record=None, complete=False):
    """Bring ``M`` to (reduced) row-echelon form in place, pivoting on its first ``n_columns``.

    Partial pivoting: in each column the row with the largest ``|entry|`` becomes the pivot
    row (this keeps the multipliers ``|l| <= 1`` so rounding errors do not grow). With
    ``complete=True`` the largest entry of the whole remaining block is chosen (the column
    order then changes; only the pivot count is meaningful, which is what ``rank`` needs).

    Returns the list of pivot columns. ``record``, if a list, receives the row operations
    in words (rows numbered from 1, as on the board).
    """
    rows = M.shape[0]
    pivots = []
    r = 0
    columns = list(range(n_columns))
    c_index = 0
    while r < rows and c_index < len(columns):
        if complete:
            block = np.abs(M[r:, c_index:n_columns])
            i, j = np.unravel_index(int(np.argmax(block)), block.shape)
            if block[i, j] <= tol:
                break
            if j != 0:
                M[:, [c_index, c_index + j]] = M[:, [c_index + j, c_index]]
        c = columns[c_index] if not complete else c_index
        column = np.abs(M[r:, c])
        p = r + int(np.argmax(column))
        if column[p - r] <= tol:
            M[r:, c] = 0.0  # numerically zero: no pivot in this column
            c_index += 1
            continue
        if p != r:
            M[[r, p]] = M[[p, r]]
            if record is not None:
                record.append(f"R{r + 1} <-> R{p + 1}")
        if reduced:
            pivot = M[r, c]
            if pivot != 1.0:
                M[r] /= pivot
                if record is not None:
                    record.append(f"R{r + 1} <- R{r + 1} / {_factor_text(pivot)}")
            M[r, c] = 1.0
        targets = np.arange(rows) if reduced else np.arange(r + 1, rows)
        targets = targets[(targets != r) & (M[targets, c] != 0.0)]
        factors = M[targets, c] / M[r, c]
        # R_i <- R_i - (a_ic / a_rc) R_r for every row i at once (an outer product)
        M[targets] -= np.outer(factors, M[r])
        M[targets, c] = 0.0  # exactly, not just up to rounding
        if record is not None:
            for i, factor in zip(targets, factors):
                sign = "-" if factor > 0 else "+"
                amount = _factor_text(abs(factor))
                amount = "" if amount == "1" else f"{amount}*"
                record.append(f"R{i + 1} <- R{i + 1} {sign} {amount}R{r + 1}")
        pivots.append(c)
        r += 1
        c_index += 1
    # tidy: entries below the tolerance are rounding noise
    M[np.abs(M) <= tol] = 0.0
    return pivots


def row_echelon(A, b=None, reduced=False, steps=False, tol=None):
    """Row-echelon form of ``A`` (or of the augmented matrix ``[A | b]``) by Gaussian elimination.

    Three row operations, none of which changes the solutions of ``A x = b``: swap two
    rows, multiply a row by a non-zero number, add a multiple of one row to another.
    Below each pivot the entries become 0 (row-echelon form); with ``reduced=True`` each
    pivot becomes 1 and the entries above it 0 as well (reduced row-echelon form, RREF).

    Parameters
    ----------
    A : array_like, shape (m, n)
    b : array_like, shape (m,) or (m, k), optional
        Right-hand side(s), appended as extra columns. Pivots are only sought in ``A``.
    reduced : bool
    steps : bool
        Also return the row operations in words, e.g. ``"R2 <- R2 - 3*R1"``.
    tol : float, optional
        Entries with ``|a| <= tol`` count as zero; default ``max(m, n) * eps * max|A|``.

    Returns
    -------
    ndarray, shape (m, n) or (m, n + k)
        And, with ``steps=True``, the list of operations: ``(matrix, steps)``.

    Examples
    --------
    >>> from gradiente.linalg import row_echelon
    >>> R, operations = row_echelon([[1, 2], [3, 4]], steps=True)
    >>> operations
    ['R1 <-> R2', 'R2 <- R2 - (1/3)*R1']
    >>> R
    array([[3.        , 4.        ],
           [0.        , 0.66666667]])
    """
    A = as_matrix(A, "A")
    M = A.copy()
    if b is not None:
        b = as_right_hand_side(b, A.shape[0])
        M = np.column_stack([A, b])
    tol = _default_tolerance(A) if tol is None else float(tol)
    record = [] if steps else None
    _eliminate(M, A.shape[1], reduced, tol, record)
    return (M, record) if steps else M


def rank(A, tol=None):
    """Number of linearly independent rows (= columns) of ``A``: the number of pivots.

    Elimination with complete pivoting (the largest remaining entry becomes the next
    pivot), counting pivots with ``|pivot| > tol``; default
    ``tol = max(m, n) * eps * max|A|``, as NumPy scales its singular-value cut-off.

    Examples
    --------
    >>> from gradiente.linalg import rank
    >>> rank([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
    2
    """
    A = as_matrix(A, "A")
    tol = _default_tolerance(A) if tol is None else float(tol)
    return len(_eliminate(A.copy(), A.shape[1], False, tol, complete=True))


def _dependencies(A, tol):
    """Describe which rows of ``A`` are combinations of others, e.g. ``row 3 = row 1 + 2*row 2``.

    Eliminate ``[A | I]``: each zero row of the ``A`` part has, in the ``I`` part, the
    coefficients ``c`` of a combination with ``c @ A = 0``.
    """
    m, n = A.shape
    M = np.column_stack([A, np.eye(m)])
    pivots = _eliminate(M, n, True, tol)
    relations = []
    for row in M[len(pivots) :]:
        coefficients = row[n:]
        j = int(np.argmax(np.abs(coefficients)))  # the row we solve for
        scale = -coefficients / coefficients[j]
        terms = []
        for k in np.flatnonzero(np.abs(scale) > 1e-10):
            if k == j:
                continue
            amount = _factor_text(abs(scale[k]))
            sign = "-" if scale[k] < 0 else "+"
            terms.append(f"{sign} {'' if amount == '1' else amount + '*'}row {k + 1}")
        if len(terms) > 6:  # too long to read: say what kind of relation it is
            relations.append(f"row {j + 1} is a combination of {len(terms)} other rows")
        elif terms:
            text = " ".join(terms).lstrip("+ ")
            if text.startswith("- "):
                text = "-" + text[2:]
            relations.append(f"row {j + 1} = {text}")
        else:
            relations.append(f"row {j + 1} is all zeros")
    return len(pivots), relations


def _singular_message(A, tol):
    _, relations = _dependencies(A, tol)
    r = rank(A)  # complete pivoting: the more reliable count
    n = A.shape[0]
    because = "; ".join(relations[:3]) if relations else "its rows are dependent"
    return (
        f"A is singular: its rank is {r}, not {n}, because its rows are linearly "
        f"dependent ({because}). So A x = b has no solution or infinitely many, never "
        "exactly one. Use solve(A, b, classify=True) to see which (with a particular "
        "solution and a basis of the null space), or a least-squares solution with "
        "np.linalg.lstsq(A, b)."
    )


@dataclass(frozen=True)
class LinearSystemSolution:
    """What ``solve(A, b, classify=True)`` found.

    Attributes
    ----------
    kind : {"one", "none", "infinite"}
        How many solutions ``A x = b`` has.
    x : ndarray of shape (n,) or None
        The solution, or (``"infinite"``) the particular solution with every free
        variable 0; ``None`` when there is none.
    null_space : ndarray, shape (n, n - rank)
        A basis of ``{v : A v = 0}`` as columns: every solution is ``x + null_space @ t``.
    rank : int
    """

    kind: str
    x: np.ndarray | None
    null_space: np.ndarray
    rank: int


def _classify(A, b, tol):
    m, n = A.shape
    b = as_vector(b, "b") if np.ndim(b) == 1 else as_right_hand_side(b, m)
    if b.ndim != 1 or b.shape[0] != m:
        raise ValueError(f"classify=True needs one right-hand side b of shape ({m},); got shape {b.shape}.")
    M = np.column_stack([A, b])
    pivots = _eliminate(M, n, True, max(tol, _default_tolerance(M)))
    r = len(pivots)
    # a row 0 = c with c != 0 means the equations contradict each other
    if r < m and np.any(M[r:, n] != 0.0):
        return LinearSystemSolution("none", None, _null_space(M, pivots, n), r)
    x = np.zeros(n)
    x[pivots] = M[:r, n]  # free variables 0, each pivot variable read off its row
    kind = "one" if r == n else "infinite"
    return LinearSystemSolution(kind, x, _null_space(M, pivots, n), r)


def _null_space(R, pivots, n):
    """Basis of ``{v : A v = 0}`` from the RREF ``R``: one vector per free column."""
    free = [c for c in range(n) if c not in pivots]
    basis = np.zeros((n, len(free)))
    for k, f in enumerate(free):
        basis[f, k] = 1.0  # this free variable is 1, the others 0
        basis[pivots, k] = -R[: len(pivots), f]  # x_pivot = -sum(R[i, free] * x_free)
    return basis


def solve(A, b, classify=False, tol=None):
    """Solve ``A x = b`` by Gaussian elimination with partial pivoting.

    With a square, non-singular ``A`` this returns the unique ``x`` (computed by the blocked
    LU factorisation ``P A = L U`` and two triangular solves). A singular ``A`` raises
    :class:`SingularMatrixError`, explaining the rank and which rows depend on which.
    A nearly singular ``A`` (``cond_1(A) > 1e12``) gives an :class:`IllConditionedWarning`.

    With ``classify=True`` (any ``m x n`` system, one right-hand side) the augmented
    matrix ``[A | b]`` is brought to reduced row-echelon form and the answer says whether
    there is one solution, none, or infinitely many (then with a particular solution and a
    basis of the null space).

    Parameters
    ----------
    A : array_like, shape (n, n) (any (m, n) with ``classify=True``)
    b : array_like, shape (n,) or (n, k)
    classify : bool
    tol : float, optional
        Zero tolerance for ``classify``; default ``max(m, n) * eps * max|A|``.

    Returns
    -------
    ndarray, shape (n,) or (n, k); or LinearSystemSolution when ``classify=True``.

    Examples
    --------
    >>> from gradiente.linalg import solve
    >>> solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0])
    array([0.8, 1.4])
    >>> solve([[1.0, 1.0], [2.0, 2.0]], [1.0, 2.0], classify=True).kind
    'infinite'
    """
    if classify:
        A = as_matrix(A, "A")
        return _classify(A, b, _default_tolerance(A) if tol is None else float(tol))
    A = as_matrix(A, "A")
    if A.shape[0] != A.shape[1]:
        raise ValueError(
            f"solve(A, b) needs a square A for a unique solution; got shape "
            f"{A.shape} ({A.shape[0]} equations, {A.shape[1]} unknowns). Use "
            "solve(A, b, classify=True) to describe all solutions, or "
            "np.linalg.lstsq(A, b) for a least-squares fit."
        )
    b = as_right_hand_side(b, A.shape[0])
    factorization = lu_factor(A)
    tol_zero = _default_tolerance(A) if tol is None else float(tol)
    if np.any(factorization.pivots == 0.0):
        raise SingularMatrixError(_singular_message(A, tol_zero))
    condition = condition_number_estimate(A, factorization)
    if not condition * _EPS < 1.0:
        raise SingularMatrixError(
            f"A is singular to working precision (its condition number is about "
            f"{condition:.1e}, beyond 1/eps = {1 / _EPS:.1e}). " + _singular_message(A, tol_zero)
        )
    if condition > ILL_CONDITIONED:
        warnings.warn(
            f"A is ill-conditioned (cond_1(A) ~ {condition:.1e}): x may have lost "
            f"about {int(np.log10(condition))} of its 16 significant digits. "
            "Rescale the problem, or check whether the equations are nearly "
            "dependent.",
            IllConditionedWarning,
            stacklevel=2,
        )
    return factorization.solve(b)


def det(A):
    """Determinant from elimination: ``det A = (-1)**swaps * (product of the pivots)``.

    Adding a multiple of one row to another keeps the determinant; a swap flips its sign;
    the triangular ``U`` has the product of its diagonal as determinant.

    Examples
    --------
    >>> from gradiente.linalg import det
    >>> det([[1.0, 2.0], [3.0, 4.0]])
    -2.0
    """
    A = as_square_matrix(A, "A", "det")
    factorization = lu_factor(A)
    sign = -1.0 if factorization.n_swaps % 2 else 1.0
    return float(sign * np.prod(factorization.pivots))


def inv(A):
    """Inverse by Gauss-Jordan elimination: reduce ``[A | I]`` to ``[I | A^{-1}]``.

    Each column: pick the pivot (partial pivoting), scale its row so the pivot is 1, and
    clear the column above and below with one outer-product update. A singular ``A``
    raises :class:`SingularMatrixError` with the reason.

    Examples
    --------
    >>> from gradiente.linalg import inv
    >>> inv([[2.0, 0.0], [0.0, 4.0]])
    array([[0.5 , 0.  ],
           [0.  , 0.25]])
    """
    A = as_square_matrix(A, "A", "inv")
    n = A.shape[0]
    M = np.column_stack([A, np.eye(n)])
    tol = _default_tolerance(A)
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        if abs(M[p, k]) <= tol:
            raise SingularMatrixError(_singular_message(A, tol))
        if p != k:
            M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]  # pivot row scaled so that the pivot is 1
        multipliers = M[:, k].copy()
        multipliers[k] = 0.0
        M -= np.outer(multipliers, M[k])  # clear column k in every other row at once
    inverse = M[:, n:]
    condition = np.abs(A).sum(axis=0).max() * np.abs(inverse).sum(axis=0).max()
    if not condition * _EPS < 1.0:
        raise SingularMatrixError(
            f"A is singular to working precision (cond_1 ~ {condition:.1e}). " + _singular_message(A, tol)
        )
    if condition > ILL_CONDITIONED:
        warnings.warn(
            f"A is ill-conditioned (cond_1(A) ~ {condition:.1e}): the inverse "
            f"may have lost about {int(np.log10(condition))} of its 16 digits.",
            IllConditionedWarning,
            stacklevel=2,
        )
    return inverse
