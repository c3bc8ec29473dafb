"""Reference solution: poisson_mle_newton (Newton's method on the Poisson log-likelihood's score)."""

import numpy as np


def poisson_mle_newton(x, lam0, n_iter):
    """The Newton iterates λ₀, λ₁, …, λ_{n_iter} for ℓ(λ) = Σxᵢ ln λ − nλ + const, shape (n_iter + 1,)."""
    x = np.asarray(x, dtype=float)
    n, total = x.size, x.sum()
    lams = [float(lam0)]
    for _ in range(n_iter):
        lam = lams[-1]
        score = total / lam - n  # ℓ′(λ)
        curvature = -total / lam**2  # ℓ″(λ) < 0: ℓ is concave
        lams.append(lam - score / curvature)  # Newton on ℓ′ = 0
    return np.array(lams)
