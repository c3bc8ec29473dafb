"""A double root of p′ listed twice (no merging): x³ gets two rows at 0."""

import numpy as np

DIAGNOSIS = {"es": "raíz doble", "en": "double root"}


def critical_points(coeffs):
    p = np.asarray(coeffs, dtype=float)
    dp, d2p = np.polyder(p), np.polyder(p, 2)
    roots = np.roots(dp)
    xs = np.sort(roots[np.abs(roots.imag) < 1e-6].real)
    curvature = np.polyval(d2p, xs)
    return np.column_stack([xs, np.where(np.abs(curvature) < 1e-9, 0.0, np.sign(curvature))]).reshape(-1, 2)
