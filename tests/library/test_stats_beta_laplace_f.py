"""stats.Beta, stats.Laplace and stats.F against scipy.stats and mpmath: 1e-10 relative, far tails included."""

import math

import mpmath
import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.stats import Beta, F, Laplace

RTOL = 1e-10


def assert_relative(actual, expected, rtol=RTOL, atol=0.0, what=""):
    """Relative agreement wherever the reference is a normal float (``atol`` for values near 0)."""
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert actual.shape == expected.shape
    normal = np.isfinite(expected) & (np.abs(expected) > 1e-300)
    error = np.abs(actual[normal] - expected[normal]) / (np.abs(expected[normal]) + atol / rtol)
    if error.size:
        worst = int(np.argmax(error))
        assert error[worst] <= rtol, (
            f"{what}: relative error {error[worst]:.3e}: got {actual[normal][worst]!r}, "
            f"expected {expected[normal][worst]!r}"
        )
    tiny = (expected == 0) | (np.isfinite(expected) & (np.abs(expected) <= 1e-300))
    assert np.all(np.abs(actual[tiny]) <= max(1e-290, atol)), what
    infinite = ~np.isfinite(expected)
    np.testing.assert_array_equal(actual[infinite], expected[infinite], err_msg=what)


# Probabilities for ppf: the bulk and both tails (down to 1e-100 and 1 - 1e-15, 1e-12 named in the brief).
Q = np.concatenate(
    [np.linspace(0.001, 0.999, 60), np.logspace(-100, -3, 30), 1 - np.logspace(-15, -3, 13), [1e-12, 1 - 1e-12]]
)


def check_quantiles(ours, reference, q=Q):
    """ppf and isf against SciPy where SciPy's own answer is consistent, and against our own cdf everywhere."""
    for ours_inverse, reference_inverse, tail in (
        (ours.ppf, reference.ppf, reference.cdf),
        (ours.isf, reference.isf, reference.sf),
    ):
        with np.errstate(all="ignore"):
            consistent = np.abs(tail(reference_inverse(q)) / q - 1) < 1e-12
        assert_relative(ours_inverse(q)[consistent], reference_inverse(q)[consistent], what="ppf/isf")
    # a root x carries a rounding of eps |x| (eps |1 - x| for a beta near 1 cannot be had), which moves
    # the tail by that times the density: the round trip is only as exact as this condition allows
    q = q[(q > 0) & (q < 0.5)]
    for inverse, tail, distance in ((ours.ppf, ours.cdf, np.abs), (ours.isf, ours.sf, np.abs)):
        x = inverse(q)
        with np.errstate(all="ignore"):
            condition = distance(x) * ours.pdf(x) / q
        exact = np.isfinite(condition) & (condition < 1e4) & (x > 1e-300)
        if isinstance(ours, Beta):
            exact &= x < 1  # the root rounded to the end of the support
        assert_relative(tail(x[exact]), q[exact], rtol=1e-9, what="tail(inverse(q)) = q")
    assert ours.ppf(0.0) == reference.ppf(0.0) and ours.ppf(1.0) == reference.ppf(1.0)


def reference_tails(reference, x):
    """SciPy's cdf and sf, each of the two above 1/2 taken as 1 - the other (the smaller tail).

    NB: SciPy's I_x(a, b) with a, b <= 1 loses up to 9 digits where it is close to 1 (checked
    against mpmath below), while its small tail is exact; ours computes the small tail in both.
    """
    cdf, sf = reference.cdf(x), reference.sf(x)
    return np.where(cdf > 0.5, 1.0 - sf, cdf), np.where(sf > 0.5, 1.0 - cdf, sf)


BETA_SHAPES = [(0.5, 0.5), (2.0, 3.0), (0.1, 50.0), (1.0, 1.0), (1.0, 4.0), (200.0, 300.0), (0.01, 0.02), (5.0, 0.3)]


@pytest.mark.parametrize("a, b", BETA_SHAPES)
def test_beta_matches_scipy(a, b):
    ours, reference = Beta(a, b), ss.beta(a, b)
    x = np.concatenate([np.linspace(0, 1, 101), np.logspace(-300, -1, 30), 1 - np.logspace(-16, -1, 16), [-1, 2]])
    assert_relative(ours.pdf(x), reference.pdf(x), what="pdf")
    assert_relative(ours.logpdf(x), reference.logpdf(x), atol=1e-12, what="logpdf")
    cdf, sf = reference_tails(reference, x)
    assert_relative(ours.cdf(x), cdf, what="cdf")
    assert_relative(ours.sf(x), sf, what="sf")
    check_quantiles(ours, reference)
    assert ours.mean() == pytest.approx(reference.mean(), rel=1e-14)
    assert ours.var() == pytest.approx(reference.var(), rel=1e-13)
    low, high = ours.interval(0.9)
    assert (low, high) == pytest.approx(reference.interval(0.9), rel=1e-10)


@settings(max_examples=60, deadline=None)
@given(st.floats(0.05, 500), st.floats(0.05, 500), st.floats(0, 1))
def test_beta_matches_scipy_for_any_shapes(a, b, u):
    ours, reference = Beta(a, b), ss.beta(a, b)
    x = np.array([u, u / 2, (1 + u) / 2])
    cdf, sf = reference_tails(reference, x)
    assert_relative(ours.cdf(x), cdf, rtol=1e-9, what="cdf")
    assert_relative(ours.sf(x), sf, rtol=1e-9, what="sf")
    assert_relative(ours.logpdf(x), reference.logpdf(x), rtol=1e-9, atol=1e-9, what="logpdf")


def test_beta_far_tails_against_mpmath():
    mpmath.mp.dps = 40
    for a, b, x in [
        (0.5, 0.5, 1 - 2**-53),
        (2.0, 3.0, 1e-150),
        (0.1, 50.0, 0.9),
        (300.0, 200.0, 0.5),
        (30.0, 0.5, 1e-10),
    ]:
        exact_cdf = mpmath.betainc(a, b, 0, x, regularized=True)
        exact_sf = mpmath.betainc(a, b, x, 1, regularized=True)
        assert Beta(a, b).cdf(x) == pytest.approx(float(exact_cdf), rel=1e-12)
        assert Beta(a, b).sf(x) == pytest.approx(float(exact_sf), rel=1e-11)
        exact_logpdf = (a - 1) * mpmath.log(x) + (b - 1) * mpmath.log1p(-x) - mpmath.log(mpmath.beta(a, b))
        assert Beta(a, b).logpdf(x) == pytest.approx(float(exact_logpdf), rel=1e-11, abs=1e-11)
    assert Beta(2.0, 3.0).cdf(1e-150) < 1e-295  # a 1e-300-scale probability, still with all its digits


def test_beta_mode_and_the_conjugate_update():
    prior_a, prior_b, k, n = 2.0, 2.0, 7, 10
    posterior = Beta(prior_a + k, prior_b + n - k)
    assert posterior.mode() == pytest.approx((prior_a + k - 1) / (prior_a + prior_b + n - 2))
    assert posterior.mean() == pytest.approx((prior_a + k) / (prior_a + prior_b + n))
    grid = np.linspace(0.001, 0.999, 100_001)
    assert grid[np.argmax(posterior.pdf(grid))] == pytest.approx(posterior.mode(), abs=1e-5)
    assert Beta(1.0, 3.0).mode() == 0.0 and Beta(3.0, 0.5).mode() == 1.0
    assert math.isnan(Beta(1.0, 1.0).mode()) and math.isnan(Beta(0.5, 0.5).mode())
    assert Beta(1.0, 4.0).pdf(0.0) == pytest.approx(4.0) and Beta(0.5, 2.0).pdf(0.0) == math.inf


def test_beta_sample_and_fit():
    data = Beta(2.5, 4.0).sample(5000, rng=0)
    assert np.array_equal(data, np.random.default_rng(0).beta(2.5, 4.0, 5000))
    fitted = Beta.fit(data)
    a, b, _, _ = ss.beta.fit(data, floc=0, fscale=1)
    assert (fitted.a, fitted.b) == pytest.approx((a, b), rel=1e-4)
    assert fitted.log_likelihood(data) >= ss.beta(a, b).logpdf(data).sum() - 1e-6


@settings(max_examples=40, deadline=None)
@given(st.floats(-100, 100), st.floats(1e-3, 1e3))
def test_laplace_matches_scipy(loc, scale):
    ours, reference = Laplace(loc, scale), ss.laplace(loc, scale)
    x = loc + scale * np.concatenate([np.linspace(-700, 700, 141), [0.0, 1e-9, -1e-9]])
    assert_relative(ours.pdf(x), reference.pdf(x), what="pdf")
    # SciPy's logpdf is log(pdf), -inf once pdf underflows; ours is the formula itself
    z = np.abs(x - loc) / scale
    assert_relative(ours.logpdf(x), -z - math.log(2 * scale), what="logpdf")
    assert_relative(ours.cdf(x), reference.cdf(x), what="cdf")
    assert_relative(ours.sf(x), reference.sf(x), what="sf")
    q = Q[(Q > 0) & (Q < 1)]
    assert_relative(ours.ppf(q), reference.ppf(q), rtol=1e-9, atol=1e-12 * (abs(loc) + scale), what="ppf")
    assert ours.var() == pytest.approx(reference.var(), rel=1e-14)


def test_laplace_fit_is_median_and_mean_absolute_deviation():
    data = Laplace(3.0, 0.5).sample(2001, rng=1)
    fitted = Laplace.fit(data)
    loc, scale = ss.laplace.fit(data)
    assert (fitted.loc, fitted.scale) == pytest.approx((loc, scale), rel=1e-12)
    assert fitted.loc == np.median(data)
    # MAE is the Laplace negative log-likelihood: the fitted scale is the mean absolute error of the median
    assert fitted.scale == pytest.approx(np.mean(np.abs(data - np.median(data))), rel=1e-14)


F_DEGREES = [(1.0, 1.0), (2.0, 27.0), (0.5, 0.7), (5.0, 100.0), (100.0, 3.0), (1e4, 1e3), (3.0, 1e5)]


@pytest.mark.parametrize("dfn, dfd", F_DEGREES)
def test_f_matches_scipy(dfn, dfd):
    ours, reference = F(dfn, dfd), ss.f(dfn, dfd)
    x = np.concatenate([[0.0, -1.0], np.logspace(-300, 300, 121), np.linspace(0, 10, 41)])
    assert ours.pdf(np.inf) == 0.0 and ours.cdf(np.inf) == 1.0 and ours.sf(np.inf) == 0.0  # SciPy's pdf(inf) is nan
    assert_relative(ours.pdf(x), reference.pdf(x), rtol=1e-9, what="pdf")
    assert_relative(ours.logpdf(x), reference.logpdf(x), rtol=1e-9, atol=1e-12, what="logpdf")
    cdf, sf = reference_tails(reference, x)
    assert_relative(ours.cdf(x), cdf, what="cdf")
    assert_relative(ours.sf(x), sf, what="sf")
    check_quantiles(ours, reference)
    assert ours.mean() == pytest.approx(reference.mean(), rel=1e-14)
    assert ours.var() == pytest.approx(reference.var(), rel=1e-12, nan_ok=True)


def test_f_far_tails_against_mpmath():
    mpmath.mp.dps = 40
    for dfn, dfd, x in [(2.0, 27.0, 1e12), (5.0, 10.0, 1e-120), (3.0, 4.0, 1e70), (3.0, 10.0, 1e60), (1.0, 1.0, 1e-14)]:
        w = mpmath.mpf(dfn) * x / (mpmath.mpf(dfn) * x + dfd)
        exact_cdf = mpmath.betainc(dfn / 2, dfd / 2, 0, w, regularized=True)
        exact_sf = mpmath.betainc(dfd / 2, dfn / 2, 0, dfd / (mpmath.mpf(dfn) * x + dfd), regularized=True)
        assert F(dfn, dfd).cdf(x) == pytest.approx(float(exact_cdf), rel=1e-12)
        assert F(dfn, dfd).sf(x) == pytest.approx(float(exact_sf), rel=1e-12)
    assert 1e-320 < F(3.0, 10.0).sf(1e60) < 1e-290  # sf at the 1e-300 scale
    # SciPy's isf(1e-100) of F(2, 27) is inf; the true critical value solves (1 + 2x/27)^(-13.5) = 1e-100
    x = F(2.0, 27.0).isf(1e-100)
    assert float(mpmath.power(1 + 2 * mpmath.mpf(x) / 27, -13.5)) == pytest.approx(1e-100, rel=1e-12)


def test_f_is_a_ratio_of_chi_squares_and_t_squared():
    # F(1, d) is the square of a Student t with d degrees of freedom
    t = 2.3
    assert F(1.0, 12.0).sf(t**2) == pytest.approx(2 * ss.t(12).sf(t), rel=1e-12)
    data = F(4.0, 9.0).sample(100_000, rng=0)
    assert np.array_equal(data, np.random.default_rng(0).f(4.0, 9.0, 100_000))
    assert ss.kstest(data[:5000], ss.f(4.0, 9.0).cdf).pvalue > 1e-3


def test_errors_teach():
    with pytest.raises(ValueError, match=r"a must lie in \(0, inf\).*Beta\(1, 1\) is the uniform"):
        Beta(0.0, 1.0)
    with pytest.raises(ValueError, match="strictly inside"):
        Beta.fit([0.2, 0.5, 1.0])
    with pytest.raises(ValueError, match=r"confidence must lie in \(0, 1\)"):
        Beta(2, 2).interval(95)
    with pytest.raises(ValueError, match="scale b is the mean absolute deviation"):
        Laplace(0.0, -1.0)
    with pytest.raises(ValueError, match="all observations are equal"):
        Laplace.fit([2.0, 2.0, 2.0])
    with pytest.raises(ValueError, match="k - 1 and n - k"):
        F(0, 3)
    with pytest.raises(ValueError, match="probabilities in"):
        F(2, 3).ppf(1.5)
