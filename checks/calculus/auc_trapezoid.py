"""Checks for auc_trapezoid(fpr, tpr): the hand curve (in order and backwards), breast cancer, the diagonal, a perfect classifier."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.metrics import roc_curve

# The ROC curve of roc_points's hand case: y = [0, 1, 1, 0, 0, 1], scores [0.3, 0.9, 0.7, 0.7, 0.1, 0.5].
HAND_FPR = np.array([0, 0, 1 / 3, 1 / 3, 2 / 3, 1])
HAND_TPR = np.array([0, 1 / 3, 2 / 3, 1, 1, 1])


def _cancer_curve():
    """Breast cancer, score = mean radius, positive = malignant: every point (one per distinct radius)."""
    cancer = load_breast_cancer()
    radius = cancer.data[:, list(cancer.feature_names).index("mean radius")]
    fpr, tpr, _ = roc_curve((cancer.target == 0).astype(int), radius, drop_intermediate=False)
    return fpr, tpr


def cases():
    fpr, tpr = _cancer_curve()
    return [
        Case(
            T(
                es="a mano: la curva del ejercicio anterior, FPR = [0, 0, 1/3, 1/3, 2/3, 1], TPR = [0, 1/3, 2/3, 1, 1, 1]",
                en="by hand: the curve of the previous exercise, FPR = [0, 0, 1/3, 1/3, 2/3, 1], TPR = [0, 1/3, 2/3, 1, 1, 1]",
            ),
            (HAND_FPR, HAND_TPR),
        ),
        Case(
            T(
                es="la misma curva con los puntos al revés, de (1, 1) a (0, 0)",
                en="the same curve with its points backwards, from (1, 1) to (0, 0)",
            ),
            (HAND_FPR[::-1].copy(), HAND_TPR[::-1].copy()),
        ),
        Case(
            T(
                es="cáncer de mama: la curva ROC del radio medio, positivo = maligno (457 puntos)",
                en="breast cancer: the ROC curve of the mean radius, positive = malignant (457 points)",
            ),
            (fpr, tpr),
        ),
        Case(
            T(
                es="la diagonal: un clasificador al azar, de (0, 0) a (1, 1)",
                en="the diagonal: a random classifier, from (0, 0) to (1, 1)",
            ),
            (np.array([0.0, 1.0]), np.array([0.0, 1.0])),
        ),
        Case(
            T(es="un clasificador perfecto: (0, 0), (0, 1), (1, 1)", en="a perfect classifier: (0, 0), (0, 1), (1, 1)"),
            (np.array([0.0, 0.0, 1.0]), np.array([0.0, 1.0, 1.0])),
        ),
    ]


def _trapezoids(x, y):
    return float(np.sum(np.diff(x) * (y[:-1] + y[1:]) / 2))


def diagnose(case, expected, got):
    """Recognise ∫ FPR d(TPR), the left staircase, points left unsorted and points sorted by FPR alone."""
    fpr, tpr = (np.asarray(values, dtype=float) for values in case.args)
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None

    def matches(candidate):
        return np.isclose(got, candidate, rtol=1e-9) and not np.isclose(candidate, expected, rtol=1e-9)

    if matches(1 - expected):
        return T(
            es=f"Tu resultado es 1 − AUC = {got:.6g}: integraste la FPR respecto de la TPR (los papeles de los ejes "
            "al revés). El AUC es ∫ TPR d(FPR): anchos en el eje de la FPR, alturas de la TPR.",
            en=f"Your result is 1 − AUC = {got:.6g}: you integrated the FPR with respect to the TPR (the axes' roles "
            "swapped). The AUC is ∫ TPR d(FPR): widths along the FPR axis, heights from the TPR.",
        )
    if matches(_trapezoids(fpr, tpr)):
        return T(
            es="Sumaste los trapecios en el orden en que llegaron los puntos, y aquí vienen de derecha a izquierda: "
            "los anchos FPRᵢ₊₁ − FPRᵢ salen negativos. Ordena primero los puntos por FPR (y por TPR donde la FPR "
            "empata).",
            en="You added the trapezoids in the order the points came in, and here they come from right to left: "
            "the widths FPRᵢ₊₁ − FPRᵢ come out negative. Sort the points by FPR first (and by TPR where the FPR "
            "ties).",
        )
    by_fpr = np.argsort(fpr, kind="stable")
    if matches(_trapezoids(fpr[by_fpr], tpr[by_fpr])):
        return T(
            es="Ordenaste por FPR, pero no por TPR donde la FPR empata: en un tramo vertical de la curva los puntos "
            "quedaron de arriba hacia abajo, y el trapecio siguiente arranca desde la altura equivocada. Ordena por "
            "FPR y, en los empates, por TPR: np.lexsort((tpr, fpr)).",
            en="You sorted by FPR but not by TPR where the FPR ties: on a vertical stretch of the curve the points "
            "ended up top to bottom, and the next trapezoid starts from the wrong height. Sort by FPR and, on ties, "
            "by TPR: np.lexsort((tpr, fpr)).",
        )
    order = np.lexsort((tpr, fpr))
    if matches(float(np.sum(np.diff(fpr[order]) * tpr[order][:-1]))):
        return T(
            es="Sumaste rectángulos con la altura del punto de la izquierda (una escalera): donde la curva sube en "
            "diagonal (un empate entre un positivo y un negativo) pierdes el triángulo de arriba. Usa el promedio "
            "de las dos alturas: (TPRᵢ + TPRᵢ₊₁)/2.",
            en="You added rectangles as tall as the left point (a staircase): where the curve rises diagonally (a tie "
            "between a positive and a negative) you lose the triangle on top. Use the mean of the two heights: "
            "(TPRᵢ + TPRᵢ₊₁)/2.",
        )
    return None
