"""Checks for softplus_and_grad(z): softplus in row 0, its derivative σ in row 1, stable for large |z|."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="a mano: z = [−ln 3, 0, ln 3] da softplus = [ln 4/3, ln 2, ln 4] y σ = [1/4, 1/2, 3/4]",
                en="by hand: z = [−ln 3, 0, ln 3] gives softplus = [ln 4/3, ln 2, ln 4] and σ = [1/4, 1/2, 3/4]",
            ),
            (np.array([-np.log(3.0), 0.0, np.log(3.0)]),),
            rtol=1e-9,
        ),
        Case(
            T(es="z = np.linspace(−5, 5, 11)", en="z = np.linspace(−5, 5, 11)"),
            (np.linspace(-5.0, 5.0, 11),),
            rtol=1e-9,
        ),
        # The edge: e^800 overflows a float (the largest is about 1.8·10³⁰⁸ ≈ e^709.8).
        Case(
            T(
                es="valores extremos: z = [−800, −30, 0, 30, 800]",
                en="extreme values: z = [−800, −30, 0, 30, 800]",
            ),
            (np.array([-800.0, -30.0, 0.0, 30.0, 800.0]),),
            rtol=1e-9,
            atol=1e-300,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the overflow of e^z, σ′ in place of σ, and the result laid out as (n, 2)."""
    (z,) = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == expected.shape[::-1] and got.shape != expected.shape and np.allclose(got.T, expected):
        return T(
            es=f"Tus números están bien, pero en columnas: tu resultado tiene forma {got.shape} y se pide "
            f"{expected.shape}, con softplus(z) en la fila 0 y σ(z) en la fila 1. Apila las dos filas con "
            "np.stack([softplus, sigma]) (o np.vstack), no con np.column_stack.",
            en=f"Your numbers are right, but laid out in columns: your result has shape {got.shape} and "
            f"{expected.shape} is asked for, with softplus(z) in row 0 and σ(z) in row 1. Stack the two rows "
            "with np.stack([softplus, sigma]) (or np.vstack), not with np.column_stack.",
        )
    if got.shape != expected.shape:
        return None
    if not np.isfinite(got).all():
        worst = float(np.max(np.abs(z)))
        return T(
            es=f"Hay inf o NaN en tu resultado: con z = {worst:g}, np.exp(z) se desborda (el float más grande es "
            "≈ 1.8·10³⁰⁸ ≈ e^709.8), y log(1 + inf) es inf. Nunca formes e^z: ln(1 + e^z) = np.logaddexp(0, z), "
            "o max(z, 0) + log1p(e^(−|z|)); y σ(z) = np.exp(−np.logaddexp(0, −z)).",
            en=f"There is inf or NaN in your result: with z = {worst:g}, np.exp(z) overflows (the largest float is "
            "≈ 1.8·10³⁰⁸ ≈ e^709.8), and log(1 + inf) is inf. Never form e^z: ln(1 + e^z) = np.logaddexp(0, z), "
            "or max(z, 0) + log1p(e^(−|z|)); and σ(z) = np.exp(−np.logaddexp(0, −z)).",
        )
    sigma = expected[1]
    if np.allclose(got[0], expected[0], rtol=1e-7) and np.allclose(got[1], sigma * (1 - sigma), rtol=1e-7):
        return T(
            es="Tu fila 1 es σ(z)(1 − σ(z)), la derivada de σ: es la segunda derivada de softplus. La derivada de "
            "softplus(z) = ln(1 + e^z) es e^z / (1 + e^z) = σ(z) misma, sin el factor (1 − σ(z)).",
            en="Your row 1 is σ(z)(1 − σ(z)), the derivative of σ: that is softplus's second derivative. The "
            "derivative of softplus(z) = ln(1 + e^z) is e^z / (1 + e^z) = σ(z) itself, without the factor (1 − σ(z)).",
        )
    return None
