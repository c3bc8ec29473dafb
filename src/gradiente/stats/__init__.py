"""Probability and statistics from scratch: special functions, distributions, tests, intervals.

Lesson: module 5, *Probability and statistics*.
"""

from ._checks import SampleSizeError
from .distributions import (
    Bernoulli,
    Binomial,
    ChiSquared,
    Exponential,
    Normal,
    Poisson,
    StudentT,
    Uniform,
)

__all__ = ["Normal", "Bernoulli", "Binomial", "Poisson", "Exponential", "Uniform",
           "StudentT", "ChiSquared", "SampleSizeError"]
