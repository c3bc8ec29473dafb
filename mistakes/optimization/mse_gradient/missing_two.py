"""(1/n) Xᵀ(Xw − y): the 2 from the square forgotten."""

DIAGNOSIS = {"es": "falta el 2", "en": "the 2 that comes down"}


def mse_gradient(X, y, w):
    return X.T @ (X @ w - y) / len(y)
