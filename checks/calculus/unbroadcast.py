"""Checks for unbroadcast(grad, shape): sum a gradient back to the shape of an operand that was broadcast."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def _bias_gradient():
    # ŷ = X w + b with w = 0 and a bias b of shape (1,), L = mean((ŷ − y)²): dL/dŷ = 2(ŷ − y)/n, shape (442,)
    X, y = load_diabetes(return_X_y=True)
    y_hat = X @ np.zeros(X.shape[1]) + np.zeros(1)
    return 2 * (y_hat - y) / len(y)


def cases():
    grid = np.arange(12.0).reshape(4, 3)
    rng = np.random.default_rng(6)
    return [
        Case(
            T(
                es="sesgo de una capa: grad de forma (4, 3) → (3,), con grad = [[0, 1, 2], …, [9, 10, 11]]",
                en="a layer's bias: grad of shape (4, 3) → (3,), with grad = [[0, 1, 2], …, [9, 10, 11]]",
            ),
            (grid, (3,)),
        ),
        Case(
            T(
                es="una columna estirada: (4, 3) → (4, 1), el eje de tamaño 1 se conserva",
                en="a stretched column: (4, 3) → (4, 1), the axis of length 1 stays",
            ),
            (grid, (4, 1)),
        ),
        Case(
            T(
                es="un eje añadido y uno estirado: (2, 4, 3) → (1, 3)",
                en="one axis added and one stretched: (2, 4, 3) → (1, 3)",
            ),
            (rng.normal(size=(2, 4, 3)), (1, 3)),
        ),
        Case(
            T(
                es="diabetes: dL/dŷ de forma (442,) para un sesgo b de forma (1,) en ŷ = Xw + b",
                en="diabetes: dL/dŷ of shape (442,) for a bias b of shape (1,) in ŷ = Xw + b",
            ),
            (_bias_gradient(), (1,)),
        ),
        Case(
            T(
                es="caso límite: un escalar, forma () desde (2, 3)",
                en="edge case: a scalar, shape () from (2, 3)",
            ),
            (rng.normal(size=(2, 3)), ()),
        ),
        Case(
            T(
                es="caso límite: sin difusión, (4, 3) → (4, 3) queda igual",
                en="edge case: no broadcasting, (4, 3) → (4, 3) stays as it is",
            ),
            (grid, (4, 3)),
        ),
    ]


def _squeezed(shape):
    return tuple(size for size in shape if size != 1)


def diagnose(case, expected, got):
    grad, shape = case.args
    grad = np.asarray(grad, dtype=float)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    copies = grad.size // max(expected.size, 1)  # how many copies of each entry broadcasting made
    if got.shape == expected.shape:
        if copies > 1 and np.allclose(got * copies, expected) and not np.allclose(got, expected):
            return T(
                es=f"Tu resultado es el esperado dividido entre {copies}: promediaste en vez de sumar. Cada copia "
                "que hizo la difusión usó el mismo número, así que cada una aporta su gradiente completo: súmalas "
                "(sum), no las promedies (mean).",
                en=f"Your result is the expected one divided by {copies}: you averaged instead of summing. Every copy "
                "broadcasting made used the same number, so each one contributes its whole gradient: add them up "
                "(sum), do not average them (mean).",
            )
        return None
    if got.shape == _squeezed(expected.shape) and np.allclose(got.reshape(expected.shape), expected):
        return T(
            es=f"Los valores están bien, pero la forma es {got.shape} y se pedía {tuple(shape)}: al sumar perdiste "
            "los ejes de tamaño 1. Un eje estirado se suma con keepdims=True, para que siga ahí con tamaño 1.",
            en=f"The values are right, but the shape is {got.shape} where {tuple(shape)} was asked for: summing "
            "lost the axes of length 1. Sum a stretched axis with keepdims=True, so it stays there with length 1.",
        )
    if got.shape == grad.shape[grad.ndim - len(shape) :] and got.shape != expected.shape:
        return T(
            es=f"Sumaste solo los ejes que la difusión añadió a la izquierda y te quedó la forma {got.shape}, "
            f"no {tuple(shape)}. La difusión también estira los ejes de tamaño 1 de `shape`: súmalos también, "
            "con keepdims=True.",
            en=f"You summed only the axes broadcasting added on the left, which left shape {got.shape}, not "
            f"{tuple(shape)}. Broadcasting also stretches the axes of length 1 in `shape`: sum those too, "
            "with keepdims=True.",
        )
    return None
