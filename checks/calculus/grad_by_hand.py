"""Checks for grad_by_hand(x, y): the gradient of f = (x·y + sin x)·(x + y²) by forward and backward passes."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(T(es="(x, y) = (1, 2)", en="(x, y) = (1, 2)"), (1.0, 2.0)),
        Case(T(es="(x, y) = (−0.5, 0.3)", en="(x, y) = (−0.5, 0.3)"), (-0.5, 0.3)),
        Case(
            T(
                es="(x, y) = (0, 0): f y su gradiente valen 0, aunque sin x tenga pendiente 1 ahí",
                en="(x, y) = (0, 0): f and its gradient are 0, although sin x has slope 1 there",
            ),
            (0.0, 0.0),
        ),
    ]


def _nodes(x, y):
    u = x * y + np.sin(x)  # the first factor
    v = x + y**2  # the second factor
    return u, v


def _wrong_variants(x, y):
    """Answers a learner gets by dropping one of x's three paths, or by adding the factors' derivatives."""
    u, v = _nodes(x, y)
    y_bar = v * x + u * 2 * y
    without = {
        "a": np.array([v * np.cos(x) + u, y_bar]),  # the path through a = x·y
        "s": np.array([v * y + u, y_bar]),  # the path through s = sin x
        "v": np.array([v * (y + np.cos(x)), y_bar]),  # the path through v = x + y²
    }
    product_as_sum = np.array([(y + np.cos(x)) + 1.0, x + 2 * y])  # u′ + v′ instead of u′v + uv′
    return without, product_as_sum


_PATH_NAMES = {
    "a": ("a = x·y", "y"),
    "s": ("s = sin x", "cos x"),
    "v": ("v = x + y²", "1"),
}


def diagnose(case, expected, got):
    x, y = case.args
    got = np.asarray(got, dtype=float)
    if got.shape != (2,):
        return None
    without, product_as_sum = _wrong_variants(x, y)
    for node, variant in without.items():
        if np.allclose(got, variant, rtol=1e-9, atol=1e-12) and not np.allclose(variant, expected):
            name, local = _PATH_NAMES[node]
            return T(
                es=f"Tu ∂f/∂x no tiene en cuenta el camino que pasa por {name}. x alimenta tres nodos (a, s y v), así "
                f"que su adjunto es la suma de tres contribuciones: falta la de {name}, que es su adjunto por la "
                f"derivada local {local}.",
                en=f"Your ∂f/∂x misses the path through {name}. x feeds three nodes (a, s and v), so its adjoint is "
                f"the sum of three contributions: the one through {name} is missing, its adjoint times the local "
                f"derivative {local}.",
            )
    if np.allclose(got, product_as_sum, rtol=1e-9, atol=1e-12):
        return T(
            es="Sumaste las derivadas de los dos factores de f = u·v. La derivada de un producto es u′v + uv′: en la "
            "pasada hacia atrás, el adjunto de u es v (y el de v es u), no 1.",
            en="You added the derivatives of the two factors of f = u·v. The derivative of a product is u′v + uv′: "
            "in the backward pass, u's adjoint is v (and v's is u), not 1.",
        )
    if np.allclose(got, expected[::-1], rtol=1e-9):
        return T(
            es="Tus dos componentes están en orden contrario: devuelve [∂f/∂x, ∂f/∂y].",
            en="Your two entries are swapped: return [∂f/∂x, ∂f/∂y].",
        )
    return None
