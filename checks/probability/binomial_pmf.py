"""Checks for binomial_pmf(k, n, p): n = 10 by hand, n = 1000 and n = 2000 (past what floats hold), both ends of k."""

import math
import sys

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.stats.special import gammaln

# C(2000, 600) has this many digits: more than a float holds (about 1.8 · 10³⁰⁸), so only logs work there.
DIGITS_2000 = int(math.log10(math.comb(2000, 600)))
DIGITS_1000_FACTORIAL = len(str(math.factorial(1000)))
# The first m whose m! is past the largest float (as a float product it is inf): 171.
FIRST_INFINITE_FACTORIAL = next(m for m in range(1, 400) if math.factorial(m) > sys.float_info.max)


def cases():
    return [
        Case(
            T(
                es="a mano: n = 10 ensayos con p = 0.3, k = 0, 1, …, 10 (las 11 probabilidades suman 1)",
                en="by hand: n = 10 trials with p = 0.3, k = 0, 1, …, 10 (the 11 probabilities add up to 1)",
            ),
            (np.arange(11), 10, 0.3),
        ),
        Case(
            T(
                es=f"n = 1000 lanzamientos de una moneda con p = 0.5, k = 480, …, 520: 1000! tiene {DIGITS_1000_FACTORIAL} cifras",
                en=f"n = 1000 coin flips with p = 0.5, k = 480, …, 520: 1000! has {DIGITS_1000_FACTORIAL} digits",
            ),
            (np.arange(480, 521), 1000, 0.5),
            rtol=1e-9,
        ),
        Case(
            T(
                es=f"n = 2000, p = 0.3, k = 560, …, 640: C(2000, 600) ≈ 10^{DIGITS_2000} ya no cabe en un float",
                en=f"n = 2000, p = 0.3, k = 560, …, 640: C(2000, 600) ≈ 10^{DIGITS_2000} no longer fits in a float",
            ),
            (np.arange(560, 641), 2000, 0.3),
            rtol=1e-9,
        ),
        Case(
            T(
                es="los dos extremos, k = 0 y k = n = 20, con p = 0.9: 0.1²⁰ = 10⁻²⁰ y 0.9²⁰",
                en="both ends, k = 0 and k = n = 20, with p = 0.9: 0.1²⁰ = 10⁻²⁰ and 0.9²⁰",
            ),
            (np.array([0, 20]), 20, 0.9),
            rtol=1e-9,
            atol=0.0,
        ),
    ]


def _pmf(k, n, p, *, swapped=False, coefficient=True):
    k = np.asarray(k, dtype=float)
    if swapped:
        p = 1 - p
    log_pmf = k * np.log(p) + (n - k) * np.log1p(-p)
    if coefficient:
        log_pmf = log_pmf + gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)
    return np.exp(log_pmf)


def diagnose(case, expected, got):
    k, n, p = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        if got.size == 1:
            return T(
                es="Devolviste un solo número: se pide una probabilidad por cada valor de k, un arreglo con la forma "
                "de k. Opera con el arreglo k entero (NumPy lo hace elemento a elemento).",
                en="You returned a single number: one probability per value of k is wanted, an array shaped like k. "
                "Work on the whole array k (NumPy does it element by element).",
            )
        return None
    if not np.isfinite(got).all():
        return T(
            es=f"Tu resultado tiene inf o NaN con n = {n}: los factoriales se desbordan. Como float, {FIRST_INFINITE_FACTORIAL}! ya es "
            "infinito, y inf/inf da NaN. Trabaja con logaritmos: log n! = log-gamma(n + 1) (`math.lgamma` o "
            "`gammaln` de `gradiente.stats.special`), suma los logaritmos y aplica `np.exp` solo al final.",
            en=f"Your result has inf or NaN with n = {n}: the factorials overflow. As a float, {FIRST_INFINITE_FACTORIAL}! is already "
            "infinite, and inf/inf is NaN. Work in logs: log n! = log-gamma(n + 1) (`math.lgamma` or `gammaln` from "
            "`gradiente.stats.special`), add the logs and apply `np.exp` only at the end.",
        )
    if (got < 0).any() and np.allclose(got, np.log(expected), rtol=1e-6):
        return T(
            es="Devolviste el logaritmo de la probabilidad (valores negativos): te faltó `np.exp` al final para "
            "volver de log P a P.",
            en="You returned the log of the probability (negative values): the final `np.exp` that takes log P back "
            "to P is missing.",
        )
    if np.allclose(got, _pmf(k, n, p, swapped=True), rtol=1e-6, atol=0.0):
        return T(
            es="Intercambiaste p y 1 − p: calculaste p^(n−k)(1 − p)^k, que es la probabilidad de n − k éxitos. "
            "El exponente de p es el número de éxitos, k.",
            en="You swapped p and 1 − p: you computed p^(n−k)(1 − p)^k, the probability of n − k successes. "
            "The exponent of p is the number of successes, k.",
        )
    if np.allclose(got, _pmf(k, n, p, coefficient=False), rtol=1e-6, atol=0.0):
        return T(
            es="Falta el coeficiente binomial C(n, k): p^k(1 − p)^(n−k) es la probabilidad de una secuencia "
            "concreta con k éxitos, y hay C(n, k) = n!/(k!(n − k)!) secuencias así. Tus probabilidades no suman 1.",
            en="The binomial coefficient C(n, k) is missing: p^k(1 − p)^(n−k) is the probability of one given "
            "sequence with k successes, and there are C(n, k) = n!/(k!(n − k)!) such sequences. Your probabilities "
            "do not add up to 1.",
        )
    return None
