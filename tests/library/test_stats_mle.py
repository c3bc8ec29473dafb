"""Maximum likelihood with gradiente.optim, against closed forms and a tight 1-D optimiser."""

import math

import numpy as np
import pytest
import scipy.stats as ss
from scipy.optimize import minimize_scalar
from sklearn.datasets import load_diabetes

from gradiente.stats import ChiSquared, Exponential, Normal, Poisson, StudentT, mle


def test_normal_mle_recovers_the_closed_form_and_its_standard_errors():
    x = np.random.default_rng(0).normal(5.0, 2.0, size=500)

    def log_likelihood(theta):
        mu, log_sigma = theta
        return Normal(mu, math.exp(log_sigma)).log_likelihood(x)

    result = mle(log_likelihood, [0.0, 0.0])
    closed_form = Normal.fit(x)
    assert result.converged
    assert result.theta_hat[0] == pytest.approx(closed_form.mu, rel=1e-8)
    assert math.exp(result.theta_hat[1]) == pytest.approx(closed_form.sigma, rel=1e-8)
    assert result.log_likelihood == pytest.approx(closed_form.log_likelihood(x), rel=1e-12)
    # observed information: se(mu) = sigma / sqrt(n), se(log sigma) = 1 / sqrt(2n)
    assert result.standard_errors[0] == pytest.approx(closed_form.sigma / math.sqrt(500), rel=1e-4)
    assert result.standard_errors[1] == pytest.approx(1 / math.sqrt(1000), rel=1e-4)
    assert result.optimize_result.trajectory.shape[1] == 2


def test_mle_on_real_data_poisson_rate_of_diabetes_targets_binned():
    # a one-parameter model on real data: the count of patients per target decile
    counts = np.bincount((load_diabetes().target // 35).astype(int))
    result = mle(lambda theta: Poisson(math.exp(theta[0])).log_likelihood(counts), [0.0])
    assert math.exp(result.theta_hat[0]) == pytest.approx(Poisson.fit(counts).lam, rel=1e-8)


def test_mle_with_an_analytic_score_and_another_optimiser():
    x = np.random.default_rng(1).exponential(0.5, size=300)

    def log_likelihood(theta):
        return Exponential(theta[0]).log_likelihood(x) if theta[0] > 0 else -np.inf

    def score(theta):  # d/d lam [n log lam - lam sum x] = n / lam - sum x
        return np.array([x.size / theta[0] - x.sum()])

    result = mle(log_likelihood, [1.0], grad=score, method="newton")
    assert result.theta_hat[0] == pytest.approx(Exponential.fit(x).lam, rel=1e-9)


def scipy_profile_maximum(distribution, data):
    """The df maximising SciPy's own log-likelihood, to 1e-10 (a bounded 1-D search)."""
    best = minimize_scalar(
        lambda df: -distribution(df).logpdf(data).sum(), bounds=(0.3, 200), method="bounded", options={"xatol": 1e-10}
    )
    return best.x


@pytest.mark.parametrize("df, seed", [(4.5, 1), (1.5, 2), (8.0, 3)])
def test_student_t_fit_finds_scipys_likelihood_maximum(df, seed):
    data = ss.t(df).rvs(size=400, random_state=seed)
    fitted = StudentT.fit(data)
    assert fitted.df == pytest.approx(scipy_profile_maximum(ss.t, data), rel=1e-6)


@pytest.mark.parametrize("df, seed", [(3.7, 1), (0.8, 2), (25.0, 3)])
def test_chi_squared_fit_finds_scipys_likelihood_maximum(df, seed):
    data = ss.chi2(df).rvs(size=400, random_state=seed)
    fitted = ChiSquared.fit(data)
    assert fitted.df == pytest.approx(scipy_profile_maximum(ss.chi2, data), rel=1e-6)


def test_mle_refuses_bad_input():
    with pytest.raises(TypeError, match="function of theta"):
        mle(3.0, [0.0])
    with pytest.raises(ValueError, match="theta0 must be finite"):
        mle(lambda theta: 0.0, [np.nan])
    with pytest.raises(ValueError, match="start where the data are possible"):
        mle(lambda theta: -np.inf, [1.0])
    with pytest.raises(ValueError, match="returned NaN"):
        mle(lambda theta: float("nan"), [1.0])
