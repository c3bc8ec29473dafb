"""Describing a sample: its empirical CDF and the numbers of a box plot and of its shape.

Lessons: 5.1 `probability-distributions` (the empirical CDF), 5.2
`expectation-covariance-gaussian` (mean, median, quartiles, skewness, kurtosis).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gradiente._validation import as_numeric_array, as_sample

__all__ = ["ECDF", "ecdf", "DescribeResult", "describe"]


class ECDF:
    """The empirical CDF of a sample: ``F_n(t) = #{x_i <= t} / n``, a step function.

    Built by :func:`ecdf`. Call it (or ``evaluate``) on any values.

    Attributes
    ----------
    x : ndarray, shape (k,)
        The distinct sample values, sorted (the places where ``F_n`` jumps).
    cdf : ndarray, shape (k,)
        ``F_n(x)`` at each of them: the fraction of the sample ``<= x`` (the last is 1).
    n : int
        The sample size.
    """

    def __init__(self, x, cdf, n):
        self.x = x
        self.cdf = cdf
        self.n = n

    def __repr__(self):
        return f"ECDF(n={self.n}, distinct values={self.x.size})"

    def evaluate(self, t):
        """``F_n(t)``: the fraction of the sample that is ``<= t`` (``<=``, not ``<``: at an
        observed value the step has already happened)."""
        t = as_numeric_array(t, "t")
        # the number of distinct values <= t, then the cdf just before that index
        index = np.searchsorted(self.x, t, side="right")
        result = np.concatenate(([0.0], self.cdf))[index]
        return float(result) if np.ndim(t) == 0 else result

    __call__ = evaluate

    def sf(self, t):
        """``1 - F_n(t)``: the fraction of the sample that is ``> t``."""
        result = 1.0 - np.asarray(self.evaluate(t))
        return float(result) if np.ndim(t) == 0 else result


def ecdf(samples):
    """The empirical cumulative distribution function of a 1-D sample.

    ``F_n(t) = (1/n) #{i : x_i <= t}``: it jumps by ``1/n`` at each observation (by
    ``m/n`` at a value seen ``m`` times), and by the Glivenko-Cantelli theorem it
    approaches the true CDF uniformly as ``n`` grows. One sort does all the work.

    Parameters
    ----------
    samples : array_like, shape (n_samples,)

    Returns
    -------
    ECDF
        With ``x`` (distinct values), ``cdf`` (``F_n`` there) and ``evaluate(t)``, also as
        a call ``F(t)``. Like ``scipy.stats.ecdf(samples).cdf`` (``quantiles``,
        ``probabilities``, ``evaluate``).

    Examples
    --------
    >>> from gradiente.stats import ecdf
    >>> F = ecdf([3.0, 1.0, 2.0, 2.0])
    >>> F.x, F.cdf
    (array([1., 2., 3.]), array([0.25, 0.75, 1.  ]))
    >>> F([0.5, 2.0, 2.5, 10.0])
    array([0.  , 0.75, 0.75, 1.  ])

    Lesson: 5.1 `probability-distributions`.
    """
    x = np.sort(as_sample(samples, "samples", purpose="an empirical CDF"))
    n = x.size
    # the last copy of each value: where the next one differs (or the sample ends)
    last = np.empty(n, dtype=bool)
    np.not_equal(x[1:], x[:-1], out=last[:-1])
    last[-1] = True
    positions = np.flatnonzero(last)
    return ECDF(x[positions], (positions + 1.0) / n, n)


@dataclass(frozen=True)
class DescribeResult:
    """Summary statistics of a sample (see :func:`describe`)."""

    n: int
    mean: float
    var: float
    std: float
    min: float
    q1: float
    median: float
    q3: float
    max: float
    skewness: float
    kurtosis: float

    @property
    def iqr(self):
        """Interquartile range ``q3 - q1``: the height of the box in a box plot."""
        return self.q3 - self.q1


def describe(x):
    """Summary statistics of a 1-D sample: the box plot's five numbers, moments, shape.

    * ``mean``, ``var`` with ``ddof=1`` (the unbiased sample variance) and ``std = sqrt(var)``;
    * ``min``, ``q1``, ``median``, ``q3``, ``max``: quartiles by linear interpolation
      between order statistics (``numpy.quantile``'s default);
    * ``skewness = m3 / m2**1.5`` and ``kurtosis = m4 / m2**2 - 3`` (*excess* kurtosis,
      Fisher's: 0 for a normal), with the biased central moments
      ``m_k = (1/n) sum (x - x_bar)**k``: ``scipy.stats.skew`` and ``kurtosis`` with their
      defaults (``bias=True``, ``fisher=True``), as in ``scipy.stats.describe``.

    A constant sample has ``skewness`` and ``kurtosis`` NaN (``0/0``, as in SciPy): its
    shape is undefined, though its location is not.

    Parameters
    ----------
    x : array_like, shape (n_samples,), n_samples >= 2

    Returns
    -------
    DescribeResult

    Examples
    --------
    >>> from gradiente.stats import describe
    >>> summary = describe([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
    >>> summary.mean, summary.median, summary.q1, summary.q3
    (5.0, 4.5, 4.0, 5.5)
    >>> round(summary.var, 4), round(summary.skewness, 4), round(summary.kurtosis, 4)
    (4.5714, 0.6562, -0.2188)

    Lesson: 5.2 `expectation-covariance-gaussian`.
    """
    x = as_sample(x, "x", min_size=2, purpose="describe (the sample variance uses n - 1)")
    n = x.size
    mean = float(np.mean(x))
    deviations = x - mean
    squares = deviations * deviations
    m2 = float(np.mean(squares))
    m3 = float(np.mean(squares * deviations))
    m4 = float(np.mean(squares * squares))
    q1, median, q3 = (float(value) for value in np.quantile(x, [0.25, 0.5, 0.75]))
    # NB: centring leaves rounding noise of about eps * |mean| even in a constant sample,
    # so "constant" is judged against that noise (SciPy does the same)
    constant = m2 <= (np.finfo(float).eps * mean) ** 2
    skewness = math.nan if constant else m3 / m2**1.5
    kurtosis = math.nan if constant else m4 / m2**2 - 3.0
    var = m2 * n / (n - 1)
    return DescribeResult(
        n=n,
        mean=mean,
        var=var,
        std=math.sqrt(var),
        min=float(x.min()),
        q1=q1,
        median=median,
        q3=q3,
        max=float(x.max()),
        skewness=skewness,
        kurtosis=kurtosis,
    )
