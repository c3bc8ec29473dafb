"""stats.ecdf and stats.describe against scipy.stats (ecdf, describe, skew, kurtosis) and NumPy."""

import math

import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.datasets import load_breast_cancer, load_iris
from gradiente.stats import SampleSizeError, describe, ecdf

samples = st.lists(st.floats(-1e6, 1e6, allow_subnormal=False), min_size=1, max_size=60)


@settings(max_examples=80, deadline=None)
@given(samples, st.integers(0, 3))
def test_ecdf_matches_scipy_and_the_definition(values, repeats):
    x = np.array(values * (repeats + 1))
    F = ecdf(x)
    reference = ss.ecdf(x).cdf
    np.testing.assert_array_equal(F.x, reference.quantiles)
    np.testing.assert_allclose(F.cdf, reference.probabilities, rtol=1e-15)
    t = np.concatenate([x, x - 0.5, x + 0.5, [-np.inf, np.inf]])
    np.testing.assert_allclose(F(t), (x[:, None] <= t).mean(axis=0), rtol=1e-15)  # <=, not <
    np.testing.assert_allclose(F.evaluate(t), reference.evaluate(t), rtol=1e-15)
    np.testing.assert_allclose(F.sf(t), 1.0 - F(t), rtol=1e-15)


def test_ecdf_on_real_data_at_observed_values():
    radius = load_breast_cancer().data[:, 0]
    F = ecdf(radius)
    quartiles = np.quantile(radius, [0.25, 0.5, 0.75])
    np.testing.assert_allclose(F(quartiles), [(radius <= q).mean() for q in quartiles])
    sepal = load_iris().data[:, 0]
    assert ecdf(sepal)(5.0) == pytest.approx((sepal <= 5.0).mean())  # 5.0 is observed: the step is included
    assert isinstance(ecdf(sepal)(5.0), float)


def test_describe_matches_scipy():
    for x in (load_iris().data[:, 1], load_breast_cancer().data[:, 3], np.random.default_rng(0).exponential(2, 999)):
        ours, reference = describe(x), ss.describe(x)
        assert ours.n == reference.nobs
        assert (ours.min, ours.max) == reference.minmax
        assert ours.mean == pytest.approx(reference.mean, rel=1e-14)
        assert ours.var == pytest.approx(reference.variance, rel=1e-13)
        assert ours.std == pytest.approx(np.std(x, ddof=1), rel=1e-13)
        assert ours.skewness == pytest.approx(reference.skewness, rel=1e-12)
        assert ours.kurtosis == pytest.approx(reference.kurtosis, rel=1e-12)
        assert (ours.q1, ours.median, ours.q3) == tuple(np.quantile(x, [0.25, 0.5, 0.75]))
        assert ours.iqr == pytest.approx(ss.iqr(x), rel=1e-14)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=40), st.floats(-1e3, 1e3), st.floats(0.1, 10))
def test_describe_moments_are_affine_equivariant(values, shift, scale):
    x = np.array(values)
    if np.ptp(x) < 1e-6 * max(1.0, np.abs(x).max()):
        return  # (nearly) constant: shape undefined, tested below
    before, after = describe(x), describe(shift + scale * x)
    assert after.mean == pytest.approx(shift + scale * before.mean, rel=1e-9, abs=1e-9)
    assert after.var == pytest.approx(scale**2 * before.var, rel=1e-9)
    assert after.skewness == pytest.approx(before.skewness, rel=1e-6, abs=1e-6)
    assert after.kurtosis == pytest.approx(before.kurtosis, rel=1e-6, abs=1e-6)
    assert before.skewness == pytest.approx(float(ss.skew(x)), rel=1e-9, abs=1e-9)
    assert before.kurtosis == pytest.approx(float(ss.kurtosis(x)), rel=1e-9, abs=1e-9)


def test_constant_sample_has_no_shape_and_errors_teach():
    summary = describe([3.0, 3.0, 3.0])
    assert summary.var == 0.0 and summary.median == 3.0
    assert math.isnan(summary.skewness) and math.isnan(summary.kurtosis)
    with pytest.raises(SampleSizeError, match="at least 2 observations"):
        describe([1.0])
    with pytest.raises(ValueError, match="NaN"):
        ecdf([1.0, np.nan])
    with pytest.raises(ValueError, match=r"1-D sample.*ravel"):
        ecdf(np.ones((2, 2)))
    with pytest.raises(SampleSizeError):
        ecdf([])
