"""Checks for wilson_interval(successes, n, confidence): 8 of 20 by hand, 357 benign of 569, 1, 0 and 20 of 20."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.stats import Normal


def cases():
    benign = int((load_breast_cancer().target == 1).sum())  # 357 of the 569 tumours
    return [
        Case(
            T(es="a mano: 8 éxitos de 20, al 95 %", en="by hand: 8 successes out of 20, at 95 %"),
            (8, 20, 0.95),
        ),
        Case(
            T(
                es=f"cáncer de mama: {benign} tumores benignos de 569, al 95 %",
                en=f"breast cancer: {benign} benign tumours out of 569, at 95 %",
            ),
            (benign, 569, 0.95),
        ),
        Case(
            T(
                es="1 de 20 al 95 % (p̂ = 0.05: el de Wald baja de 0)",
                en="1 out of 20 at 95 % (p̂ = 0.05: Wald's goes below 0)",
            ),
            (1, 20, 0.95),
        ),
        Case(T(es="borde: 0 de 20, al 95 %", en="edge: 0 out of 20, at 95 %"), (0, 20, 0.95)),
        Case(T(es="borde: 20 de 20, al 90 %", en="edge: 20 out of 20, at 90 %"), (20, 20, 0.90)),
    ]


def _wald(p_hat, n, z):
    half = z * np.sqrt(p_hat * (1 - p_hat) / n)
    return np.array([p_hat - half, p_hat + half])


def _wilson(p_hat, n, z, denominator=True):
    scale = 1 + z**2 / n if denominator else 1.0
    center = (p_hat + z**2 / (2 * n)) / scale
    half = z * np.sqrt(p_hat * (1 - p_hat) / n + z**2 / (4 * n**2)) / scale
    return np.array([center - half, center + half])


def diagnose(case, expected, got):
    successes, n, confidence = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    p_hat = successes / n
    z = float(Normal().ppf((1 + confidence) / 2))
    z_one_sided = float(Normal().ppf(confidence))

    def near(candidate):
        return np.allclose(got, candidate, rtol=1e-9, atol=1e-12) or np.allclose(
            got, np.clip(candidate, 0, 1), rtol=1e-9, atol=1e-12
        )

    if near(_wald(p_hat, n, z)):
        wald = _wald(p_hat, n, z)
        where = (
            (
                f" Aquí se ve el problema: da [{wald[0]:.4f}, {wald[1]:.4f}]"
                + (", que sale de [0, 1]." if wald[0] < 0 or wald[1] > 1 else ", un intervalo de ancho cero.")
            )
            if wald[0] < 0 or wald[1] > 1 or wald[0] == wald[1]
            else ""
        )
        where_en = (
            (
                f" Here the problem shows: it gives [{wald[0]:.4f}, {wald[1]:.4f}]"
                + (", which leaves [0, 1]." if wald[0] < 0 or wald[1] > 1 else ", an interval of zero width.")
            )
            if wald[0] < 0 or wald[1] > 1 or wald[0] == wald[1]
            else ""
        )
        return T(
            es="Escribiste el intervalo de Wald, p̂ ± z√(p̂(1 − p̂)/n), que estima el error estándar con p̂ en lugar "
            "de despejar p." + where + " El de Wilson resuelve |p̂ − p| ≤ z√(p(1 − p)/n) para p: centro "
            "(p̂ + z²/2n)/(1 + z²/n) y semiancho z√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n).",
            en="You wrote the Wald interval, p̂ ± z√(p̂(1 − p̂)/n), which estimates the standard error with p̂ instead "
            "of solving for p." + where_en + " Wilson's solves |p̂ − p| ≤ z√(p(1 − p)/n) for p: centre "
            "(p̂ + z²/2n)/(1 + z²/n) and half-width z√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n).",
        )
    if near(_wilson(p_hat, n, z_one_sided)):
        return T(
            es=f"La fórmula de Wilson está bien, pero con z = {z_one_sided:.4f}, el cuantil en {confidence:g}. "
            f"El intervalo tiene dos colas: z es el cuantil normal de (1 + {confidence:g})/2, que da {z:.4f}.",
            en=f"Wilson's formula is right, but with z = {z_one_sided:.4f}, the quantile at {confidence:g}. "
            f"The interval has two tails: z is the normal quantile at (1 + {confidence:g})/2, which gives {z:.4f}.",
        )
    if near(_wilson(p_hat, n, z, denominator=False)):
        return T(
            es="Falta dividir entre 1 + z²/n: tanto el centro como el semiancho llevan ese denominador. Sin él, "
            "el intervalo queda corrido hacia 1/2 y demasiado ancho.",
            en="The division by 1 + z²/n is missing: both the centre and the half-width carry that denominator. "
            "Without it, the interval is shifted towards 1/2 and too wide.",
        )
    return None
