"""Special functions behind every p-value: erf, log-gamma, incomplete gamma and beta, inverses.

Written from the math on NumPy, vectorised over arrays. Two ideas keep the digits:

* **Work with the smaller tail.** ``erfc``, ``gammaincc`` and the complementary incomplete
  beta are computed directly (by continued fractions), never as ``1 - (something near 1)``,
  so a p-value of ``1e-200`` keeps all of its digits.
* **Never subtract two huge logarithms.** For large parameters the prefactor
  ``x**a * exp(-x) / Gamma(a)`` is rewritten with ``log1pmx(t) = log(1 + t) - t`` and
  Stirling's correction, as Boost and SciPy do, so ``Gamma(10**6)`` costs no digits.

Both incomplete functions use one continued-fraction evaluator (Lentz's method); a series
or fraction that runs out of terms raises ``ConvergenceError`` rather than return a value
that has not converged.

Lessons: 5.3 `sampling-clt-intervals` and 5.6 `hypothesis-tests-ab` (where the p-value of a
test is an area under one of these curves).
"""

from __future__ import annotations

import math

import numpy as np

from gradiente.exceptions import ConvergenceError
from gradiente.softmax import sigmoid

__all__ = [
    "erf",
    "erfc",
    "ndtr",
    "ndtri",
    "gammaln",
    "betaln",
    "gammainc",
    "gammaincc",
    "gammaincinv",
    "gammainccinv",
    "betainc",
    "betaincc",
    "betaincinv",
    "log1pmx",
]

_EPS = np.finfo(float).eps
_TINY = 1e-300  # guards Lentz's method against division by zero (Numerical Recipes, 5.2)
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
_SQRT_PI = math.sqrt(math.pi)
_LOG_SMALLEST = -745.0  # log of the smallest subnormal double
_LOG_LARGEST = 709.0  # log of (almost) the largest double
_BLOCK = 32768  # elements per block in _blockwise (its arrays are 256 kB: they fit in the cache)


def _finish(result, *inputs):
    """Return a Python float when every input was a scalar, like NumPy's ufuncs."""
    if all(np.ndim(value) == 0 for value in inputs):
        return float(result)
    return result


def _check_domain(condition, message):
    if not np.all(condition):
        raise ValueError(message)


def _refuse_unconverged(method, names, values, n_terms, change):
    """Raise ``ConvergenceError`` naming the first element whose ``method`` ran out of terms.

    ``names`` and ``values`` are the arguments (one array per name, over the unconverged
    elements); ``change`` is the relative change the last term still made to each.
    """
    arguments = ", ".join(f"{name} = {float(value[0])!r}" for name, value in zip(names, values))
    others = len(values[0]) - 1
    raise ConvergenceError(
        f"the {method} did not converge in {n_terms} terms at {arguments}"
        f"{f' (and {others} more)' if others else ''}: the last term still changed the value "
        f"by {float(np.max(change)):.1e}, more than the machine epsilon it stops at. The terms "
        "needed grow like the square root of the shape parameters, and the budget with them, "
        "so these arguments are outside what this implementation covers; compare with "
        "scipy.special, which switches to asymptotic expansions for large parameters."
    )


def _continued_fraction(b0, terms, parameters, names, max_terms, method, terms_per_test=1):
    """``b0 + a_1/(b_1 + a_2/(b_2 + ...))`` element-wise, by the modified Lentz method.

    Lentz's method (Numerical Recipes, section 5.2) evaluates the fraction from the top
    down, so no depth has to be chosen in advance: with ``C_0 = f_0 = b_0`` and ``D_0 = 0``,

        ``D_j = 1 / (b_j + a_j D_{j-1})``,  ``C_j = b_j + a_j / C_{j-1}``,  ``f_j = f_{j-1} C_j D_j``,

    and ``f_j`` is the j-th convergent. It stops when ``|C_j D_j - 1| <= eps``: one more
    term no longer changes the value. A ``C`` or ``1/D`` that is exactly 0 is replaced by
    a tiny number (``_TINY``), which the next step cancels. Elements leave the loop as soon
    as they converge, so one slow element costs only its own work.

    The work is done in blocks (``_blockwise``), each with its own early exits.

    Parameters
    ----------
    b0 : ndarray, shape (n,)
    terms : callable
        ``terms(j, *parameters) -> (a_j, b_j)``, evaluated on the elements still iterating.
    parameters : tuple of ndarray, each shape (n,), or of floats
        A float is a parameter shared by every element (then ``terms`` computes numbers,
        not arrays, for it).
    names : tuple of str
        The parameters' names, for the error message.
    max_terms : int
    method : str
        What is being computed, for the error message.
    terms_per_test : int
        Test for convergence only every this many terms: 2 for a fraction whose terms
        alternate between two formulas, tested after the odd ones as Numerical Recipes'
        ``betacf`` does (the test costs as much as a third of a step).

    Raises
    ------
    ConvergenceError
        If some element still changes after ``max_terms`` terms: a value that has not
        converged is never returned.
    """
    return _blockwise(
        lambda b0, *parameters: _lentz(b0, terms, parameters, names, max_terms, method, terms_per_test),
        b0,
        *parameters,
    )


def _blockwise(function, *arrays):
    """``function(*arrays)`` on consecutive blocks of ``_BLOCK`` elements of 1-D arrays, joined.

    Floats among ``arrays`` are passed whole; ``function`` returns an array or a tuple of
    arrays, one value per element.

    NOTE: this is for speed only. On a million points every NumPy operation streams 8 MB
    arrays through memory, and each fresh 8 MB temporary costs page faults; on blocks of
    32768 the working arrays stay in the CPU cache and the same operations run 2-3 times
    as fast.
    """
    size = max((np.size(v) for v in arrays if np.ndim(v)), default=0)
    if size <= _BLOCK:
        return function(*arrays)
    pieces = [
        function(*(v[start : start + _BLOCK] if np.ndim(v) else v for v in arrays)) for start in range(0, size, _BLOCK)
    ]
    if isinstance(pieces[0], tuple):
        return tuple(np.concatenate(parts) for parts in zip(*pieces))
    return np.concatenate(pieces)


def _lentz(b0, terms, parameters, names, max_terms, method, terms_per_test):
    """The Lentz loop of ``_continued_fraction`` on one block."""
    # NOTE: raise, not warn: a p-value is read, not inspected, and one that lost its digits
    # looks like any other; a warning in a notebook scrolls by. The budgets below grow with
    # sqrt(max(a, b)), which is how the number of terms needed grows, so this is a bug or
    # an argument far outside the tested range, not a case to shrug at.
    result = np.empty(b0.shape)
    index = np.arange(b0.size)
    f = np.where(np.abs(b0) < _TINY, _TINY, b0)
    C = f.copy()
    D = np.zeros_like(f)
    change = np.full_like(f, np.inf)
    converged = np.zeros(f.shape, dtype=bool)
    for j in range(1, max_terms + 1):
        if index.size == 0:
            return result
        a_j, b_j = terms(j, *parameters)
        # (in place: these few lines are the whole cost of a p-value on a million points)
        D *= a_j
        D += b_j
        D[np.abs(D) < _TINY] = _TINY
        np.divide(1.0, D, out=D)
        np.divide(a_j, C, out=C)
        C += b_j
        C[np.abs(C) < _TINY] = _TINY
        delta = C * D
        f *= delta
        if (j - 1) % terms_per_test:  # (tested at j = 1, 1 + terms_per_test, ...)
            continue
        change = np.abs(delta - 1.0)
        converged |= change <= _EPS
        n_converged = np.count_nonzero(converged)
        # Drop the converged elements once they are a quarter of the rest (dropping them at
        # every step costs more than it saves; meanwhile one more term moves them < eps).
        if n_converged >= max(1, index.size // 4):
            result[index[converged]] = f[converged]
            keep = ~converged
            index, f, C, D, change, converged = (v[keep] for v in (index, f, C, D, change, converged))
            parameters = tuple(p[keep] if np.ndim(p) else p for p in parameters)
    if index.size == 0:
        return result
    if converged.all():
        result[index] = f
        return result
    values = tuple(np.broadcast_to(p, index.shape) for p in parameters)
    _refuse_unconverged(method, names, values, max_terms, change)


# ---------------------------------------------------------------------------------------
# log1pmx and the error function
# ---------------------------------------------------------------------------------------


def log1pmx(t):
    """``log(1 + t) - t`` without cancellation for small ``t``.

    For ``|t| < 0.5`` the Taylor series ``-t**2/2 + t**3/3 - t**4/4 + ...`` is summed
    (both terms of the naive formula are about ``t`` while their difference is about
    ``t**2``, so subtracting them would throw away half the digits).

    Parameters
    ----------
    t : array_like, values >= -1

    Returns
    -------
    ndarray or float, same shape as ``t``.

    Examples
    --------
    >>> from gradiente.stats.special import log1pmx
    >>> round(log1pmx(1e-5) / -5e-11, 6)
    0.999993
    """
    t = np.asarray(t, dtype=float)
    direct = np.log1p(np.where(np.abs(t) < 0.5, 0.0, t)) - np.where(np.abs(t) < 0.5, 0.0, t)
    small = np.where(np.abs(t) < 0.5, t, 0.0)
    # sum_{k>=2} (-1)^(k+1) t^k / k; |t| < 0.5 so 60 terms reach 2**-60 / 60
    series = np.zeros_like(small)
    power = small * small
    for k in range(2, 60):
        term = power / k
        series = series - term if k % 2 == 0 else series + term
        power = power * small
        if np.all(np.abs(power) <= 1e-17 * np.abs(series)):
            break
    return _finish(np.where(np.abs(t) < 0.5, series, direct), t)


def _log1pmx_of_ratio(ratio, t):
    """``log(ratio) - t`` where ``t = ratio - 1`` was computed without rounding.

    Far from 1, ``log(ratio)`` is used rather than ``log1p(t)``: when ``ratio`` is below
    the machine epsilon, ``t`` rounds to -1 and ``log1p(t)`` would be ``-inf``.
    """
    near_one = np.abs(t) < 0.5
    with np.errstate(divide="ignore"):
        direct = np.log(np.where(near_one, 1.0, ratio)) - np.where(near_one, 0.0, t)
    return np.where(near_one, np.asarray(log1pmx(np.where(near_one, t, 0.0))), direct)


def erf(x):
    """Error function ``erf(x) = 2/sqrt(pi) * integral_0^x exp(-t**2) dt``.

    For ``|x| < 1.25`` the series with positive terms
    ``erf(x) = 2x/sqrt(pi) * exp(-x**2) * sum_n (2x**2)**n / (1*3*...*(2n+1))``;
    beyond that ``1 - erfc(x)`` with ``erfc`` from its continued fraction.

    Parameters
    ----------
    x : array_like

    Returns
    -------
    ndarray or float, same shape as ``x``.

    Examples
    --------
    >>> from gradiente.stats.special import erf
    >>> round(erf(1.0), 12)
    0.84270079295

    Lesson: 5.1 `probability-distributions` (the normal CDF).
    """
    x = np.asarray(x, dtype=float)
    result = _by_case(
        [x],
        [
            (lambda x: np.abs(x) < 1.25, _erf_series),
            (lambda x: np.isinf(x), np.sign),
            (lambda x: np.abs(x) >= 1.25, lambda x: np.sign(x) * (1.0 - _erfc_continued_fraction(np.abs(x)))),
        ],
    )
    return _finish(result, x)


def erfc(x):
    """Complementary error function ``erfc(x) = 1 - erf(x)``, accurate far in the right tail.

    ``erfc(10)`` is about ``2e-45``; computing it as ``1 - erf(10)`` would give 0.
    For ``x >= 1.25`` it is evaluated by the continued fraction (modified Lentz)
    ``erfc(x) = exp(-x**2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))``.

    Parameters
    ----------
    x : array_like

    Returns
    -------
    ndarray or float, same shape as ``x``.

    Examples
    --------
    >>> from gradiente.stats.special import erfc
    >>> f"{erfc(10.0):.10e}"
    '2.0884875838e-45'
    """
    x = np.asarray(x, dtype=float)
    result = _by_case(
        [x],
        [
            (lambda x: np.abs(x) < 1.25, lambda x: 1.0 - _erf_series(x)),
            (lambda x: np.isinf(x), lambda x: np.where(x > 0, 0.0, 2.0)),
            (lambda x: x >= 1.25, _erfc_continued_fraction),
            (lambda x: x <= -1.25, lambda x: 2.0 - _erfc_continued_fraction(-x)),
        ],
    )
    return _finish(result, x)


def _erf_series(x):
    # erf(x) = 2x/sqrt(pi) e^{-x^2} sum_n (2x^2)^n / (1*3*...*(2n+1)); all terms positive
    two_x2 = 2.0 * x * x
    term = np.ones_like(x)
    total = np.ones_like(x)
    for n in range(1, 60):  # |x| < 1.25: ratio 2x^2/(2n+1) < 1, 60 terms are ample
        term = term * two_x2 / (2 * n + 1)
        total = total + term
        if np.all(term <= _EPS * total):
            break
    return 2.0 / _SQRT_PI * x * np.exp(-x * x) * total


def _erfc_continued_fraction(x):
    # erfc(x) = Q(1/2, x^2): the continued fraction of the upper incomplete gamma function
    return _gammaincc_continued_fraction(np.full_like(x, 0.5), x * x) * _exp_minus_square(x) * x / _SQRT_PI


def _exp_minus_square(x):
    """``exp(-x**2)`` without the rounding error of ``x*x`` (which costs digits at x ~ 27).

    Split ``x = high + low`` with ``high`` holding few enough bits that ``high**2`` is
    exact; then ``x**2 = high**2 + low*(x + high)`` and the small part is computed alone.
    """
    finite_x = np.where(np.isfinite(x), x, 0.0)
    high = np.round(finite_x * 2.0**12) / 2.0**12
    low = finite_x - high
    result = np.exp(-high * high) * np.exp(-low * (finite_x + high))
    return np.where(np.isinf(x), 0.0, np.where(np.isnan(x), np.nan, result))


def ndtr(x):
    """Standard normal CDF ``Phi(x) = erfc(-x / sqrt(2)) / 2`` (accurate in both tails).

    Examples
    --------
    >>> from gradiente.stats.special import ndtr
    >>> round(ndtr(1.959963984540054), 12)
    0.975
    """
    x = np.asarray(x, dtype=float)
    return _finish(0.5 * np.asarray(erfc(-x / math.sqrt(2.0))), x)


# Acklam's rational approximation to the normal quantile (relative error 1.15e-9),
# polished below by Halley steps on the exact CDF.
_ACKLAM_A = (
    -3.969683028665376e01,
    2.209460984245205e02,
    -2.759285104469687e02,
    1.383577518672690e02,
    -3.066479806614716e01,
    2.506628277459239e00,
)
_ACKLAM_B = (
    -5.447609879822406e01,
    1.615858368580409e02,
    -1.556989798598866e02,
    6.680131188771972e01,
    -1.328068155288572e01,
)
_ACKLAM_C = (
    -7.784894002430293e-03,
    -3.223964580411365e-01,
    -2.400758277161838e00,
    -2.549732539343734e00,
    4.374664141464968e00,
    2.938163982698783e00,
)
_ACKLAM_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00, 3.754408661907416e00)


def _polyval(coefficients, x):
    result = np.zeros_like(x)
    for c in coefficients:
        result = result * x + c
    return result


def _acklam(p):
    """Acklam's approximation to ``ndtri(p)`` for ``p`` in (0, 1/2]: 9 digits, no polishing.

    Good enough as the starting point of another iteration (``_betaincinv_block``);
    ``ndtri`` polishes it to full precision.
    """
    central = p > 0.02425
    q = p - 0.5
    r = q * q
    x_central = _polyval(_ACKLAM_A, r) * q / (_polyval(_ACKLAM_B, r) * r + 1.0)
    t = np.sqrt(-2.0 * np.log(p))
    x_tail = _polyval(_ACKLAM_C, t) / (_polyval(_ACKLAM_D, t) * t + 1.0)
    return np.where(central, x_central, x_tail)


def ndtri(p):
    """Inverse of the standard normal CDF: the ``x`` with ``Phi(x) = p``.

    Acklam's rational approximation gives 9 digits; two Halley steps on
    ``Phi(x) - p = 0`` (with ``Phi`` from ``erfc``, exact in the tails) give the rest.
    For ``p > 0.5`` the symmetry ``ndtri(p) = -ndtri(1 - p)`` is used (``1 - p`` is exact
    there).

    Parameters
    ----------
    p : array_like, values in [0, 1]

    Returns
    -------
    ndarray or float; ``-inf`` at 0 and ``inf`` at 1.

    Examples
    --------
    >>> from gradiente.stats.special import ndtri
    >>> round(ndtri(0.975), 12)
    1.95996398454
    """
    p = np.asarray(p, dtype=float)
    _check_domain(
        np.isnan(p) | ((p >= 0) & (p <= 1)),
        f"probabilities must lie in [0, 1]; got {_first_bad(p, (p < 0) | (p > 1))}.",
    )
    upper = p > 0.5
    lower_p = np.where(upper, 1.0 - p, p)  # the smaller tail, <= 0.5
    safe = np.clip(lower_p, 1e-320, 0.5)
    central = safe > 0.02425
    q = safe - 0.5
    x = _acklam(safe)
    for _ in range(2):
        # Halley's step for Phi(x) = p: e = Phi(x) - p, u = e / phi(x)
        # near p = 1/2 compare erf(x/sqrt 2)/2 with the exact p - 1/2, so that a quantile
        # near 0 keeps its relative digits
        error = np.where(
            central, 0.5 * np.asarray(erf(x / math.sqrt(2.0))) - q, 0.5 * np.asarray(erfc(-x / math.sqrt(2.0))) - safe
        )
        with np.errstate(over="ignore", invalid="ignore"):
            u = error * math.sqrt(2.0 * math.pi) * np.exp(0.5 * x * x)
            x = x - u / (1.0 + 0.5 * x * u)
    x = np.where(lower_p == 0.0, -np.inf, x)
    x = np.where(upper, -x, x)
    x = np.where(np.isnan(p), np.nan, x)
    return _finish(x, p)


def _first_bad(values, mask):
    values = np.atleast_1d(values)
    mask = np.atleast_1d(mask)
    bad = values[mask]
    return bad[0] if bad.size else values[0]


# ---------------------------------------------------------------------------------------
# Gamma and beta functions
# ---------------------------------------------------------------------------------------

# Lanczos approximation, g = 7, n = 9 (the coefficients Numerical Recipes and Wikipedia use)
_LANCZOS_G = 7.0
_LANCZOS = (
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7,
)


def _by_case(arrays, cases):
    """Evaluate each formula only on the elements where its condition holds.

    ``cases`` is a list of ``(condition, formula)``; both take the (broadcast, flattened)
    arrays. Unlike ``np.where(c, f(x), g(x))`` no work is spent on, and no warning is
    raised by, a formula at arguments meant for another one.
    """
    arrays = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in arrays))
    shape = arrays[0].shape
    flat = [v.ravel() for v in arrays]
    result = np.full(flat[0].shape, np.nan)
    taken = np.zeros(flat[0].shape, dtype=bool)
    for condition, formula in cases:
        mask = np.asarray(condition(*flat), dtype=bool) & ~taken
        if mask.any():
            result[mask] = formula(*(v[mask] for v in flat))
            taken |= mask
    return result.reshape(shape)


def _stirling_series(a):
    inverse_square = (1.0 / a) ** 2  # (not 1/a**2, which overflows for a > 1e154)
    return (
        1.0 / 12
        - inverse_square
        * (
            1.0 / 360
            - inverse_square
            * (
                1.0 / 1260
                - inverse_square
                * (
                    1.0 / 1680
                    - inverse_square * (1.0 / 1188 - inverse_square * (691.0 / 360360 - inverse_square / 156))
                )
            )
        )
    ) / a


def _stirling_correction(a):
    """``lgamma(a) - [(a - 1/2) log a - a + log(2 pi)/2]``, the small remainder of Stirling.

    For ``a >= 10`` from the asymptotic series ``1/(12a) - 1/(360a^3) + ...``; below that
    from the Lanczos log-gamma (the terms are small there, so no digits are lost).
    """
    return _by_case(
        [a],
        [
            (lambda a: a >= 10.0, _stirling_series),
            (lambda a: a < 10.0, lambda a: _lanczos_gammaln(a) - ((a - 0.5) * np.log(a) - a + _HALF_LOG_2PI)),
        ],
    )


def _lanczos_gammaln(x):
    # lgamma(x) for x > 0; below 1/2 use lgamma(x) = lgamma(x + 1) - log(x)
    shifted = x < 0.5
    z = np.where(shifted, x + 1.0, x) - 1.0
    series = np.full_like(z, _LANCZOS[0])
    for i, c in enumerate(_LANCZOS[1:], start=1):
        series = series + c / (z + i)
    t = z + _LANCZOS_G + 0.5
    result = _HALF_LOG_2PI + (z + 0.5) * np.log(t) - t + np.log(series)
    return np.where(shifted, result - np.log(np.where(shifted, x, 1.0)), result)


def gammaln(x):
    """Natural log of the gamma function, ``log Gamma(x)``, for ``x > 0``.

    Stirling's series ``(x - 1/2) log x - x + log(2 pi)/2 + 1/(12x) - ...`` for ``x >= 10``;
    the Lanczos approximation below that.

    Parameters
    ----------
    x : array_like, values > 0

    Returns
    -------
    ndarray or float

    Examples
    --------
    >>> from gradiente.stats.special import gammaln
    >>> round(gammaln(5.0), 12)   # log(4!) = log(24)
    3.178053830348
    """
    x = np.asarray(x, dtype=float)
    _check_domain(np.isnan(x) | (x > 0), f"gammaln is defined here for x > 0; got x = {_first_bad(x, x <= 0)}.")
    safe = np.where(x > 0, x, 1.0)
    large = safe >= 10.0
    stirling = (safe - 0.5) * np.log(safe) - safe + _HALF_LOG_2PI + _stirling_correction(safe)
    result = np.where(large, stirling, _lanczos_gammaln(np.where(large, 1.0, safe)))
    result = np.where(np.isinf(x), np.inf, result)
    return _finish(np.where(np.isnan(x), np.nan, result), x)


def betaln(a, b):
    """``log B(a, b) = log Gamma(a) + log Gamma(b) - log Gamma(a + b)``, without cancellation.

    When a parameter is large the three log-gammas are huge and nearly cancel, so the
    large parts are combined analytically first (``log1p(b/a)`` instead of
    ``log(a + b) - log(a)``) and only Stirling's small corrections are subtracted.

    Examples
    --------
    >>> from gradiente.stats.special import betaln
    >>> round(betaln(2.0, 3.0), 12)   # B(2, 3) = 1/12
    -2.484906649788
    """
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    _check_domain(
        np.isnan(a) | np.isnan(b) | ((a > 0) & (b > 0)),
        f"betaln needs a > 0 and b > 0; got a = {_first_bad(a, a <= 0)}, b = {_first_bad(b, b <= 0)}.",
    )
    return _finish(_betaln(a, b), a, b)


def _betaln(a, b):
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    big, small = np.maximum(a, b), np.minimum(a, b)  # B(a, b) = B(b, a)
    if a.size > 1 and (big == big.flat[0]).all() and (small == small.flat[0]).all():
        # one distribution at many points (the usual case, even after I_x(a, b) = 1 - I_y(b, a)
        # swapped some of them): one value, computed once
        return np.full(a.shape, _betaln(big.flat[:1], small.flat[:1])[0])

    def both_large(big, small):
        # L - log(a+b)/2 + (a-1/2)log(a/(a+b)) + (b-1/2)log(b/(a+b)) + corrections
        total = big + small
        return (
            -(big - 0.5) * np.log1p(small / big)
            + (small - 0.5) * np.log(small / total)
            - 0.5 * np.log(total)
            + _HALF_LOG_2PI
            + _stirling_correction(small)
            + _stirling_correction(big)
            - _stirling_correction(total)
        )

    def one_large(big, small):
        # lgamma(big) - lgamma(big + small)
        #   = -(big - 1/2) log1p(small/big) - small log(total) + small + corr(big) - corr(total)
        total = big + small
        return (
            _lanczos_gammaln(small)
            - (big - 0.5) * np.log1p(small / big)
            - small * np.log(total)
            + small
            + _stirling_correction(big)
            - _stirling_correction(total)
        )

    def neither(big, small):
        return _lanczos_gammaln(small) + _lanczos_gammaln(big) - _lanczos_gammaln(big + small)

    return _by_case(
        [np.maximum(a, b), np.minimum(a, b)],
        [
            (lambda big, small: small >= 10, both_large),
            (lambda big, small: big >= 10, one_large),
            (lambda big, small: big < 10, neither),
        ],
    )


# ---------------------------------------------------------------------------------------
# Regularized incomplete gamma function P(a, x) and Q(a, x) = 1 - P(a, x)
# ---------------------------------------------------------------------------------------


def _log_gamma_prefix(a, x):
    """``log( x**a * exp(-x) / Gamma(a) )`` accurate for large ``a``.

    For ``a >= 10``: ``a log(x/a) + a - x = a * log1pmx((x - a)/a)`` and
    ``lgamma(a) = (a - 1/2) log a - a + log(2 pi)/2 + corr(a)``, so the result is
    ``a * log1pmx((x - a)/a) + log(a)/2 - log(2 pi)/2 - corr(a)``: no huge terms cancel.
    """
    large = a >= 10.0
    safe_a = np.where(large, a, 10.0)
    with np.errstate(divide="ignore"):
        via_stirling = (
            safe_a * _log1pmx_of_ratio(x / safe_a, (x - safe_a) / safe_a)
            + 0.5 * np.log(safe_a)
            - _HALF_LOG_2PI
            - _stirling_correction(safe_a)
        )
        small_a = np.where(large, 1.0, a)
        direct = small_a * np.log(x) - x - _lanczos_gammaln(small_a)
    return np.where(large, via_stirling, direct)


def _gammainc_series(a, x):
    # P(a, x) = x^a e^-x / Gamma(a+1) * sum_n x^n / ((a+1)(a+2)...(a+n)); every term > 0
    term = np.ones_like(x)
    total = np.ones_like(x)
    denominator = a.copy()
    max_iter = int(100 + 20 * math.sqrt(float(np.max(a, initial=1.0))))
    for _ in range(max_iter):
        denominator = denominator + 1.0
        term = term * x / denominator
        total = total + term
        if np.all(term <= _EPS * total):
            return total / a
    unconverged = ~(term <= _EPS * total)  # (NaN counts as not converged)
    _refuse_unconverged(
        "series of the lower incomplete gamma function P(a, x)",
        ("a", "x"),
        (a[unconverged], x[unconverged]),
        max_iter,
        term[unconverged] / total[unconverged],
    )


def _gammaincc_continued_fraction(a, x):
    """The continued fraction for ``Q(a, x) / prefix``, with ``prefix = x**a e**-x / Gamma(a)``.

    ``Q(a, x) = prefix / (x + 1 - a - 1(1-a)/(x + 3 - a - 2(2-a)/(x + 5 - a - ...)))``
    (Numerical Recipes, eq. 6.2.7): ``b_0 = x + 1 - a``, ``a_j = -j (j - a)``,
    ``b_j = x + 2j + 1 - a``. It converges fast for ``x > a + 1``.
    """
    a, x = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(x, dtype=float))
    shape = a.shape
    a, x = a.ravel(), x.ravel()

    def terms(j, a, x):
        return -j * (j - a), x + 2.0 * j + 1.0 - a

    max_terms = int(100 + 20 * math.sqrt(float(np.max(a, initial=1.0))))
    fraction = _continued_fraction(
        x + 1.0 - a,
        terms,
        (a, x),
        ("a", "x"),
        max_terms,
        "continued fraction of the upper incomplete gamma function Q(a, x)",
    )
    return (1.0 / fraction).reshape(shape)


def _zeta_values(k_max):
    """Riemann ``zeta(k) = sum_n n**-k`` for k = 2..k_max: the first 49 terms, plus the
    Euler-Maclaurin tail from N = 50: ``integral + f(N)/2 - f'(N)/12 + f(3)(N)/720 - ...``."""
    n = np.arange(1, 50, dtype=float)
    big_n = 50.0
    values = {}
    for k in range(2, k_max + 1):
        tail = (
            big_n ** (1 - k) / (k - 1)
            + big_n**-k / 2
            + k * big_n ** (-k - 1) / 12
            - k * (k + 1) * (k + 2) * big_n ** (-k - 3) / 720
            + k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * big_n ** (-k - 5) / 30240
        )
        values[k] = float(np.sum(n[::-1] ** -float(k)) + tail)  # small terms first
    return values


_EULER_GAMMA = 0.5772156649015329
_ZETA = _zeta_values(60)


def _gammaln_1p(a):
    """``log Gamma(1 + a)`` for ``|a| < 1/2`` to full relative precision.

    Its Taylor series ``-gamma a + sum_{k>=2} (-1)^k zeta(k) a^k / k`` (gamma is Euler's
    constant): near 0 the value is about ``-0.58 a``, which the log-gamma of ``1 + a``
    would only give to ``eps / a`` relative.
    """
    total = -_EULER_GAMMA * a
    power = -a  # (-a)^k = (-1)^k a^k
    for k in range(2, 61):
        power = power * -a
        total = total + _ZETA[k] * power / k
    return total


def _gammaincc_small_a(a, x):
    """``Q(a, x)`` for ``a < 1/2``, ``x < 1.1``, where ``1 - P`` would cancel.

    ``Gamma(a) Q = Gamma(a) - gamma(a, x)`` with ``gamma(a, x) = sum_n (-1)^n x^(a+n) / (n! (a+n))``.
    The first term pairs with ``Gamma(a)``: ``Gamma(a) - x^a/a = (Gamma(1+a) - 1 - (x^a - 1)) / a``,
    both differences computed with ``expm1``; the rest is a short alternating series.
    """
    gamma_1p_minus_1 = np.expm1(_gammaln_1p(a))
    x_a_minus_1 = np.expm1(a * np.log(x))
    head = (gamma_1p_minus_1 - x_a_minus_1) / (gamma_1p_minus_1 + 1.0)  # / Gamma(1 + a)
    # sum_{n>=1} (-1)^(n+1) x^n / (n! (a + n)), times x^a / Gamma(a) = a x^a / Gamma(1 + a)
    term = np.ones_like(x)
    total = np.zeros_like(x)
    for n in range(1, 40):
        term = term * x / n
        total = total + (term if n % 2 else -term) / (a + n)
    return head + a * (x_a_minus_1 + 1.0) / (gamma_1p_minus_1 + 1.0) * total


def _gammainc_pair(a, x):
    """Return ``(P(a, x), Q(a, x))``, each computed directly where it is the smaller one."""
    a, x = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(x, dtype=float))
    shape = a.shape
    a, x = a.ravel(), x.ravel()
    P = np.where(x > 0, np.nan, 0.0)  # P(a, 0) = 0
    P = np.where(np.isposinf(x), 1.0, P)
    Q = 1.0 - P
    nan = np.isnan(a) | np.isnan(x)
    todo = (x > 0) & np.isfinite(x) & ~nan
    # Each element goes to the method that converges fast for it (Numerical Recipes 6.2):
    # the series below a + 1, the continued fraction above. Working on the subsets keeps a
    # slow element of one method from holding up the other.
    # Small a is the exception: there P is close to 1 for moderate x, so Q = 1 - P would
    # lose digits; Q gets its own series (Boost's "small upper part") instead.
    small_a = todo & (a < 0.5) & (x < 1.1)
    if small_a.any():
        a_q, x_q = a[small_a], x[small_a]
        Q[small_a] = _gammaincc_small_a(a_q, x_q)
        P_direct = np.exp(_log_gamma_prefix(a_q, x_q)) * _gammainc_series(a_q, x_q)
        P[small_a] = np.where(P_direct < 0.5, P_direct, 1.0 - Q[small_a])
    series = todo & (x < a + 1.0) & ~small_a
    if series.any():
        a_s, x_s = a[series], x[series]
        P[series] = np.exp(_log_gamma_prefix(a_s, x_s)) * _gammainc_series(a_s, x_s)
        Q[series] = 1.0 - P[series]
    fraction = todo & ~(x < a + 1.0) & ~small_a
    if fraction.any():
        a_f, x_f = a[fraction], x[fraction]
        Q[fraction] = np.exp(_log_gamma_prefix(a_f, x_f)) * _gammaincc_continued_fraction(a_f, x_f)
        P[fraction] = 1.0 - Q[fraction]
    P, Q = np.where(nan, np.nan, P), np.where(nan, np.nan, Q)
    return P.reshape(shape), Q.reshape(shape)


def _check_gamma_args(a, x):
    a = np.asarray(a, dtype=float)
    x = np.asarray(x, dtype=float)
    _check_domain(np.isnan(a) | (a > 0), f"the shape a must be > 0; got a = {_first_bad(a, a <= 0)}.")
    _check_domain(np.isnan(x) | (x >= 0), f"x must be >= 0; got x = {_first_bad(x, x < 0)}.")
    return a, x


def gammainc(a, x):
    """Regularized lower incomplete gamma ``P(a, x) = gamma(a, x) / Gamma(a)``.

    ``P(a, x) = 1/Gamma(a) * integral_0^x t**(a-1) exp(-t) dt``: the CDF of a
    Gamma(a) variable, and of chi-squared with ``2a`` degrees of freedom at ``2x``.
    Series for ``x < a + 1``; continued fraction for ``Q`` (and ``P = 1 - Q``) beyond.

    Parameters
    ----------
    a : array_like, > 0
    x : array_like, >= 0 (broadcast against ``a``)

    Examples
    --------
    >>> from gradiente.stats.special import gammainc
    >>> round(gammainc(1.0, 2.0), 12)   # 1 - exp(-2)
    0.864664716763
    """
    a, x = _check_gamma_args(a, x)
    return _finish(_gammainc_pair(a, x)[0], a, x)


def gammaincc(a, x):
    """Regularized upper incomplete gamma ``Q(a, x) = 1 - P(a, x)``, accurate when tiny.

    Examples
    --------
    >>> from gradiente.stats.special import gammaincc
    >>> f"{gammaincc(3.0, 200.0):.8e}"
    '2.79560937e-83'
    """
    a, x = _check_gamma_args(a, x)
    return _finish(_gammainc_pair(a, x)[1], a, x)


# ---------------------------------------------------------------------------------------
# Regularized incomplete beta function I_x(a, b)
# ---------------------------------------------------------------------------------------


def _log_beta_prefix(a, b, x, y):
    """``log( x**a * y**b / B(a, b) )`` with ``y = 1 - x`` given separately (and accurately).

    For large ``a`` and ``b`` the huge terms ``a log x``, ``b log y`` and ``log B(a, b)``
    nearly cancel; writing ``x = x0 (1 + u)`` with ``x0 = a/(a+b)`` turns them into
    ``a*log1pmx(u) + b*log1pmx(-u a/b)``, which is small and exact.

    ``a`` and ``b`` are arrays like ``x``, or floats shared by every point (one
    distribution at many points): then the formula is chosen, and ``B(a, b)`` computed, once.
    """

    def stirling(a, b, x, y):
        total = a + b
        u = (b * x - a * y) / a  # x/x0 - 1
        v = (a * y - b * x) / b  # y/y0 - 1
        return (
            a * _log1pmx_of_ratio(x * total / a, u)
            + b * _log1pmx_of_ratio(y * total / b, v)
            + 0.5 * np.log(a * b / total)
            - _HALF_LOG_2PI
            - _stirling_correction(a)
            - _stirling_correction(b)
            + _stirling_correction(total)
        )

    def direct(a, b, x, y):
        return a * _log_given_complement(x, y) + b * _log_given_complement(y, x) - _betaln(a, b)

    with np.errstate(divide="ignore", invalid="ignore"):
        if np.ndim(a) == 0 and np.ndim(b) == 0:
            shape = np.shape(x)
            x, y = np.atleast_1d(x), np.atleast_1d(y)
            result = (stirling if a >= 10 and b >= 10 else direct)(a, b, x, y)
            result[(x == 0) | (y == 0)] = -np.inf  # a prefix of 0, not 0 * log(0)
            return result.reshape(shape)
        # x = 0 (or y = 0) with a, b > 0 gives a prefix of 0: log = -inf, not 0 * log(0)
        return _by_case(
            [a, b, x, y],
            [
                (lambda a, b, x, y: (x == 0) | (y == 0), lambda a, b, x, y: np.full(a.shape, -np.inf)),
                (lambda a, b, x, y: (a >= 10) & (b >= 10), stirling),
                (lambda a, b, x, y: (a < 10) | (b < 10), direct),
            ],
        )


def _log_given_complement(x, y):
    """``log x`` for an array ``x`` whose complement ``y = 1 - x`` is known more accurately.

    Near 1, ``log x ~ -y`` is tiny, and the log of a rounded ``x`` would carry an error of
    ``eps / y`` relative (which a shape parameter then multiplies); ``log1p(-y)`` does not.
    """
    log_x = np.log(x)
    near_one = x > 0.5
    log_x[near_one] = np.log1p(-y[near_one])
    return log_x


def _betainc_continued_fraction(a, b, x):
    """The continued fraction for ``I_x(a, b) * a / prefix``, with ``prefix = x**a y**b / B(a, b)``.

    Numerical Recipes eq. 6.4.5: ``1/(1 + d_1/(1 + d_2/(1 + ...)))`` with
    ``d_{2m+1} = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1))`` and ``d_{2m} = m(b-m) x / ((a+2m-1)(a+2m))``.
    Converges fast for ``x < (a+1)/(a+b+2)``.

    It is evaluated through its *even part*, the fraction whose k-th convergent is the
    (2k)-th of this one (Numerical Recipes tests ``betacf`` only every second term too):

        ``1 + d_1/(1 + d_2 - d_2 d_3/(1 + d_3 + d_4 - d_4 d_5/(1 + d_5 + d_6 - ...)))``,

    so ``a_1 = d_1``, ``b_1 = 1 + d_2`` and, for ``k >= 2``, ``a_k = -d_{2k-2} d_{2k-1}``,
    ``b_k = 1 + d_{2k-1} + d_{2k}``: one Lentz step (two divisions) per two terms.

    ``a`` and ``b`` are arrays like ``x``, or floats shared by every point: then each
    coefficient below is a number, and a term costs four array operations instead of twenty.
    """
    x = np.asarray(x, dtype=float)
    shape = x.shape
    x = x.ravel()
    if np.ndim(a) or np.ndim(b):
        a, b = (np.broadcast_to(np.asarray(v, dtype=float), shape).ravel() for v in (a, b))

    def odd(m, a, b):  # d_{2m+1} / x
        return -(a + m) * (a + b + m) / ((a + 2 * m) * (a + 2 * m + 1.0))

    def even(m, a, b):  # d_{2m} / x
        return m * (b - m) / ((a + 2 * m - 1.0) * (a + 2 * m))

    def terms(k, a, b, x):
        if k == 1:
            return odd(0, a, b) * x, 1.0 + even(1, a, b) * x  # d_1, 1 + d_2
        a_k = -even(k - 1, a, b) * odd(k - 1, a, b) * x * x  # -d_{2k-2} d_{2k-1}
        return a_k, 1.0 + (odd(k - 1, a, b) + even(k, a, b)) * x  # 1 + d_{2k-1} + d_{2k}

    max_terms = int(200 + 20 * math.sqrt(float(np.max(np.maximum(a, b), initial=1.0))))
    fraction = _continued_fraction(
        np.ones_like(x),
        terms,
        (a, b, x),
        ("a", "b", "x"),
        max_terms,
        "continued fraction of the incomplete beta function I_x(a, b)",
    )
    return (1.0 / fraction).reshape(shape)


def _betainc_pair(a, b, x, y):
    """Return ``(I_x(a, b), 1 - I_x(a, b))`` given ``x`` and ``y = 1 - x`` separately."""
    lower, upper, _ = _betainc_with_prefix(a, b, x, y)
    return lower, upper


def _betainc_with_prefix(a, b, x, y):
    """``I_x(a, b)``, ``1 - I_x(a, b)`` and the ``log(x**a y**b / B(a, b))`` they were computed from.

    ``a`` and ``b`` broadcast against ``x`` (floats are fine); the inverse's Newton steps
    use the prefix for the slope (it is the density times ``x y``).
    """
    shape = np.broadcast_shapes(np.shape(a), np.shape(b), np.shape(x), np.shape(y))
    x, y = (np.broadcast_to(np.asarray(v, dtype=float), shape).ravel() for v in (x, y))
    if np.ndim(a) == 0 and np.ndim(b) == 0:
        shared = float(a), float(b), None
    else:
        a, b = (np.broadcast_to(np.asarray(v, dtype=float), shape).ravel() for v in (a, b))
        shared = _shared_shapes(a, b)
    if shared is None:
        lower, upper, log_prefix = _blockwise(_betainc_block, a, b, x, y)
    else:
        # One distribution at many points, the usual case: its shapes go down as floats, so
        # that each coefficient of the fraction is one number, not an array. A point with the
        # mirrored shapes (b0, a0) is turned round: I_x(b0, a0) = 1 - I_y(a0, b0).
        a0, b0, mirrored = shared
        if mirrored is not None:
            x, y = np.where(mirrored, y, x), np.where(mirrored, x, y)
        lower, upper, log_prefix = _blockwise(_betainc_block, a0, b0, x, y)
        if mirrored is not None:
            lower, upper = np.where(mirrored, upper, lower), np.where(mirrored, lower, upper)
    return lower.reshape(shape), upper.reshape(shape), log_prefix.reshape(shape)


def _shared_shapes(a, b):
    """``(a0, b0, mirrored)`` if every point has the shapes ``(a0, b0)`` or ``(b0, a0)``, else None.

    ``mirrored`` marks the points with ``(b0, a0)`` (None if there are none). The inverse
    needs this: it matches the smaller tail, so it asks for ``I(a, b)`` at some points and
    ``I(b, a)`` at others.
    """
    if a.size == 0:
        return None
    a0, b0 = float(a[0]), float(b[0])
    same = (a == a0) & (b == b0)
    if same.all():
        return a0, b0, None
    if ((a == b0) & (b == a0) | same).all():
        return a0, b0, ~same
    return None


def _betainc_block(a, b, x, y):
    """``_betainc_with_prefix`` on 1-D arrays ``x``, ``y``; ``a``, ``b`` like them, or floats.

    The fraction converges quickly only for ``x < (a+1)/(a+b+2)``; beyond that the
    symmetry ``I_x(a, b) = 1 - I_y(b, a)`` swaps the roles, so the smaller tail is always
    the one computed directly. (The prefix is unchanged by the swap.)
    """
    lower, upper = np.zeros_like(x), np.ones_like(x)  # (their values at x = 0)
    log_prefix = np.full_like(x, -np.inf)
    nan = np.isnan(a) | np.isnan(b) | np.isnan(x) | np.isnan(y)
    swap = x > (a + 1.0) / (a + b + 2.0)
    for points, swapped in ((~swap & (x > 0) & ~nan, False), (swap & ~nan, True)):
        if not points.any():
            continue
        a_p, b_p, x_p, y_p = (v[points] if np.ndim(v) else v for v in (a, b, x, y))
        if swapped:
            a_p, b_p, x_p, y_p = b_p, a_p, y_p, x_p
        log_prefix_p = _log_beta_prefix(a_p, b_p, x_p, y_p)
        tail = np.exp(log_prefix_p) * _betainc_continued_fraction(a_p, b_p, x_p) / a_p
        log_prefix[points] = log_prefix_p
        lower[points], upper[points] = (1.0 - tail, tail) if swapped else (tail, 1.0 - tail)
    if np.any(nan):
        lower[nan] = upper[nan] = log_prefix[nan] = np.nan
    return lower, upper, log_prefix


def _check_beta_args(a, b, x):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    _check_domain(np.isnan(a) | (a > 0), f"a must be > 0; got a = {_first_bad(a, a <= 0)}.")
    _check_domain(np.isnan(b) | (b > 0), f"b must be > 0; got b = {_first_bad(b, b <= 0)}.")
    _check_domain(
        np.isnan(x) | ((x >= 0) & (x <= 1)), f"x must lie in [0, 1]; got x = {_first_bad(x, (x < 0) | (x > 1))}."
    )
    return a, b, x


def betainc(a, b, x):
    """Regularized incomplete beta ``I_x(a, b) = 1/B(a, b) * integral_0^x t**(a-1) (1-t)**(b-1) dt``.

    The CDF of a Beta(a, b) variable; Student's t and the binomial CDF are written with it.

    Parameters
    ----------
    a, b : array_like, > 0
    x : array_like, in [0, 1]

    Examples
    --------
    >>> from gradiente.stats.special import betainc
    >>> round(betainc(2.0, 3.0, 0.4), 12)
    0.5248
    """
    a, b, x = _check_beta_args(a, b, x)
    return _finish(_betainc_pair(a, b, x, 1.0 - x)[0], a, b, x)


def betaincc(a, b, x):
    """Complement ``1 - I_x(a, b)``, computed directly so that small values keep their digits.

    Examples
    --------
    >>> from gradiente.stats.special import betaincc
    >>> round(betaincc(2.0, 3.0, 0.4), 12)
    0.4752
    """
    a, b, x = _check_beta_args(a, b, x)
    return _finish(_betainc_pair(a, b, x, 1.0 - x)[1], a, b, x)


# ---------------------------------------------------------------------------------------
# Inverses: safeguarded Newton in log(x), so that tiny answers keep their digits
# ---------------------------------------------------------------------------------------


def _safeguarded_newton(function_and_slope, s, lower, upper, max_iter=200):
    """Solve ``g(s) = 0`` for an increasing ``g`` by Newton's method kept inside a bracket.

    ``[lower, upper]`` always contains the root. A Newton step is taken only when it lands
    inside the bracket and shrinks faster than bisection would (the test of Numerical
    Recipes' ``rtsafe``); otherwise the bracket is halved. So the iteration is as safe as
    bisection and, near the root, as fast as Newton.

    ``function_and_slope(s, index)`` returns ``g`` and ``g'`` at ``s`` for the entries
    ``index`` of the flattened problem: an entry that has converged is not evaluated again,
    so a million roots cost what their slowest few cost only for those few. It may return
    ``g''`` as a third value, and the steps are then Halley's.
    """
    shape = np.shape(s)
    lower = np.array(np.broadcast_to(lower, shape), dtype=float).ravel()
    upper = np.array(np.broadcast_to(upper, shape), dtype=float).ravel()
    s = np.clip(np.asarray(s, dtype=float).ravel(), lower, upper)
    previous_step = upper - lower  # "dxold" in rtsafe
    step = previous_step.copy()
    active = np.arange(s.size)
    for _ in range(max_iter):
        if active.size == 0:
            break
        x, low, high = s[active], lower[active], upper[active]
        value, slope, *curvature = function_and_slope(x, active)
        above = value > 0
        high = np.where(above, x, high)
        low = np.where(~above & (value != 0), x, low)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            newton_step = value / slope
            if curvature:
                # Halley's correction when g'' is known: s - (g/g') / (1 - g g'' / (2 g'^2)),
                # cubic instead of quadratic convergence; the factor is kept within [1/2, 2]
                factor = 1.0 - 0.5 * newton_step * curvature[0] / slope
                newton_step = np.where(np.isfinite(factor), newton_step / np.clip(factor, 0.5, 2.0), newton_step)
            candidate = x - newton_step
            use_newton = (
                np.isfinite(candidate)
                & (candidate > low)
                & (candidate < high)
                & (np.abs(2.0 * newton_step) <= np.abs(previous_step[active]))
            )
        previous_step[active] = step[active]
        step[active] = np.where(use_newton, newton_step, x - 0.5 * (low + high))
        tolerance = 4 * _EPS * np.maximum(1.0, np.abs(x))
        # NB: a Newton correction below the tolerance means the root is found, even when it
        # fails rtsafe's "shrinks fast enough" test (at rounding noise it often does; a
        # bisection then would jump back across a bracket that may still be wide)
        tiny_step = np.isfinite(newton_step) & (np.abs(newton_step) <= tolerance)
        candidate = np.where(use_newton | tiny_step, candidate, 0.5 * (low + high))
        candidate = np.where(value == 0, x, candidate)
        converged = (np.abs(candidate - x) <= tolerance) | (high - low <= tolerance) | (value == 0) | tiny_step
        s[active], lower[active], upper[active] = candidate, low, high
        active = active[~converged]
    return s.reshape(shape)


def _gammaincinv_pair(a, p, q):
    """Solve ``P(a, x) = p`` (equivalently ``Q(a, x) = q``) working on the smaller tail."""
    a, p, q = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (a, p, q)))
    use_lower = p <= q
    target = np.log(np.clip(np.where(use_lower, p, q), 1e-320, 1.0))

    # Starting point: Wilson-Hilferty (x/a)^(1/3) approximately normal, or, for tiny p,
    # P(a, x) ~ x^a / Gamma(a + 1).
    z = np.asarray(ndtri(np.clip(p, 1e-300, 1 - 1e-16)))
    cube = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * np.sqrt(a))
    with np.errstate(invalid="ignore", divide="ignore"):
        wilson = np.log(a) + 3.0 * np.log(np.where(cube > 0, cube, np.nan))
    small_p = (target + _lanczos_gammaln(a + 1.0)) / a
    guess = np.where(np.isfinite(wilson) & (a > 1.0), wilson, np.where(use_lower, small_p, np.log(a + 1.0 - target)))
    guess = np.where(np.isfinite(guess), guess, 0.0)

    flat_a, flat_lower, flat_target = a.ravel(), use_lower.ravel(), target.ravel()

    def function_and_slope(s, index):
        a, use_lower, target = flat_a[index], flat_lower[index], flat_target[index]
        x = np.exp(s)
        P, Q = _gammainc_pair(a, x)
        tail = np.where(use_lower, P, Q)
        with np.errstate(divide="ignore", invalid="ignore"):
            # d/ds log P(a, e^s) = x * x^(a-1) e^-x / Gamma(a) / P = prefix / P, and
            # d/ds log Q = -prefix / Q: solve -log Q = -log q so both equations increase
            slope = np.exp(_log_gamma_prefix(a, x)) / tail
            value = np.log(tail) - target
        return np.where(use_lower, value, -value), slope

    s = _safeguarded_newton(function_and_slope, guess, np.full_like(a, _LOG_SMALLEST), np.full_like(a, _LOG_LARGEST))
    x = np.exp(s)
    x = np.where(p == 0, 0.0, np.where(q == 0, np.inf, x))
    return np.where(np.isnan(a) | np.isnan(p) | np.isnan(q), np.nan, x)


def _check_probability(p, name="p"):
    p = np.asarray(p, dtype=float)
    _check_domain(
        np.isnan(p) | ((p >= 0) & (p <= 1)),
        f"{name} must be a probability in [0, 1]; got {name} = {_first_bad(p, (p < 0) | (p > 1))}.",
    )
    return p


def gammaincinv(a, p):
    """Inverse of ``P(a, x)`` in ``x``: the ``x`` with ``gammainc(a, x) = p``.

    Examples
    --------
    >>> from gradiente.stats.special import gammainc, gammaincinv
    >>> x = gammaincinv(2.5, 0.3)
    >>> round(gammainc(2.5, x), 12)
    0.3
    """
    a = np.asarray(a, dtype=float)
    _check_domain(np.isnan(a) | (a > 0), f"a must be > 0; got a = {_first_bad(a, a <= 0)}.")
    p = _check_probability(p)
    return _finish(_gammaincinv_pair(a, p, 1.0 - p), a, p)


def gammainccinv(a, q):
    """Inverse of ``Q(a, x)`` in ``x``: the ``x`` with ``gammaincc(a, x) = q`` (tiny q is fine).

    Examples
    --------
    >>> from gradiente.stats.special import gammaincc, gammainccinv
    >>> x = gammainccinv(2.5, 1e-100)
    >>> round(gammaincc(2.5, x) / 1e-100, 10)
    1.0
    """
    a = np.asarray(a, dtype=float)
    _check_domain(np.isnan(a) | (a > 0), f"a must be > 0; got a = {_first_bad(a, a <= 0)}.")
    q = _check_probability(q, "q")
    return _finish(_gammaincinv_pair(a, 1.0 - q, q), a, q)


def _betaincinv_pair(a, b, p, q):
    """Solve ``I_x(a, b) = p`` (with ``q = 1 - p``); return ``(x, 1 - x, log(x / (1 - x)))``.

    When ``p <= q`` solve for ``x`` directly; otherwise solve ``I_y(b, a) = q`` for
    ``y = 1 - x`` (the symmetry of the beta function), so the smaller tail is always
    the one matched and both ``x`` and ``1 - x`` come out with full relative precision.
    """
    a, b, p, q = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (a, b, p, q)))
    shape = a.shape
    x, y, logit = _blockwise(_betaincinv_block, a.ravel(), b.ravel(), p.ravel(), q.ravel())
    return x.reshape(shape), y.reshape(shape), logit.reshape(shape)


def _betaincinv_block(a, b, p, q):
    """``_betaincinv_pair`` on 1-D arrays."""
    use_lower = p <= q
    a1 = np.where(use_lower, a, b)
    b1 = np.where(use_lower, b, a)
    target_p = np.where(use_lower, p, q)
    target = np.log(np.clip(target_p, 1e-320, 1.0))

    # Start from I_x(a, b) ~ x^a / (a B(a, b)) for small x, or, when both parameters exceed
    # 1, from Abramowitz & Stegun 26.5.22 (as Numerical Recipes' invbetai does): with z the
    # upper normal quantile of the tail probability, x = a / (a + b e^(2w)) for the w below
    # (2 to 3 digits in the logit at a, b ~ 2, 4 to 5 at a, b ~ 30).
    log_small = (target + np.log(a1) + _betaln(a1, b1)) / a1
    z = -_acklam(np.clip(target_p, 1e-300, 0.5))  # >= 0: the tail matched is at most 1/2
    al = (z * z - 3.0) / 6.0
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        h = 2.0 / (1.0 / (2.0 * a1 - 1.0) + 1.0 / (2.0 * b1 - 1.0))
        w = z * np.sqrt(al + h) / h - (1.0 / (2.0 * b1 - 1.0) - 1.0 / (2.0 * a1 - 1.0)) * (
            al + 5.0 / 6.0 - 2.0 / (3.0 * h)
        )
        log_normal = np.log(a1) - np.logaddexp(np.log(a1), np.log(b1) + 2.0 * w)
        # Otherwise (NR 6.4) split the mass between the two ends, where
        # I ~ x^a / (a B w') near 0 and 1 - I ~ (1 - x)^b / (b B w') near 1.
        left = a1 * np.log(a1 / (a1 + b1)) - np.log(a1)
        right = b1 * np.log(b1 / (a1 + b1)) - np.log(b1)
        log_w = np.logaddexp(left, right)
        near_zero = target < left - log_w
        log_left_root = (np.log(a1) + log_w + target) / a1
        # near 1 (where 1 - p = q >= 1/2): 1 - x = (b w q)^(1/b), so x = 1 - that
        log_right_root = (np.log(b1) + log_w + np.log1p(-np.minimum(target_p, 0.5))) / b1
        logit_ends = np.where(
            near_zero,
            log_left_root - np.log(-np.expm1(log_left_root)),
            np.log(-np.expm1(log_right_root)) - log_right_root,
        )
    log_x = np.where(np.isfinite(log_normal), log_normal, -1.0)
    log_x = np.minimum(log_x, -1e-12)
    # Solve in the logit s = log(x / (1 - x)): both x = 1/(1 + e^-s) and 1 - x = 1/(1 + e^s)
    # keep full relative precision, whether the root is near 0 or near 1.
    guess = np.where((a1 > 1) & (b1 > 1) & np.isfinite(log_normal), log_x - np.log(-np.expm1(log_x)), logit_ends)
    guess = np.where(np.isfinite(guess), guess, log_small)
    target_all = target

    def function_and_slope(s, index):
        a, b, target = a1[index], b1[index], target_all[index]
        x, y = sigmoid(s), sigmoid(-s)
        lower, _, log_prefix = _betainc_with_prefix(a, b, x, y)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            # dx/ds = x y, so d/ds log I = x^a y^b / B(a, b) / I = prefix / I, and since
            # d/ds log prefix = a y - b x, the second derivative is slope (a y - b x - slope)
            slope = np.exp(log_prefix) / lower
            value = np.log(lower) - target
            curvature = slope * (a * y - b * x - slope)
        return value, slope, curvature

    s = _safeguarded_newton(
        function_and_slope, guess, np.full_like(a1, _LOG_SMALLEST), np.full_like(a1, -_LOG_SMALLEST)
    )
    # Below x ~ 1e-300 the root is exactly x^a / (a B(a, b)) = p (the next term of the series
    # is x times smaller), so the logit is known in closed form even where x underflows.
    s = np.where(log_small < -700.0, log_small, s)
    root, root_complement = sigmoid(s), sigmoid(-s)
    root = np.where(target_p == 0, 0.0, root)
    root_complement = np.where(target_p == 0, 1.0, root_complement)
    x = np.where(use_lower, root, root_complement)
    y = np.where(use_lower, root_complement, root)
    logit = np.where(use_lower, s, -s)  # log(x / y)
    logit = np.where(target_p == 0, np.where(use_lower, -np.inf, np.inf), logit)
    nan = np.isnan(a) | np.isnan(b) | np.isnan(p) | np.isnan(q)
    return np.where(nan, np.nan, x), np.where(nan, np.nan, y), np.where(nan, np.nan, logit)


def betaincinv(a, b, p):
    """Inverse of ``I_x(a, b)`` in ``x``: the ``x`` with ``betainc(a, b, x) = p``.

    Examples
    --------
    >>> from gradiente.stats.special import betainc, betaincinv
    >>> x = betaincinv(2.0, 3.0, 0.5248)
    >>> round(x, 12)
    0.4
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    _check_domain(np.isnan(a) | (a > 0), f"a must be > 0; got a = {_first_bad(a, a <= 0)}.")
    _check_domain(np.isnan(b) | (b > 0), f"b must be > 0; got b = {_first_bad(b, b <= 0)}.")
    p = _check_probability(p)
    return _finish(_betaincinv_pair(a, b, p, 1.0 - p)[0], a, b, p)
