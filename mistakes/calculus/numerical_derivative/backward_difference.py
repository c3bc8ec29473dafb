"""The backward difference: the other one-sided quotient."""

DIAGNOSIS = {"es": "diferencia hacia atrás", "en": "backward difference"}


def numerical_derivative(f, x, h=1e-5):
    return (f(x) - f(x - h)) / h
