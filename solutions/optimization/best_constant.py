"""Reference solution: best_constant (the constant prediction that minimises a mean loss)."""

import numpy as np


def best_constant(y, loss):
    """The constant c that minimises the mean of loss(yᵢ, c): "mse", "mae" or "log".

    "mse": d/dc (1/n)Σ(yᵢ − c)² = −(2/n)Σ(yᵢ − c) = 0  ⇒  c = mean(y).
    "mae": the subgradient −(1/n)Σ sign(yᵢ − c) contains 0 when as many yᵢ lie above c as below  ⇒  median.
    "log": d/dp −(1/n)Σ[yᵢ ln p + (1 − yᵢ) ln(1 − p)] = 0  ⇒  p = mean(y), a probability (y ∈ {0, 1}).
    """
    y = np.asarray(y, dtype=float)
    if loss == "mse":
        return float(np.mean(y))
    if loss == "mae":
        return float(np.median(y))  # with an even n, the middle of the two central values (any c between works)
    if loss == "log":
        return float(np.mean(y))  # the base rate: the share of ones
    raise ValueError(f'loss must be "mse", "mae" or "log"; got {loss!r}')
