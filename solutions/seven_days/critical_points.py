"""Reference solution: critical_points (where p′ = 0, typed by the sign of p″)."""

import numpy as np


def critical_points(coeffs):
    """Rows [x, type] sorted by x: the distinct real roots of p′, type +1 minimum, −1 maximum, 0 inconclusive."""
    p = np.asarray(coeffs, dtype=float)  # highest degree first, as np.polyval
    dp, d2p = np.polyder(p), np.polyder(p, 2)
    roots = np.roots(dp)  # empty when p′ is a constant: a line has no critical points
    real = np.sort(roots[np.abs(roots.imag) < 1e-6].real)  # complex roots are not points of the real line
    clusters = []
    for x in real:  # a double root of p′ comes out twice (or as a pair a few 1e-8 apart): keep it once
        if clusters and x - clusters[-1][-1] < 1e-6:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    xs = np.array([np.mean(cluster) for cluster in clusters])
    curvature = np.polyval(d2p, xs) if xs.size else xs  # p″(x*) > 0: minimum; < 0: maximum; ≈ 0: no verdict
    types = np.where(np.abs(curvature) < 1e-9, 0.0, np.sign(curvature))
    return np.column_stack([xs, types]).reshape(-1, 2)
