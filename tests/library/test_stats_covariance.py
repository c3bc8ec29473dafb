"""gradiente.stats.covariance and correlation against numpy.cov and numpy.corrcoef."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.datasets import load_digits, load_iris, load_wine
from gradiente.exceptions import SampleSizeError
from gradiente.stats import correlation, covariance


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 50), st.integers(1, 10), st.integers(0, 1), st.floats(-8, 8))
def test_covariance_matches_numpy(seed, n_samples, n_features, ddof, log10_scale):
    rng = np.random.default_rng(seed)
    X = 10**log10_scale * (rng.normal(size=(n_samples, n_features)) + rng.normal(size=n_features) * 100)
    C = covariance(X, ddof=ddof)
    expected = np.cov(X, rowvar=False, ddof=ddof).reshape(n_features, n_features)
    assert C.shape == (n_features, n_features)
    assert np.array_equal(C, C.T)
    assert np.allclose(C, expected, rtol=1e-9, atol=1e-9 * np.abs(expected).max())


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 50), st.integers(1, 10))
def test_correlation_matches_numpy(seed, n_samples, n_features):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_samples, n_features)) @ rng.normal(size=(n_features, n_features))
    R = correlation(X)
    expected = np.corrcoef(X, rowvar=False).reshape(n_features, n_features)
    assert np.allclose(R, expected, atol=1e-10)
    assert np.all(np.diagonal(R) == 1.0) and np.all(np.abs(R) <= 1.0) and np.array_equal(R, R.T)


@pytest.mark.parametrize("load", [load_iris, load_wine, load_digits])
def test_covariance_and_correlation_of_real_data(load):
    X = load().data
    assert np.allclose(covariance(X), np.cov(X, rowvar=False), rtol=1e-12, atol=1e-12)
    assert np.allclose(covariance(X, ddof=0), np.cov(X, rowvar=False, ddof=0), rtol=1e-12, atol=1e-12)
    keep = X.std(axis=0) > 0  # digits has pixels that are 0 in every image
    assert np.allclose(correlation(X[:, keep]), np.corrcoef(X[:, keep], rowvar=False), atol=1e-12)


def test_perfectly_related_columns_have_correlation_plus_or_minus_one():
    t = np.linspace(0.0, 1.0, 7)
    R = correlation(np.column_stack([t, 3 * t + 1, -2 * t]))
    assert np.allclose(R, [[1, 1, -1], [1, 1, -1], [-1, -1, 1]])


def test_one_sample_is_refused_with_the_reason():
    with pytest.raises(SampleSizeError, match="at least 2 samples.*got 1.*pass X.T"):
        covariance([[1.0, 2.0, 3.0]])
    with pytest.raises(SampleSizeError, match="at least 2 samples"):
        correlation([[1.0, 2.0]])
    with pytest.raises(SampleSizeError, match="ddof=2 needs at least 3 samples"):
        covariance(np.ones((2, 2)), ddof=2)


def test_a_constant_column_is_refused_by_correlation_but_not_by_covariance():
    X = np.column_stack([np.arange(5.0), np.full(5, 0.1), np.full(5, 3.0)])
    with pytest.raises(ValueError, match=r"column \[1, 2\] of X has the same value in every sample"):
        correlation(X)
    C = covariance(X)
    assert np.allclose(C[1:, :], 0.0) and np.allclose(C[:, 1:], 0.0)
    with pytest.raises(ValueError, match=r"column \[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, '...'\]"):
        correlation(np.ones((3, 12)))


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: covariance([1.0, 2.0, 3.0]), ValueError, r"reshape\(-1, 1\)"),
        (lambda: covariance([[1.0, np.nan], [2.0, 3.0]]), ValueError, "NaN"),
        (lambda: covariance(np.ones((3, 2)), ddof=-1), ValueError, "ddof must lie in"),
        (lambda: covariance(np.ones((3, 2)), ddof=0.5), ValueError, "whole number"),
        (lambda: correlation("abc"), TypeError, "numeric"),
    ],
)
def test_bad_input_gets_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()
