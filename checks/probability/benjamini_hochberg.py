"""Checks for benjamini_hochberg(pvalues, q): a hand list where step-up and step-down differ, breast cancer plus
noise at two q, nothing rejected, a single test."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.stats import ttest_ind

# Sorted: 0.005, 0.015, 0.035, 0.039, 0.2 against i·0.05/5 = 0.01, 0.02, 0.03, 0.04, 0.05. Step-down stops at
# the third (0.035 > 0.03) and rejects 2; BH's step-up takes the largest i that passes (0.039 ≤ 0.04): 4.
HAND = np.array([0.039, 0.2, 0.005, 0.035, 0.015])


def breast_cancer_pvalues():
    """Welch p-values, malignant vs benign, of the 30 breast-cancer features and of 10 columns of pure noise."""
    data = load_breast_cancer()
    noise = np.random.default_rng(0).normal(size=(data.data.shape[0], 10))  # no relation to the labels
    X = np.column_stack([data.data, noise])
    malignant, benign = X[data.target == 0], X[data.target == 1]
    return np.array([ttest_ind(malignant[:, j], benign[:, j], equal_var=False).pvalue for j in range(X.shape[1])])


def cases():
    pvalues = breast_cancer_pvalues()
    return [
        Case(
            T(
                es="a mano: p = (0.039, 0.2, 0.005, 0.035, 0.015), q = 0.05; se rechazan 4",
                en="by hand: p = (0.039, 0.2, 0.005, 0.035, 0.015), q = 0.05; 4 are rejected",
            ),
            (HAND, 0.05),
        ),
        Case(
            T(
                es="cáncer de mama: 30 rasgos más 10 columnas de ruido, malignos contra benignos, q = 0.05",
                en="breast cancer: 30 features plus 10 noise columns, malignant vs benign, q = 0.05",
            ),
            (pvalues, 0.05),
        ),
        Case(
            T(
                es="los mismos 40 valores p con q = 0.10: uno más que Bonferroni",
                en="the same 40 p-values with q = 0.10: one more than Bonferroni",
            ),
            (pvalues, 0.10),
        ),
        Case(
            T(es="ninguno pasa: p = (0.5, 0.2, 0.9), q = 0.05", en="none passes: p = (0.5, 0.2, 0.9), q = 0.05"),
            (np.array([0.5, 0.2, 0.9]), 0.05),
        ),
        Case(
            T(es="una sola prueba: p = (0.03,), q = 0.05", en="a single test: p = (0.03,), q = 0.05"),
            (np.array([0.03]), 0.05),
        ),
    ]


def _variant(pvalues, q, *, rule="step-up", first_rank=1, keep_sorted=False):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    if rule == "bonferroni":
        return (p <= q / m).astype(int)
    below = p[order] <= q * np.arange(first_rank, first_rank + m) / m
    if rule == "step-down":
        k = m if below.all() else int(np.argmin(below))  # stops at the first failure
    else:
        k = np.flatnonzero(below)[-1] + 1 if below.any() else 0
    if keep_sorted:
        return (np.arange(m) < k).astype(int)
    reject = np.zeros(m, dtype=int)
    reject[order[:k]] = 1
    return reject


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != np.shape(expected):
        return None
    args = case.args

    def matches(value):
        return np.array_equal(got, value)

    if matches(_variant(*args, keep_sorted=True)):
        return T(
            es="Decidiste bien cuántas rechazar, pero devolviste los 0/1 en el orden ordenado de los valores p. "
            "Hay que devolverlos en el orden original: guarda `np.argsort(p)` y úsalo para poner cada decisión en "
            "la posición de su prueba.",
            en="You chose how many to reject correctly, but returned the 0/1 in the sorted order of the p-values. "
            "They must come back in the original order: keep `np.argsort(p)` and use it to put each decision in "
            "its test's position.",
        )
    if matches(_variant(*args, rule="bonferroni")):
        return T(
            es="Esto es Bonferroni (p ≤ q/m para todas). BH compara el i-ésimo valor p ordenado con su propio umbral "
            "i·q/m, que crece con el rango: por eso rechaza más.",
            en="This is Bonferroni (p ≤ q/m for all). BH compares the i-th sorted p-value with its own threshold "
            "i·q/m, which grows with the rank: that is why it rejects more.",
        )
    if matches(_variant(*args, rule="step-down")):
        return T(
            es="Te detuviste en el primer valor p ordenado que no pasa su umbral (eso es un procedimiento «step-down»). "
            "BH es «step-up»: busca el MAYOR i con p₍ᵢ₎ ≤ i·q/m y rechaza los i primeros, aunque alguno intermedio "
            "no pase.",
            en="You stopped at the first sorted p-value that fails its threshold (a step-down procedure). BH is "
            "step-up: it looks for the LARGEST i with p₍ᵢ₎ ≤ i·q/m and rejects the first i, even if one in between "
            "fails.",
        )
    if matches(_variant(*args, first_rank=0)):
        return T(
            es="Tus umbrales empiezan en 0·q/m: usaste los rangos de Python, que empiezan en 0. En BH el más chico "
            "tiene rango 1: los umbrales son 1·q/m, 2·q/m, …, m·q/m (`np.arange(1, m + 1)`).",
            en="Your thresholds start at 0·q/m: you used Python's ranks, which start at 0. In BH the smallest has rank "
            "1: the thresholds are 1·q/m, 2·q/m, …, m·q/m (`np.arange(1, m + 1)`).",
        )
    return None
