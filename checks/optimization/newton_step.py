"""Checks for newton_step(grad, hess, x): a quadratic by hand, the tilted bowl, Rosenbrock, one variable, a saddle."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def bowl_grad(x):
    return np.array([2 * (x[0] - 1), 4 * (x[1] + 2)])  # f(x, y) = (x − 1)² + 2(y + 2)²


def bowl_hess(x):
    return np.array([[2.0, 0.0], [0.0, 4.0]])


def tilted_grad(x):
    return np.array([2 * x[0] - x[1], -x[0] + 6 * x[1]])  # f(x, y) = x² − xy + 3y² (lesson 2.1)


def tilted_hess(x):
    return np.array([[2.0, -1.0], [-1.0, 6.0]])


def rosenbrock_grad(x):
    a, b = x
    return np.array([-2 * (1 - a) - 400 * a * (b - a**2), 200 * (b - a**2)])  # (1 − x)² + 100(y − x²)²


def rosenbrock_hess(x):
    a, b = x
    return np.array([[2 - 400 * b + 1200 * a**2, -400 * a], [-400 * a, 200.0]])


def quartic_grad(x):
    return 4 * x**3  # f(x) = x⁴


def quartic_hess(x):
    return np.array([[12 * x[0] ** 2]])


def saddle_grad(x):
    return np.array([2 * x[0], -2 * x[1]])  # f(x, y) = x² − y²


def saddle_hess(x):
    return np.array([[2.0, 0.0], [0.0, -2.0]])


def cases():
    return [
        Case(
            T(
                es="a mano: f(x, y) = (x − 1)² + 2(y + 2)²  en (3, 0): un paso cae en el mínimo (1, −2)",
                en="by hand: f(x, y) = (x − 1)² + 2(y + 2)²  at (3, 0): one step lands on the minimum (1, −2)",
            ),
            (bowl_grad, bowl_hess, np.array([3.0, 0.0])),
        ),
        Case(
            T(
                es="el tazón inclinado de la lección 2.1: f = x² − xy + 3y²  en (2, 1)",
                en="lesson 2.1's tilted bowl: f = x² − xy + 3y²  at (2, 1)",
            ),
            (tilted_grad, tilted_hess, np.array([2.0, 1.0])),
        ),
        Case(
            T(es="Rosenbrock en (−1.2, 1)", en="Rosenbrock at (−1.2, 1)"),
            (rosenbrock_grad, rosenbrock_hess, np.array([-1.2, 1.0])),
        ),
        Case(
            T(es="una sola variable: f(x) = x⁴  en x = [1]", en="one variable: f(x) = x⁴  at x = [1]"),
            (quartic_grad, quartic_hess, np.array([1.0])),
        ),
        Case(
            T(
                es="una silla: f = x² − y²  en (1, 1): la hessiana tiene un valor propio negativo",
                en="a saddle: f = x² − y²  at (1, 1): the Hessian has a negative eigenvalue",
            ),
            (saddle_grad, saddle_hess, np.array([1.0, 1.0])),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise x − H∇f, x + H⁻¹∇f, the step d returned alone, and a plain gradient step."""
    grad, hess, x = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != np.shape(expected):
        return None
    g = grad(x)
    H = hess(x)
    step = np.linalg.solve(H, g)
    if np.allclose(got, x - H @ g):
        return T(
            es="Multiplicaste por la hessiana: x − H∇f. El paso de Newton divide por la curvatura, como "
            "f′/f″ en una variable: resuelve H d = ∇f con np.linalg.solve(H, g) y resta d.",
            en="You multiplied by the Hessian: x − H∇f. Newton's step divides by the curvature, like f′/f″ in "
            "one variable: solve H d = ∇f with np.linalg.solve(H, g) and subtract d.",
        )
    if np.allclose(got, x + step):
        return T(
            es="Sumaste el paso: x + H⁻¹∇f. El mínimo del modelo cuadrático está donde ∇f + H d = 0, o sea en "
            "d = −H⁻¹∇f: hay que restar.",
            en="You added the step: x + H⁻¹∇f. The minimum of the quadratic model is where ∇f + H d = 0, that is "
            "d = −H⁻¹∇f: subtract it.",
        )
    if np.allclose(got, -step) or np.allclose(got, step):
        return T(
            es="Devolviste solo el paso d = −H⁻¹∇f (o su opuesto), no el punto nuevo. El ejercicio pide "
            "x + d: el punto adonde salta Newton.",
            en="You returned the step d = −H⁻¹∇f alone (or its opposite), not the new point. The exercise asks "
            "for x + d: the point Newton jumps to.",
        )
    if np.allclose(got, x - g):
        return T(
            es="Diste un paso de descenso de gradiente con tasa 1: x − ∇f. Falta la hessiana: el paso de Newton "
            "es x − H⁻¹∇f.",
            en="You took a gradient descent step with rate 1: x − ∇f. The Hessian is missing: Newton's step is "
            "x − H⁻¹∇f.",
        )
    return None
