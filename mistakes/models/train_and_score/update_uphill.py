"""W ← W + lr·dW: gradient ascent, the loss grows."""

import numpy as np

DIAGNOSIS = {"es": "ascenso de gradiente", "en": "gradient ascent"}


def train_and_score(X_train, y_train, X_test, y_test, hidden, lr, epochs, seed):
    """Test accuracy of a 64-hidden-k tanh network trained by full-batch gradient descent on X / 16."""
    X_train = np.asarray(X_train, dtype=float) / 16.0  # pixels 0..16 -> 0..1
    X_test = np.asarray(X_test, dtype=float) / 16.0
    y_train, y_test = np.asarray(y_train), np.asarray(y_test)
    n, d = X_train.shape
    k = int(max(y_train.max(), y_test.max())) + 1
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(d, hidden)) / np.sqrt(d)  # drawn first
    W2 = rng.normal(size=(hidden, k)) / np.sqrt(hidden)  # drawn second
    b1, b2 = np.zeros(hidden), np.zeros(k)
    Y = np.zeros((n, k))
    Y[np.arange(n), y_train] = 1.0
    for _ in range(epochs):
        A1 = np.tanh(X_train @ W1 + b1)
        Z2 = A1 @ W2 + b2
        P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        delta2 = (P - Y) / n
        delta1 = (delta2 @ W2.T) * (1.0 - A1**2)
        W2 += lr * (A1.T @ delta2)
        b2 += lr * delta2.sum(axis=0)
        W1 += lr * (X_train.T @ delta1)
        b1 += lr * delta1.sum(axis=0)
    scores = np.tanh(X_test @ W1 + b1) @ W2 + b2
    return float(np.mean(np.argmax(scores, axis=1) == y_test))
