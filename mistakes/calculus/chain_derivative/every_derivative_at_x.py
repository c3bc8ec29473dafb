"""Every derivative evaluated at x instead of at its own input."""

DIAGNOSIS = {"es": "mismo x", "en": "same x"}


def chain_derivative(fs, dfs, x):
    derivative = 1.0
    for df in dfs:
        derivative *= df(x)
    return float(derivative)
