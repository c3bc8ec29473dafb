"""Planning a test: effect size, power and sample size (t-tests and A/B tests on proportions).

*Power* is the probability that a test rejects ``H0`` when a given effect is real,
``1 - beta`` (``beta`` the type II error rate). It grows with the effect size, with ``n``
and with ``alpha``. For a t-test it is computed exactly from the **noncentral t**
distribution: when the standardised effect is ``d``, the t statistic of ``n`` samples is
not centred at 0 but at ``delta = d sqrt(n)`` (one sample) or ``d sqrt(n / 2)`` (two groups
of ``n``), and follows the noncentral t with that ``delta``.

Lesson: 5.6 `hypothesis-tests-ab`.
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_sample, check_alternative, check_choice, check_parameter

from . import special
from .distributions import StudentT

__all__ = ["cohens_d", "power_ttest", "ttest_sample_size", "proportions_sample_size"]

_KINDS = ("two-sample", "one-sample", "paired")


def cohens_d(x, y):
    """Cohen's d: the difference of two means in units of their pooled standard deviation.

    ``d = (x_bar - y_bar) / s_p`` with ``s_p**2 = ((n_x - 1) s_x**2 + (n_y - 1) s_y**2) / (n_x + n_y - 2)``
    (the pooled variance of the two-sample t-test). Unlike a p-value it does not grow
    with ``n``: it says how big the effect is, not how sure we are of it (0.2 small,
    0.5 medium, 0.8 large, in Cohen's rough words).

    Parameters
    ----------
    x, y : array_like, shapes (n_x,), (n_y,), each with at least 2 values

    Examples
    --------
    >>> from gradiente.stats import cohens_d
    >>> round(cohens_d([5.0, 6.0, 7.0, 8.0], [4.0, 5.0, 6.0, 7.0]), 4)
    0.7746

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    x = as_sample(x, "x", min_size=2, purpose="Cohen's d")
    y = as_sample(y, "y", min_size=2, purpose="Cohen's d")
    n_x, n_y = x.size, y.size
    pooled_variance = ((n_x - 1) * np.var(x, ddof=1) + (n_y - 1) * np.var(y, ddof=1)) / (n_x + n_y - 2)
    if pooled_variance == 0:
        raise ValueError(
            "every value of x and of y is the same within its group, so the pooled standard deviation is 0 and "
            "Cohen's d is undefined; an effect size needs data that vary."
        )
    return float((x.mean() - y.mean()) / math.sqrt(pooled_variance))


def _noncentral_t_cdf(t, df, nc):
    """``P(T <= t)`` for the noncentral t with ``df`` degrees of freedom and noncentrality ``nc``.

    Lenth's algorithm (AS 243, 1989), for ``t >= 0``: with ``x = t**2 / (t**2 + df)`` and
    ``lam = nc**2 / 2``,

        ``F(t) = Phi(-nc) + 1/2 sum_j [P_j I_x(j + 1/2, df/2) + Q_j I_x(j + 1, df/2)]``,

    ``P_j = e^-lam lam^j / j!`` (Poisson weights) and
    ``Q_j = e^-lam lam^j nc / (sqrt 2 Gamma(j + 3/2))``. For ``t < 0``,
    ``F(t; df, nc) = 1 - F(-t; df, -nc)``. All the terms are summed at once: ``j`` runs far
    enough past ``lam`` (``12 sqrt(lam)`` more) that the Poisson tail left out is below 1e-30.

    NOTE: accurate to about 1e-13 *absolute* (checked against ``scipy.stats.nct``), which is
    what a power needs; a far-tail probability such as ``F(-10; 30, 1) ~ 1e-13`` is not
    computed to relative precision (the ``1 - F`` of the reflection cancels).
    """
    if t < 0:
        return 1.0 - _noncentral_t_cdf(-t, df, -nc)
    normal_part = 0.5 * float(special.erfc(nc / math.sqrt(2.0)))  # Phi(-nc)
    if t == 0:
        return normal_part
    if nc == 0:
        return float(StudentT(df).cdf(t))
    lam = 0.5 * nc * nc
    j = np.arange(int(math.ceil(lam + 12.0 * math.sqrt(lam) + 40.0)), dtype=float)
    log_weight = -lam + j * math.log(lam) if lam > 0 else np.where(j == 0, 0.0, -np.inf)
    log_p = log_weight - np.asarray(special.gammaln(j + 1.0))
    log_q = log_weight + math.log(abs(nc)) - 0.5 * math.log(2.0) - np.asarray(special.gammaln(j + 1.5))
    x, y = t * t / (t * t + df), df / (t * t + df)
    shapes = np.concatenate([j + 0.5, j + 1.0])
    incomplete, _ = special._betainc_pair(shapes, np.full_like(shapes, 0.5 * df), np.full_like(shapes, x), y)
    total = np.sum(np.exp(log_p) * incomplete[: j.size]) + math.copysign(1.0, nc) * np.sum(
        np.exp(log_q) * incomplete[j.size :]
    )
    return min(1.0, max(0.0, normal_part + 0.5 * float(total)))


def _design(effect_size, n, kind):
    """Degrees of freedom and noncentrality of the t statistic for ``n`` (per group) samples."""
    if kind == "two-sample":
        return 2.0 * n - 2.0, effect_size * math.sqrt(n / 2.0)
    return n - 1.0, effect_size * math.sqrt(n)  # one sample, or the differences of pairs


def _power(effect_size, n, alpha, alternative, kind):
    df, nc = _design(effect_size, n, kind)
    if alternative == "two-sided":
        critical = float(StudentT(df).ppf(1.0 - alpha / 2.0))
        # reject when |T| > t_c: both tails of the noncentral t
        return (1.0 - _noncentral_t_cdf(critical, df, nc)) + _noncentral_t_cdf(-critical, df, nc)
    critical = float(StudentT(df).ppf(1.0 - alpha))
    if alternative == "greater":
        return 1.0 - _noncentral_t_cdf(critical, df, nc)
    return _noncentral_t_cdf(-critical, df, nc)


def _check_common(effect_size, alpha, alternative, kind):
    effect_size = check_parameter(
        effect_size, "effect_size", hint=" It is a standardised difference such as Cohen's d."
    )
    alpha = check_parameter(
        alpha, "alpha", low=0, high=1, low_open=True, high_open=True, hint=" A significance level such as 0.05."
    )
    return effect_size, alpha, check_alternative(alternative), check_choice("kind", kind, _KINDS)


def power_ttest(effect_size, n, alpha=0.05, alternative="two-sided", *, kind="two-sample"):
    """The power of a t-test: the probability it rejects ``H0`` when the true effect is ``effect_size``.

    Exact, from the noncentral t (no normal approximation): with ``df`` and
    ``delta`` of the design (``kind="two-sample"``: ``n`` per group, ``df = 2n - 2``,
    ``delta = d sqrt(n/2)``; ``"one-sample"`` or ``"paired"``: ``df = n - 1``,
    ``delta = d sqrt(n)``), the two-sided power is ``P(|T| > t_{1 - alpha/2, df})`` for
    ``T`` noncentral t with ``delta``. Matches statsmodels' ``TTestIndPower().power``
    and ``TTestPower().power`` (which also count the far tail in the two-sided case).

    Parameters
    ----------
    effect_size : float
        Cohen's d: the true difference of means over the standard deviation (of the
        differences, for paired data).
    n : int >= 2
        Sample size (per group for ``kind="two-sample"``).
    alpha : float in (0, 1)
    alternative : {"two-sided", "greater", "less"}
    kind : {"two-sample", "one-sample", "paired"}

    Returns
    -------
    float in [0, 1]

    Examples
    --------
    >>> from gradiente.stats import power_ttest
    >>> round(power_ttest(0.5, 64), 4)  # medium effect, 64 per group: the classic 80%
    0.8015
    >>> round(power_ttest(0.5, 64, alternative="greater"), 4)
    0.8787

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    effect_size, alpha, alternative, kind = _check_common(effect_size, alpha, alternative, kind)
    n = check_parameter(n, "n", low=2, integer=True, hint=" A t-test needs at least 2 samples (per group).")
    return float(_power(effect_size, n, alpha, alternative, kind))


def ttest_sample_size(effect_size, alpha=0.05, power=0.8, alternative="two-sided", *, kind="two-sample"):
    """The smallest ``n`` (per group for two samples) whose t-test has at least ``power``.

    Starts from the normal approximation ``n ~ k ((z_{1 - alpha/2} + z_{power}) / d)**2``
    (``k = 2`` for two groups, 1 otherwise) and walks to the exact answer with
    :func:`power_ttest`. statsmodels' ``solve_power`` returns the fractional root
    (63.77 below); a sample size is a whole number, so this rounds up to it.

    Parameters
    ----------
    effect_size : float != 0
    alpha : float in (0, 1)
    power : float in (0, 1)
    alternative : {"two-sided", "greater", "less"}
    kind : {"two-sample", "one-sample", "paired"}

    Returns
    -------
    int

    Examples
    --------
    >>> from gradiente.stats import ttest_sample_size
    >>> ttest_sample_size(0.5)  # per group
    64
    >>> ttest_sample_size(0.5, kind="one-sample")
    34

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    effect_size, alpha, alternative, kind = _check_common(effect_size, alpha, alternative, kind)
    power = check_parameter(power, "power", low=0, high=1, low_open=True, high_open=True, hint=" Such as 0.8.")
    if effect_size == 0:
        raise ValueError("effect_size is 0: no sample is large enough to detect an effect that is not there.")
    if alternative == "greater" and effect_size < 0 or alternative == "less" and effect_size > 0:
        raise ValueError(
            f"effect_size = {effect_size} points away from the alternative {alternative!r}: its power falls "
            "as n grows. Flip the sign of the effect or the alternative."
        )
    if power <= alpha / (2.0 if alternative == "two-sided" else 1.0):
        raise ValueError(f"power must exceed the test's size alpha = {alpha}; any n has at least that power.")
    z_alpha = float(special.ndtri(1.0 - alpha / (2.0 if alternative == "two-sided" else 1.0)))
    z_power = float(special.ndtri(power))
    groups = 2.0 if kind == "two-sample" else 1.0
    n = max(2, int(math.ceil(groups * ((z_alpha + z_power) / effect_size) ** 2)))
    while _power(effect_size, n, alpha, alternative, kind) < power:  # the t tail is fatter: n only grows
        n += 1
    while n > 2 and _power(effect_size, n - 1, alpha, alternative, kind) >= power:
        n -= 1
    return n


def proportions_sample_size(p1, p2, alpha=0.05, power=0.8, alternative="two-sided"):
    """Per-group sample size to detect conversion rates ``p1`` vs ``p2`` (an A/B test).

    ``n = (z_{1 - alpha/2} + z_{power})**2 [p1 (1 - p1) + p2 (1 - p2)] / (p2 - p1)**2``,
    rounded up (``z_{1 - alpha}`` for a one-sided test): the normal approximation with each
    group's own variance, the textbook formula for planning an A/B test.

    Parameters
    ----------
    p1, p2 : float in (0, 1), p1 != p2
        The baseline rate and the rate to detect.
    alpha : float in (0, 1)
    power : float in (0, 1)
    alternative : {"two-sided", "greater", "less"}

    Returns
    -------
    int

    Examples
    --------
    >>> from gradiente.stats import proportions_sample_size
    >>> proportions_sample_size(0.10, 0.12), proportions_sample_size(0.30, 0.33), proportions_sample_size(0.50, 0.55)
    (3839, 3760, 1562)

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    hint = " Write a rate such as 0.12 for 12%."
    p1 = check_parameter(p1, "p1", low=0, high=1, low_open=True, high_open=True, hint=hint)
    p2 = check_parameter(p2, "p2", low=0, high=1, low_open=True, high_open=True, hint=hint)
    alpha = check_parameter(alpha, "alpha", low=0, high=1, low_open=True, high_open=True)
    power = check_parameter(power, "power", low=0, high=1, low_open=True, high_open=True)
    alternative = check_alternative(alternative)
    if p1 == p2:
        raise ValueError(f"p1 and p2 are both {p1}: there is no difference to detect, at any sample size.")
    z_alpha = float(special.ndtri(1.0 - alpha / (2.0 if alternative == "two-sided" else 1.0)))
    z_power = float(special.ndtri(power))
    n = (z_alpha + z_power) ** 2 * (p1 * (1.0 - p1) + p2 * (1.0 - p2)) / (p2 - p1) ** 2
    return int(math.ceil(n))
