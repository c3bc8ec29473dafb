"""Probability and statistics from scratch: special functions, distributions, tests, intervals.

Lessons: module 5, from 5.1 `probability-distributions` to 5.7 `evaluating-models`.
"""

from gradiente.exceptions import ConvergenceError, SampleSizeError

from .association import correlation, covariance
from .descriptive import ECDF, DescribeResult, describe, ecdf
from .distributions import (
    Bernoulli,
    Beta,
    Binomial,
    ChiSquared,
    Exponential,
    F,
    Laplace,
    Normal,
    Poisson,
    StudentT,
    Uniform,
)
from .hypothesis_tests import (
    HypothesisTestResult,
    chi2_test,
    f_oneway,
    mcnemar,
    proportions_ztest,
    ttest_1samp,
    ttest_ind,
    ttest_rel,
    ztest,
)
from .information import entropy, kl_divergence
from .intervals import ConfidenceInterval, confidence_interval
from .maximum_likelihood import MLEResult, mle
from .multiple_testing import MultipleTestsResult, multipletests
from .multivariate import MultivariateNormal
from .power import cohens_d, power_ttest, proportions_sample_size, ttest_sample_size
from .resampling import BootstrapResult, PermutationTestResult, bootstrap, permutation_test

__all__ = [
    "Normal",
    "Bernoulli",
    "Binomial",
    "Poisson",
    "Exponential",
    "Uniform",
    "StudentT",
    "ChiSquared",
    "Beta",
    "Laplace",
    "F",
    "MultivariateNormal",
    "mle",
    "ecdf",
    "describe",
    "covariance",
    "correlation",
    "ztest",
    "ttest_1samp",
    "ttest_ind",
    "ttest_rel",
    "proportions_ztest",
    "chi2_test",
    "f_oneway",
    "mcnemar",
    "multipletests",
    "power_ttest",
    "ttest_sample_size",
    "proportions_sample_size",
    "cohens_d",
    "entropy",
    "kl_divergence",
    "confidence_interval",
    "bootstrap",
    "permutation_test",
    "HypothesisTestResult",
    "ConfidenceInterval",
    "BootstrapResult",
    "PermutationTestResult",
    "MLEResult",
    "MultipleTestsResult",
    "ECDF",
    "DescribeResult",
    "SampleSizeError",
    "ConvergenceError",
]
