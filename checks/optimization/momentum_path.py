"""Checks for momentum_path(grad, x0, lr, beta, n_steps): the bowl x² + 5y² of lesson 2.1, β = 0, 0.5, 0.9."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def bowl_grad(x):
    return np.array([2 * x[0], 10 * x[1]])  # f(x, y) = x² + 5y², the bowl of lesson 2.1


def line_grad(x):
    return np.array([1.0])  # f(x) = x: a constant gradient, where v → 1/(1 − β)


def cases():
    start = np.array([-4.0, 1.5])
    return [
        Case(
            T(
                es="a mano: f(x) = x (gradiente constante 1),  x0 = (0,),  lr = 1,  β = 0.5,  3 pasos",
                en="by hand: f(x) = x (constant gradient 1),  x0 = (0,),  lr = 1,  β = 0.5,  3 steps",
            ),
            (line_grad, np.array([0.0]), 1.0, 0.5, 3),
        ),
        Case(
            T(
                es="β = 0 es el descenso de gradiente de 2.1: x² + 5y² desde (−4, 1.5),  lr = 0.15,  20 pasos",
                en="β = 0 is the gradient descent of 2.1: x² + 5y² from (−4, 1.5),  lr = 0.15,  20 steps",
            ),
            (bowl_grad, start, 0.15, 0.0, 20),
        ),
        Case(
            T(
                es="x² + 5y² desde (−4, 1.5),  lr = 0.05,  β = 0.5,  40 pasos",
                en="x² + 5y² from (−4, 1.5),  lr = 0.05,  β = 0.5,  40 steps",
            ),
            (bowl_grad, start, 0.05, 0.5, 40),
        ),
        Case(
            T(
                es="x² + 5y² desde (−4, 1.5),  lr = 0.05,  β = 0.9,  40 pasos (da vueltas)",
                en="x² + 5y² from (−4, 1.5),  lr = 0.05,  β = 0.9,  40 steps (it loops)",
            ),
            (bowl_grad, start, 0.05, 0.9, 40),
        ),
        Case(
            T(es="cero pasos: solo el punto inicial", en="zero steps: only the starting point"),
            (bowl_grad, start, 0.05, 0.9, 0),
        ),
    ]


def _path(grad, x0, lr, beta, n_steps, rule):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    points = [x]
    for _ in range(n_steps):
        if rule == "ema":
            v = beta * v + (1 - beta) * grad(x)
            x = x - lr * v
        elif rule == "old_velocity":
            x_new = x - lr * v
            v = beta * v + grad(x)
            x = x_new
        points.append(x)
    return np.array(points)


def diagnose(case, expected, got):
    grad, x0, lr, beta, n_steps = case.args
    expected = np.asarray(expected, dtype=float)
    got = np.asarray(got, dtype=float)
    if got.shape != expected.shape:
        if got.shape == (n_steps, *expected.shape[1:]) and np.allclose(got, expected[1:]):
            return T(
                es=f"Devolviste {n_steps} puntos y se esperaban {n_steps + 1}: falta el punto inicial x0, que "
                "también es parte del camino (la fila 0).",
                en=f"You returned {n_steps} points where {n_steps + 1} were expected: the starting point x0 is "
                "missing, and it is part of the path too (row 0).",
            )
        return None
    if np.allclose(got, _path(grad, x0, lr, beta, n_steps, "ema")):
        return T(
            es="Escribiste la velocidad como un promedio móvil, v ← βv + (1 − β)g. Eso equivale a momentum con "
            "una tasa lr·(1 − β): aquí se pide la suma v ← βv + g, la de gradiente.optim.Momentum y PyTorch.",
            en="You wrote the velocity as a moving average, v ← βv + (1 − β)g. That is momentum with a rate "
            "lr·(1 − β): here the sum v ← βv + g is asked for, the one of gradiente.optim.Momentum and PyTorch.",
        )
    if np.allclose(got, _path(grad, x0, lr, beta, n_steps, "old_velocity")):
        return T(
            es="Mueves x con la velocidad vieja: primero actualiza v ← βv + ∇f(x) y después da el paso "
            "x ← x − lr·v con esa v nueva (si no, el primer paso no se mueve).",
            en="You move x with the old velocity: first update v ← βv + ∇f(x), then take the step x ← x − lr·v "
            "with that new v (otherwise the first step does not move).",
        )
    return None
