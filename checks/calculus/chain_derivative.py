"""Checks for chain_derivative(fs, dfs, x): the derivative of a composition, link by link."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def affine(x):
    return 3 * x + 1


def affine_prime(x):
    return 3.0 + 0 * x  # d(3x + 1)/dx = 3, shaped like x


def tanh_prime(x):
    return 1 - np.tanh(x) ** 2  # d tanh/dx = 1 − tanh²


def square(x):
    return x**2


def square_prime(x):
    return 2 * x


def cases():
    return [
        Case(
            T(
                es="exp(sin x) en x = 0.5: fs = [sin, exp], dfs = [cos, exp]",
                en="exp(sin x) at x = 0.5: fs = [sin, exp], dfs = [cos, exp]",
            ),
            ([np.sin, np.exp], [np.cos, np.exp], 0.5),
        ),
        Case(
            T(
                es="(tanh(3x + 1))² en x = 0.2: tres eslabones",
                en="(tanh(3x + 1))² at x = 0.2: three links",
            ),
            ([affine, np.tanh, square], [affine_prime, tanh_prime, square_prime], 0.2),
        ),
        Case(
            T(es="una sola función: x² en x = −3", en="a single function: x² at x = −3"),
            ([square], [square_prime], -3.0),
        ),
        Case(
            T(
                es="ninguna función: la composición vacía es la identidad, su derivada es 1",
                en="no functions at all: the empty composition is the identity, its derivative is 1",
            ),
            ([], [], 0.7),
        ),
    ]


def _inputs(fs, x):
    """u_0 = x, u_1 = f_1(u_0), …: the input each function receives."""
    inputs = [x]
    for f in fs[:-1]:
        inputs.append(f(inputs[-1]))
    return inputs


def _chain(fs, dfs, x):
    return float(np.prod([df(u) for df, u in zip(dfs, _inputs(fs, x))]))


def diagnose(case, expected, got):
    fs, dfs, x = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if len(fs) < 2:
        if len(fs) == 0 and got == 0.0:
            return T(
                es="Con la lista vacía devuelves 0: el producto de ningún factor es 1 (empieza el producto en 1.0, "
                "no en 0).",
                en="With an empty list you return 0: the product of no factors is 1 (start the product at 1.0, "
                "not at 0).",
            )
        return None

    def close(value):
        return np.isclose(got, value, rtol=1e-9, atol=1e-12) and not np.isclose(expected, value, rtol=1e-9)

    if close(float(np.prod([df(x) for df in dfs]))):
        return T(
            es="Evaluaste todas las derivadas en el mismo x. Cada f′ⱼ va evaluada en su propia entrada: "
            "la salida de la función anterior, uⱼ₋₁ = fⱼ₋₁(…f₁(x)).",
            en="You evaluated every derivative at the same x. Each f′ⱼ is evaluated at its own input: the "
            "output of the previous function, uⱼ₋₁ = fⱼ₋₁(…f₁(x)).",
        )
    if close(_chain(fs[::-1], dfs[::-1], x)):
        return T(
            es="Aplicaste las funciones en el orden contrario (f₁ ∘ … ∘ fₖ). fs[0] es la primera que recibe x, "
            "la más interna.",
            en="You applied the functions in the opposite order (f₁ ∘ … ∘ fₖ). fs[0] is the first to receive x, "
            "the innermost one.",
        )
    if close(float(np.sum([df(u) for df, u in zip(dfs, _inputs(fs, x))]))):
        return T(
            es="Sumaste las derivadas de los eslabones. En una cadena se multiplican: si f₁ estira por 2 y f₂ "
            "por 3, la composición estira por 6, no por 5.",
            en="You added the links' derivatives. Along a chain they multiply: if f₁ stretches by 2 and f₂ by 3, "
            "the composition stretches by 6, not by 5.",
        )
    return None
