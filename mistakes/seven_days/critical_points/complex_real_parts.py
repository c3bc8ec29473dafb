"""Complex roots of p′ kept as their real parts: points that do not exist on the real line."""

import numpy as np

DIAGNOSIS = {"es": "complejas", "en": "complex"}


def critical_points(coeffs):
    p = np.asarray(coeffs, dtype=float)
    dp, d2p = np.polyder(p), np.polyder(p, 2)
    roots = np.roots(dp)
    real = np.sort(roots.real)
    xs = [x for i, x in enumerate(real) if i == 0 or x - real[i - 1] >= 1e-6]
    curvature = np.polyval(d2p, np.array(xs))
    return np.array([[x, 0.0 if abs(c) < 1e-9 else np.sign(c)] for x, c in zip(xs, curvature)]).reshape(-1, 2)
