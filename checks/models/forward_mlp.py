"""Checks for forward_mlp(X, params, activation): a square hand network, iris 4-8-3, digits 64-32-10, one layer."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_iris

# By hand: 3 samples, 2 inputs → 2 hidden units → 2 outputs. The weights are square on purpose,
# so that the (n_out, n_in) convention gives numbers (not a shape error) the diagnosis can name.
HAND_X = np.array([[1.0, 2.0], [-1.0, 1.0], [0.0, -2.0]])
HAND_PARAMS = [
    np.array([[1.0, -1.0], [2.0, 0.5]]),
    np.array([0.0, 1.0]),
    np.array([[1.0, 2.0], [-1.0, 1.0]]),
    np.array([0.5, -0.5]),
]


def _seeded_params(sizes, seed):
    """He-scaled weights and small biases for the layer sizes, drawn from a fixed seed."""
    rng = np.random.default_rng(seed)
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        params.append(rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out)))
        params.append(rng.normal(0.0, 0.1, size=n_out))
    return params


def _standardised(X):
    sd = X.std(axis=0)
    return (X - X.mean(axis=0)) / np.where(sd > 0, sd, 1.0)  # digits has constant pixels: leave them at 0


def cases():
    iris = load_iris().data
    digits = _standardised(load_digits().data)
    return [
        Case(
            T(
                es="a mano: 3 muestras, red 2-2-2, activación relu",
                en="by hand: 3 samples, a 2-2-2 network, relu activation",
            ),
            (HAND_X, HAND_PARAMS, "relu"),
        ),
        Case(
            T(
                es="iris (150×4) en una red 4-8-3 con pesos de semilla fija, activación tanh",
                en="iris (150×4) through a 4-8-3 network with seeded weights, tanh activation",
            ),
            (iris, _seeded_params([4, 8, 3], 43), "tanh"),
        ),
        Case(
            T(
                es="dígitos estandarizados (1797×64) en una red 64-32-10, activación relu",
                en="standardised digits (1797×64) through a 64-32-10 network, relu activation",
            ),
            (digits, _seeded_params([64, 32, 10], 7), "relu"),
            rtol=1e-7,
            atol=1e-9,
        ),
        Case(
            T(
                es="una sola capa (params = [W, b]): no hay activación que aplicar",
                en="a single layer (params = [W, b]): there is no activation to apply",
            ),
            (iris[:10], _seeded_params([4, 3], 5), "sigmoid"),
        ),
    ]


def _activate(Z, activation):
    return {
        "identity": lambda z: z,
        "relu": lambda z: np.maximum(z, 0.0),
        "tanh": np.tanh,
        "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    }[activation](Z)


def _variant(X, params, activation, *, last=False, bias=True, transpose=False):
    A = np.asarray(X, dtype=float)
    n_layers = len(params) // 2
    for layer in range(n_layers):
        W, b = params[2 * layer], params[2 * layer + 1]
        W = W.T if transpose else W
        Z = A @ W + (b if bias else 0.0)
        A = _activate(Z, activation) if (last or layer < n_layers - 1) else Z
    return A


def _same(got, other):
    other = np.asarray(other)
    return got.shape == other.shape and np.allclose(got, other, rtol=1e-7, atol=1e-9)


def diagnose(case, expected, got):
    """Recognise the activation after the last layer, a forgotten bias and weights read as (n_out, n_in)."""
    X, params, activation = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if _same(got, _variant(X, params, activation, last=True)):
        return T(
            es="Aplicaste la activación también después de la última capa. La salida de la red es "
            "Z_L = A_{L−1} W_L + b_L sin activación: esos números (logits) son los que después pasan por softmax "
            "o sigmoide, o se comparan directamente con y en regresión. Aplica φ solo entre capas.",
            en="You applied the activation after the last layer too. The network's output is "
            "Z_L = A_{L−1} W_L + b_L with no activation: those numbers (logits) are what later goes through "
            "softmax or sigmoid, or is compared directly with y in regression. Apply φ only between layers.",
        )
    if _same(got, _variant(X, params, activation, bias=False)):
        return T(
            es="Olvidaste el sesgo: cada capa calcula Z = A W + b, y b (forma (n_out,)) se suma a cada fila. "
            "Sin él, cada unidad solo puede representar funciones que pasan por el origen.",
            en="You forgot the bias: each layer computes Z = A W + b, with b (shape (n_out,)) added to every row. "
            "Without it, every unit can only represent functions through the origin.",
        )
    try:
        transposed = _variant(X, params, activation, transpose=True)
    except ValueError:
        transposed = None
    if transposed is not None and _same(got, transposed):
        return T(
            es="Usaste las matrices transpuestas (W.T, la convención (n_out, n_in) de PyTorch). En este curso "
            "(§1.3) el código con un lote escribe Z = X @ W + b con W de forma (n_in, n_out): "
            "multiplica A @ W, sin transponer.",
            en="You used the transposed matrices (W.T, PyTorch's (n_out, n_in) convention). In this course "
            "(§1.3) code with a batch writes Z = X @ W + b with W of shape (n_in, n_out): "
            "multiply A @ W, without transposing.",
        )
    return None
