"""Checks for mcnemar(y_true, pred_a, pred_b, exact=False): hand tables (χ² and exact), logistic regression
against Gaussian naive Bayes on the same breast-cancer test split (b = 8, c = 0), and b = c (p capped at 1)."""

import math

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.model_selection import train_test_split
from gradiente.models import LogisticRegression
from gradiente.preprocessing import StandardScaler


def _breast_cancer_predictions():
    """y_test and the predictions of logistic regression and Gaussian naive Bayes (lesson 5.7's split)."""
    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
    scaler = StandardScaler().fit(X_train)
    logistic = LogisticRegression(penalty="l2", C=1.0).fit(scaler.transform(X_train), y_train)
    # Gaussian naive Bayes (lesson 5.5): per-class means and variances, plus 1e-9 of the largest variance.
    smoothing = 1e-9 * X_train.var(axis=0).max()
    joint = []
    for label in (0, 1):
        members = X_train[y_train == label]
        mean, var = members.mean(axis=0), members.var(axis=0) + smoothing
        joint.append(
            np.log(len(members) / len(X_train))
            - 0.5 * np.sum(np.log(2 * np.pi * var))
            - 0.5 * np.sum((X_test - mean) ** 2 / var, axis=1)
        )
    return y_test, logistic.predict(scaler.transform(X_test)), np.argmax(np.array(joint), axis=0)


def _table(both_right, a_only, b_only, both_wrong):
    """Labels and two predictions with the given counts of each cell (the true label is always 1)."""
    a = [1] * both_right + [1] * a_only + [0] * b_only + [0] * both_wrong
    b = [1] * both_right + [0] * a_only + [1] * b_only + [0] * both_wrong
    return np.ones(len(a), dtype=int), np.array(a), np.array(b)


def cases():
    y_test, logistic, naive_bayes = _breast_cancer_predictions()
    return [
        Case(
            T(
                es="a mano: 10 aciertan los dos, b = 6 (solo A acierta), c = 1 (solo B), 3 fallan los dos; χ²",
                en="by hand: both right on 10, b = 6 (only A right), c = 1 (only B), both wrong on 3; χ²",
            ),
            _table(10, 6, 1, 3),
        ),
        Case(
            T(
                es="a mano, versión exacta: b = 1, c = 6 (b + c = 7 es poco para el χ²)",
                en="by hand, exact version: b = 1, c = 6 (b + c = 7 is too few for the χ²)",
            ),
            _table(10, 1, 6, 3),
            kwargs={"exact": True},
        ),
        Case(
            T(
                es="breast cancer, 143 muestras de prueba: A = regresión logística, B = naive Bayes gaussiano; χ²",
                en="breast cancer, 143 test samples: A = logistic regression, B = Gaussian naive Bayes; χ²",
            ),
            (y_test, logistic, naive_bayes),
        ),
        Case(
            T(
                es="breast cancer, los mismos dos modelos, versión exacta",
                en="breast cancer, the same two models, exact version",
            ),
            (y_test, logistic, naive_bayes),
            kwargs={"exact": True},
        ),
        Case(
            T(
                es="b = c = 3, versión exacta: ningún modelo gana, el valor p es 1",
                en="b = c = 3, exact version: neither model wins, the p-value is 1",
            ),
            _table(5, 3, 3, 2),
            kwargs={"exact": True},
        ),
    ]


def _counts(y_true, pred_a, pred_b):
    y_true = np.asarray(y_true)
    right_a, right_b = np.asarray(pred_a) == y_true, np.asarray(pred_b) == y_true
    return (
        int(np.sum(right_a & ~right_b)),
        int(np.sum(~right_a & right_b)),
        int(np.sum(~right_a)),
        int(np.sum(~right_b)),
    )


def _binomial_tail(m, smaller):
    return sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m


def diagnose(case, expected, got):
    """Recognise error counts instead of discordant cells, no continuity correction, a one-sided p, an uncapped p."""
    exact = case.kwargs.get("exact", False)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,) or not np.all(np.isfinite(got)):
        return None
    b, c, errors_a, errors_b = _counts(*case.args)
    if got[1] > 1 + 1e-12:
        return T(
            es=f"Tu valor p es {got[1]:.4g}, más que 1: una probabilidad no puede pasar de 1. Con b = c, el doble de "
            "la cola P(X ≤ min(b, c)) cuenta dos veces el valor del centro; recorta con min(1, 2·cola).",
            en=f"Your p-value is {got[1]:.4g}, more than 1: a probability cannot exceed 1. With b = c, twice the "
            "tail P(X ≤ min(b, c)) counts the middle value twice; clip it with min(1, 2·tail).",
        )
    if not exact:
        errors = errors_a + errors_b
        unpaired = (abs(errors_a - errors_b) - 1) ** 2 / errors
        if errors != b + c and np.isclose(got[0], unpaired):
            return T(
                es=f"Tu estadístico usa los errores de cada modelo ({errors_b} y {errors_a}), que incluyen las "
                "muestras en que fallan los dos. Esas no dicen nada sobre cuál es mejor: McNemar usa solo las "
                f"discordantes, b = {b} (A acierta, B falla) y c = {c} (A falla, B acierta).",
                en=f"Your statistic uses each model's errors ({errors_b} and {errors_a}), which include the samples "
                "both get wrong. Those say nothing about which is better: McNemar uses only the discordant ones, "
                f"b = {b} (A right, B wrong) and c = {c} (A wrong, B right).",
            )
        if np.isclose(got[0], (b - c) ** 2 / (b + c)):
            return T(
                es=f"Tu estadístico es (b − c)²/(b + c) = {got[0]:.4g}: te falta la corrección de continuidad. Los "
                "conteos son enteros y la χ² es continua; restar 1 a |b − c| antes de elevar al cuadrado compensa: "
                "(|b − c| − 1)²/(b + c).",
                en=f"Your statistic is (b − c)²/(b + c) = {got[0]:.4g}: the continuity correction is missing. The "
                "counts are integers and the χ² is continuous; subtracting 1 from |b − c| before squaring makes up "
                "for it: (|b − c| − 1)²/(b + c).",
            )
    if np.isclose(got[0], expected[0]) and np.isclose(got[1], expected[1] / 2):
        return T(
            es="Tu estadístico está bien y tu valor p es justo la mitad: es el de una cola. La pregunta «¿son distintos "
            "los modelos?» no dice cuál gana, así que cuentan los dos extremos: en la χ², P(χ²₁ > s) ya es de dos "
            "colas (no la dividas); en la exacta, multiplica la cola por 2.",
            en="Your statistic is right and your p-value is exactly half: a one-sided one. The question “do the "
            "models differ?” does not say which one wins, so both extremes count: for the χ², P(χ²₁ > s) is "
            "already two-sided (do not halve it); for the exact test, double the tail.",
        )
    return None
