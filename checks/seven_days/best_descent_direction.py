"""Checks for best_descent_direction(J, w, directions, h=1e-6): the bowl x² + 5y² with the eight compass
directions (by hand), the diabetes MSE of BMI and blood pressure with 64 directions on the circle, the
diabetes MSE of all ten features with 500 random unit directions, and the bowl with a large given step.

No case is a near tie: the best direction beats the second best by far more than the quotient's round-off
(measured in tests/course/test_day_3_gradient_references.py)."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def bowl(w):
    """x² + 5y²: gradient (2x, 10y), minimum at the origin."""
    return w[0] ** 2 + 5 * w[1] ** 2


def _diabetes():
    """The scaled diabetes features (centred, column norms 1) and the progression minus its mean.

    The features are centred, so centring y is the same as fitting an intercept (it would be ȳ)."""
    data = load_diabetes()
    return data.data, data.target - data.target.mean()


X_ALL, Y_CENTRED = _diabetes()
X_BMI_BP = X_ALL[:, [2, 3]]  # columns "bmi" and "bp"


def diabetes_mse_2d(w):
    """J(w) = (1/n)·‖X w − y‖² with the two columns BMI and blood pressure."""
    return np.mean((X_BMI_BP @ w - Y_CENTRED) ** 2)


def diabetes_mse_10d(w):
    """J(w) = (1/n)·‖X w − y‖² with the ten columns."""
    return np.mean((X_ALL @ w - Y_CENTRED) ** 2)


def circle(k):
    """k unit vectors on the circle, at the angles 0, 360°/k, 2·360°/k, …, in that order."""
    angles = 2 * np.pi * np.arange(k) / k
    return np.column_stack([np.cos(angles), np.sin(angles)])


def random_unit_directions(k, d, seed=0):
    """k random unit vectors in d dimensions (normal draws divided by their norm): uniform on the sphere."""
    draws = np.random.default_rng(seed).standard_normal((k, d))
    return draws / np.linalg.norm(draws, axis=1, keepdims=True)


COMPASS = np.round(circle(8), 15)  # E, NE, N, NW, W, SW, S, SE (exact zeros, not 6e-17)


def cases():
    return [
        Case(
            T(
                es="a mano: x² + 5y² en (2, 1) con las 8 direcciones de la rosa de los vientos (gana el sur, índice 6)",
                en="by hand: x² + 5y² at (2, 1) with the 8 compass directions (south wins, index 6)",
            ),
            (bowl, np.array([2.0, 1.0]), COMPASS),
        ),
        Case(
            T(
                es="diabetes: el ECM con BMI y presión arterial en w = (0, 0), 64 direcciones sobre el círculo",
                en="diabetes: the MSE of BMI and blood pressure at w = (0, 0), 64 directions around the circle",
            ),
            (diabetes_mse_2d, np.zeros(2), circle(64)),
        ),
        Case(
            T(
                es="diabetes: el ECM con las 10 variables en w = 0, 500 direcciones unitarias al azar (semilla 0)",
                en="diabetes: the MSE of all 10 features at w = 0, 500 random unit directions (seed 0)",
            ),
            (diabetes_mse_10d, np.zeros(10), random_unit_directions(500, 10)),
        ),
        Case(
            T(
                es="caso límite: x² + 5y² en (2, 1), 64 direcciones y el paso grande h = 0.5 que se pasa "
                "(en una cuadrática el cociente central es exacto con cualquier h)",
                en="edge case: x² + 5y² at (2, 1), 64 directions and the large given step h = 0.5 "
                "(on a quadratic the central quotient is exact for any h)",
            ),
            (bowl, np.array([2.0, 1.0]), circle(64), 0.5),
        ),
    ]


def _quotients(J, w, directions, h, one_sided=False):
    if one_sided:
        return np.array([(J(w + h * u) - J(w)) / h for u in directions])
    return np.array([(J(w + h * u) - J(w - h * u)) / (2 * h) for u in directions])


def diagnose(case, expected, got):
    """Recognise the ascent (argmax), the direction returned instead of its index, directions rebuilt
    on the circle with sin and cos swapped, and the one-sided quotient (visible with the large step)."""
    J, w, directions = case.args[0], case.args[1], case.args[2]
    h = case.args[3] if len(case.args) > 3 else 1e-6
    try:
        got_array = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got_array.shape == directions.shape[1:] and np.allclose(got_array, directions[expected]):
        return T(
            es=f"Devolviste la dirección misma, {np.round(got_array, 4)}, y se pedía su **índice**: la posición "
            f"de esa fila en `directions` (aquí {expected}). Devuelve `int(np.argmin(...))`, no `directions[...]`.",
            en=f"You returned the direction itself, {np.round(got_array, 4)}, where its **index** was asked for: "
            f"the position of that row in `directions` (here {expected}). Return `int(np.argmin(...))`, not "
            "`directions[...]`.",
        )
    if got_array.shape != () or got_array != np.round(got_array) or not 0 <= got_array < len(directions):
        return None
    index = int(got_array)
    slopes = _quotients(J, w, directions, h)
    if index == int(np.argmax(slopes)):
        return T(
            es=f"Elegiste la fila {index}, la del cociente **más grande** ({slopes[index]:.4g}): por ella J sube lo "
            f"más rápido posible, es la dirección de ∇J. La de mayor descenso es la del cociente más negativo "
            f"({slopes[expected]:.4g}, fila {expected}), casi opuesta: usa `np.argmin`, no `np.argmax`.",
            en=f"You picked row {index}, the one with the **largest** quotient ({slopes[index]:.4g}): along it J "
            f"rises as fast as it can, it is the direction of ∇J. Steepest descent is the most negative quotient "
            f"({slopes[expected]:.4g}, row {expected}), nearly opposite: use `np.argmin`, not `np.argmax`.",
        )
    if directions.shape[1] == 2:
        angles = 2 * np.pi * np.arange(len(directions)) / len(directions)
        swapped = np.column_stack([np.sin(angles), np.cos(angles)])
        if index == int(np.argmin(_quotients(J, w, swapped, h))):
            return T(
                es="Tu índice es el que sale de rehacer las direcciones como (sen θ, cos θ) en vez de usar las "
                "filas de `directions`: así cada ángulo queda reflejado respecto de la diagonal y el índice apunta "
                "a otra dirección. Usa las filas tal como llegan (`for u in directions`), sin reconstruirlas: "
                "pueden no estar sobre un círculo, ni en orden.",
                en="Your index is the one you get by rebuilding the directions as (sin θ, cos θ) instead of using "
                "the rows of `directions`: each angle is then mirrored across the diagonal and the index points "
                "elsewhere. Use the rows as they come (`for u in directions`), without rebuilding them: they may "
                "not lie on a circle, nor in order.",
            )
    if index == int(np.argmin(_quotients(J, w, directions, h, one_sided=True))):
        return T(
            es=f"Usaste el cociente de un solo lado, (J(w + h·u) − J(w)) / h. Con el paso h = {h:g} que recibe la "
            "función, ese cociente suma un error de curvatura (h/2)·uᵀHu que cambia de una dirección a otra y "
            "mueve el ganador. El central, (J(w + h·u) − J(w − h·u)) / (2h), cancela ese término: en una "
            "cuadrática es exacto con cualquier h.",
            en=f"You used the one-sided quotient, (J(w + h·u) − J(w)) / h. With the step h = {h:g} the function "
            "receives, that quotient adds a curvature error (h/2)·uᵀHu that changes from one direction to the "
            "next and moves the winner. The central one, (J(w + h·u) − J(w − h·u)) / (2h), cancels that term: "
            "on a quadratic it is exact for any h.",
        )
    return None
