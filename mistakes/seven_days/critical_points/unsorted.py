"""The points in the order np.roots returns them, not sorted by x."""

import numpy as np

DIAGNOSIS = {"es": "ordena", "en": "sort"}


def critical_points(coeffs):
    p = np.asarray(coeffs, dtype=float)
    dp, d2p = np.polyder(p), np.polyder(p, 2)
    roots = np.roots(dp)
    real = roots[np.abs(roots.imag) < 1e-6].real
    xs = []
    for x in real:
        if all(abs(x - kept) >= 1e-6 for kept in xs):
            xs.append(x)
    curvature = np.polyval(d2p, np.array(xs))
    return np.array([[x, 0.0 if abs(c) < 1e-9 else np.sign(c)] for x, c in zip(xs, curvature)]).reshape(-1, 2)
