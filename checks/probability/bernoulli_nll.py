"""Checks for bernoulli_nll(p, y): a hand case, logistic regression's probabilities on breast cancer, a
constant model (its loss is the entropy of the labels), one sample."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression


def _cancer_probabilities():
    """P(benign) from an L2-penalised logistic regression (C = 1) on standardised breast cancer; y = 0/1."""
    cancer = load_breast_cancer()
    X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)  # ddof=0
    y = cancer.target
    model = LogisticRegression(penalty="l2", C=1.0).fit(X, y)
    return model.predict_proba(X)[:, 1], y.astype(float)


def cases():
    p_model, y = _cancer_probabilities()
    return [
        Case(
            T(
                es="a mano: p = [0.9, 0.2, 0.6], y = [1, 0, 0]",
                en="by hand: p = [0.9, 0.2, 0.6], y = [1, 0, 0]",
            ),
            (np.array([0.9, 0.2, 0.6]), np.array([1, 0, 0])),
        ),
        Case(
            T(
                es="cáncer de mama: las probabilidades de una regresión logística (569 tumores, y = 1 benigno)",
                en="breast cancer: a logistic regression's probabilities (569 tumours, y = 1 benign)",
            ),
            (p_model, y),
        ),
        Case(
            T(
                es="cáncer de mama con un modelo constante, p = 357/569 para todos",
                en="breast cancer with a constant model, p = 357/569 for everyone",
            ),
            (np.full(y.size, 357 / 569), y),
        ),
        Case(
            T(es="una sola muestra: p = [0.5], y = [1]", en="a single sample: p = [0.5], y = [1]"),
            (np.array([0.5]), np.array([1])),
        ),
    ]


def _nll(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    with np.errstate(all="ignore"):
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def diagnose(case, expected, got):
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    p, y = case.args
    n = len(y)
    if np.isclose(got, -expected, rtol=1e-7):
        return T(
            es="Tu resultado tiene el signo cambiado: devolviste la log-verosimilitud media, que es negativa. "
            "La pérdida es su opuesto, −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], y es positiva.",
            en="Your result has the wrong sign: you returned the mean log-likelihood, which is negative. "
            "The loss is its negative, −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], and it is positive.",
        )
    if n > 1 and np.isclose(got, n * expected, rtol=1e-7):
        return T(
            es=f"Tu resultado es n = {n} veces el esperado: sumaste en lugar de promediar. Se pide la media (np.mean), "
            "que no crece con el número de muestras.",
            en=f"Your result is n = {n} times the expected one: you summed instead of averaging. The mean is wanted "
            "(np.mean), which does not grow with the number of samples.",
        )
    swapped = _nll(p, 1 - np.asarray(y, dtype=float))
    if np.isclose(got, swapped, rtol=1e-7):
        return T(
            es="Intercambiaste y y 1 − y: p es la probabilidad de y = 1, así que ln p acompaña a y y ln(1 − p) a 1 − y.",
            en="You swapped y and 1 − y: p is the probability of y = 1, so ln p goes with y and ln(1 − p) with 1 − y.",
        )
    half = -np.mean(np.asarray(y, dtype=float) * np.log(np.asarray(p, dtype=float)))
    if np.isclose(got, half, rtol=1e-7):
        return T(
            es="Falta el término (1 − yᵢ) ln(1 − pᵢ): así, las muestras con y = 0 no cuentan y un modelo que dijera "
            "p = 1 para todo tendría pérdida 0. La verosimilitud de una muestra es pᵢ^yᵢ (1 − pᵢ)^(1 − yᵢ).",
            en="The (1 − yᵢ) ln(1 − pᵢ) term is missing: samples with y = 0 then do not count, and a model saying "
            "p = 1 for everything would have loss 0. One sample's likelihood is pᵢ^yᵢ (1 − pᵢ)^(1 − yᵢ).",
        )
    return None
