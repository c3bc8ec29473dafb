"""The residuals alone, (2/n)(Xw − y): one number per sample, not per weight."""

DIAGNOSIS = {"es": "uno por dato", "en": "one per sample"}


def mse_gradient(X, y, w):
    return 2 / len(y) * (X @ w - y)
