"""gradiente.stats.special against scipy.special (and mpmath where SciPy itself loses digits)."""

import mpmath
import numpy as np
import pytest
import scipy.special as sc
from hypothesis import given
from hypothesis import strategies as st

from gradiente.stats import ConvergenceError, special

RTOL = 1e-10  # the bar set by the issue for everything a p-value depends on


def assert_relative(actual, expected, rtol=RTOL):
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert actual.shape == expected.shape
    finite = np.isfinite(expected) & (np.abs(expected) > 1e-300)  # (subnormals have few digits)
    error = np.abs(actual[finite] - expected[finite]) / np.abs(expected[finite])
    worst = int(np.argmax(error)) if error.size else 0
    assert error.size == 0 or error[worst] <= rtol, (
        f"relative error {error[worst]:.3e} at index {worst}: "
        f"got {actual[finite][worst]!r}, expected {expected[finite][worst]!r}"
    )
    zero = np.abs(expected) <= 1e-300  # SciPy flushes some subnormal results to zero
    assert np.all(np.abs(actual[zero]) < 1e-290), actual[zero]
    other = ~finite & ~zero
    np.testing.assert_array_equal(actual[other], expected[other])


def assert_relative_or_exact(actual, expected, exact):
    """Like assert_relative, but where we and SciPy disagree, mpmath decides.

    SciPy 1.17's betainc loses up to 3 digits far in the tails for large a
    (e.g. betainc(1019.65, 25.41, 0.4854) ~ 1.2e-278, off in the 5th digit).
    """
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        error = np.abs(actual - expected) / np.abs(expected)
    disputed = np.flatnonzero((np.abs(expected) > 1e-300) & (error > RTOL))
    for index in disputed:
        assert actual[index] == pytest.approx(exact(index), rel=RTOL), index
    keep = np.ones(actual.shape, dtype=bool)
    keep[disputed] = False
    assert_relative(actual[keep], expected[keep])


RNG = np.random.default_rng(20261121)
X_ERF = np.concatenate(
    [
        RNG.uniform(-6, 6, 2000),
        RNG.uniform(-27, 27, 2000),
        np.logspace(-300, 1.4, 200),
        -np.logspace(-300, 1.4, 200),
        [0.0, 1.25, -1.25, 1.2499999999999998, 26.5, 27.2],
    ]
)


def test_erf_matches_scipy_everywhere():
    assert_relative(special.erf(X_ERF), sc.erf(X_ERF), rtol=1e-14)


def test_erfc_keeps_its_digits_in_the_far_right_tail():
    assert_relative(special.erfc(X_ERF), sc.erfc(X_ERF), rtol=1e-12)
    assert special.erfc(10.0) == pytest.approx(2.088487583762545e-45, rel=1e-14)


def test_erf_scalars_give_floats_and_nan_propagates():
    assert isinstance(special.erf(0.5), float)
    assert np.isnan(special.erfc(np.nan))
    assert special.erf(np.inf) == 1.0 and special.erfc(-np.inf) == 2.0


def test_ndtr_and_ndtri_match_scipy_in_both_tails():
    x = np.concatenate([RNG.uniform(-38, 9, 2000), [-37.5, 0.0, 8.2]])
    assert_relative(special.ndtr(x), sc.ndtr(x), rtol=1e-12)  # x/sqrt(2) rounds: ~x^2 eps
    p = np.concatenate(
        [RNG.uniform(0, 1, 2000), np.logspace(-300, -1, 300), 1 - np.logspace(-15, -1, 100), [0.5, 0.02425, 0.97575]]
    )
    assert_relative(special.ndtri(p), sc.ndtri(p), rtol=1e-13)
    assert special.ndtri(0.0) == -np.inf and special.ndtri(1.0) == np.inf


def test_ndtri_refuses_numbers_that_are_not_probabilities():
    with pytest.raises(ValueError, match=r"\[0, 1\]; got 1.5"):
        special.ndtri([0.5, 1.5])


def test_gammaln_matches_scipy_across_the_domain():
    x = np.concatenate(
        [
            RNG.uniform(0, 10, 2000),
            np.logspace(-300, 300, 600),
            np.arange(1, 200, dtype=float),
            RNG.uniform(0.9, 2.1, 200),
        ]
    )
    expected = sc.gammaln(x)
    error = np.abs(special.gammaln(x) - expected) / np.maximum(1.0, np.abs(expected))
    assert error.max() <= 1e-14
    with pytest.raises(ValueError, match="x > 0; got x = -1.0"):
        special.gammaln([2.0, -1.0])


def test_betaln_matches_scipy_and_mpmath_for_huge_parameters():
    a = np.exp(RNG.uniform(np.log(1e-3), np.log(1e4), 2000))
    b = np.exp(RNG.uniform(np.log(1e-3), np.log(1e4), 2000))
    expected = sc.betaln(a, b)
    error = np.abs(special.betaln(a, b) - expected) / np.maximum(1.0, np.abs(expected))
    assert error.max() <= 1e-10  # SciPy is the less accurate one at the 1e-11 level here
    # SciPy 1.17's betaln loses 7 digits here; the exact value comes from mpmath.
    mpmath.mp.dps = 40
    for a_value, b_value in [
        (34891012.13406781, 44.6435118),
        (1722585.96539879, 2.37484281),
        (1e8, 0.5),
        (3e6, 4e6),
        (7454.62712119739, 0.12691937095500386),
        (0.19025967552294254, 9767.64993785894),
    ]:
        exact = float(mpmath.log(mpmath.beta(mpmath.mpf(a_value), mpmath.mpf(b_value))))
        assert special.betaln(a_value, b_value) == pytest.approx(exact, rel=1e-14, abs=1e-13)


def test_log1pmx_is_accurate_for_tiny_arguments():
    t = np.array([-0.9, -0.4999, -1e-3, -1e-9, 1e-12, 1e-5, 0.3, 0.5, 10.0])
    mpmath.mp.dps = 40
    exact = [float(mpmath.log1p(mpmath.mpf(v)) - mpmath.mpf(v)) for v in t]
    assert_relative(special.log1pmx(t), exact, rtol=1e-14)


def _gamma_grid(low, high, size):
    a = np.exp(RNG.uniform(np.log(low), np.log(high), size))
    # around the bulk (a +- 6 sqrt(a)), and far out in both tails
    x = np.concatenate(
        [
            np.maximum(a[: size // 2] + RNG.normal(0, 3, size // 2) * np.sqrt(a[: size // 2]), 0.0),
            a[size // 2 :] * np.exp(RNG.uniform(-6, 2, size - size // 2)),
        ]
    )
    return a, x


@pytest.mark.parametrize("low, high", [(1e-6, 0.05), (0.05, 1.0), (1.0, 30.0), (30.0, 3000.0), (3000.0, 3e5)])
def test_incomplete_gamma_and_its_complement_match_scipy(low, high):
    a, x = _gamma_grid(low, high, 1500)
    assert_relative(special.gammainc(a, x), sc.gammainc(a, x))
    assert_relative(special.gammaincc(a, x), sc.gammaincc(a, x))


def test_upper_incomplete_gamma_for_tiny_a_does_not_cancel():
    # Q(1e-4, 0.9) ~ 3e-5 while P ~ 1: Q = 1 - P would keep only 11 digits
    a = np.exp(RNG.uniform(np.log(1e-6), np.log(0.5), 3000))
    x = np.exp(RNG.uniform(np.log(1e-8), np.log(1.1), 3000))
    assert_relative(special.gammaincc(a, x), sc.gammaincc(a, x), rtol=1e-12)
    assert_relative(special.gammainc(a, x), sc.gammainc(a, x), rtol=1e-12)


def test_incomplete_gamma_far_tails_keep_their_digits():
    assert_relative(special.gammaincc(3.0, [200.0, 700.0]), sc.gammaincc(3.0, [200.0, 700.0]))
    assert_relative(special.gammainc(50.0, [1e-3, 1.0]), sc.gammainc(50.0, [1e-3, 1.0]))
    assert special.gammainc(2.0, 0.0) == 0.0 and special.gammaincc(2.0, np.inf) == 0.0


@given(a=st.floats(0.1, 1e4), z=st.floats(-8, 8))
def test_incomplete_gamma_pair_sums_to_one_and_matches_scipy(a, z):
    x = max(a + z * np.sqrt(a), 0.0)
    P, Q = special.gammainc(a, x), special.gammaincc(a, x)
    assert P + Q == pytest.approx(1.0, abs=1e-14)
    assert P == pytest.approx(sc.gammainc(a, x), rel=RTOL, abs=1e-300)
    assert Q == pytest.approx(sc.gammaincc(a, x), rel=RTOL, abs=1e-300)


@pytest.mark.parametrize("low, high", [(0.05, 1.0), (1.0, 30.0), (30.0, 3000.0), (3000.0, 1e5)])
def test_incomplete_beta_and_its_complement_match_scipy(low, high):
    size = 1500
    a = np.exp(RNG.uniform(np.log(low), np.log(high), size))
    b = np.exp(RNG.uniform(np.log(0.05), np.log(high), size))
    mean = a / (a + b)
    spread = np.sqrt(mean * (1 - mean) / (a + b + 1))
    x = np.clip(mean + RNG.normal(0, 4, size) * spread, 0, 1)
    x[: size // 4] = RNG.uniform(0, 1, size // 4)  # and far into the tails
    mpmath.mp.dps = 40
    assert_relative_or_exact(
        special.betainc(a, b, x),
        sc.betainc(a, b, x),
        lambda i: float(mpmath.betainc(a[i], b[i], 0, x[i], regularized=True)),
    )
    assert_relative_or_exact(
        special.betaincc(a, b, x),
        sc.betaincc(a, b, x),
        lambda i: float(mpmath.betainc(a[i], b[i], x[i], 1, regularized=True)),
    )


def test_incomplete_beta_refuses_x_outside_the_unit_interval():
    with pytest.raises(ValueError, match=r"x must lie in \[0, 1\]; got x = 1.2"):
        special.betainc(2.0, 3.0, 1.2)
    with pytest.raises(ValueError, match="b must be > 0; got b = 0.0"):
        special.betainc(2.0, 0.0, 0.5)


PROBABILITIES = np.concatenate([RNG.uniform(0, 1, 300), np.logspace(-300, -1, 80), 1 - np.logspace(-15, -1, 40)])


@pytest.mark.parametrize("low, high", [(0.1, 1.0), (1.0, 30.0), (30.0, 1e5)])
def test_incomplete_gamma_inverses_match_scipy(low, high):
    a = np.exp(RNG.uniform(np.log(low), np.log(high), PROBABILITIES.size))
    x = special.gammaincinv(a, PROBABILITIES)
    expected = sc.gammaincinv(a, PROBABILITIES)
    normal = expected > 1e-300  # below that the root is subnormal and has few digits
    assert_relative(x[normal], expected[normal], rtol=1e-12)
    assert_relative(special.gammainccinv(a, PROBABILITIES), sc.gammainccinv(a, PROBABILITIES), rtol=1e-12)


@pytest.mark.parametrize("low, high", [(0.1, 1.0), (1.0, 30.0), (30.0, 1e4)])
def test_incomplete_beta_inverse_matches_scipy_and_round_trips(low, high):
    a = np.exp(RNG.uniform(np.log(low), np.log(high), PROBABILITIES.size))
    b = np.exp(RNG.uniform(np.log(0.1), np.log(high), PROBABILITIES.size))
    x = special.betaincinv(a, b, PROBABILITIES)
    expected = sc.betaincinv(a, b, PROBABILITIES)
    representable = (expected > 1e-300) & (x > 1e-300)  # below that the root is subnormal
    assert_relative(x[representable], expected[representable], rtol=1e-10)
    # Round trip where it is well conditioned: near x = 1 with b < 1 the density blows up
    # and the rounding of x itself moves I_x(a, b) by more than 1e-10.
    well_conditioned = representable & (x < 0.9)
    back = special.betainc(a, b, x)
    assert_relative(back[well_conditioned], PROBABILITIES[well_conditioned], rtol=1e-11)


def test_incomplete_beta_inverse_where_scipy_is_wrong():
    # scipy.special.betaincinv(28641.3..., 26.2..., 1.0975e-294) is off in the 4th digit;
    # the defining equation I_x(a, b) = p is the judge (evaluated by mpmath).
    a, b, p = 28641.34363376147, 26.248479869303345, 1.097498765493059e-294
    x = special.betaincinv(a, b, p)
    mpmath.mp.dps = 50
    assert float(mpmath.betainc(a, b, 0, x, regularized=True)) == pytest.approx(p, rel=1e-10)


def test_a_continued_fraction_that_never_settles_raises_instead_of_returning_a_guess():
    # -1/(1 - 1/(1 - 1/(1 - ...))): the convergents cycle -1, inf, 0, -1, ... for ever.
    with pytest.raises(ConvergenceError, match=r"test fraction did not converge in 50 terms at z = 1.0"):
        special._continued_fraction(np.zeros(1), lambda j, z: (-z, z), (np.ones(1),), ("z",), 50, "test fraction")


# NB: a = 3.5, not 3: for an integer a the gamma fraction ends by itself (a_j = -j (j - a) is 0 at j = a).
@pytest.mark.parametrize(
    "function, arguments, message",
    [
        (
            special.betainc,
            (50.0, 40.0, 0.5),
            r"beta function I_x\(a, b\) did not converge in 3 terms at a = 50.0, b = 40.0, x = 0.5",
        ),
        (special.gammaincc, (3.5, 20.0), r"gamma function Q\(a, x\) did not converge in 3 terms at a = 3.5, x = 20.0"),
    ],
)
def test_running_out_of_terms_is_an_error_that_names_the_arguments(monkeypatch, function, arguments, message):
    evaluate = special._continued_fraction

    def with_three_terms(b0, terms, parameters, names, max_terms, method, **options):
        return evaluate(b0, terms, parameters, names, 3, method, **options)

    monkeypatch.setattr(special, "_continued_fraction", with_three_terms)
    with pytest.raises(ConvergenceError, match=message):
        function(*arguments)
