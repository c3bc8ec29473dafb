"""Checks for roc_points(y_true, scores): a hand case with a tie, breast cancer's mean radius, all scores equal."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def _mean_radius_malignant():
    """Breast cancer: the score is the mean radius, positive (1) means malignant (the data set codes it 0)."""
    cancer = load_breast_cancer()
    radius = cancer.data[:, list(cancer.feature_names).index("mean radius")]
    return (cancer.target == 0).astype(int), radius


def cases():
    y_cancer, radius = _mean_radius_malignant()
    return [
        Case(
            T(
                es="a mano: y = [0, 1, 1, 0, 0, 1], puntajes [0.3, 0.9, 0.7, 0.7, 0.1, 0.5] (un empate en 0.7)",
                en="by hand: y = [0, 1, 1, 0, 0, 1], scores [0.3, 0.9, 0.7, 0.7, 0.1, 0.5] (a tie at 0.7)",
            ),
            (np.array([0, 1, 1, 0, 0, 1]), np.array([0.3, 0.9, 0.7, 0.7, 0.1, 0.5])),
        ),
        Case(
            T(
                es="cáncer de mama: puntaje = radio medio, positivo = maligno (569 tumores)",
                en="breast cancer: score = mean radius, positive = malignant (569 tumours)",
            ),
            (y_cancer, radius),
        ),
        Case(
            T(
                es="caso límite: los 4 puntajes son iguales, y = [1, 0, 1, 0]",
                en="edge case: all 4 scores are equal, y = [1, 0, 1, 0]",
            ),
            (np.array([1, 0, 1, 0]), np.array([0.5, 0.5, 0.5, 0.5])),
        ),
    ]


def _curve(y_true, scores, thresholds, called_positive):
    is_positive = np.asarray(y_true) == 1
    points = [(0.0, 0.0)]
    for threshold in thresholds:
        called = called_positive(scores, threshold)
        points.append((np.mean(called[~is_positive]), np.mean(called[is_positive])))
    return np.array(points).T


def diagnose(case, expected, got):
    """Recognise the rows swapped, thresholds in increasing order, a strict > and ties not merged."""
    y_true, scores = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    n_samples = len(scores)
    if got.ndim == 2 and got.shape[0] == 2 and got.shape[1] == n_samples + 1 and expected.shape[1] < n_samples + 1:
        return T(
            es=f"Tu curva tiene {got.shape[1]} puntos, uno por muestra, y debería tener {expected.shape[1]}: uno por "
            "puntaje distinto, más el (0, 0). Junta los puntajes iguales: cuando el umbral baja hasta un puntaje, "
            "todas las muestras con ese puntaje pasan a positivas a la vez (usa np.unique).",
            en=f"Your curve has {got.shape[1]} points, one per sample, where it should have {expected.shape[1]}: "
            "one per distinct score, plus (0, 0). Merge equal scores: when the threshold comes down to a score, "
            "every sample with that score turns positive at once (use np.unique).",
        )
    if got.shape != expected.shape:
        return None

    def matches(candidate):
        return np.allclose(got, candidate) and not np.allclose(candidate, expected)

    if matches(expected[::-1]):
        return T(
            es="Tienes las filas al revés: la fila 0 debe ser la FPR (el eje x de la curva ROC) y la fila 1 la TPR "
            "(el eje y).",
            en="Your rows are swapped: row 0 must be the FPR (the ROC curve's x axis) and row 1 the TPR (its y axis).",
        )
    increasing = np.unique(scores)
    if matches(_curve(y_true, scores, increasing, lambda s, t: s >= t)):
        return T(
            es="Recorriste los umbrales de menor a mayor (np.unique los devuelve así), y la curva sale al revés: "
            "después del (0, 0) salta al (1, 1) y vuelve hacia abajo. Baja el umbral desde el puntaje más alto: "
            "np.unique(scores)[::-1].",
            en="You went through the thresholds from smallest to largest (that is how np.unique returns them), so "
            "the curve comes out backwards: after (0, 0) it jumps to (1, 1) and walks back down. Lower the "
            "threshold from the highest score: np.unique(scores)[::-1].",
        )
    if matches(_curve(y_true, scores, increasing[::-1], lambda s, t: s > t)):
        return T(
            es="Usaste puntaje > umbral: con el primer umbral no queda ninguna muestra positiva y con el último "
            "queda fuera la de puntaje más bajo, así que nunca llegas a (1, 1). La regla es puntaje ≥ umbral.",
            en="You used score > threshold: at the first threshold no sample is called positive and at the last one "
            "the lowest-scored sample is left out, so you never reach (1, 1). The rule is score ≥ threshold.",
        )
    return None
