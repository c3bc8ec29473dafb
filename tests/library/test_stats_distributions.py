"""gradiente.stats distributions against scipy.stats: 1e-10 relative, far tails included."""

import math

import mpmath
import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.stats import (
    Bernoulli,
    Binomial,
    ChiSquared,
    Exponential,
    Normal,
    Poisson,
    SampleSizeError,
    StudentT,
    Uniform,
)

RTOL = 1e-10


def assert_relative(actual, expected, rtol=RTOL, what=""):
    """Relative agreement wherever the reference is a normal (not subnormal) float."""
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert actual.shape == expected.shape
    normal = np.isfinite(expected) & (np.abs(expected) > 1e-300)
    error = np.abs(actual[normal] - expected[normal]) / np.abs(expected[normal])
    if error.size:
        worst = int(np.argmax(error))
        assert error[worst] <= rtol, (
            f"{what}: relative error {error[worst]:.3e}: got "
            f"{actual[normal][worst]!r}, expected "
            f"{expected[normal][worst]!r}"
        )
    tiny = (expected == 0) | (np.isfinite(expected) & (np.abs(expected) <= 1e-300))
    assert np.all(np.abs(actual[tiny]) <= 1e-290), what
    infinite = ~np.isfinite(expected)
    np.testing.assert_array_equal(actual[infinite], expected[infinite], err_msg=what)


# Probabilities for ppf: the bulk, and both tails down to 1e-15 / 1e-100.
Q = np.concatenate(
    [np.linspace(0.001, 0.999, 100), np.logspace(-100, -3, 40), 1 - np.logspace(-15, -3, 20), [0.5, 0.0, 1.0]]
)


def check_continuous(ours, reference, x, q=Q):
    assert_relative(ours.pdf(x), reference.pdf(x), what="pdf")
    assert_relative(ours.logpdf(x), reference.logpdf(x), what="logpdf")
    assert_relative(ours.cdf(x), reference.cdf(x), what="cdf")
    assert_relative(ours.sf(x), reference.sf(x), what="sf")
    quantiles = ours.ppf(q)
    # SciPy's t quantile is off for df = 0.5 below q = 1e-78; compare only where SciPy's
    # own answer satisfies cdf(ppf(q)) = q, and check ours by that equation everywhere.
    with np.errstate(all="ignore"):
        consistent = np.abs(reference.cdf(reference.ppf(q)) / q - 1) < 1e-12
    consistent |= (q == 0) | (q == 1)
    assert_relative(quantiles[consistent], reference.ppf(q)[consistent], what="ppf")
    inside = (q > 0) & (q < 0.5) & (np.abs(quantiles) > 1e-300)  # not an underflowed root
    # (only without a location parameter: rounding mu + sigma z would blur z)
    if isinstance(ours, (StudentT, ChiSquared)):
        assert_relative(ours.cdf(quantiles[inside]), q[inside], what="cdf(ppf(q))")
    if isinstance(ours, StudentT) and ours.df <= 1:
        # the mean of a t with df <= 1 is undefined; SciPy reports inf, we report nan
        assert math.isnan(ours.mean())
    else:
        assert ours.mean() == pytest.approx(reference.mean(), rel=1e-12, nan_ok=True)
    assert ours.var() == pytest.approx(reference.var(), rel=1e-12, nan_ok=True)


@given(mu=st.floats(-100, 100), sigma=st.floats(1e-3, 1e3))
def test_normal_matches_scipy(mu, sigma):
    x = mu + sigma * np.concatenate([np.linspace(-38, 38, 153), [0.0, 1e-9]])
    check_continuous(Normal(mu, sigma), ss.norm(mu, sigma), x)


@given(lam=st.floats(1e-3, 1e3))
def test_exponential_matches_scipy(lam):
    x = np.concatenate([np.linspace(-1, 700, 141), np.logspace(-12, 2.8, 30)]) / lam
    check_continuous(Exponential(lam), ss.expon(scale=1 / lam), x)


@given(a=st.floats(-100, 100), width=st.floats(1e-3, 1e3))
def test_uniform_matches_scipy(a, width):
    # points off the edges: exactly at b, b - a and SciPy's scale can round differently
    x = a + width * (np.linspace(-0.5, 1.5, 81) + 1e-6)
    b = a + width
    # Both get the same interval: SciPy's scale is b - a as rounded here, or a 1/width of 1e-5
    # (a = 32, width = 0.99999) would differ by the rounding of a + width, not by the formula.
    ours, reference = Uniform(a, b), ss.uniform(a, b - a)
    assert_relative(ours.pdf(x), reference.pdf(x), what="pdf")
    assert_relative(ours.logpdf(x), reference.logpdf(x), what="logpdf")
    # A linear CDF: compare absolutely (SciPy's sf is 1 - cdf, so it is noisy near 0), to
    # the rounding of b - a versus SciPy's scale, which grows with |a| / width.
    atol = 1e-14 * (1 + abs(a) / width)
    np.testing.assert_allclose(ours.cdf(x), reference.cdf(x), rtol=0, atol=atol)
    np.testing.assert_allclose(ours.sf(x), reference.sf(x), rtol=0, atol=atol)
    np.testing.assert_allclose(ours.ppf(Q), reference.ppf(Q), rtol=1e-12, atol=1e-12)
    assert ours.mean() == pytest.approx(reference.mean(), rel=1e-12, abs=1e-12)
    assert ours.var() == pytest.approx(reference.var(), rel=1e-12)
    assert ours.pdf(a) == ours.pdf(a + width) == 1 / (ours.b - ours.a)


@settings(max_examples=30)
@given(df=st.floats(0.5, 2e4))
def test_student_t_matches_scipy_including_far_tails(df):
    x = np.concatenate([np.linspace(-40, 40, 81), -np.logspace(1, 30, 15), np.logspace(1, 30, 15), [0.0, 1e-12]])
    check_continuous(StudentT(df), ss.t(df), x)


def test_student_t_quantile_near_the_median_keeps_relative_digits():
    # df = 1 is the Cauchy distribution: ppf(q) = tan(pi (q - 1/2)) exactly. SciPy gives
    # -2.83e-16 at q = 0.5 - 2**-54; the truth is -1.744e-16.
    q = np.array([0.5 - 2.0**-54, 0.5 - 1e-9, 0.5 + 1e-6])
    assert_relative(StudentT(1.0).ppf(q), np.tan(np.pi * (q - 0.5)), rtol=1e-9)


def test_student_t_extreme_quantile_where_scipy_is_off():
    # scipy.stats.t(3.7).ppf(3.5e-243) is wrong by a factor of 1.7; the defining equation
    # cdf(t) = q, evaluated by mpmath, is the judge.
    q = 3.511191734215027e-243
    t = StudentT(3.7).ppf(q)
    mpmath.mp.dps = 50
    df = mpmath.mpf(3.7)
    x = df / (df + mpmath.mpf(t) ** 2)
    assert float(0.5 * mpmath.betainc(df / 2, 0.5, 0, x, regularized=True)) == pytest.approx(q, rel=1e-10)


@settings(max_examples=30)
@given(df=st.floats(0.3, 5e3))
def test_chi_squared_matches_scipy_including_far_tails(df):
    x = np.concatenate([df * np.linspace(0.0, 4.0, 81), df + np.linspace(0, 1500, 31), np.logspace(-30, -1, 10)])
    check_continuous(ChiSquared(df), ss.chi2(df), x)
    tiny = np.logspace(-250, -20, 12)
    assert_relative(ChiSquared(df).isf(tiny), ss.chi2(df).isf(tiny), what="isf")


@given(p=st.floats(0, 1))
def test_bernoulli_matches_scipy(p):
    ours, reference = Bernoulli(p), ss.bernoulli(p)
    k = np.array([-1.0, 0.0, 0.5, 1.0, 2.0])
    assert_relative(ours.pmf(k), reference.pmf(k), what="pmf")
    assert_relative(ours.logpmf(k), reference.logpmf(k), what="logpmf")
    assert_relative(ours.cdf(k), reference.cdf(k), what="cdf")
    q = np.linspace(0, 1, 41)
    q = q[np.abs(q - (1 - p)) > 1e-12]  # on the step itself, rounding decides (SciPy fudges)
    assert_relative(ours.ppf(q), reference.ppf(q), what="ppf")
    assert ours.mean() == pytest.approx(reference.mean()) and ours.var() == pytest.approx(reference.var())


def assert_relative_or_exact(actual, expected, exact, what):
    """Like assert_relative, but where SciPy and we disagree, mpmath (50 digits) decides.

    SciPy 1.17's binomial and Poisson CDFs lose up to 7 digits far in the tails
    (e.g. binom(1891, 0.3125).cdf(38)), and its Poisson pmf for lam ~ 1e5 is off by ~1e-9;
    those points are settled by the exact value; so are those where SciPy's binomial sf
    underflows to 0 and ours is still a normal float (binom(3572, 0.8125).sf(3555) ~ 1.7e-289).
    """
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    normal = np.isfinite(expected) & (np.abs(expected) > 1e-300)
    with np.errstate(divide="ignore", invalid="ignore"):
        error = np.abs(actual - expected) / np.abs(expected)
    underflowed = ~normal & np.isfinite(expected) & (np.abs(actual) > 1e-290)  # SciPy says 0, we say 1e-289
    disputed = np.flatnonzero((normal & (error > RTOL)) | underflowed)
    mpmath.mp.dps = 50
    for index in disputed:
        truth = float(exact(index))
        assert actual[index] == pytest.approx(truth, rel=RTOL), (what, index, truth)
    keep = np.ones(actual.shape, dtype=bool)
    keep[disputed] = False
    assert_relative(actual[keep], expected[keep], what=what)


def check_discrete(ours, reference, k, exact_cdf, exact_logpmf):
    assert_relative_or_exact(ours.pmf(k), reference.pmf(k), lambda i: mpmath.exp(exact_logpmf(k[i])), "pmf")
    assert_relative_or_exact(ours.logpmf(k), reference.logpmf(k), lambda i: exact_logpmf(k[i]), "logpmf")
    assert_relative_or_exact(ours.cdf(k), reference.cdf(k), lambda i: exact_cdf(k[i]), "cdf")
    assert_relative_or_exact(ours.sf(k), reference.sf(k), lambda i: 1 - exact_cdf(k[i]), "sf")
    # random probabilities never sit on a step of the CDF, so the quantile is unambiguous
    q = np.concatenate([np.random.default_rng(7).uniform(0, 1, 60), [0.0, 1.0]])
    assert_relative(ours.ppf(q), reference.ppf(q), what="ppf")
    assert ours.mean() == pytest.approx(reference.mean(), rel=1e-12)
    assert ours.var() == pytest.approx(reference.var(), rel=1e-12)


def exact_binomial_cdf(n, p):
    def cdf(k):
        if k < 0:
            return mpmath.mpf(0)
        if k >= n:
            return mpmath.mpf(1)
        k = math.floor(k)
        return mpmath.betainc(n - k, k + 1, 0, 1 - mpmath.mpf(p), regularized=True)

    return cdf


@settings(max_examples=40)
@given(n=st.integers(0, 10**6), p=st.one_of(st.just(0.0), st.floats(1e-12, 1)))
def test_binomial_matches_scipy(n, p):
    mean, sd = n * p, math.sqrt(n * p * (1 - p))
    k = np.unique(np.clip(np.round(mean + sd * np.linspace(-40, 40, 81)), -1, n + 1))
    k = np.concatenate([k, [0, 1, n - 1, n, 2.5]])

    def exact_logpmf(value):
        value = int(value)
        return (
            mpmath.log(mpmath.binomial(n, value)) + value * mpmath.log(p) + (n - value) * mpmath.log(1 - mpmath.mpf(p))
        )

    check_discrete(Binomial(n, p), ss.binom(n, p), k, exact_binomial_cdf(n, p), exact_logpmf)


@settings(max_examples=40)
@given(lam=st.floats(1e-3, 1e6))
def test_poisson_matches_scipy(lam):
    k = np.unique(np.maximum(np.round(lam + math.sqrt(lam) * np.linspace(-40, 60, 101)), -1))
    k = np.concatenate([k, [0, 1, 2, 3.5, 10 * lam + 50]])

    def exact_cdf(value):
        if value < 0:
            return mpmath.mpf(0)
        return mpmath.gammainc(math.floor(value) + 1, lam, regularized=True)

    def exact_logpmf(value):
        value = int(value)
        return -lam + value * mpmath.log(lam) - mpmath.loggamma(value + 1)

    check_discrete(Poisson(lam), ss.poisson(lam), k, exact_cdf, exact_logpmf)


def test_poisson_pmf_far_out_where_scipy_loses_digits():
    mpmath.mp.dps = 50
    lam, k = mpmath.mpf(12345.6), 14200
    exact = float(mpmath.exp(-lam + k * mpmath.log(lam) - mpmath.loggamma(k + 1)))
    assert Poisson(12345.6).pmf(k) == pytest.approx(exact, rel=1e-13)


@pytest.mark.parametrize(
    "dist, reference",
    [
        (Normal(2, 3), ss.norm(2, 3)),
        (Exponential(0.5), ss.expon(scale=2)),
        (Uniform(-1, 2), ss.uniform(-1, 3)),
        (StudentT(4), ss.t(4)),
        (ChiSquared(3), ss.chi2(3)),
    ],
)
def test_log_likelihood_is_the_sum_of_log_densities(dist, reference):
    data = reference.rvs(size=50, random_state=np.random.default_rng(3))
    assert dist.log_likelihood(data) == pytest.approx(reference.logpdf(data).sum(), rel=1e-12)


@pytest.mark.parametrize(
    "dist, reference",
    [
        (Binomial(20, 0.3), ss.binom(20, 0.3)),
        (Poisson(4.5), ss.poisson(4.5)),
        (Bernoulli(0.2), ss.bernoulli(0.2)),
    ],
)
def test_discrete_log_likelihood(dist, reference):
    data = reference.rvs(size=50, random_state=np.random.default_rng(4))
    assert dist.log_likelihood(data) == pytest.approx(reference.logpmf(data).sum(), rel=1e-12)


@pytest.mark.parametrize(
    "dist",
    [
        Normal(1, 2),
        Bernoulli(0.3),
        Binomial(12, 0.4),
        Poisson(3.0),
        Exponential(2.0),
        Uniform(-2, 5),
        StudentT(5),
        ChiSquared(4),
    ],
)
def test_samples_have_the_right_mean_and_are_reproducible(dist):
    draws = dist.sample(20_000, rng=np.random.default_rng(11))
    np.testing.assert_array_equal(draws, dist.sample(20_000, rng=np.random.default_rng(11)))
    assert abs(draws.mean() - dist.mean()) < 5 * math.sqrt(dist.var() / draws.size)


def test_closed_form_fits_match_scipy_fit():
    rng = np.random.default_rng(5)
    x = rng.normal(3.0, 2.0, 500)
    mu_hat, sigma_hat = ss.norm.fit(x)
    fitted = Normal.fit(x)
    assert fitted.mu == pytest.approx(mu_hat, rel=1e-12)
    assert fitted.sigma == pytest.approx(sigma_hat, rel=1e-12)
    e = rng.exponential(2.0, 500)
    assert Exponential.fit(e).lam == pytest.approx(1 / ss.expon.fit(e, floc=0)[1], rel=1e-12)
    u = rng.uniform(-1, 4, 500)
    loc, scale = ss.uniform.fit(u)
    assert (Uniform.fit(u).a, Uniform.fit(u).b) == pytest.approx((loc, loc + scale), rel=1e-12)
    counts = rng.poisson(3.0, 500)
    assert Poisson.fit(counts).lam == pytest.approx(counts.mean())
    assert Binomial.fit(rng.binomial(10, 0.3, 500), n=10).p == pytest.approx(
        rng.binomial(10, 0.3, 500).mean() / 10, abs=0.03
    )
    assert Bernoulli.fit([0, 1, 1, 1]).p == 0.75


def test_fit_is_the_maximum_of_the_log_likelihood():
    x = np.random.default_rng(6).normal(0.0, 1.0, 200)
    best = Normal.fit(x)
    for mu, sigma in [(best.mu + 0.01, best.sigma), (best.mu, best.sigma * 1.01), (best.mu, best.sigma * 0.99)]:
        assert Normal(mu, sigma).log_likelihood(x) < best.log_likelihood(x)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: Normal(0, -1), r"sigma must lie in \(0, inf\); got sigma = -1.0"),
        (lambda: Bernoulli(1.2), r"p must lie in \[0, 1\]; got p = 1.2"),
        (lambda: Binomial(10, -0.1), r"p must lie in \[0, 1\]"),
        (lambda: Binomial(2.5, 0.1), "n must be a whole number"),
        (lambda: Poisson(0), r"lam must lie in \(0, inf\)"),
        (lambda: Uniform(3, 1), "a uniform needs a < b"),
        (lambda: StudentT(float("nan")), "df must be a finite number"),
        (lambda: Normal("0", 1), "mu must be a real number"),
    ],
)
def test_invalid_parameters_are_refused_with_a_reason(make, message):
    with pytest.raises((ValueError, TypeError), match=message):
        make()


def test_bad_data_is_refused():
    with pytest.raises(ValueError, match="contains NaN"):
        Normal(0, 1).log_likelihood([1.0, np.nan])
    with pytest.raises(ValueError, match="contains NaN"):
        Normal(0, 1).pdf([0.0, np.nan])
    with pytest.raises(ValueError, match=r"probabilities in \[0, 1\]; got 1.5"):
        Normal(0, 1).ppf(1.5)
    with pytest.raises(SampleSizeError, match="at least 2 observations"):
        Normal.fit([1.0])
    with pytest.raises(ValueError, match="counts"):
        Poisson.fit([1, 2, -3])
    with pytest.raises(ValueError, match="0s and 1s"):
        Bernoulli.fit([0, 1, 2])
    with pytest.raises(TypeError, match="rng must be"):
        Normal(0, 1).sample(3, rng="seed")


@pytest.mark.parametrize("df", [1e4, 1e6, 2e6 - 2, 1e9])
def test_student_t_tails_for_huge_df_against_mpmath(df):
    # a t-test on two samples of 10**6 has df ~ 2e6; log(x) near x = 1 must not cost digits
    mpmath.mp.dps = 40
    for t in [-1.2404820709535127, -6.0, -30.0]:
        nu = mpmath.mpf(df)
        x = nu / (nu + mpmath.mpf(t) ** 2)
        exact = float(mpmath.betainc(nu / 2, mpmath.mpf(0.5), 0, x, regularized=True) / 2)
        assert StudentT(df).cdf(t) == pytest.approx(exact, rel=1e-12)
        assert StudentT(df).sf(-t) == pytest.approx(exact, rel=1e-12)


def test_binomial_with_no_trials_is_certain_zero():
    # n = 0 has no point with 0 <= k < n: the incomplete beta must not be asked for I_x(0, 1)
    k = np.array([-1.0, 0.0, 1.0, 2.5])
    np.testing.assert_array_equal(Binomial(0, 0.75).cdf(k), ss.binom(0, 0.75).cdf(k))
    np.testing.assert_array_equal(Binomial(0, 0.75).sf(k), ss.binom(0, 0.75).sf(k))
    np.testing.assert_array_equal(Binomial(0, 0.75).pmf(k), ss.binom(0, 0.75).pmf(k))
