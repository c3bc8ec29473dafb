"""Checks for gradient_descent(grad, x0, lr, n_steps): the trajectory of n_steps + 1 points."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def parabola_grad(x):
    return 2 * (x - 3)  # f(x) = (x − 3)², minimum at x = 3


def ellipse_grad(x):
    return np.array([2 * x[0], 10 * x[1]])  # f(x, y) = x² + 5y²


def cases():
    return [
        Case(T(es="f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  5 pasos", en="f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  5 steps"),
             (parabola_grad, 0.0, 0.1, 5)),
        Case(T(es="f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  10 pasos",
               en="f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  10 steps"),
             (ellipse_grad, np.array([2.0, 1.0]), 0.05, 10)),
        Case(T(es="tasa de aprendizaje demasiado grande: f(x, y) = x² + 5y²,  lr = 0.25,  6 pasos (diverge)",
               en="learning rate too large: f(x, y) = x² + 5y²,  lr = 0.25,  6 steps (diverges)"),
             (ellipse_grad, np.array([1.0, 1.0]), 0.25, 6)),
        Case(T(es="cero pasos: solo el punto inicial", en="zero steps: only the starting point"),
             (parabola_grad, 1.5, 0.1, 0)),
    ]


def diagnose(case, expected, got):
    grad, x0, lr, n_steps = case.args
    expected = np.asarray(expected, dtype=float)
    got = np.asarray(got, dtype=float)
    if got.shape != expected.shape:
        if got.shape[1:] == expected.shape[1:] and got.shape[:1] == (n_steps,):
            return T(
                es=f"Devolviste {n_steps} puntos; se esperaban {n_steps + 1}: el punto inicial x0 también es "
                   "parte de la trayectoria.",
                en=f"You returned {n_steps} points; {n_steps + 1} were expected: the starting point x0 is part "
                   "of the trajectory too.",
            )
        if got.shape == expected.shape[1:] or got.ndim == 0:
            return T(
                es="Devolviste solo un punto: el ejercicio pide la trayectoria completa (todos los puntos visitados).",
                en="You returned a single point: the exercise asks for the whole trajectory (every point visited).",
            )
        return None
    if len(got) > 1 and np.allclose(got, got[-1]) and not np.allclose(expected, expected[-1]):
        return T(
            es="Todos los puntos de tu trayectoria son iguales al último: guardas el mismo arreglo que luego "
               "modificas en su lugar (x -= ...). Usa x = x − lr * grad(x), o guarda x.copy().",
            en="Every point of your trajectory equals the last one: you store the same array and then change "
               "it in place (x -= ...). Use x = x − lr * grad(x), or store x.copy().",
        )
    ascent = [np.asarray(x0, dtype=float)]
    for _ in range(n_steps):
        ascent.append(ascent[-1] + lr * grad(ascent[-1]))
    if np.allclose(got, np.array(ascent)):
        return T(
            es="Tu trayectoria sube en vez de bajar: el gradiente apunta hacia donde f crece, así que hay que "
               "restarlo: x − lr · ∇f(x).",
            en="Your trajectory climbs instead of descending: the gradient points where f grows, so subtract "
               "it: x − lr · ∇f(x).",
        )
    return None
