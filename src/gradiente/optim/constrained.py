"""Constrained optimization: the KKT system of an equality QP, an augmented Lagrangian, projections.

Lesson: 3.4 `lagrange-multipliers`.

The sign convention is the course's (§1.6), written for SciPy's way of stating constraints:
an equality ``h(x) = 0`` and an inequality ``g(x) >= 0`` (SciPy's ``"ineq"``) enter

.. math:: L(x, \\nu, \\lambda) = f(x) + \\sum_j \\nu_j h_j(x) - \\sum_i \\lambda_i g_i(x),
          \\qquad \\lambda_i \\ge 0,

so at a solution ``grad f + sum nu_j grad h_j - sum lambda_i grad g_i = 0`` (the gradients
line up), ``lambda_i g_i = 0`` (an inactive inequality has multiplier 0) and ``nu`` is the
shadow price: for ``h(x) = a(x) - c`` the optimal value changes as ``dp*/dc = -nu``. (An
inequality ``g >= 0`` is the course's ``-g <= 0``, whence the minus sign.)

- :func:`solve_equality_qp`: ``min x.Q.x/2 + c.x`` s.t. ``A x = b`` by one linear solve of
  the KKT system ``[[Q, A^T], [A, 0]] [x; nu] = [-c; b]``.
- :func:`minimize_constrained`: any smooth ``f`` with equality and inequality constraints,
  by the augmented Lagrangian method; each inner minimization is Newton's method with a line search.
- :func:`projected_gradient_descent` with :func:`project_box`, :func:`project_ball` and
  :func:`project_simplex`: a gradient step, then back to the nearest feasible point.
"""

from __future__ import annotations

import math
import numbers
from functools import partial

import numpy as np

from ..autodiff.tensor import Tensor
from ._checks import check_lr, check_max_iter, check_tol
from .descent import OptimizeResult, _as_point, _check_finite, _hessian_from_gradient, _objective

__all__ = [
    "solve_equality_qp",
    "minimize_constrained",
    "projected_gradient_descent",
    "project_box",
    "project_ball",
    "project_simplex",
    "InfeasibleError",
]


class InfeasibleError(ValueError):
    """No point satisfies all the constraints (or none was found)."""


# ----------------------------------------------------------------------------------------------
# The equality-constrained QP: one linear system
# ----------------------------------------------------------------------------------------------


def _as_matrix(value, name: str, ndim: int) -> np.ndarray:
    try:
        array = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be an array of real numbers; got {value!r}.") from None
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must be finite; got {array}.")
    if array.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-D; got shape {array.shape}.")
    return array


def solve_equality_qp(Q, c, A, b):
    """Minimize ``x.Q.x / 2 + c.x`` subject to ``A x = b``, by the KKT system.

    Setting the gradient of the Lagrangian ``L = x.Q.x/2 + c.x + nu.(A x - b)`` to zero and
    keeping the constraints gives one linear system in ``x`` and ``nu``:

    .. math:: \\begin{pmatrix} Q & A^\\top \\\\ A & 0 \\end{pmatrix}
              \\begin{pmatrix} x \\\\ \\nu \\end{pmatrix} =
              \\begin{pmatrix} -c \\\\ b \\end{pmatrix}

    Parameters
    ----------
    Q : array_like of shape (n, n)
        Symmetric; positive definite on the null space of ``A`` for a unique minimum.
    c : array_like of shape (n,)
    A : array_like of shape (m, n), or (n,) for one constraint
        Independent rows (``m <= n``).
    b : array_like of shape (m,), or a number for one constraint

    Returns
    -------
    x : ndarray of shape (n,)
        The minimizer.
    nu : ndarray of shape (m,)
        The multipliers: ``Q x + c + A^T nu = 0``.

    Raises
    ------
    ValueError
        When the shapes disagree, ``Q`` is not symmetric, or the KKT matrix is singular
        (dependent constraints, or ``Q`` flat along a feasible direction).

    Examples
    --------
    >>> x, nu = solve_equality_qp(np.eye(2), np.zeros(2), [1.0, 1.0], 1.0)  # nearest point of x + y = 1
    >>> x, nu
    (array([0.5, 0.5]), array([-0.5]))
    """
    Q = _as_matrix(Q, "Q", 2)
    n = Q.shape[0]
    if Q.shape != (n, n):
        raise ValueError(f"Q must be square (n, n); got shape {Q.shape}.")
    if not np.allclose(Q, Q.T, rtol=1e-10, atol=1e-12 * max(1.0, float(np.abs(Q).max()))):
        raise ValueError(
            "Q must be symmetric: x.Q.x only sees its symmetric part. Pass (Q + Q.T) / 2, and "
            "remember that the quadratic is x.Q.x / 2, so the Hessian is that symmetric part."
        )
    c = _as_matrix(c, "c", 1)
    if c.shape != (n,):
        raise ValueError(f"c must have shape ({n},), one entry per variable of Q; got {c.shape}.")
    A = np.array(A, dtype=np.float64)
    A = _as_matrix(A[None, :] if A.ndim == 1 else A, "A", 2)
    m = A.shape[0]
    if A.shape[1] != n:
        raise ValueError(f"A must have {n} columns, one per variable; got shape {A.shape}.")
    b = _as_matrix(np.atleast_1d(np.array(b, dtype=np.float64)), "b", 1)
    if b.shape != (m,):
        raise ValueError(f"b must have shape ({m},), one entry per row of A; got {b.shape}.")
    if m > n:
        raise ValueError(
            f"A has {m} rows but there are only {n} variables: {m} independent equations in {n} "
            "unknowns leave no freedom (or none at all). Drop dependent constraints."
        )
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    rhs = np.concatenate([-c, b])
    try:
        solution = np.linalg.solve(K, rhs)
    except np.linalg.LinAlgError:
        solution = None
    scale = max(1.0, float(np.abs(K).max()))
    if solution is None or np.linalg.matrix_rank(K, tol=1e-12 * scale * (n + m)) < n + m:
        raise ValueError(
            "the KKT matrix [[Q, A^T], [A, 0]] is singular, so the minimizer is not unique or "
            "does not exist: either the rows of A are dependent (a repeated or redundant constraint: "
            "drop it) or Q is flat along a direction that keeps A x = b (make Q positive definite "
            "there, e.g. add a small multiple of the identity)."
        )
    return solution[:n], solution[n:]


# ----------------------------------------------------------------------------------------------
# The augmented Lagrangian method
# ----------------------------------------------------------------------------------------------


def _check_constraints(constraints, n: int) -> list:
    if isinstance(constraints, dict):
        constraints = [constraints]
    try:
        constraints = list(constraints)
    except TypeError:
        raise TypeError(
            f"constraints must be a list of dicts like {{'type': 'eq', 'fun': h}}; got {type(constraints).__name__}."
        ) from None
    checked = []
    for k, constraint in enumerate(constraints):
        if not isinstance(constraint, dict):
            raise TypeError(
                f"constraint {k} must be a dict like {{'type': 'ineq', 'fun': g}}; got {type(constraint).__name__}."
            )
        kind = constraint.get("type")
        if kind not in ("eq", "ineq"):
            raise ValueError(
                f"constraint {k} has type {kind!r}; use 'eq' for h(x) = 0 or 'ineq' for g(x) >= 0 "
                "(SciPy's convention: write g(x) <= 0 as 'fun': lambda x: -g(x))."
            )
        fun, jac = constraint.get("fun"), constraint.get("jac")
        if not callable(fun):
            raise TypeError(f"constraint {k} needs 'fun', a function of x; got {fun!r}.")
        if jac is not None and not callable(jac):
            raise TypeError(f"constraint {k}: 'jac' must be a function jac(x) -> array (m, {n}); got {jac!r}.")
        unknown = set(constraint) - {"type", "fun", "jac"}
        if unknown:
            raise ValueError(f"constraint {k} has unknown keys {sorted(unknown)}; the keys are 'type', 'fun', 'jac'.")
        checked.append((kind, fun, jac))
    return checked


def _inner_minimum(value_and_grad, x: np.ndarray, tol: float, max_iter: int = 100) -> list:
    """Newton's method with a backtracking line search; returns the iterates after ``x``.

    The Hessian comes from differences of the gradient (as in :func:`~gradiente.optim.newton`);
    where it is singular or not positive definite the direction is ``-g``. NOTE: near the
    minimum of a steep augmented Lagrangian the decrease of a Newton step can be smaller than
    the rounding of the value, so Armijo's test cannot see it; a step is then accepted when the
    value is unchanged to rounding and the gradient shrinks. A step that cannot be made ends
    the run (the outer loop decides what to do), instead of halving forever.
    """
    value, g = value_and_grad(x)
    iterates = []
    for _ in range(max_iter):
        grad_norm = float(np.linalg.norm(g))
        if grad_norm <= tol:
            break
        H = _hessian_from_gradient(value_and_grad, x)
        try:
            d = -np.linalg.solve(H, g)
        except np.linalg.LinAlgError:
            d = -g
        if not np.all(np.isfinite(d)) or g @ d >= 0:  # not a descent direction: H is not positive definite
            d = -g
        t = 1.0
        while True:
            new = x + t * d
            new_value, new_g = value_and_grad(new)
            if math.isfinite(new_value):
                if new_value <= value + 1e-4 * t * float(g @ d):
                    break
                flat = abs(new_value - value) <= 1e-13 * max(1.0, abs(value))
                if flat and float(np.linalg.norm(new_g)) < grad_norm:
                    break
            t /= 2
            if t < 1e-12:
                return iterates
        x, value, g = new, new_value, new_g
        iterates.append(x)
    return iterates


def _value_and_jacobian(fun, jac, x: np.ndarray, k: int):
    """``(values (m,), Jacobian (m, n))`` of constraint ``k`` at ``x``: by ``jac`` or by autodiff."""
    n = x.size
    if jac is not None:
        values = np.atleast_1d(np.asarray(fun(x), dtype=np.float64)).reshape(-1)
        J = np.asarray(jac(x), dtype=np.float64)
        if J.size != values.size * n:
            raise ValueError(
                f"constraint {k}: jac(x) must have shape ({values.size}, {n}) (one row per value of fun); "
                f"got {J.shape}."
            )
        return values, J.reshape(values.size, n)
    x_tensor = Tensor(x, requires_grad=True)
    out = fun(x_tensor)
    if not isinstance(out, Tensor):
        raise TypeError(
            f"constraint {k}: without 'jac', fun must be written with Tensor operations so it can be "
            f"differentiated automatically; it returned {type(out).__name__}. Use Tensor operations "
            "(x[0] + x[1], (x ** 2).sum(), ...) or give 'jac': your_jacobian_function."
        )
    values = out.data.reshape(-1).astype(np.float64)
    J = np.zeros((values.size, n))
    if out.requires_grad:
        seed = np.zeros(values.size)
        for i in range(values.size):
            seed[i] = 1.0  # pick value i: the backward pass gives its gradient
            x_tensor.grad = None
            out.backward(seed.reshape(out.shape), retain_graph=i < values.size - 1)
            seed[i] = 0.0
            if x_tensor.grad is not None:
                J[i] = x_tensor.grad.reshape(-1)
    return values, J


def minimize_constrained(f, x0, constraints=(), tol: float = 1e-8, max_iter: int = 50, grad=None) -> OptimizeResult:
    """Minimize ``f(x)`` subject to equalities ``h(x) = 0`` and inequalities ``g(x) >= 0``.

    The constraints are written as for ``scipy.optimize.minimize``: a list of dicts
    ``{"type": "eq" | "ineq", "fun": g, "jac": optional}``, with ``"ineq"`` meaning
    ``g(x) >= 0``. ``fun`` may return one number or a vector (one constraint per entry).

    The method is the augmented Lagrangian: minimize, without constraints,

    .. math:: f(x) + \\sum_j \\Big(\\nu_j h_j + \\frac{\\rho}{2} h_j^2\\Big)
              + \\sum_i \\frac{1}{2\\rho}\\Big(\\max(0, \\lambda_i - \\rho g_i)^2 - \\lambda_i^2\\Big)

    (by Newton's method with a line search), then move the multipliers,
    ``nu <- nu + rho h(x)`` and ``lambda <- max(0, lambda - rho g(x))``, and raise ``rho``
    tenfold when the constraints are not four times closer to holding. The gradient of
    the expression above is ``grad f + sum nu_new grad h - sum lambda_new grad g``: the
    Lagrangian's, with the new multipliers, so when it vanishes and the constraints hold
    the KKT conditions hold.

    Parameters
    ----------
    f : callable
        Without ``grad``: written with Tensor operations (differentiated by
        :mod:`gradiente.autodiff`). With ``grad``: takes an ndarray, returns a float.
    x0 : array_like of shape (n,)
        The start; it need not be feasible.
    constraints : dict or list of dicts
        ``fun`` without ``jac`` must use Tensor operations too; with ``jac``, ``fun`` and
        ``jac`` take ndarrays (``jac(x)`` of shape ``(m, n)``, or ``(n,)`` for one value).
    tol : float, default 1e-8
        Stop when the constraints hold to ``tol``, ``|lambda_i g_i| <= tol`` and the gradient
        of the Lagrangian has norm at most ``tol``.
    max_iter : int, default 50
        Outer iterations (updates of the multipliers).
    grad : callable, optional
        ``grad(x) -> ndarray (n,)``.

    Returns
    -------
    OptimizeResult
        ``x``, ``fun``, ``converged``, ``trajectory`` (every inner iterate, ``x0`` first),
        ``values``, ``grad_norm`` (of the Lagrangian), and ``multipliers``: one per
        constraint value in the order given, ``nu_j`` for an equality and ``lambda_i >= 0``
        for an inequality, in the sign convention of the Lagrangian above (module docstring).
        SciPy's SLSQP reports the same ``lambda`` but ``-nu`` for equalities (its Lagrangian
        subtracts every term).

    Raises
    ------
    InfeasibleError
        When the constraints cannot be met: the penalty grew to its largest value and the
        violation stayed large. The message names the worst constraint.

    Examples
    --------
    Closest point to (2, 1) on the unit circle; the multiplier is the shadow price:

    >>> f = lambda x: ((x - np.array([2.0, 1.0])) ** 2).sum()
    >>> circle = {"type": "eq", "fun": lambda x: (x ** 2).sum() - 1.0}
    >>> result = minimize_constrained(f, x0=[1.0, 0.0], constraints=[circle])
    >>> result.converged, np.round(result.x, 6), np.round(result.multipliers, 6)
    (True, array([0.894427, 0.447214]), array([1.236068]))

    An inactive inequality has multiplier 0:

    >>> inside = {"type": "ineq", "fun": lambda x: 9.0 - (x ** 2).sum()}   # the disk of radius 3
    >>> result = minimize_constrained(f, x0=[0.0, 0.0], constraints=[inside])
    >>> np.round(result.x, 6), result.multipliers
    (array([2., 1.]), array([0.]))
    """
    tol = check_tol(tol)
    max_iter = check_max_iter(max_iter)
    x = _as_point(x0)
    if x.ndim > 1:
        raise ValueError(f"x0 must be a vector (n,); got shape {x.shape}. Flatten it and reshape inside f.")
    x = x.reshape(-1)
    checked = _check_constraints(constraints, x.size)
    _, value_and_grad_f = _objective(f, grad, "minimize_constrained")

    def evaluate(x):
        """f, its gradient, and every constraint's values and Jacobian rows, stacked."""
        value, g = value_and_grad_f(x)
        blocks = [_value_and_jacobian(fun, jac, x, k) for k, (_, fun, jac) in enumerate(checked)]
        values = np.concatenate([v for v, _ in blocks]) if blocks else np.zeros(0)
        J = np.vstack([J for _, J in blocks]) if blocks else np.zeros((0, x.size))
        return value, g, values, J, [v.size for v, _ in blocks]

    value, g, values, J, sizes = evaluate(x)
    owner = np.repeat(np.arange(len(checked)), sizes)  # the constraint each stacked value comes from
    is_eq = np.array([checked[k][0] == "eq" for k in owner], dtype=bool)
    multipliers = np.zeros(values.size)
    rho, rho_max = 10.0, 1e8

    def violation_of(values):
        if values.size == 0:
            return 0.0
        return float(np.max(np.where(is_eq, np.abs(values), np.maximum(0.0, -values))))

    def augmented(x, multipliers, rho):
        value, g, values, J, _ = evaluate(x)
        shifted = np.where(is_eq, multipliers + rho * values, np.maximum(0.0, multipliers - rho * values))
        eq_terms = multipliers * values + rho / 2 * values**2
        ineq_terms = (np.maximum(0.0, multipliers - rho * values) ** 2 - multipliers**2) / (2 * rho)
        penalty = float(np.sum(np.where(is_eq, eq_terms, ineq_terms)))
        sign = np.where(is_eq, 1.0, -1.0)  # + nu grad h, - lambda grad g
        return value + penalty, g + J.T @ (sign * shifted)

    trajectory, path_values = [x], [value]
    last_violation = violation_of(values)
    converged, message, stationarity = False, "", float(np.linalg.norm(g))
    for _ in range(max_iter):
        objective = value_and_grad_f if values.size == 0 else partial(augmented, multipliers=multipliers, rho=rho)
        inner = _inner_minimum(objective, x, tol)
        if inner:
            x = inner[-1]
        trajectory.extend(inner)
        path_values.extend(value_and_grad_f(z)[0] for z in inner)
        value, g, values, J, _ = evaluate(x)
        multipliers = np.where(is_eq, multipliers + rho * values, np.maximum(0.0, multipliers - rho * values))
        sign = np.where(is_eq, 1.0, -1.0)
        stationarity = float(np.linalg.norm(g + J.T @ (sign * multipliers)))
        violation = violation_of(values)
        slack = float(np.max(np.abs(np.where(is_eq, 0.0, multipliers * values)))) if values.size else 0.0
        if violation <= tol and slack <= tol and stationarity <= tol:
            converged = True
            message = f"converged: constraints hold to {violation:.2g}, gradient of the Lagrangian {stationarity:.2g}"
            break
        if values.size == 0:  # nothing to update: the minimization was all there is
            break
        if violation > 0.25 * last_violation and violation > tol:
            if rho >= rho_max:
                break
            rho = min(10 * rho, rho_max)
        last_violation = violation
    if not converged:
        violation = violation_of(values)
        if violation > math.sqrt(max(tol, 1e-16)) * 1e2 and rho >= rho_max:
            k = int(owner[np.argmax(np.where(is_eq, np.abs(values), np.maximum(0.0, -values)))])
            kind = checked[k][0]
            raise InfeasibleError(
                f"minimize_constrained found no point that satisfies the constraints: at the best point "
                f"x = {np.round(x, 6)} constraint {k} ({kind}) is still off by {violation:.3g} although "
                f"its penalty grew to {rho:g}. The constraints probably contradict each other (e.g. x >= 1 "
                "and x <= 0): check their signs ('ineq' means fun(x) >= 0) and that some point meets them all."
            )
        message = (
            f"stopped after max_iter={max_iter} outer iterations: constraint violation {violation:.3g}, "
            f"gradient of the Lagrangian {stationarity:.3g} (tol {tol:g}); raise max_iter or tol"
        )
    return OptimizeResult(
        x=x.copy(),
        fun=float(value),
        n_iter=len(trajectory) - 1,
        converged=converged,
        trajectory=np.array(trajectory),
        values=np.array(path_values),
        grad_norm=stationarity,
        method="augmented_lagrangian",
        message=message,
        multipliers=multipliers,
    )


# ----------------------------------------------------------------------------------------------
# Projected gradient descent and the projections
# ----------------------------------------------------------------------------------------------


def projected_gradient_descent(
    f, x0, project, lr: float = 0.1, tol: float = 1e-6, max_iter: int = 1000, grad=None
) -> OptimizeResult:
    """Gradient descent that stays feasible: ``x <- project(x - lr grad f(x))``.

    The start is projected first. Each step goes downhill as usual and then back to the
    nearest point of the feasible set, so every iterate is feasible. At a constrained
    minimum the step and the projection cancel: ``project(x - lr grad f(x)) = x``.

    Parameters
    ----------
    f : callable
        As in :func:`~gradiente.optim.minimize` (Tensor operations, or ``grad``).
    x0 : array_like
        The start (projected before the first step).
    project : callable
        ``project(x) -> ndarray``, the Euclidean projection onto the feasible set:
        :func:`project_box`, :func:`project_ball`, :func:`project_simplex`, or your own.
    lr : float, default 0.1
    tol : float, default 1e-6
        Stop when ``||x_new - x|| / lr <= tol`` (the "projected gradient" is small).
    max_iter : int, default 1000
    grad : callable, optional

    Returns
    -------
    OptimizeResult
        ``grad_norm`` is the last ``||x_new - x|| / lr``.

    Examples
    --------
    Minimize ``(x - 2)^2 + (y + 1)^2`` on the box [0, 1]^2: the answer is the corner (1, 0).

    >>> f = lambda x: ((x - np.array([2.0, -1.0])) ** 2).sum()
    >>> result = projected_gradient_descent(f, [0.5, 0.5], project_box(0.0, 1.0), lr=0.25)
    >>> result.converged, result.x
    (True, array([1., 0.]))
    """
    if not callable(project):
        raise TypeError(
            f"project must be a function x -> nearest feasible point, e.g. project_box(0, 1); got {project!r}."
        )
    lr = check_lr(lr)
    tol = check_tol(tol)
    max_iter = check_max_iter(max_iter)
    start = _as_point(x0)
    x = np.asarray(project(start.copy()), dtype=np.float64)
    if x.shape != start.shape:
        raise ValueError(f"project(x) must return x's shape {start.shape}; got {x.shape}.")
    _, value_and_grad = _objective(f, grad, "projected_gradient_descent")
    value, g = value_and_grad(x)
    _check_finite(0, x, value, g, "projected_gradient_descent", lr)
    trajectory, values = [x], [value]
    n_iter, mapping_norm = 0, math.inf
    while n_iter < max_iter:
        n_iter += 1
        new = np.asarray(project(x - lr * g), dtype=np.float64)
        mapping_norm = float(np.linalg.norm(new - x)) / lr
        x = new
        value, g = value_and_grad(x)
        _check_finite(n_iter, x, value, g, "projected_gradient_descent", lr)
        trajectory.append(x)
        values.append(value)
        if mapping_norm <= tol:
            break
    converged = mapping_norm <= tol
    message = (
        f"converged: the projected step {mapping_norm:.3g} <= tol {tol:g} after {n_iter} steps"
        if converged
        else f"stopped after max_iter={max_iter} steps with projected step {mapping_norm:.3g} > tol {tol:g}; "
        "raise max_iter or lr"
    )
    return OptimizeResult(
        x=x.copy(),
        fun=value,
        n_iter=n_iter,
        converged=converged,
        trajectory=np.array(trajectory),
        values=np.array(values),
        grad_norm=mapping_norm,
        method="projected_gd",
        message=message,
    )


def project_box(lo, hi):
    """The projection onto the box ``lo <= x <= hi`` (element-wise): clip each coordinate.

    ``lo`` and ``hi`` are numbers or arrays that broadcast against ``x``; ``-np.inf`` or
    ``np.inf`` leave a side open.

    Examples
    --------
    >>> project_box(0.0, 1.0)(np.array([-0.5, 0.3, 2.0]))
    array([0. , 0.3, 1. ])
    """
    lo = np.asarray(lo, dtype=np.float64)
    hi = np.asarray(hi, dtype=np.float64)
    if np.isnan(lo).any() or np.isnan(hi).any():
        raise ValueError("project_box: lo and hi must be numbers (use -np.inf or np.inf for an open side).")
    if np.any(lo > hi):
        raise ValueError(f"project_box needs lo <= hi (otherwise the box is empty); got lo={lo} and hi={hi}.")

    def project(x):
        return np.minimum(np.maximum(np.asarray(x, dtype=np.float64), lo), hi)

    return project


def project_ball(center, radius: float):
    """The projection onto the ball ``||x - center|| <= radius``: pull outside points to the sphere.

    .. math:: \\Pi(x) = c + (x - c) \\min\\Big(1, \\frac{r}{\\lVert x - c\\rVert}\\Big)

    Examples
    --------
    >>> project_ball(np.zeros(2), 1.0)(np.array([3.0, 4.0]))
    array([0.6, 0.8])
    """
    center = np.asarray(center, dtype=np.float64)
    if (
        isinstance(radius, bool)
        or not isinstance(radius, (numbers.Real, np.number))
        or not math.isfinite(radius)
        or radius < 0
    ):
        raise ValueError(f"project_ball: radius must be a non-negative finite number; got {radius!r}.")
    radius = float(radius)

    def project(x):
        offset = np.asarray(x, dtype=np.float64) - center
        distance = float(np.linalg.norm(offset))
        if distance <= radius:
            return center + offset  # inside: already feasible
        return center + offset * (radius / distance)

    return project


def project_simplex(total: float = 1.0):
    """The projection onto the simplex ``{x : x >= 0, sum(x) = total}`` (probability vectors).

    The nearest point is ``max(v - theta, 0)`` for the one ``theta`` that makes it sum to
    ``total``. Sorting ``v`` in decreasing order ``u_1 >= u_2 >= ...`` finds it: the entries
    kept are the ``k`` largest, where ``k`` is the last index with
    ``u_k - (u_1 + ... + u_k - total) / k > 0``, and ``theta = (u_1 + ... + u_k - total) / k``.

    Examples
    --------
    >>> project_simplex()(np.array([0.5, 0.5, 0.5]))      # shift down equally by 1/6
    array([0.33333333, 0.33333333, 0.33333333])
    >>> project_simplex()(np.array([2.0, 0.0, -1.0]))     # far corner: all weight on one
    array([1., 0., 0.])
    """
    if (
        isinstance(total, bool)
        or not isinstance(total, (numbers.Real, np.number))
        or not math.isfinite(total)
        or total <= 0
    ):
        raise ValueError(f"project_simplex: total must be a positive number (1 for probabilities); got {total!r}.")
    total = float(total)

    def project(v):
        v = np.asarray(v, dtype=np.float64)
        if v.ndim != 1 or v.size == 0:
            raise ValueError(f"project_simplex projects one vector (n,); got shape {v.shape}.")
        u = np.sort(v)[::-1]
        excess = np.cumsum(u) - total  # what the k largest exceed the total by
        k = np.arange(1, v.size + 1)
        last = int(np.nonzero(u - excess / k > 0)[0][-1])  # always exists: k = 1 qualifies
        theta = excess[last] / (last + 1)
        return np.maximum(v - theta, 0.0)

    return project
