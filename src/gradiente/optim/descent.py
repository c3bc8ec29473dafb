"""``minimize`` and ``newton``: every method is one descent loop with a direction rule and a step rule.

Lessons: 2.1 `derivatives-gradient-descent`, 3.1 `cost-functions-convexity`, 3.2 `sgd-momentum-adam`
and 3.3 `newton-method`.

At the point ``x`` with gradient ``g`` every method here does the same thing::

    d = direction(x, g)        # where to go: -g, the Newton step -H^-1 g, or an optimizer's step
    t = step(x, d, g)          # how far: a fixed lr, or a backtracking line search
    x = x + t * d

until ``||g|| <= tol`` or ``max_iter`` updates; :func:`descend` is that loop, with the one
stopping rule, the one check for NaN and infinity, and the one record of the trajectory.
``minimize(method=...)`` and ``newton`` only choose the two rules. The gradient comes from
:mod:`gradiente.autodiff` (write ``f`` with Tensor operations) or from a ``grad`` function
you pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..autodiff.tensor import Tensor, no_grad
from ._checks import DivergenceError, check_lr, check_max_iter, check_tol
from .optimizers import Adam, Momentum, RMSProp

__all__ = ["minimize", "newton", "backtracking_line_search", "descend", "OptimizeResult"]


@dataclass
class OptimizeResult:
    """The outcome of :func:`minimize` or :func:`newton`.

    Attributes
    ----------
    x : ndarray
        The last iterate (shape of ``x0``).
    fun : float
        ``f(x)``.
    n_iter : int
        Number of updates made.
    converged : bool
        Whether the gradient norm fell to ``tol`` or below.
    trajectory : ndarray of shape (n_iter + 1, *x0.shape)
        Every iterate, ``x0`` first (for plots).
    values : ndarray of shape (n_iter + 1,)
        ``f`` at every iterate (the loss curve).
    grad_norm : float
        Euclidean norm of the gradient at ``x``.
    method : str
    message : str
    multipliers : ndarray or None
        For :func:`~gradiente.optim.minimize_constrained`: the Lagrange multipliers, one per
        constraint; None for unconstrained methods.
    """

    x: np.ndarray
    fun: float
    n_iter: int
    converged: bool
    trajectory: np.ndarray
    values: np.ndarray
    grad_norm: float
    method: str
    message: str = field(default="")
    multipliers: np.ndarray | None = field(default=None)


# ----------------------------------------------------------------------------------------------
# The one descent loop
# ----------------------------------------------------------------------------------------------


# NB: overflow warnings are silenced because a non-finite value becomes a DivergenceError
# that names the step, which says more than NumPy's warning.
@np.errstate(over="ignore", invalid="ignore", divide="ignore")
def descend(
    value_and_grad, x: np.ndarray, direction, step, tol: float, max_iter: int, method: str, lr: float
) -> OptimizeResult:
    """Run ``x <- x + step(x, d, g) * d`` with ``d = direction(x, g, n_iter)`` until ``||g|| <= tol``.

    Parameters
    ----------
    value_and_grad : callable
        ``value_and_grad(x) -> (float, ndarray of x's shape)``.
    x : ndarray
        The starting point.
    direction : callable
        ``direction(x, g, n_iter) -> d``, a descent direction (``n_iter`` counts from 1, for
        messages).
    step : callable
        ``step(x, d, g) -> t``, the step length along ``d``.
    tol, max_iter
        The stopping rule: the gradient norm is at most ``tol``, or ``max_iter`` updates were made.
    method, lr : str, float
        For the result and for the message of a :class:`DivergenceError`.

    Returns
    -------
    OptimizeResult

    Examples
    --------
    >>> result = descend(lambda x: (float(x @ x), 2 * x), np.array([1.0, -2.0]),
    ...                  direction=lambda x, g, n_iter: -g, step=lambda x, d, g: 0.25,
    ...                  tol=1e-8, max_iter=100, method="gd", lr=0.25)
    >>> result.n_iter, result.x           # x - 0.25 * 2x = x / 2: halved every step
    (29, array([ 1.86264515e-09, -3.72529030e-09]))
    """
    value, g = value_and_grad(x)
    _check_finite(0, x, value, g, method, lr)
    trajectory, values = [x], [value]  # NB: every update makes a new array, so no copies
    n_iter = 0
    while float(np.linalg.norm(g)) > tol and n_iter < max_iter:
        n_iter += 1
        d = direction(x, g, n_iter)
        x = x + step(x, d, g) * d
        value, g = value_and_grad(x)
        _check_finite(n_iter, x, value, g, method, lr)
        trajectory.append(x)
        values.append(value)
    grad_norm = float(np.linalg.norm(g))
    converged = grad_norm <= tol
    message = (
        f"converged: gradient norm {grad_norm:.3g} <= tol {tol:g} after {n_iter} steps"
        if converged
        else f"stopped after max_iter={max_iter} steps with gradient norm {grad_norm:.3g} > tol {tol:g}; "
        "raise max_iter or the learning rate"
    )
    return OptimizeResult(
        x=x.copy(),
        fun=value,
        n_iter=n_iter,
        converged=converged,
        trajectory=np.array(trajectory),
        values=np.array(values),
        grad_norm=grad_norm,
        method=method,
        message=message,
    )


def _check_finite(step: int, x, value: float, g, method: str, lr: float) -> None:
    if math.isfinite(value) and np.isfinite(g).all() and np.isfinite(x).all():
        return
    what = "the loss" if not math.isfinite(value) else "the gradient"
    hint = (
        "Newton's method needs a positive definite Hessian near the start: try "
        "line_search='backtracking' or start closer to the minimum."
        if method == "newton"
        else f"The learning rate is too large for this function: try a smaller lr (lr={lr:g} now; try {lr / 10:g})."
    )
    raise DivergenceError(
        f"{method} diverged at step {step}: {what} became {value if what == 'the loss' else 'NaN or inf'}. {hint}"
    )


# ----------------------------------------------------------------------------------------------
# Direction rules: where to go from x
# ----------------------------------------------------------------------------------------------


def steepest_descent(x, g, n_iter):
    """``d = -g``: against the gradient, the direction in which f falls fastest."""
    return -g


def optimizer_direction(optimizer):
    """``d = -delta``, the step of an optimizer class (momentum, RMSProp, Adam), lr included.

    NB: the optimizer's delta already holds its learning rate (and its memory: velocity,
    moments), exactly as ``torch.optim`` computes it, so it is taken whole: use it with a
    step rule of 1.
    """

    def direction(x, g, n_iter):
        return -optimizer._next_delta(g.reshape(-1)).reshape(x.shape)

    return direction


def newton_direction(value_and_grad, hess, safeguarded: bool):
    """``d = -H^-1 g``, the minimum of the quadratic ``f(x) + g.d + d.H.d / 2``.

    ``H`` is ``hess(x)``, or central differences of the gradient. With ``safeguarded``
    (a line search follows) a singular ``H``, or one whose step does not go downhill
    (``g . d >= 0``: ``H`` is not positive definite there), falls back to ``d = -g``.
    """

    def direction(x, g, n_iter):
        if hess is not None:
            H = np.asarray(hess(x), dtype=np.float64)
            if H.shape != (x.size, x.size):
                raise ValueError(f"newton: hess(x) must have shape {(x.size, x.size)}; got {H.shape}.")
        else:
            H = _hessian_from_gradient(value_and_grad, x)
        try:
            d = -np.linalg.solve(H, g.reshape(-1)).reshape(x.shape)
        except np.linalg.LinAlgError:
            if not safeguarded:
                raise np.linalg.LinAlgError(
                    f"newton: the Hessian at step {n_iter} is singular, so the Newton step is not "
                    "defined (f is flat in some direction there). Use line_search='backtracking', "
                    "which falls back to the gradient direction, or method='gd'."
                ) from None
            return -g
        if safeguarded and np.sum(d * g) >= 0:  # H not positive definite: not a descent direction
            return -g
        return d

    return direction


def _hessian_from_gradient(value_and_grad, x: np.ndarray) -> np.ndarray:
    """Hessian by central differences of the gradient: column j is ``dg/dx_j``.

    NOTE: the autodiff engine is first order (its backward pass is not itself recorded),
    so second derivatives come from differences of exact gradients: error O(h^2).
    """
    n = x.size
    flat = x.reshape(-1).copy()
    H = np.empty((n, n))
    for j in range(n):
        h = 1e-5 * max(1.0, abs(flat[j]))
        flat[j] += h
        g_plus = value_and_grad(flat.reshape(x.shape))[1].reshape(-1)
        flat[j] -= 2 * h
        g_minus = value_and_grad(flat.reshape(x.shape))[1].reshape(-1)
        flat[j] += h
        H[:, j] = (g_plus - g_minus) / (2 * h)
    return (H + H.T) / 2  # a Hessian is symmetric; averaging removes the rounding asymmetry


# ----------------------------------------------------------------------------------------------
# Step rules: how far along d
# ----------------------------------------------------------------------------------------------


def fixed_step(t: float):
    """Always the same step ``t`` (the learning rate)."""

    def step(x, d, g):
        return t

    return step


def backtracking_step(value_of, lr: float):
    """The step :func:`backtracking_line_search` finds, starting from ``lr``."""

    def step(x, d, g):
        return backtracking_line_search(value_of, x, d, g, lr=lr)

    return step


def backtracking_line_search(
    f, x, direction, g, lr: float = 1.0, shrink: float = 0.5, c: float = 1e-4, max_halvings: int = 60
) -> float:
    """Shrink a step until it decreases ``f`` enough (the Armijo condition).

    Start at ``t = lr`` and multiply by ``shrink`` until
    ``f(x + t d) <= f(x) + c t (g . d)``: the decrease must be at least a fraction ``c`` of
    what the tangent line promises.

    Parameters
    ----------
    f : callable
        ``f(x) -> float``.
    x, direction, g : ndarray
        The point, a descent direction ``d`` (``g . d < 0``) and the gradient at ``x``.

    Returns
    -------
    float
        The step ``t``.

    Examples
    --------
    >>> f = lambda x: float(x @ x)
    >>> x = np.array([1.0]); g = 2 * x
    >>> backtracking_line_search(f, x, -g, g, lr=1.0)
    0.5
    """
    slope = float(np.sum(g * direction))
    if slope >= 0:
        raise ValueError(
            f"backtracking_line_search needs a descent direction (g . d < 0); got g . d = {slope:g}. Use d = -g."
        )
    fx, t = f(x), float(lr)
    for _ in range(max_halvings):
        value = f(x + t * direction)
        if math.isfinite(value) and value <= fx + c * t * slope:
            return t
        t *= shrink
    return t


# ----------------------------------------------------------------------------------------------
# minimize and newton: choose the two rules, run the loop
# ----------------------------------------------------------------------------------------------


_METHODS = ("gd", "momentum", "nesterov", "rmsprop", "adam", "newton")
_DEFAULT_LR = {"gd": 0.01, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.01, "adam": 0.01, "newton": 1.0}


def _as_point(x0) -> np.ndarray:
    x = np.array(x0.data if isinstance(x0, Tensor) else x0, dtype=np.float64)
    if x.dtype.kind != "f":  # pragma: no cover - np.array(..., float64) either works or raises
        raise TypeError(f"x0 must be real numbers; got {x.dtype}.")
    if x.size == 0:
        raise ValueError("x0 is empty; give the starting point, e.g. x0=np.zeros(2).")
    if not np.isfinite(x).all():
        raise ValueError(f"x0 must be finite; got {x}. Start from a point where f is defined.")
    return x


def _objective(f, grad, fname: str):
    """Return ``value(x) -> float`` and ``value_and_grad(x) -> (float, ndarray)``."""
    if grad is not None:
        if not callable(grad):
            raise TypeError(f"{fname}: grad must be a function grad(x) -> ndarray; got {type(grad).__name__}.")

        def value(x):
            return float(f(x))

        def value_and_grad(x):
            g = np.asarray(grad(x), dtype=np.float64)
            if g.shape != x.shape:
                raise ValueError(f"{fname}: grad(x) must have the shape of x, {x.shape}; got {g.shape}.")
            return float(f(x)), g

        return value, value_and_grad

    def value(x):
        with no_grad():
            out = f(Tensor(x))
        return float(out.data if isinstance(out, Tensor) else out)

    def value_and_grad(x):
        x_tensor = Tensor(x, requires_grad=True)
        out = f(x_tensor)
        if not isinstance(out, Tensor):
            raise TypeError(
                f"{fname}: without grad=..., f must be written with Tensor operations so it can be "
                f"differentiated automatically; f returned {type(out).__name__}. Either use Tensor "
                "operations (x ** 2, x.exp(), ...) or pass grad=your_gradient_function."
            )
        if out.size != 1:
            raise ValueError(f"{fname}: f must return a scalar; got shape {out.shape}.")
        if out.requires_grad:
            out.backward()
        g = x_tensor.grad if x_tensor.grad is not None else np.zeros_like(x)
        return float(out.data.reshape(())), g

    return value, value_and_grad


def _check_line_search(line_search) -> None:
    if line_search not in (None, "backtracking"):
        raise ValueError(f"line_search must be None or 'backtracking'; got {line_search!r}.")


def minimize(
    f,
    x0,
    method: str = "gd",
    lr: float | None = None,
    tol: float = 1e-6,
    max_iter: int = 1000,
    grad=None,
    hess=None,
    line_search: str | None = None,
    beta: float = 0.9,
    betas: tuple = (0.9, 0.999),
    alpha: float = 0.99,
    eps: float = 1e-8,
) -> OptimizeResult:
    """Minimize ``f`` from ``x0`` and keep every iterate.

    Parameters
    ----------
    f : callable
        Without ``grad``: takes a Tensor, returns a scalar Tensor (written with Tensor
        operations, differentiated by :mod:`gradiente.autodiff`). With ``grad``: takes an
        ndarray, returns a float.
    x0 : array_like
        Starting point (a number or an array of any shape).
    method : {"gd", "momentum", "nesterov", "rmsprop", "adam", "newton"}
    lr : float, optional
        Learning rate; default 0.01 (1.0 for Newton, a full step).
    tol : float, default 1e-6
        Stop when the gradient's Euclidean norm is at most ``tol``.
    max_iter : int, default 1000
    grad : callable, optional
        ``grad(x) -> ndarray`` of x's shape.
    hess : callable, optional
        For Newton: ``hess(x) -> (n, n)`` array; default from differences of the gradient.
    line_search : {None, "backtracking"}
        For "gd" and "newton": choose each step by :func:`backtracking_line_search`.
    beta : float
        Momentum coefficient ("momentum", "nesterov").
    betas : (float, float)
        Adam's moment decays.
    alpha : float
        RMSProp's decay.
    eps : float
        RMSProp's and Adam's guard against division by zero.

    Returns
    -------
    OptimizeResult
        ``x``, ``fun``, ``n_iter``, ``converged``, ``trajectory``, ``values``, ...

    Raises
    ------
    DivergenceError
        When the loss, the gradient or the iterate becomes NaN or infinite; the message
        names the step and suggests a smaller learning rate.

    Examples
    --------
    >>> result = minimize(lambda x: ((x - 3.0) ** 2).sum(), x0=[0.0], method="gd", lr=0.1)
    >>> result.converged, np.round(result.x, 5)
    (True, array([3.]))
    """
    if method not in _METHODS:
        raise ValueError(f"method must be one of {_METHODS}; got {method!r}.")
    if method == "newton":
        return newton(
            f,
            x0,
            grad=grad,
            hess=hess,
            tol=tol,
            max_iter=max_iter,
            lr=1.0 if lr is None else lr,
            line_search=line_search,
        )
    lr = check_lr(_DEFAULT_LR[method] if lr is None else lr)
    tol = check_tol(tol)
    max_iter = check_max_iter(max_iter)
    _check_line_search(line_search)
    if line_search and method != "gd":
        raise ValueError(f"line_search='backtracking' works with method='gd' or 'newton'; got method={method!r}.")
    x = _as_point(x0)
    value_of, value_and_grad = _objective(f, grad, "minimize")

    if method == "gd":
        direction = steepest_descent
        step = backtracking_step(value_of, lr) if line_search else fixed_step(lr)
    else:
        # The update rules live in the optimizer classes; the Tensor only sizes their memory.
        theta = Tensor(x, requires_grad=True)
        if method in ("momentum", "nesterov"):
            optimizer = Momentum([theta], lr=lr, beta=beta, nesterov=method == "nesterov")
        elif method == "rmsprop":
            optimizer = RMSProp([theta], lr=lr, alpha=alpha, eps=eps)
        else:
            optimizer = Adam([theta], lr=lr, betas=betas, eps=eps)
        direction, step = optimizer_direction(optimizer), fixed_step(1.0)
    return descend(value_and_grad, x, direction, step, tol, max_iter, method, lr)


def newton(
    f, x0, grad=None, hess=None, tol: float = 1e-8, max_iter: int = 100, lr: float = 1.0, line_search: str | None = None
) -> OptimizeResult:
    """Newton's method for minimization: ``x <- x - lr H(x)^{-1} g(x)``.

    It fits the quadratic ``f(x) + g.d + d.H.d / 2`` at each point and jumps to its minimum;
    near a minimum the number of correct digits doubles every step.

    Parameters
    ----------
    f, x0, grad, tol, max_iter
        As in :func:`minimize`.
    hess : callable, optional
        ``hess(x) -> (n, n)`` array, ``n = x0.size``. Default: central differences of the gradient.
    lr : float, default 1.0
        Damping; 1 is the pure Newton step.
    line_search : {None, "backtracking"}
        Shrink each Newton step until f decreases (and use ``-g`` where ``H`` is not
        positive definite): safer far from the minimum.

    Returns
    -------
    OptimizeResult

    Examples
    --------
    >>> result = newton(lambda x: (x ** 4).sum() + (x ** 2).sum(), x0=[1.0])
    >>> result.converged, abs(float(result.x[0])) < 1e-8
    (True, True)
    """
    lr = check_lr(lr)
    tol = check_tol(tol)
    max_iter = check_max_iter(max_iter)
    _check_line_search(line_search)
    x = _as_point(x0)
    value_of, value_and_grad = _objective(f, grad, "newton")
    direction = newton_direction(value_and_grad, hess, safeguarded=bool(line_search))
    step = backtracking_step(value_of, lr) if line_search else fixed_step(lr)
    return descend(value_and_grad, x, direction, step, tol, max_iter, "newton", lr)
