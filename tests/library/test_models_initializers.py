"""he_normal and xavier_uniform: the variances the derivations promise, seeded reproducibly."""

import numpy as np
import pytest
from scipy import stats

from gradiente.models import he_normal, xavier_uniform


@pytest.mark.parametrize("fan_in, fan_out", [(784, 128), (64, 10), (10, 500)])
def test_he_normal_is_normal_with_variance_two_over_fan_in(fan_in, fan_out):
    W = he_normal(fan_in, fan_out, rng=0)
    assert W.shape == (fan_in, fan_out)
    n, sigma2 = W.size, 2.0 / fan_in
    # (n - 1) s^2 / sigma^2 ~ chi^2(n - 1): a two-sided 0.1% interval for the sample variance
    low, high = stats.chi2.ppf([0.0005, 0.9995], n - 1) * sigma2 / (n - 1)
    assert low < W.var(ddof=1) < high
    assert abs(W.mean()) < 4 * np.sqrt(sigma2 / n)
    assert stats.kstest(W.ravel(), "norm", args=(0, np.sqrt(sigma2))).pvalue > 1e-3


@pytest.mark.parametrize("fan_in, fan_out", [(784, 128), (64, 10), (10, 500)])
def test_xavier_uniform_has_bound_sqrt_6_over_fans_and_variance_2_over_fans(fan_in, fan_out):
    W = xavier_uniform(fan_in, fan_out, rng=1)
    bound = np.sqrt(6.0 / (fan_in + fan_out))
    assert W.shape == (fan_in, fan_out) and np.abs(W).max() <= bound
    n, sigma2 = W.size, 2.0 / (fan_in + fan_out)  # bound^2 / 3
    # var of s^2 for a uniform: (mu4 - sigma^4) / n with mu4 = 9/5 sigma^4
    assert abs(W.var() - sigma2) < 4 * np.sqrt(0.8 * sigma2**2 / n)
    assert stats.kstest(W.ravel(), "uniform", args=(-bound, 2 * bound)).pvalue > 1e-3


def test_he_normal_keeps_the_variance_through_relu_layers():
    # Through 20 ReLU layers the mean square activation stays of order 1 (it would vanish
    # with variance 1/fan_in and explode with 4/fan_in).
    rng = np.random.default_rng(0)
    a = rng.normal(size=(500, 256))
    for _ in range(20):
        a = np.maximum(0.0, a @ he_normal(256, 256, rng=rng))
    assert 0.3 < np.mean(a**2) < 3.0


def test_seeding_follows_as_generator():
    np.testing.assert_array_equal(he_normal(5, 3, rng=7), he_normal(5, 3, rng=7))
    np.testing.assert_array_equal(xavier_uniform(5, 3, rng=np.random.default_rng(7)), xavier_uniform(5, 3, rng=7))
    assert not np.array_equal(he_normal(5, 3, rng=1), he_normal(5, 3, rng=2))
    with pytest.raises(TypeError, match="rng must be None, an integer seed"):
        he_normal(5, 3, rng="seed")


def test_bad_fans_are_explained():
    with pytest.raises(ValueError, match=r"fan_in must lie in \[1, inf\); got fan_in = 0.*number of inputs"):
        he_normal(0, 3)
    with pytest.raises(ValueError, match="fan_out must be a whole number; got 2.5"):
        xavier_uniform(3, 2.5)
