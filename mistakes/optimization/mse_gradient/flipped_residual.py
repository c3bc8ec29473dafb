"""(2/n) Xᵀ(y − Xw): the residual the other way round."""

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def mse_gradient(X, y, w):
    return 2 / len(y) * X.T @ (y - X @ w)
