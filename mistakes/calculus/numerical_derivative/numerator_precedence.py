"""The numerator without its parentheses: only f(x − h) is divided by 2h."""

DIAGNOSIS = {"es": "paréntesis en el numerador", "en": "parenthesis is missing in the numerator"}


def numerical_derivative(f, x, h=1e-5):
    return f(x + h) - f(x - h) / (2 * h)
