"""Checks for newton_root(f, df, x0, n_iter): three classic roots (one with a slow start) and zero steps."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cubic(x):
    return x**3 - 2 * x - 5  # Wallis's cubic, root ≈ 2.0946


def cubic_prime(x):
    return 3 * x**2 - 2


def cos_minus_x(x):
    return np.cos(x) - x  # root ≈ 0.7391 (the Dottie number)


def cos_minus_x_prime(x):
    return -np.sin(x) - 1


def square_minus_two(x):
    return x**2 - 2  # root √2


def square_minus_two_prime(x):
    return 2 * x


def cases():
    return [
        Case(
            T(es="x³ − 2x − 5,  x0 = 2,  4 pasos", en="x³ − 2x − 5,  x0 = 2,  4 steps"),
            (cubic, cubic_prime, 2.0, 4),
        ),
        Case(
            T(es="cos x − x,  x0 = 1,  5 pasos", en="cos x − x,  x0 = 1,  5 steps"),
            (cos_minus_x, cos_minus_x_prime, 1.0, 5),
        ),
        Case(
            T(
                es="x² − 2 desde lejos,  x0 = 10,  8 pasos (primero lento, luego rápido)",
                en="x² − 2 from far away,  x0 = 10,  8 steps (slow at first, then fast)",
            ),
            (square_minus_two, square_minus_two_prime, 10.0, 8),
        ),
        Case(
            T(es="cero pasos: solo el punto inicial", en="zero steps: only the starting point"),
            (square_minus_two, square_minus_two_prime, 3.0, 0),
        ),
    ]


def _run(rule, f, df, x0, n_iter):
    x = float(x0)
    out = [x]
    with np.errstate(all="ignore"):
        for _ in range(n_iter):
            x = rule(x, f(x), df(x))
            out.append(x)
    return np.array(out)


def diagnose(case, expected, got):
    """Recognise x + f/f′, x − f′/f, and a trajectory without x0 or with one step too many."""
    f, df, x0, n_iter = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim != 1:
        return None
    if got.shape != expected.shape:
        if len(got) == n_iter and n_iter > 0 and np.allclose(got, expected[1:]):
            return T(
                es=f"Devolviste {n_iter} valores; se esperaban {n_iter + 1}: el punto inicial x0 también va en "
                "el arreglo, como primer elemento.",
                en=f"You returned {n_iter} values; {n_iter + 1} were expected: the starting point x0 belongs "
                "in the array too, as its first element.",
            )
        longer = _run(lambda x, fx, dfx: x - fx / dfx, f, df, x0, n_iter + 1)
        if len(got) == n_iter + 2 and np.allclose(got, longer, equal_nan=True):
            return T(
                es=f"Diste un paso de más: con n_iter = {n_iter} hay que hacer {n_iter} pasos, y el arreglo tiene "
                f"{n_iter + 1} valores (x0 y los {n_iter} nuevos).",
                en=f"You took one step too many: with n_iter = {n_iter} take {n_iter} steps, and the array holds "
                f"{n_iter + 1} values (x0 and the {n_iter} new ones).",
            )
        return None
    plus = _run(lambda x, fx, dfx: x + fx / dfx, f, df, x0, n_iter)
    if np.allclose(got, plus, equal_nan=True):
        return T(
            es="Sumaste el cociente: x + f(x)/f′(x). La tangente en x_k corta el eje donde "
            "0 = f(x_k) + f′(x_k)(x − x_k), es decir en x = x_k − f(x_k)/f′(x_k): hay que restar.",
            en="You added the quotient: x + f(x)/f′(x). The tangent at x_k meets the axis where "
            "0 = f(x_k) + f′(x_k)(x − x_k), that is at x = x_k − f(x_k)/f′(x_k): subtract it.",
        )
    flipped = _run(lambda x, fx, dfx: x - dfx / fx, f, df, x0, n_iter)
    if np.allclose(got, flipped, equal_nan=True):
        return T(
            es="Invertiste el cociente: x − f′(x)/f(x). El paso tiene que ser f(x)/f′(x), que se achica a medida "
            "que f(x) se acerca a 0; el tuyo crece justo cuando estás cerca de la raíz.",
            en="You turned the quotient upside down: x − f′(x)/f(x). The step must be f(x)/f′(x), which shrinks as "
            "f(x) approaches 0; yours grows exactly when you are close to the root.",
        )
    return None
