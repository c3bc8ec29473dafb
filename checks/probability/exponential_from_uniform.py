"""Checks for exponential_from_uniform(u, lam): nine u's with λ = 0.5 and λ = 2, and u = 0 and 1/2 by hand."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    u = np.linspace(0.01, 0.99, 9)
    return [
        Case(
            T(
                es="a mano: u = 0 y u = 1/2 con λ = 3, que dan 0 y la mediana ln(2)/3",
                en="by hand: u = 0 and u = 1/2 with λ = 3, which give 0 and the median ln(2)/3",
            ),
            (np.array([0.0, 0.5]), 3.0),
        ),
        Case(
            T(
                es="u = 0.01, 0.1325, …, 0.99 (nueve valores) con λ = 2",
                en="u = 0.01, 0.1325, …, 0.99 (nine values) with λ = 2",
            ),
            (u, 2.0),
        ),
        Case(
            T(
                es="los mismos nueve u con λ = 0.5 (media 1/λ = 2)",
                en="the same nine u with λ = 0.5 (mean 1/λ = 2)",
            ),
            (u, 0.5),
        ),
    ]


def diagnose(case, expected, got):
    u, lam = case.args
    u = np.asarray(u, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return None
    with np.errstate(divide="ignore"):
        log_u = np.log(u)
    if (got < 0).any():
        return T(
            es="Tienes valores negativos, y una exponencial mide tiempos de espera: nunca es negativa. El "
            "logaritmo de un número entre 0 y 1 es ≤ 0; el signo menos de −ln(1 − u)/λ es el que lo vuelve positivo.",
            en="You have negative values, and an exponential measures waiting times: it is never negative. The log "
            "of a number between 0 and 1 is ≤ 0; the minus sign of −ln(1 − u)/λ is what makes it positive.",
        )
    if np.allclose(got, expected * lam**2):
        return T(
            es=f"Multiplicaste por λ en lugar de dividir: con λ = {lam:g} tus valores son λ² veces los esperados. "
            "Despeja x en u = 1 − e^(−λx): λ acaba dividiendo, y por eso la media es 1/λ.",
            en=f"You multiplied by λ instead of dividing: with λ = {lam:g} your values are λ² times the expected "
            "ones. Solve u = 1 − e^(−λx) for x: λ ends up dividing, which is why the mean is 1/λ.",
        )
    if np.allclose(got, -log_u / lam):  # inf matches inf: at u = 0, −ln(u) is infinite
        return T(
            es="Usaste −ln(u)/λ. Como 1 − U también es uniforme, eso también da una muestra exponencial, pero no "
            "los mismos números: a cada u le toca el valor de 1 − u, y el orden se invierte (u chico da una x "
            "grande), y en u = 0 da infinito. El ejercicio pide F⁻¹(u) = −ln(1 − u)/λ exactamente, para que x crezca con u como "
            "cualquier cuantil.",
            en="You used −ln(u)/λ. Since 1 − U is uniform too, that also gives an exponential sample, but not the "
            "same numbers: each u gets the value of 1 − u, and the order flips (a small u gives a large x), and at u = 0 "
            "it gives infinity. The exercise asks for F⁻¹(u) = −ln(1 − u)/λ exactly, so that x grows with u like any quantile.",
        )
    if np.allclose(got, 1 - np.exp(-lam * u)):
        return T(
            es="Calculaste la CDF, F(u) = 1 − e^(−λu), y no su inversa: tus valores están entre 0 y 1, como "
            "probabilidades. El método pide lo contrario: dado u, la x con F(x) = u.",
            en="You computed the CDF, F(u) = 1 − e^(−λu), and not its inverse: your values lie between 0 and 1, "
            "like probabilities. The method asks the opposite: given u, the x with F(x) = u.",
        )
    return None
