"""Reference solution: max_stable_lr (2/L for the mean squared error of a linear model)."""

import numpy as np


def max_stable_lr(X):
    """The largest learning rate 2/L with which gradient descent on J(w) = (1/n)‖Xw − y‖² does not diverge.

    The Hessian of J is ∇²J = (2/n) XᵀX, the same at every w; L is its largest eigenvalue, so
    2/L = 2 / ((2/n) λ_max(XᵀX)) = n / λ_max(XᵀX).
    """
    X = np.asarray(X, dtype=float)
    n_samples = X.shape[0]
    hessian = 2 / n_samples * (X.T @ X)
    largest = np.linalg.eigvalsh(hessian)[-1]  # eigvalsh: symmetric matrix, eigenvalues in ascending order
    return float(2 / largest)
