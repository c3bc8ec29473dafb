"""p″ > 0 called a maximum and p″ < 0 a minimum."""

import numpy as np

DIAGNOSIS = {"es": "al revés", "en": "swapped"}


def critical_points(coeffs):
    p = np.asarray(coeffs, dtype=float)
    dp, d2p = np.polyder(p), np.polyder(p, 2)
    roots = np.roots(dp)
    real = np.sort(roots[np.abs(roots.imag) < 1e-6].real)
    xs = np.array([x for i, x in enumerate(real) if i == 0 or x - real[i - 1] >= 1e-6])
    curvature = np.polyval(d2p, xs)
    return np.column_stack([xs, np.where(np.abs(curvature) < 1e-9, 0.0, -np.sign(curvature))]).reshape(-1, 2)
