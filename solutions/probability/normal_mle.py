"""Reference solution: normal_mle (the maximum likelihood estimates of a normal's μ and σ)."""

import numpy as np


def normal_mle(x):
    """[mu, sigma] of a normal fitted to the sample x by maximum likelihood (sigma divides by n, not n − 1)."""
    x = np.asarray(x, dtype=float)
    mu = x.mean()  # ∂ℓ/∂μ = Σ(xᵢ − μ)/σ² = 0
    sigma = np.sqrt(np.mean((x - mu) ** 2))  # ∂ℓ/∂σ = −n/σ + Σ(xᵢ − μ)²/σ³ = 0, i.e. ddof=0
    return np.array([mu, sigma])
