"""The functions composed in the opposite order, f₁ ∘ … ∘ fₖ."""

DIAGNOSIS = {"es": "orden contrario", "en": "opposite order"}


def chain_derivative(fs, dfs, x):
    value, derivative = x, 1.0
    for f, df in zip(reversed(fs), reversed(dfs)):
        derivative *= df(value)
        value = f(value)
    return float(derivative)
