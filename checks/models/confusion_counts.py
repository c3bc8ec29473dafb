"""Checks for confusion_counts(y_true, y_pred): a hand case with no FP, breast cancer at threshold 0.5, one class predicted."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression


def _cancer_predictions():
    """Standardised breast cancer, L2 logistic regression (C = 1) fitted on all of it, threshold 0.5."""
    cancer = load_breast_cancer()
    X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)
    model = LogisticRegression(penalty="l2", C=1.0).fit(X, cancer.target)
    p = model.predict_proba(X)[:, 1]
    return cancer.target, (p >= 0.5).astype(int)


def cases():
    y_true, y_pred = _cancer_predictions()
    return [
        Case(
            T(
                es="a mano: y_true = [0, 0, 1, 1, 1, 0], y_pred = [0, 0, 1, 0, 1, 0] (ningún falso positivo)",
                en="by hand: y_true = [0, 0, 1, 1, 1, 0], y_pred = [0, 0, 1, 0, 1, 0] (no false positive)",
            ),
            (np.array([0, 0, 1, 1, 1, 0]), np.array([0, 0, 1, 0, 1, 0])),
        ),
        Case(
            T(
                es="cáncer de mama: regresión logística con L2 (C = 1) y umbral 0.5 (1 = benigno)",
                en="breast cancer: L2 logistic regression (C = 1) at threshold 0.5 (1 = benign)",
            ),
            (y_true, y_pred),
        ),
        Case(
            T(
                es="un clasificador que siempre dice 1, sobre y_true = [1, 0, 1, 1, 0]",
                en="a classifier that always says 1, on y_true = [1, 0, 1, 1, 0]",
            ),
            (np.array([1, 0, 1, 1, 0]), np.ones(5, dtype=int)),
        ),
    ]


def diagnose(case, expected, got):
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2, 2):
        return None
    if np.allclose(got, expected.T) and not np.allclose(expected, expected.T):
        return T(
            es="Tu matriz está traspuesta: las filas son la clase verdadera y las columnas la predicha "
            "(como sklearn.metrics.confusion_matrix), así que FP va arriba a la derecha.",
            en="Your matrix is transposed: rows are the true class and columns the predicted one "
            "(as in sklearn.metrics.confusion_matrix), so FP sits top right.",
        )
    if np.allclose(got, expected[::-1, ::-1]):
        return T(
            es="Pusiste la clase positiva primero: el orden pedido es [[TN, FP], [FN, TP]], con la clase 0 en la "
            "primera fila y la primera columna.",
            en="You put the positive class first: the order asked for is [[TN, FP], [FN, TP]], with class 0 in the "
            "first row and the first column.",
        )
    return None
