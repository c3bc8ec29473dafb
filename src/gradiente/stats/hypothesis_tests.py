"""Classical hypothesis tests: z, t (one sample, two samples, paired), proportions, chi-squared,
one-way ANOVA and McNemar's test of two classifiers.

Every test follows the same three steps, written out in the code:

1. a **statistic** that measures how far the data are from the null hypothesis
   (an estimate minus its null value, divided by its standard error);
2. its **distribution when the null is true** (normal, Student's t, chi-squared);
3. the **p-value**: the probability, under the null, of a statistic at least as extreme
   as the one observed, in the direction(s) named by ``alternative`` (SciPy's names:
   ``"two-sided"``, ``"less"``, ``"greater"``).

Tail probabilities are computed directly from the complementary special functions, so a
p-value of ``1e-300`` is as accurate as one of ``0.3``.

Lesson: 5.6 `hypothesis-tests-ab`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from gradiente._validation import (
    as_numeric_array,
    as_sample,
    check_alternative,
    check_parameter,
)
from gradiente.exceptions import SampleSizeError

from . import special
from .distributions import Binomial, ChiSquared, F, StudentT

__all__ = [
    "HypothesisTestResult",
    "ztest",
    "ttest_1samp",
    "ttest_ind",
    "ttest_rel",
    "proportions_ztest",
    "chi2_test",
    "f_oneway",
    "mcnemar",
]


@dataclass(frozen=True)
class HypothesisTestResult:
    """The outcome of a test: ``statistic`` and ``pvalue`` (and ``df`` when it has one:
    a pair ``(dfn, dfd)`` for an F test).

    Unpacks like SciPy's results: ``statistic, pvalue = ttest_1samp(x, 0)``.
    """

    statistic: float
    pvalue: float
    df: float | tuple[float, float] | None = None
    alternative: str = "two-sided"
    test: str = ""
    expected: np.ndarray | None = field(default=None, repr=False)

    def __iter__(self):
        yield self.statistic
        yield self.pvalue


def _pvalue(statistic, alternative, cdf, sf):
    """P-value of ``statistic`` for a null distribution symmetric about 0.

    two-sided: ``P(|S| >= |s|) = 2 sf(|s|)``; less: ``P(S <= s)``; greater: ``P(S >= s)``.
    """
    if alternative == "less":
        return float(cdf(statistic))
    if alternative == "greater":
        return float(sf(statistic))
    return min(1.0, 2.0 * float(sf(abs(statistic))))


def _t_pvalue(t, df, alternative):
    distribution = StudentT(df)
    if alternative == "two-sided":
        # 2 P(T > |t|) = I_x(df/2, 1/2) with x = df/(df + t^2): no factor of 2 to round
        return min(1.0, 2.0 * float(distribution.sf(abs(t))))
    return _pvalue(t, alternative, distribution.cdf, distribution.sf)


def _normal_pvalue(z, alternative):
    def cdf(value):
        return 0.5 * special.erfc(-value / math.sqrt(2.0))

    def sf(value):
        return 0.5 * special.erfc(value / math.sqrt(2.0))

    return _pvalue(z, alternative, cdf, sf)


def _fast_sample(data, name, min_size, purpose):
    """A 1-D float sample, checked with one pass when the data are clean.

    The sum of the data is finite exactly when no value is NaN or infinite (barring
    overflow), so the full element-by-element checks only run to explain a problem.
    """
    if isinstance(data, np.ndarray) and data.dtype == np.float64 and data.ndim == 1:
        total = float(np.add.reduce(data))
        if math.isfinite(total) and data.size >= min_size:
            return data, total
    sample = as_sample(data, name, min_size=min_size, purpose=purpose)
    return sample, float(np.add.reduce(sample))


def _mean_and_sum_of_squares(data, name, min_size, purpose):
    """``(n, mean, sum of squared deviations)`` in two passes over the data."""
    sample, total = _fast_sample(data, name, min_size, purpose)
    n = sample.size
    mean = total / n
    deviations = sample - mean
    return n, mean, float(np.dot(deviations, deviations))


def _refuse_zero_variance(sum_of_squares, name):
    if sum_of_squares == 0:
        raise ValueError(
            f"every value of {name} is the same, so its standard error is 0 and "
            "the t statistic is undefined (0/0 or infinite). A t-test needs "
            "data that vary."
        )


def ztest(x, value=0.0, sigma=None, alternative="two-sided"):
    """One-sample z-test of ``H0: mean = value``.

    ``z = (x_bar - value) / (sigma / sqrt(n))`` is standard normal under H0 when ``sigma``
    (the population standard deviation) is known. With ``sigma=None`` the sample standard
    deviation (``ddof=1``) is used, as statsmodels does: fine for large ``n``; for small
    samples prefer :func:`ttest_1samp`.

    Parameters
    ----------
    x : array_like, shape (n_samples,)
    value : float
        The mean under the null hypothesis.
    sigma : float > 0 or None
    alternative : {"two-sided", "less", "greater"}

    Returns
    -------
    HypothesisTestResult with ``statistic`` (z) and ``pvalue``.

    Examples
    --------
    >>> from gradiente.stats import ztest
    >>> result = ztest([2.1, 1.9, 2.3, 2.0, 2.2], value=2.0, sigma=0.2)
    >>> round(result.statistic, 4), round(result.pvalue, 4)
    (1.118, 0.2636)
    """
    alternative = check_alternative(alternative)
    value = check_parameter(value, "value")
    min_size = 1 if sigma is not None else 2
    n, mean, sum_of_squares = _mean_and_sum_of_squares(x, "x", min_size, "a z-test")
    if sigma is None:
        _refuse_zero_variance(sum_of_squares, "x")
        sigma = math.sqrt(sum_of_squares / (n - 1))
    else:
        sigma = check_parameter(sigma, "sigma", low=0, low_open=True)
    z = (mean - value) / (sigma / math.sqrt(n))
    return HypothesisTestResult(z, _normal_pvalue(z, alternative), None, alternative, "z-test")


def ttest_1samp(x, popmean=0.0, alternative="two-sided"):
    """One-sample t-test of ``H0: mean = popmean``.

    ``t = (x_bar - popmean) / (s / sqrt(n))`` with ``s`` the sample standard deviation
    (``ddof=1``); under H0 (normal data) ``t`` follows Student's t with ``n - 1`` degrees
    of freedom.

    Parameters
    ----------
    x : array_like, shape (n_samples,), n_samples >= 2
    popmean : float
    alternative : {"two-sided", "less", "greater"}

    Returns
    -------
    HypothesisTestResult with ``statistic``, ``pvalue`` and ``df``.

    Examples
    --------
    >>> from gradiente.stats import ttest_1samp
    >>> result = ttest_1samp([5.1, 4.9, 5.6, 5.8, 6.0], popmean=5.0)
    >>> round(result.statistic, 4), round(result.pvalue, 4)
    (2.3041, 0.0826)
    """
    alternative = check_alternative(alternative)
    popmean = check_parameter(popmean, "popmean")
    n, mean, sum_of_squares = _mean_and_sum_of_squares(x, "x", 2, "a one-sample t-test")
    _refuse_zero_variance(sum_of_squares, "x")
    standard_error = math.sqrt(sum_of_squares / (n - 1) / n)
    t = (mean - popmean) / standard_error
    df = n - 1
    return HypothesisTestResult(t, _t_pvalue(t, df, alternative), float(df), alternative, "one-sample t-test")


def ttest_ind(x, y, equal_var=True, alternative="two-sided"):
    """Two-sample t-test of ``H0: mean(x) = mean(y)`` for independent samples.

    Student (``equal_var=True``): pooled variance
    ``s_p**2 = (SS_x + SS_y) / (n_x + n_y - 2)``, ``t = (x_bar - y_bar) / (s_p sqrt(1/n_x + 1/n_y))``,
    ``df = n_x + n_y - 2``.

    Welch (``equal_var=False``): ``t = (x_bar - y_bar) / sqrt(v_x/n_x + v_y/n_y)`` and the
    Welch-Satterthwaite ``df = (v_x/n_x + v_y/n_y)**2 / ((v_x/n_x)**2/(n_x-1) + (v_y/n_y)**2/(n_y-1))``.

    Parameters
    ----------
    x, y : array_like, shapes (n_x,), (n_y,)
    equal_var : bool
    alternative : {"two-sided", "less", "greater"}

    Returns
    -------
    HypothesisTestResult with ``statistic``, ``pvalue`` and ``df``.

    Examples
    --------
    >>> from gradiente.stats import ttest_ind
    >>> result = ttest_ind([1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 5.0, 6.0, 7.0])
    >>> round(result.statistic, 4), round(result.pvalue, 4), result.df
    (-2.5459, 0.0383, 7.0)
    """
    alternative = check_alternative(alternative)
    min_size = 1 if equal_var else 2
    n_x, mean_x, ss_x = _mean_and_sum_of_squares(x, "x", min_size, "a two-sample t-test")
    n_y, mean_y, ss_y = _mean_and_sum_of_squares(y, "y", min_size, "a two-sample t-test")
    if equal_var:
        if n_x + n_y < 3:
            raise SampleSizeError(
                "a pooled two-sample t-test needs at least 3 observations in "
                f"total (df = n_x + n_y - 2 > 0); got {n_x} + {n_y}."
            )
        df = n_x + n_y - 2.0
        _refuse_zero_variance(ss_x + ss_y, "x and y")
        pooled_variance = (ss_x + ss_y) / df
        standard_error = math.sqrt(pooled_variance * (1.0 / n_x + 1.0 / n_y))
    else:
        _refuse_zero_variance(ss_x + ss_y, "x and y")
        share_x = ss_x / (n_x - 1) / n_x  # v_x / n_x
        share_y = ss_y / (n_y - 1) / n_y
        standard_error = math.sqrt(share_x + share_y)
        df = (share_x + share_y) ** 2 / (share_x**2 / (n_x - 1) + share_y**2 / (n_y - 1))
    t = (mean_x - mean_y) / standard_error
    name = "two-sample t-test (Student)" if equal_var else "two-sample t-test (Welch)"
    return HypothesisTestResult(t, _t_pvalue(t, df, alternative), float(df), alternative, name)


def ttest_rel(x, y, alternative="two-sided"):
    """Paired t-test of ``H0: mean(x - y) = 0``: a one-sample t-test on the differences.

    Examples
    --------
    >>> from gradiente.stats import ttest_rel
    >>> result = ttest_rel([5.0, 6.1, 7.2, 8.0], [4.8, 5.9, 7.0, 7.5])
    >>> round(result.statistic, 4), round(result.pvalue, 4)
    (3.6667, 0.0351)
    """
    alternative = check_alternative(alternative)
    x = as_sample(x, "x", min_size=2, purpose="a paired t-test")
    y = as_sample(y, "y", min_size=2, purpose="a paired t-test")
    if x.shape != y.shape:
        raise ValueError(
            f"a paired t-test needs x and y of the same length (one pair per "
            f"subject); got {x.size} and {y.size}. For independent groups use "
            "ttest_ind."
        )
    result = ttest_1samp(x - y, 0.0, alternative)
    return HypothesisTestResult(result.statistic, result.pvalue, result.df, alternative, "paired t-test")


def _as_counts(values, name):
    counts = as_numeric_array(values, name)
    if (counts < 0).any() or (counts != np.floor(counts)).any():
        raise ValueError(f"{name} must be whole numbers >= 0 (counts); got {counts.tolist()}.")
    return counts


def proportions_ztest(count, nobs, value=None, alternative="two-sided"):
    """z-test for one proportion, or for the difference of two.

    One sample (``count``, ``nobs`` scalars): ``H0: p = value``,
    ``z = (p_hat - value) / sqrt(value (1 - value) / n)``: the standard error is the one
    the null hypothesis implies (the score test; its square is Pearson's chi-squared).
    NB: statsmodels' default uses ``p_hat`` in the standard error instead.

    Two samples (``count``, ``nobs`` of length 2): ``H0: p_1 = p_2``, with the pooled
    ``p = (k_1 + k_2) / (n_1 + n_2)`` and
    ``z = (p_hat_1 - p_hat_2) / sqrt(p (1 - p) (1/n_1 + 1/n_2))``.

    Parameters
    ----------
    count : int or array_like of 2 ints
        Successes.
    nobs : int or array_like of 2 ints
        Trials.
    value : float in (0, 1), required for one sample
    alternative : {"two-sided", "less", "greater"}

    Examples
    --------
    >>> from gradiente.stats import proportions_ztest
    >>> result = proportions_ztest(60, 100, value=0.5)
    >>> round(result.statistic, 4), round(result.pvalue, 4)
    (2.0, 0.0455)
    """
    alternative = check_alternative(alternative)
    count = _as_counts(count, "count")
    nobs = _as_counts(nobs, "nobs")
    if count.shape != nobs.shape or count.ndim > 1 or count.size not in (1, 2):
        raise ValueError(
            "count and nobs must both be single numbers (one proportion) or "
            f"both hold 2 numbers (two proportions); got shapes {count.shape} "
            f"and {nobs.shape}."
        )
    if (nobs == 0).any() or (count > nobs).any():
        raise ValueError(
            f"each count must lie between 0 and its nobs > 0; got count = {count.tolist()}, nobs = {nobs.tolist()}."
        )
    if count.size == 1:
        if value is None:
            raise ValueError(
                "a one-proportion test needs value, the proportion under the null hypothesis, e.g. value=0.5."
            )
        value = check_parameter(value, "value", low=0, high=1, low_open=True, high_open=True)
        n = float(nobs.ravel()[0])
        p_hat = float(count.ravel()[0]) / n
        z = (p_hat - value) / math.sqrt(value * (1.0 - value) / n)
    else:
        if value not in (None, 0, 0.0):
            raise ValueError(
                "the two-proportion test checks H0: p_1 = p_2 (a difference of "
                f"0); got value = {value!r}. Leave value out."
            )
        p_1, p_2 = count / nobs
        pooled = count.sum() / nobs.sum()
        if pooled in (0.0, 1.0):
            raise ValueError(
                "every trial in both groups has the same outcome, so the pooled standard error is 0 and z is undefined."
            )
        z = (p_1 - p_2) / math.sqrt(pooled * (1.0 - pooled) * (1.0 / nobs[0] + 1.0 / nobs[1]))
    z = float(z)
    return HypothesisTestResult(z, _normal_pvalue(z, alternative), None, alternative, "proportions z-test")


def chi2_test(observed, expected=None, *, ddof=0, correction=True):
    """Pearson's chi-squared test: goodness of fit (1-D counts) or independence (a table).

    ``X2 = sum (observed - expected)**2 / expected``, chi-squared under H0 with
    ``k - 1 - ddof`` degrees of freedom (goodness of fit; ``expected`` defaults to equal
    counts) or ``(rows - 1)(columns - 1)`` (independence; ``expected = row total *
    column total / grand total``). The p-value is the upper tail ``Q(df/2, X2/2)``.

    With ``correction=True`` a 2 x 2 table gets Yates' continuity correction (each
    ``|observed - expected|`` is moved 0.5 towards 0), as ``scipy.stats.chi2_contingency``
    does by default.

    Parameters
    ----------
    observed : array_like of counts, shape (k,) or (rows, columns)
    expected : array_like, shape (k,), optional (goodness of fit only)
    ddof : int
        Parameters estimated from the data (goodness of fit).
    correction : bool

    Returns
    -------
    HypothesisTestResult with ``statistic``, ``pvalue``, ``df`` and ``expected``.

    Examples
    --------
    >>> from gradiente.stats import chi2_test
    >>> result = chi2_test([18, 22, 20, 40])
    >>> round(result.statistic, 4), round(result.pvalue, 6), result.df
    (12.32, 0.006364, 3.0)
    """
    observed = as_numeric_array(observed, "observed")
    if (observed < 0).any():
        raise ValueError(f"observed counts must be >= 0; got {observed.min()!r}.")
    if observed.ndim == 1:
        k = observed.size
        if k < 2:
            raise SampleSizeError(f"a goodness-of-fit test needs at least 2 categories; got {k}.")
        if expected is None:
            expected = np.full(k, observed.sum() / k)
        else:
            expected = as_numeric_array(expected, "expected")
            if expected.shape != observed.shape:
                raise ValueError(f"expected must have the shape of observed {observed.shape}; got {expected.shape}.")
            if (expected <= 0).any():
                raise ValueError(
                    "every expected count must be > 0 (a category the model "
                    "says is impossible cannot be tested this way)."
                )
            if not math.isclose(expected.sum(), observed.sum(), rel_tol=1e-8):
                raise ValueError(
                    f"observed and expected must have the same total; got "
                    f"{observed.sum()!r} and {expected.sum()!r}. Rescale: "
                    "expected = probabilities * observed.sum()."
                )
        df = k - 1 - int(ddof)
        if df < 1:
            raise ValueError(f"degrees of freedom k - 1 - ddof must be >= 1; got {df}.")
        statistic = float(np.sum((observed - expected) ** 2 / expected))
        test = "chi-squared goodness of fit"
    elif observed.ndim == 2:
        if expected is not None:
            raise ValueError("for a contingency table the expected counts come from the margins; leave expected out.")
        rows, columns = observed.shape
        if rows < 2 or columns < 2:
            raise SampleSizeError(
                f"an independence test needs a table with at least 2 rows and 2 columns; got shape {observed.shape}."
            )
        total = observed.sum()
        row_totals = observed.sum(axis=1, keepdims=True)
        column_totals = observed.sum(axis=0, keepdims=True)
        if (row_totals == 0).any() or (column_totals == 0).any():
            raise ValueError(
                "a row or column of the table is all zeros, so some expected counts are 0; drop that row or column."
            )
        expected = row_totals * column_totals / total
        df = (rows - 1) * (columns - 1)
        deviation = observed - expected
        if correction and df == 1:
            # Yates: shrink |O - E| by 1/2, but never past 0
            deviation = deviation - np.sign(deviation) * np.minimum(0.5, np.abs(deviation))
        statistic = float(np.sum(deviation**2 / expected))
        test = "chi-squared independence"
    else:
        raise ValueError(
            f"observed must be 1-D (counts per category) or 2-D (a contingency table); got {observed.ndim} dimensions."
        )
    pvalue = float(ChiSquared(df).sf(statistic))
    return HypothesisTestResult(statistic, pvalue, float(df), "greater", test, expected)


def f_oneway(*groups):
    """One-way ANOVA: do ``k`` groups share one mean? ``H0: mu_1 = ... = mu_k``.

    The total spread splits in two, ``SS_total = SS_between + SS_within``:

    * ``SS_between = sum_i n_i (x_bar_i - x_bar)**2``, how far the group means are from the
      grand mean (``k - 1`` degrees of freedom);
    * ``SS_within = sum_i sum_j (x_ij - x_bar_i)**2``, the noise inside the groups
      (``N - k`` degrees of freedom).

    ``F = (SS_between / (k - 1)) / (SS_within / (N - k))`` follows Fisher's F with
    ``(k - 1, N - k)`` degrees of freedom when the groups are normal with one common
    variance and the null holds; the p-value is its upper tail. With two groups
    ``F = t**2`` of the pooled t-test.

    Parameters
    ----------
    *groups : array_like, each shape (n_i,)
        At least two groups, ``N - k >= 1`` observations beyond one per group.

    Returns
    -------
    HypothesisTestResult with ``statistic`` (F), ``pvalue`` and ``df = (k - 1, N - k)``.

    Examples
    --------
    >>> from gradiente.stats import f_oneway
    >>> result = f_oneway([4.0, 5.0, 6.0], [6.0, 7.0, 8.0], [8.0, 9.0, 10.0, 9.0])
    >>> round(result.statistic, 4), round(result.pvalue, 6), result.df
    (16.1, 0.002406, (2.0, 7.0))

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    if len(groups) < 2:
        raise SampleSizeError(
            f"one-way ANOVA compares at least 2 groups, passed as separate arguments f_oneway(a, b, ...); got "
            f"{len(groups)}. To split one array by labels: f_oneway(*(x[labels == c] for c in np.unique(labels)))."
        )
    samples = [as_sample(group, f"groups[{i}]", purpose="one-way ANOVA") for i, group in enumerate(groups)]
    k = len(samples)
    sizes = np.array([sample.size for sample in samples], dtype=float)
    n_total = sizes.sum()
    if n_total - k < 1:
        raise SampleSizeError(
            f"one-way ANOVA needs more observations than groups (N - k >= 1 within-group degrees of freedom); "
            f"got N = {int(n_total)} observations in k = {k} groups."
        )
    means = np.array([sample.mean() for sample in samples])
    grand_mean = float(np.dot(sizes, means) / n_total)
    between = float(np.dot(sizes, (means - grand_mean) ** 2))
    within = float(sum(np.dot(sample - mean, sample - mean) for sample, mean in zip(samples, means)))
    if within == 0:
        raise ValueError(
            "every group is constant, so the within-group variance is 0 and F is undefined (0/0 or infinite). "
            "ANOVA measures differences of means against the noise inside the groups: it needs data that vary."
        )
    dfn, dfd = k - 1.0, float(n_total - k)
    statistic = float((between / dfn) / (within / dfd))
    pvalue = float(F(dfn, dfd).sf(statistic))
    return HypothesisTestResult(statistic, pvalue, (dfn, dfd), "greater", "one-way ANOVA")


def _discordant_counts(y_true, pred_a, pred_b):
    """``(b, c)``: the samples only A gets right, and the samples only B gets right."""
    if pred_a is None and pred_b is None:
        table = as_numeric_array(y_true, "table")
        if table.shape != (2, 2) or (table < 0).any() or (table != np.floor(table)).any():
            raise ValueError(
                "mcnemar(table) needs a 2 x 2 table of counts, [[both right, only A right], [only B right, "
                f"both wrong]]; got {table.tolist()!r}. Or pass mcnemar(y_true, pred_a, pred_b)."
            )
        return float(table[0, 1]), float(table[1, 0])
    if pred_a is None or pred_b is None:
        raise ValueError("mcnemar needs both models' predictions: mcnemar(y_true, pred_a, pred_b), or a 2 x 2 table.")
    y_true, pred_a, pred_b = (np.asarray(values) for values in (y_true, pred_a, pred_b))
    if not (y_true.ndim == pred_a.ndim == pred_b.ndim == 1) or not (y_true.shape == pred_a.shape == pred_b.shape):
        raise ValueError(
            "y_true, pred_a and pred_b must be 1-D of the same length (one entry per test sample, both models on "
            f"the same samples); got shapes {y_true.shape}, {pred_a.shape} and {pred_b.shape}."
        )
    right_a, right_b = pred_a == y_true, pred_b == y_true
    # NB: the samples both get right or both get wrong say nothing about which model is better
    return float(np.sum(right_a & ~right_b)), float(np.sum(~right_a & right_b))


def mcnemar(y_true, pred_a=None, pred_b=None, *, exact=False, correction=True):
    """McNemar's test: are two classifiers equally accurate on the *same* test samples?

    Only the disagreements count: ``b`` = samples A gets right and B wrong, ``c`` = the
    reverse. Under ``H0`` (equal accuracy) each disagreement is a fair coin, so
    ``b ~ Binomial(b + c, 1/2)``.

    * ``exact=False``: ``chi2 = (|b - c| - 1)**2 / (b + c)`` with the continuity correction
      (``correction=False`` drops the ``- 1``), referred to a chi-squared with 1 degree of
      freedom. Good when ``b + c`` is at least about 25.
    * ``exact=True``: the two-sided binomial p-value ``min(1, 2 P(X <= min(b, c)))`` with
      ``X ~ Binomial(b + c, 1/2)``; the statistic is ``min(b, c)``.

    These are statsmodels' ``mcnemar(table, exact, correction)`` conventions.

    Parameters
    ----------
    y_true, pred_a, pred_b : array_like, shape (n_samples,)
        True labels and the two models' predictions. Or pass one 2 x 2 table of counts
        ``[[both right, only A right], [only B right, both wrong]]`` as the only argument.
    exact : bool
    correction : bool

    Returns
    -------
    HypothesisTestResult with ``statistic`` and ``pvalue`` (``df = 1`` for the chi-squared version).

    Examples
    --------
    >>> from gradiente.stats import mcnemar
    >>> y_true = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0]
    >>> pred_a = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1]
    >>> pred_b = [0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1]
    >>> result = mcnemar(y_true, pred_a, pred_b, exact=True)  # b = 5, c = 0
    >>> result.statistic, round(result.pvalue, 4)
    (0.0, 0.0625)
    >>> round(mcnemar([[50, 12], [3, 35]]).pvalue, 6)  # b = 12, c = 3: chi2 = (9 - 1)**2 / 15
    0.038867

    Lesson: 5.7 `evaluating-models`.
    """
    b, c = _discordant_counts(y_true, pred_a, pred_b)
    n = b + c
    if exact:
        # Binomial(n, 1/2) is symmetric, so the two tails are equal: double the smaller one
        pvalue = min(1.0, 2.0 * float(Binomial(int(n), 0.5).cdf(min(b, c))))
        return HypothesisTestResult(min(b, c), pvalue, None, "two-sided", "McNemar (exact binomial)")
    if n == 0:
        raise ValueError(
            "the two models never disagree (b + c = 0), so the chi-squared statistic is 0/0. There is no evidence "
            "that either is better; mcnemar(..., exact=True) reports p = 1."
        )
    statistic = (abs(b - c) - (1.0 if correction else 0.0)) ** 2 / n
    pvalue = float(ChiSquared(1).sf(statistic))
    return HypothesisTestResult(statistic, pvalue, 1.0, "two-sided", "McNemar (chi-squared)")
