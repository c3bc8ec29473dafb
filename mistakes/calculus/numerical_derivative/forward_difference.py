"""The forward difference: one neighbour instead of two, so the error is O(h) instead of O(h²)."""

DIAGNOSIS = {"es": "diferencia hacia adelante", "en": "forward difference"}


def numerical_derivative(f, x, h=1e-5):
    return (f(x + h) - f(x)) / h
