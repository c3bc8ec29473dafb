"""Reference solution: newton_step (one Newton step for minimisation)."""

import numpy as np


def newton_step(grad, hess, x):
    """x − H(x)⁻¹ ∇f(x), with the same shape as x, computed by solving H d = −∇f(x).

    d is the minimum of the quadratic model m(d) = f(x) + ∇f(x)ᵀd + ½ dᵀH(x)d: its gradient
    ∇f(x) + H(x) d vanishes there. Solving the system costs less and loses fewer digits than
    forming H⁻¹.
    """
    x = np.asarray(x, dtype=float)
    g = np.asarray(grad(x), dtype=float)
    H = np.asarray(hess(x), dtype=float)
    d = np.linalg.solve(H, -g)
    return x + d
