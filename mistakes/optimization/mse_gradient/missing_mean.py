"""2 Xᵀ(Xw − y): the gradient of the sum of squares, not of their mean."""

DIAGNOSIS = {"es": "sin dividir entre n", "en": "without dividing by n"}


def mse_gradient(X, y, w):
    return 2 * X.T @ (X @ w - y)
