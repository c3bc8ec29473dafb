"""Checks for gradient_descent(grad, x0, lr, n_steps, tol=None): every point visited, with an optional stopping rule."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def parabola_grad(x):
    return 2 * (x - 3)  # f(x) = (x − 3)², minimum at x = 3


def ellipse_grad(x):
    return np.array([2 * x[0], 10 * x[1]])  # f(x, y) = x² + 5y²


def cases():
    return [
        Case(
            T(es="f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  5 pasos", en="f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  5 steps"),
            (parabola_grad, 0.0, 0.1, 5),
        ),
        Case(
            T(
                es="f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  10 pasos",
                en="f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  10 steps",
            ),
            (ellipse_grad, np.array([2.0, 1.0]), 0.05, 10),
        ),
        Case(
            T(
                es="tasa de aprendizaje demasiado grande: f(x, y) = x² + 5y²,  lr = 0.25,  6 pasos (diverge)",
                en="learning rate too large: f(x, y) = x² + 5y²,  lr = 0.25,  6 steps (diverges)",
            ),
            (ellipse_grad, np.array([1.0, 1.0]), 0.25, 6),
        ),
        Case(
            T(es="cero pasos: solo el punto inicial", en="zero steps: only the starting point"),
            (parabola_grad, 1.5, 0.1, 0),
        ),
        # ‖∇f(x₄₉)‖ ≈ 1.07·10⁻⁴ and ‖∇f(x₅₀)‖ ≈ 8.6·10⁻⁵: the rule stops at x₅₀, far from any rounding doubt.
        Case(
            T(
                es="regla de parada: f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  hasta 100 pasos,  tol = 10⁻⁴",
                en="stopping rule: f(x) = (x − 3)²,  x0 = 0,  lr = 0.1,  up to 100 steps,  tol = 10⁻⁴",
            ),
            (parabola_grad, 0.0, 0.1, 100),
            kwargs={"tol": 1e-4},
        ),
        Case(
            T(
                es="regla de parada: f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  hasta 300 pasos,  tol = 10⁻⁶",
                en="stopping rule: f(x, y) = x² + 5y²,  x0 = (2, 1),  lr = 0.05,  up to 300 steps,  tol = 10⁻⁶",
            ),
            (ellipse_grad, np.array([2.0, 1.0]), 0.05, 300),
            kwargs={"tol": 1e-6},
        ),
        Case(
            T(
                es="regla de parada desde el mínimo: x0 = 3, donde ∇f = 0,  tol = 10⁻⁸",
                en="stopping rule from the minimum: x0 = 3, where ∇f = 0,  tol = 10⁻⁸",
            ),
            (parabola_grad, 3.0, 0.1, 10),
            kwargs={"tol": 1e-8},
        ),
    ]


def diagnose(case, expected, got):
    grad, x0, lr, n_steps = case.args
    tol = case.kwargs.get("tol")
    expected = np.asarray(expected, dtype=float)
    got = np.asarray(got, dtype=float)
    points = len(expected)  # n_steps + 1, or fewer when the stopping rule ends the run early
    if got.shape != expected.shape:
        if got.shape[1:] == expected.shape[1:] and got.shape[:1] == (points - 1,) and np.allclose(got, expected[1:]):
            return T(
                es=f"Devolviste {points - 1} puntos; se esperaban {points}: el punto inicial x0 también es "
                "parte de la trayectoria.",
                en=f"You returned {points - 1} points; {points} were expected: the starting point x0 is part "
                "of the trajectory too.",
            )
        if got.shape == expected.shape[1:] or got.ndim == 0:
            return T(
                es="Devolviste solo un punto: el ejercicio pide la trayectoria completa (todos los puntos visitados).",
                en="You returned a single point: the exercise asks for the whole trajectory (every point visited).",
            )
        if tol is not None and got.shape[1:] == expected.shape[1:] and len(got) > points:
            if np.allclose(got[:points], expected) and len(got) == n_steps + 1:
                return T(
                    es=f"Diste los {n_steps} pasos aunque en el paso {points - 1} ya se cumplía ‖∇f(x)‖ ≤ tol: "
                    "falta la regla de parada. Antes de cada paso calcula g = grad(x) y, si tol no es None y "
                    "np.linalg.norm(g) <= tol, sal del bucle con break.",
                    en=f"You took all {n_steps} steps although ‖∇f(x)‖ ≤ tol already held at step {points - 1}: "
                    "the stopping rule is missing. Before each step compute g = grad(x) and, if tol is not None "
                    "and np.linalg.norm(g) <= tol, leave the loop with break.",
                )
            if np.allclose(got[:points], expected) and len(got) == points + 1:
                return T(
                    es="Diste un paso de más: en x0 el gradiente ya cumplía ‖∇f(x0)‖ ≤ tol, pero tu regla de parada "
                    "solo mira los puntos nuevos. Compara con tol antes de cada paso, también antes del primero.",
                    en="You took one step too many: at x0 the gradient already met ‖∇f(x0)‖ ≤ tol, but your "
                    "stopping rule only looks at the new points. Compare with tol before every step, the first "
                    "one included.",
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
    for _ in range(len(expected) - 1):
        ascent.append(ascent[-1] + lr * grad(ascent[-1]))
    if np.allclose(got, np.array(ascent)):
        return T(
            es="Tu trayectoria sube en vez de bajar: el gradiente apunta hacia donde f crece, así que hay que "
            "restarlo: x − lr · ∇f(x).",
            en="Your trajectory climbs instead of descending: the gradient points where f grows, so subtract "
            "it: x − lr · ∇f(x).",
        )
    return None
