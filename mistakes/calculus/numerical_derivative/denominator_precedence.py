"""`/ 2 * h`: Python reads it as (… / 2) · h, so the result is h² times too small."""

DIAGNOSIS = {"es": "/ (2 * h)", "en": "/ (2 * h)"}


def numerical_derivative(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / 2 * h
