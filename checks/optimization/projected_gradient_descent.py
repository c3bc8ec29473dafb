"""Checks for projected_gradient_descent(grad, project, x0, lr, n_steps): the box [0, 1]², the unit ball, zero steps."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T

_TARGET = np.array([2.0, -0.5])


def grad_far_target(x):
    return 2 * (np.asarray(x) - _TARGET)  # f(x) = ‖x − (2, −0.5)‖², minimum outside the box and the ball


def box_0_1(x):
    return np.clip(x, 0.0, 1.0)  # the box [0, 1]²


def unit_ball(x):
    norm = np.linalg.norm(x)
    return x if norm <= 1 else x / norm  # the ball ‖x‖ ≤ 1


def cases():
    return [
        Case(
            T(
                es="f = ‖x − (2, −0.5)‖² en la caja [0, 1]², x0 = (0.5, 0.5), lr = 0.1, 8 pasos",
                en="f = ‖x − (2, −0.5)‖² on the box [0, 1]², x0 = (0.5, 0.5), lr = 0.1, 8 steps",
            ),
            (grad_far_target, box_0_1, np.array([0.5, 0.5]), 0.1, 8),
        ),
        Case(
            T(
                es="la misma f en la bola ‖x‖ ≤ 1, empezando fuera: x0 = (0, 3), lr = 0.2, 10 pasos",
                en="the same f on the ball ‖x‖ ≤ 1, starting outside: x0 = (0, 3), lr = 0.2, 10 steps",
            ),
            (grad_far_target, unit_ball, np.array([0.0, 3.0]), 0.2, 10),
        ),
        Case(
            T(
                es="caso límite: 0 pasos desde x0 = (1.5, −1) fuera de la caja: solo el punto proyectado",
                en="edge case: 0 steps from x0 = (1.5, −1) outside the box: only the projected point",
            ),
            (grad_far_target, box_0_1, np.array([1.5, -1.0]), 0.1, 0),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise no projection, a projection before the step only, and an unprojected start."""
    grad, project, x0, lr, n_steps = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None
    x0 = np.asarray(x0, dtype=float)
    if not np.allclose(x0, expected[0]) and np.allclose(got[0], x0):
        return T(
            es="Tu primer punto es x0 tal cual, fuera del conjunto: proyecta también el punto de partida, "
            "x = project(x0), antes del primer paso.",
            en="Your first point is x0 as given, outside the set: project the starting point too, "
            "x = project(x0), before the first step.",
        )
    plain = [project(x0)]
    for _ in range(n_steps):
        plain.append(plain[-1] - lr * grad(plain[-1]))
    if np.allclose(got, np.array(plain)):
        return T(
            es="Tus puntos salen del conjunto: das el paso de gradiente pero no proyectas el resultado. Cada "
            "punto nuevo es project(x − lr·∇f(x)).",
            en="Your points leave the set: you take the gradient step but do not project the result. Every new "
            "point is project(x − lr·∇f(x)).",
        )
    before = [project(x0)]
    for _ in range(n_steps):
        inside = project(before[-1])
        before.append(inside - lr * grad(inside))
    if np.allclose(got, np.array(before)):
        return T(
            es="Proyectas antes del paso y no después: los puntos que guardas, x − lr·∇f(x), quedan fuera del "
            "conjunto. El orden es paso primero, proyección después: project(x − lr·∇f(x)).",
            en="You project before the step, not after: the points you store, x − lr·∇f(x), end up outside the "
            "set. The order is step first, projection second: project(x − lr·∇f(x)).",
        )
    return None
