"""Checks for dense_layer(X, W, b, activation): φ(XW + b) on a batch, with W of shape (n_in, n_out)."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris

HAND_X = np.array([[1.0, 2.0], [-1.0, 0.0], [0.0, 0.0], [2.0, -1.0]])  # four samples, two features
HAND_W = np.array([[1.0, -1.0, 0.0], [0.5, 1.0, 2.0]])  # 2 inputs → 3 outputs
HAND_B = np.array([0.0, -1.0, 0.5])


def _iris_layer():
    """Iris's 150 flowers (4 features) into a layer of 3 units, with weights drawn from a fixed seed."""
    X = load_iris().data
    rng = np.random.default_rng(12)
    W = rng.normal(scale=0.5, size=(4, 3))
    b = rng.normal(size=3)
    return X, W, b


def cases():
    X, W, b = _iris_layer()
    return [
        Case(
            T(
                es="a mano: 4 muestras, 2 entradas, 3 salidas, activación relu",
                en="by hand: 4 samples, 2 inputs, 3 outputs, relu activation",
            ),
            (HAND_X, HAND_W, HAND_B, "relu"),
        ),
        Case(
            T(
                es="iris (150×4), W de forma (4, 3), activación identity",
                en="iris (150×4), W of shape (4, 3), identity activation",
            ),
            (X, W, b, "identity"),
        ),
        Case(
            T(
                es="iris (150×4), W de forma (4, 3), activación relu",
                en="iris (150×4), W of shape (4, 3), relu activation",
            ),
            (X, W, b, "relu"),
        ),
        Case(
            T(
                es="iris (150×4), W de forma (4, 3), activación sigmoid",
                en="iris (150×4), W of shape (4, 3), sigmoid activation",
            ),
            (X, W, b, "sigmoid"),
        ),
        Case(
            T(
                es="una sola muestra, X de forma (1, 4), y una sola neurona, W de forma (4, 1)",
                en="a single sample, X of shape (1, 4), and a single neuron, W of shape (4, 1)",
            ),
            (X[:1], W[:, :1], b[:1], "sigmoid"),
        ),
    ]


def _phi(Z, activation):
    if activation == "relu":
        return np.maximum(Z, 0.0)
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-Z))
    return Z


def diagnose(case, expected, got):
    """Recognise the W.T convention, the bias added after the activation, and the bias forgotten."""
    X, W, b, activation = (np.asarray(arg, dtype=float) if i < 3 else arg for i, arg in enumerate(case.args))
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape == expected.shape[::-1] and got.shape != expected.shape and np.allclose(got.T, expected):
        return T(
            es=f"Tu resultado tiene forma {got.shape}: una columna por muestra. Es la convención de las "
            f"matemáticas, z = A x con A de forma (n_out, n_in), o la de PyTorch. Aquí cada fila de X es una "
            f"muestra y W tiene forma (n_in, n_out), así que Z = X @ W + b tiene forma {expected.shape}: una "
            "fila por muestra.",
            en=f"Your result has shape {got.shape}: one column per sample. That is the maths convention, "
            f"z = A x with A of shape (n_out, n_in), or PyTorch's. Here each row of X is a sample and W has "
            f"shape (n_in, n_out), so Z = X @ W + b has shape {expected.shape}: one row per sample.",
        )
    if got.shape != expected.shape:
        return None
    Z = X @ W
    candidates = (
        (
            _phi(Z, activation) + b,
            T(
                es="Aplicaste la activación antes de sumar el sesgo: calculaste φ(XW) + b. El sesgo es parte de la "
                "función afín, XW + b; la activación va al final, sobre todo eso: φ(XW + b).",
                en="You applied the activation before adding the bias: you computed φ(XW) + b. The bias belongs to "
                "the affine map, XW + b; the activation comes last, on all of it: φ(XW + b).",
            ),
        ),
        (
            _phi(Z, activation),
            T(
                es="Tu resultado es φ(XW): falta el sesgo b. Sin él la capa es lineal y el origen queda fijo; con él "
                "es afín. Súmalo antes de la activación: φ(XW + b).",
                en="Your result is φ(XW): the bias b is missing. Without it the layer is linear and the origin stays "
                "put; with it the map is affine. Add it before the activation: φ(XW + b).",
            ),
        ),
    )
    for candidate, message in candidates:
        if np.allclose(got, candidate) and not np.allclose(candidate, expected):
            return message
    return None
