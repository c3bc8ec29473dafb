"""The links' derivatives added instead of multiplied."""

DIAGNOSIS = {"es": "se multiplican", "en": "they multiply"}


def chain_derivative(fs, dfs, x):
    value, total = x, 0.0
    for f, df in zip(fs, dfs):
        total += df(value)
        value = f(value)
    return float(total)
