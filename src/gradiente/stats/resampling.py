"""Resampling: the bootstrap (how much would my statistic vary?) and the permutation test
(could the labels be swapped without changing anything?). No distribution tables needed,
only the data, a statistic and a random number generator.

Lesson: 5.7 `evaluating-models` (the bootstrap and permutation tests; A/B tests in 5.6 `hypothesis-tests-ab`).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from gradiente._validation import as_generator, as_sample, check_alternative, check_confidence

from .intervals import ConfidenceInterval

__all__ = ["BootstrapResult", "PermutationTestResult", "bootstrap", "permutation_test"]

_BATCH = 1000  # resamples evaluated at once: bounds memory at _BATCH * n_samples floats


@dataclass(frozen=True)
class BootstrapResult:
    confidence_interval: ConfidenceInterval
    standard_error: float
    bootstrap_distribution: np.ndarray = field(repr=False)


@dataclass(frozen=True)
class PermutationTestResult:
    statistic: float
    pvalue: float
    null_distribution: np.ndarray = field(repr=False)
    exact: bool = False

    def __iter__(self):
        yield self.statistic
        yield self.pvalue


def _check_n_resamples(n_resamples):
    if isinstance(n_resamples, bool) or not isinstance(n_resamples, (int, np.integer)) or n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer; got {n_resamples!r}.")
    return int(n_resamples)


def _vectorised(statistic):
    """Call ``statistic(*samples, axis=-1)``; fall back to a loop over rows if it has no axis."""

    def call(*batches):
        try:
            values = np.asarray(statistic(*batches, axis=-1), dtype=float)
            if values.shape == batches[0].shape[:-1]:
                return values
        except TypeError:
            pass
        return np.array([statistic(*rows) for rows in zip(*batches)], dtype=float)

    return call


def bootstrap(data, statistic=np.mean, *, n_resamples=9999, confidence=0.95, rng=None):
    """Percentile bootstrap confidence interval for any statistic of one sample.

    Draw ``n_resamples`` samples of size ``n`` **with replacement** from the data, compute
    the statistic on each: their spread imitates the sampling distribution of the
    statistic. The interval is its ``(1 - c)/2`` and ``(1 + c)/2`` quantiles.

    Parameters
    ----------
    data : array_like, shape (n_samples,)
    statistic : callable
        ``statistic(sample)`` returning a number; if it accepts ``axis`` (as NumPy's
        reductions do) it is called on a whole batch of resamples at once.
    n_resamples : int
    confidence : float in (0, 1)
    rng : None, int or numpy.random.Generator

    Returns
    -------
    BootstrapResult with ``confidence_interval``, ``standard_error`` (the standard
    deviation of the bootstrap distribution, ``ddof=1``) and ``bootstrap_distribution``.

    Examples
    --------
    >>> import numpy as np
    >>> from gradiente.stats import bootstrap
    >>> x = np.random.default_rng(0).normal(10, 2, size=100)
    >>> result = bootstrap(x, np.mean, rng=1)
    >>> result.confidence_interval.contains(10.0)
    True
    """
    x = as_sample(data, "data", min_size=2, purpose="a bootstrap")
    n_resamples = _check_n_resamples(n_resamples)
    confidence = check_confidence(confidence)
    rng = as_generator(rng)
    compute = _vectorised(statistic)
    estimate = float(np.asarray(statistic(x)))
    replicates = np.empty(n_resamples)
    for start in range(0, n_resamples, _BATCH):
        size = min(_BATCH, n_resamples - start)
        indices = rng.integers(0, x.size, size=(size, x.size))  # sampling with replacement
        replicates[start : start + size] = compute(x[indices])
    alpha = 1.0 - confidence
    low, high = np.quantile(replicates, [alpha / 2, 1 - alpha / 2])
    interval = ConfidenceInterval(float(low), float(high), estimate, confidence, "percentile")
    return BootstrapResult(interval, float(np.std(replicates, ddof=1)), replicates)


def _difference_of_means(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def permutation_test(x, y, statistic=None, *, n_resamples=9999, alternative="two-sided", rng=None):
    """Permutation test for two independent samples.

    Under ``H0`` (both samples come from the same distribution) the group labels are
    arbitrary: every way of splitting the pooled data into groups of sizes ``n_x`` and
    ``n_y`` is equally likely. The p-value is the fraction of splits whose statistic is at
    least as extreme as the observed one. When there are at most ``n_resamples`` splits
    they are all enumerated (an exact test); otherwise ``n_resamples`` random ones are
    drawn and the p-value is ``(count + 1) / (n_resamples + 1)``, which counts the
    observed split too and so is never 0. This matches ``scipy.stats.permutation_test``.

    Parameters
    ----------
    x, y : array_like, shapes (n_x,), (n_y,)
    statistic : callable ``statistic(x, y)`` or ``statistic(x, y, axis=-1)``, optional
        Defaults to the difference of means ``mean(x) - mean(y)``.
    n_resamples : int
    alternative : {"two-sided", "less", "greater"}
    rng : None, int or numpy.random.Generator

    Returns
    -------
    PermutationTestResult with ``statistic``, ``pvalue``, ``null_distribution`` and
    ``exact``.

    Examples
    --------
    >>> from gradiente.stats import permutation_test
    >>> result = permutation_test([3.1, 2.9, 3.5, 3.8], [2.0, 2.2, 1.9, 2.4])
    >>> result.exact, round(result.pvalue, 4)   # 70 splits, the observed is the most extreme
    (True, 0.0286)
    """
    x = as_sample(x, "x", purpose="a permutation test")
    y = as_sample(y, "y", purpose="a permutation test")
    n_resamples = _check_n_resamples(n_resamples)
    alternative = check_alternative(alternative)
    statistic = statistic or _difference_of_means
    compute = _vectorised(statistic)
    pooled = np.concatenate([x, y])
    n, n_x = pooled.size, x.size
    observed = float(np.asarray(statistic(x, y)))
    n_splits = math.comb(n, n_x)
    exact = n_splits <= n_resamples
    if exact:
        # every subset of n_x positions goes to x; the rest to y
        members = np.array(list(itertools.combinations(range(n), n_x)), dtype=np.intp)
        mask = np.zeros((n_splits, n), dtype=bool)
        np.put_along_axis(mask, members, True, axis=1)
        order = np.argsort(~mask, axis=1, kind="stable")  # x positions first, then y
        null = np.concatenate(
            [
                compute(pooled[order[i : i + _BATCH, :n_x]], pooled[order[i : i + _BATCH, n_x:]])
                for i in range(0, n_splits, _BATCH)
            ]
        )
        total, adjustment = n_splits, 0
    else:
        rng = as_generator(rng)
        null = np.empty(n_resamples)
        for start in range(0, n_resamples, _BATCH):
            size = min(_BATCH, n_resamples - start)
            order = rng.permuted(np.tile(np.arange(n), (size, 1)), axis=1)
            null[start : start + size] = compute(pooled[order[:, :n_x]], pooled[order[:, n_x:]])
        total, adjustment = n_resamples, 1
    # NB: statistics equal in exact arithmetic can differ in the last bits; count values
    # within 100 ulps of the observed one as "as extreme" (SciPy does the same)
    tolerance = abs(observed) * 100 * np.finfo(float).eps
    p_less = (np.count_nonzero(null <= observed + tolerance) + adjustment) / (total + adjustment)
    p_greater = (np.count_nonzero(null >= observed - tolerance) + adjustment) / (total + adjustment)
    if alternative == "less":
        pvalue = p_less
    elif alternative == "greater":
        pvalue = p_greater
    else:
        pvalue = min(1.0, 2.0 * min(p_less, p_greater))
    return PermutationTestResult(observed, float(pvalue), null, exact)
