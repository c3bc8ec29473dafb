"""Numerical calculus: derivatives by finite differences, gradients, Jacobians, Hessians, integrals.

Lessons: 2.1 `derivatives-gradient-descent` (difference quotient, the gradient), 2.2
`derivative-rules` (numerical and complex-step derivatives), 2.3 `integrals-roc-auc` (Riemann
sums; ``cumulative_trapezoid``, the running area from sampled values) and 2.5 `jacobian-hessian`. For exact derivatives see :mod:`gradiente.calculus_symbolic`; for derivatives of
code see :mod:`gradiente.autodiff`.

Why the default steps ``h`` are what they are: a difference quotient has two errors, the
truncation error of the formula (``~h`` for one-sided, ``~h^2`` for central differences) and
the rounding error of subtracting two close numbers (``~eps / h`` with ``eps ~ 2.2e-16``).
Their sum is smallest at ``h ~ sqrt(eps)`` (one-sided) and ``h ~ eps^(1/3)`` (central), scaled
by ``|x|`` so the step is not lost in the digits of a large ``x``. The complex step has no
subtraction, so ``h`` can be tiny and the result is exact to machine precision.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

from gradiente._validation import as_generator

__all__ = [
    "derivative",
    "gradient",
    "jacobian",
    "hessian",
    "integrate",
    "integrate_adaptive",
    "cumulative_trapezoid",
    "NonFiniteError",
    "IntegrationError",
]

_EPS = np.finfo(np.float64).eps
_DERIVATIVE_METHODS = ("forward", "backward", "central", "complex")
_INTEGRATION_METHODS = ("left", "right", "midpoint", "trapezoid", "simpson", "monte_carlo", "adaptive")


class NonFiniteError(ValueError):
    """A function returned NaN or inf where a finite number was needed."""


class IntegrationError(ArithmeticError):
    """The adaptive integral did not reach the requested tolerance."""


# ----------------------------------------------------------------------------------------------
# Validation helpers
# ----------------------------------------------------------------------------------------------


def _as_real_array(x, name: str) -> np.ndarray:
    try:
        array = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a real number or an array of them; got {x!r}.") from None
    if not np.isfinite(array).all():
        raise NonFiniteError(f"{name} must be finite; got {x!r}.")
    return array


def _check_step(h, name: str = "h"):
    if h is None:
        return None
    step = np.asarray(h, dtype=np.float64)
    if not (np.isfinite(step).all() and (step > 0).all()):
        raise ValueError(f"{name} must be a positive finite step; got {h!r}. Leave it out for a good default.")
    return step


def _require_finite(values, what: str, where: str) -> None:
    if not np.isfinite(values).all():
        raise NonFiniteError(
            f"{what} is not finite {where} (got {values}). The function may be undefined there "
            "(a division by zero, a log of a negative number, an overflow): check the domain."
        )


# ----------------------------------------------------------------------------------------------
# Derivatives
# ----------------------------------------------------------------------------------------------


def derivative(f, x, h=None, method: str = "central"):
    """Derivative of a one-variable function by a finite difference (element-wise for arrays).

    - ``forward``:  ``(f(x + h) - f(x)) / h``, error ~ h
    - ``backward``: ``(f(x) - f(x - h)) / h``, error ~ h
    - ``central``:  ``(f(x + h) - f(x - h)) / (2h)``, error ~ h^2
    - ``complex``:  ``Im f(x + ih) / h`` (complex step), exact to rounding; needs an ``f``
      written with operations that accept complex numbers (NumPy's do; ``abs`` and
      comparisons do not).

    Parameters
    ----------
    f : callable
        ``f(x)``, applied element-wise when ``x`` is an array (NumPy functions are).
    x : float or array_like
        Where to differentiate.
    h : float or array_like, optional
        The step. Default ``sqrt(eps) max(1, |x|)`` (forward, backward),
        ``eps^(1/3) max(1, |x|)`` (central), ``1e-20`` (complex).
    method : {"central", "forward", "backward", "complex"}

    Returns
    -------
    float or ndarray
        ``f'(x)``, a float for a number and an array of ``x``'s shape for an array.

    Raises
    ------
    NonFiniteError
        When ``f`` returns NaN or inf near ``x``.

    Examples
    --------
    >>> round(derivative(lambda x: x ** 3, 2.0), 6)   # 3 x^2 = 12
    12.0
    >>> derivative(np.sin, np.array([0.0, np.pi]), method="complex")
    array([ 1., -1.])
    """
    if not callable(f):
        raise TypeError(f"f must be a function; got {type(f).__name__}.")
    if method not in _DERIVATIVE_METHODS:
        raise ValueError(f"method must be one of {_DERIVATIVE_METHODS}; got {method!r}.")
    points = _as_real_array(x, "x")
    step = _check_step(h)
    scale = np.maximum(1.0, np.abs(points))
    if step is None:
        step = {
            "forward": np.sqrt(_EPS) * scale,
            "backward": np.sqrt(_EPS) * scale,
            "central": np.cbrt(_EPS) * scale,
            "complex": np.full_like(points, 1e-20),
        }[method]

    # NOTE: x + h is rounded; dividing by the step actually taken, (x + h) - x, removes that error.
    def evaluate(at):
        values = np.asarray(f(at))
        if values.shape != points.shape:
            raise ValueError(
                f"derivative expects f to act element-wise (output shape = input shape "
                f"{points.shape}); got output shape {values.shape}. For f: R^n -> R use gradient, "
                "for f: R^n -> R^m use jacobian."
            )
        return values

    if method == "complex":
        slope = np.imag(np.asarray(evaluate(points + 1j * step), dtype=np.complex128)) / step
    else:
        if method == "forward":
            upper, lower = points + step, points
        elif method == "backward":
            upper, lower = points, points - step
        else:
            upper, lower = points + step, points - step
        f_upper = np.asarray(evaluate(upper), dtype=np.float64)
        f_lower = np.asarray(evaluate(lower), dtype=np.float64)
        _require_finite(f_upper, "f", f"near x = {x}")
        _require_finite(f_lower, "f", f"near x = {x}")
        slope = (f_upper - f_lower) / (upper - lower)
    _require_finite(slope, "the derivative", f"at x = {x}")
    return float(slope) if slope.ndim == 0 else slope


def _call_scalar(f, x: np.ndarray, name: str) -> float:
    value = np.asarray(f(x), dtype=np.float64)
    if value.size != 1:
        raise ValueError(
            f"{name} needs f: R^n -> R to return one number; got shape {value.shape}. "
            "For a vector-valued f use jacobian."
        )
    value = float(value.reshape(()))
    if not math.isfinite(value):
        raise NonFiniteError(f"f is not finite at x = {x} (got {value}): check the domain of f.")
    return value


def gradient(f, x, h=None):
    """Gradient of ``f: R^n -> R`` by central differences, one coordinate at a time.

    ``df/dx_j ~ (f(x + h e_j) - f(x - h e_j)) / (2h)``.

    Parameters
    ----------
    f : callable
        Takes an array of ``x``'s shape, returns a number.
    x : array_like
        The point.
    h : float, optional
        Step (default ``eps^(1/3) max(1, |x_j|)``).

    Returns
    -------
    ndarray of ``x``'s shape

    Examples
    --------
    >>> np.round(gradient(lambda v: v[0] ** 2 * v[1], [1.0, 3.0]), 6)   # (2xy, x^2)
    array([6., 1.])
    """
    point = _as_real_array(x, "x")
    step = _check_step(h)
    flat = point.reshape(-1).copy()
    result = np.empty(flat.size)
    _call_scalar(f, point, "gradient")  # validate once, with a clear message
    for j in range(flat.size):
        h_j = float(step) if step is not None else np.cbrt(_EPS) * max(1.0, abs(flat[j]))
        original = flat[j]
        flat[j] = original + h_j
        upper_x = flat[j]
        f_plus = _call_scalar(f, flat.reshape(point.shape), "gradient")
        flat[j] = original - h_j
        lower_x = flat[j]
        f_minus = _call_scalar(f, flat.reshape(point.shape), "gradient")
        flat[j] = original
        result[j] = (f_plus - f_minus) / (upper_x - lower_x)
    return result.reshape(point.shape)


def jacobian(f, x, h=None):
    """Jacobian matrix of ``f: R^n -> R^m`` by central differences; shape ``(m, n)``.

    Column ``j`` is ``(f(x + h e_j) - f(x - h e_j)) / (2h)``: how every output moves when
    input ``j`` moves. Row ``i`` is the gradient of output ``i``.

    Parameters
    ----------
    f : callable
        Takes a 1-D array of length n (or a number), returns m numbers.
    x : array_like of shape (n,) or a number
    h : float, optional

    Returns
    -------
    ndarray of shape (m, n)

    Examples
    --------
    >>> np.round(jacobian(lambda v: np.array([v[0] * v[1], v[0] + v[1]]), [2.0, 3.0]), 6)
    array([[3., 2.],
           [1., 1.]])
    """
    point = _as_real_array(x, "x")
    if point.ndim > 1:
        raise ValueError(
            f"jacobian needs x as a number or a 1-D array of n inputs; got shape {point.shape}. "
            "Flatten it with x.ravel() and reshape inside f."
        )
    vector = np.atleast_1d(point).copy()
    step = _check_step(h)

    def call(v):
        out = np.asarray(f(v if point.ndim else v[0]), dtype=np.float64)
        if out.ndim > 1:
            raise ValueError(f"jacobian needs f to return a number or a 1-D array; got shape {out.shape}.")
        _require_finite(out, "f", f"at x = {v}")
        return np.atleast_1d(out)

    m = call(vector).size
    J = np.empty((m, vector.size))
    for j in range(vector.size):
        h_j = float(step) if step is not None else np.cbrt(_EPS) * max(1.0, abs(vector[j]))
        original = vector[j]
        vector[j] = original + h_j
        upper_x = vector[j]
        f_plus = call(vector)
        vector[j] = original - h_j
        lower_x = vector[j]
        f_minus = call(vector)
        vector[j] = original
        J[:, j] = (f_plus - f_minus) / (upper_x - lower_x)
    return J


def hessian(f, x, h=None):
    """Hessian matrix of ``f: R^n -> R`` by central second differences; shape ``(n, n)``.

    ``H_ij ~ [f(x + h_i e_i + h_j e_j) - f(x + h_i e_i - h_j e_j) - f(x - h_i e_i + h_j e_j)
    + f(x - h_i e_i - h_j e_j)] / (4 h_i h_j)``, with error ~ h^2. The default step
    ``eps^(1/4) max(1, |x|)`` balances that error against rounding (~ eps / h^2).

    Parameters
    ----------
    f : callable
        Takes a 1-D array of length n (or a number), returns a number.
    x : array_like of shape (n,) or a number
    h : float, optional

    Returns
    -------
    ndarray of shape (n, n), symmetric

    Examples
    --------
    >>> np.round(hessian(lambda v: v[0] ** 2 * v[1], [1.0, 3.0]), 5)   # [[2y, 2x], [2x, 0]]
    array([[6., 2.],
           [2., 0.]])
    """
    point = _as_real_array(x, "x")
    if point.ndim > 1:
        raise ValueError(f"hessian needs x as a number or a 1-D array; got shape {point.shape}.")
    vector = np.atleast_1d(point).copy()
    n = vector.size
    step = _check_step(h)
    steps = np.array([float(step) if step is not None else _EPS**0.25 * max(1.0, abs(v)) for v in vector])

    def value(v):
        return _call_scalar(f, v if point.ndim else v[0], "hessian")

    H = np.empty((n, n))
    for i in range(n):
        for j in range(i, n):
            total = 0.0
            for sign_i, sign_j, weight in ((1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)):
                shifted = vector.copy()
                shifted[i] += sign_i * steps[i]
                shifted[j] += sign_j * steps[j]
                total += weight * value(shifted)
            H[i, j] = H[j, i] = total / (4 * steps[i] * steps[j])
    return H


# ----------------------------------------------------------------------------------------------
# Integrals
# ----------------------------------------------------------------------------------------------


def _evaluate(f, points: np.ndarray) -> np.ndarray:
    """``f`` at many points: vectorised when ``f`` accepts arrays, one by one otherwise."""
    try:
        values = np.asarray(f(points), dtype=np.float64)
    except TypeError:  # e.g. math.sin refuses arrays
        values = np.array([float(f(float(p))) for p in points])
    if values.shape != points.shape:
        if values.size == 1:  # a constant function written as `lambda x: 3.0`
            values = np.full(points.shape, float(values.reshape(())))
        else:
            raise ValueError(
                f"integrate needs f to return one value per point: {points.shape} values; got shape "
                f"{values.shape}. Write f element-wise (np.sin(x), x ** 2, ...)."
            )
    if not np.isfinite(values).all():
        bad = points[~np.isfinite(values)][0]
        raise NonFiniteError(
            f"f is not finite at x = {bad:g} (got {values[~np.isfinite(values)][0]}), inside the "
            "interval of integration. An integrand that blows up at an end point (like 1/sqrt(x) "
            "at 0) needs method='midpoint' or a change of variables."
        )
    return values


def integrate(f, a, b, method: str = "simpson", n: int = 100, rng=None, tol: float = 1e-8):
    """Definite integral of ``f`` from ``a`` to ``b``.

    With ``h = (b - a) / n`` and ``x_i = a + i h``:

    - ``left``:      ``h sum_{i=0}^{n-1} f(x_i)``                          error ~ h
    - ``right``:     ``h sum_{i=1}^{n} f(x_i)``                            error ~ h
    - ``midpoint``:  ``h sum_i f(x_i + h/2)``                              error ~ h^2
    - ``trapezoid``: ``h [f(x_0)/2 + f(x_1) + ... + f(x_{n-1}) + f(x_n)/2]``  error ~ h^2
    - ``simpson``:   ``h/3 [f(x_0) + 4 f(x_1) + 2 f(x_2) + ... + 4 f(x_{n-1}) + f(x_n)]``
      (n even), error ~ h^4
    - ``monte_carlo``: ``(b - a)`` times the mean of ``f`` at ``n`` uniform random points,
      error ~ 1/sqrt(n) (random)
    - ``adaptive``: Simpson's rule refined where needed until the error estimate is below
      ``tol`` (see :func:`integrate_adaptive`)

    Parameters
    ----------
    f : callable
        The integrand; called on an array of points (or point by point if it refuses arrays).
    a, b : float
        Limits (finite). ``b < a`` gives the negative of the integral from ``b`` to ``a``.
    method : str, default "simpson"
    n : int, default 100
        Number of sub-intervals (even for Simpson) or of random points (Monte Carlo).
    rng : numpy.random.Generator or int, optional
        Random source for ``monte_carlo``.
    tol : float, default 1e-8
        Tolerance for ``adaptive``.

    Returns
    -------
    float

    Examples
    --------
    >>> round(integrate(lambda x: x ** 2, 0.0, 3.0), 10)   # x^3 / 3 from 0 to 3
    9.0
    >>> round(integrate(np.exp, 0.0, 1.0, method="trapezoid", n=1000), 6)
    1.718282
    """
    if not callable(f):
        raise TypeError(f"f must be a function; got {type(f).__name__}.")
    if method not in _INTEGRATION_METHODS:
        raise ValueError(f"method must be one of {_INTEGRATION_METHODS}; got {method!r}.")
    a, b = _check_limits(a, b)
    if method == "adaptive":
        return integrate_adaptive(f, a, b, tol=tol)
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
        raise ValueError(f"n must be a positive integer (the number of sub-intervals); got {n!r}.")
    n = int(n)
    if a == b:
        return 0.0
    width = b - a
    h = width / n
    if method == "monte_carlo":
        points = a + width * as_generator(rng).random(n)
        return float(width * _evaluate(f, points).mean())
    if method == "midpoint":
        return float(h * _evaluate(f, a + h * (np.arange(n) + 0.5)).sum())
    if method == "simpson" and n % 2:
        raise ValueError(f"Simpson's rule pairs up sub-intervals, so n must be even; got n={n}. Use n={n + 1}.")
    values = _evaluate(f, np.linspace(a, b, n + 1))
    if method == "left":
        return float(h * values[:-1].sum())
    if method == "right":
        return float(h * values[1:].sum())
    if method == "trapezoid":
        return float(h * (values.sum() - (values[0] + values[-1]) / 2))
    # Simpson: a parabola through each pair of sub-intervals; weights 1, 4, 2, 4, ..., 2, 4, 1
    return float(h / 3 * (values[0] + values[-1] + 4 * values[1:-1:2].sum() + 2 * values[2:-1:2].sum()))


def cumulative_trapezoid(y, x=None, dx=1.0, axis=-1, initial=None):
    """Running integral of sampled values by the trapezoid rule, as ``scipy.integrate.cumulative_trapezoid``.

    Entry ``k`` is the area under the broken line through the samples up to sample ``k + 1``:

    .. math:: F_k = \\sum_{i=0}^{k} \\frac{x_{i+1} - x_i}{2}\\,(y_i + y_{i+1})

    so the result has one value fewer than ``y`` along ``axis`` (``initial=0`` puts the
    area up to the first sample, 0, in front and keeps the length).

    Parameters
    ----------
    y : array_like
        The sampled values.
    x : array_like, optional
        Where they were sampled: the shape of ``y``, or 1-D with ``y``'s length along ``axis``.
        Need not be evenly spaced; decreasing ``x`` gives negative areas. Default: evenly
        spaced by ``dx``.
    dx : float, default 1.0
        The spacing when ``x`` is not given.
    axis : int, default -1
        The axis to integrate along.
    initial : None or 0, optional
        ``0`` prepends the integral from the first sample to itself. Other values are refused,
        as by SciPy: to start from ``F(x_0) = c``, add ``c`` to the result.

    Returns
    -------
    ndarray
        ``y``'s shape with ``n - 1`` (or ``n`` with ``initial=0``) entries along ``axis``.

    Examples
    --------
    >>> cumulative_trapezoid([1.0, 2.0, 3.0])               # areas 1.5 and 1.5 + 2.5
    array([1.5, 4. ])
    >>> x = np.linspace(0.0, 1.0, 5)
    >>> cumulative_trapezoid(2 * x, x, initial=0)           # the integral of 2x is x^2
    array([0.    , 0.0625, 0.25  , 0.5625, 1.    ])
    """
    y = _as_real_array(y, "y")
    if y.ndim == 0:
        raise ValueError("y must be an array of sampled values (at least one dimension); got a single number.")
    if not -y.ndim <= axis < y.ndim:
        raise ValueError(f"axis {axis} is out of bounds for y with {y.ndim} dimensions (shape {y.shape}).")
    axis = axis % y.ndim
    n = y.shape[axis]
    if x is None:
        step = _as_real_array(dx, "dx")
        if step.ndim:
            raise ValueError(f"dx must be a single number (the spacing); got shape {step.shape}. Pass x= instead.")
        widths = np.full(max(n - 1, 0), float(step))
        widths = widths.reshape([-1 if k == axis else 1 for k in range(y.ndim)])
    else:
        x = _as_real_array(x, "x")
        if x.ndim == 1:
            if x.shape[0] != n:
                raise ValueError(
                    f"x has {x.shape[0]} points but y has {n} samples along axis {axis}; "
                    "give one x per sample (or leave x out and set dx)."
                )
            widths = np.diff(x).reshape([-1 if k == axis else 1 for k in range(y.ndim)])
        elif x.shape == y.shape:
            widths = np.diff(x, axis=axis)
        else:
            raise ValueError(f"x must be 1-D with {n} points or have y's shape {y.shape}; got shape {x.shape}.")
    first = [slice(None)] * y.ndim
    last = [slice(None)] * y.ndim
    first[axis], last[axis] = slice(None, -1), slice(1, None)
    areas = widths * (y[tuple(first)] + y[tuple(last)]) / 2  # one trapezoid per interval
    running = np.cumsum(areas, axis=axis)
    if initial is None:
        return running
    if isinstance(initial, bool) or not isinstance(initial, (numbers.Real, np.number)) or initial != 0:
        raise ValueError(
            f"initial must be None or 0 (the area from the first sample to itself); got {initial!r}. "
            f"To start the running integral at a value c, add c to the result: cumulative_trapezoid(y, x) + c."
        )
    shape = list(running.shape)
    shape[axis] = 1
    return np.concatenate([np.zeros(shape), running], axis=axis)


def _check_limits(a, b) -> tuple:
    limits = []
    for name, limit in (("a", a), ("b", b)):
        if isinstance(limit, bool) or not isinstance(limit, (numbers.Real, np.number)) or np.ndim(limit):
            raise TypeError(f"{name} must be a real number; got {limit!r}.")
        if not math.isfinite(limit):
            raise ValueError(
                f"{name} must be finite; got {limit}. For an infinite interval change variables, "
                "e.g. x = t / (1 - t**2) maps (-1, 1) onto the real line."
            )
        limits.append(float(limit))
    return tuple(limits)


def integrate_adaptive(f, a, b, tol: float = 1e-8, max_evaluations: int = 200_000) -> float:
    """Adaptive Simpson integration: split only the pieces whose error estimate is too large.

    On ``[l, r]`` compare Simpson's rule ``S`` with the sum ``S2`` of Simpson on the two
    halves. Since the error shrinks ~16 times when ``h`` halves, ``(S2 - S) / 15`` estimates
    the error of ``S2``; accept ``S2 + (S2 - S) / 15`` when it is below the piece's share of
    ``tol``, otherwise split again.

    Parameters
    ----------
    f : callable
    a, b : float
    tol : float, default 1e-8
        Target absolute error.
    max_evaluations : int, default 200000
        Give up (``IntegrationError``) after this many calls of ``f``.

    Returns
    -------
    float

    Examples
    --------
    >>> round(integrate_adaptive(np.sqrt, 0.0, 1.0, tol=1e-10), 8)   # 2/3
    0.66666667
    """
    a, b = _check_limits(a, b)
    if not tol > 0:
        raise ValueError(f"tol must be positive; got {tol!r}.")
    if a == b:
        return 0.0
    sign = 1.0
    if b < a:
        a, b, sign = b, a, -1.0

    def value(x):
        return float(_evaluate(f, np.array([x]))[0])

    f_a, f_m, f_b = value(a), value((a + b) / 2), value(b)
    evaluations = 3
    whole = (b - a) / 6 * (f_a + 4 * f_m + f_b)
    # Each piece: (left, right, f(left), f(mid), f(right), its Simpson value, its tolerance, depth)
    stack = [(a, b, f_a, f_m, f_b, whole, tol, 0)]
    total = 0.0
    while stack:
        left, right, f_l, f_m, f_r, simpson, piece_tol, depth = stack.pop()
        mid = (left + right) / 2
        f_lm, f_rm = value((left + mid) / 2), value((mid + right) / 2)
        evaluations += 2
        left_half = (mid - left) / 6 * (f_l + 4 * f_lm + f_m)
        right_half = (right - mid) / 6 * (f_m + 4 * f_rm + f_r)
        refined = left_half + right_half
        error = (refined - simpson) / 15  # Richardson: error of `refined` when the error ~ h^4
        if abs(error) <= piece_tol or depth >= 50 or mid in (left, right):
            total += refined + error
            continue
        if evaluations > max_evaluations:
            raise IntegrationError(
                f"integrate_adaptive used {evaluations} evaluations of f without reaching tol={tol:g} "
                f"(the integrand may be discontinuous or singular near x = {mid:g}). Raise tol or "
                "max_evaluations, or split the interval at the trouble spot."
            )
        stack.append((left, mid, f_l, f_lm, f_m, left_half, piece_tol / 2, depth + 1))
        stack.append((mid, right, f_m, f_rm, f_r, right_half, piece_tol / 2, depth + 1))
    return sign * total
