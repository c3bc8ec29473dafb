"""Checks for backprop_two_layer: a 2-2-2 hand case, 20 real digits (tanh and relu, 64-16-10), one sample."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits


def _digits_network(activation, seed):
    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    W1 = rng.normal(scale=1 / 8, size=(64, 16))
    b1 = rng.normal(scale=0.1, size=16)
    W2 = rng.normal(scale=1 / 4, size=(16, 10))
    b2 = rng.normal(scale=0.1, size=10)
    return (X[:20] / 16.0, y[:20], W1, b1, W2, b2, activation)


def cases():
    hand = (
        np.array([[1.0, 0.0], [0.0, 1.0]]),
        np.array([0, 1]),
        np.array([[0.5, -1.0], [1.0, 0.5]]),
        np.array([0.0, 0.5]),
        np.array([[1.0, -1.0], [-0.5, 0.5]]),
        np.array([0.0, 0.0]),
        "tanh",
    )
    X1, y1, W1, b1, W2, b2, _ = _digits_network("tanh", 7)
    return [
        Case(
            T(
                es="a mano: 2 muestras, red 2-2-2 con tanh, X = I, y = [0, 1]",
                en="by hand: 2 samples, a 2-2-2 network with tanh, X = I, y = [0, 1]",
            ),
            hand,
        ),
        Case(
            T(es="20 dígitos reales, red 64-16-10 con tanh", en="20 real digits, a 64-16-10 network with tanh"),
            _digits_network("tanh", 3),
        ),
        Case(
            T(es="20 dígitos reales, red 64-16-10 con relu", en="20 real digits, a 64-16-10 network with relu"),
            _digits_network("relu", 5),
        ),
        Case(
            T(
                es="una sola muestra (n = 1): db es la misma delta, sin sumar nada",
                en="a single sample (n = 1): db is delta itself, nothing to add up",
            ),
            (X1[:1], y1[:1], W1, b1, W2, b2, "tanh"),
        ),
    ]


def _gradients(X, y, W1, b1, W2, b2, activation, *, on_output=False, per_sample_db=False, n_twice=False):
    n = X.shape[0]
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1) if activation == "tanh" else np.maximum(Z1, 0.0)
    where = A1 if on_output else Z1  # on_output: phi' evaluated at A1 instead of Z1
    derivative = 1.0 - np.tanh(where) ** 2 if activation == "tanh" else (where > 0).astype(float)
    Z2 = A1 @ W2 + b2
    P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.zeros_like(P)
    Y[np.arange(n), y] = 1.0
    delta2 = (P - Y) / n
    delta1 = (delta2 @ W2.T) * derivative
    dW1, dW2 = X.T @ delta1, A1.T @ delta2
    db1, db2 = (delta1, delta2) if per_sample_db else (delta1.sum(axis=0), delta2.sum(axis=0))
    parts = [dW1.ravel(), db1.ravel(), dW2.ravel(), db2.ravel()]
    if n_twice:
        parts = [p / n for p in parts]
    return np.concatenate(parts)


def _split(flat, d, h, k):
    sizes = np.cumsum([d * h, h, h * k])
    return np.split(flat, sizes)


def diagnose(case, expected, got):
    """Recognise phi' at A, transposed dW, db not summed over the batch, and 1/n applied twice."""
    X, y, W1, b1, W2, b2, activation = case.args
    n, d = X.shape
    h, k = W2.shape
    try:
        got = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    if got.size == d * h + n * h + h * k + n * k and n > 1:
        return T(
            es=f"Tu arreglo tiene {got.size} números y deberían ser {expected.size}: db₁ y db₂ salen con una fila por "
            "muestra. El sesgo es uno solo para todo el lote, así que su gradiente suma delta sobre las muestras: "
            "db = delta.sum(axis=0), con la forma de b.",
            en=f"Your array has {got.size} numbers instead of {expected.size}: db₁ and db₂ come out with one row per "
            "sample. The bias is shared by the whole batch, so its gradient adds delta over the samples: "
            "db = delta.sum(axis=0), shaped like b.",
        )
    if got.shape != expected.shape:
        return None
    if n > 1 and np.allclose(got, _gradients(*case.args, n_twice=True), atol=1e-12):
        return T(
            es=f"Tus gradientes son {n} veces más chicos que los correctos: dividiste entre n dos veces. El 1/n ya "
            "está en delta₂ = (P − Y)/n y viaja hacia atrás con ella; dW y db no lo vuelven a llevar.",
            en=f"Your gradients are {n} times too small: you divided by n twice. The 1/n is already in "
            "delta₂ = (P − Y)/n and travels backwards with it; dW and db must not take it again.",
        )
    if activation == "tanh" and np.allclose(got, _gradients(*case.args, on_output=True), atol=1e-12):
        return T(
            es="Evaluaste φ′ en A₁ = tanh(Z₁) en lugar de en Z₁: calculaste 1 − tanh(A₁)². La derivada de tanh en "
            "Z₁ es 1 − tanh(Z₁)² = 1 − A₁². Con relu no se nota (A₁ y Z₁ tienen el mismo signo), con tanh sí.",
            en="You evaluated φ′ at A₁ = tanh(Z₁) instead of at Z₁: you computed 1 − tanh(A₁)². The derivative of "
            "tanh at Z₁ is 1 − tanh(Z₁)² = 1 − A₁². With relu it goes unnoticed (A₁ and Z₁ share their sign), with "
            "tanh it does not.",
        )
    dW1, db1, dW2, db2 = _split(expected, d, h, k)
    g1, gb1, g2, gb2 = _split(got, d, h, k)
    transposed_1 = np.allclose(g1, dW1.reshape(d, h).T.ravel(), atol=1e-12)
    transposed_2 = np.allclose(g2, dW2.reshape(h, k).T.ravel(), atol=1e-12)
    if (transposed_1 or transposed_2) and np.allclose(gb1, db1) and np.allclose(gb2, db2):
        return T(
            es="Tus dW tienen los valores correctos en otro orden: están transpuestas. Con Z = A W + b, "
            "dL/dW = Aᵀ delta, de forma (n_entrada, n_salida), la misma que W; (deltaᵀ A) "
            "es su transpuesta.",
            en="Your dW have the right values in another order: they are transposed. With Z = A W + b, "
            "dL/dW = Aᵀ delta, of shape (n_in, n_out), the same as W; (deltaᵀ A) is its transpose.",
        )
    return None
