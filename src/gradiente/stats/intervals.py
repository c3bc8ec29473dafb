"""Confidence intervals: for a mean (Student's t) and for a proportion (Wilson's score).

Lesson: 5.3 `sampling-clt-intervals`.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from gradiente._validation import as_sample, check_confidence, check_parameter

from . import special
from .distributions import StudentT

__all__ = ["ConfidenceInterval", "confidence_interval"]


@functools.lru_cache(maxsize=256)
def _t_critical(df, probability):
    # cached: simulations ask for the same quantile thousands of times
    return float(StudentT(df).ppf(probability))


@dataclass(frozen=True)
class ConfidenceInterval:
    """``[low, high]`` around ``estimate``; unpacks as ``low, high = interval``."""

    low: float
    high: float
    estimate: float
    confidence: float
    method: str

    def __iter__(self):
        yield self.low
        yield self.high

    def contains(self, value):
        """Whether ``value`` lies inside the interval (ends included)."""
        return self.low <= value <= self.high


def confidence_interval(data=None, confidence=0.95, *, parameter="mean", count=None, nobs=None):
    """A confidence interval for a population mean or proportion.

    * ``parameter="mean"``: ``x_bar +- t_{(1+c)/2, n-1} * s / sqrt(n)``. If the data are
      normal, 95% of such intervals (over repeated samples) cover the true mean.
    * ``parameter="proportion"``: Wilson's score interval, the set of ``p`` that a
      two-sided z-test would not reject:
      ``(p_hat + z**2/(2n) +- z sqrt(p_hat (1 - p_hat)/n + z**2/(4n**2))) / (1 + z**2/n)``.
      Unlike the textbook ``p_hat +- z sqrt(p_hat (1 - p_hat)/n)`` it never leaves [0, 1]
      and is not empty when ``p_hat`` is 0 or 1. Give the 0/1 ``data``, or ``count`` and
      ``nobs``.

    Parameters
    ----------
    data : array_like, shape (n_samples,)
    confidence : float in (0, 1)
    parameter : {"mean", "proportion"}
    count, nobs : int, optional
        Successes and trials (proportion only), instead of ``data``.

    Returns
    -------
    ConfidenceInterval with ``low``, ``high``, ``estimate``.

    Examples
    --------
    >>> from gradiente.stats import confidence_interval
    >>> low, high = confidence_interval([4.9, 5.1, 5.0, 5.3, 4.7])
    >>> round(low, 4), round(high, 4)
    (4.7224, 5.2776)
    >>> interval = confidence_interval(count=8, nobs=20, parameter="proportion")
    >>> round(interval.low, 4), round(interval.high, 4)
    (0.2188, 0.6134)
    """
    confidence = check_confidence(confidence)
    if parameter == "mean":
        if count is not None or nobs is not None:
            raise ValueError(
                "count and nobs describe a proportion; pass parameter='proportion', or give the data for a mean."
            )
        x = as_sample(data, "data", min_size=2, purpose="a confidence interval for the mean")
        n = x.size
        mean = float(np.mean(x))
        standard_error = float(np.std(x, ddof=1)) / math.sqrt(n)
        t_critical = _t_critical(n - 1, 0.5 + confidence / 2)
        return ConfidenceInterval(
            mean - t_critical * standard_error, mean + t_critical * standard_error, mean, confidence, "t"
        )
    if parameter == "proportion":
        if data is not None:
            if count is not None or nobs is not None:
                raise ValueError("give either the 0/1 data or count and nobs, not both.")
            x = as_sample(data, "data", purpose="a confidence interval for a proportion")
            if not np.isin(x, (0, 1)).all():
                raise ValueError(
                    "data for a proportion must be 0s and 1s (failures and "
                    f"successes); got {float(x[~np.isin(x, (0, 1))][0])!r}."
                )
            count, nobs = int(x.sum()), x.size
        if count is None or nobs is None:
            raise ValueError("a proportion interval needs the 0/1 data, or count and nobs.")
        nobs = check_parameter(nobs, "nobs", low=1, integer=True)
        count = check_parameter(
            count, "count", low=0, high=nobs, integer=True, hint=" count is the number of successes among nobs trials."
        )
        p_hat = count / nobs
        z = float(special.ndtri(0.5 + confidence / 2))
        z2_over_n = z * z / nobs
        center = (p_hat + z2_over_n / 2) / (1 + z2_over_n)
        half_width = z * math.sqrt(p_hat * (1 - p_hat) / nobs + z2_over_n / (4 * nobs)) / (1 + z2_over_n)
        return ConfidenceInterval(
            max(0.0, center - half_width), min(1.0, center + half_width), p_hat, confidence, "wilson"
        )
    raise ValueError(f"parameter must be 'mean' or 'proportion'; got {parameter!r}.")
