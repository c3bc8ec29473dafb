"""Checks for adam_update(w, m, s, g, t, ...): t = 1, t = 1000, one huge coordinate, a tiny s."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="a mano, primer paso (t = 1, m = s = 0): w = (1, −2),  g = (0.5, −4),  lr = 0.1 → w se mueve 0.1 por coordenada",
                en="by hand, first step (t = 1, m = s = 0): w = (1, −2),  g = (0.5, −4),  lr = 0.1 → w moves by 0.1 per coordinate",
            ),
            (np.array([1.0, -2.0]), np.zeros(2), np.zeros(2), np.array([0.5, -4.0]), 1),
            kwargs={"lr": 0.1},
        ),
        Case(
            T(
                es="t = 1000: la corrección de m ya no cuenta, la de s todavía sí (1 − 0.999¹⁰⁰⁰ ≈ 0.63)",
                en="t = 1000: m's correction no longer matters, s's still does (1 − 0.999¹⁰⁰⁰ ≈ 0.63)",
            ),
            (
                np.array([0.3, -1.2, 2.0]),
                np.array([0.02, -0.5, 0.1]),
                np.array([0.004, 0.3, 0.05]),
                np.array([0.1, -0.8, 0.4]),
                1000,
            ),
            kwargs={"lr": 0.01},
        ),
        Case(
            T(
                es="un gradiente con una coordenada 10⁶ veces más grande que las otras (t = 5)",
                en="a gradient with one coordinate 10⁶ times larger than the others (t = 5)",
            ),
            (
                np.array([0.5, 0.5, 0.5]),
                np.array([2e-4, 2e2, -1e-4]),
                np.array([5e-9, 5e3, 2e-9]),
                np.array([1e-3, 1e3, -1e-3]),
                5,
            ),
            kwargs={"lr": 0.01},
        ),
        Case(
            T(
                es="s diminuto (t = 3): aquí √ŝ + ε y √(ŝ + ε) son muy distintos",
                en="tiny s (t = 3): here √ŝ + ε and √(ŝ + ε) are very different",
            ),
            (np.array([1.0, 1.0]), np.array([1e-9, -2e-9]), np.array([1e-19, 3e-19]), np.array([1e-8, -1e-8]), 3),
        ),
    ]


def _variant(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8, rule=""):
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * (g if rule == "g_not_squared" else g**2)
    m_hat, s_hat = (m, s) if rule == "no_correction" else (m / (1 - b1**t), s / (1 - b2**t))
    if rule == "g_not_squared":
        s_hat = np.abs(s_hat)  # a negative running mean of g has no real root: take it as |s| to compare
    denominator = np.sqrt(s_hat + eps) if rule == "eps_inside" else np.sqrt(s_hat) + eps
    return np.stack([w - lr * m_hat / denominator, m, s])


def diagnose(case, expected, got):
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        if got.shape == expected.shape[1:]:
            return T(
                es="Devolviste un solo vector: el ejercicio pide las tres cosas nuevas apiladas en un arreglo "
                "de forma (3, d), np.stack([w, m, s]), en ese orden.",
                en="You returned a single vector: the exercise asks for the three new things stacked in an array "
                "of shape (3, d), np.stack([w, m, s]), in that order.",
            )
        return None
    args = dict(zip(("w", "m", "s", "g", "t"), (np.asarray(a, dtype=float) for a in case.args)))
    args["t"] = case.args[4]
    if np.allclose(got, _variant(**args, **case.kwargs, rule="no_correction"), rtol=1e-9):
        return T(
            es="Falta la corrección del sesgo: m y s empiezan en 0, así que en los primeros pasos sus promedios "
            "son demasiado chicos. Divide m entre (1 − b1ᵗ) y s entre (1 − b2ᵗ) antes de dar el paso (pero guarda "
            "m y s sin corregir).",
            en="The bias correction is missing: m and s start at 0, so in the first steps their averages are too "
            "small. Divide m by (1 − b1ᵗ) and s by (1 − b2ᵗ) before taking the step (but store m and s "
            "uncorrected).",
        )
    if np.allclose(got, _variant(**args, **case.kwargs, rule="eps_inside"), rtol=1e-9):
        return T(
            es="Pusiste ε dentro de la raíz, √(ŝ + ε). Adam (y PyTorch, y gradiente.optim.Adam) lo suma fuera: "
            "√ŝ + ε. Con un s diminuto como el de este caso, la diferencia es enorme.",
            en="You put ε inside the square root, √(ŝ + ε). Adam (and PyTorch, and gradiente.optim.Adam) adds it "
            "outside: √ŝ + ε. With a tiny s like this case's, the difference is huge.",
        )
    with np.errstate(invalid="ignore"):
        ungsquared = _variant(**args, **case.kwargs, rule="g_not_squared")
    if np.allclose(got[2], ungsquared[2], rtol=1e-9) and not np.allclose(got[2], expected[2]):
        return T(
            es="Tu s es un promedio móvil de g, no de g²: s ← b2·s + (1 − b2)·g² (el cuadrado, coordenada por "
            "coordenada, mide el tamaño típico del gradiente).",
            en="Your s is a moving average of g, not of g²: s ← b2·s + (1 − b2)·g² (the square, coordinate by "
            "coordinate, measures the typical size of the gradient).",
        )
    return None
