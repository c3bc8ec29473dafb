"""Checks for matmul_grad_a(A, B, G): dL/dA = G Bᵀ for C = A B, given G = dL/dC."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def _iris_layer():
    # A linear layer Z = X W on 6 flowers (2 of each species) and its softmax cross-entropy gradient
    # G = (softmax(Z) − Y) / n: dL/dX = G Wᵀ is what the layer hands back to the layer below it.
    X, y = load_iris(return_X_y=True)
    rows = np.r_[0:2, 50:52, 100:102]
    X, y = X[rows], y[rows]
    W = np.array([[0.2, -0.1, 0.0], [0.1, 0.3, -0.2], [-0.3, 0.1, 0.2], [0.0, -0.2, 0.4]])
    Z = X @ W
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    G = (P - np.eye(3)[y]) / len(y)
    return X, W, G


def cases():
    rng = np.random.default_rng(26)
    return [
        Case(
            T(
                es="a mano, 2 × 2: A = [[1, 2], [3, 4]], B = [[0, 1], [2, −1]], G = [[1, −1], [2, 0]]",
                en="by hand, 2 × 2: A = [[1, 2], [3, 4]], B = [[0, 1], [2, −1]], G = [[1, −1], [2, 0]]",
            ),
            (
                np.array([[1.0, 2.0], [3.0, 4.0]]),
                np.array([[0.0, 1.0], [2.0, -1.0]]),
                np.array([[1.0, -1.0], [2.0, 0.0]]),
            ),
        ),
        Case(
            T(
                es="A de forma (3, 4), B de forma (4, 2), G de forma (3, 2)",
                en="A of shape (3, 4), B of shape (4, 2), G of shape (3, 2)",
            ),
            (
                rng.integers(-3, 4, size=(3, 4)).astype(float),
                rng.integers(-3, 4, size=(4, 2)).astype(float),
                rng.normal(size=(3, 2)),
            ),
        ),
        Case(
            T(
                es="iris: una capa Z = X W con 6 flores y el gradiente de la entropía cruzada, dL/dX",
                en="iris: a layer Z = X W on 6 flowers and the cross-entropy gradient, dL/dX",
            ),
            _iris_layer(),
        ),
        Case(
            T(
                es="caso límite: una fila por una columna, (1, 5) @ (5, 1), G de forma (1, 1)",
                en="edge case: a row times a column, (1, 5) @ (5, 1), G of shape (1, 1)",
            ),
            (np.arange(1.0, 6.0).reshape(1, 5), np.array([[2.0], [0.0], [-1.0], [1.0], [3.0]]), np.array([[0.5]])),
        ),
    ]


def diagnose(case, expected, got):
    A, B, G = (np.asarray(m, dtype=float) for m in case.args)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None

    def matches(candidate):
        return (
            got.shape == np.shape(candidate)
            and np.allclose(got, candidate)
            and not (np.shape(candidate) == expected.shape and np.allclose(candidate, expected))
        )

    if matches(A.T @ G):
        return T(
            es="Devolviste Aᵀ G, que es ∂L/∂B, el gradiente del otro factor. El de A es G Bᵀ: tiene la forma de A.",
            en="You returned Aᵀ G, which is ∂L/∂B, the gradient of the other factor. The one for A is G Bᵀ: it has "
            "the shape of A.",
        )
    if matches(B @ G.T):
        return T(
            es="Devolviste B Gᵀ, que es (G Bᵀ)ᵀ: el resultado transpuesto. ∂L/∂A tiene la forma de A, "
            f"{A.shape}: G Bᵀ.",
            en=f"You returned B Gᵀ, which is (G Bᵀ)ᵀ: the result transposed. ∂L/∂A has the shape of A, {A.shape}: "
            "G Bᵀ.",
        )
    if matches(B.T @ G):
        return T(
            es="Devolviste Bᵀ G: los factores van en el otro orden. Entrada por entrada, ∂L/∂A[i, k] = "
            "Σⱼ G[i, j]·B[k, j], así que G va a la izquierda: G Bᵀ (con A y B no cuadradas, Bᵀ G ni siquiera "
            "se puede multiplicar).",
            en="You returned Bᵀ G: the factors go the other way round. Entry by entry, ∂L/∂A[i, k] = "
            "Σⱼ G[i, j]·B[k, j], so G goes on the left: G Bᵀ (with A and B not square, Bᵀ G cannot even be "
            "multiplied).",
        )
    if matches(G @ B):
        return T(
            es="Devolviste G B, sin transponer B. Como C = A B usa la fila k de B para la columna k de A, el "
            "gradiente necesita Bᵀ: G Bᵀ.",
            en="You returned G B, without transposing B. Since C = A B pairs row k of B with column k of A, the "
            "gradient needs Bᵀ: G Bᵀ.",
        )
    return None
