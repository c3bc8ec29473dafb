"""Both neighbours, but divided by h: the two points are 2h apart."""

DIAGNOSIS = {"es": "divide entre 2h", "en": "divide by 2h"}


def numerical_derivative(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / h
