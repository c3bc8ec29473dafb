"""Hypothesis tests, confidence intervals and resampling against scipy.stats."""

import math

import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.stats import (
    SampleSizeError,
    bootstrap,
    chi2_test,
    confidence_interval,
    permutation_test,
    proportions_ztest,
    ttest_1samp,
    ttest_ind,
    ttest_rel,
    ztest,
)

RTOL = 1e-10
ALTERNATIVES = ["two-sided", "less", "greater"]


def assert_same_test(ours, reference, rtol=RTOL):
    assert ours.statistic == pytest.approx(float(reference.statistic), rel=rtol, abs=1e-300)
    assert ours.pvalue == pytest.approx(float(reference.pvalue), rel=rtol, abs=1e-300)


# Data: a seed, sizes, and a shift up to 8 standard errors and beyond, so that p-values
# run from 1 down to 1e-200 (the far tails of the t distribution).
samples = st.tuples(st.integers(0, 2**32 - 1), st.integers(2, 400), st.floats(-3, 3), st.floats(0.01, 100))


def draw(seed, n, shift, scale):
    return np.random.default_rng(seed).normal(shift, scale, n) * 1.0


@given(samples, st.sampled_from(ALTERNATIVES), st.floats(-5, 5))
def test_ttest_1samp_matches_scipy(sample, alternative, popmean):
    x = draw(*sample)
    assert_same_test(ttest_1samp(x, popmean, alternative), ss.ttest_1samp(x, popmean, alternative=alternative))


@given(samples, samples, st.sampled_from(ALTERNATIVES), st.booleans())
def test_ttest_ind_student_and_welch_match_scipy(sample_x, sample_y, alternative, equal_var):
    x, y = draw(*sample_x), draw(*sample_y)
    ours = ttest_ind(x, y, equal_var=equal_var, alternative=alternative)
    reference = ss.ttest_ind(x, y, equal_var=equal_var, alternative=alternative)
    assert_same_test(ours, reference)
    assert ours.df == pytest.approx(float(reference.df), rel=1e-12)


@given(samples, st.floats(-2, 2), st.sampled_from(ALTERNATIVES))
def test_ttest_rel_matches_scipy(sample, effect, alternative):
    x = draw(*sample)
    y = x + effect + np.random.default_rng(sample[0] + 1).normal(0, 1, x.size)
    assert_same_test(ttest_rel(x, y, alternative), ss.ttest_rel(x, y, alternative=alternative))


def test_t_test_far_tail_pvalues_keep_their_digits():
    x = np.random.default_rng(0).normal(10.0, 1.0, 300)
    reference = ss.ttest_1samp(x, 0.0)
    assert reference.pvalue < 1e-250
    assert_same_test(ttest_1samp(x, 0.0), reference)
    y = np.random.default_rng(1).normal(0.0, 1.0, 200)
    assert_same_test(ttest_ind(x[:200], y, equal_var=False), ss.ttest_ind(x[:200], y, equal_var=False))


@given(samples, st.floats(-1, 1), st.floats(0.1, 5), st.sampled_from(ALTERNATIVES))
def test_ztest_matches_the_normal_distribution(sample, value, sigma, alternative):
    x = draw(*sample)
    z = (x.mean() - value) / (sigma / math.sqrt(x.size))
    p = {"two-sided": 2 * ss.norm.sf(abs(z)), "less": ss.norm.cdf(z), "greater": ss.norm.sf(z)}[alternative]
    result = ztest(x, value, sigma=sigma, alternative=alternative)
    assert result.statistic == pytest.approx(z, rel=1e-12)
    assert result.pvalue == pytest.approx(min(p, 1.0), rel=RTOL, abs=1e-300)


@given(st.integers(1, 5000), st.floats(0, 1), st.floats(0.01, 0.99))
def test_one_proportion_z_squared_is_pearsons_chi_squared(nobs, fraction, value):
    count = round(fraction * nobs)
    result = proportions_ztest(count, nobs, value=value)
    reference = ss.chisquare([count, nobs - count], [nobs * value, nobs * (1 - value)])
    assert result.statistic**2 == pytest.approx(reference.statistic, rel=1e-9, abs=1e-12)
    assert result.pvalue == pytest.approx(reference.pvalue, rel=RTOL, abs=1e-300)
    one_sided = proportions_ztest(count, nobs, value=value, alternative="greater")
    assert one_sided.pvalue == pytest.approx(ss.norm.sf(result.statistic), rel=RTOL, abs=1e-300)


@given(st.integers(1, 3000), st.integers(1, 3000), st.floats(0, 1), st.floats(0, 1))
def test_two_proportions_match_the_uncorrected_contingency_test(n_1, n_2, f_1, f_2):
    k_1, k_2 = round(f_1 * n_1), round(f_2 * n_2)
    if k_1 + k_2 in (0, n_1 + n_2):
        return  # no variation: refused (tested below)
    result = proportions_ztest([k_1, k_2], [n_1, n_2])
    table = [[k_1, n_1 - k_1], [k_2, n_2 - k_2]]
    reference = ss.chi2_contingency(table, correction=False)
    assert result.statistic**2 == pytest.approx(reference.statistic, rel=1e-9, abs=1e-12)
    assert result.pvalue == pytest.approx(reference.pvalue, rel=RTOL, abs=1e-300)


@given(st.lists(st.integers(0, 10_000), min_size=2, max_size=12), st.integers(0, 1))
def test_chi2_goodness_of_fit_matches_scipy(counts, ddof):
    observed = np.array(counts, dtype=float)
    if observed.sum() == 0 or observed.size - 1 - ddof < 1:
        return
    rng = np.random.default_rng(len(counts))
    weights = rng.uniform(0.2, 1.0, observed.size)
    expected = weights / weights.sum() * observed.sum()
    assert_same_test(chi2_test(observed, expected, ddof=ddof), ss.chisquare(observed, expected, ddof=ddof))
    assert_same_test(chi2_test(observed), ss.chisquare(observed))


@given(st.integers(2, 5), st.integers(2, 5), st.integers(0, 2**32 - 1), st.booleans())
def test_chi2_independence_matches_chi2_contingency(rows, columns, seed, correction):
    rng = np.random.default_rng(seed)
    table = rng.integers(1, 400, size=(rows, columns)) * rng.integers(1, 4, size=(rows, 1))
    ours = chi2_test(table, correction=correction)
    reference = ss.chi2_contingency(table, correction=correction)
    assert_same_test(ours, reference)
    assert ours.df == reference.dof
    np.testing.assert_allclose(ours.expected, reference.expected_freq, rtol=1e-13)


def test_chi2_far_tail_pvalue():
    table = np.array([[900, 100], [100, 900]])
    reference = ss.chi2_contingency(table)
    assert reference.pvalue < 1e-200
    assert_same_test(chi2_test(table), reference)


@given(samples, st.floats(0.5, 0.999))
def test_mean_interval_matches_scipy_t_interval(sample, confidence):
    x = draw(*sample)
    low, high = ss.t.interval(confidence, x.size - 1, loc=x.mean(), scale=ss.sem(x))
    interval = confidence_interval(x, confidence)
    assert (interval.low, interval.high) == pytest.approx((low, high), rel=1e-10, abs=1e-12)


@given(st.integers(1, 10_000), st.floats(0, 1), st.floats(0.5, 0.999))
def test_wilson_interval_matches_scipy(nobs, fraction, confidence):
    count = round(fraction * nobs)
    reference = ss.binomtest(count, nobs).proportion_ci(confidence, method="wilson")
    interval = confidence_interval(count=count, nobs=nobs, parameter="proportion", confidence=confidence)
    assert (interval.low, interval.high) == pytest.approx((reference.low, reference.high), rel=1e-10, abs=1e-14)


def test_wilson_interval_from_data():
    data = [1, 0, 0, 1, 1, 1, 0, 1]
    assert tuple(confidence_interval(data, parameter="proportion")) == tuple(
        confidence_interval(count=5, nobs=8, parameter="proportion")
    )


def test_95_percent_t_intervals_cover_the_true_mean_95_percent_of_the_time():
    rng = np.random.default_rng(2026)
    true_mean = 3.0
    covered = sum(confidence_interval(rng.normal(true_mean, 2.0, 15)).contains(true_mean) for _ in range(2000))
    assert 0.94 <= covered / 2000 <= 0.96


def test_t_test_pvalues_are_uniform_under_the_null():
    rng = np.random.default_rng(7)
    pvalues = np.array([ttest_ind(rng.normal(0, 1, 12), rng.normal(0, 1, 9)).pvalue for _ in range(2000)])
    # Kolmogorov-Smirnov against U(0, 1); and about 5% below 0.05
    assert ss.kstest(pvalues, "uniform").pvalue > 0.01
    assert 0.04 <= np.mean(pvalues < 0.05) <= 0.06


def test_t_test_rejects_more_often_when_the_null_is_false():
    rng = np.random.default_rng(8)
    pvalues = [ttest_1samp(rng.normal(0.8, 1, 20), 0.0).pvalue for _ in range(500)]
    assert np.mean(np.array(pvalues) < 0.05) > 0.8  # the power of the test


@settings(max_examples=20)
@given(st.integers(0, 2**32 - 1), st.integers(2, 7), st.integers(2, 7), st.sampled_from(ALTERNATIVES))
def test_exact_permutation_test_equals_scipy(seed, n_x, n_y, alternative):
    rng = np.random.default_rng(seed)
    x, y = rng.normal(0.5, 1, n_x), rng.normal(0, 1, n_y)
    ours = permutation_test(x, y, alternative=alternative)
    reference = ss.permutation_test(
        (x, y), lambda a, b, axis: np.mean(a, axis=axis) - np.mean(b, axis=axis), alternative=alternative
    )
    assert ours.exact
    assert ours.statistic == pytest.approx(reference.statistic, rel=1e-12)
    assert ours.pvalue == pytest.approx(reference.pvalue, rel=1e-12)
    np.testing.assert_allclose(
        np.sort(ours.null_distribution), np.sort(reference.null_distribution), rtol=1e-12, atol=1e-14
    )


def test_random_permutation_test_agrees_with_scipy_and_is_reproducible():
    rng = np.random.default_rng(3)
    x, y = rng.normal(0.4, 1, 40), rng.normal(0, 1, 35)
    ours = permutation_test(x, y, n_resamples=20_000, rng=1)
    assert not ours.exact
    assert ours.pvalue == permutation_test(x, y, n_resamples=20_000, rng=1).pvalue
    reference = ss.permutation_test(
        (x, y), lambda a, b, axis: np.mean(a, axis=axis) - np.mean(b, axis=axis), n_resamples=20_000, rng=2
    )
    assert ours.pvalue == pytest.approx(reference.pvalue, abs=0.01)
    # and with the t-test, which approximates it
    assert ours.pvalue == pytest.approx(ss.ttest_ind(x, y).pvalue, abs=0.02)


def test_permutation_test_with_a_statistic_without_axis():
    x, y = [3.1, 2.9, 3.5, 3.8], [2.0, 2.2, 1.9, 2.4]
    with_axis = permutation_test(x, y)
    without = permutation_test(x, y, statistic=lambda a, b: np.mean(a) - np.mean(b))
    assert with_axis.pvalue == without.pvalue == pytest.approx(2 / 70)


def test_bootstrap_percentile_interval_agrees_with_scipy():
    x = np.random.default_rng(4).exponential(2.0, 60)
    ours = bootstrap(x, np.median, n_resamples=20_000, rng=5)
    reference = ss.bootstrap((x,), np.median, n_resamples=20_000, method="percentile", rng=6)
    ci = reference.confidence_interval
    width = ci.high - ci.low
    assert ours.confidence_interval.low == pytest.approx(ci.low, abs=0.05 * width)
    assert ours.confidence_interval.high == pytest.approx(ci.high, abs=0.05 * width)
    assert ours.standard_error == pytest.approx(reference.standard_error, rel=0.05)
    again = bootstrap(x, np.median, n_resamples=20_000, rng=5)
    np.testing.assert_array_equal(ours.bootstrap_distribution, again.bootstrap_distribution)


def test_bootstrap_standard_error_of_the_mean_is_about_s_over_root_n():
    x = np.random.default_rng(9).normal(0, 3, 400)
    result = bootstrap(x, np.mean, n_resamples=5000, rng=0)
    assert result.standard_error == pytest.approx(x.std() / math.sqrt(x.size), rel=0.05)
    assert result.confidence_interval.estimate == pytest.approx(x.mean())


def test_bootstrap_with_a_statistic_without_axis():
    x = np.arange(20.0)
    result = bootstrap(x, lambda sample: float(np.max(sample) - np.min(sample)), n_resamples=200, rng=0)
    assert result.bootstrap_distribution.shape == (200,)
    assert result.bootstrap_distribution.max() <= 19.0


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: ttest_1samp([1.0, np.nan, 2.0]), ValueError, "contains NaN"),
        (lambda: ttest_1samp([1.0]), SampleSizeError, "at least 2 observations"),
        (lambda: ttest_1samp([2.0, 2.0, 2.0], 1.0), ValueError, "standard error is 0"),
        (lambda: ttest_ind([1.0, 2.0], [3.0], equal_var=False), SampleSizeError, "at least 2"),
        (lambda: ttest_ind([1.0], [3.0]), SampleSizeError, "at least 3 observations in total"),
        (lambda: ttest_rel([1.0, 2.0, 3.0], [1.0, 2.0]), ValueError, "same length"),
        (lambda: ttest_1samp([1.0, 2.0], alternative="bigger"), ValueError, "'two-sided'"),
        (lambda: ttest_1samp("123"), TypeError, "must be numbers"),
        (lambda: ttest_1samp([[1.0, 2.0], [3.0, 4.0]]), ValueError, r"1-D sample"),
        (lambda: proportions_ztest(12, 10, value=0.5), ValueError, "between 0 and its nobs"),
        (lambda: proportions_ztest(5, 10, value=1.5), ValueError, r"value must lie in \(0, 1\)"),
        (lambda: proportions_ztest(5, 10), ValueError, "needs value"),
        (lambda: proportions_ztest([0, 0], [10, 10]), ValueError, "same outcome"),
        (lambda: chi2_test([10, 20], [10, 10]), ValueError, "same total"),
        (lambda: chi2_test([[10, 0], [5, 0]]), ValueError, "all zeros"),
        (lambda: chi2_test([5]), SampleSizeError, "at least 2 categories"),
        (lambda: confidence_interval([1.0, 2.0], confidence=95), ValueError, "0.95"),
        (lambda: confidence_interval([0, 1, 2], parameter="proportion"), ValueError, "0s and 1s"),
        (lambda: confidence_interval(count=11, nobs=10, parameter="proportion"), ValueError, "count must lie in"),
        (lambda: bootstrap([1.0, 2.0, 3.0], n_resamples=0), ValueError, "positive integer"),
        (lambda: permutation_test([1.0, np.nan], [2.0]), ValueError, "contains NaN"),
    ],
)
def test_bad_input_gets_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()
