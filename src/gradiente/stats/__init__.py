"""Probability and statistics from scratch: special functions, distributions, tests, intervals."""
