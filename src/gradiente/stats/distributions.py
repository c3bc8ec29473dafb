"""Probability distributions written from their formulas: density, CDF, quantile, moments,
sampling, likelihood and maximum-likelihood fit.

Every method takes arrays and broadcasts like NumPy. Densities outside the support are 0
(as in SciPy); NaN in the input is refused, because a silent NaN in a likelihood or a
p-value hides the real problem.

Lessons: 5.1 `probability-distributions` and 5.4 `maximum-likelihood`.
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import (
    as_generator,
    as_numeric_array,
    as_sample,
    check_parameter,
    check_probabilities,
)

from . import special
from .maximum_likelihood import mle

__all__ = [
    "Normal",
    "Bernoulli",
    "Binomial",
    "Poisson",
    "Exponential",
    "Uniform",
    "StudentT",
    "ChiSquared",
    "Beta",
    "Laplace",
    "F",
]

_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


def _finish(result, x):
    """A float for scalar input, an array otherwise (like NumPy ufuncs)."""
    return float(result) if np.ndim(x) == 0 else np.asarray(result)


def _check_size(n):
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
        raise ValueError(f"n (the number of draws) must be a non-negative integer; got {n!r}.")
    return int(n)


class _Distribution:
    """What every distribution shares: likelihood, sampling checks and a readable repr."""

    _parameters: tuple[str, ...] = ()
    discrete = False

    def __repr__(self):
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._parameters)
        return f"{type(self).__name__}({values})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, name) == getattr(other, name) for name in self._parameters
        )

    def _log_density(self, x):
        return self.logpmf(x) if self.discrete else self.logpdf(x)

    def log_likelihood(self, data):
        """``sum_i log p(x_i | theta)``: how plausible the parameters make the data.

        Parameters
        ----------
        data : array_like, shape (n_samples,)

        Returns
        -------
        float (``-inf`` when some observation is impossible under the model).
        """
        data = as_sample(data, "data", purpose="a log-likelihood")
        return float(np.sum(self._log_density(data)))

    def std(self):
        """Standard deviation ``sqrt(var)``."""
        return math.sqrt(self.var())

    def sf(self, x):
        """Survival function ``1 - cdf(x)`` (computed directly where that keeps digits)."""
        return _finish(1.0 - np.asarray(self.cdf(x)), x)


def _discrete_ppf(dist, q, lower, upper, mean, sd):
    """Smallest integer ``k`` with ``cdf(k) >= q`` (SciPy's convention, ``-1`` at ``q = 0``).

    Start from the normal approximation and walk up or down; the CDF does the deciding.
    Only the quantiles still moving are re-evaluated at each step.
    """
    q = check_probabilities(q)
    flat_q = np.atleast_1d(q).ravel()
    z = np.asarray(special.ndtri(np.clip(flat_q, 1e-300, 1 - 1e-16)))
    k = np.clip(np.floor(mean + sd * z), lower, upper)
    k = np.where(np.isfinite(k), k, lower)
    moving = (flat_q > 0) & (flat_q < 1)
    while moving.any():  # walk up while cdf(k) < q
        index = np.flatnonzero(moving)
        too_low = (np.asarray(dist.cdf(k[index])) < flat_q[index]) & (k[index] < upper)
        k[index[too_low]] += 1
        moving[index[~too_low]] = False
    moving = (flat_q > 0) & (flat_q < 1) & (k > lower)
    while moving.any():  # walk down while cdf(k - 1) >= q
        index = np.flatnonzero(moving)
        can_go_down = np.asarray(dist.cdf(k[index] - 1)) >= flat_q[index]
        k[index[can_go_down]] -= 1
        moving[index[~can_go_down]] = False
        moving &= k > lower
    k = np.where(flat_q == 0, lower - 1, k)
    k = np.where(flat_q == 1, upper, k).reshape(np.shape(q))
    return _finish(k, q)


class Normal(_Distribution):
    """Normal (Gaussian) distribution ``N(mu, sigma**2)``.

    ``pdf(x) = exp(-z**2 / 2) / (sigma sqrt(2 pi))`` with ``z = (x - mu) / sigma``.

    Parameters
    ----------
    mu : float
        Mean.
    sigma : float > 0
        Standard deviation.

    Examples
    --------
    >>> from gradiente.stats import Normal
    >>> round(Normal(0, 1).cdf(1.96), 4)
    0.975
    """

    _parameters = ("mu", "sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        self.mu = check_parameter(mu, "mu")
        self.sigma = check_parameter(
            sigma, "sigma", low=0, low_open=True, hint=" The spread of a normal is a positive number."
        )

    def _z(self, x):
        return (as_numeric_array(x, "x") - self.mu) / self.sigma

    def logpdf(self, x):
        z = self._z(x)
        return _finish(-0.5 * z * z - math.log(self.sigma) - _HALF_LOG_2PI, x)

    def pdf(self, x):
        return _finish(np.exp(self.logpdf(x)), x)

    def cdf(self, x):
        # Phi(z) = erfc(-z / sqrt 2) / 2: erfc keeps the left tail's digits
        return _finish(0.5 * np.asarray(special.erfc(-self._z(x) / math.sqrt(2.0))), x)

    def sf(self, x):
        return _finish(0.5 * np.asarray(special.erfc(self._z(x) / math.sqrt(2.0))), x)

    def ppf(self, q):
        q = check_probabilities(q)
        return _finish(self.mu + self.sigma * np.asarray(special.ndtri(q)), q)

    def mean(self):
        return self.mu

    def var(self):
        return self.sigma**2

    def sample(self, n, rng=None):
        return as_generator(rng).normal(self.mu, self.sigma, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: ``mu_hat = mean(x)``, ``sigma_hat = sqrt(mean((x - mu_hat)**2))``.

        Note the divisor ``n`` (not ``n - 1``): the MLE of the variance is biased.
        """
        data = as_sample(data, "data", min_size=2, purpose="fitting a normal")
        mu_hat = float(np.mean(data))
        sigma_hat = float(np.sqrt(np.mean((data - mu_hat) ** 2)))
        if sigma_hat == 0:
            raise ValueError(
                "all observations are equal, so the MLE of sigma is 0, which is "
                "not a valid normal; collect data that varies."
            )
        return cls(mu_hat, sigma_hat)


class Bernoulli(_Distribution):
    """Bernoulli distribution: 1 with probability ``p``, 0 with probability ``1 - p``.

    Examples
    --------
    >>> from gradiente.stats import Bernoulli
    >>> Bernoulli(0.3).pmf([0, 1])
    array([0.7, 0.3])
    """

    _parameters = ("p",)
    discrete = True

    def __init__(self, p):
        self.p = check_parameter(p, "p", low=0, high=1, hint=" p is a probability; write 0.3 for 30%.")

    def logpmf(self, k):
        k = as_numeric_array(k, "k")
        with np.errstate(divide="ignore"):
            log_p = np.where(
                k == 1, math.log(self.p) if self.p > 0 else -np.inf, math.log1p(-self.p) if self.p < 1 else -np.inf
            )
        return _finish(np.where((k == 0) | (k == 1), log_p, -np.inf), k)

    def pmf(self, k):
        return _finish(np.exp(self.logpmf(k)), k)

    def cdf(self, k):
        k = as_numeric_array(k, "k")
        return _finish(np.where(k < 0, 0.0, np.where(k < 1, 1.0 - self.p, 1.0)), k)

    def ppf(self, q):
        q = check_probabilities(q)
        # SciPy's conventions at the ends: ppf(0) = -1 (below the support), ppf(1) = 1
        k = np.where(q <= 1.0 - self.p, 0.0, 1.0)
        return _finish(np.where(q == 0, -1.0, np.where(q == 1, 1.0, k)), q)

    def mean(self):
        return self.p

    def var(self):
        return self.p * (1.0 - self.p)

    def sample(self, n, rng=None):
        return (as_generator(rng).random(_check_size(n)) < self.p).astype(np.int64)

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: ``p_hat`` is the fraction of ones."""
        data = as_sample(data, "data", purpose="fitting a Bernoulli")
        if not np.isin(data, (0, 1)).all():
            raise ValueError(f"Bernoulli data must be 0s and 1s; got {float(data[~np.isin(data, (0, 1))][0])!r}.")
        return cls(float(np.mean(data)))


# Loader's saddle-point pieces: exact-to-the-last-digit binomial and Poisson pmfs.
# C. Loader (2000), "Fast and accurate computation of binomial probabilities".


def _stirling_error(n):
    """``log(n!) - [(n + 1/2) log n - n + log(2 pi)/2]`` (the error of Stirling's formula)."""
    return special._stirling_correction(np.maximum(n, 1e-300))


def _deviance_term(x, M):
    """``bd0(x, M) = x log(x / M) + M - x`` without cancellation when ``x`` is near ``M``.

    With ``v = (x - M)/(x + M)``: ``bd0 = (x - M) v + 2x (v**3/3 + v**5/5 + ...)``.
    """
    x, M = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(M, dtype=float))
    near = np.abs(x - M) < 0.1 * (x + M)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = np.where(near, (x - M) / (x + M), 0.0)
        series = (x - M) * v
        power = 2.0 * x * v
        v2 = v * v
        for j in range(1, 60):
            power = power * v2
            series = series + power / (2 * j + 1)
        direct = x * np.log(x / M) + M - x
    return np.where(near, series, direct)


class Binomial(_Distribution):
    """Binomial distribution: the number of successes in ``n`` independent trials with
    success probability ``p``.

    ``pmf(k) = C(n, k) p**k (1 - p)**(n - k)``, evaluated by Loader's saddle-point
    formula so that ``n = 10**6`` loses no digits.

    Examples
    --------
    >>> from gradiente.stats import Binomial
    >>> round(Binomial(10, 0.5).pmf(5), 6)
    0.246094
    """

    _parameters = ("n", "p")
    discrete = True

    def __init__(self, n, p):
        self.n = check_parameter(n, "n", low=0, integer=True, hint=" n is a number of trials.")
        self.p = check_parameter(p, "p", low=0, high=1, hint=" p is a probability; write 0.3 for 30%.")

    def logpmf(self, k):
        k = as_numeric_array(k, "k")
        n, p = self.n, self.p
        q = 1.0 - p
        valid = (k >= 0) & (k <= n) & (k == np.floor(k))
        kk = np.where(valid, k, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            inside = (kk > 0) & (kk < n)
            k_in = np.where(inside, kk, 1.0)
            m_in = np.where(inside, n - kk, 1.0)
            saddle = (
                _stirling_error(n)
                - _stirling_error(k_in)
                - _stirling_error(m_in)
                - _deviance_term(k_in, n * p)
                - _deviance_term(m_in, n * q)
                + 0.5 * np.log(n / (2.0 * math.pi * k_in * m_in))
            )
            at_zero = n * math.log1p(-p) if p < 1 else (0.0 if n == 0 else -np.inf)
            at_n = n * math.log(p) if p > 0 else (0.0 if n == 0 else -np.inf)
            if p == 0 or p == 1:
                saddle = np.full_like(kk, -np.inf)
        result = np.where(kk == 0, at_zero, np.where(kk == n, at_n, saddle))
        return _finish(np.where(valid, result, -np.inf), k)

    def pmf(self, k):
        return _finish(np.exp(self.logpmf(k)), k)

    def cdf(self, k):
        # P(X <= k) = I_{1-p}(n - k, k + 1)  (the regularized incomplete beta)
        k = np.floor(as_numeric_array(k, "k"))
        inside = (k >= 0) & (k < self.n)
        kk = np.where(inside, k, 0.0)  # outside 0 <= k < n the answer is 0 or 1: keep I_x's shapes positive
        if 0 < self.p < 1:
            lower, _ = special._betainc_pair(np.where(inside, self.n - kk, 1.0), kk + 1.0, 1.0 - self.p, self.p)
        else:
            lower = np.full_like(kk, 1.0 if self.p == 0 else 0.0)
        return _finish(np.where(k < 0, 0.0, np.where(k >= self.n, 1.0, lower)), k)

    def sf(self, k):
        k = np.floor(as_numeric_array(k, "k"))
        inside = (k >= 0) & (k < self.n)
        kk = np.where(inside, k, 0.0)
        if 0 < self.p < 1:
            _, upper = special._betainc_pair(np.where(inside, self.n - kk, 1.0), kk + 1.0, 1.0 - self.p, self.p)
        else:
            upper = np.full_like(kk, 0.0 if self.p == 0 else 1.0)
        return _finish(np.where(k < 0, 1.0, np.where(k >= self.n, 0.0, upper)), k)

    def ppf(self, q):
        return _discrete_ppf(self, q, 0, self.n, self.mean(), math.sqrt(self.var()))

    def mean(self):
        return self.n * self.p

    def var(self):
        return self.n * self.p * (1.0 - self.p)

    def sample(self, n, rng=None):
        return as_generator(rng).binomial(self.n, self.p, size=_check_size(n))

    @classmethod
    def fit(cls, data, n):
        """Maximum likelihood with ``n`` known: ``p_hat = mean(k) / n``."""
        n = check_parameter(n, "n", low=1, integer=True)
        data = as_sample(data, "data", purpose="fitting a binomial")
        if ((data < 0) | (data > n) | (data != np.floor(data))).any():
            raise ValueError(
                f"binomial data must be whole numbers in [0, n = {n}]; got "
                f"{float(data[(data < 0) | (data > n) | (data != np.floor(data))][0])!r}."
            )
        return cls(n, float(np.mean(data)) / n)


class Poisson(_Distribution):
    """Poisson distribution with rate ``lam``: ``pmf(k) = lam**k exp(-lam) / k!``.

    Examples
    --------
    >>> from gradiente.stats import Poisson
    >>> round(Poisson(3.0).pmf(2), 6)
    0.224042
    """

    _parameters = ("lam",)
    discrete = True

    def __init__(self, lam):
        self.lam = check_parameter(
            lam, "lam", low=0, low_open=True, hint=" The rate is the mean number of events, > 0."
        )

    def logpmf(self, k):
        k = as_numeric_array(k, "k")
        valid = (k >= 0) & (k == np.floor(k)) & np.isfinite(k)
        kk = np.where(valid & (k > 0), k, 1.0)
        # Loader: log pmf = -stirlerr(k) - bd0(k, lam) - log(2 pi k)/2
        saddle = -_stirling_error(kk) - _deviance_term(kk, self.lam) - 0.5 * np.log(2.0 * math.pi * kk)
        result = np.where(k == 0, -self.lam, saddle)
        return _finish(np.where(valid, result, -np.inf), k)

    def pmf(self, k):
        return _finish(np.exp(self.logpmf(k)), k)

    def cdf(self, k):
        # P(X <= k) = Q(k + 1, lam), the upper regularized incomplete gamma
        k = np.floor(as_numeric_array(k, "k"))
        kk = np.where(k >= 0, k, 0.0)
        _, upper = special._gammainc_pair(kk + 1.0, np.full_like(kk, self.lam))
        return _finish(np.where(k < 0, 0.0, upper), k)

    def sf(self, k):
        k = np.floor(as_numeric_array(k, "k"))
        kk = np.where(k >= 0, k, 0.0)
        lower, _ = special._gammainc_pair(kk + 1.0, np.full_like(kk, self.lam))
        return _finish(np.where(k < 0, 1.0, lower), k)

    def ppf(self, q):
        return _discrete_ppf(self, q, 0, np.inf, self.lam, math.sqrt(self.lam))

    def mean(self):
        return self.lam

    def var(self):
        return self.lam

    def sample(self, n, rng=None):
        return as_generator(rng).poisson(self.lam, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: ``lam_hat = mean(k)``."""
        data = as_sample(data, "data", purpose="fitting a Poisson")
        if ((data < 0) | (data != np.floor(data))).any():
            raise ValueError(
                "Poisson data must be counts (whole numbers >= 0); got "
                f"{float(data[(data < 0) | (data != np.floor(data))][0])!r}."
            )
        if data.sum() == 0:
            raise ValueError(
                "every count is 0, so the MLE of lam is 0, which is not a valid "
                "Poisson rate; the model needs at least one event."
            )
        return cls(float(np.mean(data)))


class Exponential(_Distribution):
    """Exponential distribution with rate ``lam``: ``pdf(x) = lam exp(-lam x)`` for ``x >= 0``.

    NB: SciPy's ``expon`` takes ``scale = 1 / lam``.

    Examples
    --------
    >>> from gradiente.stats import Exponential
    >>> round(Exponential(2.0).cdf(0.5), 6)
    0.632121
    """

    _parameters = ("lam",)

    def __init__(self, lam):
        self.lam = check_parameter(lam, "lam", low=0, low_open=True, hint=" The rate lam is 1 / mean, > 0.")

    def logpdf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(np.where(x >= 0, math.log(self.lam) - self.lam * x, -np.inf), x)

    def pdf(self, x):
        x = as_numeric_array(x, "x")
        # lam * exp(-lam x) rather than exp(log lam - lam x): keeps the last digits far out
        return _finish(np.where(x >= 0, self.lam * np.exp(-self.lam * np.maximum(x, 0)), 0.0), x)

    def cdf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(np.where(x > 0, -np.expm1(-self.lam * np.maximum(x, 0)), 0.0), x)

    def sf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(np.where(x > 0, np.exp(-self.lam * np.maximum(x, 0)), 1.0), x)

    def ppf(self, q):
        q = check_probabilities(q)
        with np.errstate(divide="ignore"):
            return _finish(-np.log1p(-q) / self.lam, q)

    def mean(self):
        return 1.0 / self.lam

    def var(self):
        return 1.0 / self.lam**2

    def sample(self, n, rng=None):
        return as_generator(rng).exponential(1.0 / self.lam, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: ``lam_hat = 1 / mean(x)``."""
        data = as_sample(data, "data", purpose="fitting an exponential")
        if (data < 0).any():
            raise ValueError(f"exponential data must be >= 0; got {float(data[data < 0][0])!r}.")
        if data.sum() == 0:
            raise ValueError(
                "every observation is 0, so the MLE rate is infinite; an exponential cannot describe this data."
            )
        return cls(1.0 / float(np.mean(data)))


class Uniform(_Distribution):
    """Continuous uniform distribution on ``[a, b]``: ``pdf = 1 / (b - a)`` there.

    Examples
    --------
    >>> from gradiente.stats import Uniform
    >>> Uniform(0, 4).cdf(1.0)
    0.25
    """

    _parameters = ("a", "b")

    def __init__(self, a=0.0, b=1.0):
        self.a = check_parameter(a, "a")
        self.b = check_parameter(b, "b")
        if not self.b > self.a:
            raise ValueError(
                f"a uniform needs a < b; got a = {self.a!r}, b = {self.b!r}. Swap them if they are in the wrong order."
            )

    def logpdf(self, x):
        u = (as_numeric_array(x, "x") - self.a) / (self.b - self.a)  # SciPy's standard form
        inside = (u >= 0) & (u <= 1)
        return _finish(np.where(inside, -math.log(self.b - self.a), -np.inf), x)

    def pdf(self, x):
        u = (as_numeric_array(x, "x") - self.a) / (self.b - self.a)
        return _finish(np.where((u >= 0) & (u <= 1), 1.0 / (self.b - self.a), 0.0), x)

    def cdf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(np.clip((x - self.a) / (self.b - self.a), 0.0, 1.0), x)

    def sf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(np.clip((self.b - x) / (self.b - self.a), 0.0, 1.0), x)

    def ppf(self, q):
        q = check_probabilities(q)
        return _finish(self.a + q * (self.b - self.a), q)

    def mean(self):
        return 0.5 * (self.a + self.b)

    def var(self):
        return (self.b - self.a) ** 2 / 12.0

    def sample(self, n, rng=None):
        return as_generator(rng).uniform(self.a, self.b, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: the smallest interval holding the data, ``[min, max]``."""
        data = as_sample(data, "data", min_size=2, purpose="fitting a uniform")
        return cls(float(data.min()), float(data.max()))


class StudentT(_Distribution):
    """Student's t distribution with ``df`` degrees of freedom.

    ``pdf(t) = (1 + t**2/df)**(-(df + 1)/2) / (sqrt(df) B(df/2, 1/2))``;
    ``cdf(t) = I_x(df/2, 1/2) / 2`` for ``t < 0``, with ``x = df / (df + t**2)``.

    Examples
    --------
    >>> from gradiente.stats import StudentT
    >>> round(StudentT(10).ppf(0.975), 6)
    2.228139
    """

    _parameters = ("df",)

    def __init__(self, df):
        self.df = check_parameter(
            df, "df", low=0, low_open=True, hint=" Degrees of freedom are positive (n - 1 for a mean)."
        )

    def logpdf(self, x):
        t = as_numeric_array(x, "x")
        df = self.df
        log_norm = -float(special.betaln(0.5 * df, 0.5)) - 0.5 * math.log(df)
        return _finish(log_norm - 0.5 * (df + 1.0) * np.log1p(t * t / df), x)

    def pdf(self, x):
        return _finish(np.exp(self.logpdf(x)), x)

    def _tails(self, t):
        # x = df/(df + t^2) and y = t^2/(df + t^2), each without overflow or cancellation
        t = np.abs(t)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            big = t * t > self.df
            ratio = np.where(big, self.df / (t * t), t * t / self.df)
            x = np.where(big, ratio / (1.0 + ratio), 1.0 / (1.0 + ratio))
            y = np.where(big, 1.0 / (1.0 + ratio), ratio / (1.0 + ratio))
            ratio = np.where(big, self.df / t / t, ratio)  # no overflow of t*t
            x = np.where(big, ratio / (1.0 + ratio), x)
            # Far out (x < 1e-300) only the leading term x^a / (a B(a, 1/2)) of I_x is left;
            # it is summed in logs, because x itself underflows when |t| > 1e154.
            a = 0.5 * self.df
            log_x = math.log(self.df) - 2.0 * np.log(t)
            leading = np.exp(a * log_x - math.log(a) - float(special.betaln(a, 0.5)))
        x = np.where(np.isinf(t), 0.0, x)
        y = np.where(np.isinf(t), 1.0, y)
        lower, upper = special._betainc_pair(np.full_like(t, 0.5 * self.df), np.full_like(t, 0.5), x, y)
        lower = np.where(np.isfinite(t) & (log_x < -700.0), leading, lower)
        return 0.5 * lower, 1.0 - 0.5 * lower  # P(T < -|t|), P(T < |t|)

    def cdf(self, x):
        t = as_numeric_array(x, "x")
        small_tail, big_tail = self._tails(t)
        return _finish(np.where(t < 0, small_tail, big_tail), x)

    def sf(self, x):
        t = as_numeric_array(x, "x")
        small_tail, big_tail = self._tails(t)
        return _finish(np.where(t > 0, small_tail, big_tail), x)

    def ppf(self, q):
        q = check_probabilities(q)
        tail = np.minimum(q, 1.0 - q)  # exact for q >= 1/2
        # I_x(df/2, 1/2) = 2 * tail, then t^2 = df (1 - x) / x = df exp(-logit(x)); the logit
        # keeps its digits (and its size) even where x itself would underflow
        _, _, logit = special._betaincinv_pair(
            np.full_like(tail, 0.5 * self.df), np.full_like(tail, 0.5), 2.0 * tail, 1.0 - 2.0 * tail
        )
        with np.errstate(over="ignore"):
            magnitude = math.sqrt(self.df) * np.exp(-0.5 * logit)
        t = np.where(q < 0.5, -magnitude, magnitude)
        return _finish(np.where(q == 0.5, 0.0, t), q)

    def mean(self):
        return 0.0 if self.df > 1 else math.nan

    def var(self):
        if self.df > 2:
            return self.df / (self.df - 2.0)
        return math.inf if self.df > 1 else math.nan

    def sample(self, n, rng=None):
        return as_generator(rng).standard_t(self.df, size=_check_size(n))

    @classmethod
    def fit(cls, data, df0=5.0):
        """Maximum likelihood for ``df`` (no closed form: maximised numerically by ``mle``)."""
        data = as_sample(data, "data", min_size=2, purpose="fitting a Student t")

        def log_likelihood(theta):
            df = math.exp(theta[0])  # optimise log(df) so that df stays positive
            return cls(df).log_likelihood(data)

        result = mle(log_likelihood, [math.log(df0)])
        return cls(math.exp(result.theta_hat[0]))


class ChiSquared(_Distribution):
    """Chi-squared distribution with ``df`` degrees of freedom (a Gamma(df/2, scale 2)).

    ``cdf(x) = P(df/2, x/2)``, the regularized lower incomplete gamma.

    Examples
    --------
    >>> from gradiente.stats import ChiSquared
    >>> round(ChiSquared(1).ppf(0.95), 6)
    3.841459
    """

    _parameters = ("df",)

    def __init__(self, df):
        self.df = check_parameter(df, "df", low=0, low_open=True, hint=" Degrees of freedom are positive.")

    def logpdf(self, x):
        x = as_numeric_array(x, "x")
        a = 0.5 * self.df
        positive = x > 0
        xx = np.where(positive, x, 1.0)
        # pdf = (x/2)^(a-1) e^(-x/2) / (2 Gamma(a)) = prefix(a, x/2) / x
        with np.errstate(divide="ignore"):
            result = special._log_gamma_prefix(np.full_like(xx, a), 0.5 * xx) - np.log(xx)
            at_zero = np.inf if self.df < 2 else (math.log(0.5) if self.df == 2 else -np.inf)
        return _finish(np.where(positive, result, np.where(x == 0, at_zero, -np.inf)), x)

    def pdf(self, x):
        return _finish(np.exp(self.logpdf(x)), x)

    def cdf(self, x):
        x = as_numeric_array(x, "x")
        lower, _ = special._gammainc_pair(np.full_like(x, 0.5 * self.df), np.maximum(x, 0) / 2)
        return _finish(lower, x)

    def sf(self, x):
        x = as_numeric_array(x, "x")
        _, upper = special._gammainc_pair(np.full_like(x, 0.5 * self.df), np.maximum(x, 0) / 2)
        return _finish(upper, x)

    def ppf(self, q):
        q = check_probabilities(q)
        a = np.full_like(q, 0.5 * self.df)
        return _finish(2.0 * special._gammaincinv_pair(a, q, 1.0 - q), q)

    def isf(self, q):
        """Inverse survival function: the ``x`` with ``sf(x) = q`` (tiny ``q`` is fine)."""
        q = check_probabilities(q)
        a = np.full_like(q, 0.5 * self.df)
        return _finish(2.0 * special._gammaincinv_pair(a, 1.0 - q, q), q)

    def mean(self):
        return self.df

    def var(self):
        return 2.0 * self.df

    def sample(self, n, rng=None):
        return as_generator(rng).chisquare(self.df, size=_check_size(n))

    @classmethod
    def fit(cls, data, df0=None):
        """Maximum likelihood for ``df`` (no closed form: maximised numerically by ``mle``)."""
        data = as_sample(data, "data", min_size=2, purpose="fitting a chi-squared")
        if (data <= 0).any():
            raise ValueError(f"chi-squared data must be > 0; got {float(data[data <= 0][0])!r}.")
        df0 = float(np.mean(data)) if df0 is None else df0  # the mean is df: a good start

        def log_likelihood(theta):
            return cls(math.exp(theta[0])).log_likelihood(data)

        result = mle(log_likelihood, [math.log(df0)])
        return cls(math.exp(result.theta_hat[0]))


class Beta(_Distribution):
    """Beta distribution on ``[0, 1]`` with shapes ``a, b > 0``: a distribution over a probability.

    ``pdf(x) = x**(a-1) (1-x)**(b-1) / B(a, b)``, ``cdf(x) = I_x(a, b)`` (the regularized
    incomplete beta). It is the conjugate prior of a Bernoulli's ``p``: after ``k`` successes
    in ``n`` trials a ``Beta(a, b)`` prior becomes ``Beta(a + k, b + n - k)``.

    Examples
    --------
    >>> from gradiente.stats import Beta
    >>> posterior = Beta(1 + 7, 1 + 3)  # a flat prior, then 7 heads in 10 flips
    >>> round(posterior.mean(), 4), round(posterior.mode(), 4)
    (0.6667, 0.7)
    >>> [round(end, 4) for end in posterior.interval(0.95)]
    [0.3903, 0.8907]

    Lesson: 5.5 `bayes-naive-bayes-map`.
    """

    _parameters = ("a", "b")

    def __init__(self, a, b):
        hint = " Both shapes of a beta are positive (Beta(1, 1) is the uniform)."
        self.a = check_parameter(a, "a", low=0, low_open=True, hint=hint)
        self.b = check_parameter(b, "b", low=0, low_open=True, hint=hint)

    def _shapes(self, x):
        return np.full_like(x, self.a), np.full_like(x, self.b)

    def logpdf(self, x):
        x = as_numeric_array(x, "x")
        inside = (x > 0) & (x < 1)
        xx = np.where(inside, x, 0.5)
        a, b = self._shapes(xx)
        # x^(a-1) y^(b-1) / B = [x^a y^b / B] / (x y): the bracket is computed without
        # cancellation even for a, b in the millions (Stirling's form, in special)
        with np.errstate(divide="ignore"):
            result = special._log_beta_prefix(a, b, xx, 1.0 - xx) - np.log(xx) - np.log1p(-xx)

            def at_end(shape, other):  # the density at 0 (shape a) or at 1 (shape b)
                if shape < 1:
                    return np.inf
                return math.log(other) if shape == 1 else -np.inf  # Beta(1, b) has pdf(0) = b

            ends = np.where(x == 0, at_end(self.a, self.b), at_end(self.b, self.a))
        return _finish(np.where(inside, result, np.where((x == 0) | (x == 1), ends, -np.inf)), x)

    def pdf(self, x):
        return _finish(np.exp(self.logpdf(x)), x)

    def _tails(self, x):
        xx = np.clip(x, 0.0, 1.0)
        return special._betainc_pair(self.a, self.b, xx, 1.0 - xx)

    def cdf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(self._tails(x)[0], x)

    def sf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(self._tails(x)[1], x)

    def ppf(self, q):
        # safeguarded Newton on log I_x in the logit of x (special._betaincinv_pair),
        # matching the smaller tail, so q = 1e-12 and q = 1 - 1e-12 keep their digits
        q = check_probabilities(q)
        a, b = self._shapes(q)
        return _finish(special._betaincinv_pair(a, b, q, 1.0 - q)[0], q)

    def isf(self, q):
        """Inverse survival function: the ``x`` with ``sf(x) = q``."""
        q = check_probabilities(q)
        a, b = self._shapes(q)
        return _finish(special._betaincinv_pair(a, b, 1.0 - q, q)[0], q)

    def interval(self, confidence):
        """The equal-tailed interval ``[ppf((1 - c)/2), ppf((1 + c)/2)]`` holding probability ``c``.

        For a posterior this is a *credible* interval: ``p`` lies in it with probability ``c``.
        """
        confidence = check_parameter(
            confidence, "confidence", low=0, high=1, low_open=True, high_open=True, hint=" Write 0.95 for 95%."
        )
        tail = 0.5 * (1.0 - confidence)
        return float(self.ppf(tail)), float(self.isf(tail))

    def mean(self):
        return self.a / (self.a + self.b)

    def var(self):
        total = self.a + self.b
        return self.a * self.b / (total * total * (total + 1.0))

    def mode(self):
        """The most probable value (the MAP estimate when this is a posterior).

        ``(a - 1) / (a + b - 2)`` when ``a, b > 1``; 0 when ``a <= 1 < b`` and 1 when
        ``b <= 1 < a`` (the density is largest at that end); NaN when ``a, b <= 1``
        (every point of the uniform ``Beta(1, 1)``, or both ends, where the density is infinite).
        """
        if self.a > 1 and self.b > 1:
            return (self.a - 1.0) / (self.a + self.b - 2.0)
        if self.a <= 1 < self.b:
            return 0.0
        if self.b <= 1 < self.a:
            return 1.0
        return math.nan

    def sample(self, n, rng=None):
        return as_generator(rng).beta(self.a, self.b, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood for ``a`` and ``b`` (no closed form: ``mle`` on ``log a, log b``,
        started from the method of moments)."""
        data = as_sample(data, "data", min_size=2, purpose="fitting a beta")
        if ((data <= 0) | (data >= 1)).any():
            raise ValueError(
                f"beta data must lie strictly inside (0, 1); got {float(data[(data <= 0) | (data >= 1)][0])!r}."
            )
        mean, var = float(np.mean(data)), float(np.var(data))
        if var == 0:
            raise ValueError("all observations are equal: a beta needs data that varies.")
        common = max(mean * (1.0 - mean) / var - 1.0, 1e-3)  # a + b by the method of moments
        log_a = np.log(data).sum()
        log_b = np.log1p(-data).sum()

        def log_likelihood(theta):
            a, b = math.exp(theta[0]), math.exp(theta[1])
            return (a - 1.0) * log_a + (b - 1.0) * log_b - data.size * float(special.betaln(a, b))

        result = mle(log_likelihood, [math.log(mean * common), math.log((1.0 - mean) * common)])
        return cls(math.exp(result.theta_hat[0]), math.exp(result.theta_hat[1]))


class Laplace(_Distribution):
    """Laplace (double exponential) distribution: ``pdf(x) = exp(-|x - loc| / scale) / (2 scale)``.

    The noise model behind the mean absolute error (its negative log-likelihood is
    ``sum |y - y_hat| / scale`` plus a constant), and the prior behind the lasso.

    Examples
    --------
    >>> from gradiente.stats import Laplace
    >>> round(Laplace(0, 1).cdf(1.0), 6)
    0.81606
    >>> fitted = Laplace.fit([1.0, 2.0, 3.0, 4.0, 10.0])  # median and mean absolute deviation
    >>> fitted.loc, fitted.scale
    (3.0, 2.2)

    Lesson: 5.4 `maximum-likelihood`.
    """

    _parameters = ("loc", "scale")

    def __init__(self, loc=0.0, scale=1.0):
        self.loc = check_parameter(loc, "loc")
        self.scale = check_parameter(
            scale, "scale", low=0, low_open=True, hint=" The scale b is the mean absolute deviation, > 0."
        )

    def _z(self, x):
        return (as_numeric_array(x, "x") - self.loc) / self.scale

    def logpdf(self, x):
        return _finish(-np.abs(self._z(x)) - math.log(2.0 * self.scale), x)

    def pdf(self, x):
        return _finish(np.exp(-np.abs(self._z(x))) / (2.0 * self.scale), x)

    def cdf(self, x):
        # each side from its own exponential tail: 1 - 0.5 e^-z is only used where it is >= 1/2
        z = self._z(x)
        with np.errstate(over="ignore"):
            return _finish(np.where(z < 0, 0.5 * np.exp(z), 1.0 - 0.5 * np.exp(-z)), x)

    def sf(self, x):
        z = self._z(x)
        with np.errstate(over="ignore"):
            return _finish(np.where(z > 0, 0.5 * np.exp(-z), 1.0 - 0.5 * np.exp(z)), x)

    def ppf(self, q):
        q = check_probabilities(q)
        # invert each half: q = e^z / 2 below the median, 1 - q = e^-z / 2 above it
        with np.errstate(divide="ignore"):
            z = np.where(q < 0.5, np.log(2.0 * q), -np.log(2.0 * (1.0 - q)))
        return _finish(self.loc + self.scale * z, q)

    def mean(self):
        return self.loc

    def var(self):
        return 2.0 * self.scale**2

    def sample(self, n, rng=None):
        return as_generator(rng).laplace(self.loc, self.scale, size=_check_size(n))

    @classmethod
    def fit(cls, data):
        """Maximum likelihood: ``loc_hat = median(x)``, ``scale_hat = mean(|x - loc_hat|)``.

        The median minimises ``sum |x - loc|`` (as the mean minimises the sum of squares),
        and setting the score in ``scale`` to 0 gives the mean absolute deviation.
        """
        data = as_sample(data, "data", min_size=2, purpose="fitting a Laplace")
        loc_hat = float(np.median(data))
        scale_hat = float(np.mean(np.abs(data - loc_hat)))
        if scale_hat == 0:
            raise ValueError(
                "all observations are equal, so the MLE of the scale is 0, which is not a valid Laplace; "
                "collect data that varies."
            )
        return cls(loc_hat, scale_hat)


class F(_Distribution):
    """Fisher's F distribution with ``dfn`` and ``dfd`` degrees of freedom.

    The ratio ``(U / dfn) / (V / dfd)`` of independent chi-squared variables: the null
    distribution of the ANOVA statistic (between-group over within-group variance).
    With ``w = dfn x / (dfn x + dfd)``, ``cdf(x) = I_w(dfn/2, dfd/2)`` and
    ``sf(x) = I_{1-w}(dfd/2, dfn/2)``; both ``w`` and ``1 - w`` are formed directly, so
    each tail keeps its digits.

    Examples
    --------
    >>> from gradiente.stats import F
    >>> round(F(2, 27).ppf(0.95), 6)
    3.354131
    >>> round(F(2, 27).sf(3.354131), 6)
    0.05

    Lesson: 5.6 `hypothesis-tests-ab`.
    """

    _parameters = ("dfn", "dfd")

    def __init__(self, dfn, dfd):
        hint = " Degrees of freedom are positive (k - 1 and n - k in a one-way ANOVA)."
        self.dfn = check_parameter(dfn, "dfn", low=0, low_open=True, hint=hint)
        self.dfd = check_parameter(dfd, "dfd", low=0, low_open=True, hint=hint)

    def _fractions(self, x):
        """``w = dfn x / (dfn x + dfd)`` and ``1 - w = dfd / (dfn x + dfd)``, each without cancellation."""
        xx = np.maximum(x, 0.0)
        with np.errstate(over="ignore", invalid="ignore"):
            u = self.dfn * xx
            w = np.where(np.isinf(u), 1.0, u / (u + self.dfd))
            y = np.where(np.isinf(u), 0.0, self.dfd / (u + self.dfd))
        return w, y

    def logpdf(self, x):
        x = as_numeric_array(x, "x")
        a, b = 0.5 * self.dfn, 0.5 * self.dfd
        positive = (x > 0) & np.isfinite(x)
        xx = np.where(positive, x, 1.0)
        w, y = self._fractions(xx)
        # pdf = w^a y^b / (B(a, b) x): the beta prefix again, divided by x
        with np.errstate(divide="ignore"):
            result = special._log_beta_prefix(np.full_like(xx, a), np.full_like(xx, b), w, y) - np.log(xx)
            at_zero = np.inf if a < 1 else (0.0 if a == 1 else -np.inf)  # F(2, dfd) has pdf(0) = 1
        return _finish(np.where(positive, result, np.where(x == 0, at_zero, -np.inf)), x)

    def pdf(self, x):
        return _finish(np.exp(self.logpdf(x)), x)

    def _tails(self, x):
        w, y = self._fractions(x)
        return special._betainc_pair(0.5 * self.dfn, 0.5 * self.dfd, w, y)

    def cdf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(self._tails(x)[0], x)

    def sf(self, x):
        x = as_numeric_array(x, "x")
        return _finish(self._tails(x)[1], x)

    def _inverse(self, p, q):
        # I_w(a, b) = p, then x = (dfd / dfn) w / (1 - w) = (dfd / dfn) exp(logit w): the logit
        # keeps its digits at both ends, where w or 1 - w would round
        shape = np.full_like(p, 0.5 * self.dfn), np.full_like(p, 0.5 * self.dfd)
        _, _, logit = special._betaincinv_pair(*shape, p, q)
        with np.errstate(over="ignore"):
            return self.dfd / self.dfn * np.exp(logit)

    def ppf(self, q):
        q = check_probabilities(q)
        return _finish(self._inverse(q, 1.0 - q), q)

    def isf(self, q):
        """Inverse survival function: the ``x`` with ``sf(x) = q`` (a critical value for tiny ``q``)."""
        q = check_probabilities(q)
        return _finish(self._inverse(1.0 - q, q), q)

    def mean(self):
        return self.dfd / (self.dfd - 2.0) if self.dfd > 2 else math.inf

    def var(self):
        if self.dfd <= 4:
            return math.inf  # SciPy's convention (for dfd <= 2 not even the mean exists)
        dfn, dfd = self.dfn, self.dfd
        return 2.0 * dfd**2 * (dfn + dfd - 2.0) / (dfn * (dfd - 2.0) ** 2 * (dfd - 4.0))

    def sample(self, n, rng=None):
        return as_generator(rng).f(self.dfn, self.dfd, size=_check_size(n))
