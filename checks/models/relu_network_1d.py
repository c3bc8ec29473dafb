"""Checks for relu_network_1d(x, w, b, a, c): three hand hinges, twenty seeded ones on a grid, one unit and one point."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def _twenty_units():
    rng = np.random.default_rng(20)
    w = rng.choice([-1.0, 1.0], size=20) * rng.uniform(0.5, 2.0, size=20)
    b = rng.uniform(-3.0, 3.0, size=20)
    a = rng.normal(size=20)
    return w, b, a


def cases():
    w20, b20, a20 = _twenty_units()
    return [
        Case(
            T(
                es="a mano: 3 unidades con bisagras en x = 1, −1 y 0 (w = [1, −1, 2], b = [−1, −1, 0]), c = 0.5",
                en="by hand: 3 units hinged at x = 1, −1 and 0 (w = [1, −1, 2], b = [−1, −1, 0]), c = 0.5",
            ),
            (
                np.array([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0]),
                np.array([1.0, -1.0, 2.0]),
                np.array([-1.0, -1.0, 0.0]),
                np.array([1.0, 2.0, -0.5]),
                0.5,
            ),
        ),
        Case(
            T(
                es="20 unidades de semilla fija en una malla de 200 puntos de [−π, π], c = −1",
                en="20 seeded units on a 200-point grid over [−π, π], c = −1",
            ),
            (np.linspace(-np.pi, np.pi, 200), w20, b20, a20, -1.0),
        ),
        Case(
            T(
                es="una sola unidad y un solo punto: x = [3], w = [−2], b = [1] (apagada: −2·3 + 1 < 0), c = 4",
                en="one unit and one point: x = [3], w = [−2], b = [1] (off: −2·3 + 1 < 0), c = 4",
            ),
            (np.array([3.0]), np.array([-2.0]), np.array([1.0]), np.array([5.0]), 4.0),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the (n, k) matrix of unit outputs, the forgotten c, and sigmoid units."""
    x, w, b, a, c = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    pre = np.outer(x, w) + b
    if got.shape == pre.shape and got.shape != np.shape(expected):
        return T(
            es=f"Devolviste una matriz de forma {got.shape}: la salida de cada unidad en cada punto. Falta el último "
            "paso de la red: combinar las k columnas con los pesos de salida a (H @ a) y sumar c, para tener "
            f"un número por punto, forma ({len(x)},).",
            en=f"You returned a matrix of shape {got.shape}: each unit's output at each point. The network's last "
            "step is missing: combine the k columns with the output weights a (H @ a) and add c, to get one "
            f"number per point, shape ({len(x)},).",
        )
    if got.shape != np.shape(expected):
        return None
    if c != 0 and np.allclose(got + c, expected):
        return T(
            es=f"Tu curva tiene la forma correcta pero está desplazada en {-c:g}: olvidaste sumar el término "
            "constante c (el sesgo de la capa de salida).",
            en=f"Your curve has the right shape but is shifted by {-c:g}: you forgot to add the constant term c "
            "(the output layer's bias).",
        )
    if np.allclose(got, c + (1.0 / (1.0 + np.exp(-pre))) @ a):
        return T(
            es="Usaste unidades sigmoides: 1/(1 + e^(−z)). Aquí cada unidad es una ReLU, max(0, z): una bisagra "
            "con un quiebre en x = −b/w, y la red es lineal a trozos.",
            en="You used sigmoid units: 1/(1 + e^(−z)). Here every unit is a ReLU, max(0, z): a hinge that bends "
            "at x = −b/w, and the network is piecewise linear.",
        )
    return None
