"""Checks for stationary_distribution(P, n_iter): π with πᵀP = πᵀ and Σπᵢ = 1, by power iteration on Pᵀ."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def weather_chain():
    # States: 0 sunny, 1 cloudy, 2 rainy. Row i: tomorrow's probabilities when today is state i.
    return np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.3, 0.5]])


def link_graph(damping=0.85):
    # Five pages; page i links to links[i]. A page with no links (4) jumps to any page alike.
    # With probability `damping` the surfer follows a link, otherwise jumps to a random page (PageRank).
    links = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2, 4], 4: []}
    n = len(links)
    S = np.zeros((n, n))
    for page, targets in links.items():
        if targets:
            S[page, targets] = 1.0 / len(targets)
        else:
            S[page] = 1.0 / n
    return damping * S + (1.0 - damping) / n


def cases():
    return [
        Case(
            T(
                es="a mano: dos estados, P = [[0.9, 0.1], [0.5, 0.5]],  200 pasos  (π = (5/6, 1/6))",
                en="by hand: two states, P = [[0.9, 0.1], [0.5, 0.5]],  200 steps  (π = (5/6, 1/6))",
            ),
            (np.array([[0.9, 0.1], [0.5, 0.5]]), 200),
        ),
        Case(
            T(
                es="el clima: soleado, nublado, lluvioso  (3 estados),  100 pasos",
                en="the weather: sunny, cloudy, rainy  (3 states),  100 steps",
            ),
            (weather_chain(), 100),
        ),
        Case(
            T(
                es="PageRank: 5 páginas enlazadas, factor de amortiguación 0.85,  100 pasos",
                en="PageRank: 5 linked pages, damping factor 0.85,  100 steps",
            ),
            (link_graph(), 100),
        ),
        Case(
            T(es="el clima, 3 pasos  (todavía lejos de π)", en="the weather, 3 steps  (still far from π)"),
            (weather_chain(), 3),
        ),
        Case(
            T(es="cero pasos: la distribución uniforme", en="zero steps: the uniform distribution"),
            (weather_chain(), 0),
        ),
    ]


def diagnose(case, expected, got):
    P, n_iter = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape or not np.isfinite(got).all():
        return None
    n = len(expected)
    if np.allclose(got, 1.0 / n) and not np.allclose(expected, 1.0 / n):
        return T(
            es="Te salió la distribución uniforme: multiplicaste por P en vez de por Pᵀ. Como cada fila de P suma 1, "
            "P·(1/n, …, 1/n) vuelve a dar el vector uniforme y nunca se mueve. La distribución del día siguiente "
            "es πᵀP, o sea Pᵀπ en columna.",
            en="You got the uniform distribution: you multiplied by P instead of Pᵀ. Since every row of P sums to 1, "
            "P·(1/n, …, 1/n) is the uniform vector again, and it never moves. The next day's distribution is πᵀP, "
            "that is, Pᵀπ as a column.",
        )
    total = got.sum()
    if total > 0 and not np.isclose(total, 1.0) and np.allclose(got / total, expected):
        return T(
            es=f"Tu vector tiene las proporciones correctas pero suma {total:.4g}, no 1: lo normalizaste con la norma euclidiana "
            "(‖π‖ = 1). Una distribución de probabilidad suma 1: divide entre π.sum().",
            en=f"Your vector has the right proportions but sums to {total:.4g}, not 1: you normalised it with the Euclidean "
            "norm (‖π‖ = 1). A probability distribution sums to 1: divide by π.sum().",
        )
    return None
