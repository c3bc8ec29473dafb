"""Checks for sample_means(population, n, n_rep, seed): five values by hand, breast cancer mean area, n = 1."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def cases():
    area = load_breast_cancer().data[:, 3]  # "mean area" of the 569 tumours: a skewed population
    return [
        Case(
            T(
                es="a mano: población [2, 4, 6, 8, 10], n = 3, n_rep = 4, seed = 0",
                en="by hand: population [2, 4, 6, 8, 10], n = 3, n_rep = 4, seed = 0",
            ),
            (np.array([2.0, 4.0, 6.0, 8.0, 10.0]), 3, 4, 0),
        ),
        Case(
            T(
                es="cáncer de mama: «mean area» de los 569 tumores, n = 30, 1000 repeticiones, seed = 42",
                en="breast cancer: “mean area” of the 569 tumours, n = 30, 1000 repetitions, seed = 42",
            ),
            (area, 30, 1000, 42),
        ),
        Case(
            T(
                es="borde: n = 1 (cada «media» es un solo valor sorteado), seed = 7",
                en="edge: n = 1 (each “mean” is a single value drawn), seed = 7",
            ),
            (area, 1, 8, 7),
        ),
    ]


def diagnose(case, expected, got):
    population, n, n_rep, seed = case.args
    population = np.asarray(population, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == (n,) and n != n_rep:
        return T(
            es=f"Tu resultado tiene forma ({n},), una entrada por posición dentro de la muestra: promediaste sobre "
            "el eje equivocado. Con `size=(n_rep, n)` cada **fila** es una muestra, así que su media es "
            "`.mean(axis=1)` y da forma (n_rep,).",
            en=f"Your result has shape ({n},), one entry per position inside a sample: you averaged over the wrong "
            "axis. With `size=(n_rep, n)` each **row** is a sample, so its mean is `.mean(axis=1)`, of shape (n_rep,).",
        )
    if got.shape != expected.shape:
        return None
    if n_rep > 1 and np.all(got == got[0]) and not np.all(expected == expected[0]):
        return T(
            es="Todas tus medias son iguales: creas el generador con la misma semilla dentro del bucle, así que "
            "cada repetición sortea exactamente la misma muestra. Crea `rng = np.random.default_rng(seed)` una "
            "sola vez, antes del bucle (o sin bucle, con `size=(n_rep, n)`).",
            en="All your means are equal: you create the generator with the same seed inside the loop, so every "
            "repetition draws exactly the same sample. Create `rng = np.random.default_rng(seed)` once, before the "
            "loop (or with no loop at all, with `size=(n_rep, n)`).",
        )
    if n <= population.size:
        rng = np.random.default_rng(seed)
        without = np.array([rng.choice(population, size=n, replace=False).mean() for _ in range(n_rep)])
        if np.allclose(got, without):
            return T(
                es="Sorteaste sin reemplazo (`replace=False`). El modelo del muestreo es el de observaciones "
                "independientes: cada valor se sortea de toda la población, aunque ya haya salido, así que "
                "`replace=True`. (Sin reemplazo, con n cerca del tamaño de la población, las medias varían menos "
                "que σ/√n.)",
                en="You drew without replacement (`replace=False`). The sampling model is one of independent "
                "observations: each value is drawn from the whole population, even if it came out already, so "
                "`replace=True`. (Without replacement, with n near the population's size, the means vary less "
                "than σ/√n.)",
            )
    legacy = np.random.RandomState(seed).choice(population, size=(n_rep, n), replace=True).mean(axis=1)
    if np.allclose(got, legacy):
        return T(
            es="Usaste el generador antiguo (`np.random.seed` con `np.random.choice`, o `RandomState`): sus números "
            "son otros. Crea `rng = np.random.default_rng(seed)` y sortea con `rng.choice`: además no toca el "
            "estado global.",
            en="You used the old generator (`np.random.seed` with `np.random.choice`, or `RandomState`): its numbers "
            "are different ones. Create `rng = np.random.default_rng(seed)` and draw with `rng.choice`: it also "
            "leaves the global state alone.",
        )
    return None
